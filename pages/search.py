"""What the site's pages bring to site search (search/sources.py): live, public pages in
the visitor's language, each shown as its own page type.

Registered by PagesConfig.ready().
"""

from django.db.models import Count, Max

from wagtail.models import Page

from search.sources import ResultType, SearchSource

PAGE_TEMPLATE = "search/results/page.html"


class PageSource(SearchSource):
    model = Page

    def visible(self, locale):
        return Page.objects.live().public().filter(locale=locale)

    def result_type(self, obj):
        model = obj.specific_class or Page
        return ResultType(model._meta.model_name, model._meta.verbose_name, PAGE_TEMPLATE)

    def title(self, obj):
        return obj.title

    def describe(self, hits, request):
        for hit in hits:
            page = hit.object = hit.object.specific
            hit.url = page.get_url(request) or ""
            hit.text = (
                getattr(page, "search_description", "")
                or getattr(page, "intro", "")
                or getattr(page, "summary", "")
            )

    def vocabulary(self):
        return list(Page.objects.live().values_list("title", flat=True))

    def english_vocabulary(self):
        return list(
            Page.objects.live().filter(locale__language_code="en").values_list("title", flat=True)
        )

    def vocabulary_fingerprint(self):
        latest = Page.objects.live().aggregate(n=Count("pk"), last=Max("last_published_at"))
        return list(latest.values())
