"""Registerbeheer edits the register in the Wagtail admin."""

import datetime
from io import StringIO

from django.core.management import call_command
from django.urls import reverse

import pytest
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from demo.factories.registers import OrganisationFactory, PartnershipFactory
from demo.factories.users import UserFactory
from registers.models import Partnership

pytestmark = pytest.mark.django_db

ADD_URL = "wagtailsnippets_registers_partnership:add"


@pytest.fixture
def registerbeheerder(client):
    user = UserFactory(groups=["Registerbeheer"])
    client.force_login(user)
    return user


def partnership_form(memberships, **fields):
    data = {
        "name": "Gemeenschappelijke regeling Afval Zaanstreek",
        "abbreviation": "GRAZ",
        "citation_title": "",
        "description": "Samen afval inzamelen.",
        "kind": "wgr",
        "wgr_form": "OL",
        "powers_obtained": "delegatie",
        "phase": "uitvoering",
        "status": "actief",
        "province_role": "geen",
        "slug": "",
        "tags": "",
        "memberships": inline_formset(memberships),
        "financial_figures": inline_formset([]),
        "risks": inline_formset([]),
        "documents": inline_formset([]),
    }
    data.update(fields)
    return nested_form_data(data)


def membership(organisation, **fields):
    data = {"organisation": organisation.pk, "role": "deelnemer", "joined": "", "left": ""}
    data.update(fields)
    return data


def test_registerbeheer_creates_a_partnership_with_participants_and_submits_it(
    client, registerbeheerder
):
    """Submitted for Registerreview; a second registerbeheerder publishes it by approving
    (tests/registers/test_review.py)."""
    zaanstad = OrganisationFactory(name="Zaanstad", cbs_code="GM0479")
    wormerland = OrganisationFactory(name="Wormerland", cbs_code="GM0880")
    data = partnership_form(
        [membership(zaanstad, role="penvoerder", cost_share="62,5"), membership(wormerland)]
    )
    data["action-submit"] = "submit"
    response = client.post(reverse(ADD_URL), data)
    assert response.status_code == 302, response.context["form"].errors
    partnership = Partnership.objects.get(abbreviation="GRAZ")
    assert not partnership.live and partnership.workflow_in_progress
    assert partnership.slug == "gemeenschappelijke-regeling-afval-zaanstreek"
    roles = {m.organisation.name: (m.role, m.cost_share) for m in partnership.memberships.all()}
    assert roles["Zaanstad"][0] == "penvoerder"
    assert str(roles["Zaanstad"][1]) == "62.5000"  # the national register's decimal comma
    assert partnership.revisions.count() == 1
    # Whoever makes the entry owns it, in the revision too (publishing it keeps the owner).
    assert partnership.owner == registerbeheerder
    assert partnership.latest_revision.content["owner"] == registerbeheerder.pk


def test_duplicate_participant_in_the_same_period_is_refused(client, registerbeheerder):
    zaanstad = OrganisationFactory(name="Zaanstad", cbs_code="GM0479")
    data = partnership_form([membership(zaanstad), membership(zaanstad)])
    response = client.post(reverse(ADD_URL), data)
    assert response.status_code == 200
    errors = response.context["form"].formsets["memberships"].errors
    assert errors[1]["organisation"] == [
        "Zaanstad neemt in deze periode al deel aan dit samenwerkingsverband."
    ]
    assert not Partnership.objects.exists()


def test_same_participant_in_separate_periods_is_fine(client, registerbeheerder):
    zaanstad = OrganisationFactory(name="Zaanstad", cbs_code="GM0479")
    data = partnership_form(
        [
            membership(zaanstad, joined="2010-01-01", left="2014-12-31"),
            membership(zaanstad, joined="2018-01-01"),
        ]
    )
    assert client.post(reverse(ADD_URL), data).status_code == 302


def test_dates_out_of_order_are_refused_with_a_message(client, registerbeheerder):
    zaanstad = OrganisationFactory(name="Zaanstad", cbs_code="GM0479")
    data = partnership_form(
        [membership(zaanstad, joined="2020-01-01", left="2019-01-01")],
        status_start="2020-01-01",
        status_end="2019-01-01",
    )
    response = client.post(reverse(ADD_URL), data)
    assert response.status_code == 200
    assert not Partnership.objects.exists()
    errors = response.context["form"].errors
    assert "status_end" in errors


def test_organisation_cbs_code_format_is_checked(client, registerbeheerder):
    response = client.post(
        reverse("wagtailsnippets_registers_organisation:add"),
        {"name": "Zaanstad", "kind": "gemeente", "cbs_code": "PV27", "slug": ""},
    )
    assert response.status_code == 200
    assert "cbs_code" in response.context["form"].errors
    response = client.post(
        reverse("wagtailsnippets_registers_organisation:add"),
        {"name": "Zaanstad", "kind": "gemeente", "cbs_code": "GM479", "slug": ""},
    )
    assert "cbs_code" in response.context["form"].errors


def test_communicator_cannot_edit_the_register(client):
    client.force_login(UserFactory(groups=["Communicatoren"]))
    assert client.get(reverse(ADD_URL)).status_code in (302, 403)


def test_preview_renders_the_public_page(client, registerbeheerder, register_page):
    zaanstad = OrganisationFactory(name="Zaanstad", cbs_code="GM0479")
    data = partnership_form([membership(zaanstad)])
    preview_url = reverse("wagtailsnippets_registers_partnership:preview_on_add")
    assert client.post(preview_url, data).json()["is_valid"] is True
    response = client.get(preview_url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "GRAZ" in html and "Zaanstad" in html


def test_draft_edit_of_a_published_partnership_stays_private(
    client, registerbeheerder, register_page
):
    partnership = PartnershipFactory(name="Recreatieschap Twiske-Waterland")
    partnership.save_revision().publish()
    partnership.name = "Recreatieschap Twiske (concept)"
    partnership.save_revision()  # a draft, not published
    partnership.refresh_from_db()
    html = client.get(f"{register_page.url}{partnership.slug}/").content.decode()
    assert "Recreatieschap Twiske-Waterland" in html
    assert "concept" not in html


def test_dashboard_lists_unverified_entries(client, registerbeheerder):
    PartnershipFactory(name="Oud verband", last_verified=datetime.date(2016, 3, 5))
    PartnershipFactory(name="Nooit gecontroleerd", last_verified=None)
    PartnershipFactory(name="Vers verband", last_verified=datetime.date.today())
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Oud verband" in html and "Nooit gecontroleerd" in html
    assert "Vers verband" not in html


def test_report_unverified_command(register_data):
    PartnershipFactory(name="Oud verband", last_verified=datetime.date(2016, 3, 5))
    out = StringIO()
    call_command("report_unverified", "--days", "365", stdout=out)
    assert "Oud verband" in out.getvalue()
    assert "1 published partnership(s) not verified" in out.getvalue()
    out = StringIO()
    call_command("report_unverified", "--csv", stdout=out)
    assert out.getvalue().splitlines()[0] == "slug,naam,laatst_geverifieerd,geverifieerd_door"
    with pytest.raises(SystemExit):
        call_command("report_unverified", "--fail", stdout=StringIO())


def test_the_edit_form_asks_as_many_queries_with_many_regions(client, registerbeheerder):
    """Each region's label names its division: at 1,000 Regioatlas regions the edit form
    asked a query per region (2,168 queries, 2 s at 50,000 partnerships)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from demo.factories.registers import RegionFactory

    partnership = PartnershipFactory(name="Regio-overleg", live=True)
    url = reverse("wagtailsnippets_registers_partnership:edit", args=[partnership.pk])

    def queries():
        with CaptureQueriesContext(connection) as captured:
            response = client.get(url)
        assert response.status_code == 200
        return len(captured)

    RegionFactory.create_batch(2)
    client.get(url)  # warm: the first request loads what every later one finds in memory
    few = queries()
    RegionFactory.create_batch(30)
    assert queries() == few
