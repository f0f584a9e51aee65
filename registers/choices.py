"""Fixed vocabularies of the register. Values are stable (they appear in URLs and exports);
labels are English msgids with Dutch in locale/nl."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class OrganisationKind(models.TextChoices):
    GEMEENTE = "gemeente", _("Municipality")
    PROVINCIE = "provincie", _("Province")
    WATERSCHAP = "waterschap", _("Water authority")
    RIJK = "rijk", _("Central government")
    SAMENWERKINGSORGANISATIE = "samenwerkingsorganisatie", _("Joint organisation")
    BUITENLANDSE_OVERHEID = "buitenlandse-overheid", _("Foreign government")
    OVERIG = "overig", _("Other")


class PartnershipKind(models.TextChoices):
    """The legal form (rechtsvorm) of a partnership."""

    WGR = "wgr", _("Joint arrangement (Wgr)")
    STICHTING = "stichting", _("Foundation (stichting)")
    VERENIGING = "vereniging", _("Association (vereniging)")
    BV_NV = "bv-nv", _("Company (BV/NV)")
    COOPERATIE = "cooperatie", _("Cooperative (coöperatie)")
    CONVENANT = "convenant", _("Covenant")
    NETWERK = "netwerk", _("Network or consultation")
    GRENSOVERSCHRIJDEND = "grensoverschrijdend", _("Cross-border collaboration")


class WgrForm(models.TextChoices):
    """The Wgr form as the national register codes it."""

    OL = "OL", _("Public body (openbaar lichaam)")
    GO = "GO", _("Joint body (gemeenschappelijk orgaan)")
    BVO = "BVO", _("Business operations organisation (bedrijfsvoeringsorganisatie)")
    RZM = "RZM", _("Arrangement without a body (regeling zonder meer)")
    CC = "CC", _("Central municipality construction (centrumconstructie)")


class PowersObtained(models.TextChoices):
    ATTRIBUTIE = "attributie", pgettext_lazy("how powers were obtained", "Attribution")
    DELEGATIE = "delegatie", _("Delegation")
    MANDAAT = "mandaat", _("Mandate")
    ZONDER_MANDAAT = "zonder-mandaat", _("Without mandate")


class Phase(models.TextChoices):
    VERKENNING = "verkenning", _("Exploration")
    OPBOUW = "opbouw", _("Build-up")
    UITVOERING = "uitvoering", _("Execution")
    EVALUATIE = "evaluatie", _("Evaluation")
    BEEINDIGD = "beeindigd", _("Ended")


class Status(models.TextChoices):
    IN_OPRICHTING = "in-oprichting", _("Being set up")
    ACTIEF = "actief", _("Active")
    OPGEHEVEN = "opgeheven", _("Dissolved")


class Role(models.TextChoices):
    """The role an organisation plays in a partnership."""

    DEELNEMER = "deelnemer", _("Participant")
    PENVOERDER = "penvoerder", _("Lead party (penvoerder/trekker)")
    CENTRUMGEMEENTE = "centrumgemeente", _("Central municipality")
    GASTHEER = "gastheer", _("Host organisation")
    TOEZICHTHOUDER = "toezichthouder", _("Supervisor")
    SUBSIDIEVERSTREKKER = "subsidieverstrekker", _("Grant provider")
    ADVISEUR = "adviseur", _("Adviser")
    WAARNEMER = "waarnemer", _("Observer")


class ProvinceRole(models.TextChoices):
    """The province's own role; 'none' when it takes no part."""

    DEELNEMER = "deelnemer", _("Participant")
    PENVOERDER = "penvoerder", _("Lead party (penvoerder/trekker)")
    TOEZICHTHOUDER = "toezichthouder", _("Supervisor")
    SUBSIDIEVERSTREKKER = "subsidieverstrekker", _("Grant provider")
    ADVISEUR = "adviseur", _("Adviser")
    WAARNEMER = "waarnemer", _("Observer")
    GEEN = "geen", _("No role")


class GoverningBody(models.TextChoices):
    RAAD = "raad", _("Municipal council")
    COLLEGE = "college", _("Municipal executive")
    PROVINCIALE_STATEN = "provinciale-staten", _("Provincial council")
    GEDEPUTEERDE_STATEN = "gedeputeerde-staten", _("Provincial executive")
    ALGEMEEN_BESTUUR = "algemeen-bestuur", _("General board")
    DAGELIJKS_BESTUUR = "dagelijks-bestuur", _("Executive board")


class DocumentKind(models.TextChoices):
    BEGROTING = "begroting", _("Budget")
    JAARREKENING = "jaarrekening", _("Annual accounts")
    REGELING = "regeling", _("Arrangement text")
    WOO = "woo", _("Woo publication")
    OVERIG = "overig", _("Other document")


class RiskLevel(models.TextChoices):
    LAAG = "laag", _("Low")
    GEMIDDELD = "gemiddeld", _("Medium")
    HOOG = "hoog", _("High")


class RegionDomain(models.TextChoices):
    """The four domains into which Regioatlas groups regional divisions."""

    BESTUURLIJK = "bestuurlijk", _("Administrative")
    FYSIEK = "fysiek", _("Physical environment")
    SOCIAAL = "sociaal", _("Social")
    VEILIGHEID = "veiligheid", _("Safety")


# Register filters (GET parameters, registers/search.py FACETS) whose values are Dutch
# proper names kept in Dutch only: provinces, participants, regions, tags. Pages in another
# language mark their labels lang="nl" (WCAG 3.1.2); the other filters have English labels.
FACETS_WITH_DUTCH_NAMES = frozenset({"provincie", "deelnemer", "regio", "tag"})
