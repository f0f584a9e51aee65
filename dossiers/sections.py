"""The dossier's sections on an organisation's page in the register
(registers/organisation_sections.py): its account holders and the province's toezicht
judgements, right under the page header, and the Belangenbehartiging dossiers it is
involved in, after its partnerships. Each reads a bounded number of rows."""

from wagtail.models import Locale

from registers.organisation_sections import Section

MAX_JUDGEMENTS = 40  # ten years of four domains
MAX_DOSSIERS = 10


def account_holders(organisation, request=None, page=None):
    holders = list(organisation.account_holders.select_related("photo"))
    if not holders:
        return None
    return Section(
        template="dossiers/sections/account_holders.html",
        context={"account_holders": holders},
        placement="top",
    )


def supervision(organisation, request=None, page=None):
    judgements = list(supervision_judgements(organisation))
    if not judgements:
        return None
    return Section(
        template="dossiers/sections/supervision.html",
        context={"judgements": judgements},
        placement="top",
    )


def supervision_judgements(organisation):
    return organisation.supervision_judgements.order_by("-year", "domain")[:MAX_JUDGEMENTS]


def belangenbehartiging(organisation, request=None, page=None):
    dossiers = list(belangenbehartiging_dossiers(organisation))
    if not dossiers:
        return None
    return Section(
        template="dossiers/sections/belangenbehartiging.html",
        context={"belangenbehartiging_dossiers": dossiers},
    )


def belangenbehartiging_dossiers(organisation, locale=None):
    """Live dossiers in the visitor's language that involve the organisation (found through
    any language's version, so a translation without its own rows counts too)."""
    from dossiers.models import BelangenbehartigingPage

    locale = locale or Locale.get_active()
    keys = BelangenbehartigingPage.objects.filter(
        related_organisations__organisation=organisation
    ).values("translation_key")
    return (
        BelangenbehartigingPage.objects.live()
        .public()
        .filter(locale=locale, translation_key__in=keys)
        .order_by("title")[:MAX_DOSSIERS]
    )
