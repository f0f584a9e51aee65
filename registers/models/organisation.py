import re

from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.models import DraftStateMixin, LockableMixin, RevisionMixin, WorkflowMixin
from wagtail.search import index
from wagtail.search.queryset import SearchableQuerySetMixin

from pages.workflow import ReviewersEditIsApproved
from registers.choices import OrganisationKind
from registers.identifiers import identifier_words, tooi_uri_for, validate_tooi_uri
from registers.models.base import ImportProvenance, unique_slug
from registers.serializers import OrganisationRefsField

# CBS codes: GM + 4 digits (gemeente), PV + 2 (provincie), WS + 4 (waterschap).
CBS_CODE_PATTERN = r"^(GM\d{4}|PV\d{2}|WS\d{4})$"
CBS_CODE_PREFIX = {
    OrganisationKind.GEMEENTE: "GM",
    OrganisationKind.PROVINCIE: "PV",
    OrganisationKind.WATERSCHAP: "WS",
}
cbs_code_validator = RegexValidator(
    CBS_CODE_PATTERN,
    _(
        "Use the CBS code format: GM0479 for a municipality, PV27 for a province, WS0155 for a "
        "water authority."
    ),
)


class OrganisationQuerySet(SearchableQuerySetMixin, models.QuerySet):
    def active(self, on=None):
        on = on or timezone.localdate()
        return self.filter(
            models.Q(active_from__isnull=True) | models.Q(active_from__lte=on),
            models.Q(active_until__isnull=True) | models.Q(active_until__gte=on),
        )

    def provinces(self):
        return self.filter(kind=OrganisationKind.PROVINCIE)

    def public(self):
        """What visitors may see: published organisations only (a new one made in the admin
        is a draft until a second registerbeheerder approves it)."""
        return self.filter(live=True)


class Organisation(
    ReviewersEditIsApproved,
    WorkflowMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    ImportProvenance,
    index.Indexed,
    ClusterableModel,
):
    """A government or other organisation that takes part in partnerships.

    Merged municipalities stay in the register as historical, linked to their successor.

    Edits go through the Registerreview workflow like partnerships (issue 14): the row holds
    the published values, a draft lives in its revisions until a second registerbeheerder
    approves it. The successors are a ParentalManyToManyField so that a draft carries them
    in its revision instead of writing them to the live row.
    """

    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=90, unique=True, blank=True)
    kind = models.CharField(
        _("kind"),
        max_length=30,
        choices=OrganisationKind.choices,
        default=OrganisationKind.GEMEENTE,
    )
    cbs_code = models.CharField(
        _("CBS code"),
        max_length=6,
        blank=True,
        null=True,
        unique=True,
        validators=[cbs_code_validator],
        help_text=_("For example GM0479 (Zaanstad), PV27 (Noord-Holland) or WS0155."),
    )
    tooi_uri = models.URLField(
        _("TOOI URI"),
        blank=True,
        validators=[validate_tooi_uri],
        help_text=_(
            "The organisation's identifier in TOOI. Set from the CBS code for a municipality, "
            "province or water authority; enter it for other organisations."
        ),
    )
    province = models.ForeignKey(
        "self",
        verbose_name=_("province"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="organisations_in_province",
        limit_choices_to={"kind": OrganisationKind.PROVINCIE},
    )
    active_from = models.DateField(_("active from"), null=True, blank=True)
    active_until = models.DateField(
        _("active until"),
        null=True,
        blank=True,
        help_text=_("For example the date a municipality merged into another."),
    )
    successors = ParentalManyToManyField(
        "self",
        verbose_name=_("successors"),
        symmetrical=False,
        blank=True,
        related_name="predecessors",
        help_text=_("The organisation(s) this one merged into."),
    )
    website = models.URLField(_("website"), blank=True)
    verification_email = models.EmailField(
        _("contact e-mail for verification"),
        blank=True,
        help_text=_(
            "A verification round mails this address one link to check all partnerships this "
            "organisation takes part in. Not shown on the site."
        ),
    )

    # Generic relations Wagtail needs to find a snippet's revisions and workflow states.
    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="organisation")
    workflow_states = GenericRelation(
        "wagtailcore.WorkflowState",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="organisation",
        for_concrete_model=False,
    )

    objects = OrganisationQuerySet.as_manager()

    # API filters (?provinces=, ?successors=) accept the code the exports use as well as the
    # slug (registers/vocabulary.py, cms/api_filters.py).
    api_lookup_fields = ("slug", "cbs_code")
    api_fields = [
        APIField("slug"),
        APIField("name"),
        APIField("kind"),
        APIField("cbs_code"),
        APIField("tooi_uri"),
        APIField("active_from"),
        APIField("active_until"),
        APIField("successors", serializer=OrganisationRefsField()),
    ]

    search_fields = [
        index.SearchField("name", boost=3),
        index.AutocompleteField("name"),
        index.SearchField("cbs_code"),
        index.SearchField("identifier_words"),
        index.FilterField("kind"),
    ]

    panels = [
        FieldPanel("name"),
        FieldPanel("kind"),
        MultiFieldPanel(
            [FieldPanel("cbs_code"), FieldPanel("tooi_uri"), FieldPanel("slug")],
            heading=_("Identifiers"),
        ),
        FieldPanel("province"),
        MultiFieldPanel(
            [FieldPanel("active_from"), FieldPanel("active_until"), FieldPanel("successors")],
            heading=_("History"),
        ),
        FieldPanel("website"),
        FieldPanel("verification_email"),
        FieldPanel("import_source", read_only=True),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")

    def __str__(self):
        return self.name

    @property
    def revisions(self):
        return self._revisions

    @classmethod
    def get_indexed_objects(cls):
        # The public search must not find a draft organisation (a rebuild included).
        return cls.objects.filter(live=True)

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(Organisation, self.name, instance=self, max_length=90)
        if not self.cbs_code:
            self.cbs_code = None
        # Derived, never typed: the CBS code decides (registers/identifiers.py).
        self.tooi_uri = tooi_uri_for(self.kind, self.cbs_code) or self.tooi_uri
        super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        if self.cbs_code:
            self.cbs_code = self.cbs_code.strip().upper()
            prefix = CBS_CODE_PREFIX.get(self.kind)
            if prefix and not self.cbs_code.startswith(prefix):
                raise ValidationError(
                    {
                        "cbs_code": _("A %(kind)s has a CBS code starting with %(prefix)s.")
                        % {"kind": self.get_kind_display().lower(), "prefix": prefix}
                    }
                )
        else:
            self.cbs_code = None
        derived = tooi_uri_for(self.kind, self.cbs_code)
        if derived and self.tooi_uri and self.tooi_uri != derived:
            raise ValidationError(
                {
                    "tooi_uri": _(
                        "The CBS code %(code)s gives the TOOI URI %(uri)s; leave the field "
                        "empty or correct the CBS code."
                    )
                    % {"code": self.cbs_code, "uri": derived}
                }
            )
        if self.active_from and self.active_until and self.active_until < self.active_from:
            raise ValidationError({"active_until": _("Active until lies before active from.")})

    @property
    def identifiers(self) -> list[tuple[str, str]]:
        """(scheme, value) of every identifier it has, for pages and JSON-LD."""
        return [
            (scheme, value)
            for scheme, value in (("CBS", self.cbs_code), ("TOOI", self.tooi_uri))
            if value
        ]

    def identifier_words(self) -> str:
        return identifier_words(self.cbs_code, self.tooi_uri)

    @property
    def is_historical(self) -> bool:
        """Ended before today, or before the date of a dated view (registers/peildatum.py sets
        `peildatum` on the organisations it shows)."""
        on = getattr(self, "peildatum", None) or timezone.localdate()
        return self.active_until is not None and self.active_until < on

    @property
    def cbs_number(self) -> str:
        """The digits of the CBS code, as Regioatlas writes them (0479)."""
        return re.sub(r"\D", "", self.cbs_code or "")
