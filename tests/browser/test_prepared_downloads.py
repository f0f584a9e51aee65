"""A visitor asks for an export that a worker still has to make (issue 11): the register's
own CSV link leads to an accessible "wordt voorbereid" page, which checks again by itself and
hands over the file once the worker stored it."""

import pytest

from tests.browser.test_register import register  # noqa: F401 - the fixture

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_csv_link_waits_on_an_accessible_page_then_downloads(
    register,  # noqa: F811
    live_server,
    visit,
    settings,
):
    from registers import exports, tasks

    # A queue that keeps its jobs, as the database queue does until the worker takes them.
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    page = visit.page
    page.goto(live_server.url + register.url + "?domein=afval")
    page.click("p.downloads >> text=CSV")
    page.wait_for_selector("h1:has-text('De download wordt voorbereid')")
    assert page.locator("[role=status]").count() == 1
    assert visit.axe_violations() == []

    # The worker makes the file; the page's next check finds it and the download starts.
    export = exports.Export(
        [("domein", "afval")], "", "csv", register.locale.language_code, register.pk
    )
    with page.expect_download(timeout=20_000) as download_info:
        tasks.prepare_export.call(*export.as_args())
    download = download_info.value
    assert download.suggested_filename == "register-samenwerkingsverbanden.csv"
    content = open(download.path(), encoding="utf-8-sig").read()
    assert "Afvalschap IJmond-Zaanstreek" in content and "Veiligheidsregio" not in content
    assert visit.foreign_hosts() == set()
