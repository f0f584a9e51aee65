"""The province's dossier of one municipality (or waterschap): who its account holders at the
province are, and the province's interbestuurlijk toezicht judgements. Shown on the
organisation's page in the register (dossiers/sections.py) and in its factsheet."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.fields import StreamField

from dossiers.choices import AccountHolderRole, Judgement, SupervisionDomain


class AccountHolder(models.Model):
    """A person at the province who is an organisation's contact (accounthouder): bestuurlijk
    (a gedeputeerde) or ambtelijk (a civil servant). Kept by Registerbeheer."""

    organisation = models.ForeignKey(
        "registers.Organisation",
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="account_holders",
        help_text=_("The municipality or water authority this person is account holder for."),
    )
    role = models.CharField(
        _("kind of account holder"),
        max_length=20,
        choices=AccountHolderRole.choices,
        default=AccountHolderRole.AMBTELIJK,
    )
    name = models.CharField(_("name"), max_length=120)
    position = models.CharField(
        _("position"),
        max_length=150,
        blank=True,
        help_text=_("For example 'gedeputeerde Bestuur' or 'accountmanager gemeenten'."),
    )
    email = models.EmailField(_("email"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    photo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Optional. A portrait, shown small beside the name."),
    )
    sort_order = models.PositiveSmallIntegerField(
        _("order"), default=0, help_text=_("Lower numbers are shown first.")
    )
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    panels = [
        FieldPanel("organisation"),
        FieldPanel("role"),
        FieldRowPanel([FieldPanel("name"), FieldPanel("position")]),
        MultiFieldPanel([FieldPanel("email"), FieldPanel("phone")], heading=_("Contact")),
        FieldPanel("photo"),
        FieldPanel("sort_order"),
    ]

    class Meta:
        ordering = ["organisation__name", "role", "sort_order", "name"]
        verbose_name = _("account holder")
        verbose_name_plural = _("account holders")

    def __str__(self):
        return f"{self.name} ({self.get_role_display()}, {self.organisation})"


def _year_now():
    return timezone.localdate().year


class SupervisionJudgement(models.Model):
    """The province's judgement in interbestuurlijk toezicht (IBT) of one organisation, in one
    supervision domain and year: the judgement, why, its documents and the next meeting of
    the dialogue. Kept by the Toezicht group."""

    organisation = models.ForeignKey(
        "registers.Organisation",
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="supervision_judgements",
    )
    domain = models.CharField(
        _("supervision domain"), max_length=20, choices=SupervisionDomain.choices
    )
    year = models.PositiveSmallIntegerField(
        _("year"),
        default=_year_now,
        validators=[MinValueValidator(2000), MaxValueValidator(2100)],
        help_text=_("The year the judgement is about."),
    )
    judgement = models.CharField(_("judgement"), max_length=20, choices=Judgement.choices)
    explanation = models.TextField(
        _("explanation"), blank=True, help_text=_("Why this judgement, in Dutch.")
    )
    explanation_en = models.TextField(
        _("explanation in English"),
        blank=True,
        help_text=_("Shown on the English pages; when empty they show the Dutch explanation."),
    )
    documents = StreamField(
        [("document", DocumentChooserBlock(label=_("Document")))],
        blank=True,
        verbose_name=_("documents"),
        help_text=_("The letter with the judgement, the report, the agreed plan."),
    )
    next_meeting = models.DateField(
        _("next dialogue meeting"),
        null=True,
        blank=True,
        help_text=_("The next meeting of the dialogue (toezichtgesprek) with the organisation."),
    )
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    panels = [
        FieldPanel("organisation"),
        FieldRowPanel([FieldPanel("domain"), FieldPanel("year")]),
        FieldPanel("judgement"),
        FieldPanel("explanation"),
        FieldPanel("explanation_en"),
        FieldPanel("documents"),
        FieldPanel("next_meeting"),
    ]

    class Meta:
        ordering = ["organisation__name", "-year", "domain"]
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "domain", "year"],
                name="one_judgement_per_domain_and_year",
            )
        ]
        verbose_name = _("toezicht judgement")
        verbose_name_plural = _("toezicht judgements")

    def __str__(self):
        return f"{self.organisation} — {self.get_domain_display()} {self.year}"

    @property
    def localized_explanation(self) -> str:
        if translation.get_language() == "en" and self.explanation_en:
            return self.explanation_en
        return self.explanation

    @property
    def explanation_is_dutch(self) -> bool:
        return not (translation.get_language() == "en" and self.explanation_en)

    @property
    def next_meeting_is_upcoming(self) -> bool:
        return self.next_meeting is not None and self.next_meeting >= timezone.localdate()
