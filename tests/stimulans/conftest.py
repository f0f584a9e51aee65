import pytest
from bs4 import BeautifulSoup

from demo.factories.pages import (
    InstrumentIndexPageFactory,
    ProgrammeLineIndexPageFactory,
    ProgrammeLinePageFactory,
)
from demo.factories.registers import OrganisationFactory
from demo.factories.stimulans import StimulansPageFactory
from registers.choices import OrganisationKind


def publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def translate(page, locale, **fields):
    translation = page.copy_for_translation(locale).specific
    for key, value in fields.items():
        setattr(translation, key, value)
    translation.save()
    return publish(translation)


@pytest.fixture(autouse=True)
def private_root(settings, tmp_path):
    settings.STIMULANS_PRIVATE_ROOT = tmp_path / "private"
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    from django.core.cache import cache

    cache.clear()
    return settings.STIMULANS_PRIVATE_ROOT


@pytest.fixture
def programme_line(home_page):
    index = publish(
        ProgrammeLineIndexPageFactory(parent=home_page, title="Programma", slug="programma")
    )
    return publish(ProgrammeLinePageFactory(parent=index, title="Rolduidelijkheid", number=1))


@pytest.fixture
def stimulans_page(home_page):
    index = publish(
        InstrumentIndexPageFactory(parent=home_page, title="Instrumenten", slug="instrumenten")
    )
    return publish(StimulansPageFactory(parent=index))


@pytest.fixture
def stimulans_page_en(stimulans_page, home_page_en, locale_en):
    index_en = translate(
        stimulans_page.get_parent().specific, locale_en, title="Instruments", slug="instruments"
    )
    assert index_en
    return translate(
        stimulans_page,
        locale_en,
        title="Stimulus for Collaboration",
        slug="stimulus-for-collaboration",
    )


@pytest.fixture
def organisations(db):
    return {
        "alkmaar": OrganisationFactory(name="Alkmaar", cbs_code="GM0361"),
        "hoorn": OrganisationFactory(name="Hoorn", cbs_code="GM0405"),
        "heiloo": OrganisationFactory(name="Heiloo", cbs_code="GM0399"),
        "bergen_nh": OrganisationFactory(name="Bergen (NH.)", cbs_code="GM0373"),
        "bergen_l": OrganisationFactory(name="Bergen (L.)", cbs_code="GM0893"),
        "stichting": OrganisationFactory(
            name="Stichting Alkmaarse Zorg", cbs_code="XX0001", kind=OrganisationKind.OVERIG
        ),
    }


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def errors(response) -> dict:
    """{field id: error text} of the fields shown with an error."""
    page = soup(response)
    return {
        tag["id"].removesuffix("_error"): tag.get_text(" ", strip=True)
        for tag in page.select(".utrecht-form-field-error-message[id]")
    }
