"""The table of the page cache (settings.CACHES["pages"] without Redis, cms/page_cache.py),
made by migrate so that every worker serves and purges the same pages (issue 12). Same table
as `manage.py createcachetable` makes; creating it is skipped when it exists."""

from django.core.management.commands.createcachetable import Command as CreateCacheTable
from django.db import migrations

TABLE = "cache_pages"  # settings.PAGE_CACHE_TABLE


def create(apps, schema_editor):
    command = CreateCacheTable()
    command.verbosity = 0
    command.create_table(schema_editor.connection.alias, TABLE, dry_run=False)


def drop(apps, schema_editor):
    schema_editor.execute(f"DROP TABLE IF EXISTS {schema_editor.quote_name(TABLE)}")


class Migration(migrations.Migration):
    dependencies = [("pages", "0003_translation_permissions")]

    operations = [migrations.RunPython(create, drop)]
