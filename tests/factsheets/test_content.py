"""The factsheets' HTML and context, tested without WeasyPrint: the selection's row limit,
a programme line's events, the chart, the page counter in CSS."""

import datetime

from django.utils import translation

import pytest

from demo.factories.agenda import EventIndexPageFactory, EventPageFactory
from factsheets import pdf
from factsheets.charts import finance_chart, money
from registers.models import FinancialFigure
from registers.search import RegisterQuery, search_register
from tests.factsheets.conftest import publish


def test_partnership_html_is_a_standalone_accessible_document(register, site):
    with translation.override("nl"):
        context = pdf.partnership_context(register["partnership"], site["register"])
        html = pdf.render_html("factsheets/partnership.html", context)
    assert html.startswith("<!DOCTYPE html>")
    assert '<html lang="nl">' in html
    assert "<title>Afvalschap IJmond-Zaanstreek – Factsheet samenwerkingsverband</title>" in html
    assert 'role="img"' in html and '<title id="finance-chart-title">' in html
    assert 'alt="Logo van het Samenwerkingsportaal"' in html
    assert 'src="data:image/svg+xml;base64,' in html  # the QR code, no request needed
    assert "/static/vendor/noto-sans/files/noto-sans-latin-wght-normal.woff2" in html
    assert 'content: "Pagina " counter(page) " van " counter(pages);' in html
    assert "base.html" not in html and "utrecht-page" not in html  # not the site's layout


def test_selection_larger_than_the_limit_says_so_and_links_the_csv(register, site, monkeypatch):
    from demo.factories.registers import PartnershipFactory

    for number in range(3):
        PartnershipFactory(name=f"Extra {number}", domains=[register["afval"]])
    monkeypatch.setattr(pdf, "SELECTION_ROW_LIMIT", 2)
    query = RegisterQuery.from_params(_params(domein="afval"))
    with translation.override("nl"):
        context = pdf.selection_context(
            query, search_register(query, with_facets=False), site["register"]
        )
        html = pdf.render_html("factsheets/selection.html", context)
    assert context["count"] == 4 and len(context["rows"]) == 2 and context["truncated"]
    assert "de eerste 2 samenwerkingsverbanden" in html
    assert "Download ze alle 4 als CSV-bestand" in html
    assert "http://testserver/nl/register/?domein=afval&amp;sort=naam&amp;format=csv" in html


def _params(**values):
    from django.http import QueryDict

    params = QueryDict(mutable=True)
    for key, value in values.items():
        params[key] = value
    return params


def test_selection_within_the_limit_has_no_notice(register, site):
    query = RegisterQuery.from_params(_params(domein="afval"))
    with translation.override("nl"):
        context = pdf.selection_context(
            query, search_register(query, with_facets=False), site["register"]
        )
    assert not context["truncated"]
    assert [row["name"] for row in context["rows"]] == ["Afvalschap IJmond-Zaanstreek (AIJZ)"]


def test_programme_line_lists_its_upcoming_events(programme, monkeypatch):
    class Event:
        title = "Netwerkdag Samenwerken"
        start = datetime.datetime(2026, 12, 3, 9, 30, tzinfo=datetime.UTC)
        location_name = "Provinciehuis"
        online_url = "https://meet.example/geheim"

        def get_full_url(self, request=None):
            return "http://testserver/nl/bijeenkomsten/netwerkdag/"

    monkeypatch.setattr(pdf, "programme_line_events", lambda page: [Event()])
    with translation.override("nl"):
        context = pdf.programme_line_context(programme["line"])
        html = pdf.render_html("factsheets/programme_line.html", context)
    assert "Netwerkdag Samenwerken" in html
    assert "3 december 2026, 10:30" in html and "Provinciehuis" in html
    assert "meet.example" not in html  # the meeting link is for registrants only


def test_programme_line_events_are_the_agendas_for_that_line(programme, site):
    """The factsheet lists what the programme line's page lists: the agenda's upcoming,
    not cancelled events of that line, in the factsheet's language."""
    line = programme["line"]
    index = publish(EventIndexPageFactory(parent=site["home"]))
    publish(EventPageFactory(parent=index, title="Netwerkdag rollen", programme_line=line))
    publish(EventPageFactory(parent=index, title="Afgelast", programme_line=line, cancelled=True))
    publish(EventPageFactory(parent=index, title="Andere lijn"))
    with translation.override("nl"):
        context = pdf.programme_line_context(line)
    assert [event.title for event in context["events"]] == ["Netwerkdag rollen"]


def test_programme_line_without_upcoming_events_says_none_are_planned(programme):
    with translation.override("nl"):
        context = pdf.programme_line_context(programme["line"])
        html = pdf.render_html("factsheets/programme_line.html", context)
    assert context["events"] == []
    assert "Komende bijeenkomsten" in html and "Er zijn geen bijeenkomsten gepland." in html


def test_finance_chart_draws_contribution_and_result_with_negative_values():
    figures = [
        FinancialFigure(year=2024, contribution=120_000, result=25_000),
        FinancialFigure(year=2023, contribution=110_000, result=-15_000),
    ]
    with translation.override("nl"):
        chart = finance_chart(figures)
    assert [group.year for group in chart.groups] == [2023, 2024]
    assert chart.title == "Bijdrage van de provincie en resultaat per jaar"
    assert "2023: Bijdrage van de provincie: € 110.000, Resultaat: € -15.000" in chart.description
    loss = chart.groups[0].bars[1]
    assert float(loss.y) == pytest.approx(float(chart.zero_y))  # a loss hangs below zero
    assert all("," not in bar.x + bar.y + bar.height for g in chart.groups for bar in g.bars)


def test_finance_chart_falls_back_to_equity_and_debt():
    figures = [FinancialFigure(year=2024, equity_end=1_000_000, debt_end=400_000)]
    with translation.override("en"):
        chart = finance_chart(figures)
    assert chart.title == "Equity and debt per year"
    assert finance_chart([FinancialFigure(year=2024)]) is None


@pytest.mark.parametrize(("language", "expected"), [("nl", "€ 1.250.000"), ("en", "€ 1,250,000")])
def test_money_is_formatted_in_the_language(language, expected):
    with translation.override(language):
        assert money(1_250_000) == expected


def test_css_strings_cannot_break_out_of_the_style_element():
    assert (
        pdf.css_string('a"b\\c</style><script>') == "a\\22 b\\5c c\\3c /style\\3e \\3c script\\3e "
    )
