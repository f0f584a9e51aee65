"""Communicatoren, Redactie and Registerbeheer keep register selections (issue 18): the page
editor's selection block tells editors to reuse one saved under Register › Register
selections, which only administrators could open."""

from django.db import migrations

KEEPERS = ["Communicatoren", "Redactie", "Registerbeheer"]
ACTIONS = ["add", "change", "delete", "view"]


def forwards(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")

    content_type, _ = ContentType.objects.get_or_create(
        app_label="registers", model="registerselection"
    )
    permissions = [
        Permission.objects.get_or_create(
            content_type=content_type,
            codename=f"{action}_registerselection",
            defaults={"name": f"Can {action} register selection"},
        )[0]
        for action in ACTIONS
    ]
    for group in Group.objects.filter(name__in=KEEPERS):
        group.permissions.add(*permissions)


def backwards(apps, schema_editor):
    pass


class Migration(migrations.Migration):
    dependencies = [
        ("registers", "0017_partnership_name_index"),
        ("pages", "0002_editorial_setup"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
