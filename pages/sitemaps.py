from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class LocalisedSitemap(Sitemap):
    """Wagtail's sitemap covers only the default site's root; ours lists every language tree.

    Untranslated aliases are left out: they repeat the Dutch page under an English URL.
    """

    def items(self):
        root = self.get_wagtail_site().root_page
        trees = root.get_translations(inclusive=True)
        pages = Page.objects.none()
        for tree_root in trees:
            pages |= Page.objects.descendant_of(tree_root, inclusive=True)
        return (
            pages.live()
            .public()
            .filter(alias_of__isnull=True)
            .order_by("path")
            .defer_streamfields()
            .specific()
        )
