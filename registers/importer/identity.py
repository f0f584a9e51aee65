"""Who the import is in the register's history: a system identity "register-import"
(inactive, no usable password, so nobody signs in as it), so that the admin's history says
"Import" instead of nobody, and the public change history can say "via import <file>"."""

from django.contrib.auth import get_user_model

IMPORT_USERNAME = "register-import"


def import_user():
    user, created = get_user_model().objects.get_or_create(
        username=IMPORT_USERNAME, defaults={"first_name": "Import", "is_active": False}
    )
    if created:
        user.set_unusable_password()
        user.save(update_fields=["password"])
    return user
