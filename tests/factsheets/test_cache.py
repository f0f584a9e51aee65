"""factsheets.cache: what a key depends on, and the stored files."""

from django.core.files.storage import default_storage
from django.utils import translation

from factsheets import cache


def spec_for(partnership, page, language="nl"):
    with translation.override(language):
        return cache.partnership_spec(partnership, page)


def test_key_changes_with_the_published_revision_language_and_templates(
    register, site, monkeypatch
):
    partnership, page = register["partnership"], site["register"]
    before = spec_for(partnership, page)
    assert spec_for(partnership, page).key == before.key
    assert spec_for(partnership, page, "en").key != before.key

    partnership.save_revision()  # a draft: same published revision
    assert spec_for(partnership, page).key == before.key
    partnership.save_revision().publish()
    partnership.refresh_from_db()
    after = spec_for(partnership, page)
    assert after.key != before.key

    monkeypatch.setattr(cache, "template_version", lambda: "another-template")
    assert spec_for(partnership, page).key != after.key


def test_template_version_is_a_hash_of_the_factsheet_templates(settings, tmp_path):
    cache.template_version.cache_clear()
    try:
        real = cache.template_version()
        (tmp_path / "templates" / "factsheets").mkdir(parents=True)
        (tmp_path / "templates" / "factsheets" / "base.html").write_text("v1")
        settings.BASE_DIR = tmp_path
        cache.template_version.cache_clear()
        first = cache.template_version()
        (tmp_path / "templates" / "factsheets" / "base.html").write_text("v2")
        cache.template_version.cache_clear()
        assert cache.template_version() not in (first, real)
    finally:
        cache.template_version.cache_clear()


def test_organisation_key_follows_its_partnerships(register, site):
    zaanstad, page = register["zaanstad"], site["register"]
    before = cache.organisation_spec(zaanstad, page).key
    register["draft"].save_revision()  # a draft it takes part in: no change
    assert cache.organisation_spec(zaanstad, page).key == before
    register["partnership"].save_revision().publish()
    assert cache.organisation_spec(zaanstad, page).key != before


def test_storing_a_new_version_removes_the_previous_one_of_that_language(register, site):
    partnership, page = register["partnership"], site["register"]
    old_nl, old_en = spec_for(partnership, page), spec_for(partnership, page, "en")
    cache.store(old_nl, b"%PDF old nl")
    cache.store(old_en, b"%PDF old en")
    partnership.save_revision().publish()
    partnership.refresh_from_db()
    new_nl = spec_for(partnership, page)
    cache.store(new_nl, b"%PDF new nl")
    names = default_storage.listdir(new_nl.directory)[1]
    assert sorted(names) == sorted([new_nl.name.rsplit("/", 1)[1], old_en.name.rsplit("/", 1)[1]])


def test_stored_selections_are_bounded(register, site, settings):
    settings.FACTSHEETS_MAX_STORED_SELECTIONS = 3
    for number in range(5):
        spec = cache.Spec(kind="selection", object_id=None, filename="register", material=[number])
        cache.store(spec, b"%PDF")
    assert len(default_storage.listdir("factsheets/selection")[1]) == 3
