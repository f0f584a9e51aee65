from collections import defaultdict

from django.conf import settings

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class LocalisedSitemap(Sitemap):
    """Wagtail's sitemap covers only the default site's root; ours lists every language tree.

    Untranslated aliases are left out: they repeat the Dutch page under an English URL. Each
    page lists its translations as hreflang alternates (x-default: the Dutch page), all with
    the Site record's host and port like every other absolute URL.
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
            .select_related("locale")
            .specific()
        )

    def _urls(self, page, protocol, domain):
        pages = list(self.paginator.page(page).object_list)
        versions = defaultdict(list)
        for item in pages:
            versions[item.translation_key].append((item.locale.language_code, item))
        urls, last_mods = [], set()
        for item in pages:
            for number, url_info in enumerate(item.get_sitemap_urls(self.request)):
                # The first entry is the page itself; further ones are its routes
                # (the register's partnerships), which have no translation map here.
                if number == 0 and len(versions[item.translation_key]) > 1:
                    url_info["alternates"] = self._alternates(versions[item.translation_key])
                urls.append(url_info)
                last_mods.add(url_info.get("lastmod"))
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls

    def _alternates(self, versions):
        alternates = [
            {"lang_code": code, "location": page.get_full_url(self.request)}
            for code, page in sorted(versions, key=lambda version: version[0])
        ]
        default = next((a for a in alternates if a["lang_code"] == settings.LANGUAGE_CODE), None)
        if default is not None:
            alternates.append({"lang_code": "x-default", "location": default["location"]})
        return alternates
