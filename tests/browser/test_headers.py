"""The Content-Security-Policy in a real browser (issue 11, item 7): no violation on any
public page type (strict policy: no inline script or style, nothing from other hosts) nor
on the admin pages an editor walks, and the page editor still saves under the admin's
policy. Also the admin sign-in: the two-factor step and the lockout message."""

import base64

import pytest
from django_otp.oath import totp
from wagtail.models import Page, Site

from demo.builder import DemoBuilder
from demo.factories.registers import (
    OrganisationFactory,
    PartnershipFactory,
    PolicyDomainFactory,
    ProvinceFactory,
)
from demo.factories.users import UserFactory
from registers.choices import Role
from registers.models import Organisation, Partnership

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def demo_site(baseline_data, live_server, rebuild_search_index):
    DemoBuilder(hostname="localhost", port=80).build()
    province = ProvinceFactory(name="Provincie Noord-Holland", cbs_code="PV27")
    zaanstad = OrganisationFactory(name="Zaanstad", cbs_code="GM0479")
    wormerland = OrganisationFactory(name="Wormerland", cbs_code="GM0880")
    afval = PolicyDomainFactory(slug="afval", name="Afval en reiniging")
    for name in ("Afvalschap IJmond-Zaanstreek", "Recreatieschap Zaanstreek"):
        PartnershipFactory(
            name=name,
            participants=[(zaanstad, Role.PENVOERDER), wormerland, province],
            domains=[afval],
            provinces=[province],
        )
    rebuild_search_index()
    site = Site.objects.get(is_default_site=True)
    host, port = live_server.url.split("//")[1].split(":")
    site.hostname, site.port = host, int(port)
    site.save()


def public_urls():
    partnership = Partnership.objects.order_by("pk").first()
    organisation = Organisation.objects.get(name="Zaanstad")
    urls = ["/nl/", "/en/", "/nl/zoeken/?q=afval", "/nl/register/?q=afval&domein=afval"]
    urls += [
        f"/nl/register/{partnership.slug}/",
        f"/nl/register/organisaties/{organisation.slug}/",
        "/nl/register/netwerk/",
        "/nl/register/inzichten/",
        "/nl/deze-pagina-bestaat-niet/",
    ]
    seen_types = set()
    for page in Page.objects.live().filter(depth__gt=1).specific().order_by("path"):
        kind = (type(page).__name__, page.locale.language_code)
        if kind not in seen_types:
            seen_types.add(kind)
            urls.append(page.url)
    return urls


def test_public_pages_break_no_rule_of_the_policy(demo_site, live_server, csp_visit):
    problems = {}
    checked = 0
    for url in public_urls():
        response = csp_visit.page.goto(live_server.url + url)
        assert response.status in (200, 404), url
        policy = response.headers.get("content-security-policy", "")
        assert "script-src 'self'" in policy and "unsafe-inline" not in policy, url
        assert "camera=()" in response.headers.get("permissions-policy", ""), url
        csp_visit.page.wait_for_load_state("networkidle")
        violations = csp_visit.violations()
        if violations:
            problems[url] = violations
        checked += 1
    assert checked >= 15
    assert problems == {}
    assert csp_visit.foreign_hosts() == set()


def sign_in(page, base_url, username, password="demo"):
    page.goto(base_url + "/admin/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", password)
    page.click("button[type=submit]")
    page.wait_for_load_state("networkidle")


def test_admin_pages_work_under_their_policy(demo_site, live_server, csp_visit):
    page = csp_visit.page
    sign_in(page, live_server.url, "admin")
    home = Page.objects.get(depth=2, locale__language_code="nl")
    partnership = Partnership.objects.order_by("pk").first()
    problems = {}
    for url in [
        "/admin/",
        f"/admin/pages/{home.pk}/",
        "/admin/snippets/registers/partnership/?q=afval",
        f"/admin/snippets/registers/partnership/edit/{partnership.pk}/",
        "/admin/images/",
        "/admin/documents/",
        "/admin/users/",
        "/admin/lockouts/",
        "/admin/two-factor/recovery-codes/",
        f"/admin/pages/{home.pk}/edit/",
    ]:
        response = page.goto(live_server.url + url)
        assert response.status == 200, url
        assert "unsafe-inline" in response.headers["content-security-policy"]
        page.wait_for_load_state("networkidle")
        violations = csp_visit.violations()
        if violations:
            problems[url] = violations
    assert problems == {}

    # The editor works: change the title and save a draft with the admin's own button.
    title = page.locator("#id_title")
    title.fill("Samenwerken in de provincie")
    page.locator("button.action-save").first.click()
    page.wait_for_load_state("networkidle")
    assert Page.objects.get(pk=home.pk).get_latest_revision_as_object().title == (
        "Samenwerken in de provincie"
    )
    assert csp_visit.violations() == []
    assert csp_visit.foreign_hosts() == set()


def current_code(secret: str) -> str:
    key = base64.b32decode(secret)
    return f"{totp(key):06d}"


def test_a_publisher_sets_up_two_factor_and_signs_in_with_it(
    demo_site, live_server, csp_visit, settings
):
    settings.ADMIN_2FA_REQUIRED = True
    # django-otp makes a device wait 1 s after a wrong code (doubling after each); the test
    # types the right code at once, so it switches that throttle off.
    settings.OTP_TOTP_THROTTLE_FACTOR = settings.OTP_STATIC_THROTTLE_FACTOR = 0
    UserFactory(username="eindredacteur", groups=["Redactie"], password="wachtwoord")
    page = csp_visit.page
    sign_in(page, live_server.url, "eindredacteur", "wachtwoord")
    assert "/admin/two-factor/setup/" in page.url
    assert page.locator(".two-factor-qr svg").count() == 1
    secret = page.locator(".two-factor-secret").inner_text()
    # A mistyped code says so where it is seen (the sign-in screens hide errors under fields).
    page.fill("input[name=token]", "000000")
    page.click("button[type=submit]")
    error = page.locator("[role=alert] .error")
    error.wait_for()
    assert error.is_visible() and "niet geldig" in error.inner_text()
    page.fill("input[name=token]", current_code(secret))
    page.click("button[type=submit]")
    page.wait_for_selector(".recovery-codes code")
    codes = page.locator(".recovery-codes code").all_inner_texts()
    assert len(codes) == 10

    # A new session (as after signing out): the password alone is not enough now.
    page.context.clear_cookies()
    sign_in(page, live_server.url, "eindredacteur", "wachtwoord")
    assert "/admin/two-factor/" in page.url
    page.fill("input[name=token]", "zzzzzzzz")
    page.click("button[type=submit]")
    page.locator("[role=alert] .error").wait_for()
    assert page.locator("[role=alert] .error").is_visible()
    page.fill("input[name=token]", codes[0])
    page.click("button[type=submit]")
    page.wait_for_load_state("networkidle")
    assert page.url.rstrip("/").endswith("/admin")
    assert csp_visit.violations() == []


def test_wrong_passwords_end_in_the_lockout_message(demo_site, live_server, csp_visit, settings):
    page = csp_visit.page
    for _ in range(settings.AXES_FAILURE_LIMIT):
        sign_in(page, live_server.url, "redacteur", "fout")
    message = page.locator("[role=alert]").inner_text()
    assert "Aanmelden is geblokkeerd na 5 mislukte pogingen" in message
    sign_in(page, live_server.url, "redacteur", "demo")
    assert "geblokkeerd" in page.locator("[role=alert]").inner_text()
