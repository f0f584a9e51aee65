"""Whether an event takes registrations now, and how many places are left."""

from django.utils import timezone
from django.utils.functional import cached_property

from agenda.choices import RegistrationState, RegistrationStatus


class RegistrationStateMixin:
    """Registration state of an event page. Dutch and English visitors fill the same places,
    so every answer is decided on the page that holds the registrations."""

    @property
    def registration_closes_at(self):
        return self.registration_deadline or self.start

    @cached_property
    def registration_event(self):
        """The page that holds the registrations for this event in every language.

        That is the original of the event's translations (the oldest page with its
        translation key), so that Dutch and English visitors fill the same places.
        """
        original = (
            type(self).objects.filter(translation_key=self.translation_key).order_by("pk").first()
        )
        if original is None or original.pk == self.pk:
            return self
        return original

    def confirmed_count(self) -> int:
        from agenda.models.registration import Registration

        return Registration.objects.filter(
            event_id=self.registration_event.pk, status=RegistrationStatus.CONFIRMED
        ).count()

    def seats_left(self) -> int | None:
        event = self.registration_event
        if event.capacity is None:
            return None
        return max(event.capacity - event.confirmed_count(), 0)

    def compute_registration_state(self, confirmed: int | None = None) -> str:
        """Whether registration is possible now; decided on the page holding registrations."""
        event = self.registration_event
        now = timezone.now()
        if event.cancelled:
            return RegistrationState.CANCELLED
        if event.start <= now:
            return RegistrationState.STARTED
        if event.registration_closes_at <= now:
            return RegistrationState.CLOSED
        if event.capacity is not None:
            if confirmed is None:
                confirmed = event.confirmed_count()
            if confirmed >= event.capacity:
                return (
                    RegistrationState.WAITING_LIST if event.waiting_list else RegistrationState.FULL
                )
        return RegistrationState.OPEN

    @property
    def registration_state(self) -> str:
        return self.compute_registration_state()

    @property
    def is_registration_open(self) -> bool:
        return self.registration_state in (RegistrationState.OPEN, RegistrationState.WAITING_LIST)
