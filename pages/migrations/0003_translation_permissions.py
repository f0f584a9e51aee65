"""Communicatoren and Redactie translate pages with wagtail-localize; English follows Dutch."""

from django.db import migrations

TRANSLATORS = ["Communicatoren", "Redactie"]


def forwards(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Locale = apps.get_model("wagtailcore", "Locale")
    LocaleSynchronization = apps.get_model("wagtail_localize", "LocaleSynchronization")

    ContentType = apps.get_model("contenttypes", "ContentType")
    content_type, _ = ContentType.objects.get_or_create(
        app_label="wagtail_localize", model="translation"
    )
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type,
        codename="submit_translation",
        defaults={"name": "Can submit translations"},
    )
    for group in Group.objects.filter(name__in=TRANSLATORS):
        group.permissions.add(permission)

    # A Dutch page made in the admin gets an English alias (shown with a "not yet
    # translated" notice) until someone translates it.
    nl = Locale.objects.get(language_code="nl")
    en = Locale.objects.get(language_code="en")
    LocaleSynchronization.objects.get_or_create(locale=en, defaults={"sync_from": nl})


def backwards(apps, schema_editor):
    pass


class Migration(migrations.Migration):
    dependencies = [
        ("pages", "0002_editorial_setup"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
