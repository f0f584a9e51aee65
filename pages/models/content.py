from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from pages.blocks import BodyBlock
from pages.models.base import SitePage


class ContentPage(SitePage):
    """A plain page: about, contact, the accessibility and privacy statements."""

    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    search_fields = SitePage.search_fields + [index.SearchField("body")]
    content_panels = SitePage.content_panels + [FieldPanel("body")]

    parent_page_types = ["pages.HomePage", "pages.ContentPage"]
    subpage_types = ["pages.ContentPage"]
    template = "pages/content_page.html"

    class Meta:
        verbose_name = _("content page")
        verbose_name_plural = _("content pages")
