"""Registerbeheer sees how many follow the register (Reports › E-mail subscriptions): counts,
never addresses. The permission is created here rather than waiting for post_migrate, because
on a fresh database it does not exist yet while migrations run (as in dossiers/0002)."""

from django.db import migrations

REGISTERBEHEER = "Registerbeheer"
CODENAME = "view_subscription_counts"


def forwards(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    content_type, _ = ContentType.objects.get_or_create(
        app_label="subscriptions", model="subscription"
    )
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type,
        codename=CODENAME,
        defaults={"name": "Can see how many follow the register"},
    )
    group, _ = Group.objects.get_or_create(name=REGISTERBEHEER)
    group.permissions.add(permission)


def backwards(apps, schema_editor):
    Permission = apps.get_model("auth", "Permission")
    Permission.objects.filter(content_type__app_label="subscriptions", codename=CODENAME).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("subscriptions", "0001_initial"),
        ("registers", "0002_domains_and_permissions"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
