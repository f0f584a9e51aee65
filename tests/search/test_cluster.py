"""Search against a real Elasticsearch/OpenSearch cluster.

Skipped unless a cluster is named: tests/testenv.py moves ELASTICSEARCH_URL/OPENSEARCH_URL
to TEST_ELASTICSEARCH_URL/TEST_OPENSEARCH_URL before Django loads (the rest of the suite
keeps the database backend), and these tests read them back. Once one is set, a cluster
that cannot be reached fails the tests rather than skipping them: a CI step that means to
test the cluster must not pass without one.

Each test builds its data with the factories, switches WAGTAILSEARCH_BACKENDS to the
cluster under an index prefix unique to this run, rebuilds the indices with update_index,
refreshes them, asserts, and deletes the run's indices.
"""

import io
import os
import uuid

from django.core.management import call_command
from django.http import QueryDict
from django.utils import translation

import hypothesis
import pytest
from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend

from demo.factories.pages import ContentPageFactory
from demo.factories.registers import PartnershipFactory
from pages.models import ContentPage
from registers.models import Partnership
from registers.search import RegisterQuery, search_register_database
from registers.search_cluster import search_register_es
from search.config import search_backends
from tests.registers.test_search import random_register, selections  # noqa: F401

CLUSTER_URLS = {
    name: os.environ.get(f"TEST_{name}", "") for name in ("ELASTICSEARCH_URL", "OPENSEARCH_URL")
}
RUN_PREFIX = f"test_{uuid.uuid4().hex[:10]}"

pytestmark = [
    pytest.mark.elasticsearch,
    pytest.mark.skipif(
        not any(CLUSTER_URLS.values()),
        reason="set ELASTICSEARCH_URL (or OPENSEARCH_URL) to run against a real cluster",
    ),
]


def _reset_backend_cache():
    # modelsearch 1.3 builds a backend from the setting on every get_search_backend()
    # call; should a later version cache it, the override below must still take effect.
    cache_clear = getattr(get_search_backend, "cache_clear", None)
    if cache_clear:
        cache_clear()


@pytest.fixture
def rebuild_index(db, settings, monkeypatch):
    """The cluster as the default backend; returns a function that rebuilds the run's
    indices from the database (update_index, as an operator does) and refreshes them."""
    for name, url in CLUSTER_URLS.items():
        if url:
            monkeypatch.setenv(name, url)
    monkeypatch.setenv("SEARCH_INDEX_PREFIX", RUN_PREFIX)
    settings.WAGTAILSEARCH_BACKENDS = search_backends()
    _reset_backend_cache()
    backend = get_search_backend("default")
    try:
        backend.es.info()
    except Exception as exc:  # noqa: BLE001 - any failure to reach it fails the suite
        pytest.fail(
            f"The search cluster at {backend.hosts} cannot be reached: {exc!r}. "
            "(Elasticsearch 8 needs the elasticsearch 8.x client: the 9.x client asks for "
            "9-compatible responses.)"
        )

    def rebuild():
        call_command("update_index", backend_name="default", stdout=io.StringIO())
        for model in (Partnership, Page):
            backend.get_index_for_model(model).refresh()

    yield rebuild

    # Every index of this run (Wagtail's rebuild names them prefix + model + suffix, with
    # an alias); concrete names, as clusters refuse wildcard deletes by default.
    for name in list(backend.es.indices.get(index=f"{RUN_PREFIX}_*")):
        backend.es.indices.delete(index=name)
    _reset_backend_cache()


def names(ids) -> set:
    return set(Partnership.objects.filter(pk__in=list(ids)).values_list("name", flat=True))


def register_search(text: str) -> set:
    return names(search_register_es(RegisterQuery.from_params(QueryDict(f"q={text}"))).ids)


@pytest.fixture
def named_register(db):
    for name in (
        "Afvalverwijdering Utrecht",
        "Belastingsamenwerking West-Brabant",
        "Veiligheidsregio Fryslân",
        "Recreatieschap Drenthe",
    ):
        PartnershipFactory(name=name)
    PartnershipFactory(name="Afvalschap in oprichting", live=False)


@pytest.fixture
def indexed_random_register(random_register, rebuild_index):  # noqa: F811 - imported fixture
    rebuild_index()
    return random_register


@hypothesis.settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[hypothesis.HealthCheck.function_scoped_fixture],
)
@hypothesis.given(selected=selections)
def test_register_search_equals_the_database_path(indexed_random_register, selected):
    params = QueryDict(mutable=True)
    for param, values in selected.items():
        params.setlist(param, values)
    query = RegisterQuery.from_params(params)
    expected, got = search_register_database(query), search_register_es(query)
    assert got.ids == expected.ids
    assert [
        (f.facet.param, [(v.value, v.count, v.selected) for v in f.values]) for f in got.facets
    ] == [
        (f.facet.param, [(v.value, v.count, v.selected) for v in f.values]) for f in expected.facets
    ]


def test_folded_query_finds_the_accented_name(named_register, rebuild_index):
    rebuild_index()
    assert register_search("Fryslan") == {"Veiligheidsregio Fryslân"}


def test_first_part_of_a_compound_finds_it(named_register, rebuild_index):
    rebuild_index()
    assert register_search("afval") == {"Afvalverwijdering Utrecht"}  # not the draft


def test_last_part_of_a_compound_finds_it(named_register, rebuild_index):
    rebuild_index()
    assert register_search("samenwerking") == {"Belastingsamenwerking West-Brabant"}


def test_a_typo_is_forgiven(named_register, rebuild_index):
    rebuild_index()
    assert register_search("Frislan") == {"Veiligheidsregio Fryslân"}


def test_autocomplete_completes_the_first_part_of_a_compound(named_register, rebuild_index):
    rebuild_index()
    found = Partnership.objects.public().autocomplete("veilig")[:10]
    assert [p.name for p in found] == ["Veiligheidsregio Fryslân"]


@pytest.fixture
def waste_pages(home_page, home_page_en, locale_en):
    dutch = ContentPageFactory(
        parent=home_page,
        title="Afvalbeleid",
        slug="afvalbeleid",
        intro="Hoe de provincie met grondstoffen omgaat.",
    )
    english = dutch.copy_for_translation(locale_en)
    english.title = "Waste policy"
    english.intro = "How the province deals with wastes and raw materials."
    english.save_revision().publish()
    return dutch, ContentPage.objects.get(pk=english.pk)


def site_search(language: str, text: str) -> set:
    """As the site search asks: live, public pages in the visitor's language."""
    with translation.override(language):
        pages = (
            Page.objects.live().public().filter(locale=Locale.objects.get(language_code=language))
        )
        return {page.pk for page in pages.search(text, operator="and")[:20]}


def test_english_query_finds_the_english_page(waste_pages, rebuild_index):
    dutch, english = waste_pages
    rebuild_index()
    assert site_search("en", "waste") == {english.pk}  # "wastes" in the intro: stemmed


def test_dutch_query_finds_the_dutch_page_by_a_compound_part(waste_pages, rebuild_index):
    dutch, english = waste_pages
    rebuild_index()
    assert site_search("nl", "afval") == {dutch.pk}
