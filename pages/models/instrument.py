from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from pages.blocks import RICH_TEXT_FEATURES, AttachmentsBlock, BodyBlock
from pages.models.base import SitePage

# Page types that may sit below an instrument (the Instrumentenkoffer's tools). Apps above
# `pages` add theirs with `allow_below_instruments()` in their AppConfig.ready(), before Wagtail
# first reads InstrumentPage.subpage_types; `pages` names no higher app (docs/architecture.md).
INSTRUMENT_SUBPAGE_TYPES: list[str] = []


def allow_below_instruments(*model_labels: str) -> None:
    """Let pages of these types ("app_label.ModelName") be children of an InstrumentPage."""
    for label in model_labels:
        if label not in INSTRUMENT_SUBPAGE_TYPES:
            INSTRUMENT_SUBPAGE_TYPES.append(label)
    InstrumentPage._clean_subpage_models = None  # Wagtail's cache of the resolved list


# Page types a higher app lets editors add beside the instruments (Stimulans' application page,
# a StimulansPage of `stimulans`), by the same kind of registration.
INSTRUMENT_INDEX_SUBPAGE_TYPES: list[str] = ["pages.InstrumentPage"]


def allow_below_instrument_index(*model_labels: str) -> None:
    """Let pages of these types ("app_label.ModelName") be children of the InstrumentIndexPage."""
    for label in model_labels:
        if label not in INSTRUMENT_INDEX_SUBPAGE_TYPES:
            INSTRUMENT_INDEX_SUBPAGE_TYPES.append(label)
    InstrumentIndexPage._clean_subpage_models = None


class InstrumentIndexPage(SitePage):
    """The toolkit: the four instruments that support every programme line."""

    parent_page_types = ["pages.HomePage"]
    subpage_types = INSTRUMENT_INDEX_SUBPAGE_TYPES
    template = "pages/instrument_index_page.html"
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("instrument index")
        verbose_name_plural = _("instrument indexes")

    def instruments(self):
        return InstrumentPage.objects.child_of(self).live().public()


class InstrumentPage(SitePage):
    """An instrument such as the Financiële scan: what it is, for whom and how to use it."""

    for_whom = RichTextField(
        _("for whom"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("Who can use the instrument."),
    )
    audiences = ParentalManyToManyField(
        "pages.Audience", blank=True, verbose_name=_("audiences"), related_name="+"
    )
    how_to_apply = RichTextField(_("how to use or apply"), features=RICH_TEXT_FEATURES, blank=True)
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))
    contact_name = models.CharField(_("contact name"), max_length=120, blank=True)
    contact_email = models.EmailField(_("contact email"), blank=True)
    contact_phone = models.CharField(_("contact phone"), max_length=40, blank=True)
    documents = StreamField(AttachmentsBlock(), blank=True, verbose_name=_("documents"))
    programme_lines = ParentalManyToManyField(
        "pages.ProgrammeLinePage",
        blank=True,
        verbose_name=_("related programme lines"),
        related_name="instruments",
    )

    search_fields = SitePage.search_fields + [
        index.SearchField("for_whom"),
        index.SearchField("how_to_apply"),
        index.SearchField("body"),
    ]
    content_panels = SitePage.content_panels + [
        FieldPanel("for_whom"),
        FieldPanel("audiences", widget=forms.CheckboxSelectMultiple),
        FieldPanel("how_to_apply"),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("contact_name"), FieldPanel("contact_email"), FieldPanel("contact_phone")],
            heading=_("Contact"),
        ),
        FieldPanel("documents"),
        FieldPanel("programme_lines", widget=forms.CheckboxSelectMultiple),
    ]

    parent_page_types = ["pages.InstrumentIndexPage"]
    # Empty unless a higher app registers tool pages (allow_below_instruments above).
    subpage_types = INSTRUMENT_SUBPAGE_TYPES
    template = "pages/instrument_page.html"
    schema_org_type = "GovernmentService"

    class Meta:
        verbose_name = _("instrument")
        verbose_name_plural = _("instruments")

    def tools(self):
        """The live pages below the instrument (the Instrumentenkoffer's tools)."""
        return self.get_children().live().public().specific()

    def localized_programme_lines(self):
        from pages.models.programme import ProgrammeLinePage

        keys = self.programme_lines.values_list("translation_key", flat=True)
        return (
            ProgrammeLinePage.objects.live()
            .public()
            .filter(locale_id=self.locale_id, translation_key__in=list(keys))
            .order_by("number")
        )
