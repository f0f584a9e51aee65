"""Who keeps the municipality dossiers: Registerbeheer the account holders (with a photo from
the image library), the new group Toezicht the toezicht judgements (with documents from the
document library). Everyone else with admin access sees neither in the menu.

Permissions are created here rather than waiting for post_migrate, because on a fresh
database they do not exist yet while migrations run (as in pages/migrations/0002).
"""

from django.db import migrations

TOEZICHT = "Toezicht"
REGISTERBEHEER = "Registerbeheer"
MODEL_PERMISSIONS = {
    REGISTERBEHEER: ("accountholder", ["add", "change", "delete", "view"]),
    TOEZICHT: ("supervisionjudgement", ["add", "change", "delete", "view"]),
}
COLLECTION_PERMISSIONS = {
    REGISTERBEHEER: [("wagtailimages", "image", "add_image"), ("wagtailimages", "image", "choose_image")],
    TOEZICHT: [
        ("wagtaildocs", "document", "add_document"),
        ("wagtaildocs", "document", "choose_document"),
    ],
}


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

    root_collection = Collection.objects.filter(depth=1).first()
    for name, (model, actions) in MODEL_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(_permission(apps, "wagtailadmin", "admin", "access_admin"))
        for action in actions:
            group.permissions.add(_permission(apps, "dossiers", model, f"{action}_{model}"))
        if root_collection is not None:
            for app_label, collection_model, codename in COLLECTION_PERMISSIONS[name]:
                GroupCollectionPermission.objects.get_or_create(
                    group=group,
                    collection=root_collection,
                    permission=_permission(apps, app_label, collection_model, codename),
                )


def backwards(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Group.objects.filter(name=TOEZICHT).delete()
    registerbeheer = Group.objects.filter(name=REGISTERBEHEER).first()
    if registerbeheer is not None:
        registerbeheer.permissions.remove(
            *Permission.objects.filter(content_type__app_label="dossiers")
        )


class Migration(migrations.Migration):
    dependencies = [
        ("dossiers", "0001_initial"),
        ("registers", "0002_domains_and_permissions"),
        ("pages", "0002_editorial_setup"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailimages", "0027_image_description"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
