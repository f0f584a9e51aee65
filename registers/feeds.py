"""Atom and RSS feeds of published register changes (issue 18, "following"): one partnership's
changes, the changes of the partnerships an organisation takes part in, and the changes of
the partnerships of any register selection (the register's own query string).

Items come from the public change history (registers/history.py): published revisions only,
old → new per public field, participants who joined or left. Work per request is bounded: one
partnership's history is capped by history.MAX_ENTRIES, an organisation's feed reads the
histories of at most MAX_PARTNERSHIPS of its most recently published partnerships.

Higher apps add items of their own to an organisation's feed (the dossiers app: account
holders and toezicht judgements changed) through `register_organisation_items()`: a provider
takes the organisation and returns at most MAX_ITEMS `FeedItem`s, newest first.
"""

from dataclasses import dataclass

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.http import urlencode
from django.utils.text import capfirst
from django.utils.translation import gettext as _

from cms.site_url import absolute_url
from registers import history
from registers.models import Partnership

MAX_ITEMS = 30
MAX_PARTNERSHIPS = 10


@dataclass(frozen=True)
class FeedItem:
    """An item a higher app adds to an organisation's feed; it links to the organisation."""

    title: str
    description: str
    date: object  # an aware datetime
    guid: str


_organisation_item_providers = {}


def register_organisation_items(key: str, provider) -> None:
    """Add (or replace, by key) a provider of extra items for organisation feeds."""
    _organisation_item_providers[key] = provider


def _own_change(organisation, entry) -> FeedItem:
    """A published change of the organisation itself (registers/history.py)."""
    lines = [f"{capfirst(c['label'])}: {c['old']} → {c['new']}" for c in entry["fields"]]
    if entry["via_import"]:
        lines.append(_("via import %(source)s") % {"source": entry["via_import"]})
    return FeedItem(
        title=f"{organisation.name}: "
        + _("changed: %(what)s") % {"what": ", ".join(c["label"] for c in entry["fields"])},
        description="\n".join(lines),
        date=entry["date"],
        guid=f"organisation-{organisation.pk}-{entry['date'].isoformat()}",
    )


def organisation_items(organisation) -> list:
    return [
        item
        for provider in _organisation_item_providers.values()
        for item in provider(organisation)[:MAX_ITEMS]
    ]


def describe(entry) -> str:
    """The change as plain lines: what a reader of the feed sees."""
    lines = []
    if entry["added"]:
        lines.append(_("Added to the register"))
    for change in entry["fields"]:
        lines.append(f"{capfirst(change['label'])}: {change['old']} → {change['new']}")
    if entry["joined"]:
        lines.append(f"{_('Joined')}: {', '.join(entry['joined'])}")
    if entry["left"]:
        lines.append(f"{_('Left')}: {', '.join(entry['left'])}")
    if entry.get("via_import"):
        lines.append(_("via import %(source)s") % {"source": entry["via_import"]})
    return "\n".join(lines)


def summary(entry) -> str:
    """A title for one change: what kind of change, in a few words."""
    if entry["added"]:
        return _("added to the register")
    parts = [change["label"] for change in entry["fields"]]
    if entry["joined"]:
        parts.append(_("participants joined"))
    if entry["left"]:
        parts.append(_("participants left"))
    return _("changed: %(what)s") % {"what": ", ".join(parts)}


# The items of each feed, newest first: (partnership, history entry) pairs and FeedItems. The
# feeds below and the e-mail digests of the subscriptions app read the same items, so a mail
# names what the feed names.


def item_date(item):
    return item.date if isinstance(item, FeedItem) else item[1]["date"]


def partnership_changes(partnership) -> list:
    return [(partnership, entry) for entry in history.public_changes(partnership)]


def organisation_changes(organisation) -> list:
    partnerships = (
        Partnership.objects.public()
        .filter(memberships__organisation=organisation)
        .distinct()
        .order_by("-last_published_at", "pk")[:MAX_PARTNERSHIPS]
    )
    items = [
        (partnership, entry)
        for partnership in partnerships
        for entry in history.public_changes(partnership)
    ]
    items += organisation_items(organisation)
    items += [
        _own_change(organisation, entry) for entry in history.organisation_changes(organisation)
    ]
    items.sort(key=item_date, reverse=True)
    return items[:MAX_ITEMS]


def selection_changes(query) -> list:
    """The changes of the MAX_PARTNERSHIPS most recently published partnerships of a
    selection (a registers.search.RegisterQuery)."""
    from registers.search import search_register

    result = search_register(query, with_facets=False)
    partnerships = result.partnerships.order_by("-last_published_at", "pk")[:MAX_PARTNERSHIPS]
    items = [
        (partnership, entry)
        for partnership in partnerships
        for entry in history.public_changes(partnership)
    ]
    items.sort(key=item_date, reverse=True)
    return items[:MAX_ITEMS]


class _ChangesFeed(Feed):
    feed_type = Rss201rev2Feed
    item_guid_is_permalink = False

    def get_object(self, request, page, subject):
        self.request, self.page, self.subject = request, page, subject
        return subject

    def feed_url(self, subject):
        return absolute_url(self.request.path, self.request)

    def item_title(self, item):
        if isinstance(item, FeedItem):
            return item.title
        partnership, entry = item
        return f"{partnership.name}: {summary(entry)}"

    def item_description(self, item):
        if isinstance(item, FeedItem):
            return item.description
        return describe(item[1])

    def item_link(self, item):
        if isinstance(item, FeedItem):
            return self.link(self.subject)
        partnership = item[0]
        return absolute_url(self.page.partnership_url(partnership, self.request), self.request)

    def item_guid(self, item):
        if isinstance(item, FeedItem):
            return item.guid
        partnership, entry = item
        return f"partnership-{partnership.pk}-{entry['date'].isoformat()}"

    def item_pubdate(self, item):
        if isinstance(item, FeedItem):
            return item.date
        return item[1]["date"]


class PartnershipChangesFeed(_ChangesFeed):
    def title(self, partnership):
        return _("Changes to %(name)s") % {"name": partnership.name}

    def link(self, partnership):
        return absolute_url(self.page.partnership_url(partnership, self.request), self.request)

    def description(self, partnership):
        return _("Published changes to this entry in the register of partnerships.")

    subtitle = description

    def items(self, partnership):
        return partnership_changes(partnership)


class OrganisationChangesFeed(_ChangesFeed):
    def title(self, organisation):
        return _("Changes to the partnerships of %(name)s") % {"name": organisation.name}

    def link(self, organisation):
        return absolute_url(self.page.organisation_url(organisation, self.request), self.request)

    def description(self, organisation):
        return _(
            "Published changes to the partnerships this organisation takes part in "
            "(or took part in), and to its dossier at the province."
        )

    subtitle = description

    def items(self, organisation):
        return organisation_changes(organisation)


class PartnershipChangesAtom(PartnershipChangesFeed):
    feed_type = Atom1Feed


class OrganisationChangesAtom(OrganisationChangesFeed):
    feed_type = Atom1Feed


class SelectionChangesFeed(_ChangesFeed):
    """The changes of the partnerships of any register selection (…/register/feed.atom?<the
    register's query>): the histories of at most MAX_PARTNERSHIPS of the selection's most
    recently published partnerships, so a broad selection costs no more than a narrow one."""

    def title(self, query):
        if not query.as_params():
            return _("Changes in the register of partnerships")
        return _("Changes in a selection of the register of partnerships")

    def link(self, query):
        params = query.as_params()
        suffix = f"?{urlencode(params)}" if params else ""
        return absolute_url(f"{self.page.get_url(self.request)}{suffix}", self.request)

    def feed_url(self, query):
        return absolute_url(self.request.get_full_path(), self.request)

    def description(self, query):
        return _("Published changes to the partnerships in this selection of the register.")

    subtitle = description

    def items(self, query):
        return selection_changes(query)


class SelectionChangesAtom(SelectionChangesFeed):
    feed_type = Atom1Feed


FEEDS = {
    "partnership": {"rss": PartnershipChangesFeed, "atom": PartnershipChangesAtom},
    "organisation": {"rss": OrganisationChangesFeed, "atom": OrganisationChangesAtom},
    "selection": {"rss": SelectionChangesFeed, "atom": SelectionChangesAtom},
}
