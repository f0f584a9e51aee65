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
    client, register_page, sections, tmp_path, settings
):
    template_dir = tmp_path / "templates" / "registers" / "includes"
    template_dir.mkdir(parents=True)
    (template_dir / "test_section.html").write_text("<p class=test-section>{{ text }}</p>")
    settings.TEMPLATES[0]["DIRS"] = [tmp_path / "templates", *settings.TEMPLATES[0]["DIRS"]]
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
