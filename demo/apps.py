from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DemoConfig(AppConfig):
    """The demo site (manage.py load_demo) and the factories the tests share with it.

    The top layer: it may import every app below it, and nothing imports it but the tests.
    """

    name = "demo"
    verbose_name = _("Demo site")
