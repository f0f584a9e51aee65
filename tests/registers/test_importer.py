"""manage.py import_register: files, repairs, matching, provenance, atomicity, round trip.

Small files are made in tmp_path; the real OpenGR data (data/opengr) is imported once for
the module, at the end (see `real_import`)."""

import csv
import datetime
import io
import json
import sys
from decimal import Decimal
from pathlib import Path

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.core.management.base import CommandError

import pytest
from openpyxl import Workbook
from wagtail.models import ModelLogEntry, Revision
from wagtail.search.models import IndexEntry

from demo.factories.registers import (
    MembershipFactory,
    OrganisationFactory,
    PartnershipFactory,
    ProvinceFactory,
)
from registers.choices import OrganisationKind, ProvinceRole, Role
from registers.exchange import (
    MEMBERSHIP_COLUMNS,
    PARTNERSHIP_COLUMNS,
    membership_row,
    partnership_row,
)
from registers.importer import ImportFileError, run_import
from registers.importer.cleaning import repair_mojibake
from registers.importer.writers.regions import RegionWriter
from registers.models import (
    Membership,
    Organisation,
    Partnership,
    PartnershipDocument,
    PolicyDomain,
    Region,
    RegionalDivision,
)

DATA = Path(settings.BASE_DIR) / "data" / "opengr"
HEADER = "Deelnemer,Gemeenschappelijke regeling,Postcode,Plaats,Provincie"
NH = "Provincie Noord-Holland"


def participants_csv(rows) -> str:
    return "\n".join([HEADER, *(",".join(row) for row in rows)]) + "\n"


def write(tmp_path, name: str, text: str, encoding="utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def register_counts():
    return (
        Organisation.objects.count(),
        Partnership.objects.count(),
        Membership.objects.count(),
        Revision.objects.count(),
        PartnershipDocument.objects.count(),
        Region.objects.count(),
    )


@pytest.fixture
def municipalities(db):
    """A municipality reference, as a Regioatlas import leaves it."""
    return {
        "zaanstad": OrganisationFactory(name="Zaanstad", cbs_code="GM0479"),
        "wormerland": OrganisationFactory(name="Wormerland", cbs_code="GM0880"),
        "purmerend": OrganisationFactory(name="Purmerend", cbs_code="GM0439"),
    }


TESTSCHAP = [
    ("Zaanstad", "Testschap Noordkwartier", "1500 AD", "Zaandam", NH),
    ("Wormerland", "Testschap Noordkwartier", "1500 AD", "Zaandam", NH),
    ("Provincie Noord Holland", "Testschap Noordkwartier", "1500 AD", "Zaandam", NH),
    ("Purmerend", "Recreatieschap Testplas", "1440 AA", "Purmerend", NH),
]


# --- a small OpenGR file ----------------------------------------------------------------------


def test_participants_become_published_partnerships_with_memberships(tmp_path, municipalities):
    report = run_import([write(tmp_path, "deelnemers.csv", participants_csv(TESTSCHAP))])

    partnership = Partnership.objects.get(name="Testschap Noordkwartier")
    assert partnership.live and not partnership.has_unpublished_changes
    assert partnership.kind == "wgr"
    assert (partnership.seat_postcode, partnership.seat_place) == ("1500 AD", "Zaandam")
    assert partnership.last_verified == datetime.date(2016, 3, 5)
    assert partnership.last_verified_by == "OpenGR (Open State Foundation)"
    assert partnership.import_source == "deelnemers.csv"
    assert [p.cbs_code for p in partnership.provinces.all()] == ["PV27"]
    # The province that runs the site takes part.
    assert partnership.province_role == ProvinceRole.DEELNEMER
    assert sorted(m.organisation.name for m in partnership.memberships.all()) == [
        "Provincie Noord-Holland",
        "Wormerland",
        "Zaanstad",
    ]
    assert {m.role for m in partnership.memberships.all()} == {Role.DEELNEMER}
    # One published revision, and the log entries the admin's history shows.
    assert partnership.revisions.count() == 1
    assert partnership.live_revision == partnership.latest_revision
    actions = ModelLogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(Partnership), object_id=str(partnership.pk)
    ).values_list("action", flat=True)
    assert sorted(actions) == ["wagtail.create", "wagtail.publish"]
    testplas = Partnership.objects.get(name="Recreatieschap Testplas")
    assert testplas.province_role == ProvinceRole.GEEN
    assert [domain.slug for domain in testplas.domains.all()] == ["recreatie"]
    assert report.objects["partnerships"]["created"] == 2
    assert report.objects["memberships"]["created"] == 4
    assert report.files[str(tmp_path / "deelnemers.csv")].rows["applied"] == 4


def test_semicolon_csv_and_xlsx_participants_read_like_the_csv(tmp_path, municipalities):
    semicolon = HEADER.replace(",", ";") + "\n" + "\n".join(";".join(r) for r in TESTSCHAP[:2])
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Blad1"
    sheet.append(HEADER.split(","))
    sheet.append(list(TESTSCHAP[3]))
    workbook.save(tmp_path / "eigen.xlsx")

    run_import([write(tmp_path, "puntkomma.csv", semicolon), tmp_path / "eigen.xlsx"])

    assert Partnership.objects.get(name="Testschap Noordkwartier").memberships.count() == 2
    assert Partnership.objects.get(name="Recreatieschap Testplas").memberships.count() == 1


def test_mojibake_whitespace_and_case_variants_are_repaired_and_merged(tmp_path, municipalities):
    rows = [
        ("Zaanstad ", "CoÃ¶peratie Testrand", "1500 AD", "Zaandam", "Provincie Noord Holland"),
        ("ZAANSTAD", "Coöperatie  Testrand", "1500 AD", "Zaandam", "Noord-holland"),
        ("Waterschap Rijn en Ijssel", "Coöperatie Testrand", "1500 AD", "Zaandam", NH),
        ("Waterschap Rijn en IJssel ", "Coöperatie Testrand", "1500 AD", "Zaandam", NH),
    ]
    report = run_import([write(tmp_path, "mojibake.csv", participants_csv(rows))])

    partnership = Partnership.objects.get()
    assert partnership.name == "Coöperatie Testrand"
    assert [p.name for p in partnership.provinces.all()] == ["Provincie Noord-Holland"]
    assert sorted(m.organisation.name for m in partnership.memberships.all()) == [
        "Waterschap Rijn en IJssel",
        "Zaanstad",
    ]
    assert Organisation.objects.get(name="Waterschap Rijn en IJssel").kind == "waterschap"
    files = report.files[str(tmp_path / "mojibake.csv")].rows
    assert (files["applied"], files["merged"]) == (2, 2)
    assert any("CoÃ¶peratie" in message for message in report.warnings["repair"])


def test_repair_mojibake_leaves_good_text_alone():
    assert repair_mojibake("SÃºdwest-FryslÃ¢n") == "Súdwest-Fryslân"
    assert repair_mojibake("Waterschap â€™t Suydevelt") == "Waterschap ’t Suydevelt"
    assert repair_mojibake("Súdwest-Fryslân") == "Súdwest-Fryslân"
    assert repair_mojibake("Ã and Â stay") == "Ã and Â stay"


def test_windows_1252_file_is_read_with_a_warning(tmp_path, municipalities):
    rows = [("Zaanstad", "Samenwerking Súdwest-Fryslân Test", "8600 AA", "Sneek", "Fryslân")]
    path = write(tmp_path, "excel.csv", participants_csv(rows), encoding="cp1252")

    report = run_import([path])

    assert Partnership.objects.filter(name="Samenwerking Súdwest-Fryslân Test").exists()
    assert [p.cbs_code for p in Partnership.objects.get().provinces.all()] == ["PV21"]
    (message,) = report.warnings["encoding"]
    assert "Windows-1252" in message and "line 2" in message


# --- bad files ----------------------------------------------------------------------------------


def _bad_files(tmp_path):
    huge = tmp_path / "huge.csv"
    with huge.open("wb") as handle:  # sparse: no 100 MB written to disk
        handle.write(HEADER.encode() + b"\n")
        handle.truncate(100 * 1024 * 1024)
    return {
        "wrong header": (write(tmp_path, "wrong.csv", "Naam,Plaats\nX,Y\n"), "line 1"),
        "missing column": (
            write(tmp_path, "missing.csv", "Deelnemer,Gemeenschappelijke regeling,Postcode\n"),
            "missing column(s) 'Plaats', 'Provincie'",
        ),
        "empty": (write(tmp_path, "empty.csv", ""), "empty"),
        "binary": (_binary(tmp_path), "binary file"),
        "huge": (huge, "more than the maximum of 50 MB"),
        "undecodable": (_undecodable(tmp_path), "line 3, column 7"),
        "bad JSON": (write(tmp_path, "docs.json", '{"documents": [\n  {"id": 1,]}'), "line 2"),
        "wrong JSON": (write(tmp_path, "other.json", '{"rows": []}'), "'documents' list"),
        "exchange typo": (
            write(tmp_path, "sv.csv", "slug,naam,rechtsvorm,plaatss\n"),
            "line 1, column 4: unknown column 'plaatss'",
        ),
    }


def _binary(tmp_path) -> Path:
    path = tmp_path / "image.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    return path


def _undecodable(tmp_path) -> Path:
    # 0x81 is no UTF-8 here and undefined in Windows-1252: no reading can be trusted.
    path = tmp_path / "broken.csv"
    path.write_bytes(HEADER.encode() + b"\nZaanstad,X,1,Y,Z\nWormer\x81and,X,1,Y,Z\n")
    return path


@pytest.mark.parametrize(
    "case",
    [
        "wrong header",
        "missing column",
        "empty",
        "binary",
        "huge",
        "undecodable",
        "bad JSON",
        "wrong JSON",
        "exchange typo",
    ],
)
def test_bad_file_stops_the_import_and_changes_nothing(tmp_path, municipalities, case):
    bad, expected = _bad_files(tmp_path)[case]
    good = write(tmp_path, "good.csv", participants_csv(TESTSCHAP))
    before = register_counts()

    with pytest.raises(CommandError) as error:
        call_command("import_register", str(good), str(bad), "--no-progress")

    assert str(bad) in str(error.value)
    assert expected in str(error.value)
    assert register_counts() == before


def test_run_import_raises_import_file_error_with_position(tmp_path, db):
    with pytest.raises(ImportFileError) as error:
        run_import([_undecodable(tmp_path)])
    assert (error.value.line, error.value.column) == (3, 7)


def test_a_row_with_too_few_fields_is_rejected_with_its_line(tmp_path, municipalities):
    text = participants_csv(TESTSCHAP[:1]) + "Wormerland,Testschap Noordkwartier\n"
    report = run_import([write(tmp_path, "short.csv", text)])

    (rejection,) = report.rejections
    assert rejection["where"] == f"{tmp_path / 'short.csv'}, line 3"
    assert rejection["reason"] == "expected 5 fields, found 2"
    assert Membership.objects.count() == 1


# --- atomicity and dry runs ---------------------------------------------------------------------


def test_a_failure_midway_leaves_the_register_as_it_was(tmp_path, municipalities, monkeypatch):
    def fail(self):
        raise RuntimeError("disk full")

    monkeypatch.setattr(RegionWriter, "link_partnerships", fail)  # after most rows are written
    before = register_counts()

    with pytest.raises(RuntimeError):
        run_import([write(tmp_path, "deelnemers.csv", participants_csv(TESTSCHAP))])

    assert register_counts() == before


def test_dry_run_reports_everything_and_saves_nothing(tmp_path, municipalities):
    path = write(tmp_path, "deelnemers.csv", participants_csv(TESTSCHAP))
    before = register_counts()

    dry = run_import([path], dry_run=True)

    assert register_counts() == before
    assert dry.dry_run and "DRY RUN" in dry.render_text()
    real = run_import([path])
    assert dry.objects == real.objects


def test_command_prints_summary_and_writes_report_files(tmp_path, municipalities, capsys):
    path = write(tmp_path, "deelnemers.csv", participants_csv(TESTSCHAP))
    report_path = tmp_path / "out" / "import.txt"

    call_command("import_register", str(path), "--report", str(report_path), "--no-progress")

    output = capsys.readouterr().out
    assert "partnerships" in output and "Import done." in output
    data = json.loads(report_path.with_suffix(".json").read_text())
    assert data["objects"]["partnerships"]["created"] == 2
    assert report_path.read_text().startswith("Register import")


def test_progress_bar_is_shown_on_a_terminal_only(tmp_path, municipalities, capsys, monkeypatch):
    path = write(tmp_path, "deelnemers.csv", participants_csv(TESTSCHAP))
    call_command("import_register", str(path), "--dry-run", "--report", str(tmp_path / "r.txt"))
    assert "Importing" not in capsys.readouterr().err

    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    call_command("import_register", str(path), "--dry-run", "--report", str(tmp_path / "r.txt"))
    assert "Importing" in capsys.readouterr().err

    call_command(
        "import_register", str(path), "--dry-run", "--no-progress", "--report", str(tmp_path / "r")
    )
    assert "Importing" not in capsys.readouterr().err


# --- editors' changes survive ------------------------------------------------------------------


def test_editor_changes_survive_a_reimport_and_conflicts_are_reported(tmp_path, municipalities):
    run_import([write(tmp_path, "v1.csv", participants_csv(TESTSCHAP))])
    partnership = Partnership.objects.get(name="Testschap Noordkwartier")
    revisions = partnership.revisions.count()
    # What an editor does in the admin: rename, move the seat, remove a participant.
    partnership.name = "Testschap Noordkwartier (TNK)"
    partnership.seat_place = "Wormerveer"
    partnership.save()
    partnership.memberships.get(organisation=municipalities["wormerland"]).delete()
    # The source moves the seat too and changes the postcode, which the editor left alone.
    changed = [
        (who, name, "1440 AA" if name.startswith("Testschap") else code, "Purmerend", prov)
        for who, name, code, _place, prov in TESTSCHAP
    ]

    report = run_import([write(tmp_path, "v2.csv", participants_csv(changed))])

    partnership.refresh_from_db()
    assert partnership.name == "Testschap Noordkwartier (TNK)"
    assert partnership.seat_place == "Wormerveer"
    assert partnership.seat_postcode == "1440 AA"
    assert not partnership.memberships.filter(organisation=municipalities["wormerland"]).exists()
    assert partnership.memberships.count() == 2
    assert any("seat_place" in c and "Wormerveer" in c for c in report.conflicts)
    assert report.editor_changes_kept >= 3  # name, seat, the removed participant
    assert partnership.revisions.count() == revisions + 1  # the postcode changed
    assert Partnership.objects.filter(name__startswith="Testschap").count() == 1


def test_source_removals_apply_and_editor_additions_stay(tmp_path, municipalities):
    run_import([write(tmp_path, "v1.csv", participants_csv(TESTSCHAP[:3]))])
    partnership = Partnership.objects.get(name="Testschap Noordkwartier")
    MembershipFactory(partnership=partnership, organisation=municipalities["purmerend"])

    report = run_import([write(tmp_path, "v2.csv", participants_csv(TESTSCHAP[:1]))])

    names = sorted(m.organisation.name for m in partnership.memberships.all())
    assert names == ["Purmerend", "Zaanstad"]
    assert report.objects["memberships"]["deleted"] == 2


def test_second_import_of_the_same_file_changes_nothing(tmp_path, municipalities):
    path = write(tmp_path, "deelnemers.csv", participants_csv(TESTSCHAP))
    run_import([path])
    before = register_counts()

    report = run_import([path])

    assert register_counts() == before
    assert not report.changed_anything()
    assert report.objects["partnerships"]["unchanged"] == 2


# --- the register's own exchange format ---------------------------------------------------------


@pytest.fixture
def register_entries(db):
    noord_holland = ProvinceFactory(name=NH, cbs_code="PV27")
    utrecht = ProvinceFactory(name="Provincie Utrecht", cbs_code="PV26")
    zaanstad = OrganisationFactory(name="Zaanstad", cbs_code="GM0479")
    soest = OrganisationFactory(name="Soest", cbs_code="GM0342")
    water = Organisation.objects.create(
        name="Hoogheemraadschap Testland", kind=OrganisationKind.WATERSCHAP
    )
    afval, veiligheid = (
        PolicyDomain.objects.get(slug="afval"),
        PolicyDomain.objects.get(slug="veiligheid"),
    )
    parent = PartnershipFactory(
        name="Metropoolregio Test",
        slug="metropoolregio-test",
        provinces=[noord_holland],
        participants=[zaanstad],
        import_source="handmatig",
    )
    partnership = PartnershipFactory(
        name="Afvalschap Testkust",
        slug="afvalschap-testkust",
        abbreviation="ATK",
        citation_title="Gemeenschappelijke regeling Afvalschap Testkust",
        wgr_form="OL",
        powers_obtained="delegatie",
        executing_body="Testkust Uitvoering",
        bronhouder=zaanstad,
        entry_into_force=datetime.date(2004, 1, 1),
        domains=[afval, veiligheid],
        phase="evaluatie",
        status="actief",
        status_start=datetime.date(2004, 1, 1),
        seat_address="Postbus 1",
        seat_postcode="1500 AD",
        seat_place="Zaandam",
        provinces=[noord_holland, utrecht],
        province_role=ProvinceRole.PENVOERDER,
        account_holder="Gedeputeerde Test",
        official_contact="A. Ambtenaar",
        legal_basis="Wgr art. 8",
        legal_basis_url="https://example.org/regeling",
        description="Afval — met “aanhalingstekens”, komma's, en\nregels.",
        tooi_uri="https://identifier.overheid.nl/tooi/id/so/so0001",
        national_register_id="42",
        cbs_code="GR0316",
        part_of=parent,
        tags=["circulair", "kust"],
        last_verified=datetime.date(2025, 5, 1),
        last_verified_by="Registerbeheer",
        import_source="handmatig",
    )
    MembershipFactory(
        partnership=partnership,
        organisation=zaanstad,
        role=Role.PENVOERDER,
        joined=datetime.date(2004, 1, 1),
        cost_share=Decimal("62.5"),
        governing_bodies=["raad", "college"],
        seats=2,
        annual_contribution=Decimal("125000.50"),
    )
    MembershipFactory(partnership=partnership, organisation=soest, left=datetime.date(2020, 1, 1))
    MembershipFactory(partnership=partnership, organisation=water, role=Role.ADVISEUR)
    MembershipFactory(partnership=partnership, organisation=noord_holland)


def export_rows():
    partnerships = Partnership.objects.order_by("slug").prefetch_related(
        "domains", "provinces", "regions", "tags", "memberships"
    )
    rows = [partnership_row(p) for p in partnerships]
    memberships = Membership.objects.select_related("partnership", "organisation").order_by(
        "partnership__slug", "organisation__slug"
    )
    return rows, [membership_row(m) for m in memberships]


def comparable(rows):
    return [
        {k: str(v) for k, v in row.items() if k not in ("url", "aantal_deelnemers")} for row in rows
    ]


def organisations():
    return sorted(Organisation.objects.values_list("slug", "name", "kind", "cbs_code"))


def write_exchange(tmp_path, rows, memberships, fmt) -> list[Path]:
    if fmt == "csv":
        paths = []
        for name, columns, data in (
            ("samenwerkingsverbanden.csv", PARTNERSHIP_COLUMNS, rows),
            ("deelnemers.csv", MEMBERSHIP_COLUMNS, memberships),
        ):
            buffer = io.StringIO()
            writer = csv.DictWriter(buffer, fieldnames=columns)
            writer.writeheader()
            writer.writerows(data)
            path = tmp_path / name
            path.write_text("\ufeff" + buffer.getvalue(), encoding="utf-8")  # as exports.py
            paths.append(path)
        return paths
    workbook = Workbook(write_only=True)
    for title, columns, data in (
        ("samenwerkingsverbanden", PARTNERSHIP_COLUMNS, rows),
        ("deelnemers", MEMBERSHIP_COLUMNS, memberships),
    ):
        sheet = workbook.create_sheet(title=title)
        sheet.append(columns)
        for row in data:
            sheet.append([row.get(column, "") for column in columns])
    path = tmp_path / "register.xlsx"
    workbook.save(path)
    return [path]


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_export_imports_back_into_an_empty_register_unchanged(tmp_path, register_entries, fmt):
    rows, memberships = export_rows()
    orgs = organisations()
    paths = write_exchange(tmp_path, rows, memberships, fmt)
    Membership.objects.all().delete()
    Partnership.objects.all().delete()
    Organisation.objects.all().delete()

    report = run_import(paths)

    assert not report.rejections
    new_rows, new_memberships = export_rows()
    assert comparable(new_rows) == comparable(rows)
    assert comparable(new_memberships) == comparable(memberships)
    assert organisations() == orgs
    assert all(p.live for p in Partnership.objects.all())


def test_exchange_reimport_keeps_an_editors_name_and_reports_the_conflict(
    tmp_path, register_entries
):
    rows, memberships = export_rows()
    run_import(write_exchange(tmp_path, rows, memberships, "csv"))  # becomes the baseline
    Partnership.objects.filter(slug="afvalschap-testkust").update(name="Afvalschap Kust")
    for row in rows:
        if row["slug"] == "afvalschap-testkust":
            row["naam"] = "Afvalschap Testkust en Omstreken"

    report = run_import(write_exchange(tmp_path, rows, memberships, "csv"))

    assert Partnership.objects.get(slug="afvalschap-testkust").name == "Afvalschap Kust"
    (conflict,) = [c for c in report.conflicts if "name" in c]
    assert "Afvalschap Kust" in conflict and "Afvalschap Testkust en Omstreken" in conflict


def test_register_rows_that_break_the_models_rules_are_rejected(tmp_path, db):
    rows = [
        {"slug": "goed", "naam": "Goede regeling", "rechtsvorm": "wgr", "cbs_code": "GR0001"},
        {"slug": "fout-code", "naam": "Foute code", "rechtsvorm": "wgr", "cbs_code": "GR1"},
        {"slug": "fout-vorm", "naam": "Stichting X", "rechtsvorm": "stichting", "wgr_vorm": "OL"},
        {"slug": "fout-soort", "naam": "Onbekend", "rechtsvorm": "kerkgenootschap"},
    ]
    buffer = io.StringIO()
    writer = csv.DictWriter(
        buffer, fieldnames=["slug", "naam", "rechtsvorm", "wgr_vorm", "cbs_code"]
    )
    writer.writeheader()
    writer.writerows(rows)

    report = run_import([write(tmp_path, "samenwerkingsverbanden.csv", buffer.getvalue())])

    assert list(Partnership.objects.values_list("slug", flat=True)) == ["goed"]
    lines = [item["where"].split(", ")[1] for item in report.rejections]
    assert lines == ["line 3", "line 4", "line 5"]
    assert report.rejections[2]["where"].endswith("column 3 (rechtsvorm)")
    assert "cbs_code" in report.rejections[0]["reason"]
    assert "wgr_form" in report.rejections[1]["reason"]
    assert "kerkgenootschap" in report.rejections[2]["reason"]


def test_membership_of_an_unknown_partnership_is_rejected_with_line_and_column(tmp_path, db):
    text = (
        ",".join(MEMBERSHIP_COLUMNS)
        + "\nbestaat-niet,X,zaanstad,Zaanstad,gemeente,GM0479,deelnemer,,,,,,,\n"
    )
    report = run_import([write(tmp_path, "deelnemers.csv", text)])

    (rejection,) = report.rejections
    assert rejection["where"].endswith("line 2, column 1 (samenwerkingsverband)")
    assert "unknown partnership 'bestaat-niet'" in rejection["reason"]


# --- the real data ------------------------------------------------------------------------------
# Imported once (twice: the second run must change nothing) for the tests below; removed
# again afterwards, since it is committed outside the tests' transactions.


@pytest.fixture(scope="module")
def real_import(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        first = run_import([DATA])
        revisions = Revision.objects.count()
        second = run_import([DATA])
        yield {"first": first, "second": second, "revisions": revisions}
        Region.objects.all().delete()
        RegionalDivision.objects.all().delete()
        Membership.objects.all().delete()
        Partnership.objects.all().delete()
        Organisation.objects.all().delete()
        Revision.objects.filter(
            content_type=ContentType.objects.get_for_model(Partnership)
        ).delete()
        IndexEntry.objects.filter(
            content_type__in=ContentType.objects.get_for_models(
                Partnership, Organisation, Region
            ).values()
        ).delete()
        ModelLogEntry.objects.filter(
            content_type=ContentType.objects.get_for_model(Partnership)
        ).delete()


@pytest.fixture
def real(real_import, db):
    return real_import


def test_real_data_counts(real):
    counts = real["first"].objects
    assert counts["partnerships"]["created"] == Partnership.objects.count() == 606
    assert counts["organisations"]["created"] == Organisation.objects.count() == 600
    assert counts["memberships"]["created"] == Membership.objects.count() == 3693
    assert Partnership.objects.filter(live=True).count() == 606
    assert Organisation.objects.filter(kind="gemeente").exclude(cbs_code=None).count() == 446
    assert Organisation.objects.filter(kind="provincie").count() == 12
    assert RegionalDivision.objects.count() == 34
    # Every partnership from the DSTA/CBS list is there, with or without participants.
    assert Partnership.objects.filter(memberships=None).count() > 100
    assert Partnership.objects.exclude(cbs_code="").count() == 76


def test_real_data_every_row_is_accounted_for(real):
    report = real["first"]
    for summary in report.files.values():
        assert (
            summary.total
            == summary.rows["applied"] + summary.rows["merged"] + summary.rows["rejected"]
        )
    opengr = report.files[str(DATA / "opengr_provincies.csv")]
    assert opengr.total == 3752
    assert all(item["where"] and item["reason"] for item in report.rejections)
    zaanstreek = [r for r in report.rejections if "'Zaanstreek' is a region" in r["reason"]]
    assert zaanstreek and zaanstreek[0]["where"].endswith("line 1000, column 1 (Deelnemer)")


def test_real_data_mojibake_is_repaired(real):
    assert not Organisation.objects.filter(name__contains="Ã").exists()
    assert not Partnership.objects.filter(name__contains="Ã").exists()
    assert Organisation.objects.get(name="Wetterskip Fryslân").kind == "waterschap"
    assert Partnership.objects.filter(name="Veiligheidsregio Fryslân").exists()
    # "SÃºdwest-FryslÃ¢n" in OpenGR is the municipality Súdwest-Fryslân of the Regioatlas.
    sudwest = Organisation.objects.get(cbs_code="GM1900")
    assert Membership.objects.filter(organisation=sudwest).count() >= 5


def test_real_data_misspelt_province_is_the_province(real):
    assert not Organisation.objects.filter(name__icontains="overrijssel").exists()
    overijssel = Organisation.objects.get(cbs_code="PV23")
    assert overijssel.name == "Provincie Overijssel"
    crematoria = Partnership.objects.get(name="Openbaar Lichaam Crematoria Twente")
    assert [p.cbs_code for p in crematoria.provinces.all()] == ["PV23"]
    assert Organisation.objects.get(cbs_code="PV21").name == "Provincie Fryslân"


def test_real_data_duplicates_and_case_variants_are_merged(real):
    # Reported twice (by "Overrijssel" and "Overijssel"), once with its abbreviation.
    crematoria = Partnership.objects.get(name="Openbaar Lichaam Crematoria Twente")
    assert crematoria.abbreviation == "OLCT"
    assert crematoria.memberships.count() == 13
    assert Organisation.objects.filter(name__iexact="capelle aan den ijssel").count() == 1
    assert Organisation.objects.filter(name__iexact="waterschap rivierenland").count() == 1
    assert (
        Organisation.objects.filter(name__icontains="van rijnland", kind="waterschap").count() == 1
    )


def test_real_data_municipalities_get_their_cbs_codes(real):
    expected = {
        "Zaanstad": "GM0479",
        "'s-Hertogenbosch": "GM0796",
        "Nuenen, Gerwen en Nederwetten": "GM0820",
        "Hengelo (O)": "GM0164",
        "Bergen (NH)": "GM0373",
        "Geldrop-Mierlo": "GM1771",
    }
    for name, code in expected.items():
        assert Organisation.objects.get(name=name).cbs_code == code
    zaanstad = Organisation.objects.get(cbs_code="GM0479")
    assert zaanstad.province.cbs_code == "PV27"
    geestmerambacht = Partnership.objects.get(name="Recreatieschap Geestmerambacht")
    assert geestmerambacht.memberships.filter(organisation__cbs_code="GM0373").exists()


def test_real_data_merged_municipalities_are_historical(real):
    bolsward = Organisation.objects.get(name="Bolsward")
    assert bolsward.cbs_code == "GM0064"
    assert bolsward.active_until == datetime.date(2010, 12, 31)
    assert [s.cbs_code for s in bolsward.successors.all()] == ["GM1900"]
    haren = Organisation.objects.get(cbs_code="GM0017")
    assert [s.cbs_code for s in haren.successors.all()] == ["GM0014"]
    assert Organisation.objects.get(cbs_code="GM1952").name == "Midden-Groningen"


def test_real_data_documents_are_linked_or_rejected_with_a_reason(real):
    # The source says "Dobbeplas - Provincie Zuid Holland"; the partnership is the
    # "Natuur- en Recreatieschap Dobbeplas".
    jaarstukken = PartnershipDocument.objects.get(title="Dobbeplas-Jaarstukken-2014")
    assert jaarstukken.partnership.name == "Natuur- en Recreatieschap Dobbeplas"
    assert jaarstukken.partnership.documents.count() == 11
    assert (jaarstukken.kind, jaarstukken.year) == ("jaarrekening", 2014)
    assert jaarstukken.url.startswith("https://assets.documentcloud.org/")
    assert jaarstukken.published == datetime.date(2016, 3, 4)
    reasons = [r["reason"] for r in real["first"].rejections if r["kind"] == "documents"]
    assert any("is a province, not a partnership" in reason for reason in reasons)
    assert any("'Stichting LMA'" in reason for reason in reasons)


def test_real_data_regions_and_collaborations(real):
    division = RegionalDivision.objects.get(name="Veiligheidsregio's")
    assert division.domain == "veiligheid" and division.is_collaboration
    assert not RegionalDivision.objects.get(name="COROP regio's").is_collaboration
    region = Region.objects.get(division=division, name="Zaanstreek-Waterland")
    assert region.partnership.name == "Veiligheidsregio Zaanstreek - Waterland"
    assert region.municipalities.filter(cbs_code="GM0479").exists()
    assert region in region.partnership.regions.all()


def test_real_data_second_import_changes_nothing(real):
    second = real["second"]
    assert not second.changed_anything()
    assert second.objects["partnerships"]["unchanged"] == 606
    assert Revision.objects.count() == real["revisions"]
