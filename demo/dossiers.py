"""Demo dossiers for manage.py load_demo (issue 17), from demo/content/dossiers/:

- municipality dossiers: account holders and toezicht judgements over two years for a
  handful of organisations in Noord-Holland (municipalities found or created by CBS code, a
  water authority by name, so the register import later recognises them);
- Belangenbehartiging: an index under the home page and its dossiers, in Dutch with their
  English wagtail-localize translations.

Everything is invented and marked "voorbeeld"/"example". Each step looks before it writes, so
running it again changes nothing. `link_register()` runs after the register import
(`load_demo --link-register`, in `make demo`): it gives the regional IBT session the
veiligheidsregio of Alkmaar, so the session shows on the pages of the municipalities there.
"""

import datetime
from pathlib import Path

from django.utils import timezone

import yaml
from wagtail.models import Locale

from demo.factories.dossiers import (
    BelangenbehartigingIndexPageFactory,
    BelangenbehartigingPageFactory,
    timeline,
)
from demo.translations import publish as _publish
from demo.translations import translate as _translate
from dossiers.choices import (
    AccountHolderRole,
    Counterpart,
    DossierStatus,
    Judgement,
    SupervisionDomain,
)
from dossiers.models import (
    AccountHolder,
    BelangenbehartigingIndexPage,
    SupervisionJudgement,
)
from dossiers.models.lobby import BelangenbehartigingOrganisation
from registers.choices import OrganisationKind, RegionDomain
from registers.models import Organisation, Region

CONTENT = Path(__file__).resolve().parent / "content" / "dossiers"
REGIONAL_MUNICIPALITY = "GM0361"  # Alkmaar: the session is held there


def _read(path: Path):
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _organisation(spec) -> Organisation:
    if spec.get("cbs_code"):
        organisation, _created = Organisation.objects.get_or_create(
            cbs_code=spec["cbs_code"], defaults={"name": spec["name"]}
        )
        return organisation
    kind = spec.get("kind", OrganisationKind.GEMEENTE)
    organisation = Organisation.objects.filter(name=spec["name"], kind=kind).first()
    return organisation or Organisation.objects.create(name=spec["name"], kind=kind)


def build_municipality_dossiers() -> dict:
    """Account holders and judgements from municipalities.yaml; returns the counts added."""
    counts = {"account_holders": 0, "judgements": 0}
    today = timezone.localdate()
    for spec in _read(CONTENT / "municipalities.yaml")["organisations"]:
        organisation = _organisation(spec)
        for order, holder in enumerate(spec.get("account_holders", [])):
            _holder, created = AccountHolder.objects.get_or_create(
                organisation=organisation,
                role=AccountHolderRole(holder["role"]),
                name=holder["name"],
                defaults={
                    "position": holder.get("position", ""),
                    "email": holder.get("email", ""),
                    "phone": holder.get("phone", ""),
                    "sort_order": order,
                },
            )
            counts["account_holders"] += created
        for judgement in spec.get("judgements", []):
            days = judgement.get("next_meeting_days")
            _judgement, created = SupervisionJudgement.objects.get_or_create(
                organisation=organisation,
                domain=SupervisionDomain(judgement["domain"]),
                year=judgement["year"],
                defaults={
                    "judgement": Judgement(judgement["judgement"]),
                    "explanation": judgement["nl"],
                    "explanation_en": judgement["en"],
                    "next_meeting": today + datetime.timedelta(days=days) if days else None,
                },
            )
            counts["judgements"] += created
    return counts


def _text(data: dict) -> dict:
    """One language of a dossier file as page fields (the timeline as stream data)."""
    fields = dict(data)
    fields["timeline"] = timeline(
        *((entry["date"], entry["event"], entry.get("detail", "")) for entry in data["timeline"])
    )
    return fields


def build_belangenbehartiging(home_nl, programme_lines: dict) -> int:
    """The index and its dossiers in Dutch and English; returns the number of pages made."""
    if BelangenbehartigingIndexPage.objects.child_of(home_nl).exists():
        return 0
    en = Locale.objects.get(language_code="en")
    directory = CONTENT / "belangenbehartiging"
    index = _read(directory / "index.yaml")
    index_nl = BelangenbehartigingIndexPageFactory(
        parent=home_nl, show_in_menus=True, **index["nl"]
    )
    _publish(index_nl)
    _translate(index_nl, index["en"], en)
    made = 2
    for path in sorted(directory.glob("[0-9]*-*.yaml")):
        spec = _read(path)
        nl_page = BelangenbehartigingPageFactory(
            parent=index_nl,
            status=DossierStatus(spec["status"]),
            counterpart=Counterpart(spec["counterpart"]),
            **_text(spec["nl"]),
        )
        nl_page.programme_lines.set(
            [programme_lines[n] for n in spec.get("programme_lines", []) if n in programme_lines]
        )
        for order, code in enumerate(spec.get("organisations", [])):
            organisation = Organisation.objects.filter(cbs_code=code).first()
            if organisation is not None:
                BelangenbehartigingOrganisation.objects.create(
                    page=nl_page, organisation=organisation, sort_order=order
                )
        _publish(nl_page)
        en_page = _translate(nl_page, _text(spec["en"]), en)
        en_page.programme_lines.set(list(nl_page.programme_lines.all()))
        _publish(en_page)
        made += 2
    return made


def link_register() -> int:
    """After the register import: the regional IBT session is for the veiligheidsregio of
    Alkmaar. Returns the number of events whose regions changed (0 on a second run)."""
    from agenda.choices import EventType
    from agenda.models import EventPage

    regions = list(
        Region.objects.filter(
            division__domain=RegionDomain.VEILIGHEID,
            municipalities__cbs_code=REGIONAL_MUNICIPALITY,
        )
    )
    if not regions:
        return 0
    changed = 0
    nl = Locale.objects.get(language_code="nl")
    # demo/content/agenda/2-ibt-regionaal.yaml
    for event in EventPage.objects.filter(locale=nl, event_type=EventType.IBT_REGIONAL):
        if set(event.regions.all()) != set(regions):
            event.regions.set(regions)
            event.save_revision().publish()
            changed += 1
    return changed
