from django.db import models
from django.utils.translation import gettext_lazy as _


class AccountHolderRole(models.TextChoices):
    """Bestuurlijk: a member of the provincial executive (gedeputeerde); ambtelijk: a civil
    servant of the province who is the municipality's first point of contact."""

    BESTUURLIJK = "bestuurlijk", _("Administrative (bestuurlijk)")
    AMBTELIJK = "ambtelijk", _("Civil service (ambtelijk)")


class SupervisionDomain(models.TextChoices):
    """The domains of interbestuurlijk toezicht (IBT) the province supervises."""

    FINANCIEEL = "financieel", _("Financial supervision (financieel toezicht)")
    OMGEVINGSRECHT = "omgevingsrecht", _("Environmental law (omgevingsrecht)")
    ARCHIEF = "archief", _("Archive and information management (archief- en informatiebeheer)")
    HUISVESTING = "huisvesting", _("Housing of status holders (huisvesting statushouders)")


class Judgement(models.TextChoices):
    """The province's judgement of how a municipality carries out a task."""

    ADEQUAAT = "adequaat", _("Adequate (adequaat)")
    REDELIJK = "redelijk", _("Reasonably adequate (redelijk adequaat)")
    NIET = "niet", _("Not adequate (niet adequaat)")


class DossierStatus(models.TextChoices):
    """Where a Belangenbehartiging dossier stands."""

    VERKENNING = "verkenning", _("Exploration (verkenning)")
    ACTIEF = "actief", _("Active (actief)")
    AFGEROND = "afgerond", _("Completed (afgerond)")


class Counterpart(models.TextChoices):
    """Who the province addresses: the national government or the European Union."""

    RIJK = "rijk", _("National government (Rijksoverheid)")
    EU = "eu", _("European Union")
