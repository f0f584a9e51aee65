"""The admin form of every page type (SitePage.base_form_class)."""

import json

from django.core.serializers.json import DjangoJSONEncoder
from django.utils.functional import cached_property

from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.blocks.base import BlockField


class SitePageForm(WagtailAdminPageForm):
    """Wagtail's page form, made to report "changed" only when the editor changed something.

    The editor's workflow buttons (Goedkeuren, Wijzigingsverzoek) save a new revision first
    when the form has changed, and with WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT a new
    revision reopens the review: "Goedkeuren" then approved the old revision and started a new
    task instead of publishing. Three things made an untouched form look changed:

    - A model field with a callable default (KnowledgeArticlePage.publication_date) gets
      Django's hidden "initial-…" input, which Wagtail's panels never render; the missing
      input reads as an empty initial value, so the field always differs.
    - Wagtail compares a StreamField's posted data before cleaning it: a TimeBlock posts
      "10:00" while the stored value is a time, so an event's programme always differed.
    - StreamField content stored as raw data (demo YAML, imports) is serialised as stored,
      not in the block's own form.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, field in self.fields.items():
            field.show_hidden_initial = False
            if isinstance(field, BlockField) and name in self.initial:
                # Iterating a StreamValue turns each raw item into a bound block, which
                # get_prep_value() then serialises in the block's canonical form.
                for _child in self.initial[name] or ():
                    pass

    @cached_property
    def changed_data(self):
        return [name for name in super().changed_data if not self._same_stream(name)]

    def _same_stream(self, name) -> bool:
        """True when a StreamField's cleaned value serialises like its initial value."""
        field = self.fields.get(name)
        if not isinstance(field, BlockField) or name not in getattr(self, "cleaned_data", {}):
            return False

        def as_json(value):
            return json.dumps(field.block.get_prep_value(value), cls=DjangoJSONEncoder)

        return as_json(self.initial.get(name)) == as_json(self.cleaned_data[name])
