"""An event's JSON-LD (schema.org Event) gives its place with a PostalAddress, as search
engines read it, rather than the address as one string."""

import json

import pytest
from bs4 import BeautifulSoup

from agenda.models.schema_org import postal_address

pytestmark = pytest.mark.django_db


def event_jsonld(response):
    soup = BeautifulSoup(response.content, "html.parser")
    for script in soup.find_all("script", type="application/ld+json"):
        data = json.loads(script.string)
        if data.get("@type") == "Event":
            return data
    raise AssertionError("no Event JSON-LD on the page")


def test_event_location_is_a_place_with_a_postal_address(client, make_event):
    event = make_event(
        location_name="Provinciehuis", address="Archimedeslaan 6\n3584 BA Utrecht", online_url=""
    )
    data = event_jsonld(client.get(event.url))
    assert data["location"] == {
        "@type": "Place",
        "name": "Provinciehuis",
        "address": {
            "@type": "PostalAddress",
            "streetAddress": "Archimedeslaan 6",
            "postalCode": "3584 BA",
            "addressLocality": "Utrecht",
            "addressCountry": "NL",
        },
    }


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        (
            "Provinciehuis, Archimedeslaan 6, 3584BA Utrecht",
            {
                "streetAddress": "Provinciehuis, Archimedeslaan 6",
                "postalCode": "3584 BA",
                "addressLocality": "Utrecht",
            },
        ),
        (
            "Dam 1\n1012 JS\nAmsterdam",
            {"streetAddress": "Dam 1", "postalCode": "1012 JS", "addressLocality": "Amsterdam"},
        ),
        # No postcode to anchor the parts: all of it is the street address.
        ("Dreef 3, Haarlem", {"streetAddress": "Dreef 3, Haarlem"}),
    ],
)
def test_typed_addresses_are_split_into_their_parts(typed, expected):
    assert postal_address(typed) == {"@type": "PostalAddress", **expected, "addressCountry": "NL"}
