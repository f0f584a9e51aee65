import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from agenda.choices import ACTIVE_STATUSES, RegistrationStatus
from agenda.tokens import make_token


class RegistrationQuerySet(models.QuerySet):
    def active(self):
        return self.filter(status__in=ACTIVE_STATUSES)

    def confirmed(self):
        return self.filter(status=RegistrationStatus.CONFIRMED)

    def waitlisted(self):
        return self.filter(status=RegistrationStatus.WAITLISTED)

    def not_anonymised(self):
        return self.filter(anonymised_at__isnull=True)

    def visible_to(self, user):
        """Registrations a user may see: all for superusers, otherwise those of events the
        user organises (listed as organiser, or owner of the page holding registrations)."""
        from agenda.models.pages import EventPage

        if not user.is_active:
            return self.none()
        if user.is_superuser:
            return self
        own_events = EventPage.objects.filter(Q(organiser_users=user) | Q(owner=user))
        return self.filter(event__in=own_events.values("pk"))


class Registration(models.Model):
    """A person's registration for an event, or their place on its waiting list.

    Personal data is anonymised a number of days after the event (EVENTS_RETENTION_DAYS,
    manage.py purge_registrations); the row stays so the numbers remain for evaluation.
    """

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    event = models.ForeignKey(
        "events.EventPage",
        verbose_name=_("event"),
        on_delete=models.CASCADE,
        related_name="registrations",
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=RegistrationStatus.choices,
        default=RegistrationStatus.CONFIRMED,
    )
    name = models.CharField(_("name"), max_length=200, blank=True)
    email = models.EmailField(
        _("email address"),
        max_length=254,
        blank=True,
        help_text=_("Stored in lower case, so one address registers once."),
    )
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    role = models.CharField(_("job title or role"), max_length=200, blank=True)
    needs = models.TextField(
        _("accessibility or dietary requirements"), max_length=1000, blank=True
    )
    language = models.CharField(
        _("language"),
        max_length=8,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
        help_text=_("Emails to the registrant are written in this language."),
    )
    consent_at = models.DateTimeField(_("consent given"), null=True, blank=True)
    created_at = models.DateTimeField(_("registered at"), default=timezone.now)
    promoted_at = models.DateTimeField(_("moved up from the waiting list"), null=True, blank=True)
    cancelled_at = models.DateTimeField(_("cancelled"), null=True, blank=True)
    reminded_at = models.DateTimeField(_("reminder sent"), null=True, blank=True)
    anonymised_at = models.DateTimeField(_("anonymised"), null=True, blank=True)

    objects = RegistrationQuerySet.as_manager()

    class Meta:
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        ordering = ["event", "created_at", "pk"]
        constraints = [
            # One active registration per address and event. Cancelled and anonymised rows
            # are left out, so someone who cancelled can register again.
            models.UniqueConstraint(
                fields=["event", "email"],
                condition=Q(status__in=ACTIVE_STATUSES) & ~Q(email=""),
                name="events_registration_one_active_per_email",
            ),
        ]
        indexes = [models.Index(fields=["event", "status"], name="events_reg_event_status")]

    def __str__(self):
        if self.anonymised_at:
            return str(_("Anonymised registration %(number)s") % {"number": self.pk})
        return self.name or self.email

    def save(self, *args, **kwargs):
        self.email = normalise_email(self.email)
        super().save(*args, **kwargs)

    @property
    def token(self) -> str:
        return make_token(self.uuid)

    @property
    def is_active(self) -> bool:
        return self.status in ACTIVE_STATUSES

    def localized_event(self):
        """The event page in the registrant's language when it is live, else the original."""
        from wagtail.models import Locale

        event = self.event
        try:
            locale = Locale.objects.get_for_language(self.language)
        except Locale.DoesNotExist:
            return event
        translation = event.get_translation_or_none(locale)
        if translation is not None and translation.live:
            return translation.specific
        return event

    def event_title(self) -> str:
        return self.event.title

    event_title.short_description = _("event")


def normalise_email(value: str) -> str:
    """Addresses compare case-insensitively in practice; store them one way."""
    return (value or "").strip().lower()
