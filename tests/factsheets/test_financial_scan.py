"""The financial scan in a partnership's factsheet: the latest year's ratios beside the median
of its policy domain and the risks, as tables with header cells (PDF/UA)."""

from django.utils import translation

import pytest

from demo.factories.registers import FinancialFigureFactory, PartnershipFactory
from factsheets import pdf
from tests.factsheets.conftest import body, pdf_text, reader
from tests.factsheets.test_pdf import resolve, struct_elements, structure_tree, table_attributes

pytestmark = pytest.mark.django_db


@pytest.fixture
def peer(register):
    """A second published partnership of the same domain with 2024 figures: the domain has a
    median to compare with."""
    other = PartnershipFactory(name="Afvalverwijdering Utrecht", domains=[register["afval"]])
    FinancialFigureFactory(partnership=other, year=2024, equity_end=300_000, debt_end=700_000)
    return other


def test_factsheet_context_has_the_ratios_medians_and_risks(register, site, peer):
    with translation.override("nl"):
        context = pdf.partnership_context(register["partnership"], site["register"])
        html = pdf.render_html("factsheets/partnership.html", context)
    scan = context["scan"]
    assert scan["year"] == 2024
    assert scan["domains"] == [{"label": "Afval en reiniging", "count": 2}]
    solvency = scan["rows"][0]
    # FinancialFigureFactory: equity 1.100.000, debt 450.000 → 71,0%; the peer 30,0%.
    assert (str(solvency["label"]), solvency["value"]) == ("Solvabiliteit", "71,0%")
    assert solvency["medians"] == ["50,5%"]
    assert scan["risks"].total == 1 and scan["risks"].highest == "hoog"
    assert "<caption>Kengetallen van 2024</caption>" in html
    assert '<th scope="col" class="numeric">Mediaan van Afval en reiniging' in html
    assert '<th scope="row">Solvabiliteit</th>' in html
    assert "het hoogste is hoog" in html


def test_factsheet_pdf_shows_the_scan_in_tagged_tables(client, register, peer):
    response = client.get("/en/register/afvalschap/factsheet.pdf")
    assert response.status_code == 200
    data = body(response)
    text = " ".join(pdf_text(data).split())
    assert "Ratios of 2024" in text
    assert "Median of Waste" in text
    assert "Solvency 71.0% 50.5%" in text
    assert "Risks (likelihood × impact); the highest is high" in text
    elements = list(struct_elements(structure_tree(reader(data))))
    headers = [element for element in elements if element["/S"] == "/TH"]
    for header in headers:
        section = resolve(resolve(header["/P"])["/P"])["/S"]
        expected = "/Column" if section == "/THead" else "/Row"
        assert table_attributes(header)["/Scope"] == expected


def test_chart_shows_the_participants_contributions_when_the_province_has_none():
    from django.utils import translation

    from factsheets.charts import finance_chart
    from registers.models import FinancialFigure

    figures = [
        FinancialFigure(year=2023, participants_contribution=900_000, result=-5_000),
        FinancialFigure(year=2024, participants_contribution=1_000_000, result=10_000),
    ]
    with translation.override("nl"):
        chart = finance_chart(figures)
    assert chart.title == "Bijdragen van de deelnemers en resultaat per jaar"
    assert "Bijdragen van de deelnemers: € 1.000.000" in chart.description
    figures[0].contribution = 100
    with translation.override("nl"):
        assert finance_chart(figures).title == "Bijdrage van de provincie en resultaat per jaar"
