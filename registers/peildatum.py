"""The register on a date (issue 18): `?peildatum=YYYY-MM-DD` shows the register as it stood
on that day.

What "as it stood" means, per part of the register:
- an entry is in the register from its entry into force (`entry_into_force`; no date: always);
  an entry dissolved after the date (status "opgeheven" since a later `status_start`) was
  still active then;
- its fields are those of the published state valid at the end of that day: the earlier
  states live in PartnershipVersion (registers/models/version.py) with a validity range; a
  date before the oldest recorded state shows that oldest state;
- a participant takes part from `joined` to `left` (either may be empty: open-ended), and only
  while its organisation exists (`active_from` … `active_until`): a municipality merged away
  on 2019-01-01 takes part until 2018-12-31, its successor from the day it joined;
- relations that have no history of their own (policy domains, provinces, regions, tags) are
  today's.

Every dated query joins at most one version row per partnership (a LEFT JOIN on the index of
(partnership, valid_until)); no request reads revisions. docs/register.md explains the choice.
"""

import datetime
from dataclasses import dataclass

from django.core.cache import cache
from django.db.models import Case, F, FilteredRelation, Min, Q, Value, When
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from cms.querystring import clean_text
from registers.choices import Status

PARAM = "peildatum"
# The columns a dated listing reads from the state valid on the date (else the entry's own).
VERSIONED = [
    "name",
    "abbreviation",
    "kind",
    "phase",
    "status",
    "province_role",
    "entry_into_force",
    "status_start",
    "status_end",
    "seat_place",
]


@dataclass
class Peildatum:
    """The date asked for (or None: today's register) and, for a bad value, why it is not used."""

    date: datetime.date | None = None
    raw: str = ""
    error: str = ""

    def __bool__(self):
        return self.date is not None

    @property
    def iso(self) -> str:
        return self.date.isoformat() if self.date else ""

    @property
    def qs(self) -> str:
        """ "?peildatum=…" for a link without a query of its own ("" on today's register)."""
        return "?" + urlencode({PARAM: self.iso}) if self.date else ""

    @property
    def amp(self) -> str:
        """ "&peildatum=…" for a link that has a query already."""
        return "&" + urlencode({PARAM: self.iso}) if self.date else ""

    @property
    def banner(self) -> str:
        return _("You are viewing the register as it was on %(date)s") % {
            "date": date_format(self.date, "j F Y")
        }

    def as_params(self) -> list:
        return [(PARAM, self.iso)] if self.date else []


def earliest() -> datetime.date | None:
    """The first day the register has data for: the oldest date it records (entry into force,
    status, joining or leaving, an organisation's start or end, a merger, a first publish).
    Kept per generation of the register (a change starts a new one, registers/exports.py), so
    a request does not scan the tables each time."""
    from registers.exports import generation
    from registers.models import Membership, Organisation, OrganisationMerger, Partnership

    key = f"register-peildatum-earliest:{generation()}"
    cached = cache.get(key)
    if cached is not None:
        return cached or None
    dates = [
        Partnership.objects.public().aggregate(
            a=Min("entry_into_force"), b=Min("status_start"), c=Min("first_published_at")
        ),
        Membership.objects.filter(partnership__live=True).aggregate(a=Min("joined"), b=Min("left")),
        Organisation.objects.aggregate(a=Min("active_from"), b=Min("active_until")),
        OrganisationMerger.objects.aggregate(a=Min("date")),
    ]
    found = []
    for row in dates:
        for value in row.values():
            if isinstance(value, datetime.datetime):
                value = timezone.localdate(value)
            if value is not None:
                found.append(value)
    result = min(found) if found else None
    cache.set(key, result or "", 3600)
    return result


def parse(params) -> Peildatum:
    """?peildatum= from a QueryDict (or dict): a date, nothing, or an error to show."""
    raw = clean_text(params.get(PARAM, ""), 20)
    if not raw:
        return Peildatum()
    try:
        date = datetime.date.fromisoformat(raw)
    except ValueError:
        date = None
    if date is None or len(raw) != 10:
        return Peildatum(
            raw=raw,
            error=_(
                "“%(value)s” is not a date. Give the date as YYYY-MM-DD, for example 2018-01-01."
            )
            % {"value": raw},
        )
    today = timezone.localdate()
    if date > today:
        return Peildatum(
            raw=raw,
            error=_(
                "%(date)s lies in the future. The register can only be shown as it was up to "
                "today (%(today)s)."
            )
            % {"date": date.isoformat(), "today": today.isoformat()},
        )
    first = earliest()
    if first is not None and date < first:
        return Peildatum(
            raw=raw,
            error=_(
                "The register has no data from before %(first)s. Choose a date from %(first)s "
                "to today."
            )
            % {"first": first.isoformat()},
        )
    return Peildatum(date=date, raw=raw)


# --- queries -------------------------------------------------------------------------------


def end_of_day(date: datetime.date) -> datetime.datetime:
    """The instant the day ends: the state published before it is the state of that day."""
    following = datetime.datetime.combine(date + datetime.timedelta(days=1), datetime.time.min)
    return timezone.make_aware(following)


def version_valid_on(date):
    """Q on PartnershipVersion: the state valid at the end of `date`, or the oldest one."""
    moment = end_of_day(date)
    return Q(valid_until__gt=moment) & (Q(valid_from__isnull=True) | Q(valid_from__lte=moment))


def dated(queryset, date):
    """Partnerships in the register on `date`, annotated with that day's values as at_<field>
    (at_status: "actief" on a date before a later dissolution)."""
    moment = end_of_day(date)
    condition = Q(versions__valid_until__gt=moment) & (
        Q(versions__valid_from__isnull=True) | Q(versions__valid_from__lte=moment)
    )
    queryset = queryset.annotate(at_version=FilteredRelation("versions", condition=condition))
    queryset = queryset.annotate(
        **{
            f"at_{'recorded_status' if name == 'status' else name}": Coalesce(
                F(f"at_version__{name}"), F(name)
            )
            for name in VERSIONED
        }
    )
    queryset = queryset.annotate(
        at_fields=F("at_version__fields"),
        at_status=Case(
            When(
                Q(at_recorded_status=Status.OPGEHEVEN, at_status_start__gt=date),
                then=Value(Status.ACTIEF.value),
            ),
            default=F("at_recorded_status"),
        ),
    )
    return queryset.filter(Q(at_entry_into_force__isnull=True) | Q(at_entry_into_force__lte=date))


def membership_on(date, prefix: str = "") -> Q:
    """Q on Membership (or on a path to it, `prefix` "memberships__"): taking part on `date`,
    by the membership's own dates and its organisation's."""
    p = prefix
    return (
        (Q(**{f"{p}joined__isnull": True}) | Q(**{f"{p}joined__lte": date}))
        & (Q(**{f"{p}left__isnull": True}) | Q(**{f"{p}left__gte": date}))
        & (
            Q(**{f"{p}organisation__active_from__isnull": True})
            | Q(**{f"{p}organisation__active_from__lte": date})
        )
        & (
            Q(**{f"{p}organisation__active_until__isnull": True})
            | Q(**{f"{p}organisation__active_until__gte": date})
        )
    )


def takes_part_on(membership, date) -> bool:
    """membership_on in Python, for memberships already loaded with their organisation."""
    organisation = membership.organisation
    return (
        (membership.joined is None or membership.joined <= date)
        and (membership.left is None or membership.left >= date)
        and (organisation.active_from is None or organisation.active_from <= date)
        and (organisation.active_until is None or organisation.active_until >= date)
    )


def apply_states(partnerships, date):
    """Put the state valid on `date` on loaded partnerships (one query for all of them): the
    listed columns and the public fields kept with the state; `status` as on that day."""
    from registers.models import Partnership, PartnershipVersion

    by_pk = {partnership.pk: partnership for partnership in partnerships}
    if not by_pk:
        return partnerships
    versions = PartnershipVersion.objects.filter(version_valid_on(date), partnership_id__in=by_pk)
    for version in versions:
        partnership = by_pk[version.partnership_id]
        for name, value in (version.fields or {}).items():
            try:
                field = Partnership._meta.get_field(name)
            except Exception:  # noqa: BLE001 - a field since removed: nothing to show
                continue
            if field.concrete and not field.is_relation:
                setattr(partnership, field.attname, field.to_python(value))
        for name in VERSIONED:
            setattr(partnership, name, getattr(version, name))
    for partnership in by_pk.values():
        if (
            partnership.status == Status.OPGEHEVEN
            and partnership.status_start
            and partnership.status_start > date
        ):
            partnership.status = Status.ACTIEF
    return partnerships


def mark_organisations(organisations, date):
    """Organisation.is_historical answers for `date` instead of today."""
    for organisation in organisations:
        organisation.peildatum = date
