from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SubscriptionsConfig(AppConfig):
    name = "subscriptions"
    verbose_name = _("E-mail subscriptions")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # The subscribe form beside the register's feed links (registers/follow_options.py).
        from registers import follow_options
        from subscriptions.forms import render_subscribe_form

        follow_options.register("email", render_subscribe_form, order=10)
