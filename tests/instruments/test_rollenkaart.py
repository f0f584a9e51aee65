"""The Rollenkaart of a partnership (instruments/rollenkaart.py): each participant's role from
the register under the handout's hats, the province's own role included, as an accessible
table and a CSV download; the admin lists saved Fasescan phases for Registerbeheer."""

import csv
import io

import pytest

from demo.factories.instruments import PartnershipPhaseFactory
from demo.factories.registers import OrganisationFactory, PartnershipFactory, ProvinceFactory
from registers.choices import ProvinceRole, Role
from registers.models import PortalSettings

pytestmark = pytest.mark.django_db


@pytest.fixture
def province(home_page):
    from wagtail.models import Site

    province = ProvinceFactory(name="Provincie Noord-Holland", cbs_code="PV27")
    PortalSettings.objects.update_or_create(
        site=Site.objects.get(is_default_site=True), defaults={"province": province}
    )
    return province


def make_partnership(participants, **fields):
    partnership = PartnershipFactory(participants=participants, **fields)
    partnership.save_revision().publish()
    return partnership


def rollenkaart_url(toolkit, partnership):
    return f"{toolkit['rollenkaart'].url}{partnership.slug}/"


def test_each_participant_has_its_role_and_hat_and_the_member_province_is_marked(
    client, toolkit, province
):
    partnership = make_partnership(
        [
            (OrganisationFactory(name="Zaanstad"), Role.PENVOERDER),
            (OrganisationFactory(name="Wormerland"), Role.DEELNEMER),
            (OrganisationFactory(name="Omgevingsdienst"), Role.GASTHEER),
            (province, Role.SUBSIDIEVERSTREKKER),
        ],
        name="Recreatieschap Twiske",
        slug="twiske",
        province_role=ProvinceRole.SUBSIDIEVERSTREKKER,
    )
    response = client.get(rollenkaart_url(toolkit, partnership))
    assert response.status_code == 200
    html = response.content.decode()
    assert "<title>Rollenkaart van Recreatieschap Twiske" in html
    table = html.split("<tbody")[1].split("</tbody>")[0]
    rows = table.split("<tr")[1:]
    assert len(rows) == 4
    by_name = {
        name: row
        for row in rows
        for name in ["Zaanstad", "Wormerland", "Omgevingsdienst", "Provincie Noord-Holland"]
        if name in row
    }
    assert "Penvoerder" in by_name["Zaanstad"] and "Eigenaar" in by_name["Zaanstad"]
    assert "voert ook uit namens de anderen" in by_name["Zaanstad"]
    assert "Eigenaar" in by_name["Wormerland"]
    assert "Voert het werk uit" in by_name["Omgevingsdienst"]
    assert "Financier" in by_name["Provincie Noord-Holland"]
    assert "de provincie van dit portaal" in by_name["Provincie Noord-Holland"]
    assert 'scope="col"' in html and 'scope="row"' in html
    # The visual: the hats, with the empty ones saying so.
    glance = html.split('id="hats-heading"')[1].split("</section>")[0]
    assert glance.count('<li class="rollenkaart-hat') == 5
    assert "Niemand in het register" in glance  # nobody supervises


def test_the_province_without_a_membership_comes_from_its_role_in_the_register(
    client, toolkit, province
):
    partnership = make_partnership(
        [OrganisationFactory(name="Texel")], province_role=ProvinceRole.TOEZICHTHOUDER
    )
    html = client.get(rollenkaart_url(toolkit, partnership)).content.decode()
    row = html.split("Provincie Noord-Holland</span>")[1].split("</tr>")[0]
    assert "Toezichthouder" in row
    assert "uit “rol van de provincie” in het register" in row


def test_the_csv_has_every_row_and_neutralises_formulas(client, toolkit, province):
    partnership = make_partnership(
        [(OrganisationFactory(name='=HYPERLINK("x")'), Role.DEELNEMER)],
        slug="gr-csv",
        province_role=ProvinceRole.ADVISEUR,
    )
    response = client.get(rollenkaart_url(toolkit, partnership) + "csv/")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="rollenkaart-gr-csv.csv"'
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert [row["organisatie"] for row in rows] == ['\'=HYPERLINK("x")', "Provincie Noord-Holland"]
    assert rows[1]["rol"] == "Adviseur" and rows[1]["provincie"] == "ja"
    assert rows[0]["rollenkaart"] == "Eigenaar"


def test_unknown_or_unpublished_partnerships_are_not_found(client, toolkit):
    draft = PartnershipFactory(live=False, slug="concept")
    assert client.get(f"{toolkit['rollenkaart'].url}{draft.slug}/").status_code == 404
    assert client.get(f"{toolkit['rollenkaart'].url}bestaat-niet/csv/").status_code == 404
    assert client.get(f"{toolkit['rollenkaart'].url}{'x' * 3000}/").status_code == 404


def test_the_partnership_page_shows_a_demo_phase_as_demo(client, toolkit):
    partnership = make_partnership([OrganisationFactory()], slug="met-fase")
    PartnershipPhaseFactory(partnership=partnership, phase="opbouw", source="demo")
    html = client.get(toolkit["register"].url + "met-fase/").content.decode()
    assert "Fase volgens de Fasescan: <strong>Opbouw</strong>" in html
    assert "Demo: een verzonnen voorbeeld." in html


def test_registerbeheer_sees_the_saved_phases_in_the_admin(client, toolkit, registerbeheerder):
    partnership = make_partnership([OrganisationFactory()], name="Veiligheidsregio Zaanstreek")
    phase = PartnershipPhaseFactory(partnership=partnership, phase="evaluatie")
    client.force_login(registerbeheerder)
    listing = client.get("/admin/snippets/instruments/partnershipphase/")
    assert listing.status_code == 200
    assert "Veiligheidsregio Zaanstreek" in listing.content.decode()
    inspect = client.get(f"/admin/snippets/instruments/partnershipphase/inspect/{phase.pk}/")
    assert inspect.status_code == 200
    assert "Evaluatie" in inspect.content.decode()


def test_other_editors_do_not_see_the_phases(client, toolkit, redacteur):
    client.force_login(redacteur)
    response = client.get("/admin/snippets/instruments/partnershipphase/")
    assert response.status_code in (302, 403)
