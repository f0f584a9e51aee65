"""The insights page: chart and table counts equal the ORM's, accessible SVG, languages,
filters and bad input; and the reusable bar-chart helper."""

from django.db.models import Count, Q
from django.utils import translation

import pytest
from bs4 import BeautifulSoup

from demo.factories.registers import OrganisationFactory, PartnershipFactory
from registers.charts import bar_chart
from registers.models import Membership, Organisation, Partnership, PolicyDomain

pytestmark = pytest.mark.django_db


def get(client, register_page, params=None):
    """The insights page under a register page (Dutch or English). Tests that compare
    labels use the English page: the Dutch one shows translations that change."""
    response = client.get(register_page.url + register_page.subpath("inzichten/"), params or {})
    assert response.status_code == 200
    return response


def charts(response):
    """Per chart id: {label: value} as drawn in the SVG and as listed in its table."""
    soup = BeautifulSoup(response.content, "html.parser")
    result = {}
    for section in soup.select("section.chart-section"):
        svg = section.find("svg")
        drawn = {
            row.select_one(".bar-chart__label").get_text(): int(
                row.select_one(".bar-chart__value").get_text()
            )
            for row in svg.select("g.bar-chart__row")
        }
        listed = {
            row.th.get_text(strip=True): int(row.td.get_text(strip=True))
            for row in section.select("tbody tr")
        }
        result[svg.find("title")["id"].removesuffix("-title")] = (drawn, listed)
    return result


def table(response, chart_id):
    drawn, listed = charts(response)[chart_id]
    assert drawn == listed, chart_id  # labels are short enough here not to be shortened
    return listed


def live():
    return Partnership.objects.filter(live=True)


def test_counts_in_charts_and_tables_equal_the_orm(client, register_page_en, register_data):
    # More organisations than the top 15, so the cut-off is exercised too.
    extra = [OrganisationFactory(name=f"Gemeente Extra {n:02d}") for n in range(16)]
    PartnershipFactory(name="Regeling met velen", participants=extra, kind="stichting")
    response = get(client, register_page_en)

    assert table(response, "chart-legal-form") == {
        "Joint arrangement (Wgr)": live().filter(kind="wgr").count(),
        "Foundation (stichting)": 1,
    }
    assert table(response, "chart-domain") == {
        **{
            (d.name_en or d.name): d.n
            for d in PolicyDomain.objects.annotate(
                n=Count("partnerships", filter=live_q("partnerships"))
            ).filter(n__gt=0)
        },
        "No policy domain recorded": live().filter(domains__isnull=True).count(),
    }
    assert table(response, "chart-province") == {
        "Provincie Noord-Holland": live().filter(provinces__slug="provincie-noord-holland").count(),
        "Provincie Utrecht": 1,
        "No province recorded": 1,
    }
    assert table(response, "chart-participants") == {
        "1": 1,  # Afvalverwijdering Utrecht
        "2–5": 2,
        "6–10": 0,
        "11–20": 1,  # 16 participants
        "21 or more": 0,
    }
    top = (
        Organisation.objects.filter(memberships__partnership__live=True)
        .annotate(n=Count("memberships__partnership", distinct=True))
        .order_by("-n", "name")[:15]
    )
    organisations = table(response, "chart-organisations")
    assert organisations == {o.name: o.n for o in top}
    assert list(organisations)[:2] == ["Wormerland", "Zaanstad"]
    assert organisations["Zaanstad"] == 2  # the draft does not count


def live_q(prefix):
    return Q(**{f"{prefix}__live": True})


def test_key_figures_equal_the_orm(client, register_page, register_data):
    response = get(client, register_page)
    assert response.context["total"] == live().count() == 3
    memberships = Membership.objects.filter(partnership__live=True)
    assert response.context["figures"] == {
        "organisations": memberships.values("organisation").distinct().count(),
        "memberships": memberships.count(),
    }
    assert response.context["figures"] == {"organisations": 5, "memberships": 7}


def test_participant_histogram_shows_partnerships_without_participants(
    client, register_page_en, register_data
):
    PartnershipFactory(name="Lege regeling")
    assert table(get(client, register_page_en), "chart-participants")["none recorded"] == 1


def test_filters_narrow_the_charts(client, register_page_en, register_data):
    response = get(client, register_page_en, {"provincie": "provincie-utrecht"})
    assert response.context["total"] == 1
    assert table(response, "chart-legal-form") == {"Joint arrangement (Wgr)": 1}
    assert table(response, "chart-organisations") == {"Soest": 1}
    response = get(client, register_page_en, {"domein": "afval"})
    waste = PolicyDomain.objects.get(slug="afval")
    assert table(response, "chart-domain") == {waste.name_en: 2}


def test_table_rows_link_to_the_register_and_organisation_pages(
    client, register_page, register_data
):
    soup = BeautifulSoup(get(client, register_page).content, "html.parser")
    domain_link = soup.select_one("#chart-domain-heading ~ div tbody a")
    assert domain_link["href"] == "/nl/register/?domein=afval"
    organisation_link = soup.select_one("#chart-organisations-heading ~ div tbody a")
    assert organisation_link["href"] == "/nl/register/organisaties/wormerland/"
    assert client.get(organisation_link["href"]).status_code == 200


def test_charts_are_accessible_images_with_a_table_beside_them(
    client, register_page, register_data
):
    soup = BeautifulSoup(get(client, register_page).content, "html.parser")
    svgs = soup.find_all("svg", class_="bar-chart")
    assert len(svgs) == 5
    for svg in svgs:
        assert svg["role"] == "img"
        title_id, desc_id = svg["aria-labelledby"].split()
        assert svg.find("title", id=title_id).get_text(strip=True)
        assert svg.find("desc", id=desc_id).get_text(strip=True)
        section = svg.find_parent("section")
        caption = section.find("table").find("caption")
        assert caption.get_text(strip=True) == svg.find("title").get_text(strip=True)
        assert all(th["scope"] == "col" for th in section.select("thead th"))
        assert all(th["scope"] == "row" for th in section.select("tbody th"))
    assert len(soup.find_all("h1")) == 1


def test_both_languages_render(client, register_page, register_page_en, register_data):
    english = get(client, register_page_en)
    soup = BeautifulSoup(english.content, "html.parser")
    assert soup.html["lang"] == "en"
    waste = PolicyDomain.objects.get(slug="afval")
    assert table(english, "chart-domain")[waste.name_en] == 2
    assert soup.select_one("#chart-domain-heading ~ div tbody a")["href"].startswith(
        "/en/register/"
    )
    dutch = get(client, register_page)
    assert table(dutch, "chart-domain")[waste.name] == 2


def test_drafts_are_not_charted(client, register_page, register_data):
    response = get(client, register_page, {"domein": "afval"})
    assert response.context["total"] == 2
    assert "Concept samenwerking afval" not in response.content.decode()


def test_empty_selection_says_so(client, register_page_en, register_data):
    response = get(client, register_page_en, {"domein": "bestaat-niet"})
    assert response.context["total"] == 0
    assert "No published partnerships match" in response.content.decode()


@pytest.mark.parametrize(
    "params",
    [
        {"domein": "<script>alert(1)</script>"},
        {"provincie": "x" * 5000},
        {"regio": ["a", "<script>alert(1)</script>"]},
        {"q": "\x00\x01" + "a" * 10000},
        {"rechtsvorm": ["wgr", "nonsense"]},
        {"organisatie": "<script>alert(1)</script>"},
        {"tag": "%ff%00"},
    ],
)
def test_bad_parameters_never_error(client, register_page, register_data, params):
    response = client.get(register_page.url + register_page.subpath("inzichten/"), params)
    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in response.content.decode()


# --- the bar-chart helper ---------------------------------------------------------------


def test_bar_chart_scales_to_the_largest_value():
    chart = bar_chart([("a", 10), ("b", 5), ("c", 0)], id="c", title="T", total=20)
    assert [bar.width for bar in chart.bars] == ["85.00%", "42.50%", "0.00%"]
    assert [bar.share for bar in chart.bars] == ["50%", "25%", "0%"]
    assert chart.height > 0 and chart.description.startswith("a: 10; b: 5")


def test_bar_chart_attributes_are_not_localised():
    with translation.override("nl"):
        chart = bar_chart([("a", 3), ("b", 1)], id="c", title="T")
    assert "," not in chart.bars[1].width


def test_bar_chart_keeps_a_sliver_for_tiny_values_and_shortens_labels():
    chart = bar_chart([("x" * 200, 10_000), ("y", 1)], id="c", title="T", total=10_001)
    assert chart.bars[1].width == "0.40%"
    assert chart.bars[1].share == "< 1%"
    assert len(chart.bars[0].label) == 60 and chart.bars[0].full_label == "x" * 200


def test_empty_bar_chart():
    chart = bar_chart([], id="c", title="T")
    assert chart.is_empty and chart.description == ""


def test_figures_are_kept_until_the_register_changes(
    client,
    register_page,
    register_page_en,
    register_data,
    settings,
    django_capture_on_commit_callbacks,
):
    """The whole register's figures are kept per generation (as the facet counts are): the
    same page asks fewer queries the second time, each language keeps its own labels, and a
    publish shows at the next request."""
    from django.core.cache import cache
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    settings.REGISTER_COUNTS_CACHE_SECONDS = 600
    cache.clear()

    def figures(page):
        with CaptureQueriesContext(connection) as captured:
            response = get(client, page)
        return response, len(captured)

    first, first_queries = figures(register_page)
    again, second_queries = figures(register_page)
    assert second_queries < first_queries
    assert again.context["figures"] == first.context["figures"]
    assert again.context["total"] == first.context["total"] == 3
    # The English page is not served the Dutch labels kept for the Dutch one.
    english, _queries = figures(register_page_en)
    waste = PolicyDomain.objects.get(slug="afval")
    assert table(english, "chart-domain")[waste.name_en] == 2

    added = PartnershipFactory(name="Afvalinzameling Wormerland", live=False)
    added.domains.add(waste)
    with django_capture_on_commit_callbacks(execute=True):
        added.save_revision().publish()
    after, _queries = figures(register_page)
    assert after.context["total"] == 4
    assert table(get(client, register_page_en), "chart-domain")[waste.name_en] == 3


def test_a_comparison_is_kept_per_second_date(client, register_page_en, register_data, settings):
    from django.core.cache import cache

    settings.REGISTER_COUNTS_CACHE_SECONDS = 600
    cache.clear()
    first = get(client, register_page_en, {"vergelijk": "2000-01-01"}).context["comparison"]
    second = get(client, register_page_en, {"vergelijk": "2001-01-01"}).context["comparison"]
    assert first["second"].isoformat() == "2000-01-01"
    assert second["second"].isoformat() == "2001-01-01"
