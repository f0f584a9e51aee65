"""Registerbeheer may view, inspect and delete saved Fasescan phases in the admin."""

from django.db import migrations

ACTIONS = ["view", "change", "delete"]


def forwards(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    group, _ = Group.objects.get_or_create(name="Registerbeheer")
    content_type, _ = ContentType.objects.get_or_create(
        app_label="instruments", model="partnershipphase"
    )
    for action in ACTIONS:
        permission, _ = Permission.objects.get_or_create(
            content_type=content_type,
            codename=f"{action}_partnershipphase",
            defaults={"name": f"Can {action} partnership phase"},
        )
        group.permissions.add(permission)


def backwards(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group = Group.objects.filter(name="Registerbeheer").first()
    if group is not None:
        group.permissions.remove(
            *Permission.objects.filter(
                content_type__app_label="instruments", codename__endswith="_partnershipphase"
            )
        )


class Migration(migrations.Migration):
    dependencies = [
        ("instruments", "0001_initial"),
        ("registers", "0002_domains_and_permissions"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
