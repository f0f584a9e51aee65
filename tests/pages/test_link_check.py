"""The broken-link report (issue 15): `manage.py check_links` against a real HTTP server on
this machine, the stored outcomes and places, and the admin report for the Redactie and
Registerbeheer."""

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from io import StringIO

from django.core.management import call_command
from django.urls import reverse

import pytest
from wagtail.models import Site

from demo.factories.pages import ContentPageFactory
from demo.factories.registers import OrganisationFactory, PartnershipFactory
from demo.factories.streams import stream
from demo.factories.users import UserFactory
from pages import link_check
from pages.models import CheckedLink, LinkOutcome
from registers.models import PartnershipDocument


class Handler(BaseHTTPRequestHandler):
    """/ok 200, /gone 404, /slow answers after 2 s, /no-head 405 on HEAD but 200 on GET,
    /robots-out 403, /moved 301 to /ok, /many/<n> 200; counts the /many/ requests in flight
    (a /slow request of an earlier test may still be sleeping in its thread)."""

    in_flight = 0
    most_in_flight = 0
    lock = threading.Lock()

    def _answer(self, head: bool):
        cls = type(self)
        counted = self.path.startswith("/many/")
        if counted:
            with cls.lock:
                cls.in_flight += 1
                cls.most_in_flight = max(cls.most_in_flight, cls.in_flight)
        try:
            time.sleep(0.05)  # long enough for requests to overlap
            path = self.path.split("?")[0]
            if path == "/slow":
                time.sleep(2)
                status = 200
            elif path == "/moved":
                self.send_response(301)
                self.send_header("Location", "/ok")
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            else:
                status = {"/ok": 200, "/gone": 404, "/robots-out": 403}.get(path, 200)
                if path == "/no-head":
                    status = 405 if head else 200
                if path.startswith("/many/"):
                    status = 200
            self.send_response(status)
            self.send_header("Content-Length", "2")
            self.end_headers()
            if not head:
                self.wfile.write(b"ok")
        finally:
            if counted:
                with cls.lock:
                    cls.in_flight -= 1

    def do_HEAD(self):  # noqa: N802
        self._answer(head=True)

    def do_GET(self):  # noqa: N802
        self._answer(head=False)

    def log_message(self, *args):
        pass


@pytest.fixture
def server():
    Handler.in_flight = Handler.most_in_flight = 0
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def page_with_links(home_page, *urls, title="Links"):
    links = "".join(f'<p><a href="{url}">link</a></p>' for url in urls)
    page = ContentPageFactory(parent=home_page, title=title, body=stream([("paragraph", links)]))
    page.save_revision().publish()
    return page


def run(**options) -> str:
    out = StringIO()
    call_command("check_links", "--no-progress", stdout=out, **options)
    return out.getvalue()


def test_every_outcome_is_found_and_stored_with_its_places(home_page, server):
    site = Site.objects.get(is_default_site=True)
    page = page_with_links(
        home_page,
        f"{server}/ok",
        f"{server}/gone",
        f"{server}/no-head",
        f"{server}/robots-out",
        f"{server}/moved",
        f"{server}/slow",
        f"http://{site.hostname}:{site.port}/nl/",  # the site itself: not external
    )
    ContentPageFactory(  # a draft's links are not public yet
        parent=home_page,
        live=False,
        body=stream([("paragraph", f'<a href="{server}/draft-only">x</a>')]),
    )

    summary = run(timeout=0.5)

    outcomes = dict(CheckedLink.objects.values_list("url", "outcome"))
    assert outcomes == {
        f"{server}/ok": LinkOutcome.OK,
        f"{server}/gone": LinkOutcome.BROKEN,
        f"{server}/no-head": LinkOutcome.OK,  # asked again with GET
        f"{server}/robots-out": LinkOutcome.REFUSED,
        f"{server}/moved": LinkOutcome.OK,  # redirect followed
        f"{server}/slow": LinkOutcome.UNREACHABLE,  # timed out
    }
    gone = CheckedLink.objects.get(url=f"{server}/gone")
    assert gone.status_code == 404 and gone.failing_since is not None
    (place,) = gone.places
    assert place["kind"] == "page" and place["label"] == f"{page.title} (nl)"
    assert place["edit_url"] == reverse("wagtailadmin_pages:edit", args=[page.pk])
    assert "no answer within 0.5 s" in CheckedLink.objects.get(url=f"{server}/slow").error
    assert summary.startswith("Checked 6 external links: 3 ")


def test_a_link_that_works_again_is_no_longer_failing_and_a_removed_one_is_forgotten(
    home_page, server
):
    page = page_with_links(home_page, f"{server}/gone", f"{server}/ok")
    run()
    first = CheckedLink.objects.get(url=f"{server}/gone").failing_since
    run()
    assert CheckedLink.objects.get(url=f"{server}/gone").failing_since == first  # kept
    page.body = stream([("paragraph", f'<a href="{server}/ok">ok</a>')])
    page.save_revision().publish()
    run()
    assert list(CheckedLink.objects.values_list("url", flat=True)) == [f"{server}/ok"]


def test_concurrency_is_bounded_per_host(home_page, server):
    page_with_links(home_page, *[f"{server}/many/{number}" for number in range(12)])
    run(concurrency=8, per_host=3)
    assert CheckedLink.objects.count() == 12
    assert 1 < Handler.most_in_flight <= 3


def test_the_registers_document_links_are_checked_as_register_places(db, server):
    partnership = PartnershipFactory(name="Afvalschap", legal_basis_url=f"{server}/gone")
    PartnershipDocument.objects.create(
        partnership=partnership, title="Begroting 2026", url=f"{server}/gone"
    )
    partnership.save_revision().publish()
    unpublished = PartnershipFactory(name="Concept", legal_basis_url=f"{server}/robots-out")
    unpublished.live = False
    unpublished.save()
    OrganisationFactory(name="Gemeente Zaanstad", website=f"{server}/ok")

    run()

    gone = CheckedLink.objects.get(url=f"{server}/gone")
    assert {place["label"] for place in gone.places} == {
        "Afvalschap",
        "Afvalschap: Begroting 2026",
    }
    assert all(place["kind"] == "register" for place in gone.places)
    assert all(place["edit_url"].startswith("/admin/snippets/") for place in gone.places)
    assert not CheckedLink.objects.filter(url=f"{server}/robots-out").exists()
    assert CheckedLink.objects.get(url=f"{server}/ok").outcome == LinkOutcome.OK


def test_addresses_are_read_from_rich_text_and_streamfield_json():
    found = link_check.urls_in(
        '<p>Zie <a href="https://example.org/a?x=1&amp;y=2">hier</a> of https://example.org/b.</p>'
    )
    assert found == ["https://example.org/a?x=1&y=2", "https://example.org/b"]


def test_bad_options_are_refused(db):
    with pytest.raises(SystemExit):
        call_command("check_links", "--concurrency=0", stderr=StringIO())


@pytest.mark.parametrize("group", ["Redactie", "Registerbeheer"])
def test_the_report_lists_failing_links_for_the_redactie_and_registerbeheer(
    client, home_page, server, group
):
    page_with_links(home_page, f"{server}/gone", f"{server}/ok", title="Over ons")
    run()
    client.force_login(UserFactory(groups=[group]))

    menu = client.get(reverse("wagtailadmin_home")).content.decode()
    report = client.get(reverse("broken_links"))

    assert reverse("broken_links") in menu
    assert report.status_code == 200
    html = report.content.decode()
    assert f"{server}/gone" in html and f"{server}/ok" not in html
    assert "Over ons (nl)" in html
    export = client.get(reverse("broken_links") + "?export=csv")
    body = b"".join(export.streaming_content).decode("utf-8-sig")
    assert f"{server}/gone" in body and "Over ons (nl)" in body


def test_the_report_is_closed_to_communicators(client, db):
    client.force_login(UserFactory(groups=["Communicatoren"]))
    assert reverse("broken_links") not in client.get(reverse("wagtailadmin_home")).content.decode()
    assert client.get(reverse("broken_links")).status_code in (302, 403)
