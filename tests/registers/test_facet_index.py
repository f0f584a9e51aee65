"""Today's facet counts from bitmaps of the published register (registers/facet_index.py):
the same counts as SQL for a text's matches too, built once per generation, shared between
processes through the cache, and rebuilt when a publish starts a new generation. Random
filter combinations are compared with independent counts in tests/registers/test_search.py
(on both counting paths)."""

import datetime

from django.core.cache import cache
from django.db import connection
from django.http import QueryDict
from django.test.utils import CaptureQueriesContext

import pytest
from pyroaring import BitMap

from demo.factories.registers import (
    OrganisationFactory,
    PartnershipFactory,
    PolicyDomainFactory,
)
from registers import exports, facet_index, insights
from registers.choices import PartnershipKind, Phase
from registers.insights import indexed_insight_counts, insight_counts
from registers.models import Membership, Partnership
from registers.search import RegisterQuery, _counted, search_register

# 40 partnerships with random facet values (a fixture, used by name below).
from tests.registers.test_search import random_register  # noqa: F401

pytestmark = pytest.mark.django_db


@pytest.fixture
def bitmaps(settings):
    settings.REGISTER_FACET_INDEX = True
    cache.clear()
    facet_index.forget()
    yield
    facet_index.forget()


@pytest.fixture
def register(db):
    afval = PolicyDomainFactory(slug="afval", name="Afval")
    water = PolicyDomainFactory(slug="water", name="Water")
    zaanstad = OrganisationFactory(name="Zaanstad", slug="zaanstad")
    oostzaan = OrganisationFactory(name="Oostzaan", slug="oostzaan")
    concept = OrganisationFactory(name="Concept", slug="concept", live=False)
    PartnershipFactory(
        name="Afvalinzameling Zaanstreek", domains=[afval], participants=[zaanstad, concept]
    )
    PartnershipFactory(
        name="Afvalverwerking Waterland", domains=[afval, water], participants=[oostzaan]
    )
    PartnershipFactory(name="Waterschap Zaanstreek", domains=[water], participants=[zaanstad])
    PartnershipFactory(
        name="Afval in concept", live=False, domains=[afval], participants=[zaanstad]
    )
    return {"afval": afval, "water": water, "zaanstad": zaanstad, "oostzaan": oostzaan}


def query(**params):
    values = QueryDict(mutable=True)
    for param, value in params.items():
        values.setlist(param, value if isinstance(value, list) else [value])
    return RegisterQuery.from_params(values)


def counts_in_sql(text_ids, register_query):
    public = Partnership.objects.public()
    matching = public if text_ids is None else public.filter(pk__in=text_ids)
    return _counted(matching, register_query)


@pytest.mark.parametrize(
    "params",
    [{}, {"domein": "afval"}, {"domein": ["afval", "water"], "deelnemer": "zaanstad"}],
)
def test_counts_over_a_texts_matches_equal_those_in_sql(register, bitmaps, params):
    register_query = query(**params)
    text_ids = list(
        Partnership.objects.filter(name__icontains="zaanstreek").values_list("pk", flat=True)
    )
    # The unpublished entry is among the "matches" too: the bitmaps leave it out as SQL does.
    text_ids += list(Partnership.objects.filter(live=False).values_list("pk", flat=True))

    index = facet_index.current()

    assert index.counts(BitMap(text_ids), register_query) == counts_in_sql(text_ids, register_query)
    assert index.counts(None, register_query) == counts_in_sql(None, register_query)


def test_a_draft_participant_and_an_unpublished_entry_are_not_counted(register, bitmaps):
    index = facet_index.current()

    assert "concept" not in index.values["deelnemer"]
    assert len(index.public) == 3
    assert index.counts(None, query())["domein"] == {"afval": 2, "water": 2}


def test_built_once_per_generation_and_shared_through_the_cache(register, bitmaps):
    with CaptureQueriesContext(connection) as building:
        first = facet_index.current()
    assert len(building) > 0

    with CaptureQueriesContext(connection) as again:
        assert facet_index.current() is first
    assert len(again) == 0

    # Another process (nothing kept in it) reads the cache instead of the register.
    facet_index.forget()
    with CaptureQueriesContext(connection) as other_process:
        loaded = facet_index.current()
    assert len(other_process) == 0
    assert loaded.counts(None, query()) == first.counts(None, query())


def test_a_publish_starts_a_generation_whose_counts_include_it(
    register, bitmaps, client, django_capture_on_commit_callbacks
):
    before = facet_index.current().counts(None, query())["domein"]["afval"]
    entry = PartnershipFactory(name="Afvalscheiding Wormerland", live=False)
    entry.domains.add(register["afval"])
    generation = exports.generation()

    with django_capture_on_commit_callbacks(execute=True):
        entry.save_revision().publish()

    assert exports.generation() != generation
    result = search_register(query())
    afval = {v.value: v.count for f in result.facets if f.facet.param == "domein" for v in f.values}
    assert afval["afval"] == before + 1


def test_the_register_on_a_date_counts_that_days_participants(register, bitmaps):
    partnership = Partnership.objects.get(name="Afvalverwerking Waterland")
    Membership.objects.filter(partnership=partnership).update(left=datetime.date(2020, 1, 1))
    exports.new_generation()

    today = search_register(query(domein="afval"))
    on_a_date = search_register(query(domein="afval", peildatum="2021-06-01"))

    def participants(result):
        facet = next(f for f in result.facets if f.facet.param == "deelnemer")
        return {v.value: v.count for v in facet.values}

    # Today's register lists the participations it has had (ended ones too); on a date after
    # Oostzaan left, that day's participants only — counted in SQL, not from today's bitmaps.
    assert participants(today) == {"zaanstad": 1, "oostzaan": 1}
    assert participants(on_a_date) == {"zaanstad": 1}


@pytest.mark.parametrize(
    "params",
    [
        {},
        {"domein": "afval"},
        {"provincie": ["pv-a", "pv-b"]},
        {"deelnemer": "gemeente-1", "rechtsvorm": PartnershipKind.values[0]},
        {"tag": "circulair", "fase": Phase.values},
    ],
)
@pytest.mark.usefixtures("random_register")
def test_the_insights_from_bitmaps_equal_those_counted_in_sql(bitmaps, params):
    zaanstad = OrganisationFactory(name="Zaanstad", slug="zaanstad")
    concept = OrganisationFactory(name="Concept", slug="concept", live=False)
    # No participant at all; one organisation twice (two roles); a draft participant.
    PartnershipFactory(name="Zonder deelnemers", participants=[])
    PartnershipFactory(
        name="Twee rollen",
        participants=[(zaanstad, "deelnemer"), (zaanstad, "penvoerder"), concept],
    )
    exports.new_generation()
    register_query = query(**params)

    from_bitmaps = indexed_insight_counts(facet_index.current(), register_query)

    assert from_bitmaps == insight_counts(insights._selection(register_query))
    assert from_bitmaps["total"] > 0


def test_an_unreadable_cache_entry_is_rebuilt_not_served(register, bitmaps):
    built = facet_index.current()
    key = f"register-facet-index:v{facet_index.FORMAT}:{exports.generation()}"
    cache.set(key, b"what an older version kept")
    facet_index.forget()

    assert facet_index.current().counts(None, query()) == built.counts(None, query())


@pytest.mark.usefixtures("random_register")
def test_the_filter_options_from_bitmaps_equal_those_counted_in_sql(bitmaps, settings):
    from registers.network import _filter_options

    from_bitmaps = _filter_options()
    settings.REGISTER_FACET_INDEX = False

    assert from_bitmaps == _filter_options()
    assert all(options for options in from_bitmaps)
