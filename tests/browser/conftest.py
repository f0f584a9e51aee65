"""Browser tests: Playwright for Python driving Debian's chromium, with axe-core from npm."""

import os
import shutil
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from wagtail.models import Site

from demo.builder import DemoBuilder

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
AXE_JS = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
CONTRAST_JS = Path(__file__).with_name("contrast.js")
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]

# Playwright's sync API runs an event loop in the test thread; the ORM calls the tests
# make around it are still synchronous.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def _require(condition, reason):
    # In CI a missing browser is a failure, not a reason to skip.
    if not condition:
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)


# The live server answers each connection in a thread of its own. A page closed while a request
# is still being answered (an editor's periodic ping, a preview, a job started by a button)
# leaves that thread using the database while the test's teardown flushes it; with SQLite
# the flush then fails ("database table is locked") and leaves the test's data to the tests
# after it. So, after each browser test, every browser context is closed and the server's
# request threads are waited for, before the database is flushed.
REQUEST_THREAD = "process_request_thread"
SETTLE_SECONDS = 60


def _request_threads():
    return [t for t in threading.enumerate() if REQUEST_THREAD in t.name and t.is_alive()]


@pytest.fixture(autouse=True)
def _live_server_settles(_django_db_helper, browser):
    # Depending on the database fixture makes this teardown run before the flush.
    yield
    for context in list(browser.contexts):
        context.close()
    deadline = time.monotonic() + SETTLE_SECONDS
    while (threads := _request_threads()) and time.monotonic() < deadline:
        threads[0].join(timeout=0.1)
    if threads:
        pytest.fail(f"the live server still answered {len(threads)} request(s) after the test")


@pytest.fixture(scope="session")
def browser():
    _require(Path(CHROMIUM).exists() or shutil.which("chromium"), f"no chromium at {CHROMIUM}")
    _require(AXE_JS.exists(), "axe-core is not installed (npm ci)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        yield browser
        browser.close()


# True once every short CSS transition or animation has ended (a dropdown fading in takes a
# few hundred milliseconds). Long or infinite ones — a spinner, the admin's animations of
# several seconds — are not waited for: they would only slow every check down.
SHORT_ANIMATIONS_DONE = """() => document.getAnimations().every((animation) => {
    const end = animation.effect.getComputedTiming().endTime;
    return animation.playState !== "running" || !isFinite(end) || end > 1000;
})"""


class Visit:
    """A browser page that records every host it contacts."""

    def __init__(self, page, base_url):
        self.page = page
        self.base_host = urlsplit(base_url).netloc
        self.hosts = set()
        page.on("request", lambda request: self.hosts.add(urlsplit(request.url).netloc))

    def foreign_hosts(self):
        return {host for host in self.hosts if host and host != self.base_host}

    def axe_violations(self):
        """Serious and critical WCAG 2.1 A/AA violations on the current page.

        Transitions still running (a dropdown just opened fades in) are waited for first:
        axe would measure the contrast of a half-transparent text."""
        self.page.wait_for_function(SHORT_ANIMATIONS_DONE)
        self.page.add_script_tag(path=str(AXE_JS))
        result = self.page.evaluate(
            "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG_21_AA
        )
        return [
            {
                "id": violation["id"],
                "impact": violation["impact"],
                "help": violation["help"],
                "targets": [node["target"] for node in violation["nodes"]][:5],
            }
            for violation in result["violations"]
            if violation["impact"] in ("serious", "critical")
        ]

    def contrast_problems(self):
        """Texts below the WCAG 2.1 AA contrast (4.5:1, 3:1 when large) against the colours
        they are drawn on. axe leaves texts on layered or translucent backgrounds
        "incomplete"; this computes every visible text, blending the layers."""
        self.page.wait_for_function(SHORT_ANIMATIONS_DONE)
        return self.page.evaluate(CONTRAST_JS.read_text())


@pytest.fixture
def visit(browser, live_server):
    # axe-core is injected as an inline script, which the site's Content-Security-Policy
    # forbids; these tests check accessibility, tests/browser/test_headers.py the policy.
    context = browser.new_context(locale="nl-NL", bypass_csp=True)
    page = context.new_page()
    yield Visit(page, live_server.url)
    context.close()


# Records every Content-Security-Policy violation of a page (installed before any of the
# page's own scripts runs; DevTools' injection is not itself subject to the policy).
RECORD_CSP_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
    window.__cspViolations.push(
        `${event.violatedDirective} blocked ${event.blockedURI || "inline"} ` +
        `at ${event.sourceFile || ""}:${event.lineNumber || ""}`
    );
});
"""


class CSPVisit(Visit):
    """A browser page under the site's real Content-Security-Policy that collects
    violations, from the event and from the console."""

    def __init__(self, page, base_url):
        super().__init__(page, base_url)
        self.console = []
        page.on("console", self._record_console)

    def _record_console(self, message):
        if "Content Security Policy" in message.text or "Content-Security-Policy" in message.text:
            self.console.append(message.text)

    def violations(self):
        """Violations since the last call (the console's) and on the current page."""
        found = self.page.evaluate("window.__cspViolations || []") + self.console
        self.console = []
        return found


@pytest.fixture
def csp_visit(browser, live_server):
    context = browser.new_context(locale="nl-NL")
    context.add_init_script(RECORD_CSP_VIOLATIONS)
    page = context.new_page()
    yield CSPVisit(page, live_server.url)
    context.close()


# --- The demo site and its users, for the admin flows -----------------------------------


@pytest.fixture
def demo_site(baseline_data, live_server):
    DemoBuilder(hostname="localhost", port=80).build()
    site = Site.objects.get(is_default_site=True)
    host, port = live_server.url.split("//")[1].split(":")
    site.hostname, site.port = host, int(port)
    site.save()
    return site


@pytest.fixture
def login(browser, live_server):
    """A fresh browser context per user, logged in through the admin's own login form."""
    contexts = []

    def login_as(username):
        context = browser.new_context(locale="nl-NL")
        contexts.append(context)
        page = context.new_page()
        page.goto(live_server.url + "/admin/login/")
        page.fill("#id_username", username)
        page.fill("#id_password", "demo")
        page.click("button[type=submit]")
        page.wait_for_url(live_server.url + "/admin/")
        return page

    yield login_as
    for context in contexts:
        context.close()


def sign_in(browser, live_server, username, password="wachtwoord"):
    """(context, page) of `username` logged in through the admin's own login form, in a
    context of its own; for users a test makes itself (factories' password). The caller
    closes the context."""
    context = browser.new_context(locale="nl-NL", bypass_csp=True)
    page = context.new_page()
    page.goto(live_server.url + "/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.click("button[type=submit]")
    page.wait_for_url(live_server.url + "/admin/")
    return context, page
