"""Which events: upcoming, past, not cancelled, of a programme line."""

from django.utils import timezone

from wagtail.models import PageManager, PageQuerySet


class EventPageQuerySet(PageQuerySet):
    def upcoming(self):
        """Events that have not ended yet (so also those under way), soonest first."""
        return self.filter(end__gte=timezone.now()).order_by("start", "pk")

    def past(self):
        return self.filter(end__lt=timezone.now()).order_by("-start", "-pk")

    def not_cancelled(self):
        return self.filter(cancelled=False)

    def of_programme_line(self, line):
        """Events of a programme line, in the language of `line`."""
        # Events point at a programme line page in either language (the link is synchronised
        # between translations), so match on translation_key.
        return self.filter(
            locale_id=line.locale_id, programme_line__translation_key=line.translation_key
        )


EventPageManager = PageManager.from_queryset(EventPageQuerySet)
