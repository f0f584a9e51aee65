"""The data-quality queue (registers/quality.py): its checks, the dashboard counts, the
queue page, and the cached duplicate detector that a change of the register invalidates."""

from django.urls import reverse

import pytest

from demo.factories.registers import (
    OrganisationFactory,
    PartnershipFactory,
    PolicyDomainFactory,
)
from demo.factories.users import UserFactory
from registers import quality
from registers.choices import PartnershipKind

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "name, kind",
    [
        ("Stichting Regionaal Archief Zutphen", PartnershipKind.STICHTING),
        ("Vereniging Nederlandse Gemeenten", PartnershipKind.VERENIGING),
        ("Coöperatie Parkmanagement", PartnershipKind.COOPERATIE),
        ("Afvalverwerking Regio B.V.", PartnershipKind.BV_NV),
        ("Gemeenschappelijke regeling Stichtse Vecht", None),
        ("Recreatieschap Stichtse Groenlanden", None),
    ],
)
def test_the_name_states_a_legal_form(name, kind):
    assert quality.implied_kind(name) == kind


def test_the_queue_lists_each_check(client):
    domain = PolicyDomainFactory(slug="cultuur", name="Cultuur")
    member = OrganisationFactory(name="Zutphen")
    stichting = PartnershipFactory(
        name="Stichting Regionaal Archief Zutphen",
        kind=PartnershipKind.WGR,
        participants=[member],
        domains=[domain],
    )
    bare = PartnershipFactory(name="Werkvoorziening Achterhoek")
    PartnershipFactory(name="Concept zonder alles", live=False)  # drafts are not counted
    counts = quality.counts()
    assert counts["legal_form_contradictions"] == 1
    assert counts["without_participants"] == 1
    assert counts["without_domain"] == 1

    client.force_login(UserFactory(groups=["Registerbeheer"]))
    html = client.get(reverse("register_quality")).content.decode()
    edit = "wagtailsnippets_registers_partnership:edit"
    assert reverse(edit, args=[stichting.pk]) in html
    assert reverse(edit, args=[bare.pk]) in html
    assert "Concept zonder alles" not in html
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("register_quality") in dashboard


def test_the_detector_runs_once_per_register_version():
    PartnershipFactory(name="Alg Muziekschool Oost-Groningen")
    PartnershipFactory(
        name="Algemene Muziekschool Oost-Groningen",
        participants=[OrganisationFactory(name="Pekela")],
    )
    assert len(quality.duplicate_pairs()) == 1
    # Cached: no query over every entry and its participants, only the pair's own rows.
    from unittest import mock

    with mock.patch("registers.quality.possible_duplicates") as detector:
        assert len(quality.duplicate_pairs()) == 1
        detector.assert_not_called()

    # Publishing a new entry makes a new version: the new pair shows at once.
    plassen = PartnershipFactory(name="Plassenschap Loosdrecht en omgeving")
    twin = PartnershipFactory(name="Plassenschap Loosdrecht en omstreken", live=False)
    assert len(quality.duplicate_pairs()) == 1  # a draft is not in the register
    twin.save_revision().publish()
    names = {pair.first.name for pair in quality.duplicate_pairs()} | {
        pair.second.name for pair in quality.duplicate_pairs()
    }
    assert plassen.name in names and twin.name in names


def test_others_do_not_see_the_queue(client):
    client.force_login(UserFactory(groups=["Communicatoren"]))
    assert client.get(reverse("register_quality")).status_code in (302, 403)


def test_the_register_menu_leads_to_both_queues():
    """Register › Mogelijke dubbelingen and Register › Datakwaliteit: a registerbeheerder finds
    the queues in the menu (they were reachable only from the dashboard's panel), with the
    other register tools; others do not see them."""
    from django.test import Client

    def menu(groups):
        client = Client()
        client.force_login(UserFactory(groups=groups))
        html = client.get(reverse("wagtailadmin_home")).content.decode()
        return html[html.index('id="wagtail-sidebar-props"') :]

    from registers.wagtail_hooks import REGISTER_TOOLS

    names = {name: url_name for _label, url_name, _icon, name, _order in REGISTER_TOOLS}
    assert {"register_duplicates", "register_quality"} <= set(names.values())
    beheer = menu(["Registerbeheer"])
    communicatoren = menu(["Communicatoren"])
    for name, url_name in names.items():
        assert f'"name": "{name}"' in beheer and reverse(url_name) in beheer
        assert f'"name": "{name}"' not in communicatoren
    assert "Mogelijke dubbelingen" in beheer  # the labels in the admin's language
