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
