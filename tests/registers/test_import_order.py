"""Source precedence: the register does not depend on which files are imported when, in
which order, or how often (registers/importer/precedence.py).

The files in tests/registers/data/import_order are the real data/opengr files cut down to
the provinces Utrecht and Flevoland (rows copied unchanged; see its README), so that an
import takes a second rather than the full data's fifteen."""

from pathlib import Path

from django.db import transaction

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from registers.exchange import partnership_row
from registers.importer import run_import
from registers.importer.partnerships import DSTA, OPENGR, REGISTER
from registers.importer.precedence import UNION_FIELDS, rank, resolve
from registers.models import Organisation, Partnership

DATA = Path(__file__).parent / "data" / "import_order"
FILES = {
    "regioatlas": DATA / "regioatlas",
    "opengr": DATA / "opengr_provincies.csv",
    "dsta": DATA / "gemeenschappelijke_regelingen_dsta_cbs.csv",
    "documents": DATA / "opengr_provincies_financieel_docs.json",
}
# Slugs and URLs name a partnership by the name it had when it was created (a URL stays
# put when a better source renames it later); the rest of the export must be equal.
NOT_COMPARED = {"slug", "url", "bron"}


def register_export():
    """The register as its export shows it, without slugs: partnerships by name and seat,
    with their participants; organisations with their codes, provinces and successors."""
    partnerships = sorted(
        (
            tuple(
                sorted(
                    (column, str(value))
                    for column, value in partnership_row(partnership).items()
                    if column not in NOT_COMPARED
                )
            ),
            tuple(
                sorted(
                    (m.organisation.cbs_code or m.organisation.name, m.role)
                    for m in partnership.memberships.all()
                )
            ),
            tuple(sorted(document.url for document in partnership.documents.all())),
        )
        for partnership in Partnership.objects.prefetch_related(
            "domains",
            "provinces",
            "regions",
            "tagged_items__tag",
            "memberships__organisation",
            "documents",
        )
    )
    organisations = sorted(
        (
            organisation.name,
            organisation.kind,
            organisation.cbs_code or "",
            organisation.province.cbs_code if organisation.province else "",
            str(organisation.active_until or ""),
            tuple(sorted(s.cbs_code or s.name for s in organisation.successors.all())),
        )
        for organisation in Organisation.objects.select_related("province").prefetch_related(
            "successors"
        )
    )
    return partnerships, organisations


def difference(export, expected) -> str:
    """What differs, readably: the rows only one side has."""
    lines = []
    for label, got, want in zip(("partnership", "organisation"), export, expected, strict=True):
        lines += [f"+ {label} {row}" for row in sorted(set(got) - set(want), key=str)[:5]]
        lines += [f"- {label} {row}" for row in sorted(set(want) - set(got), key=str)[:5]]
    return "\n".join(lines)


def assert_same(export, expected, what=""):
    assert export == expected, f"{what}\n{difference(export, expected)}"


def imported(batches):
    """The export after importing the batches one after the other, rolled back after."""
    with transaction.atomic():
        for batch in batches:
            run_import([FILES[name] for name in batch])
        export = register_export()
        transaction.set_rollback(True)
    return export


@pytest.fixture(scope="module")
def all_at_once(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        return imported([list(FILES)])


def test_the_fixture_has_what_the_sources_disagree_on(all_at_once):
    partnerships, organisations = all_at_once
    assert len(partnerships) > 50 and len(organisations) > 50
    # Names, postcodes and places on which OpenGR and the DSTA list differ: the ground of
    # the 175 partnerships that a re-import of the full OpenGR file used to change.
    assert any(dict(row)["plaats"] for row, _members, _documents in partnerships)
    assert sum(len(documents) for _row, _members, documents in partnerships) > 10


@pytest.mark.django_db
def test_reimporting_any_one_source_after_all_changes_nothing(all_at_once):
    for name in FILES:
        assert_same(imported([list(FILES), [name]]), all_at_once, name)


@pytest.mark.django_db
def test_the_national_list_before_or_after_opengr_gives_the_same_register(all_at_once):
    # The national list alone first: OpenGR later must not overrule its names and seats.
    assert_same(imported([["regioatlas", "dsta"], ["opengr", "documents"]]), all_at_once)
    assert_same(imported([["regioatlas", "opengr", "documents"], ["dsta"]]), all_at_once)


batches = st.lists(
    st.lists(st.sampled_from(sorted(FILES)), min_size=1, max_size=4, unique=True),
    min_size=0,
    max_size=3,
)


@pytest.mark.django_db
@settings(
    max_examples=8,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    with_reference=st.sets(st.sampled_from(["dsta", "opengr"])),
    later=st.permutations(["dsta", "opengr"]),
    together=st.booleans(),
    again=batches,
)
def test_any_order_any_repetition_gives_the_same_register(
    all_at_once, with_reference, later, together, again
):
    """The reference (Regioatlas) first, with any of the partnership sources; the others in
    any order, in one import or one each, the documents with or after the last of them;
    then any subsets of the files again, any number of times."""
    rest = [name for name in later if name not in with_reference]
    order = [["regioatlas", *sorted(with_reference)]]
    if rest:
        order += [rest] if together else [[name] for name in rest]
    order[-1] = [*order[-1], "documents"]
    order += again
    assert_same(imported(order), all_at_once, order)


# --- the declared precedence ---------------------------------------------------------------------


def test_the_national_list_outranks_opengr_and_the_register_outranks_both():
    for field in ("name", "seat_postcode", "seat_place", "abbreviation"):
        assert rank(field, REGISTER) > rank(field, DSTA) > rank(field, OPENGR)
    assert rank("cbs_code", OPENGR) == 0  # OpenGR gives no codes


def test_resolve_takes_the_highest_source_whatever_came_last():
    assert resolve("name", {"opengr": "Alg Muziekschool", "dsta": "Algemene Muziekschool"}) == (
        "Algemene Muziekschool",
        DSTA,
    )
    assert resolve("name", {"opengr": "X", "dsta": ""}) == ("X", OPENGR)
    assert resolve("name", {}) == (None, None)


def test_multi_valued_fields_are_unions_unless_the_register_names_them():
    assert "domains" in UNION_FIELDS
    assert resolve("provinces", {"opengr": ["PV26"], "dsta": ["PV24"]})[0] == ["PV24", "PV26"]
    assert resolve("provinces", {"opengr": ["PV26"], "register": ["PV27"]})[0] == ["PV27"]
