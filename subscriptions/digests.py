"""The digest of register changes per address (manage.py send_register_digests).

Per confirmed subscription of one frequency: the items of its feed (registers/feeds.py, the
same changes the Atom/RSS feeds show: field old → new, participants joined or left, entries
added) dated after its watermark. All subscriptions of one address go into ONE mail, in the
language of the address's most recent subscription; nothing is sent when nothing changed;
the watermark moves on only after the mail was sent.

Work is bounded. Each thing followed is read once per run and language, however many
addresses follow it (a feed reads at most registers.feeds.MAX_PARTNERSHIPS histories), so the
queries grow with the number of distinct things followed, not with the subscriptions; per
mail there is one UPDATE. A section shows at most SUBSCRIPTIONS_MAX_ITEMS changes, then
"and N more" with a link to the page; an address follows at most
SUBSCRIPTIONS_MAX_PER_ADDRESS things.

Changes are dated as in the feeds, by when they were published (registers/history.py): a
draft saved before the last digest and approved after it is in the next digest.
"""

import logging
from dataclasses import dataclass, field
from datetime import timedelta
from itertools import groupby

from django.utils import timezone, translation

from cms.site_url import absolute_url, site_root_url
from registers import feeds
from subscriptions import conf, links, targets
from subscriptions.emails import digest_email, site_name
from subscriptions.models import Subscription

logger = logging.getLogger(__name__)


@dataclass
class Item:
    title: str
    lines: list
    url: str
    date: object


@dataclass
class Section:
    subscription: Subscription
    name: str
    url: str
    unsubscribe_url: str
    items: list = field(default_factory=list)
    more: int = 0


@dataclass
class Outcome:
    mails: int = 0
    subscriptions: int = 0  # subscriptions reported in the mails sent
    unchanged: int = 0  # subscriptions without changes since their last digest
    failed: int = 0  # mails the mail server refused (sent again next run)


def _item(feed_item, page, section_url) -> Item:
    if isinstance(feed_item, feeds.FeedItem):
        return Item(
            feed_item.title, feed_item.description.splitlines(), section_url, feed_item.date
        )
    partnership, entry = feed_item
    url = absolute_url(page.partnership_url(partnership)) if page is not None else section_url
    return Item(
        f"{partnership.name}: {feeds.summary(entry)}",
        feeds.describe(entry).splitlines(),
        url,
        entry["date"],
    )


class _Reader:
    """What a run reads once and reuses: per language the register page, the site's root
    URL and name; per thing followed and language its feed items and page URL."""

    def __init__(self):
        self.items, self.urls, self.names, self.languages = {}, {}, {}, {}

    def language(self, language):
        if language not in self.languages:
            page = targets.register_page(language)
            self.languages[language] = (page, site_root_url(), site_name(page))
        return self.languages[language]

    def section(self, subscription, language) -> Section:
        page, root, _name = self.language(language)
        key = (subscription.target_key, language)
        if key not in self.items:
            url = targets.page_url(subscription, page)
            self.urls[key] = url
            self.names[key] = targets.name(subscription)
            self.items[key] = [_item(i, page, url) for i in targets.items(subscription)]
        since = subscription.watermark or subscription.confirmed_at
        new = [item for item in self.items[key] if item.date > since]
        cap = conf.max_items()
        return Section(
            subscription=subscription,
            name=self.names[key],
            url=self.urls[key],
            unsubscribe_url=links.unsubscribe_url(subscription, root),
            items=new[:cap],
            more=max(0, len(new) - cap),
        )

    def email(self, email, language, sections):
        _page, root, name = self.language(language)
        manage = links.manage_url(sections[0].subscription, root)
        return digest_email(email, language, sections, manage=manage, site_name=name)


def due(frequency: str):
    return (
        Subscription.objects.filter(frequency=frequency, confirmed_at__isnull=False)
        .select_related("partnership", "organisation")
        .order_by("email", "pk")
    )


def send_digests(frequency: str, *, now=None) -> Outcome:
    now = now or timezone.now()
    outcome, reader = Outcome(), _Reader()
    for email, group in groupby(due(frequency).iterator(chunk_size=500), key=lambda s: s.email):
        subscriptions = list(group)[: conf.max_per_address()]
        language = max(subscriptions, key=lambda s: (s.created_at, s.pk)).language
        with translation.override(language):
            sections = [reader.section(s, language) for s in subscriptions]
        changed = [s for s in sections if s.items or s.more]
        outcome.unchanged += len(sections) - len(changed)
        if not changed:
            continue
        message = reader.email(email, language, changed)
        try:
            message.send()
        except Exception:
            logger.exception("Could not send a register digest (%s subscriptions)", len(changed))
            outcome.failed += 1
            continue
        newest = max(item.date for s in changed for item in s.items)
        Subscription.objects.filter(pk__in=[s.subscription.pk for s in changed]).update(
            watermark=max(now, newest), last_sent_at=now
        )
        outcome.mails += 1
        outcome.subscriptions += len(changed)
    return outcome


def purge_unconfirmed(*, now=None) -> int:
    """Delete requests not confirmed within SUBSCRIPTIONS_UNCONFIRMED_DAYS."""
    now = now or timezone.now()
    cutoff = now - timedelta(days=conf.unconfirmed_days())
    deleted, _ = Subscription.objects.filter(
        confirmed_at__isnull=True, created_at__lt=cutoff
    ).delete()
    return deleted
