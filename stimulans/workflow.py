"""Changing an application's state: the transitions allowed (stimulans/choices.py), the log of
who changed what when, the decision term's bookkeeping and the applicant's e-mail."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from stimulans import emails
from stimulans.choices import TRANSITIONS, Status
from stimulans.models import Application, StatusChange


def allowed_next(application) -> list[Status]:
    return sorted(TRANSITIONS[Status(application.status)], key=list(Status).index)


@transaction.atomic
def change_status(application, new_status, user=None, note: str = "", granted_amount=None):
    """Move `application` to `new_status`; raises ValidationError for a move the scheme does not
    allow. `user` None means the applicant. Returns the StatusChange."""
    application = Application.objects.select_for_update().get(pk=application.pk)
    old = Status(application.status)
    new = Status(new_status)
    if new not in TRANSITIONS[old]:
        raise ValidationError(
            _("An application cannot go from “%(old)s” to “%(new)s”.")
            % {"old": old.label, "new": new.label}
        )
    now = timezone.now()
    if old == Status.CONCEPT:
        application.submitted_at = now
        application.assign_reference()
    if old == Status.AANVULLENDE_INFORMATIE and application.info_requested_at:
        application.suspended_days += max(0, (now - application.info_requested_at).days)
        application.info_requested_at = None
    if new == Status.AANVULLENDE_INFORMATIE:
        application.info_requested_at = now
    if new == Status.TOEGEKEND:
        if granted_amount is None:
            granted_amount = application.requested_amount
        application.granted_amount = granted_amount
    if new in (Status.TOEGEKEND, Status.AFGEWEZEN):
        application.decided_at = now
    application.status = new
    application.save()
    change = StatusChange.objects.create(
        application=application,
        from_status=old,
        to_status=new,
        changed_by=user,
        changed_at=now,
        note=note,
    )
    kind = "submitted" if old == Status.CONCEPT else "status_changed"
    transaction.on_commit(lambda: emails.send_applicant_email(application, kind, note))
    return change
