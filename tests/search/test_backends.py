"""Which engine answers a search: chosen by the backend's class, not by its module's name."""

from django.contrib.sessions.models import Session
from django.db import connection

import pytest
from wagtail.search.backends import get_search_backend

from registers.models import Partnership
from search.backends.database import (
    database_backend,
    engine_for,
    is_database_backend,
    postgres,
    sqlite,
)
from search.config import DATABASE_BACKEND
from tests.search.dsl_eval import BACKEND_KINDS, offline_backend

ENGINES = {"sqlite": sqlite, "postgresql": postgres}


def test_the_database_backend_is_served_by_the_engine_of_its_database(db):
    backend = get_search_backend("default")
    assert is_database_backend(backend)
    assert engine_for(backend, Partnership) is ENGINES[connection.vendor]


def test_a_model_without_an_integer_key_gets_wagtails_own_queries(db):
    # Our SQL casts the index's text object ids back to integers.
    assert engine_for(get_search_backend("default"), Session) is None


@pytest.mark.parametrize("kind", list(BACKEND_KINDS))
def test_a_cluster_is_no_database_backend(kind, monkeypatch):
    backend = offline_backend(kind, monkeypatch)
    assert not is_database_backend(backend)
    assert engine_for(backend) is None


def test_with_a_cluster_configured_matching_stays_on_the_database(db, settings, monkeypatch):
    settings.WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "search.backends.elasticsearch.elasticsearch9",
            "URLS": ["http://127.0.0.1:9"],
            "AUTO_UPDATE": False,
        },
        "database": {"BACKEND": DATABASE_BACKEND, "AUTO_UPDATE": False},
    }
    assert engine_for(database_backend()) is ENGINES[connection.vendor]


@pytest.mark.skipif(connection.vendor != "postgresql", reason="a PostgreSQL index")
def test_a_text_query_on_postgresql_can_read_the_title_and_body_index(db):
    """Every text query matches `title || body` (both fields together): without the GIN
    index of that expression (search migration 0006) it reads every index entry."""
    backend = database_backend()
    sql, _params = postgres.ids_sql(Partnership, ["afval"], backend, ranked=True)
    assert f"WHERE {postgres.TEXT_VECTOR} @@" in sql
    with connection.cursor() as cursor:
        # The test database is tiny: forbid the full scan to see whether the index can serve.
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute(
            "EXPLAIN SELECT e.id FROM wagtailsearch_indexentry e "
            f"WHERE {postgres.TEXT_VECTOR} @@ to_tsquery('simple', 'afval')"
        )
        plan = "\n".join(row[0] for row in cursor.fetchall())

    assert "sitesearch_indexentry_title_body_gin" in plan


@pytest.mark.django_db
def test_hits_are_loaded_in_rank_order_only_as_far_as_needed(monkeypatch):
    """rows.objects_for_rows: the index's rows come with room for what visitors may not see
    (four times the hits wanted); objects are loaded a batch at a time in the rows' order
    until enough are found, not all of them (2,000 partnerships for a common word)."""
    from django.contrib.contenttypes.models import ContentType

    from demo.factories.registers import PartnershipFactory
    from search.backends.database import rows as rows_module

    monkeypatch.setattr(rows_module, "MIN_BATCH", 1)
    looked_up = []
    visible_of = rows_module._visible

    def counting(querysets, by_content_type, batch):
        looked_up.extend(pk for _content_type, pk, _score in batch)
        return visible_of(querysets, by_content_type, batch)

    monkeypatch.setattr(rows_module, "_visible", counting)
    public = Partnership.objects.public()
    by_content_type = rows_module.content_types([public])
    content_type = ContentType.objects.get_for_model(Partnership).pk
    entries = [PartnershipFactory(name=f"Verband {n}", live=n % 3 != 1) for n in range(12)]
    rows = [(content_type, entry.pk, 12 - n) for n, entry in enumerate(entries)]
    visible = [entry for entry in entries if entry.live]

    hits = rows_module.objects_for_rows([public], by_content_type, rows, 3)
    assert [obj.pk for obj, _score in hits] == [entry.pk for entry in visible[:3]]
    assert [score for _obj, score in hits] == [12, 10, 9]
    # Stopped once three were found; each row looked up once.
    assert len(looked_up) < len(rows) and len(set(looked_up)) == len(looked_up)

    looked_up.clear()
    everything = rows_module.objects_for_rows([public], by_content_type, rows, 100)
    assert [obj.pk for obj, _score in everything] == [entry.pk for entry in visible]
    assert sorted(looked_up) == sorted(entry.pk for entry in entries)
