"""Verification rounds (issue 14): Registerbeheer asks the participating organisations by
e-mail whether the facts of their partnerships still hold. Per round: one invitation per
organisation (one mail, one signed link to a page listing all its partnerships in the round)
and one request per partnership (answered once, by whichever of its organisations answers
first). The signed link carries only the invitation's number (registers/verification.py).

Rounds before issue 14's second part mailed one link per partnership to the partnership's
contact e-mail: those requests have no invitation and their links keep working until they
expire."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Verifiable(models.Model):
    """Whether an entry is current ("verouderd" when nobody confirmed it for a while), and the
    address a verification round below asks (registers/verification.py)."""

    contact_email = models.EmailField(
        _("contact e-mail"),
        blank=True,
        help_text=_(
            "The partnership's own contact address (not public). Verification rounds ask the "
            "participating organisations at their contact e-mail for verification."
        ),
    )
    last_verified = models.DateField(_("last verified"), null=True, blank=True)
    last_verified_by = models.CharField(_("verified by"), max_length=150, blank=True)
    last_verified_by_organisation = models.ForeignKey(
        "registers.Organisation",
        verbose_name=_("verified by organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The participating organisation that last confirmed this entry."),
    )

    class Meta:
        abstract = True

    @property
    def is_outdated(self) -> bool:
        """Not verified within REGISTER_VERIFY_AFTER_DAYS: the rule of the dashboard and
        report_unverified (registers/currency.py)."""
        from registers.currency import verification_cutoff

        return self.last_verified is None or self.last_verified < verification_cutoff()


class VerificationRound(models.Model):
    started_at = models.DateTimeField(_("started at"), auto_now_add=True)
    started_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("started by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    selection = models.CharField(
        _("selection"),
        max_length=1000,
        blank=True,
        help_text=_("The register's query string the round was started for; empty: all."),
    )

    class Meta:
        ordering = ["-started_at", "-pk"]
        verbose_name = _("verification round")
        verbose_name_plural = _("verification rounds")

    def __str__(self):
        return str(_("Verification round of %(date)s") % {"date": self.started_at.date()})

    def progress(self) -> dict:
        """Organisations asked; partnerships asked / confirmed / proposed / no answer."""
        counts = dict(self.requests.values_list("answer").annotate(n=models.Count("pk")).order_by())
        mailed = sum(counts.values())
        return {
            "organisations": self.invitations.count(),
            "mailed": mailed,
            "confirmed": counts.get(VerificationRequest.Answer.CONFIRMED, 0),
            "proposed": counts.get(VerificationRequest.Answer.PROPOSED, 0),
            "unanswered": counts.get(VerificationRequest.Answer.NONE, 0),
        }


class VerificationRequest(models.Model):
    class Answer(models.TextChoices):
        NONE = "", _("no answer")
        CONFIRMED = "klopt", _("confirmed")
        PROPOSED = "wijziging", _("change proposed")

    round = models.ForeignKey(VerificationRound, on_delete=models.CASCADE, related_name="requests")
    partnership = models.ForeignKey(
        "registers.Partnership", on_delete=models.CASCADE, related_name="verification_requests"
    )
    # Only rounds mailed per partnership (before invitations) have an address and times here.
    email = models.EmailField(_("e-mail"), blank=True)
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)
    reminded_at = models.DateTimeField(_("reminded at"), null=True, blank=True)
    answer = models.CharField(
        _("answer"), max_length=20, choices=Answer.choices, blank=True, default=Answer.NONE
    )
    answered_at = models.DateTimeField(_("answered at"), null=True, blank=True)
    answered_by = models.ForeignKey(
        "registers.Organisation",
        verbose_name=_("answered by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    note = models.TextField(_("note"), blank=True)

    class Meta:
        ordering = ["pk"]
        verbose_name = _("verification request")
        verbose_name_plural = _("verification requests")
        constraints = [
            models.UniqueConstraint(
                fields=["round", "partnership"], name="one_verification_request_per_round"
            )
        ]

    def __str__(self):
        return f"{self.partnership} → {self.email or self.round}"


class VerificationInvitation(models.Model):
    """One organisation asked in one round: one mail, one link, all its partnerships."""

    round = models.ForeignKey(
        VerificationRound, on_delete=models.CASCADE, related_name="invitations"
    )
    organisation = models.ForeignKey(
        "registers.Organisation",
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="verification_invitations",
    )
    email = models.EmailField(_("e-mail"))
    requests = models.ManyToManyField(
        VerificationRequest, related_name="invitations", verbose_name=_("partnerships asked")
    )
    sent_at = models.DateTimeField(_("sent at"))
    reminded_at = models.DateTimeField(_("reminded at"), null=True, blank=True)

    class Meta:
        ordering = ["pk"]
        verbose_name = _("verification invitation")
        verbose_name_plural = _("verification invitations")
        constraints = [
            models.UniqueConstraint(
                fields=["round", "organisation"], name="one_verification_invitation_per_round"
            )
        ]

    def __str__(self):
        return f"{self.organisation} → {self.email}"
