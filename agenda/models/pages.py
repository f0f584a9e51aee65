"""The agenda's two page types: the index (listing, feeds, calendar subscription) and one page
per event. An event page's routes, registration state and schema.org data are mixins of their
own (routes.py, registration_state.py, schema_org.py)."""

import hashlib
import json
from urllib.parse import urlencode

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from agenda.blocks import ScheduleBlock, SpeakersBlock
from agenda.choices import EventType
from agenda.conf import EVENT_TIME_ZONE
from agenda.models.querysets import EventPageManager
from agenda.models.registration_state import RegistrationStateMixin
from agenda.models.routes import EventRoutesMixin, file_route_url, webcal_url
from agenda.models.schema_org import EventSchemaOrgMixin
from cms.querystring import clean_text
from cms.site_url import absolute_url
from pages.blocks import RICH_TEXT_FEATURES, AttachmentsBlock, BodyBlock
from pages.choices import AudienceChoices
from pages.filters import filter_by_line_and_audience
from pages.models.base import SitePage


class EventIndexPage(RoutablePageMixin, SitePage):
    """The events overview: upcoming and past events, filters, RSS/Atom and calendar feeds."""

    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("privacy statement"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Linked from the consent text of every registration form."),
    )

    per_page = 10

    content_panels = SitePage.content_panels + [FieldPanel("privacy_page")]

    parent_page_types = ["pages.HomePage"]
    subpage_types = ["events.EventPage"]
    template = "agenda/event_index_page.html"
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("event index")
        verbose_name_plural = _("event indexes")

    # --- routes -------------------------------------------------------------------------

    @path("feed.ics/", name="calendar_feed")
    def calendar_feed(self, request):
        from agenda import views

        return views.index_calendar(request, self)

    @path("feed.rss/", name="rss_feed")
    def rss_feed(self, request):
        from agenda import views

        return views.index_feed(request, self, "rss")

    @path("feed.atom/", name="atom_feed")
    def atom_feed(self, request):
        from agenda import views

        return views.index_feed(request, self, "atom")

    def feed_url(self, name: str, request=None) -> str | None:
        return file_route_url(self.get_url(request), self.reverse_subpage(name))

    # --- listing ------------------------------------------------------------------------

    def events(self):
        return EventPage.objects.child_of(self).live().public()

    def filter_events(self, params):
        """Apply the visitor's filters; unknown values filter to nothing rather than fail."""
        events = self.events()
        selected = {"soort": "", "programmalijn": "", "doelgroep": ""}

        kind = clean_text(params.get("soort", ""), 40)
        if kind:
            if kind in EventType.values:
                events = events.filter(event_type=kind)
                selected["soort"] = kind
            else:
                events = events.none()

        events = filter_by_line_and_audience(events, params, selected)
        return events.distinct(), selected

    def localized_privacy_page(self):
        """The privacy statement in this index's language, or the site's page with slug privacy."""
        from pages.models import ContentPage

        page = self.privacy_page
        if page is not None:
            page = page.localized
            return page if page.live else None
        home = self.get_parent()
        return ContentPage.objects.child_of(home).live().filter(slug="privacy").first()

    def get_context(self, request, *args, **kwargs):
        from cms.pagination import paginate
        from pages.models import ProgrammeLinePage

        context = super().get_context(request, *args, **kwargs)
        events, selected = self.filter_events(request.GET)
        from agenda.listings import with_registration_states

        upcoming = paginate(request, events.upcoming(), self.per_page, "page")
        upcoming.object_list = with_registration_states(upcoming.object_list)
        past = paginate(request, events.past(), self.per_page, "page_past")
        # Feeds carry the active filters, so "subscribe" gives what the visitor is looking at.
        query = urlencode({key: value for key, value in selected.items() if value})
        query = f"?{query}" if query else ""
        ics_url = (self.feed_url("calendar_feed", request) or "") + query
        context.update(
            {
                "ics_url": ics_url,
                "webcal_url": webcal_url(absolute_url(ics_url, request)),
                "rss_url": (self.feed_url("rss_feed", request) or "") + query,
                "atom_url": (self.feed_url("atom_feed", request) or "") + query,
                "upcoming_page": upcoming,
                "past_page": past,
                "selected": selected,
                "is_filtered": any(selected.values()),
                "event_types": EventType.choices,
                "audiences": AudienceChoices.choices,
                "programme_lines": ProgrammeLinePage.objects.live()
                .filter(locale_id=self.locale_id)
                .order_by("number"),
            }
        )
        return context


class EventPage(EventRoutesMixin, RegistrationStateMixin, EventSchemaOrgMixin, SitePage):
    """A network day, session, IBT knowledge session (kennisdelingsbijeenkomst) or webinar
    that people can register for."""

    event_type = models.CharField(
        _("type"), max_length=20, choices=EventType.choices, default=EventType.NETWORK_DAY
    )
    start = models.DateTimeField(
        _("start"), help_text=_("Date and time in Dutch time (Europe/Amsterdam).")
    )
    end = models.DateTimeField(_("end"), help_text=_("Date and time in Dutch time."))
    location_name = models.CharField(
        _("venue"),
        max_length=200,
        blank=True,
        help_text=_("For example 'Provinciehuis, Statenzaal'. Leave empty for an online event."),
    )
    address = models.TextField(_("address"), blank=True)
    online_url = models.URLField(
        _("online meeting link"),
        max_length=500,
        blank=True,
        help_text=_(
            "Only for registrants: sent in their confirmation email and shown on their personal "
            "registration page, never on the public page or in public calendars."
        ),
    )
    audiences = ParentalManyToManyField(
        "pages.Audience", blank=True, verbose_name=_("audiences"), related_name="+"
    )
    programme_line = models.ForeignKey(
        "pages.ProgrammeLinePage",
        verbose_name=_("programme line"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    regions = ParentalManyToManyField(
        "registers.Region",
        blank=True,
        verbose_name=_("regions"),
        related_name="+",
        help_text=_(
            "The regions the event is meant for, e.g. a regional IBT knowledge session. The "
            "event is then listed on the pages of the municipalities in those regions."
        ),
    )
    organiser_name = models.CharField(
        _("organiser"), max_length=200, help_text=_("Name or team, shown on the page.")
    )
    organiser_users = ParentalManyToManyField(
        settings.AUTH_USER_MODEL,
        blank=True,
        related_name="organised_events",
        verbose_name=_("organisers who see registrations"),
        help_text=_(
            "These users, and the page's owner, see and export the registrations in the admin."
        ),
    )
    capacity = models.PositiveIntegerField(
        _("capacity"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1)],
        help_text=_("Number of places. Leave empty for no limit."),
    )
    waiting_list = models.BooleanField(
        _("waiting list"),
        default=True,
        help_text=_(
            "When the event is full, new registrations join a waiting list and move up "
            "automatically (with an email) when someone cancels."
        ),
    )
    registration_deadline = models.DateTimeField(
        _("registration deadline"),
        null=True,
        blank=True,
        help_text=_("Leave empty to accept registrations until the start."),
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("description"))
    programme = StreamField(ScheduleBlock(), blank=True, verbose_name=_("programme"))
    speakers = StreamField(SpeakersBlock(), blank=True, verbose_name=_("speakers"))
    presentations = StreamField(
        AttachmentsBlock(),
        blank=True,
        verbose_name=_("presentations"),
        help_text=_("Slides and other documents, added after the event."),
    )
    report = RichTextField(
        _("report"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("What was discussed and agreed, written after the event."),
    )
    cancelled = models.BooleanField(
        _("cancelled"),
        default=False,
        help_text=_(
            "Publishing a cancelled event emails everyone registered and marks the event as "
            "cancelled in their calendars."
        ),
    )
    cancellation_note = models.TextField(
        _("cancellation note"), blank=True, help_text=_("Why, and whether a new date follows.")
    )

    # Calendar bookkeeping, kept off revisions (see with_content_json).
    ical_sequence = models.PositiveIntegerField(_("calendar sequence"), default=0, editable=False)
    schedule_fingerprint = models.CharField(max_length=64, blank=True, editable=False)
    cancellation_notified_at = models.DateTimeField(null=True, blank=True, editable=False)

    objects = EventPageManager()

    search_fields = SitePage.search_fields + [
        index.SearchField("body"),
        index.SearchField("programme"),
        index.SearchField("speakers"),
        index.SearchField("organiser_name"),
        index.SearchField("location_name"),
        index.SearchField("report"),
        index.FilterField("start"),
        index.FilterField("end"),
        index.FilterField("event_type"),
        index.FilterField("cancelled"),
    ]
    content_panels = SitePage.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("event_type"),
                FieldPanel("start"),
                FieldPanel("end"),
                FieldPanel("cancelled"),
                FieldPanel("cancellation_note"),
            ],
            heading=_("When"),
        ),
        MultiFieldPanel(
            [FieldPanel("location_name"), FieldPanel("address"), FieldPanel("online_url")],
            heading=_("Where"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("organiser_name"),
                FieldPanel("organiser_users"),
                FieldPanel("programme_line"),
                FieldPanel("audiences", widget=forms.CheckboxSelectMultiple),
                FieldPanel("regions"),
            ],
            heading=_("Organiser and audience"),
        ),
        FieldPanel("body"),
        FieldPanel("programme"),
        FieldPanel("speakers"),
        MultiFieldPanel(
            [
                FieldPanel("capacity"),
                FieldPanel("waiting_list"),
                FieldPanel("registration_deadline"),
            ],
            heading=_("Registration"),
        ),
        MultiFieldPanel(
            [FieldPanel("report"), FieldPanel("presentations")], heading=_("Afterwards")
        ),
    ]

    # An address is the same in every language; wagtail-localize would offer it for translation.
    override_translatable_fields = [SynchronizedField("address")]

    parent_page_types = ["events.EventIndexPage"]
    subpage_types = []
    template = "agenda/event_page.html"
    schema_org_type = "Event"

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    def clean(self):
        super().clean()
        errors = {}
        if self.start and self.end and self.end <= self.start:
            errors["end"] = _("The end must be after the start.")
        if self.start and self.registration_deadline and self.registration_deadline > self.start:
            errors["registration_deadline"] = _("The deadline cannot be after the start.")
        if errors:
            raise ValidationError(errors)

    def with_content_json(self, content):
        # The calendar sequence belongs to the live page, not to a revision: publishing an
        # older draft must never lower it, or calendar clients would ignore the update.
        obj = super().with_content_json(content)
        obj.ical_sequence = self.ical_sequence
        obj.schedule_fingerprint = self.schedule_fingerprint
        obj.cancellation_notified_at = self.cancellation_notified_at
        return obj

    # --- derived state (compared with timezone.now() so tests can freeze time) -----------

    @property
    def has_started(self) -> bool:
        return self.start <= timezone.now()

    @property
    def is_past(self) -> bool:
        return self.end < timezone.now()

    @property
    def is_upcoming(self) -> bool:
        """Not over yet: listings show an event under way among the upcoming ones."""
        return not self.is_past

    @property
    def event_state(self) -> str:
        """One of "cancelled", "past", "ongoing" or "upcoming"."""
        if self.cancelled:
            return "cancelled"
        if self.is_past:
            return "past"
        if self.has_started:
            return "ongoing"
        return "upcoming"

    @property
    def local_start(self):
        return timezone.localtime(self.start, EVENT_TIME_ZONE)

    @property
    def local_end(self):
        return timezone.localtime(self.end, EVENT_TIME_ZONE)

    def schedule_signature(self) -> str:
        """A digest of what makes a calendar entry change (RFC 5545 SEQUENCE)."""
        data = [
            self.start.isoformat() if self.start else "",
            self.end.isoformat() if self.end else "",
            self.location_name,
            self.address,
            self.online_url,
            self.cancelled,
        ]
        return hashlib.sha256(json.dumps(data, default=str).encode()).hexdigest()

    def localized_programme_line(self):
        if self.programme_line is None:
            return None
        line = self.programme_line.localized
        return line if line.live else None

    def event_index(self):
        return EventIndexPage.objects.filter(pk=self.get_parent().pk).first()

    def get_context(self, request, *args, **kwargs):
        from agenda.conf import retention_days
        from agenda.forms import RegistrationForm

        context = super().get_context(request, *args, **kwargs)
        index = self.event_index()
        context.setdefault("form", RegistrationForm())
        context.update(
            {
                "event_index": index,
                "registration_state": self.registration_state,
                "seats_left": self.seats_left(),
                "privacy_page": index.localized_privacy_page() if index else None,
                "programme_line": self.localized_programme_line(),
                "calendar_url": self.route_url("calendar", request=request),
                "register_url": self.route_url("register", request=request),
                "retention_days": retention_days(),
            }
        )
        if index is not None:
            feed = index.feed_url("calendar_feed", request=request)
            context["webcal_url"] = webcal_url(absolute_url(feed, request)) if feed else None
        return context
