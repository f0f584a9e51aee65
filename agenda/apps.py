from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    # The package is "agenda" because opensearch-py needs the PyPI package that owns the
    # top-level name "events"; the label stays "events" so tables, permissions and
    # migrations keep their names.
    name = "agenda"
    label = "events"
    verbose_name = _("Events")

    def ready(self):
        from agenda import signals

        signals.connect()
