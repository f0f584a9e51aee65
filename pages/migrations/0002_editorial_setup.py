"""Locales, the audience taxonomy, editorial groups and the review workflow.

Permissions are created here rather than waiting for post_migrate, because on a fresh
database they do not exist yet while migrations run (Wagtail's own migrations do the same).
"""

from django.db import migrations

AUDIENCES = ["bestuurders", "ambtenaren", "volksvertegenwoordigers", "partners"]

# group name -> page permissions on the whole tree
PAGE_PERMISSIONS = {
    "Communicatoren": ["add_page", "change_page"],
    "Redactie": ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
    "Registerbeheer": [],
    "Organisatoren": [],
}
COLLECTION_PERMISSIONS = {
    "Communicatoren": ["add_image", "choose_image", "add_document", "choose_document"],
    "Redactie": [
        "add_image", "change_image", "choose_image",
        "add_document", "change_document", "choose_document",
    ],
}
WORKFLOW_NAME = "Redactiereview"


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
    Locale = apps.get_model("wagtailcore", "Locale")
    Audience = apps.get_model("pages", "Audience")
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    ContentType = apps.get_model("contenttypes", "ContentType")

    for code in ("nl", "en"):
        Locale.objects.get_or_create(language_code=code)

    for order, slug in enumerate(AUDIENCES):
        Audience.objects.update_or_create(slug=slug, defaults={"sort_order": order})

    access_admin = _permission(apps, "wagtailadmin", "admin", "access_admin")
    root_page = Page.objects.filter(depth=1).first()
    root_collection = Collection.objects.filter(depth=1).first()

    groups = {}
    for name, codenames in PAGE_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(access_admin)
        groups[name] = group
        for codename in codenames:
            GroupPagePermission.objects.get_or_create(
                group=group,
                page=root_page,
                permission=_permission(apps, "wagtailcore", "page", codename),
            )
    for name, codenames in COLLECTION_PERMISSIONS.items():
        for codename in codenames:
            model = codename.split("_", 1)[1]
            app_label = "wagtailimages" if model == "image" else "wagtaildocs"
            GroupCollectionPermission.objects.get_or_create(
                group=groups[name],
                collection=root_collection,
                permission=_permission(apps, app_label, model, codename),
            )

    # Draft -> review by Redactie -> published, for every page in the tree.
    task_type, _ = ContentType.objects.get_or_create(
        app_label="wagtailcore", model="groupapprovaltask"
    )
    task, _ = GroupApprovalTask.objects.get_or_create(
        name="Review door Redactie", defaults={"content_type": task_type, "active": True}
    )
    task.groups.add(groups["Redactie"])
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME, defaults={"active": True})
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    if root_page is not None:
        WorkflowPage.objects.update_or_create(page=root_page, defaults={"workflow": workflow})


def backwards(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    Group.objects.filter(name__in=PAGE_PERMISSIONS).delete()
    Workflow.objects.filter(name=WORKFLOW_NAME).update(active=False)


class Migration(migrations.Migration):
    dependencies = [
        ("pages", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("wagtailadmin", "0006_formstate"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
