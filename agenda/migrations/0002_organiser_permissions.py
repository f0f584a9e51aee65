"""Organisatoren see the registrations of their own events (the admin limits the rows) and may
upload presentations; on any existing event index they may add and edit events, which
Redactie then reviews and publishes (workflow Redactiereview).

Permissions are created here rather than waiting for post_migrate, because on a fresh
database they do not exist yet while migrations run (as in pages/migrations/0002).
"""

from django.db import migrations

GROUP = "Organisatoren"
COLLECTION_PERMISSIONS = [
    ("wagtaildocs", "document", "add_document"),
    ("wagtaildocs", "document", "choose_document"),
    ("wagtailimages", "image", "choose_image"),
]
PAGE_PERMISSIONS = ["add_page", "change_page"]


def _permission(apps, app_label, model, codename):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type,
        codename=codename,
        defaults={"name": codename.replace("_", " ").capitalize()},
    )
    return permission


def forwards(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    EventIndexPage = apps.get_model("events", "EventIndexPage")

    group, _ = Group.objects.get_or_create(name=GROUP)
    group.permissions.add(
        _permission(apps, "wagtailadmin", "admin", "access_admin"),
        _permission(apps, "events", "registration", "view_registration"),
    )
    root_collection = Collection.objects.filter(depth=1).first()
    if root_collection is not None:
        for app_label, model, codename in COLLECTION_PERMISSIONS:
            GroupCollectionPermission.objects.get_or_create(
                group=group,
                collection=root_collection,
                permission=_permission(apps, app_label, model, codename),
            )
    for index in EventIndexPage.objects.all():
        grant_event_pages(apps, group, index, GroupPagePermission)


def grant_event_pages(apps, group, index_page, GroupPagePermission=None):
    """Let a group add and edit events under one event index (also used by the demo)."""
    if GroupPagePermission is None:
        GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    for codename in PAGE_PERMISSIONS:
        GroupPagePermission.objects.get_or_create(
            group=group,
            page_id=index_page.pk,
            permission=_permission(apps, "wagtailcore", "page", codename),
        )


def backwards(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group = Group.objects.filter(name=GROUP).first()
    if group is not None:
        group.permissions.remove(
            *Permission.objects.filter(
                content_type__app_label="events", codename="view_registration"
            )
        )


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0001_initial"),
        ("pages", "0002_editorial_setup"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailimages", "0027_image_description"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
