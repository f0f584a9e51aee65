from django.db import models
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.models import Page
from wagtail.search import index

from pages.forms import SitePageForm
from pages.translation_rules import check_may_go_live
from pages.workflow import ReviewersEditIsApproved


class SitePage(ReviewersEditIsApproved, Page):
    """Fields and behaviour every public page type shares."""

    intro = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_(
            "One or two sentences shown under the title, in listings and in search results."
        ),
    )

    search_fields = Page.search_fields + [
        index.SearchField("intro", boost=2),
        index.AutocompleteField("intro"),
    ]

    content_panels = Page.content_panels + [FieldPanel("intro")]
    base_form_class = SitePageForm

    # schema.org type for the page's JSON-LD; subclasses refine it.
    schema_org_type = "WebPage"

    class Meta:
        abstract = True

    def publish(self, revision, *args, **kwargs):
        # Every route to "live" except the editor's Publish button comes through here (that
        # one is refused by the before_publish_page hook in pages/wagtail_hooks.py).
        check_may_go_live(self)
        return super().publish(revision, *args, **kwargs)

    @classmethod
    def get_indexed_objects(cls):
        # A rebuild (manage.py update_index) must not put drafts in the index either.
        return super().get_indexed_objects().filter(live=True)

    @property
    def meta_description(self) -> str:
        return self.search_description or Truncator(self.intro).chars(160)

    @property
    def is_untranslated(self) -> bool:
        """True when this page is an alias of a page in another language.

        wagtail-localize keeps the English tree in sync by creating such aliases; until
        an editor translates one, it shows the Dutch text and says so.
        """
        return bool(self.alias_of_id) and self.alias_of.locale_id != self.locale_id

    @property
    def content_language(self) -> str:
        if self.is_untranslated:
            return self.alias_of.locale.language_code
        return self.locale.language_code

    def get_schema_org(self, request=None) -> dict:
        data = {
            "@context": "https://schema.org",
            "@type": self.schema_org_type,
            "name": self.seo_title or self.title,
            "url": self.get_full_url(request),
            "inLanguage": self.content_language,
        }
        if self.meta_description:
            data["description"] = self.meta_description
        if self.last_published_at:
            data["dateModified"] = self.last_published_at.isoformat()
        return data
