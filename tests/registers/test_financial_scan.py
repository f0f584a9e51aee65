"""The financial scan (issue 17): ratios, the comparison per policy domain (page, chart, CSV,
bad input), the scan on a partnership page, and the demo figures."""

import csv
import io
from decimal import Decimal

from django.core.management import call_command

import pytest

from demo.factories.registers import (
    FinancialFigureFactory,
    PartnershipFactory,
    PolicyDomainFactory,
    RegionFactory,
)
from registers import financial_scan as scan
from registers.models import FinancialFigure, PartnershipRisk

pytestmark = pytest.mark.django_db


# --- ratios --------------------------------------------------------------------------------


def figure(**values):
    values.setdefault("year", 2024)
    return FinancialFigure(**values)


def test_solvency_and_debt_ratio_are_shares_of_total_capital():
    ratios = scan.ratios(figure(equity_end=Decimal(1_000_000), debt_end=Decimal(500_000)))
    assert ratios.total_capital == Decimal(1_500_000)
    assert ratios.solvency.quantize(Decimal("0.0001")) == Decimal("0.6667")
    assert ratios.debt_ratio.quantize(Decimal("0.0001")) == Decimal("0.3333")
    assert scan.format_ratio(ratios.solvency, scan.RATIOS_BY_SLUG["solvabiliteit"]) in (
        "66,7%",
        "66.7%",
    )


def test_contribution_per_inhabitant_uses_the_figures_count_before_the_region():
    own = scan.ratios(
        figure(participants_contribution=Decimal(1_000_000), inhabitants=400_000),
        region_population=100,
    )
    assert own.contribution_per_inhabitant == Decimal("2.50")
    assert not own.inhabitants_from_region
    region = scan.ratios(
        figure(participants_contribution=Decimal(1_000_000)), region_population=250_000
    )
    assert region.contribution_per_inhabitant == Decimal("4.00")
    assert region.inhabitants_from_region and region.inhabitants == 250_000


@pytest.mark.parametrize(
    ("values", "population"),
    [
        ({}, None),  # nothing entered
        ({"equity_end": Decimal(0), "debt_end": Decimal(0)}, None),  # no capital at all
        ({"equity_end": Decimal(-800), "debt_end": Decimal(500)}, None),  # total below zero
        ({"equity_end": Decimal(1000)}, None),  # debt missing
        ({"debt_end": Decimal(1000)}, None),  # equity missing
        ({"participants_contribution": Decimal(1000), "inhabitants": 0}, None),
        ({"participants_contribution": Decimal(1000)}, 0),
    ],
)
def test_ratios_are_empty_when_a_figure_is_missing_or_a_denominator_zero(values, population):
    ratios = scan.ratios(figure(**values), region_population=population)
    assert ratios.solvency is None and ratios.debt_ratio is None
    assert ratios.contribution_per_inhabitant is None
    for ratio in scan.RATIOS:
        assert scan.format_ratio(ratios.value(ratio), ratio) == ""


def test_negative_equity_gives_a_negative_solvency_and_a_debt_ratio_above_one():
    ratios = scan.ratios(figure(equity_end=Decimal(-200), debt_end=Decimal(1000)))
    assert ratios.solvency == Decimal("-0.25")
    assert ratios.debt_ratio == Decimal("1.25")


def test_median_ignores_missing_values():
    assert scan.median([Decimal(1), None, Decimal(3), Decimal(2)]) == Decimal(2)
    assert scan.median([Decimal(1), Decimal(2)]) == Decimal("1.5")
    assert scan.median([None, None]) is None


def test_risk_level_is_likelihood_times_impact():
    def risk(likelihood, impact):
        return PartnershipRisk(description="x", likelihood=likelihood, impact=impact)

    assert scan.risk_level(risk("hoog", "gemiddeld")) == "hoog"  # 3 × 2
    assert scan.risk_level(risk("gemiddeld", "gemiddeld")) == "gemiddeld"  # 2 × 2
    assert scan.risk_level(risk("laag", "hoog")) == "gemiddeld"  # 1 × 3
    assert scan.risk_level(risk("laag", "gemiddeld")) == "laag"  # 1 × 2
    summary = scan.risk_summary([risk("hoog", "hoog"), risk("laag", "laag"), risk("laag", "laag")])
    assert summary.total == 3 and summary.highest == "hoog"
    assert [count for _label, count in summary.rows] == [1, 0, 2]
    assert scan.risk_summary([]).total == 0


# --- comparison per domain -----------------------------------------------------------------


@pytest.fixture
def domain_scan(register_page, register_page_en):
    """Three published veiligheidsregio's with figures for 2023 and 2024, one of them with
    its inhabitants from its Regioatlas region; a draft with figures; another domain without."""
    veiligheid = PolicyDomainFactory(
        slug="rampenbestrijding", name="Rampenbestrijding", name_en="Disaster response"
    )
    PolicyDomainFactory(slug="afval", name="Afval", name_en="Waste")
    a = PartnershipFactory(name="Veiligheidsregio Alfa", slug="vr-alfa", domains=[veiligheid])
    b = PartnershipFactory(name="Veiligheidsregio Beta", slug="vr-beta", domains=[veiligheid])
    c = PartnershipFactory(name="=Veiligheidsregio Gamma", slug="vr-gamma", domains=[veiligheid])
    draft = PartnershipFactory(
        name="Veiligheidsregio Concept", slug="vr-concept", live=False, domains=[veiligheid]
    )
    RegionFactory(name="Alfa", partnership=a, population=500_000)
    rows = {
        # partnership: (equity_end, debt_end, participants' contributions, inhabitants)
        a: (600_000, 400_000, 10_000_000, None),  # 60%, € 20,00 per inhabitant (region)
        b: (200_000, 800_000, 6_000_000, 200_000),  # 20%, € 30,00
        c: (300_000, 700_000, None, None),  # 30%, no contribution
        draft: (1, 1_000_000, 1, 1),
    }
    for partnership, (equity, debt, contribution, inhabitants) in rows.items():
        for year in (2023, 2024):
            FinancialFigureFactory(
                partnership=partnership,
                year=year,
                equity_end=equity,
                debt_end=debt,
                participants_contribution=contribution,
                inhabitants=inhabitants,
                source="Jaarrekening",
            )
    PartnershipRisk.objects.create(
        partnership=a, description="Cao", likelihood="hoog", impact="hoog"
    )
    return {"domain": veiligheid, "a": a, "b": b, "c": c, "draft": draft}


def test_compare_domain_gives_the_medians_of_the_published_partnerships(domain_scan):
    comparison = scan.compare_domain(domain_scan["domain"])
    assert comparison.year == 2024 and comparison.years == [2024, 2023]
    assert [row.partnership.slug for row in comparison.rows] == ["vr-gamma", "vr-alfa", "vr-beta"]
    assert comparison.median(scan.RATIOS_BY_SLUG["solvabiliteit"]) == Decimal("0.3")
    assert comparison.median(scan.RATIOS_BY_SLUG["bijdrage-per-inwoner"]) == Decimal("25.00")


def test_comparison_page_in_dutch_has_chart_table_and_median(client, domain_scan):
    response = client.get("/nl/register/financiele-scan/rampenbestrijding/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<h1 class="utrecht-heading-1">Financiële scan: Rampenbestrijding</h1>' in html
    # The chart: an image with a title and a description, largest first, median drawn.
    assert 'role="img" aria-labelledby="scan-chart-title scan-chart-desc"' in html
    assert '<title id="scan-chart-title">Solvabiliteit van Rampenbestrijding, 2024</title>' in html
    assert "Veiligheidsregio Alfa: 60,0%; =Veiligheidsregio Gamma: 30,0%" in html
    assert 'class="scan-median"' in html
    assert "De gestippelde lijn is de mediaan van het beleidsterrein: 30,0%." in html
    # The same numbers in a table, and all figures with the medians.
    assert '<th class="utrecht-table__header-cell" scope="row">Veiligheidsregio Beta</th>' in html
    assert "€ 30,00" in html and "€ 25,00" in html
    assert "Veiligheidsregio Concept" not in html
    assert 'href="/nl/register/financiele-scan/rampenbestrijding/?jaar=2024&amp;format=csv"' in html


def test_comparison_page_in_english_under_english_route_words(client, domain_scan):
    response = client.get(
        "/en/register/financial-scan/rampenbestrijding/?jaar=2023&kengetal=bijdrage-per-inwoner"
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "Financial scan: Disaster response" in html
    assert "Contribution per inhabitant of Disaster response, 2023" in html
    assert "Veiligheidsregio Beta: € 30.00; Veiligheidsregio Alfa: € 20.00" in html
    assert '<html lang="en"' in html
    # Names are Dutch: marked so on an English page.
    assert '<span lang="nl">Veiligheidsregio Beta</span>' in html
    # The Dutch words under /en/ move to the English ones.
    moved = client.get("/en/register/financiele-scan/rampenbestrijding/?jaar=2023")
    assert moved.status_code == 301
    assert moved["Location"].endswith("/en/register/financial-scan/rampenbestrijding/?jaar=2023")


def test_index_lists_only_domains_with_published_figures(client, domain_scan):
    html = client.get("/nl/register/financiele-scan/").content.decode()
    assert 'href="/nl/register/financiele-scan/rampenbestrijding/">Rampenbestrijding</a>' in html
    assert "3 samenwerkingsverbanden" in html
    assert "financiele-scan/afval/" not in html
    english = client.get("/en/register/financial-scan/").content.decode()
    assert 'href="/en/register/financial-scan/rampenbestrijding/">Disaster response</a>' in english
    # Found from the insights page, and the comparison page leads back in its breadcrumbs.
    insights = client.get("/en/register/insights/").content.decode()
    assert 'href="/en/register/financial-scan/">Financial scan</a>' in insights
    domain_page = client.get("/nl/register/financiele-scan/rampenbestrijding/").content.decode()
    breadcrumbs = domain_page.split('class="utrecht-breadcrumb-nav', 1)[1].split("</nav>", 1)[0]
    assert 'href="/nl/register/financiele-scan/"' in breadcrumbs
    assert "Rampenbestrijding" in breadcrumbs


def test_csv_download_has_every_row_the_median_and_safe_cells(client, domain_scan):
    response = client.get("/nl/register/financiele-scan/rampenbestrijding/?format=csv&jaar=2024")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert (
        'filename="financiele-scan-rampenbestrijding-2024.csv"' in response["Content-Disposition"]
    )
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    header = rows[0]
    assert header[:3] == ["Samenwerkingsverband", "Jaar", "Bron"]
    assert "Solvabiliteit" in header and "Bijdrage per inwoner" in header
    by_name = {row[0]: dict(zip(header, row, strict=True)) for row in rows[1:]}
    assert set(by_name) == {
        "'=Veiligheidsregio Gamma",  # a formula would run in a spreadsheet: made text
        "Veiligheidsregio Alfa",
        "Veiligheidsregio Beta",
        "Mediaan",
    }
    assert by_name["Veiligheidsregio Alfa"]["Solvabiliteit"] == "0.6000"
    assert by_name["Veiligheidsregio Alfa"]["Inwoners"] == "500000"
    assert by_name["Veiligheidsregio Beta"]["Bijdrage per inwoner"] == "30.00"
    assert by_name["Mediaan"]["Solvabiliteit"] == "0.3000"


@pytest.mark.parametrize(
    ("query", "status"),
    [
        ("?jaar=abc", 400),
        ("?jaar=²", 400),
        ("?jaar=٢٠٢٤", 400),
        ("?jaar=-2024", 400),
        ("?jaar=1999", 400),
        ("?jaar=" + "9" * 400, 400),
        ("?kengetal=winst", 400),
        ("?format=pdf", 400),
        ("?jaar=2024&kengetal=schuldratio&format=csv", 200),
    ],
)
def test_bad_parameters_get_a_clear_error(client, domain_scan, query, status):
    response = client.get("/nl/register/financiele-scan/rampenbestrijding/" + query)
    assert response.status_code == status
    if status == 400:
        assert response["Content-Type"].startswith("text/plain")
        assert response.content.decode().strip()


def test_unknown_domain_or_domain_without_figures_is_not_found(client, domain_scan):
    assert client.get("/nl/register/financiele-scan/bestaat-niet/").status_code == 404
    assert client.get("/nl/register/financiele-scan/afval/").status_code == 404
    assert client.get("/en/register/financial-scan/afval/").status_code == 404


def test_partnership_page_shows_the_scan_with_the_domain_median(client, domain_scan):
    html = client.get("/nl/register/vr-beta/").content.decode()
    assert "Kengetallen van 2024" in html
    assert "Mediaan van Rampenbestrijding" in html and "3 samenwerkingsverbanden" in html
    assert "20,0%" in html and "30,0%" in html  # own solvency, domain median
    assert 'href="/nl/register/financiele-scan/rampenbestrijding/"' in html
    assert "Er zijn geen risico’s geregistreerd." in html
    alfa = client.get("/en/register/vr-alfa/").content.decode()
    assert "Ratios of 2024" in alfa and "Median of Disaster response" in alfa
    assert "1 risk registered; the highest is high" in alfa
    assert "500,000 inhabitants of the partnership's region (Regioatlas)" in alfa


def test_partnership_without_figures_shows_no_scan(client, domain_scan):
    PartnershipFactory(name="Zonder cijfers", slug="zonder-cijfers")
    html = client.get("/nl/register/zonder-cijfers/").content.decode()
    assert "Kengetallen van" not in html and "Financiële scan" not in html


def test_comparison_work_is_bounded(client, domain_scan, monkeypatch):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    url = "/nl/register/financiele-scan/rampenbestrijding/"
    client.get(url)  # the site's own caches (root paths) filled
    with CaptureQueriesContext(connection) as three:
        assert client.get(url).status_code == 200
    for number in range(4):
        FinancialFigureFactory(
            partnership=PartnershipFactory(name=f"Extra {number}", domains=[domain_scan["domain"]]),
            year=2024,
        )
    with CaptureQueriesContext(connection) as seven:
        assert client.get(url).status_code == 200
    assert len(seven) == len(three)  # the queries do not grow with the partnerships
    monkeypatch.setattr(scan, "MAX_COMPARED", 2)
    comparison = scan.compare_domain(domain_scan["domain"])
    assert len(comparison.rows) == 2 and comparison.truncated


# --- demo figures --------------------------------------------------------------------------


def test_demo_figures_cover_the_whole_domain_marked_as_demo_and_load_once(register_page):
    veiligheid = PolicyDomainFactory(slug="veiligheid", name="Veiligheid")
    regions = [
        PartnershipFactory(name=f"Veiligheidsregio {n}", domains=[veiligheid]) for n in range(3)
    ]
    RegionFactory(partnership=regions[0], population=400_000)
    out = io.StringIO()
    call_command("load_demo_financial_scan", stdout=out)
    assert "9 years of figures" in out.getvalue()
    figures = FinancialFigure.objects.filter(partnership__in=regions)
    assert figures.count() == 9
    assert {f.year for f in figures} == {2022, 2023, 2024}
    assert all(f.source.startswith("Demo") for f in figures)
    assert all(r.description.startswith("Demo") for r in PartnershipRisk.objects.all())
    for partnership in regions:
        partnership.refresh_from_db()
        assert partnership.live and not partnership.has_unpublished_changes
        assert len(partnership.latest_revision.content["financial_figures"]) == 3
    before = list(FinancialFigure.objects.order_by("pk").values())
    risks = PartnershipRisk.objects.count()
    out = io.StringIO()
    call_command("load_demo_financial_scan", stdout=out)
    assert "nothing changed" in out.getvalue()
    assert list(FinancialFigure.objects.order_by("pk").values()) == before
    assert PartnershipRisk.objects.count() == risks
    comparison = scan.compare_domain(veiligheid)
    assert len(comparison.rows) == 3
    assert all(row.ratios.solvency is not None for row in comparison.rows)
    assert all(row.ratios.contribution_per_inhabitant for row in comparison.rows)
