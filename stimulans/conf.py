"""The rules of the Stimulans in Samenwerking scheme and the app's other settings, in one place.

Every value can be changed in the settings (cms/settings.py reads them from the environment);
they are read when used, so tests can override them.

STIMULANS_MAX_AMOUNT          the largest contribution per application, in euros (25000)
STIMULANS_MAX_SHARE_PERCENT   the contribution is at most this percentage of the budget (50);
                              the applicant and partners pay the rest themselves
STIMULANS_DECISION_WEEKS      the term for a decision, counted from submission (8); a request
                              for more information suspends it (Awb 4:15)
STIMULANS_REMINDER_DAYS       reminders to the Stimulans group start this many days before the
                              term ends (14); again once the term has passed
STIMULANS_ATTACHMENT_MAX_MB   the largest attachment (10)
STIMULANS_ATTACHMENT_MAX_COUNT  attachments per application (10)
STIMULANS_ATTACHMENT_TYPES    allowed file extensions (pdf, docx, xlsx, odt, ods)
STIMULANS_PRIVATE_ROOT        where attachments are stored: outside MEDIA_ROOT, never served
                              by the web server; only the Stimulans group downloads them, in the
                              admin (default: <BASE_DIR>/private/stimulans)
STIMULANS_VIRUS_SCANNER       dotted path of a callable(uploaded_file) that raises
                              stimulans.scanning.ScanRejected (or any error) when a file must be
                              refused (default "stimulans.scanning.no_scan": scans nothing)
STIMULANS_RETENTION_DAYS      days after the decision before the applicant's personal data are
                              anonymised by purge_stimulans_applications (730)
STIMULANS_DRAFT_RETENTION_DAYS  days after the last change before an unsubmitted draft is
                              deleted (90)
STIMULANS_APPLICANT_KINDS     organisation kinds that may apply (governments)
"""

from dataclasses import dataclass
from decimal import Decimal

from django.conf import settings

GROUP_NAME = "Stimulans"


@dataclass(frozen=True)
class SchemeRules:
    max_amount: Decimal
    max_share_percent: Decimal
    decision_weeks: int
    reminder_days: int

    @property
    def own_share_percent(self) -> Decimal:
        return Decimal(100) - self.max_share_percent

    @property
    def share_text(self) -> str:
        """The largest share as people write it: "50", "37.5"."""
        return _number(self.max_share_percent)

    @property
    def own_share_text(self) -> str:
        return _number(self.own_share_percent)


def _number(value: Decimal) -> str:
    return format(value.normalize(), "f")


def rules() -> SchemeRules:
    return SchemeRules(
        max_amount=Decimal(str(getattr(settings, "STIMULANS_MAX_AMOUNT", 25000))),
        max_share_percent=Decimal(str(getattr(settings, "STIMULANS_MAX_SHARE_PERCENT", 50))),
        decision_weeks=int(getattr(settings, "STIMULANS_DECISION_WEEKS", 8)),
        reminder_days=int(getattr(settings, "STIMULANS_REMINDER_DAYS", 14)),
    )


def attachment_max_bytes() -> int:
    return int(getattr(settings, "STIMULANS_ATTACHMENT_MAX_MB", 10)) * 1024 * 1024


def attachment_max_count() -> int:
    return int(getattr(settings, "STIMULANS_ATTACHMENT_MAX_COUNT", 10))


def attachment_types() -> list[str]:
    value = getattr(settings, "STIMULANS_ATTACHMENT_TYPES", "pdf,docx,xlsx,odt,ods")
    if isinstance(value, str):
        value = value.split(",")
    return [item.strip().lower().lstrip(".") for item in value if item.strip()]


def private_root():
    return getattr(settings, "STIMULANS_PRIVATE_ROOT", settings.BASE_DIR / "private" / "stimulans")


def virus_scanner() -> str:
    return getattr(settings, "STIMULANS_VIRUS_SCANNER", "stimulans.scanning.no_scan")


def retention_days() -> int:
    return int(getattr(settings, "STIMULANS_RETENTION_DAYS", 730))


def draft_retention_days() -> int:
    return int(getattr(settings, "STIMULANS_DRAFT_RETENTION_DAYS", 90))


def applicant_kinds() -> list[str]:
    value = getattr(
        settings,
        "STIMULANS_APPLICANT_KINDS",
        "gemeente,provincie,waterschap,samenwerkingsorganisatie",
    )
    if isinstance(value, str):
        value = value.split(",")
    return [item.strip() for item in value if item.strip()]
