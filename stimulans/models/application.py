"""An application for Stimulans in Samenwerking, its attachments and its history of states."""

import datetime
import os
import uuid

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from stimulans import conf
from stimulans.choices import (
    DECIDED,
    TERM_RUNNING,
    AttachmentKind,
    ReminderStage,
    Status,
)


class PrivateStorage(FileSystemStorage):
    """Attachments' storage: STIMULANS_PRIVATE_ROOT, a directory outside MEDIA_ROOT with no URL,
    so the web server never serves them; the admin streams them to the Stimulans group
    (stimulans/admin_views.py). The directory is read from the settings when used."""

    def __init__(self):
        super().__init__(base_url=None)

    @property
    def base_location(self):
        return str(conf.private_root())

    @property
    def location(self):
        return os.path.abspath(self.base_location)

    @property
    def base_url(self):
        return None


def private_storage():
    return PrivateStorage()


def _attachment_path(instance, filename):
    # A random name: the applicant's file name is kept in original_name, never in the path.
    return f"applications/{instance.application.uuid.hex}/{uuid.uuid4().hex}"


class ApplicationQuerySet(models.QuerySet):
    def submitted(self):
        return self.exclude(status=Status.CONCEPT)

    def granted(self):
        return self.filter(status=Status.TOEGEKEND)

    def for_organisation(self, organisation):
        """Granted applications in which `organisation` applied or took part."""
        # A subquery rather than DISTINCT over the join: DISTINCT over every column of the
        # application and what a listing selects with it cost PostgreSQL 5 ms to plan.
        taking_part = self.filter(
            models.Q(applicant=organisation) | models.Q(partners=organisation)
        ).values("pk")
        return self.granted().filter(pk__in=taking_part)


class Application(models.Model):
    """An application (aanvraag) for a Stimulans in Samenwerking contribution."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    reference = models.CharField(
        _("reference"), max_length=20, blank=True, help_text=_("Given on submission.")
    )
    status = models.CharField(
        _("status"), max_length=30, choices=Status.choices, default=Status.CONCEPT
    )
    language = models.CharField(_("language"), max_length=10, default="nl")

    # The contact person: personal data, anonymised after STIMULANS_RETENTION_DAYS.
    contact_name = models.CharField(_("contact name"), max_length=200)
    contact_email = models.EmailField(_("contact email address"), max_length=254)
    contact_phone = models.CharField(_("contact phone"), max_length=40, blank=True)

    applicant = models.ForeignKey(
        "registers.Organisation",
        verbose_name=_("applicant organisation"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="stimulans_applications",
    )
    partners = models.ManyToManyField(
        "registers.Organisation",
        verbose_name=_("partners"),
        blank=True,
        related_name="stimulans_partner_applications",
    )
    partnership = models.ForeignKey(
        "registers.Partnership",
        verbose_name=_("partnership"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="stimulans_applications",
        help_text=_("The partnership in the register the project belongs to, if any."),
    )

    title = models.CharField(_("project title"), max_length=200, blank=True)
    title_en = models.CharField(
        _("project title in English"),
        max_length=200,
        blank=True,
        help_text=_("For the English list of granted projects; filled in by the Stimulans team."),
    )
    description = models.TextField(_("project description"), blank=True)
    programme_line = models.ForeignKey(
        "pages.ProgrammeLinePage",
        verbose_name=_("programme line"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    budget = models.DecimalField(
        _("total budget"), max_digits=12, decimal_places=2, null=True, blank=True
    )
    requested_amount = models.DecimalField(
        _("requested amount"), max_digits=12, decimal_places=2, null=True, blank=True
    )
    own_contribution = models.DecimalField(
        _("own contribution"),
        max_digits=12,
        decimal_places=2,
        null=True,
        blank=True,
        help_text=_("What the applicant and the partners pay themselves."),
    )
    granted_amount = models.DecimalField(
        _("granted amount"), max_digits=12, decimal_places=2, null=True, blank=True
    )
    is_demo = models.BooleanField(_("demo application"), default=False)

    created_at = models.DateTimeField(_("created"), default=timezone.now)
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)
    submitted_at = models.DateTimeField(_("submitted"), null=True, blank=True)
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)
    info_requested_at = models.DateTimeField(_("information requested"), null=True, blank=True)
    suspended_days = models.PositiveIntegerField(
        _("days the term was suspended"),
        default=0,
        help_text=_("Days spent waiting for additional information (Awb 4:15)."),
    )
    reminder_stage = models.CharField(
        _("reminder sent"), max_length=10, choices=ReminderStage.choices, blank=True
    )
    anonymised_at = models.DateTimeField(_("anonymised"), null=True, blank=True)

    objects = ApplicationQuerySet.as_manager()

    class Meta:
        verbose_name = _("Stimulans application")
        verbose_name_plural = _("Stimulans applications")
        ordering = ["-submitted_at", "-created_at"]
        permissions = [("assess_application", _("Can assess Stimulans applications"))]

    def __str__(self):
        return self.reference or self.title or str(_("Draft application"))

    @property
    def deadline(self) -> datetime.date | None:
        """The last day of the decision term: submission + STIMULANS_DECISION_WEEKS, plus the
        days the term was suspended (and the current suspension while information is awaited)."""
        if self.submitted_at is None:
            return None
        days = self.suspended_days
        if self.status == Status.AANVULLENDE_INFORMATIE and self.info_requested_at:
            days += max(0, (timezone.now() - self.info_requested_at).days)
        start = timezone.localdate(self.submitted_at)
        return start + datetime.timedelta(weeks=conf.rules().decision_weeks, days=days)

    @property
    def days_left(self) -> int | None:
        if self.deadline is None or self.status in DECIDED:
            return None
        return (self.deadline - timezone.localdate()).days

    @property
    def term_running(self) -> bool:
        return self.status in TERM_RUNNING

    @property
    def is_overdue(self) -> bool:
        return self.term_running and self.days_left is not None and self.days_left < 0

    def display_title(self, language: str = "nl") -> str:
        if language.startswith("en") and self.title_en:
            return self.title_en
        return self.title

    def assign_reference(self):
        """SIS-<year of submission>-<number>: the number is the row's own, so two applications
        submitted at the same moment can never get the same reference."""
        if not self.reference:
            year = timezone.localdate(self.submitted_at or timezone.now()).year
            self.reference = f"SIS-{year}-{self.pk:04d}"


class Attachment(models.Model):
    """A file sent with an application; stored privately (PrivateStorage)."""

    application = models.ForeignKey(
        Application,
        verbose_name=_("application"),
        on_delete=models.CASCADE,
        related_name="attachments",
    )
    kind = models.CharField(_("kind"), max_length=20, choices=AttachmentKind.choices)
    file = models.FileField(_("file"), upload_to=_attachment_path, storage=private_storage)
    original_name = models.CharField(_("file name"), max_length=200)
    size = models.PositiveIntegerField(_("size in bytes"), default=0)
    uploaded_at = models.DateTimeField(_("uploaded"), default=timezone.now)

    class Meta:
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")
        ordering = ["uploaded_at"]

    def __str__(self):
        return self.original_name

    def delete(self, *args, **kwargs):
        self.file.delete(save=False)
        return super().delete(*args, **kwargs)


class StatusChange(models.Model):
    """One change of state, with who made it and when (the assessment's log)."""

    application = models.ForeignKey(
        Application,
        verbose_name=_("application"),
        on_delete=models.CASCADE,
        related_name="status_changes",
    )
    from_status = models.CharField(_("from"), max_length=30, choices=Status.choices)
    to_status = models.CharField(_("to"), max_length=30, choices=Status.choices)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("changed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Empty when the applicant made the change."),
    )
    changed_at = models.DateTimeField(_("changed at"), default=timezone.now)
    note = models.TextField(
        _("message to the applicant"), blank=True, help_text=_("Sent with the e-mail.")
    )

    class Meta:
        verbose_name = _("status change")
        verbose_name_plural = _("status changes")
        ordering = ["changed_at", "pk"]

    def __str__(self):
        return f"{self.get_from_status_display()} → {self.get_to_status_display()}"
