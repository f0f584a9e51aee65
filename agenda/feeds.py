"""RSS and Atom feeds of an event index (Django syndication), with the index's filters."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import gettext as _

from agenda.formatting import format_when, format_where

MAX_ITEMS = 50


class EventFeed(Feed):
    feed_type = Rss201rev2Feed

    def get_object(self, request, index):
        self.request = request
        return index

    def title(self, index):
        return index.title

    def link(self, index):
        return index.get_url(self.request)

    def description(self, index):
        return index.intro or _("Network days, sessions and knowledge sessions.")

    subtitle = description

    def feed_url(self, index):
        return self.request.get_full_path()

    def items(self, index):
        events, _selected = index.filter_events(self.request.GET)
        return events.upcoming()[:MAX_ITEMS]

    def item_title(self, item):
        if item.cancelled:
            return _("Cancelled: %(title)s") % {"title": item.title}
        return item.title

    def item_description(self, item):
        lines = [format_when(item.start, item.end)]
        where = format_where(item)
        if where:
            lines.append(where)
        if item.intro:
            lines.append(item.intro)
        return "\n".join(lines)

    def item_link(self, item):
        return item.get_url(self.request)

    def item_guid(self, item):
        return f"event-{item.translation_key}"

    item_guid_is_permalink = False

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at

    def item_categories(self, item):
        return [str(item.get_event_type_display())]


class EventAtomFeed(EventFeed):
    feed_type = Atom1Feed


FEEDS = {"rss": EventFeed, "atom": EventAtomFeed}
