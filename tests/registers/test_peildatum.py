"""The register on a date (issue 18): ?peildatum=YYYY-MM-DD on the register, the partnership
and organisation pages, the exports and the API shows the register as it stood that day
(registers/peildatum.py)."""

import csv
import datetime
import io
import re

from django.utils import timezone

import pytest

from demo.factories.registers import (
    MembershipFactory,
    OrganisationFactory,
    PartnershipFactory,
    PolicyDomainFactory,
)
from registers.choices import PartnershipKind, Role, Status
from registers.models import PartnershipVersion

pytestmark = pytest.mark.django_db


def facet(response, param) -> dict:
    return {v["value"]: v["count"] for v in response.json()["facets"][param]}


def names(response) -> list:
    return [result["name"] for result in response.json()["results"]]


@pytest.fixture
def merger(register_page):
    """Vianen and Leerdam merged into Vijfheerenlanden on 2019-01-01, as the admin's recorded
    merger leaves it once approved (registers/mergers.py, tests/registers/test_mergers.py):
    the predecessors end, their participations on 2018-12-31, the successor's start on
    2019-01-01."""
    vianen = OrganisationFactory(name="Vianen", cbs_code="GM0620")
    leerdam = OrganisationFactory(name="Leerdam", cbs_code="GM0545")
    successor = OrganisationFactory(name="Vijfheerenlanden", cbs_code="GM1961")
    houten = OrganisationFactory(name="Houten", cbs_code="GM0321")
    afval = PartnershipFactory(
        name="Afvalschap Lek en IJssel",
        entry_into_force=datetime.date(2000, 1, 1),
        participants=[(vianen, Role.PENVOERDER), leerdam, houten],
    )
    merger_date = datetime.date(2019, 1, 1)
    day_before = merger_date - datetime.timedelta(days=1)
    for predecessor in (vianen, leerdam):
        predecessor.active_until = day_before
        predecessor.successors.add(successor)
        predecessor.save()  # a ParentalManyToManyField: written on save
    afval.memberships.filter(organisation__in=[vianen, leerdam]).update(left=day_before)
    MembershipFactory(partnership=afval, organisation=successor, joined=merger_date)
    return {"vianen": vianen, "successor": successor, "houten": houten, "afval": afval}


def test_before_a_merger_the_old_municipality_takes_part_and_after_it_the_successor(
    client, register_page, merger
):
    url = register_page.url
    before = client.get(url, {"peildatum": "2018-06-01", "format": "json"})
    after = client.get(url, {"peildatum": "2019-01-01", "format": "json"})
    today = client.get(url, {"format": "json"})
    assert before.json()["peildatum"] == "2018-06-01"
    assert facet(before, "deelnemer") == {"vianen": 1, "leerdam": 1, "houten": 1}
    assert facet(after, "deelnemer") == {"vijfheerenlanden": 1, "houten": 1}
    # Today's register lists every participation it has (ended ones included), as before.
    assert "vijfheerenlanden" in facet(today, "deelnemer")

    # Choosing the old municipality on a date after the merger finds nothing, before it the entry.
    chosen = {"deelnemer": "vianen", "format": "json"}
    assert names(client.get(url, {**chosen, "peildatum": "2018-12-31"})) == [
        "Afvalschap Lek en IJssel"
    ]
    assert names(client.get(url, {**chosen, "peildatum": "2019-01-02"})) == []

    detail = url + f"{merger['afval'].slug}/"
    page_before = client.get(detail, {"peildatum": "2018-06-01"}).content.decode()
    page_after = client.get(detail, {"peildatum": "2019-06-01"}).content.decode()
    assert ">Vianen</a>" in page_before and ">Vijfheerenlanden</a>" not in page_before
    assert ">Vijfheerenlanden</a>" in page_after and ">Vianen</a>" not in page_after

    organisation = url + "organisaties/vianen/"
    vianen_before = client.get(organisation, {"peildatum": "2018-06-01"}).content.decode()
    vianen_after = client.get(organisation, {"peildatum": "2019-06-01"}).content.decode()
    assert "Afvalschap Lek en IJssel" in vianen_before
    assert "no longer exists" not in vianen_before and "bestaat niet meer" not in vianen_before
    assert "bestaat niet meer" in vianen_after or "no longer exists" in vianen_after


def test_an_organisation_that_ended_took_part_in_its_partnerships(client, register_page, merger):
    """Today's page of a merged municipality lists the participations it had, and says so in
    the past tense (it read "Neemt deel aan", beside "bestaat niet meer"); on a date before the
    merger it takes part."""
    page = register_page.url + "organisaties/vianen/"
    today = client.get(page).content.decode()
    assert "Nam deel aan 1 samenwerkingsverband." in today
    assert 'content="Vianen nam deel aan 1 samenwerkingsverband."' in today
    assert "Neemt deel aan" not in today and "neemt deel aan" not in today
    before = client.get(page, {"peildatum": "2018-06-01"}).content.decode()
    assert "Neemt deel aan 1 samenwerkingsverband." in before and "Nam deel aan" not in before
    current = client.get(register_page.url + "organisaties/houten/").content.decode()
    assert "Neemt deel aan 1 samenwerkingsverband." in current


def test_memberships_count_by_their_joined_and_left_dates(client, register_page):
    zaanstad = OrganisationFactory(name="Zaanstad", cbs_code="GM0479")
    wormerland = OrganisationFactory(name="Wormerland", cbs_code="GM0880")
    partnership = PartnershipFactory(
        name="Recreatieschap Twiske", entry_into_force=datetime.date(2010, 1, 1)
    )
    MembershipFactory(partnership=partnership, organisation=zaanstad)
    MembershipFactory(
        partnership=partnership,
        organisation=wormerland,
        joined=datetime.date(2015, 1, 1),
        left=datetime.date(2017, 12, 31),
    )
    url = register_page.url
    assert facet(client.get(url, {"peildatum": "2014-06-01", "format": "json"}), "deelnemer") == {
        "zaanstad": 1
    }
    during = client.get(url, {"peildatum": "2016-06-01", "format": "json"})
    assert facet(during, "deelnemer") == {"zaanstad": 1, "wormerland": 1}
    assert during.json()["results"][0]["participant_count"] == 2
    later = client.get(url, {"peildatum": "2018-01-01", "format": "json"})
    assert later.json()["results"][0]["participant_count"] == 1

    page = client.get(url + f"{partnership.slug}/", {"peildatum": "2016-06-01"}).content.decode()
    assert ">Wormerland</a>" in page
    page = client.get(url + f"{partnership.slug}/", {"peildatum": "2018-06-01"}).content.decode()
    assert ">Wormerland</a>" not in page


def test_entries_count_from_their_entry_into_force_and_as_active_before_they_ended(
    client, register_page
):
    PartnershipFactory(name="Oud schap", entry_into_force=datetime.date(2001, 1, 1))
    PartnershipFactory(name="Nieuw schap", entry_into_force=datetime.date(2020, 1, 1))
    PartnershipFactory(
        name="Opgeheven schap",
        entry_into_force=datetime.date(2005, 1, 1),
        status=Status.OPGEHEVEN,
        status_start=datetime.date(2022, 1, 1),
    )
    url = register_page.url
    on_2019 = client.get(url, {"peildatum": "2019-06-01", "format": "json"})
    assert names(on_2019) == ["Opgeheven schap", "Oud schap"]
    assert on_2019.json()["count"] == 2
    assert facet(on_2019, "status") == {"actief": 2}
    on_2023 = client.get(url, {"peildatum": "2023-06-01", "format": "json"})
    assert on_2023.json()["count"] == 3
    assert facet(on_2023, "status") == {"actief": 2, "opgeheven": 1}
    # Filtering by a status reads that day's status too.
    dissolved = {"status": "opgeheven", "format": "json"}
    assert names(client.get(url, {**dissolved, "peildatum": "2019-06-01"})) == []
    assert names(client.get(url, {**dissolved, "peildatum": "2023-06-01"})) == ["Opgeheven schap"]


def test_a_field_changed_by_a_later_publish_shows_its_old_value_on_an_earlier_date(
    client, register_page
):
    partnership = PartnershipFactory(
        name="Regio Oud", kind=PartnershipKind.WGR, entry_into_force=datetime.date(2010, 1, 1)
    )
    partnership.save_revision().publish()
    partnership.name = "Regio Nieuw"
    partnership.kind = PartnershipKind.CONVENANT
    partnership.description = "De nieuwe omschrijving."
    partnership.save_revision().publish()

    version = PartnershipVersion.objects.get(partnership=partnership)
    assert version.name == "Regio Oud" and version.valid_from is None

    url = register_page.url
    yesterday = (timezone.localdate() - datetime.timedelta(days=1)).isoformat()
    old = client.get(url, {"peildatum": yesterday, "format": "json"})
    assert names(old) == ["Regio Oud"]
    assert facet(old, "rechtsvorm") == {PartnershipKind.WGR: 1}
    new = client.get(url, {"peildatum": timezone.localdate().isoformat(), "format": "json"})
    assert names(new) == ["Regio Nieuw"]
    assert facet(new, "rechtsvorm") == {PartnershipKind.CONVENANT: 1}

    detail = client.get(url + f"{partnership.slug}/", {"peildatum": yesterday}).content.decode()
    assert "Regio Oud" in detail and "De nieuwe omschrijving." not in detail
    assert "Regio Nieuw" in client.get(url + f"{partnership.slug}/").content.decode()


def test_the_versions_can_be_rebuilt_from_the_revisions(register_page):
    from registers.versions import rebuild

    partnership = PartnershipFactory(name="A", entry_into_force=datetime.date(2010, 1, 1))
    partnership.save_revision().publish()
    for name in ("B", "C"):
        partnership.name = name
        partnership.save_revision().publish()
    kept = list(PartnershipVersion.objects.values_list("name", flat=True))
    assert kept == ["A", "B"]
    PartnershipVersion.objects.all().delete()
    assert rebuild() == 2
    rows = list(PartnershipVersion.objects.order_by("valid_until"))
    assert [row.name for row in rows] == ["A", "B"]
    assert rows[0].valid_from is None and rows[1].valid_from == rows[0].valid_until


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("2018-13-01", "is geen datum"),
        ("gisteren", "is geen datum"),
        ("2018-1-1", "is geen datum"),
        ("2999-01-01", "ligt in de toekomst"),
        ("1900-01-01", "geen gegevens van vóór 2000-01-01"),
    ],
)
def test_a_date_that_cannot_be_shown_gives_a_clear_message_never_a_500(
    client, register_page, value, message
):
    partnership = PartnershipFactory(name="Schap", entry_into_force=datetime.date(2000, 1, 1))
    url = register_page.url
    page = client.get(url, {"peildatum": value})
    assert page.status_code == 400
    text = page.content.decode()
    assert message in text and "Hieronder ziet u het register zoals het nu is." in text
    assert "Schap" in text  # today's register below the message
    as_json = client.get(url, {"peildatum": value, "format": "json"})
    assert as_json.status_code == 400 and message in as_json.json()["error"]
    assert client.get(url, {"peildatum": value, "format": "csv"}).status_code == 400
    detail = client.get(url + f"{partnership.slug}/", {"peildatum": value})
    assert detail.status_code == 400 and message in detail.content.decode()
    api = client.get("/api/v2/samenwerkingsverbanden/", {"peildatum": value})
    assert api.status_code == 400 and message in api.json()["message"]


def test_links_in_a_dated_view_keep_the_date(client, register_page):
    zaanstad = OrganisationFactory(name="Zaanstad", cbs_code="GM0479")
    afval = PolicyDomainFactory(slug="afval", name="Afval")
    for n in range(25):
        PartnershipFactory(
            name=f"Schap {n:02d}",
            entry_into_force=datetime.date(2000, 1, 1),
            participants=[zaanstad],
            domains=[afval],
        )
    url = register_page.url
    html = client.get(url, {"peildatum": "2018-01-01", "domein": "afval"}).content.decode()
    assert 'value="2018-01-01"' in html  # the picker shows the date, inside the search form
    assert f'href="{url}schap-00/?peildatum=2018-01-01"' in html
    next_page = re.search(r'rel="next" href="([^"]+)"', html).group(1)
    assert "page=2" in next_page and "peildatum=2018-01-01" in next_page
    remove = re.search(r'<ul class="active-filters".*?href="([^"]+)"', html, re.S).group(1)
    assert remove == "?peildatum=2018-01-01"  # removing the facet keeps the date
    assert f'href="{url}?peildatum=2018-01-01">' in html  # "clear all filters" keeps it too
    detail = client.get(url + "schap-00/", {"peildatum": "2018-01-01"}).content.decode()
    assert f'{url}organisaties/zaanstad/?peildatum=2018-01-01"' in detail
    assert f'{url}?domein=afval&amp;peildatum=2018-01-01"' in detail
    organisation = client.get(
        url + "organisaties/zaanstad/", {"peildatum": "2018-01-01"}
    ).content.decode()
    assert f'{url}schap-00/?peildatum=2018-01-01"' in organisation
    assert f'{url}?deelnemer=zaanstad&amp;peildatum=2018-01-01"' in organisation
    # The way back to today's register drops the date.
    assert f'href="{url}organisaties/zaanstad/">' in organisation


def test_the_banner_speaks_both_languages(client, register_page, register_page_en):
    PartnershipFactory(name="Schap", entry_into_force=datetime.date(2000, 1, 1))
    dutch = client.get(register_page.url, {"peildatum": "2018-01-01"}).content.decode()
    assert "U ziet het register zoals het was op 1 januari 2018" in dutch
    assert "Toon het register zoals het was op" in dutch
    english = client.get(register_page_en.url, {"peildatum": "2018-01-01"}).content.decode()
    assert "You are viewing the register as it was on 1 January 2018" in english
    assert "Show the register as it was on" in english


def test_exports_and_the_api_answer_for_the_date(client, register_page, merger, settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    url = register_page.url
    members = client.get(url, {"peildatum": "2018-06-01", "format": "csv", "tabel": "deelnemers"})
    assert members.status_code == 200
    text = b"".join(members.streaming_content).decode("utf-8-sig")
    organisations = {row["organisatie"] for row in csv.DictReader(io.StringIO(text))}
    assert organisations == {"vianen", "leerdam", "houten"}
    after = client.get(url, {"peildatum": "2019-06-01", "format": "csv", "tabel": "deelnemers"})
    text = b"".join(after.streaming_content).decode("utf-8-sig")
    assert {row["organisatie"] for row in csv.DictReader(io.StringIO(text))} == {
        "vijfheerenlanden",
        "houten",
    }
    rows = client.get(url, {"peildatum": "2018-06-01", "format": "csv"})
    text = b"".join(rows.streaming_content).decode("utf-8-sig")
    row = next(csv.DictReader(io.StringIO(text)))
    assert row["aantal_deelnemers"] == "3" and row["url"].endswith("?peildatum=2018-06-01")
    assert client.get(url, {"peildatum": "2018-06-01", "format": "xlsx"}).status_code == 200

    api = "/api/v2/samenwerkingsverbanden/"
    listing = client.get(api, {"peildatum": "2018-06-01", "fields": "memberships"}).json()
    members = listing["items"][0]["memberships"]
    assert {m["organisation"] for m in members} == {"vianen", "leerdam", "houten"}
    listing = client.get(api, {"peildatum": "2019-06-01", "fields": "memberships"}).json()
    assert {m["organisation"] for m in listing["items"][0]["memberships"]} == {
        "vijfheerenlanden",
        "houten",
    }
    assert client.get(api, {"peildatum": "1999-01-01"}).status_code == 400
    organisations = client.get("/api/v2/organisaties/", {"peildatum": "2018-06-01"}).json()
    slugs = {item["slug"] for item in organisations["items"]}
    assert slugs == {"vianen", "leerdam", "houten"}


def test_the_network_and_the_insights_count_the_register_of_the_date(client, register_page, merger):
    url = register_page.url
    network = client.get(url + "netwerk/", {"peildatum": "2018-06-01"}).content.decode()
    assert "Vianen" in network and "Vijfheerenlanden" not in network
    assert "U ziet het register zoals het was op 1 juni 2018" in network
    network = client.get(url + "netwerk/", {"peildatum": "2019-06-01"}).content.decode()
    assert "Vijfheerenlanden" in network and "Vianen" not in network

    insights = client.get(
        url + "inzichten/", {"peildatum": "2018-06-01", "vergelijk": "2019-06-01"}
    )
    assert insights.status_code == 200
    html = insights.content.decode()
    assert "Twee data naast elkaar" in html
    # Three participations before the merger (Vianen, Leerdam, Houten), two after it
    # (Vijfheerenlanden, Houten): the table names both dates and the difference.
    table = html.split('id="comparison-heading"')[1].split("</table>")[0]
    assert "2018-06-01" in table and "2019-06-01" in table
    assert re.search(
        r"Deelnames</th>\s*<td[^>]*>3</td>\s*<td[^>]*>2</td>\s*<td[^>]*>-1</td>", table
    )
    bad = client.get(url + "inzichten/", {"vergelijk": "morgen"})
    assert bad.status_code == 400 and "is geen datum" in bad.content.decode()


def test_the_demo_records_the_vijfheerenlanden_merger_once(client, register_page):
    """`make demo` runs record_municipal_mergers --successor GM1961 after the import: the
    register on a date then shows Vianen before 2019 and Vijfheerenlanden after."""
    from django.core.management import call_command

    vianen = OrganisationFactory(name="Vianen", cbs_code="GM0620")
    OrganisationFactory(name="Leerdam", cbs_code="GM0545")
    successor = OrganisationFactory(name="Vijfheerenlanden", cbs_code="GM1961")
    afval = PartnershipFactory(
        name="Afvalverwijdering Utrecht", entry_into_force=datetime.date(2000, 1, 1)
    )
    afval.save_revision().publish()
    MembershipFactory(partnership=afval, organisation=vianen)
    afval.save_revision().publish()

    out = io.StringIO()
    call_command("record_municipal_mergers", "--successor", "GM1961", stdout=out)
    assert "1 mergers recorded" in out.getvalue()
    call_command("record_municipal_mergers", "--successor", "GM1961", stdout=out)
    assert "0 mergers recorded, 1 skipped" in out.getvalue()

    memberships = {m.organisation_id: m for m in afval.memberships.all()}
    assert memberships[vianen.pk].left == datetime.date(2018, 12, 31)
    assert memberships[successor.pk].joined == datetime.date(2019, 1, 1)
    url = register_page.url + f"{afval.slug}/"
    assert ">Vianen</a>" in client.get(url, {"peildatum": "2018-12-31"}).content.decode()
    after = client.get(url, {"peildatum": "2019-01-01"}).content.decode()
    assert ">Vijfheerenlanden</a>" in after and ">Vianen</a>" not in after


def test_the_open_data_page_and_the_openapi_document_name_the_parameter(client, register_page):
    page = client.get(register_page.url + "open-data/").content.decode()
    assert "<code>peildatum=JJJJ-MM-DD</code>" in page
    document = client.get("/api/v2/openapi.json").json()
    for name in ("samenwerkingsverbanden", "organisaties"):
        parameters = document["paths"][f"/api/v2/{name}/"]["get"]["parameters"]
        peildatum = next(p for p in parameters if p["name"] == "peildatum")
        assert peildatum["schema"] == {"type": "string", "format": "date"}


def test_the_organisation_index_lists_those_taking_part_that_day(client, register_page, merger):
    url = register_page.url + "organisaties/"
    before = client.get(url, {"peildatum": "2018-06-01"}).content.decode()
    assert ">Vianen</a>" in before and ">Vijfheerenlanden</a>" not in before
    assert f'{url}vianen/?peildatum=2018-06-01"' in before
    after = client.get(url, {"peildatum": "2019-06-01"}).content.decode()
    assert ">Vijfheerenlanden</a>" in after and ">Vianen</a>" not in after


def test_an_import_that_changes_an_entry_keeps_the_state_it_replaces(register_page):
    from registers.importer.publishing import publish_revisions

    partnership = PartnershipFactory(name="Werkvoorziening Oud", live=False)
    first = timezone.now() - datetime.timedelta(days=400)
    publish_revisions([(partnership, True)], first)
    assert not PartnershipVersion.objects.exists()  # a first publish replaces nothing

    partnership.refresh_from_db()
    partnership.name = "Werkvoorziening Nieuw"
    partnership.save()
    second = timezone.now() - datetime.timedelta(days=10)
    publish_revisions([(partnership, False)], second)
    version = PartnershipVersion.objects.get(partnership=partnership)
    assert version.name == "Werkvoorziening Oud"
    assert version.valid_from is None and version.valid_until == second


def test_the_page_cache_keeps_each_date_apart(settings, register_page, merger):
    """cms/page_cache.py keys on the whole URL with its query string: a cached day is never
    served for another day or for today."""
    from django.core.cache import caches
    from django.test import Client

    settings.PAGE_CACHE_ENABLED = True
    caches["pages"].clear()
    url = register_page.url + f"{merger['afval'].slug}/"
    before = Client().get(url, {"peildatum": "2018-06-01"})
    assert before["X-Cache"] == "MISS"
    assert Client().get(url, {"peildatum": "2018-06-01"})["X-Cache"] == "HIT"
    after = Client().get(url, {"peildatum": "2019-06-01"})
    assert after["X-Cache"] == "MISS"
    assert ">Vianen</a>" in before.content.decode()
    assert ">Vianen</a>" not in after.content.decode()
