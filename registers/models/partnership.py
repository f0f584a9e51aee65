from django import forms
from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Prefetch, Q
from django.utils.translation import gettext_lazy as _

from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from taggit.models import TaggedItemBase
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.api import APIField
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    Orderable,
    PreviewableMixin,
    RevisionMixin,
    WorkflowMixin,
)
from wagtail.search import index
from wagtail.search.queryset import SearchableQuerySetMixin

from pages.workflow import ReviewersEditIsApproved
from registers.choices import (
    DocumentKind,
    GoverningBody,
    PartnershipKind,
    Phase,
    PowersObtained,
    ProvinceRole,
    RiskLevel,
    Role,
    Status,
    WgrForm,
)
from registers.fields import DecimalField, MultipleChoiceField
from registers.identifiers import identifier_words, validate_tooi_uri
from registers.models.base import ImportProvenance, Owned, unique_slug
from registers.models.verification import Verifiable
from registers.serializers import DomainRefsField, MembershipsField, OrganisationRefsField

MONEY = {"max_digits": 16, "decimal_places": 2, "null": True, "blank": True}


class PartnershipTag(TaggedItemBase):
    content_object = ParentalKey(
        "registers.Partnership", related_name="tagged_items", on_delete=models.CASCADE
    )


class PartnershipForm(WagtailAdminModelForm):
    """Checks across the participants that a single inline form cannot see."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        regions = self.fields.get("regions")
        if regions is not None:
            # Every option's label names the region's division (Region.__str__): fetched
            # with the regions, not once per option (2,000 queries for the Regioatlas set).
            regions.queryset = regions.queryset.select_related("division")

    def clean(self):
        cleaned = super().clean()
        if self.instance._state.adding and not cleaned.get("owner") and self.for_user:
            # Whoever makes an entry looks after it until someone else is chosen
            # (pages/owner_notifications.py tells the owner about publishing and review).
            cleaned["owner"] = self.for_user
        self._check_financial_years()
        memberships = self.formsets.get("memberships")
        if memberships is None or not memberships.is_valid():
            return cleaned
        periods = {}
        for form in memberships.forms:
            data = getattr(form, "cleaned_data", None)
            if not data or data.get("DELETE") or not data.get("organisation"):
                continue
            organisation = data["organisation"]
            period = (data.get("joined"), data.get("left"))
            for other in periods.get(organisation.pk, []):
                if _overlaps(period, other):
                    form.add_error(
                        "organisation",
                        _("%(name)s already takes part in this partnership in this period.")
                        % {"name": organisation.name},
                    )
                    break
            periods.setdefault(organisation.pk, []).append(period)
        self._derive_province_role(cleaned, memberships)
        return cleaned

    def _check_financial_years(self):
        """One set of figures of the financial scan per year."""
        figures = self.formsets.get("financial_figures")
        if figures is None or not figures.is_valid():
            return
        seen = set()
        for form in figures.forms:
            data = getattr(form, "cleaned_data", None)
            if not data or data.get("DELETE") or data.get("year") is None:
                continue
            year = data["year"]
            if year in seen:
                form.add_error("year", _("This year already has figures."))
            seen.add(year)

    def _derive_province_role(self, cleaned, memberships):
        """Left at "no role", the role follows from the portal province's own membership
        (registers/province.py); a role the editor chose stays."""
        from registers.province import portal_province, role_from_memberships

        if cleaned.get("province_role", ProvinceRole.GEEN) != ProvinceRole.GEEN:
            return
        province = portal_province()
        if province is None:
            return
        roles = [
            form.cleaned_data.get("role")
            for form in memberships.forms
            if getattr(form, "cleaned_data", None)
            and not form.cleaned_data.get("DELETE")
            and form.cleaned_data.get("organisation") == province
        ]
        if roles:
            cleaned["province_role"] = role_from_memberships(roles)


def _overlaps(a, b) -> bool:
    """Two (start, end) periods overlap; None means open-ended."""
    a_start, a_end = a
    b_start, b_end = b
    starts_before_other_ends = b_end is None or a_start is None or a_start <= b_end
    other_starts_before_end = a_end is None or b_start is None or b_start <= a_end
    return starts_before_other_ends and other_starts_before_end


class PartnershipQuerySet(SearchableQuerySetMixin, models.QuerySet):
    def public(self):
        """What visitors may see: published entries only."""
        return self.filter(live=True)


class Partnership(
    ReviewersEditIsApproved,
    WorkflowMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    PreviewableMixin,
    ImportProvenance,
    Verifiable,
    Owned,
    index.Indexed,
    ClusterableModel,
):
    """A samenwerkingsverband: a gemeenschappelijke regeling (Wgr), a private-law participation,
    a covenant or a network, with its participants and the province's role in it."""

    # Identity
    name = models.CharField(_("name"), max_length=255)
    slug = models.SlugField(_("slug"), max_length=120, unique=True, blank=True)
    citation_title = models.CharField(_("citation title"), max_length=255, blank=True)
    abbreviation = models.CharField(_("abbreviation"), max_length=40, blank=True)
    tooi_uri = models.URLField(
        _("TOOI URI"),
        blank=True,
        validators=[validate_tooi_uri],
        help_text=_("For example https://identifier.overheid.nl/tooi/id/so/so0123."),
    )
    national_register_id = models.CharField(
        _("national register id"),
        max_length=60,
        blank=True,
        help_text=_("The system id in the national register of gemeenschappelijke regelingen."),
    )
    cbs_code = models.CharField(
        _("CBS code"), max_length=6, blank=True, help_text=_("GRnnnn, where CBS has one.")
    )

    # Legal form
    kind = models.CharField(
        _("legal form"), max_length=30, choices=PartnershipKind.choices, default=PartnershipKind.WGR
    )
    wgr_form = models.CharField(
        _("Wgr form"),
        max_length=5,
        choices=WgrForm.choices,
        blank=True,
        help_text=_("As the national register codes it: OL, GO, BVO, RZM or CC."),
    )
    powers_obtained = models.CharField(
        _("powers obtained by"), max_length=20, choices=PowersObtained.choices, blank=True
    )
    executing_body = models.CharField(_("executing body"), max_length=255, blank=True)
    bronhouder = models.ForeignKey(
        "registers.Organisation",
        verbose_name=_("source holder (bronhouder)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    entry_into_force = models.DateField(_("entry into force"), null=True, blank=True)
    legal_basis = models.TextField(_("legal basis"), blank=True)
    legal_basis_url = models.URLField(_("link to the arrangement"), blank=True)

    # Classification and life cycle
    domains = ParentalManyToManyField(
        "registers.PolicyDomain",
        verbose_name=_("policy domains"),
        blank=True,
        related_name="partnerships",
    )
    phase = models.CharField(
        _("phase"), max_length=20, choices=Phase.choices, default=Phase.UITVOERING
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.ACTIEF
    )
    status_start = models.DateField(_("status since"), null=True, blank=True)
    status_end = models.DateField(_("status until"), null=True, blank=True)
    tags = ClusterTaggableManager(through=PartnershipTag, blank=True, verbose_name=_("tags"))

    # Seat
    seat_address = models.CharField(_("address"), max_length=255, blank=True)
    seat_postcode = models.CharField(_("postcode"), max_length=10, blank=True)
    seat_place = models.CharField(_("place"), max_length=100, blank=True)
    provinces = ParentalManyToManyField(
        "registers.Organisation",
        verbose_name=_("provinces"),
        blank=True,
        related_name="partnerships_in_province",
        limit_choices_to={"kind": "provincie"},
    )
    regions = ParentalManyToManyField(
        "registers.Region", verbose_name=_("regions"), blank=True, related_name="partnerships"
    )

    # The province's own part
    province_role = models.CharField(
        _("role of the province"),
        max_length=30,
        choices=ProvinceRole.choices,
        default=ProvinceRole.GEEN,
    )
    account_holder = models.CharField(
        _("administrative account holder"),
        max_length=150,
        blank=True,
        help_text=_(
            "The member of the provincial executive responsible (bestuurlijk accounthouder)."
        ),
    )
    official_contact = models.CharField(
        _("official contact"),
        max_length=150,
        blank=True,
        help_text=_("The civil servant to contact (ambtelijk contact)."),
    )

    description = models.TextField(_("description"), blank=True)
    part_of = models.ForeignKey(
        "self",
        verbose_name=_("part of"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="parts",
    )
    succeeded_by = models.ForeignKey(
        "self",
        verbose_name=_("succeeded by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="predecessors",
    )

    # Currency: contact_email, last_verified, last_verified_by(_organisation) (Verifiable)

    # Generic relations Wagtail needs to find a snippet's revisions and workflow states.
    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="partnership")
    workflow_states = GenericRelation(
        "wagtailcore.WorkflowState",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="partnership",
        for_concrete_model=False,
    )

    objects = PartnershipQuerySet.as_manager()

    search_fields = [
        index.SearchField("name", boost=4),
        index.AutocompleteField("name"),
        index.SearchField("abbreviation", boost=4),
        index.AutocompleteField("abbreviation"),
        index.SearchField("citation_title", boost=2),
        index.SearchField("description"),
        index.SearchField("seat_place"),
        index.SearchField("executing_body"),
        # Codes find their entity: the CBS list's GR code, the TOOI URI.
        index.SearchField("cbs_code"),
        index.SearchField("identifier_words"),
        index.RelatedFields("domains", [index.SearchField("name"), index.SearchField("name_en")]),
        index.RelatedFields("tags", [index.SearchField("name")]),
        index.RelatedFields(
            "memberships", [index.RelatedFields("organisation", [index.SearchField("name")])]
        ),
        index.FilterField("live"),
        index.FilterField("kind"),
        index.FilterField("phase"),
        index.FilterField("status"),
        index.FilterField("province_role"),
        index.FilterField("last_verified"),
        # Facet values for the search cluster's aggregations (registers/search_cluster.py).
        index.FilterField("domain_slugs"),
        index.FilterField("province_slugs"),
        index.FilterField("participant_slugs"),
        index.FilterField("region_slugs"),
        index.FilterField("tag_slugs"),
    ]

    base_form_class = PartnershipForm

    api_fields = [
        APIField("slug"),
        APIField("name"),
        APIField("abbreviation"),
        APIField("citation_title"),
        APIField("kind"),
        APIField("wgr_form"),
        APIField("phase"),
        APIField("status"),
        APIField("seat_place"),
        APIField("seat_postcode"),
        APIField("province_role"),
        APIField("cbs_code"),
        APIField("tooi_uri"),
        APIField("last_verified"),
        APIField("domains", serializer=DomainRefsField()),
        APIField("provinces", serializer=OrganisationRefsField()),
        APIField("memberships", serializer=MembershipsField()),
        APIField("description"),
    ]

    general_panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("abbreviation"), FieldPanel("citation_title")]),
        FieldPanel("description"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("kind"), FieldPanel("wgr_form")]),
                FieldRowPanel([FieldPanel("powers_obtained"), FieldPanel("entry_into_force")]),
                FieldPanel("executing_body"),
                FieldPanel("bronhouder"),
                FieldPanel("legal_basis"),
                FieldPanel("legal_basis_url"),
            ],
            heading=_("Legal form"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("domains", widget=forms.CheckboxSelectMultiple),
                FieldRowPanel([FieldPanel("phase"), FieldPanel("status")]),
                FieldRowPanel([FieldPanel("status_start"), FieldPanel("status_end")]),
                FieldPanel("tags"),
            ],
            heading=_("Classification"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("seat_address"),
                FieldRowPanel([FieldPanel("seat_postcode"), FieldPanel("seat_place")]),
                FieldPanel("provinces", widget=forms.CheckboxSelectMultiple),
                FieldPanel("regions"),
            ],
            heading=_("Seat and area"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("province_role"),
                FieldRowPanel([FieldPanel("account_holder"), FieldPanel("official_contact")]),
                FieldPanel("contact_email"),
            ],
            heading=_("The province's role"),
        ),
        MultiFieldPanel(
            [FieldPanel("part_of"), FieldPanel("succeeded_by")],
            heading=_("Related partnerships"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("last_verified"), FieldPanel("last_verified_by")]),
                FieldPanel("last_verified_by_organisation"),
                FieldPanel("owner"),
                FieldPanel("import_source", read_only=True),
            ],
            heading=_("Currency"),
        ),
    ]
    participant_panels = [
        InlinePanel("memberships", heading=_("Participants"), label=_("Participant"))
    ]
    money_panels = [
        InlinePanel("financial_figures", heading=_("Financial scan"), label=_("Year")),
        InlinePanel("risks", heading=_("Risks"), label=_("Risk")),
    ]
    document_panels = [InlinePanel("documents", heading=_("Documents"), label=_("Document"))]
    identifier_panels = [
        FieldPanel("slug"),
        FieldPanel("tooi_uri"),
        FieldPanel("national_register_id"),
        FieldPanel("cbs_code"),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(general_panels, heading=_("General")),
            ObjectList(participant_panels, heading=_("Participants")),
            ObjectList(money_panels, heading=_("Finances")),
            ObjectList(document_panels, heading=_("Documents")),
            ObjectList(identifier_panels, heading=_("Identifiers")),
        ]
    )

    class Meta:
        ordering = ["name"]
        # The register's landing page and every selection sorted by name read the first
        # 20 public entries in name order: with this index, without sorting 50,000 rows.
        indexes = [
            models.Index(
                fields=["name", "id"], condition=Q(live=True), name="partnership_live_name"
            ),
        ]
        verbose_name = _("partnership")
        verbose_name_plural = _("partnerships")

    def __str__(self):
        return self.name

    def identifier_words(self) -> str:
        return identifier_words(self.cbs_code, self.tooi_uri)

    @classmethod
    def get_indexed_objects(cls):
        # A rebuild (manage.py update_index) must not put drafts in the index either.
        # The indexed text reads the domains, tags and participants' names: loaded with the
        # batch, not per partnership (nine queries each made 50,000 take 20 minutes).
        return cls.objects.filter(live=True).prefetch_related(
            "domains",
            "tags",
            Prefetch("memberships", Membership.objects.select_related("organisation")),
        )

    @property
    def revisions(self):
        return self._revisions

    def clean(self):
        super().clean()
        errors = {}
        if self.status_start and self.status_end and self.status_end < self.status_start:
            errors["status_end"] = _("The end date lies before the start date.")
        if self.wgr_form and self.kind != PartnershipKind.WGR:
            errors["wgr_form"] = _("Only a Wgr arrangement has a Wgr form.")
        if self.cbs_code and not (
            len(self.cbs_code) == 6
            and self.cbs_code.startswith("GR")
            and self.cbs_code[2:].isdigit()
        ):
            errors["cbs_code"] = _("A CBS code of a joint arrangement looks like GR0316.")
        if self.part_of_id and self.part_of_id == self.pk:
            errors["part_of"] = _("A partnership cannot be part of itself.")
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(Partnership, self.name, instance=self, max_length=120)
        super().save(*args, **kwargs)

    # --- display helpers -----------------------------------------------------------------

    @property
    def display_name(self) -> str:
        if self.abbreviation and self.abbreviation not in self.name:
            return f"{self.name} ({self.abbreviation})"
        return self.name

    def domain_slugs(self):
        return sorted(domain.slug for domain in self.domains.all())

    def province_slugs(self):
        return sorted(province.slug for province in self.provinces.all())

    def participant_slugs(self):
        return sorted({m.organisation.slug for m in self.memberships.all()})

    def region_slugs(self):
        return sorted(region.slug for region in self.regions.all())

    def tag_slugs(self):
        return sorted(tag.slug for tag in self.tags.all())

    def current_memberships(self):
        return [m for m in self.memberships.all() if m.left is None]

    # --- preview ---------------------------------------------------------------------------

    def get_preview_template(self, request, mode_name):
        return "registers/partnership_detail.html"

    def get_preview_context(self, request, mode_name):
        from registers.models.page import RegisterPage

        context = super().get_preview_context(request, mode_name)
        register_page = RegisterPage.for_active_language()
        context.update(
            {
                "page": register_page,
                "partnership": self,
                "memberships": list(self.memberships.all()),
                "is_preview": True,
            }
        )
        return context

    @property
    def documents_by_year(self) -> list:
        """The documents newest year first (then newest publication date); documents without
        a year after those with one, in the editor's order. Sorted here rather than in the
        query so it works on a prefetch and on a revision's unsaved children alike."""
        return sorted(
            self.documents.all(),
            key=lambda document: (
                document.year is None,
                -(document.year or 0),
                -(document.published.toordinal() if document.published else 0),
                document.sort_order if document.sort_order is not None else 0,
            ),
        )


class Membership(Orderable):
    """An organisation taking part in a partnership, in a role, for a period."""

    partnership = ParentalKey(Partnership, on_delete=models.CASCADE, related_name="memberships")
    organisation = models.ForeignKey(
        "registers.Organisation",
        verbose_name=_("organisation"),
        on_delete=models.PROTECT,
        related_name="memberships",
    )
    role = models.CharField(_("role"), max_length=30, choices=Role.choices, default=Role.DEELNEMER)
    joined = models.DateField(_("joined"), null=True, blank=True)
    left = models.DateField(_("left"), null=True, blank=True)
    cost_share = DecimalField(
        _("cost-sharing key (%)"),
        max_digits=7,
        decimal_places=4,
        null=True,
        blank=True,
        help_text=_("The participant's share of the costs (verdeelsleutel), in percent."),
    )
    governing_bodies = MultipleChoiceField(
        verbose_name=_("governing bodies represented"), choices_enum=GoverningBody
    )
    seats = models.PositiveSmallIntegerField(_("seats"), null=True, blank=True)
    annual_contribution = DecimalField(_("annual contribution (€)"), **MONEY)
    import_source = models.CharField(_("source"), max_length=255, blank=True, editable=False)

    panels = [
        FieldPanel("organisation"),
        FieldRowPanel([FieldPanel("role"), FieldPanel("joined"), FieldPanel("left")]),
        FieldRowPanel(
            [FieldPanel("cost_share"), FieldPanel("seats"), FieldPanel("annual_contribution")]
        ),
        FieldPanel("governing_bodies"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("participant")
        verbose_name_plural = _("participants")

    def __str__(self):
        return f"{self.organisation} — {self.get_role_display()}"

    def clean(self):
        super().clean()
        if self.joined and self.left and self.left < self.joined:
            raise ValidationError(
                {"left": _("The date of leaving lies before the date of joining.")}
            )
        if self.cost_share is not None and not (0 <= self.cost_share <= 100):
            raise ValidationError({"cost_share": _("A cost share is a percentage from 0 to 100.")})

    @property
    def governing_body_labels(self):
        return self._meta.get_field("governing_bodies").labels(self.governing_bodies)


class PartnershipDocument(Orderable):
    """A budget, annual account, the arrangement's text or a Woo publication."""

    partnership = ParentalKey(Partnership, on_delete=models.CASCADE, related_name="documents")
    title = models.CharField(_("title"), max_length=255)
    kind = models.CharField(
        _("kind"), max_length=20, choices=DocumentKind.choices, default=DocumentKind.OVERIG
    )
    year = models.PositiveSmallIntegerField(_("year"), null=True, blank=True)
    url = models.URLField(_("link"), max_length=500, blank=True)
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("file"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    source = models.CharField(_("source"), max_length=255, blank=True)
    published = models.DateField(_("published"), null=True, blank=True)

    panels = [
        FieldPanel("title"),
        FieldRowPanel([FieldPanel("kind"), FieldPanel("year"), FieldPanel("published")]),
        FieldPanel("url"),
        FieldPanel("document"),
        FieldPanel("source"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("document")
        verbose_name_plural = _("documents")

    def __str__(self):
        return self.title

    def clean(self):
        super().clean()
        if not self.url and not self.document_id:
            raise ValidationError({"url": _("Give a link or upload a file.")})

    @property
    def href(self):
        return self.document.url if self.document_id else self.url


class FinancialFigure(Orderable):
    """The figures of the financial scan for one year, as the BBV paragraph on
    verbonden partijen asks for them."""

    partnership = ParentalKey(
        Partnership, on_delete=models.CASCADE, related_name="financial_figures"
    )
    year = models.PositiveSmallIntegerField(_("year"))
    source = models.CharField(
        _("source"), max_length=255, blank=True, help_text=_("E.g. jaarrekening 2024.")
    )
    public_interest = models.TextField(_("public interest served"), blank=True)
    contribution = DecimalField(_("the province's contribution (€)"), **MONEY)
    participants_contribution = DecimalField(
        _("participants' contributions (€)"),
        help_text=_("All participants' contributions together, the province's included."),
        **MONEY,
    )
    inhabitants = models.PositiveIntegerField(
        _("inhabitants of the participants"),
        null=True,
        blank=True,
        help_text=_(
            "As the annual accounts state it. Left empty, the financial scan uses the "
            "population of the partnership's region (Regioatlas) where it has one."
        ),
    )
    equity_start = DecimalField(_("equity at start of year (€)"), **MONEY)
    equity_end = DecimalField(_("equity at end of year (€)"), **MONEY)
    debt_start = DecimalField(_("debt at start of year (€)"), **MONEY)
    debt_end = DecimalField(_("debt at end of year (€)"), **MONEY)
    result = DecimalField(_("result (€)"), **MONEY)
    risk_profile = models.CharField(
        _("risk profile"), max_length=10, choices=RiskLevel.choices, blank=True
    )

    panels = [
        FieldRowPanel([FieldPanel("year"), FieldPanel("source"), FieldPanel("risk_profile")]),
        FieldPanel("public_interest"),
        FieldRowPanel([FieldPanel("contribution"), FieldPanel("participants_contribution")]),
        FieldRowPanel([FieldPanel("inhabitants"), FieldPanel("result")]),
        FieldRowPanel([FieldPanel("equity_start"), FieldPanel("equity_end")]),
        FieldRowPanel([FieldPanel("debt_start"), FieldPanel("debt_end")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("financial figures")
        verbose_name_plural = _("financial figures")
        ordering = ["-year"]

    def __str__(self):
        return f"{self.partnership} {self.year}"

    def clean(self):
        super().clean()
        if self.year is not None and not (1900 <= self.year <= 2200):
            raise ValidationError({"year": _("Give a year such as 2024.")})


class PartnershipRisk(Orderable):
    """A risk of the partnership with its likelihood and impact."""

    partnership = ParentalKey(Partnership, on_delete=models.CASCADE, related_name="risks")
    description = models.TextField(_("risk"))
    likelihood = models.CharField(_("likelihood"), max_length=10, choices=RiskLevel.choices)
    impact = models.CharField(_("impact"), max_length=10, choices=RiskLevel.choices)
    measures = models.TextField(_("measures"), blank=True)

    panels = [
        FieldPanel("description"),
        FieldRowPanel([FieldPanel("likelihood"), FieldPanel("impact")]),
        FieldPanel("measures"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("risk")
        verbose_name_plural = _("risks")

    def __str__(self):
        return self.description[:60]
