"""How long applicants' personal data are kept (purge_stimulans_applications, for cron).

- A draft never submitted is deleted, with its attachments, STIMULANS_DRAFT_RETENTION_DAYS
  (90) after its last change.
- A decided application keeps what the public list and the archive need (organisations, project,
  amounts, dates, states) but loses the contact person's name, e-mail address and phone number
  and the attachments STIMULANS_RETENTION_DAYS (730) after the decision. Its signed link stops
  working.
The privacy statement says the same (demo/content/pages, the privacy page).
"""

import datetime

from django.db import transaction
from django.utils import timezone

from stimulans import conf
from stimulans.choices import DECIDED, Status
from stimulans.models import Application


def purge(now=None) -> dict:
    now = now or timezone.now()
    drafts = Application.objects.filter(
        status=Status.CONCEPT,
        updated_at__lt=now - datetime.timedelta(days=conf.draft_retention_days()),
    )
    deleted = 0
    for draft in drafts:
        with transaction.atomic():
            for attachment in draft.attachments.all():
                attachment.delete()
            draft.delete()
            deleted += 1
    decided = Application.objects.filter(
        status__in=DECIDED,
        anonymised_at__isnull=True,
        decided_at__lt=now - datetime.timedelta(days=conf.retention_days()),
    )
    anonymised = 0
    for application in decided:
        with transaction.atomic():
            for attachment in application.attachments.all():
                attachment.delete()
            application.contact_name = ""
            application.contact_email = ""
            application.contact_phone = ""
            application.anonymised_at = now
            application.save(
                update_fields=["contact_name", "contact_email", "contact_phone", "anonymised_at"]
            )
            anonymised += 1
    return {"deleted_drafts": deleted, "anonymised": anonymised}
