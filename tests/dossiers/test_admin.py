"""Who keeps the municipality dossier in the admin: Registerbeheer the account holders, the
Toezicht group the toezicht judgements, nobody else (dossiers/migrations/0002)."""

from django.urls import reverse

import pytest

from demo.factories.dossiers import AccountHolderFactory, SupervisionJudgementFactory
from demo.factories.registers import OrganisationFactory
from demo.factories.users import UserFactory
from dossiers.models import AccountHolder, SupervisionJudgement

pytestmark = pytest.mark.django_db

HOLDERS = "wagtailsnippets_dossiers_accountholder"
JUDGEMENTS = "wagtailsnippets_dossiers_supervisionjudgement"


@pytest.fixture
def hoorn(db):
    return OrganisationFactory(name="Hoorn", cbs_code="GM0405")


def login(client, group):
    client.force_login(UserFactory(groups=[group]))


def holder_form(organisation, **fields):
    return {
        "organisation": organisation.pk,
        "role": "ambtelijk",
        "name": "Sanne de Boer (voorbeeld)",
        "position": "Accountmanager gemeenten",
        "email": "s.deboer@provincie.example",
        "phone": "088 000 12 12",
        "photo": "",
        "sort_order": 0,
        **fields,
    }


def judgement_form(organisation, **fields):
    return {
        "organisation": organisation.pk,
        "domain": "huisvesting",
        "year": 2025,
        "judgement": "redelijk",
        "explanation": "Voorbeeld: de achterstand is bijna ingelopen.",
        "explanation_en": "",
        "documents-count": 0,
        "next_meeting": "2026-03-04",
        **fields,
    }


def test_registerbeheer_adds_and_edits_an_account_holder(client, hoorn):
    login(client, "Registerbeheer")
    assert client.get(reverse(f"{HOLDERS}:list")).status_code == 200
    response = client.post(reverse(f"{HOLDERS}:add"), holder_form(hoorn))
    assert response.status_code == 302, response.context["form"].errors
    holder = AccountHolder.objects.get(organisation=hoorn)
    response = client.post(
        reverse(f"{HOLDERS}:edit", args=[holder.pk]), holder_form(hoorn, phone="088 000 99 99")
    )
    assert response.status_code == 302
    holder.refresh_from_db()
    assert holder.phone == "088 000 99 99"


def test_registerbeheer_cannot_touch_toezicht_judgements(client, hoorn):
    login(client, "Registerbeheer")
    judgement = SupervisionJudgementFactory(organisation=hoorn)
    assert client.get(reverse(f"{JUDGEMENTS}:list")).status_code == 302  # to the dashboard
    assert client.post(reverse(f"{JUDGEMENTS}:add"), judgement_form(hoorn)).status_code == 302
    response = client.post(
        reverse(f"{JUDGEMENTS}:edit", args=[judgement.pk]), judgement_form(hoorn, year=2030)
    )
    assert response.status_code == 302
    judgement.refresh_from_db()
    assert judgement.year == 2025
    assert SupervisionJudgement.objects.count() == 1


def test_toezicht_adds_and_edits_a_judgement(client, hoorn):
    login(client, "Toezicht")
    assert client.get(reverse(f"{JUDGEMENTS}:list")).status_code == 200
    response = client.post(reverse(f"{JUDGEMENTS}:add"), judgement_form(hoorn))
    assert response.status_code == 302, response.context["form"].errors
    judgement = SupervisionJudgement.objects.get(organisation=hoorn)
    assert judgement.judgement == "redelijk"
    response = client.post(
        reverse(f"{JUDGEMENTS}:edit", args=[judgement.pk]),
        judgement_form(hoorn, judgement="adequaat"),
    )
    assert response.status_code == 302
    judgement.refresh_from_db()
    assert judgement.judgement == "adequaat"


def test_a_second_judgement_for_the_same_domain_and_year_is_a_form_error(client, hoorn):
    login(client, "Toezicht")
    SupervisionJudgementFactory(organisation=hoorn, domain="huisvesting", year=2025)
    response = client.post(reverse(f"{JUDGEMENTS}:add"), judgement_form(hoorn))
    assert response.status_code == 200
    assert response.context["form"].non_field_errors()
    assert SupervisionJudgement.objects.count() == 1


def test_toezicht_cannot_touch_account_holders(client, hoorn):
    login(client, "Toezicht")
    holder = AccountHolderFactory(organisation=hoorn)
    assert client.get(reverse(f"{HOLDERS}:list")).status_code == 302
    assert client.post(reverse(f"{HOLDERS}:add"), holder_form(hoorn)).status_code == 302
    assert client.post(reverse(f"{HOLDERS}:delete", args=[holder.pk])).status_code == 302
    assert AccountHolder.objects.filter(pk=holder.pk).exists()
    assert AccountHolder.objects.count() == 1


@pytest.mark.parametrize("group", ["Communicatoren", "Redactie", "Organisatoren"])
def test_other_editors_can_do_neither(client, hoorn, group):
    login(client, group)
    for name in (HOLDERS, JUDGEMENTS):
        assert client.get(reverse(f"{name}:list")).status_code == 302
        assert client.get(reverse(f"{name}:add")).status_code == 302
    assert not AccountHolder.objects.exists() and not SupervisionJudgement.objects.exists()


def test_the_toezicht_group_may_use_the_admin_and_attach_documents(db):
    from django.contrib.auth.models import Group

    from wagtail.models import GroupCollectionPermission

    group = Group.objects.get(name="Toezicht")
    codenames = set(group.permissions.values_list("codename", flat=True))
    assert {"access_admin", "add_supervisionjudgement", "change_supervisionjudgement"} <= codenames
    assert "change_accountholder" not in codenames
    collection = set(
        GroupCollectionPermission.objects.filter(group=group).values_list(
            "permission__codename", flat=True
        )
    )
    assert {"add_document", "choose_document"} <= collection


@pytest.mark.parametrize(
    ("group", "chooser"),
    [
        ("Toezicht", "wagtailsnippetchoosers_registers_organisation:choose"),
        ("Toezicht", "wagtaildocs_chooser:choose"),
        ("Registerbeheer", "wagtailsnippetchoosers_registers_organisation:choose"),
        ("Registerbeheer", "wagtailimages_chooser:choose"),
    ],
)
def test_the_keepers_can_open_the_choosers_their_forms_need(client, group, chooser):
    login(client, group)
    assert client.get(reverse(chooser)).status_code == 200
