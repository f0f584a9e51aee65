import re

import pytest

from demo.factories.registers import OrganisationFactory, PartnershipFactory

LINK = re.compile(r"https?://\S+")


@pytest.fixture(autouse=True)
def _clean_rate_limits(settings):
    from django.core.cache import caches

    caches["ratelimit"].clear()
    yield
    caches["ratelimit"].clear()


@pytest.fixture
def zaanstad(register_page):
    """A municipality in one published partnership."""
    organisation = OrganisationFactory(name="Zaanstad", cbs_code="GM0479")
    partnership = PartnershipFactory(
        name="Afvalschap Test", seat_place="Zaandam", participants=[organisation]
    )
    partnership.save_revision().publish()
    return organisation


def links_in(message) -> list[str]:
    return LINK.findall(message.body)


def link_with(message, fragment: str) -> str:
    return next(link for link in links_in(message) if fragment in link)


def path_of(url: str) -> str:
    return "/" + url.split("://", 1)[1].split("/", 1)[1]
