"""The synonyms editors keep: the model, the text-file import/export, and the cluster's
synonym filter made from the same list."""

import io

from django.core.exceptions import ValidationError
from django.core.management import CommandError, call_command

import pytest

from search.backends.elasticsearch.analysis import site_analysis, synonym_lines
from search.models import Synonym
from search.vocabulary import synonym_table

pytestmark = pytest.mark.django_db


def test_the_known_synonyms_are_seeded():
    table = synonym_table()
    assert "fryslan" in table["friesland"]
    assert "s gravenhage" in table["den haag"]
    assert "s hertogenbosch" in table["den bosch"]
    assert "gezondheidsdienst" in table["ggd"]
    assert "omgevingsdienst" in table["rud"]


def test_a_synonym_needs_two_terms():
    with pytest.raises(ValidationError):
        Synonym(terms="alleen").full_clean()
    Synonym(terms="Zaandam, Zaanstad").full_clean()


def test_export_and_import_round_trip(tmp_path):
    path = tmp_path / "synonyms.txt"
    call_command("search_synonyms", "export", str(path), stdout=io.StringIO())
    exported = path.read_text(encoding="utf-8").splitlines()
    assert "Friesland, Fryslân" in exported

    path.write_text("# ours\nZaandam,Zaanstad\n\nFriesland, Fryslân\n", encoding="utf-8")
    out = io.StringIO()
    call_command("search_synonyms", "import", str(path), "--dry-run", stdout=out)
    assert "Would add 1" in out.getvalue()
    assert not Synonym.objects.filter(terms="Zaandam, Zaanstad").exists()

    call_command("search_synonyms", "import", str(path), "--replace", stdout=io.StringIO())
    assert sorted(Synonym.objects.values_list("terms", flat=True)) == [
        "Friesland, Fryslân",
        "Zaandam, Zaanstad",
    ]


def test_a_bad_line_is_reported_with_its_number(tmp_path):
    path = tmp_path / "synonyms.txt"
    path.write_text("a, b\nalleen\n", encoding="utf-8")
    with pytest.raises(CommandError, match="line 2"):
        call_command("search_synonyms", "import", str(path))
    path.write_text("a => b\n", encoding="utf-8")
    with pytest.raises(CommandError, match="line 1"):
        call_command("search_synonyms", "import", str(path))


def test_the_cluster_gets_the_same_synonyms_at_search_time():
    Synonym.objects.create(terms="Zaandam, Zaanstad")
    lines = synonym_lines()
    assert "zaandam, zaanstad" in lines
    assert "friesland, fryslan" in lines
    analysis = site_analysis(lines)["settings"]["analysis"]
    assert analysis["filter"]["site_synonyms"]["synonyms"] == lines
    search_filters = analysis["analyzer"]["default_search"]["filter"]
    # After folding, so "Fryslân" and "fryslan" are one; never at index time.
    assert search_filters.index("site_synonyms") > search_filters.index("asciifolding")
    assert "site_synonyms" not in analysis["analyzer"]["default"]["filter"]
