"""Reminders to the Stimulans group about the decision term (send_stimulans_reminders, for cron).

An open application whose term runs gets reminder stage "near" once fewer than
STIMULANS_REMINDER_DAYS days are left, and "over" once the term has passed. One e-mail lists the
applications that reached a new stage; the stage is stored on the application, so running the
command again sends nothing new (idempotent) until an application reaches its next stage.
"""

from django.conf import settings
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from stimulans import conf, emails
from stimulans.choices import TERM_RUNNING, ReminderStage
from stimulans.models import Application

STAGE_ORDER = ["", ReminderStage.NEAR, ReminderStage.OVER]


def stage_for(application) -> str:
    left = application.days_left
    if left is None or not application.term_running:
        return ""
    if left < 0:
        return ReminderStage.OVER
    if left <= conf.rules().reminder_days:
        return ReminderStage.NEAR
    return ""


def due():
    """[(application, stage)] of applications that reached a stage not yet reminded of."""
    found = []
    for application in Application.objects.filter(status__in=TERM_RUNNING).order_by("submitted_at"):
        stage = stage_for(application)
        if stage and STAGE_ORDER.index(stage) > STAGE_ORDER.index(application.reminder_stage or ""):
            found.append((application, stage))
    return found


def send_reminders(dry_run=False) -> int:
    found = due()
    if not found or dry_run:
        return len(found)
    context = {
        "near": [a for a, stage in found if stage == ReminderStage.NEAR],
        "over": [a for a, stage in found if stage == ReminderStage.OVER],
        "today": timezone.localdate(),
        "weeks": conf.rules().decision_weeks,
        "admin_url": settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("stimulans_admin:index"),
    }
    sent = emails.send_group_email(
        "stimulans/email/reminder_subject.txt", "stimulans/email/reminder.txt", context
    )
    if not sent:
        return 0
    with transaction.atomic():
        for application, stage in found:
            Application.objects.filter(pk=application.pk).update(reminder_stage=stage)
    return len(found)
