"""The layer check of scripts/check_architecture.py: the project passes it, and it catches
each way a dependency can run the wrong way."""

import textwrap

import pytest

from scripts import check_architecture as architecture


def test_the_project_keeps_its_layers():
    violations = architecture.check()
    assert violations == [], "\n".join(map(str, violations))


@pytest.fixture
def tree(tmp_path):
    for package in architecture.PACKAGES:
        (tmp_path / package).mkdir()

    def write(path, source):
        file = tmp_path / path
        file.parent.mkdir(parents=True, exist_ok=True)
        file.write_text(textwrap.dedent(source))
        return file

    write.root = tmp_path
    return write


def _messages(tree):
    return [violation.message for violation in architecture.check(tree.root)]


def test_an_import_of_a_higher_layer_inside_a_function_is_a_violation(tree):
    tree(
        "pages/models.py",
        """
        def upcoming():
            from agenda.models import EventPage
            return EventPage.objects.all()
        """,
    )
    assert _messages(tree) == [
        "pages (layer 3) depends on the higher layer agenda (layer 6): from agenda.models import …"
    ]


def test_imports_of_lower_layers_and_the_composition_root_are_allowed(tree):
    tree("registers/views.py", "from search.query import normalise\nfrom cms import env\n")
    tree("cms/urls.py", "from factsheets import urls\nfrom demo import views\n")
    assert _messages(tree) == []


def test_production_code_never_imports_the_tests(tree):
    tree("demo/builder.py", "from tests.factories import PageFactory\n")
    assert _messages(tree) == ["production code uses tests: from tests.factories import …"]


@pytest.mark.parametrize(
    "source",
    [
        "import importlib\nimportlib.import_module('registers.models')\n",
        "__import__('registers')\n",
        "from django.apps import apps\napps.get_model('registers', 'Partnership')\n",
        "from django.apps import apps\napps.get_model('registers.Partnership')\n",
        "parent = 'registers.RegisterPage'\n",
    ],
)
def test_a_dependency_spelled_as_a_string_is_still_a_dependency(tree, source):
    tree("search/indexing.py", source)
    [message] = _messages(tree)
    assert message.startswith("search (layer 2) depends on the higher layer registers (layer 4)")


def test_the_events_app_label_names_the_agenda_layer(tree):
    tree("pages/models.py", "subpage_types = ['events.EventIndexPage']\n")
    [message] = _messages(tree)
    assert "higher layer agenda" in message


def test_a_definition_over_the_limit_is_reported(tree):
    body = "\n".join(f"    x{n} = {n}" for n in range(architecture.MAX_DEFINITION_LINES))
    tree("pages/big.py", f"class Big:\n{body}\n")
    assert _messages(tree) == [
        f"Big is {architecture.MAX_DEFINITION_LINES + 1} lines "
        f"(at most {architecture.MAX_DEFINITION_LINES})"
    ]


def test_migrations_are_left_out(tree):
    tree("pages/migrations/0001_initial.py", "from registers.models import Partnership\n")
    assert _messages(tree) == []
