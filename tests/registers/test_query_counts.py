"""The register's pages ask the database the same number of questions whatever the
register's size (issue 12): no query per partnership, membership or facet value (N+1).

Each page is requested on a small register and again after it has more than doubled (more
partnerships, participants, domains, provinces, regions and tags, so every facet has more
values and the busiest organisation more memberships); the counts must be equal."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from demo.factories.registers import (
    OrganisationFactory,
    PartnershipFactory,
    PolicyDomainFactory,
    ProvinceFactory,
    RegionFactory,
)
from registers.choices import Phase, Role

pytestmark = pytest.mark.django_db

PAGES = {
    "landing": "",
    "landing, JSON": "?format=json",
    "text": "?q=afval",
    "text + 2 facets": "?q=afval&domein=afval&fase=uitvoering",
    "2 facets, no text": "?domein=afval&fase=uitvoering",
    "text + 2 facets, JSON": "?q=afval&domein=afval&fase=uitvoering&format=json",
    "sorted by name, page 2": "?q=afval&sort=naam&page=2",
    "busiest organisation": "organisaties/{zaanstad}/",
    "busiest organisation, JSON": "organisaties/{zaanstad}/?format=json",
    "busiest organisation, page 2": "organisaties/{zaanstad}/?page=2",
    "network": "netwerk/",
    "network of a domain": "netwerk/?domein=afval",
    "insights": "inzichten/",
    "insights of a text": "inzichten/?q=afval",
    # The register on a date (registers/peildatum.py): no query per partnership either.
    "on a date": "?peildatum=2020-01-01",
    "on a date, text + 2 facets": "?peildatum=2020-01-01&q=afval&domein=afval&deelnemer={zaanstad}",
    "on a date, JSON": "?peildatum=2020-01-01&fase=uitvoering&format=json",
    "busiest organisation on a date": "organisaties/{zaanstad}/?peildatum=2020-01-01",
}


def grow(count, start):
    """`count` more partnerships on "afval", each with participants, relations and a tag;
    Zaanstad takes part in every one (the busiest organisation)."""
    noord_holland = ProvinceFactory(name="Provincie Noord-Holland", cbs_code="PV27")
    zaanstad = OrganisationFactory(name="Zaanstad", cbs_code="GM0479")
    afval = PolicyDomainFactory(slug="afval", name="Afval en reiniging")
    for n in range(start, start + count):
        others = [OrganisationFactory(name=f"Gemeente {n}-{k}") for k in range(3)]
        PartnershipFactory(
            name=f"Afvalschap {n}",
            participants=[(zaanstad, Role.PENVOERDER), *others],
            domains=[afval, PolicyDomainFactory(slug=f"domein-{n}", name=f"Domein {n}")],
            provinces=[noord_holland],
            regions=[RegionFactory(name=f"Regio {n}", slug=f"regio-{n}")],
            phase=Phase.UITVOERING,
            tags=[f"tag-{n}"],
        )
    return zaanstad, noord_holland


def counts(client, base_url, zaanstad):
    found = {}
    for name, path in PAGES.items():
        with CaptureQueriesContext(connection) as captured:
            response = client.get(base_url + path.format(zaanstad=zaanstad.slug))
        assert response.status_code == 200, name
        found[name] = len(captured)
    return found


def test_register_pages_ask_as_many_queries_at_two_sizes(
    client, register_page, rebuild_search_index, monkeypatch
):
    from search import vocabulary

    # The search vocabulary's fingerprint is re-checked every 10 s (a few queries, whatever
    # the size): on a slow machine that would land on a random request of either round.
    monkeypatch.setattr(vocabulary, "FINGERPRINT_SECONDS", 3600)
    base_url = register_page.url
    zaanstad, _province = grow(55, 0)  # more than a page of 50 memberships
    rebuild_search_index()
    vocabulary.forget_fingerprint()
    counts(client, base_url, zaanstad)  # caches of a first request (site, vocabulary) filled
    small = counts(client, base_url, zaanstad)

    # 135 in all: still under the network's cap of 150 drawn partnerships (network.py), so
    # the unfiltered network is drawn at both sizes.
    grow(80, 55)
    rebuild_search_index()
    vocabulary.forget_fingerprint()
    counts(client, base_url, zaanstad)
    large = counts(client, base_url, zaanstad)

    assert large == small


def test_facet_counts_are_kept_until_the_register_changes(
    client, register_page, register_data, settings, django_capture_on_commit_callbacks
):
    """Counts are cached per generation of the published register: the same query asks
    fewer queries the second time, and publishing a partnership shows at the next request."""
    from django.core.cache import cache

    settings.REGISTER_COUNTS_CACHE_SECONDS = 600
    cache.clear()
    url = register_page.url + "?format=json"

    def domain_counts():
        with CaptureQueriesContext(connection) as captured:
            facets = client.get(url).json()["facets"]
        return {v["value"]: v["count"] for v in facets["domein"]}, len(captured)

    before, first_queries = domain_counts()
    again, second_queries = domain_counts()
    assert again == before and second_queries < first_queries

    draft = PartnershipFactory(name="Afvalinzameling Wormerland", live=False)
    draft.domains.add(register_data["afval"])
    with django_capture_on_commit_callbacks(execute=True):
        draft.save_revision().publish()
    after, _queries = domain_counts()
    assert after["afval"] == before["afval"] + 1


def test_text_matches_are_kept_until_the_register_changes(
    client, register_page, register_data, settings, django_capture_on_commit_callbacks
):
    """A text's ranked matches are kept per generation (as the counts are): the same text
    with other facets asks fewer queries, and a published entry with the word shows at the
    next request."""
    from django.core.cache import cache

    settings.REGISTER_COUNTS_CACHE_SECONDS = 600
    cache.clear()

    def names(params):
        with CaptureQueriesContext(connection) as captured:
            results = client.get(register_page.url, {**params, "format": "json"}).json()
        return [item["name"] for item in results["results"]], len(captured)

    first, first_queries = names({"q": "afval"})
    # The facet counts of this query are not kept yet; its matches are.
    narrowed, narrowed_queries = names({"q": "afval", "domein": "afval"})
    assert set(narrowed) <= set(first)
    again, again_queries = names({"q": "afval"})
    assert again == first and again_queries < first_queries

    added = PartnershipFactory(name="Afvalinzameling Wormerland", live=False)
    with django_capture_on_commit_callbacks(execute=True):
        added.save_revision().publish()
    after, _queries = names({"q": "afval"})
    assert "Afvalinzameling Wormerland" in after and len(after) == len(first) + 1


def test_the_landing_pages_facets_and_count_are_kept_until_the_register_changes(
    client, register_page, register_data, settings, django_capture_on_commit_callbacks
):
    """The HTML landing page keeps its count and its rendered facet checkboxes per
    generation (with a thousand values they cost more than the search): the second request
    asks fewer queries and shows the same; a publish shows in both at the next request."""
    import re

    from django.core.cache import cache

    settings.REGISTER_COUNTS_CACHE_SECONDS = 600
    cache.clear()

    def landing():
        with CaptureQueriesContext(connection) as captured:
            html = client.get(register_page.url).content.decode()
        queries = len(captured)  # the next request empties the log this reads
        afval = re.search(
            r'value="afval"[^>]*>\s*<label[^>]*>[^<]*<span class="facet__count">'
            r"\((\d+)\)",
            html,
        )
        total = client.get(register_page.url, {"format": "json"}).json()["count"]
        return int(afval.group(1)), total, queries

    afval, total, first_queries = landing()
    again_afval, again_total, second_queries = landing()
    assert (again_afval, again_total) == (afval, total) and second_queries < first_queries

    added = PartnershipFactory(name="Afvalinzameling Wormerland", live=False)
    added.domains.add(register_data["afval"])
    with django_capture_on_commit_callbacks(execute=True):
        added.save_revision().publish()
    after_afval, after_total, _queries = landing()
    assert (after_afval, after_total) == (afval + 1, total + 1)


def test_a_text_with_facets_and_its_pages_are_kept_until_the_register_changes(
    client, register_page, register_data, settings, django_capture_on_commit_callbacks
):
    """The ranked matches narrowed by facets, and pages of an ordering, are kept per
    generation: kept or not, the same entries in the same order; a publish shows at the
    next request in both."""
    from django.core.cache import cache

    def names(params):
        results = client.get(register_page.url, {**params, "format": "json"}).json()
        return [item["name"] for item in results["results"]]

    queries = [{"q": "afval", "domein": "afval"}, {"domein": "afval", "sort": "geverifieerd"}]
    fresh = [names(params) for params in queries]
    settings.REGISTER_COUNTS_CACHE_SECONDS = 600
    cache.clear()
    assert [names(params) for params in queries] == fresh
    assert [names(params) for params in queries] == fresh  # now from the cache

    added = PartnershipFactory(name="Afvalinzameling Wormerland", live=False)
    added.domains.add(register_data["afval"])
    with django_capture_on_commit_callbacks(execute=True):
        added.save_revision().publish()
    for params in queries:
        assert "Afvalinzameling Wormerland" in names(params)


def test_an_organisations_partners_are_kept_until_the_register_changes(
    client, register_page, register_data, settings, django_capture_on_commit_callbacks
):
    """Who an organisation shares most partnerships with is counted over all of them, and
    kept per generation: a publish that adds a shared partnership shows at the next request."""
    from django.core.cache import cache

    settings.REGISTER_COUNTS_CACHE_SECONDS = 600
    cache.clear()
    zaanstad = register_data["zaanstad"]
    url = f"{register_page.url}organisaties/{zaanstad.slug}/?format=json"

    def shared():
        partners = client.get(url).json()["shares_most_with"]
        return {partner["name"]: partner["shared_partnerships"] for partner in partners}

    before = shared()
    assert shared() == before and before["Wormerland"] == 2
    wormerland = register_data["wormerland"]
    added = PartnershipFactory(
        name="Recreatieschap Zaanstreek", live=False, participants=[zaanstad, wormerland]
    )
    with django_capture_on_commit_callbacks(execute=True):
        added.save_revision().publish()
    assert shared()["Wormerland"] == 3
