"""Every absolute URL names the host and port of the Wagtail Site record.

The site is served on a host and port that are not the default (127.0.0.1:8000), set the way
`make run HOST=… PORT=…` and a deployment set it: `manage.py configure_site`. Canonical and
language links, og:url, sitemap.xml (with hreflang alternates), robots.txt, JSON-LD, the API's
detail_url, the factsheet (its link, its QR code, the key of the stored PDF), the mails and the
calendars must all name that host and port, and nothing the old default.
"""

import io
import re

from django.core import mail
from django.core.management import CommandError, call_command
from django.test import Client

import pytest
from bs4 import BeautifulSoup
from pypdf import PdfReader
from wagtail.models import Site

from agenda.emails import render_registration_email
from agenda.models import EventIndexPage, EventPage
from demo.builder import DemoBuilder
from demo.factories.agenda import RegistrationFactory
from demo.factories.registers import OrganisationFactory, PartnershipFactory
from factsheets.cache import partnership_spec
from factsheets.pdf import partnership_context, qr_code_data_uri
from pages.models import KnowledgeArticlePage
from registers.models import RegisterPage

pytestmark = pytest.mark.django_db

HOST, PORT = "portaal.test", 8101
ROOT = f"http://{HOST}:{PORT}"
OLD_DEFAULT = "127.0.0.1:8000"


@pytest.fixture
def served(baseline_data, settings):
    settings.ALLOWED_HOSTS = [HOST, "alias.test"]
    DemoBuilder(hostname="127.0.0.1", port=8000).build()
    partnership = PartnershipFactory(
        name="Afvalschap Portaal", participants=[OrganisationFactory(name="Zaanstad")]
    )
    register = RegisterPage.objects.get(locale__language_code="nl")
    spec_before = partnership_spec(partnership, register).key
    call_command("configure_site", hostname=HOST, port=PORT, stdout=io.StringIO())
    return {
        "client": Client(HTTP_HOST=f"{HOST}:{PORT}"),
        "partnership": partnership,
        "spec_before": spec_before,
    }


def absolute_urls(text):
    return re.findall(r"(?:https?|webcal)://[^\s\"'<>)]+", text)


def assert_all_on_site(urls, what):
    ours = [url for url in urls if "provincie" not in url and "example" not in url]
    assert ours, f"no absolute URL found in {what}"
    wrong = [
        url
        for url in ours
        if not re.match(rf"(https?|webcal)://{re.escape(HOST)}:{PORT}/", url)
        and not url.startswith(("http://www.w3.org", "https://schema.org", "http://www.sitemaps"))
        and "identifier.overheid.nl" not in url
    ]
    assert wrong == [], f"{what} names another host: {wrong[:5]}"


def test_every_absolute_url_names_the_site_records_host_and_port(served):
    client = served["client"]

    home = client.get("/nl/")
    html = home.content.decode()
    soup = BeautifulSoup(html, "html.parser")
    assert soup.find("link", rel="canonical")["href"] == f"{ROOT}/nl/"
    assert soup.find("meta", property="og:url")["content"] == f"{ROOT}/nl/"
    alternates = {link["hreflang"]: link["href"] for link in soup.find_all("link", hreflang=True)}
    assert alternates == {"nl": f"{ROOT}/nl/", "x-default": f"{ROOT}/nl/", "en": f"{ROOT}/en/"}
    assert OLD_DEFAULT not in html

    sitemap = client.get("/sitemap.xml").content.decode()
    assert f"<loc>{ROOT}/en/</loc>" in sitemap
    assert f'hreflang="en" href="{ROOT}/en/"' in sitemap
    assert f'hreflang="x-default" href="{ROOT}/nl/"' in sitemap
    assert_all_on_site(absolute_urls(sitemap), "sitemap.xml")

    robots = client.get("/robots.txt").content.decode()
    assert f"Sitemap: {ROOT}/sitemap.xml" in robots

    article = KnowledgeArticlePage.objects.filter(locale__language_code="nl").first()
    for url in (article.url, f"/nl/register/{served['partnership'].slug}/"):
        page_html = client.get(url).content.decode()
        scripts = BeautifulSoup(page_html, "html.parser").find_all(
            "script", type="application/ld+json"
        )
        assert scripts, url
        for script in scripts:
            assert_all_on_site(absolute_urls(script.string), f"JSON-LD of {url}")

    for endpoint in ("/api/v2/pages/?limit=3", "/api/v2/samenwerkingsverbanden/?limit=3"):
        data = client.get(endpoint).json()
        detail_urls = [item["meta"]["detail_url"] for item in data["items"]]
        assert detail_urls and all(url.startswith(f"{ROOT}/api/v2/") for url in detail_urls)

    register_json = client.get("/nl/register/", {"format": "json"}).json()
    assert_all_on_site([r["url"] for r in register_json["results"]], "the register's JSON")

    # The factsheet: link and QR code on the site's address, the stored PDF keyed on it.
    partnership = served["partnership"]
    register = RegisterPage.objects.get(locale__language_code="nl")
    context = partnership_context(partnership, register)
    assert context["url"] == f"{ROOT}/nl/register/{partnership.slug}/"
    assert context["qr_code"] == qr_code_data_uri(context["url"])
    assert partnership_spec(partnership, register).key != served["spec_before"]
    pdf = client.get(f"/nl/register/{partnership.slug}/factsheet.pdf")
    assert pdf.status_code == 200
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf.content)).pages)
    assert f"{HOST}:{PORT}" in text.replace("\n", "")
    assert OLD_DEFAULT not in text

    # Mails and calendars.
    event = EventPage.objects.filter(locale__language_code="nl").first()
    registration = RegistrationFactory(event=event)
    message = render_registration_email(registration, "confirmed")
    assert_all_on_site(absolute_urls(message.body), "the confirmation mail")
    calendar = str(message.attachments[0][1])
    assert f"URL:{ROOT}{event.url}" in calendar.replace("\r\n ", "")
    ics = client.get(event.url + "event.ics").content.decode().replace("\r\n ", "")
    assert f"URL:{ROOT}{event.url}" in ics
    index = EventIndexPage.objects.get(locale__language_code="nl")
    index_html = client.get(index.url).content.decode()
    assert f"webcal://{HOST}:{PORT}{index.url}" in index_html
    assert OLD_DEFAULT not in index_html
    mail.outbox.clear()


def test_a_request_on_another_host_name_still_links_the_site_records_address(served):
    """robots.txt, og:url, language links and the register's JSON used the request's host."""
    client = Client(HTTP_HOST="alias.test")
    assert f"Sitemap: {ROOT}/sitemap.xml" in client.get("/robots.txt").content.decode()
    soup = BeautifulSoup(client.get("/nl/").content, "html.parser")
    assert soup.find("meta", property="og:url")["content"] == f"{ROOT}/nl/"
    assert {link["href"] for link in soup.find_all("link", hreflang=True)} == {
        f"{ROOT}/nl/",
        f"{ROOT}/en/",
    }
    register_json = client.get("/nl/register/", {"format": "json"}).json()
    assert_all_on_site([r["url"] for r in register_json["results"]], "the register's JSON")


def test_configure_site_refuses_what_is_not_a_host_or_port(baseline_data, home_page):
    with pytest.raises(CommandError):
        call_command("configure_site", hostname="http://portaal.test", port=80)
    with pytest.raises(CommandError):
        call_command("configure_site", hostname="portaal.test", port=70000)
    call_command("configure_site", hostname="Portaal.Test", port=443, stdout=io.StringIO())
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port, site.root_url) == (
        "portaal.test",
        443,
        "https://portaal.test",
    )
