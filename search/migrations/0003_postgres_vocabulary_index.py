"""PostgreSQL only: a trigram index over the lexemes of every index entry.

The database path matches a word inside longer indexed words ("samenwerking" in
"belastingsamenwerking", search/backends/database/postgres.py). Finding those words with
ts_stat over the whole index cost some 15 ms per query word at 5,000 partnerships; with this
index ts_stat only reads the entries whose lexemes contain the word (about 1 ms). The
expression must stay the same as VOCABULARY_TEXT in search/backends/database/postgres.py,
or the planner will not use the index."""

from django.db import migrations

INDEX = "sitesearch_indexentry_lexemes_trgm"


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    with schema_editor.connection.cursor() as cursor:
        cursor.execute(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON wagtailsearch_indexentry "
            "USING gin ((title::text || ' ' || body::text) gin_trgm_ops)"
        )


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    with schema_editor.connection.cursor() as cursor:
        cursor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [
        ("sitesearch", "0002_postgres_text_search"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
