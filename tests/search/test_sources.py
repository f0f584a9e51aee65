"""The registry of searchable sources: the apps register theirs, the search layer reads it."""

import pytest
from wagtail.models import Page

from registers.models import Organisation, Partnership
from search.sources import source_for, sources


def test_pages_and_the_register_are_registered_in_the_order_of_installed_apps():
    assert [source.model for source in sources()] == [Page, Partnership, Organisation]


@pytest.mark.django_db  # a new Page looks up its content type
def test_a_hit_belongs_to_the_source_of_its_model():
    assert source_for(Partnership(name="Afvalschap")).model is Partnership
    assert source_for(Organisation(name="Zaanstad")).model is Organisation
    assert source_for(Page(title="Over ons")).model is Page


def test_an_object_no_source_registered_is_refused():
    with pytest.raises(LookupError):
        source_for(object())
