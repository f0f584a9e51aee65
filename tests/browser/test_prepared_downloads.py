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


def test_an_administrator_makes_a_zip_of_factsheets_with_the_admins_buttons(
    register,  # noqa: F811
    live_server,
    visit,
    settings,
):
    """The admin's ZIP form: the button starts the job, the detail page shows the progress and
    then a download button whose label is readable (its icon once filled the button)."""
    import zipfile

    from demo.factories.users import UserFactory

    settings.ADMIN_2FA_REQUIRED = False
    UserFactory(username="beheerder", is_superuser=True, is_staff=True)
    page = visit.page
    page.goto(live_server.url + "/admin/login/")
    page.fill("input[name=username]", "beheerder")
    page.fill("input[name=password]", "wachtwoord")
    page.click("button[type=submit]")
    page.wait_for_load_state("networkidle")

    page.goto(live_server.url + "/admin/factsheets/bundles/")
    # The register's own facet, as a checkbox with its count (nothing typed by hand).
    afval = page.locator("input[name=domein][value=afval]")
    assert "(2)" in page.locator(f"label[for={afval.get_attribute('id')}]").inner_text()
    afval.check()
    page.get_by_role("button", name="Maak het ZIP-bestand").click()
    download_button = page.get_by_role("link", name="Download het ZIP-bestand")
    download_button.wait_for(timeout=60_000)
    assert "2 van 2 factsheets" in page.locator("#bundle-count").inner_text()
    icon = download_button.locator("svg").bounding_box()
    assert icon["width"] <= 24 and icon["height"] <= 24
    assert download_button.bounding_box()["height"] <= 48
    # The admin's message fades in; axe measures colours once it is shown.
    page.wait_for_function("() => document.getAnimations().every(a => a.playState !== 'running')")
    assert visit.axe_violations() == []

    with page.expect_download() as download_info:
        download_button.click()
    with zipfile.ZipFile(download_info.value.path()) as bundle:
        names = [name for name in bundle.namelist() if name.endswith(".pdf")]
    assert len(names) == 2
    assert visit.foreign_hosts() == set()
