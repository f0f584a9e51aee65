"""Whose portal this is (registers/province.py): the province named in the site settings,
its role in each partnership following from its own memberships unless an editor chose one,
and the pages that say so."""

from pathlib import Path

from django.urls import reverse

import pytest
from wagtail.models import Site

from demo.factories.registers import OrganisationFactory, PartnershipFactory, ProvinceFactory
from demo.factories.users import UserFactory
from registers.choices import ProvinceRole
from registers.importer import run_import
from registers.models import Partnership, PortalSettings
from registers.province import portal_province, role_from_memberships
from tests.registers.test_admin import ADD_URL, membership, partnership_form

pytestmark = pytest.mark.django_db
FIXTURE = Path(__file__).parent / "data" / "import_order"


@pytest.fixture
def utrecht_runs_the_portal(db):
    utrecht = ProvinceFactory(name="Provincie Utrecht", cbs_code="PV26")
    site = Site.objects.get(is_default_site=True)
    PortalSettings.objects.update_or_create(site=site, defaults={"province": utrecht})
    return utrecht


def test_without_a_setting_the_province_of_register_province_cbs_runs_it(settings):
    settings.REGISTER_PROVINCE_CBS = "PV27"
    noord_holland = ProvinceFactory(name="Provincie Noord-Holland", cbs_code="PV27")
    assert portal_province() == noord_holland


def test_the_site_setting_names_the_province(settings, utrecht_runs_the_portal):
    settings.REGISTER_PROVINCE_CBS = "PV27"
    ProvinceFactory(name="Provincie Noord-Holland", cbs_code="PV27")
    assert portal_province() == utrecht_runs_the_portal


def test_the_strongest_of_the_provinces_own_roles_counts():
    assert role_from_memberships([]) == "geen"
    assert role_from_memberships(["toezichthouder"]) == "toezichthouder"
    assert role_from_memberships(["deelnemer", "penvoerder"]) == "penvoerder"
    assert role_from_memberships(["subsidieverstrekker"]) == "subsidieverstrekker"


def test_the_import_gives_the_role_of_the_configured_province(utrecht_runs_the_portal):
    run_import([FIXTURE / "regioatlas", FIXTURE / "opengr_provincies.csv"])
    with_utrecht = Partnership.objects.filter(memberships__organisation__cbs_code="PV26")
    assert with_utrecht.exists()
    assert set(with_utrecht.values_list("province_role", flat=True)) == {"deelnemer"}
    others = Partnership.objects.exclude(pk__in=with_utrecht.values("pk"))
    assert set(others.values_list("province_role", flat=True)) == {"geen"}


@pytest.fixture
def registerbeheerder(client):
    user = UserFactory(groups=["Registerbeheer"])
    client.force_login(user)
    return user


def test_registerbeheer_names_the_province_in_the_admin_settings(client, registerbeheerder):
    zeeland = ProvinceFactory(name="Provincie Zeeland", cbs_code="PV29")
    site = Site.objects.get(is_default_site=True)
    url = reverse("wagtailsettings:edit", args=["registers", "portalsettings", site.pk])
    assert client.get(url).status_code == 200
    response = client.post(url, {"province": zeeland.pk})
    assert response.status_code == 302
    assert portal_province(site) == zeeland
    # Only provinces can be chosen: another organisation is a form error, not a 500.
    zaanstad = OrganisationFactory(name="Zaanstad", cbs_code="GM0479")
    refused = client.post(url, {"province": zaanstad.pk})
    assert refused.status_code == 200 and refused.context["form"].errors["province"]


def test_an_admin_edit_left_at_no_role_takes_the_provinces_own_role(
    client, registerbeheerder, utrecht_runs_the_portal
):
    zeist = OrganisationFactory(name="Zeist", cbs_code="GM0355")
    data = partnership_form(
        [membership(zeist), membership(utrecht_runs_the_portal, role="toezichthouder")]
    )
    assert client.post(reverse(ADD_URL), data).status_code == 302  # saved as a draft
    partnership = Partnership.objects.get(abbreviation="GRAZ")
    assert partnership.province_role == ProvinceRole.TOEZICHTHOUDER


def test_a_role_the_editor_chose_stays(client, registerbeheerder, utrecht_runs_the_portal):
    data = partnership_form(
        [membership(utrecht_runs_the_portal)], province_role="subsidieverstrekker"
    )
    assert client.post(reverse(ADD_URL), data).status_code == 302
    assert Partnership.objects.get(abbreviation="GRAZ").province_role == "subsidieverstrekker"


def test_home_and_register_say_whose_portal_this_is(
    client, home_page, register_page, utrecht_runs_the_portal
):
    PartnershipFactory(name="Recreatieschap Test", participants=[utrecht_runs_the_portal])
    home = client.get("/nl/").content.decode()
    assert "Dit portaal wordt beheerd door Provincie Utrecht." in home
    register = client.get(register_page.url).content.decode()
    assert "Register bijgehouden door" in register
    assert f"organisaties/{utrecht_runs_the_portal.slug}/" in register
