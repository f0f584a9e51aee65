"""PostgreSQL only: a GIN index over an entry's title and body as one tsvector.

The database path matches every word in an entry's title and body together,
`(title || body) @@ query` (search/backends/database/postgres.py: a query's words may be
split over the two). Wagtail indexes title and body apart, which that expression cannot use:
every text search read the whole index (51,000 entries at 50,000 partnerships: 100–120 ms
even for a word with a few hundred matches, 5 ms with this index). The expression must stay
the same as TEXT_VECTOR in search/backends/database/postgres.py, or the planner will not use
the index."""

from django.db import migrations

INDEX = "sitesearch_indexentry_title_body_gin"


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    with schema_editor.connection.cursor() as cursor:
        cursor.execute(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON wagtailsearch_indexentry "
            "USING gin ((title || body))"
        )


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    with schema_editor.connection.cursor() as cursor:
        cursor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [("sitesearch", "0005_seed_search_synonyms")]

    operations = [migrations.RunPython(forwards, backwards)]
