"""The organisation factsheet (PDF/UA) prints the province's dossier: account holders and
toezicht judgements, as headed sections with tables whose header cells have a scope."""

import pytest

from demo.factories.dossiers import AccountHolderFactory, SupervisionJudgementFactory
from demo.factories.registers import OrganisationFactory
from dossiers.choices import AccountHolderRole, Judgement, SupervisionDomain
from registers.choices import OrganisationKind
from tests.factsheets.conftest import body, build_register, pdf_text, reader
from tests.factsheets.test_pdf import flat, resolve, struct_elements, table_attributes

pytestmark = pytest.mark.django_db


@pytest.fixture
def zaanstad(register_page, register_page_en):
    zaanstad = build_register()["zaanstad"]
    AccountHolderFactory(
        organisation=zaanstad,
        role=AccountHolderRole.BESTUURLIJK,
        name="Marieke Jansen (voorbeeld)",
        position="Gedeputeerde Bestuur",
        email="m.jansen@provincie.example",
    )
    SupervisionJudgementFactory(
        organisation=zaanstad,
        domain=SupervisionDomain.ARCHIEF,
        year=2025,
        judgement=Judgement.REDELIJK,
        explanation="Voorbeeld: de overbrenging loopt achter.",
        explanation_en="Example: the transfer is behind schedule.",
    )
    return zaanstad


def factsheet(client, path):
    response = client.get(path)
    assert response.status_code == 200, response.status_code
    data = body(response)
    assert data.startswith(b"%PDF")
    return data


def test_the_organisation_factsheet_prints_the_dossier_in_dutch(client, zaanstad):
    data = factsheet(client, "/nl/register/organisaties/zaanstad/factsheet.pdf")
    text = flat(pdf_text(data))
    assert "Accounthouders bij de provincie" in text
    assert "Marieke Jansen (voorbeeld)" in text and "m.jansen@provincie.example" in text
    assert "Interbestuurlijk toezicht" in text
    assert "Archief- en informatiebeheer" in text and "Redelijk adequaat" in text
    assert "Voorbeeld: de overbrenging loopt achter." in text
    # The dossier comes before the partnerships, as on the page.
    assert text.index("Accounthouders bij de provincie") < text.index("Afvalschap IJmond")

    elements = list(struct_elements(reader(data).trailer["/Root"]["/StructTreeRoot"]))
    tags = [str(element["/S"]) for element in elements]
    assert tags.count("/H1") == 1 and tags.count("/H2") >= 4
    for header in (element for element in elements if element["/S"] == "/TH"):
        section = resolve(resolve(header["/P"])["/P"])["/S"]
        expected = "/Column" if section == "/THead" else "/Row"
        assert table_attributes(header)["/Scope"] == expected


def test_the_organisation_factsheet_prints_the_dossier_in_english(client, zaanstad):
    text = flat(pdf_text(factsheet(client, "/en/register/organisations/zaanstad/factsheet.pdf")))
    assert "Account holders at the province" in text
    assert "Example: the transfer is behind schedule." in text


def test_a_changed_judgement_gives_a_new_factsheet(client, zaanstad):
    path = "/nl/register/organisaties/zaanstad/factsheet.pdf"
    factsheet(client, path)
    judgement = zaanstad.supervision_judgements.get()
    judgement.judgement = Judgement.ADEQUAAT
    judgement.save()
    assert "Redelijk adequaat" not in flat(pdf_text(factsheet(client, path)))


def test_a_waterschap_with_only_a_dossier_has_a_factsheet(client, register_page):
    hhnk = OrganisationFactory(
        name="Hoogheemraadschap Hollands Noorderkwartier",
        kind=OrganisationKind.WATERSCHAP,
        cbs_code=None,
    )
    SupervisionJudgementFactory(organisation=hhnk)
    text = flat(pdf_text(factsheet(client, f"/nl/register/organisaties/{hhnk.slug}/factsheet.pdf")))
    assert "Financieel toezicht" in text
