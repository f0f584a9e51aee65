"""The table of the rate-limit cache (settings.CACHES["ratelimit"] without Redis), made by
migrate so that every process counts in one place (issue 11). Same table as
`manage.py createcachetable` makes; creating it is skipped when it exists."""

from django.core.management.commands.createcachetable import Command as CreateCacheTable
from django.db import migrations

TABLE = "cache_ratelimit"  # settings.RATE_LIMIT_CACHE_TABLE


def create(apps, schema_editor):
    command = CreateCacheTable()
    command.verbosity = 0
    command.create_table(schema_editor.connection.alias, TABLE, dry_run=False)


def drop(apps, schema_editor):
    schema_editor.execute(f"DROP TABLE IF EXISTS {schema_editor.quote_name(TABLE)}")


class Migration(migrations.Migration):
    dependencies = [("events", "0002_organiser_permissions")]

    operations = [migrations.RunPython(create, drop)]
