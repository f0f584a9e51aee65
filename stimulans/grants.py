"""Granted projects: the public list, an organisation's grants (for the municipality dossier and
other pages), and the province's role as grant provider in a partnership (a role source for
registers/province.py, registered in StimulansConfig.ready())."""

from registers.choices import ProvinceRole
from stimulans.models import Application


def granted_projects():
    """Granted applications, newest decision first, with what the public list shows."""
    return (
        Application.objects.granted()
        .select_related("applicant", "partnership")
        .prefetch_related("partners")
        .order_by("-decided_at", "-pk")
    )


def grants_for_organisation(organisation):
    """Granted applications in which `organisation` applied or was a partner."""
    if organisation is None:
        return Application.objects.none()
    return (
        Application.objects.for_organisation(organisation)
        .select_related("applicant", "partnership")
        .prefetch_related("partners")
        .order_by("-decided_at", "-pk")
    )


def grant_provider_role(partnership):
    """The province is grant provider (subsidieverstrekker) of a partnership with a granted
    Stimulans application."""
    if Application.objects.granted().filter(partnership=partnership).exists():
        return [ProvinceRole.SUBSIDIEVERSTREKKER]
    return []


# Grants shown on an organisation's page; more are on the public list it links to.
MAX_ORGANISATION_GRANTS = 20


def organisation_grants_section(organisation, request=None, page=None):
    """The organisation page's section of Stimulans grants it received as applicant or
    partner (registers/organisation_sections.py), or None when there are none."""
    from registers.organisation_sections import Section
    from stimulans.templatetags.stimulans_tags import granted_list_url

    grants = list(grants_for_organisation(organisation)[:MAX_ORGANISATION_GRANTS])
    if not grants:
        return None
    return Section(
        template="stimulans/includes/grants_for_organisation.html",
        context={"grants": grants, "heading_level": 2, "granted_url": granted_list_url()},
    )
