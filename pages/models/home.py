from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from pages.blocks import BodyBlock
from pages.models.base import SitePage


class HomePage(SitePage):
    """The start page of one language tree: programme lines, news from the knowledge base,
    upcoming events and the way into the register. The events and the register page come
    from their own apps' template tags (agenda_tags, register_tags): pages sits below both."""

    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))
    register_teaser_title = models.CharField(_("register teaser title"), max_length=120, blank=True)
    register_teaser_text = models.TextField(
        _("register teaser text"),
        blank=True,
        help_text=_("Invites visitors to search the register of partnerships."),
    )

    search_fields = SitePage.search_fields + [index.SearchField("body")]
    content_panels = SitePage.content_panels + [
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("register_teaser_title"), FieldPanel("register_teaser_text")],
            heading=_("Register teaser"),
        ),
    ]

    parent_page_types = ["wagtailcore.Page"]
    template = "pages/home_page.html"
    schema_org_type = "WebSite"

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def programme_lines(self):
        from pages.models.programme import ProgrammeLinePage

        return ProgrammeLinePage.objects.live().public().descendant_of(self).order_by("number")

    def latest_articles(self, limit=3):
        from pages.models.knowledge import KnowledgeArticlePage

        return (
            KnowledgeArticlePage.objects.live()
            .public()
            .descendant_of(self)
            .order_by("-publication_date", "-pk")[:limit]
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["programme_lines"] = self.programme_lines()
        context["latest_articles"] = self.latest_articles()
        return context
