"""The events app: package `agenda`, app label `events`.

Why the two names differ, explained here once (other places point here):

- The package cannot be called `events`: opensearch-py (a search backend this project
  installs) depends on the PyPI package `events`, which owns that top-level import name, so an
  app package of the same name would shadow it or be shadowed.
- The label stays `events`, so everything that is keyed on the label keeps its name: the
  tables (events_eventpage, events_registration), content types and permissions
  (events.change_registration), the migrations (and other apps' dependencies on them), model
  references such as "events.EventPage" (page types, the API's ?type=) and the admin URLs
  that carry the label (/admin/pages/add/events/eventpage/…). Renaming it would need a data
  migration of all of these and would break bookmarks and API clients, for no gain.

In code, import from `agenda`; in strings that name a model, write `events`.
scripts/check_architecture.py maps the label to the agenda layer.
"""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    name = "agenda"
    label = "events"  # not "agenda": see the module docstring
    verbose_name = _("Events")

    def ready(self):
        from agenda import signals

        signals.connect()
        self.connect_page_cache()
        self.connect_organisation_pages()

    def connect_organisation_pages(self):
        """An organisation's page in the register lists the upcoming events for its regions."""
        from agenda.listings import organisation_events_section
        from registers import organisation_sections

        organisation_sections.register("events", organisation_events_section, order=50)

    def connect_page_cache(self):
        """A registration or a cancellation changes the places left that event pages and
        listings show (cms/page_cache.py)."""
        from agenda.models import Registration
        from cms import page_cache

        page_cache.purge_when_changed(Registration)
