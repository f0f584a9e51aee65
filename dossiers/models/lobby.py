"""Belangenbehartiging: the province's dossiers of regional interests it represents towards
the national government (Rijksoverheid) and the European Union, as pages under one index
with filters and a feed."""

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Locale, Orderable
from wagtail.search import index

from cms.querystring import clean_text
from dossiers.blocks import TimelineBlock
from dossiers.choices import Counterpart, DossierStatus
from pages.blocks import RICH_TEXT_FEATURES, AttachmentsBlock
from pages.filters import PROGRAMME_LINE_NUMBERS
from pages.models.base import SitePage

FEED_ITEMS = 50


class BelangenbehartigingIndexPage(RoutablePageMixin, SitePage):
    """The overview of the Belangenbehartiging dossiers, with filters and RSS/Atom feeds."""

    per_page = 20

    parent_page_types = ["pages.HomePage"]
    subpage_types = ["dossiers.BelangenbehartigingPage"]
    template = "dossiers/belangenbehartiging_index_page.html"
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("Belangenbehartiging index")
        verbose_name_plural = _("Belangenbehartiging indexes")

    @path("feed.rss/", name="rss_feed")
    def rss_feed(self, request):
        from dossiers.feeds import FEEDS

        return FEEDS["rss"]()(request, index=self)

    @path("feed.atom/", name="atom_feed")
    def atom_feed(self, request):
        from dossiers.feeds import FEEDS

        return FEEDS["atom"]()(request, index=self)

    def feed_url(self, name: str, request=None) -> str | None:
        base = self.get_url(request)
        if base is None:
            return None
        # Linked without the trailing slash the route is declared with (cms/file_routes.py).
        return base + self.reverse_subpage(name).rstrip("/")

    def dossiers(self):
        return BelangenbehartigingPage.objects.child_of(self).live().public()

    def filter_dossiers(self, params):
        """Apply the visitor's filters. An unknown value selects nothing rather than
        everything (as the other indexes do), and the page says which value was not known."""
        dossiers = self.dossiers()
        selected = {"status": "", "programmalijn": "", "tegenpartij": ""}
        invalid = []
        allowed = {
            "status": set(DossierStatus.values),
            "programmalijn": PROGRAMME_LINE_NUMBERS,
            "tegenpartij": set(Counterpart.values),
        }
        for key, values in allowed.items():
            value = clean_text(params.get(key, ""), 20)
            if not value:
                continue
            if value not in values:
                invalid.append(key)
                dossiers = dossiers.none()
                continue
            selected[key] = value
            if key == "status":
                dossiers = dossiers.filter(status=value)
            elif key == "tegenpartij":
                dossiers = dossiers.filter(counterpart=value)
            else:
                dossiers = dossiers.filter(programme_lines__number=int(value))
        return dossiers.distinct().order_by("-last_published_at", "pk"), selected, invalid

    def get_context(self, request, *args, **kwargs):
        from urllib.parse import urlencode

        from cms.pagination import paginate
        from pages.models import ProgrammeLinePage

        context = super().get_context(request, *args, **kwargs)
        dossiers, selected, invalid = self.filter_dossiers(request.GET)
        page_obj = paginate(request, dossiers, self.per_page)
        query = urlencode({key: value for key, value in selected.items() if value})
        query = f"?{query}" if query else ""
        context.update(
            {
                "page_obj": page_obj,
                "dossiers": page_obj.object_list,
                "result_count": page_obj.paginator.count,
                "selected": selected,
                "invalid_filters": invalid,
                "is_filtered": any(selected.values()) or bool(invalid),
                "statuses": DossierStatus.choices,
                "counterparts": Counterpart.choices,
                "programme_lines": ProgrammeLinePage.objects.live()
                .filter(locale_id=self.locale_id)
                .order_by("number"),
                "rss_url": (self.feed_url("rss_feed", request) or "") + query,
                "atom_url": (self.feed_url("atom_feed", request) or "") + query,
            }
        )
        return context


class BelangenbehartigingPage(SitePage):
    """One Belangenbehartiging dossier: a subject the province raises with the national
    government or the EU, its position, documents, status and what happened when."""

    subject = models.CharField(
        _("subject"),
        max_length=150,
        help_text=_("The theme in a few words, e.g. 'Financiële verhouding Rijk–gemeenten'."),
    )
    counterpart = models.CharField(
        _("addressed to"), max_length=10, choices=Counterpart.choices, default=Counterpart.RIJK
    )
    counterpart_name = models.CharField(
        _("counterpart"),
        max_length=200,
        blank=True,
        help_text=_("The ministry, directorate-general or institution, e.g. 'Ministerie van BZK'."),
    )
    status = models.CharField(
        _("status"), max_length=20, choices=DossierStatus.choices, default=DossierStatus.VERKENNING
    )
    position = RichTextField(
        _("position of the province"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("What the province asks for, and why."),
    )
    documents = StreamField(AttachmentsBlock(), blank=True, verbose_name=_("documents"))
    timeline = StreamField(
        TimelineBlock(),
        blank=True,
        verbose_name=_("timeline"),
        help_text=_("What happened in the dossier, one entry per date."),
    )
    programme_lines = ParentalManyToManyField(
        "pages.ProgrammeLinePage",
        blank=True,
        verbose_name=_("related programme lines"),
        related_name="belangenbehartiging_dossiers",
    )

    search_fields = SitePage.search_fields + [
        index.SearchField("subject", boost=2),
        index.SearchField("counterpart_name"),
        index.SearchField("position"),
        index.SearchField("timeline"),
        index.FilterField("status"),
        index.FilterField("counterpart"),
    ]
    content_panels = SitePage.content_panels + [
        FieldPanel("subject"),
        MultiFieldPanel(
            [FieldPanel("counterpart"), FieldPanel("counterpart_name"), FieldPanel("status")],
            heading=_("Counterpart and status"),
        ),
        FieldPanel("position"),
        FieldPanel("documents"),
        FieldPanel("timeline"),
        FieldPanel("programme_lines", widget=forms.CheckboxSelectMultiple),
        InlinePanel(
            "related_partnerships", heading=_("Related partnerships"), label=_("Partnership")
        ),
        InlinePanel(
            "related_organisations", heading=_("Municipalities involved"), label=_("Organisation")
        ),
    ]

    parent_page_types = ["dossiers.BelangenbehartigingIndexPage"]
    subpage_types = []
    template = "dossiers/belangenbehartiging_page.html"

    class Meta:
        verbose_name = _("Belangenbehartiging dossier")
        verbose_name_plural = _("Belangenbehartiging dossiers")

    def timeline_entries(self):
        """The timeline, newest first."""
        return sorted(
            (child.value for child in self.timeline), key=lambda value: value["date"], reverse=True
        )

    def localized_programme_lines(self):
        from pages.models import ProgrammeLinePage

        keys = self.programme_lines.values_list("translation_key", flat=True)
        return (
            ProgrammeLinePage.objects.live()
            .public()
            .filter(locale_id=self.locale_id, translation_key__in=list(keys))
            .order_by("number")
        )

    def _rows(self, relation: str, field: str):
        """The register rows of this page, or of its Dutch source when a translation has
        none of its own (register entries are the same in every language)."""
        rows = list(getattr(self, relation).select_related(field))
        if not rows and self.locale.language_code != "nl":
            source = self.get_translation_or_none(Locale.objects.filter(language_code="nl").first())
            if source is not None:
                rows = list(getattr(source, relation).select_related(field))
        return [getattr(row, field) for row in rows]

    def public_partnerships(self):
        return [p for p in self._rows("related_partnerships", "partnership") if p.live]

    def organisations(self):
        return self._rows("related_organisations", "organisation")


class BelangenbehartigingPartnership(Orderable):
    """A partnership the dossier concerns or that takes part in it."""

    page = ParentalKey(
        BelangenbehartigingPage, on_delete=models.CASCADE, related_name="related_partnerships"
    )
    partnership = models.ForeignKey(
        "registers.Partnership",
        verbose_name=_("partnership"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [FieldPanel("partnership")]

    class Meta(Orderable.Meta):
        verbose_name = _("related partnership")
        verbose_name_plural = _("related partnerships")


class BelangenbehartigingOrganisation(Orderable):
    """A municipality (or other organisation) the dossier concerns."""

    page = ParentalKey(
        BelangenbehartigingPage, on_delete=models.CASCADE, related_name="related_organisations"
    )
    organisation = models.ForeignKey(
        "registers.Organisation",
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="belangenbehartiging_dossiers",
    )

    panels = [FieldPanel("organisation")]

    class Meta(Orderable.Meta):
        verbose_name = _("involved organisation")
        verbose_name_plural = _("involved organisations")
