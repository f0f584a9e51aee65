"""Writing PostgreSQL index entries in bulk with plain SQL (issue 12).

Wagtail's PostgresIndex.add_items builds every value of every entry as a Django expression
(a SearchVector per text, combined and compiled by the ORM), and reads the object's search
fields five times (title, body, autocomplete and their plain texts): about 30 ms of Python
per partnership, most of `update_index`'s 20 minutes at 50,000. Here the fields are read
once and each entry's vectors are SQL of a fixed shape with the texts as parameters, which
PostgreSQL turns into the same tsvectors (`setweight(to_tsvector(config, text), weight)`
joined with `||`, as Django's SearchVector writes them). Same table, same columns, same
upsert, same title norms.
"""

from django.db import connection

from modelsearch.backends.database.postgres.postgres import (
    IndexEntry,
    ObjectIndexer,
    PostgresIndex,
)
from modelsearch.index import AutocompleteField, SearchField
from modelsearch.utils import get_content_type_pk


def _vector_sql(texts, config) -> tuple[str, list]:
    """(SQL of one tsvector, params) for [(text, weight)]; the empty vector for none."""
    if not texts:
        return "''::tsvector", []
    config_sql = "%s::regconfig, " if config else ""
    sql = " || ".join(f"setweight(to_tsvector({config_sql}%s), %s)" for _text in texts)
    params = []
    for text, weight in texts:
        params += [config, text, weight] if config else [text, weight]
    return f"({sql})", params


def _texts(obj, backend):
    """(title texts, body texts, autocomplete texts) of `obj`, each [(text, weight)], read
    once through Wagtail's own field preparation."""
    indexer = ObjectIndexer(obj, backend)
    title, body, autocomplete = [], [], []
    for field in indexer.search_fields:
        for current, weight, value in indexer.prepare_field(obj, field):
            text = value.strip()
            if not text:
                continue
            if isinstance(current, SearchField):
                (title if current.field_name == "title" else body).append((text, weight))
            elif isinstance(current, AutocompleteField):
                autocomplete.append((text, weight))
    return title, body, autocomplete


class BulkPostgresIndex(PostgresIndex):
    def add_items(self, model, objs):
        if not model.get_search_fields():
            return
        objs = list(objs)
        if not objs:
            return
        content_type_pk = get_content_type_pk(model)
        rows, params = [], []
        for obj in objs:
            title, body, autocomplete = _texts(obj, self.backend)
            title_sql, title_params = _vector_sql(title, self.backend.config)
            auto_sql, auto_params = _vector_sql(autocomplete, self.backend.autocomplete_config)
            body_sql, body_params = _vector_sql(body, self.backend.config)
            rows.append(f"(%s, %s, {title_sql}, {auto_sql}, {body_sql}, 1.0, %s, %s)")
            params += [content_type_pk, str(obj.pk), *title_params, *auto_params, *body_params]
            params += [" ".join(text for text, _w in title), " ".join(text for text, _w in body)]
        table = connection.ops.quote_name(IndexEntry._meta.db_table)
        with self.write_connection.cursor() as cursor:
            cursor.execute(
                f"INSERT INTO {table} (content_type_id, object_id, title, autocomplete, body, "
                f"title_norm, title_text, body_text) VALUES {', '.join(rows)} "
                f"ON CONFLICT (content_type_id, object_id) DO UPDATE SET "
                f"title = EXCLUDED.title, title_norm = 1.0, "
                f"autocomplete = EXCLUDED.autocomplete, body = EXCLUDED.body, "
                f"title_text = EXCLUDED.title_text, body_text = EXCLUDED.body_text",
                params,
            )
        self._refresh_title_norms()
