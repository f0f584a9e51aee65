from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from pages.blocks import RICH_TEXT_FEATURES, ActionsBlock, BodyBlock
from pages.models.base import SitePage


class ProgrammeLineIndexPage(SitePage):
    """The overview of the programme's five lines."""

    parent_page_types = ["pages.HomePage"]
    subpage_types = ["pages.ProgrammeLinePage"]
    template = "pages/programme_line_index_page.html"
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("programme line index")
        verbose_name_plural = _("programme line indexes")

    def programme_lines(self):
        return ProgrammeLinePage.objects.child_of(self).live().public().order_by("number")


class ProgrammeLinePage(RoutablePageMixin, SitePage):
    """One of the five programme lines: the problem it tackles, its goal and its actions."""

    number = models.PositiveSmallIntegerField(
        _("number"),
        validators=[MinValueValidator(1), MaxValueValidator(5)],
        help_text=_("The programme line's number, 1 to 5."),
    )
    problem = RichTextField(
        _("problem"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("The bottlenecks (knelpunten) this programme line addresses."),
    )
    goal = models.TextField(_("goal"), help_text=_("What the programme line wants to achieve."))
    actions = StreamField(
        ActionsBlock(),
        blank=True,
        verbose_name=_("actions"),
        help_text=_("What we are going to do (Wat gaan we doen?)."),
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    search_fields = SitePage.search_fields + [
        index.SearchField("problem"),
        index.SearchField("goal", boost=1.5),
        index.SearchField("actions"),
        index.SearchField("body"),
        index.FilterField("number"),
    ]
    content_panels = SitePage.content_panels + [
        FieldPanel("number"),
        FieldPanel("problem"),
        FieldPanel("goal"),
        FieldPanel("actions"),
        FieldPanel("body"),
    ]

    parent_page_types = ["pages.ProgrammeLineIndexPage"]
    subpage_types = []
    template = "pages/programme_line_page.html"

    class Meta:
        verbose_name = _("programme line")
        verbose_name_plural = _("programme lines")

    def __str__(self):
        return f"{self.number}. {self.title}"

    # The page's own route, by name: factsheets/routing.py serves <this URL>factsheet.pdf.
    @path("")
    def programme_line(self, request):
        return self.render(request)

    def related_instruments(self):
        from pages.models.instrument import InstrumentPage

        # Relations are stored against the source-language pages; match on
        # translation_key so the English page finds the English instruments.
        return (
            InstrumentPage.objects.live()
            .public()
            .filter(locale_id=self.locale_id, programme_lines__translation_key=self.translation_key)
            .distinct()
            .order_by("path")
        )

    def related_articles(self, limit=6):
        from pages.models.knowledge import KnowledgeArticlePage

        return (
            KnowledgeArticlePage.objects.live()
            .public()
            .filter(locale_id=self.locale_id, programme_line__number=self.number)
            .order_by("-publication_date")[:limit]
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["related_instruments"] = self.related_instruments()
        context["related_articles"] = self.related_articles()
        return context
