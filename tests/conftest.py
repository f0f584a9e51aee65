import pytest
from wagtail.models import Locale, Page, Site

from demo.factories.pages import HomePageFactory
from demo.factories.registers import RegisterPageFactory


@pytest.fixture(autouse=True)
def _fast_and_isolated(settings, tmp_path):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    settings.MEDIA_ROOT = tmp_path / "media"
    # Facet counts are cached per register generation, which factories do not start; the
    # cache is tested on its own (tests/registers/test_query_counts.py).
    settings.REGISTER_COUNTS_CACHE_SECONDS = 0
    # So are the facet bitmaps (registers/facet_index.py): tested on their own
    # (tests/registers/test_facet_index.py), and with the SQL counts beside them.
    settings.REGISTER_FACET_INDEX = False
    from registers.facet_index import forget

    forget()
    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        # As in production without Redis: the database (rolled back after each test).
        "ratelimit": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "cache_ratelimit",
        },
        "pages": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    }
    # Test databases reuse primary keys, so a cached result keyed by the data's version
    # (registers/quality.py, the query pipeline's vocabulary: two tests' data can share a
    # fingerprint) could outlive its test; locmem caches outlive a test.
    from django.core.cache import caches

    caches["default"].clear()
    # The page cache (cms/page_cache.py) is off for the suite: many tests change data with
    # queryset updates between two requests, which no signal reports. tests/cms/test_page_cache.py
    # turns it on and tests it through the publishing the site does.
    settings.PAGE_CACHE_ENABLED = False
    # The query pipeline's vocabulary (search/vocabulary.py) is per test, like the cache.
    from search.vocabulary import forget_fingerprint

    forget_fingerprint()


@pytest.fixture(autouse=True)
def _rate_limit_starts_empty(request, _fast_and_isolated):
    """The rate-limit cache is a database table, but not a model's: a transaction rolls its
    rows back, the flush after a transactional test (browser tests) does not. Without this,
    registrations in earlier browser tests count against the address of later ones."""
    marker = request.node.get_closest_marker("django_db")
    if "transactional_db" in request.fixturenames or (marker and marker.kwargs.get("transaction")):
        from django.core.cache import caches

        request.getfixturevalue("transactional_db")
        caches["ratelimit"].clear()


@pytest.fixture
def locale_nl(db):
    return Locale.objects.get(language_code="nl")


@pytest.fixture
def locale_en(db):
    return Locale.objects.get(language_code="en")


@pytest.fixture
def root_page(db):
    return Page.get_first_root_node()


@pytest.fixture
def home_page(root_page, locale_nl):
    """The Dutch home page as the default site's root, like the demo site."""
    Page.objects.filter(depth=2).delete()
    home = HomePageFactory(parent=root_page, slug="home")
    Site.objects.all().delete()
    Site.objects.create(hostname="testserver", port=80, root_page=home, is_default_site=True)
    return home


@pytest.fixture
def home_page_en(home_page, locale_en):
    home = home_page.copy_for_translation(locale_en)
    home.title = "Collaboration portal"
    home.save_revision().publish()
    return home


@pytest.fixture
def baseline_data(transactional_db):
    """Data that migrations create (locales, groups, workflow), for transactional tests.

    A transactional test flushes the database afterwards, removing it for the next one;
    the migrations' own functions put it back (they are idempotent).
    """
    from importlib import import_module

    from django.apps import apps

    from wagtail.models import Collection

    nl, _ = Locale.objects.get_or_create(language_code="nl")
    Locale.objects.get_or_create(language_code="en")
    if not Page.objects.filter(depth=1).exists():
        Page.add_root(instance=Page(title="Root", slug="root", locale=nl))
    if not Collection.objects.filter(depth=1).exists():
        Collection.add_root(name="Root")
    for app, name in (
        ("pages", "0002_editorial_setup"),
        ("pages", "0003_translation_permissions"),
        ("registers", "0002_domains_and_permissions"),
        ("registers", "0018_register_selection_permissions"),
        ("dossiers", "0002_toezicht_group_and_permissions"),
        ("stimulans", "0002_stimulans_group"),
        ("instruments", "0002_registerbeheer_permissions"),
        ("subscriptions", "0002_registerbeheer_sees_counts"),
    ):
        import_module(f"{app}.migrations.{name}").forwards(apps, None)
    # Data migrations whose function has another name: the register's review workflow (for
    # partnerships, then organisations), who
    # reads the broken-link report, who hears what as an owner.
    for app, name, function in (
        ("registers", "0006_register_review", "review_register_edits"),
        ("registers", "0015_organisation_review", "review_organisation_edits"),
        ("pages", "0005_checked_links", "grant_report"),
        ("pages", "0006_owner_notifications", "defaults"),
    ):
        getattr(import_module(f"{app}.migrations.{name}"), function)(apps, None)


@pytest.fixture
def rebuild_search_index(db):
    """Rebuild the search index from the database (what `manage.py update_index` does).

    Tests run inside a transaction that never commits, so the on-commit index updates of
    search/indexing.py do not fire; tests that search call this after creating data.
    """
    from django.core.management import call_command

    def rebuild():
        call_command("update_index", verbosity=0)

    return rebuild


@pytest.fixture
def register_page(home_page):
    page = RegisterPageFactory(parent=home_page)
    page.save_revision().publish()
    return page


@pytest.fixture
def register_page_en(register_page, home_page_en, locale_en):
    page = register_page.copy_for_translation(locale_en)
    page.title = "Register of partnerships"
    page.save_revision().publish()
    return page
