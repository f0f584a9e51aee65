"""RSS and Atom feeds of the Belangenbehartiging index (Django syndication), with the index's
filters: a visitor follows what they are looking at. Bounded to FEED_ITEMS dossiers."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import gettext as _

from cms.site_url import absolute_url
from dossiers.models.lobby import FEED_ITEMS


class DossierFeed(Feed):
    feed_type = Rss201rev2Feed
    item_guid_is_permalink = False

    def get_object(self, request, index):
        self.request = request
        return index

    def title(self, index):
        return index.title

    def link(self, index):
        return absolute_url(index.get_url(self.request), self.request)

    def description(self, index):
        return index.intro or _("The province's Belangenbehartiging dossiers.")

    subtitle = description

    def feed_url(self, index):
        return absolute_url(self.request.get_full_path(), self.request)

    def items(self, index):
        dossiers, _selected, _invalid = index.filter_dossiers(self.request.GET)
        return dossiers[:FEED_ITEMS]

    def item_title(self, item):
        return f"{item.title} ({item.get_status_display()})"

    def item_description(self, item):
        lines = [item.subject]
        if item.counterpart_name:
            lines.append(_("Counterpart: %(name)s") % {"name": item.counterpart_name})
        entries = item.timeline_entries()
        if entries:
            latest = entries[0]
            lines.append(f"{latest['date']:%Y-%m-%d}: {latest['event']}")
        if item.intro:
            lines.append(item.intro)
        return "\n".join(lines)

    def item_link(self, item):
        return absolute_url(item.get_url(self.request), self.request)

    def item_guid(self, item):
        return f"belangenbehartiging-{item.translation_key}-{item.last_published_at:%Y%m%d%H%M%S}"

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at

    def item_categories(self, item):
        return [str(item.get_status_display()), str(item.get_counterpart_display())]


class DossierAtomFeed(DossierFeed):
    feed_type = Atom1Feed


FEEDS = {"rss": DossierFeed, "atom": DossierAtomFeed}
