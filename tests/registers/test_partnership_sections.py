"""Sections that higher layers add to a partnership's pages (registers/partnership_sections.py):
rendered in order on the public page, left out when their context is None."""

import pytest

from demo.factories.registers import PartnershipFactory
from registers.partnership_sections import (
    PartnershipSection,
    partnership_sections,
    register_partnership_section,
    unregister_partnership_section,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def sections():
    keys = []

    def add(key, context, **kwargs):
        keys.append(key)
        return register_partnership_section(
            PartnershipSection(
                key=key, template="registers/includes/test_section.html", context=context, **kwargs
            )
        )

    yield add
    for key in keys:
        unregister_partnership_section(key)


def test_a_registered_section_shows_on_the_partnership_page(
    client, register_page, sections, monkeypatch
):
    from registers import partnership_sections as module

    real = module.render_to_string

    def render(template, context, request=None):
        if template != "registers/includes/test_section.html":
            return real(template, context, request=request)  # other apps' sections
        return f"<p class=test-section>{context['text']}</p>"

    monkeypatch.setattr(module, "render_to_string", render)
    PartnershipFactory(slug="met-sectie", name="Met sectie")
    sections("test.second", lambda c: {"text": "tweede"}, order=20)
    sections("test.first", lambda c: {"text": f"eerste voor {c['partnership'].name}"}, order=10)
    sections("test.hidden", lambda c: None)
    sections(
        "test.elsewhere", lambda c: {"text": "verificatie"}, places=frozenset({"verification"})
    )
    html = client.get(register_page.url + "met-sectie/").content.decode()
    assert html.index("eerste voor Met sectie") < html.index("tweede")
    assert html.count("test-section") == 2
    assert [s.key for s in partnership_sections("verification") if s.key.startswith("test.")] == [
        "test.elsewhere"
    ]


def test_an_unknown_place_is_refused():
    with pytest.raises(ValueError):
        register_partnership_section(
            PartnershipSection(
                key="x", template="x.html", context=dict, places=frozenset({"elders"})
            )
        )
