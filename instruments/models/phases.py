from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from registers.choices import Phase


class PartnershipPhaseQuerySet(models.QuerySet):
    def latest_for(self, partnership):
        return self.filter(partnership=partnership).order_by("-saved_at", "-pk").first()


class PartnershipPhase(models.Model):
    """The phase of a partnership as a Fasescan found it (instruments/fasescan.py), saved by
    a registerbeheerder or through a verification round's link. The newest one is the
    partnership's phase according to the Fasescan; the older ones are its history. The
    register's own "phase" field is left to the register's editors."""

    class Source(models.TextChoices):
        REGISTER_MANAGEMENT = "registerbeheer", _("Register management")
        VERIFICATION = "verificatie", _("Verification round")
        DEMO = "demo", _("Demo")

    partnership = models.ForeignKey(
        "registers.Partnership",
        verbose_name=_("partnership"),
        on_delete=models.CASCADE,
        related_name="fasescan_phases",
    )
    phase = models.CharField(_("phase"), max_length=20, choices=Phase.choices)
    answers = models.JSONField(_("answers"), default=dict)
    scores = models.JSONField(_("points per phase"), default=dict)
    saved_at = models.DateTimeField(_("saved at"), db_index=True)
    source = models.CharField(_("saved through"), max_length=20, choices=Source.choices)
    saved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("saved by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    verification_request = models.ForeignKey(
        "registers.VerificationRequest",
        verbose_name=_("verification request"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    objects = PartnershipPhaseQuerySet.as_manager()

    class Meta:
        verbose_name = _("partnership phase")
        verbose_name_plural = _("partnership phases")
        ordering = ["-saved_at", "-pk"]
        constraints = [
            # A verification link saves at most one phase (saving again replaces it).
            models.UniqueConstraint(
                fields=["verification_request"],
                condition=models.Q(verification_request__isnull=False),
                name="one_phase_per_verification_request",
            )
        ]

    def __str__(self):
        return f"{self.partnership} — {self.get_phase_display()}"

    def answer_rows(self):
        """(question, answer) texts of the saved answers, in the scan's order."""
        from instruments.fasescan import QUESTIONS

        rows = []
        for question in QUESTIONS:
            value = self.answers.get(question.key)
            option = next((o for o in question.options if o.value == value), None)
            if option is not None:
                rows.append((question.text, option.label))
        return rows
