"""Facet counts of the register search equal counts computed independently, for random
filter combinations (hypothesis), counted in SQL and from the facet bitmaps
(registers/facet_index.py) alike. Runs on whichever database the suite runs on."""

import random
from collections import Counter

from django.http import QueryDict

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from demo.factories.registers import (
    OrganisationFactory,
    PartnershipFactory,
    PolicyDomainFactory,
    ProvinceFactory,
    RegionFactory,
)
from registers.choices import PartnershipKind, Phase, ProvinceRole, Status
from registers.models import Partnership
from registers.search import FACETS, RegisterQuery, search_register
from search.matching import id_subquery

pytestmark = pytest.mark.django_db

DOMAINS = ["afval", "water", "zorg", "veiligheid"]
PROVINCES = ["pv-a", "pv-b", "pv-c"]
ORGANISATIONS = [f"gemeente-{n}" for n in range(8)]
REGIONS = ["regio-noord", "regio-zuid"]
TAGS = ["circulair", "digitaal", "grensregio"]


@pytest.fixture
def random_register(db):
    """40 partnerships with random facet values, and their values as plain sets."""
    rng = random.Random(20261127)
    domains = {slug: PolicyDomainFactory(slug=slug, name=slug.title()) for slug in DOMAINS}
    provinces = {
        slug: ProvinceFactory(name=f"Provincie {slug}", slug=slug, cbs_code=f"PV{20 + i}")
        for i, slug in enumerate(PROVINCES)
    }
    organisations = {
        slug: OrganisationFactory(name=slug, slug=slug, cbs_code=f"GM{9000 + i}")
        for i, slug in enumerate(ORGANISATIONS)
    }
    regions = {slug: RegionFactory(name=slug, slug=slug) for slug in REGIONS}
    truth = []
    for number in range(40):
        values = {
            "rechtsvorm": {rng.choice(PartnershipKind.values)},
            "domein": set(rng.sample(DOMAINS, rng.randint(0, 2))),
            "provincie": set(rng.sample(PROVINCES, rng.randint(0, 2))),
            "deelnemer": set(rng.sample(ORGANISATIONS, rng.randint(1, 4))),
            "regio": set(rng.sample(REGIONS, rng.randint(0, 1))),
            "rol": {rng.choice(ProvinceRole.values)},
            "fase": {rng.choice(Phase.values)},
            "status": {rng.choice(Status.values)},
            "tag": set(rng.sample(TAGS, rng.randint(0, 2))),
        }
        PartnershipFactory(
            name=f"Verband {number}",
            kind=next(iter(values["rechtsvorm"])),
            province_role=next(iter(values["rol"])),
            phase=next(iter(values["fase"])),
            status=next(iter(values["status"])),
            domains=[domains[s] for s in values["domein"]],
            provinces=[provinces[s] for s in values["provincie"]],
            participants=[organisations[s] for s in values["deelnemer"]],
            regions=[regions[s] for s in values["regio"]],
            tags=sorted(values["tag"]),
        )
        truth.append(values)
    PartnershipFactory(name="Niet gepubliceerd", live=False, domains=[domains["afval"]])
    return truth


CANDIDATES = {
    "rechtsvorm": PartnershipKind.values,
    "domein": DOMAINS,
    "provincie": PROVINCES,
    "deelnemer": ORGANISATIONS,
    "regio": REGIONS,
    "rol": ProvinceRole.values,
    "fase": Phase.values,
    "status": Status.values,
    "tag": TAGS,
}

selections = st.fixed_dictionaries(
    {},
    optional={
        param: st.lists(st.sampled_from(values), min_size=1, max_size=3, unique=True)
        for param, values in CANDIDATES.items()
    },
)


def matches(values, selected, skip=None):
    return all(values[param] & set(chosen) for param, chosen in selected.items() if param != skip)


@pytest.fixture(params=["sql", "bitmaps"])
def counting(request, settings):
    """Today's counts from SQL or from the facet bitmaps of the register's generation."""
    from registers.facet_index import forget

    settings.REGISTER_FACET_INDEX = request.param == "bitmaps"
    forget()
    yield request.param
    forget()


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(selected=selections)
def test_facet_counts_equal_independent_counts(random_register, counting, selected):
    params = QueryDict(mutable=True)
    for param, values in selected.items():
        params.setlist(param, values)
    result = search_register(RegisterQuery.from_params(params))

    expected_count = sum(matches(values, selected) for values in random_register)
    assert result.count == expected_count

    for facet_result in result.facets:
        param = facet_result.facet.param
        expected = Counter()
        for values in random_register:
            if matches(values, selected, skip=param):
                expected.update(values[param])
        for chosen in selected.get(param, []):
            expected.setdefault(chosen, 0)
        got = {item.value: item.count for item in facet_result.values}
        assert got == dict(expected), param


def test_every_facet_value_is_counted_none_cut_off(random_register, counting):
    result = search_register(RegisterQuery.from_params(QueryDict()))
    participants = next(f for f in result.facets if f.facet.param == "deelnemer")
    assert {item.value for item in participants.values} == set(ORGANISATIONS)
    assert [f.facet.param for f in result.facets] == [facet.param for facet in FACETS]


def test_id_subquery_takes_more_ids_than_sqlite_allows_variables():
    partnership = PartnershipFactory()
    ids = [partnership.pk, *range(10**6, 10**6 + 40_000)]  # SQLite's limit is 32,766
    found = Partnership.objects.filter(pk__in=id_subquery(Partnership, ids))
    assert list(found.values_list("pk", flat=True)) == [partnership.pk]
