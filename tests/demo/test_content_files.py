"""The demo content files: the shipped ones load, and a malformed one is refused with a
message that names the file and the key (demo/content_files.py)."""

import datetime
import os
import re
import shutil
import subprocess
import sys

import pytest
import yaml

from demo import content_files
from demo.content_files import CONTENT_DIR, PROJECT_DIR, ContentError


@pytest.fixture
def content_dir(tmp_path):
    """A copy of the shipped content to break."""
    root = tmp_path / "content"
    shutil.copytree(CONTENT_DIR, root)
    return root


def _edit(root, relative, change):
    """Load one file, let `change` alter its data, write it back."""
    path = root / relative
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def _refused(load, root, path, key, phrase):
    with pytest.raises(ContentError) as error:
        load(root)
    message = str(error.value)
    assert message.startswith(f"{path}: {key}: " if key else f"{path}: "), message
    assert error.value.path == path and error.value.key == key
    assert re.search(phrase, message), message
    return message


def test_the_shipped_content_loads_in_building_order():
    content = content_files.load()
    assert [line["number"] for line in content.programme_lines] == [1, 2, 3, 4, 5]
    assert len(content.instruments) == 4
    assert len(content.articles) == 10
    assert [page["key"] for page in content.content_pages] == [
        "about",
        "contact",
        "accessibility",
        "privacy",
    ]
    assert [event["key"] for event in content.events] == [
        "netwerkdag",
        "ibt-regionaal",
        "webinar-data",
        "sessie-rollen",
        "netwerkdag-voorjaar",
    ]
    assert content.articles[0]["publication_date"] == datetime.date(2025, 11, 18)
    assert content.events[0]["start_time"] == "09:30"
    assert content.home["en"]["title"] == "Working together for good public administration"


def test_read_gives_what_load_gives_without_django():
    assert content_files.read() == content_files.load()
    # scripts/bench.py lists its URLs with read() in a process without Django settings.
    script = (
        "import sys; from demo.content_files import read; read(); "
        "assert not any(m.startswith(('pages', 'agenda', 'wagtail')) for m in sys.modules)"
    )
    env = {key: value for key, value in os.environ.items() if key != "DJANGO_SETTINGS_MODULE"}
    subprocess.run([sys.executable, "-c", script], check=True, cwd=PROJECT_DIR, env=env)


def test_page_files_are_built_in_the_order_of_their_number(content_dir):
    pages = content_dir / "pages"
    (pages / "4-privacy.yaml").rename(pages / "10-privacy.yaml")
    (pages / "1-over.yaml").rename(pages / "9-over.yaml")
    keys = [page["key"] for page in content_files.read(content_dir).content_pages]
    assert keys == ["contact", "accessibility", "about", "privacy"]


def test_page_fields_turns_streams_into_raw_streamfield_data():
    line = content_files.load().programme_lines[0]
    fields = content_files.page_fields(line["nl"])
    assert fields["title"] == line["nl"]["title"]
    assert [block["type"] for block in fields["body"]] == [b["type"] for b in line["nl"]["body"]]
    assert fields["body"][0]["value"] == line["nl"]["body"][0]["value"]
    assert {block["type"] for block in fields["actions"]} == {"action"}
    assert all(block["id"] for block in fields["body"] + fields["actions"])
    event = content_files.load().events[0]
    fields = content_files.page_fields(event["nl"])
    assert fields["programme"][0] == {
        "type": "item",
        "value": event["nl"]["programme"][0],
        "id": fields["programme"][0]["id"],
    }
    assert fields["speakers"][0]["type"] == "speaker"


def test_invalid_yaml_names_the_file_and_the_line(content_dir):
    path = content_dir / "home.yaml"
    path.write_text("nl:\n  title: [unclosed\nen: {}\n", encoding="utf-8")
    _refused(
        content_files.read,
        content_dir,
        path,
        "",
        r"not valid YAML at line 3, column \d+: .*expected",
    )


def test_a_key_given_twice_is_refused(content_dir):
    path = content_dir / "register.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("en:\n", "en:\n  title: Register\n", 1), encoding="utf-8")
    _refused(content_files.read, content_dir, path, "", r"at line \d+, .*'title' appears twice")


def test_a_missing_file_or_section_is_named(content_dir):
    (content_dir / "home.yaml").unlink()
    _refused(content_files.read, content_dir, content_dir / "home.yaml", "", "file is missing")
    shutil.copy(CONTENT_DIR / "home.yaml", content_dir / "home.yaml")
    shutil.rmtree(content_dir / "instruments")
    path = content_dir / "instruments" / "index.yaml"
    _refused(content_files.read, content_dir, path, "", "file is missing")


def test_a_page_file_needs_its_position_in_the_name(content_dir):
    path = content_dir / "articles" / "extra.yaml"
    shutil.copy(content_dir / "articles" / "01-wat-is-een-gemeenschappelijke-regeling.yaml", path)
    _refused(content_files.read, content_dir, path, "", r"<position>-<name>\.yaml")


def test_two_page_files_at_one_position_are_refused(content_dir):
    path = content_dir / "pages" / "2-contact.yaml"
    path.rename(content_dir / "pages" / "1-contact.yaml")
    _refused(
        content_files.read,
        content_dir,
        content_dir / "pages" / "1-over.yaml",
        "",
        "position 1 is also 1-contact.yaml",
    )


ARTICLE = "articles/01-wat-is-een-gemeenschappelijke-regeling.yaml"
LINE = "programme-lines/1-rollen-houding-en-afspraken.yaml"
EVENT = "agenda/1-netwerkdag.yaml"


def _drop(key):
    return lambda data: data.pop(key)


def _set(key, value):
    return lambda data: data.__setitem__(key, value)


def _set_text(language, key, value):
    return lambda data: data[language].__setitem__(key, value)


def _swap_first_blocks(data):
    body = data["en"]["body"]
    body[0], body[1] = body[1], body[0]


SHAPE_ERRORS = [
    # (file, change, key named, what the message says)
    ("home.yaml", _drop("en"), "en", "missing"),
    ("home.yaml", lambda data: data.clear(), "en", "missing"),
    (ARTICLE, _drop("publication_date"), "publication_date", "missing"),
    (ARTICLE, _set("publication_date", "18 november"), "publication_date", "YYYY-MM-DD"),
    (ARTICLE, _set("programme_lnie", 5), "programme_lnie", "unknown key"),
    (ARTICLE, _set("programme_line", 9), "programme_line", r"no programme line 9"),
    (ARTICLE, _set("tags", "wgr"), "tags", "a list of texts"),
    (LINE, _set("number", "1"), "number", "a whole number"),
    (LINE, lambda data: data["en"].pop("goal"), "en.goal", r"missing \(present in nl\)"),
    (LINE, lambda data: data["nl"].pop("slug"), "nl.slug", "missing"),
    (LINE, _set_text("en", "title", 2026), "en.title", "expected text"),
    (LINE, lambda data: data["en"]["body"].pop(), "en.body", "the English mirrors the Dutch"),
    (LINE, _swap_first_blocks, "en.body[0].type", "'paragraph' where nl has 'heading'"),
    (LINE, lambda data: data["nl"]["actions"].pop(), "en.actions", "3 blocks where nl has 2"),
    (LINE, _set_text("nl", "body", [{"type": "heading"}]), "nl.body[0]", "type and value"),
    (LINE, _set_text("nl", "body", "<p>Tekst</p>"), "nl.body", "a list of blocks"),
    (
        "instruments/2-financiele-scan.yaml",
        _set("programme_lines", [5, 6]),
        "programme_lines",
        "no programme line 6",
    ),
    (EVENT, _set("start_time", 600), "start_time", 'a time in quotes, such as "09:30"'),
    (EVENT, _set("capacity", "veel"), "capacity", "a whole number or null"),
    (EVENT, _drop("days_from_now"), "days_from_now", "missing"),
    (EVENT, _set("registrations", [{"name": "A"}]), "registrations", "each with name, email"),
    (EVENT, _set("key", "webinar-data"), "key", "'webinar-data' is also 1-netwerkdag.yaml"),
]


@pytest.mark.parametrize(("relative", "change", "key", "phrase"), SHAPE_ERRORS)
def test_a_malformed_page_is_refused_by_read(content_dir, relative, change, key, phrase):
    path = _edit(content_dir, relative, change)
    if key == "key":  # a duplicate event key is reported at the later file
        path = content_dir / "agenda" / "3-webinar-data.yaml"
    _refused(content_files.read, content_dir, path, key, phrase)


def _set_block(index, block, languages=("nl", "en")):
    def change(data):
        for language in languages:
            data[language]["body"][index] = block

    return change


def _set_item(stream, index, key, value):
    def change(data):
        for language in ("nl", "en"):
            data[language][stream][index][key] = value

    return change


BLOCK_ERRORS = [
    (
        LINE,
        _set_block(0, {"type": "headng", "value": {"text": "Kop"}}),
        "nl.body[0].type",
        "unknown block type 'headng'",
    ),
    (
        LINE,
        _set_block(0, {"type": "heading", "value": "Kop"}, ["en"]),
        "en.body[0].value",
        "a heading block holds a mapping",
    ),
    (
        LINE,
        _set_block(0, {"type": "heading", "value": {"text": "Kop", "size": "h2"}}),
        "nl.body[0].value.size",
        "not a field of heading",
    ),
    (
        LINE,
        _set_block(0, {"type": "heading", "value": {"text": "Kop", "level": "h1"}}),
        "nl.body[0].value.level",
        "'h1' is not one of h2, h3, h4",
    ),
    (
        LINE,
        _set_block(1, {"type": "paragraph", "value": ["<p>Tekst</p>"]}),
        "nl.body[1].value",
        r"expected text, got \['<p>Tekst</p>'\]$",
    ),
    (
        "home.yaml",
        _set_block(2, {"type": "key_figure", "value": {"value": 342, "label": "x"}}, ["nl"]),
        "nl.body[2].value.value",
        r"expected text, got 342 \(put it in quotes\)",
    ),
    (
        LINE,
        _set_item("actions", 0, "status", "klaar"),
        "nl.actions[0].status",
        "'klaar' is not one of",
    ),
    (
        LINE,
        _set_item("actions", 0, "owner", "Team"),
        "nl.actions[0].owner",
        "not a field of action",
    ),
    (
        EVENT,
        _set_item("programme", 1, "time", 600),
        "nl.programme[1].time",
        'a time in quotes, such as "09:30"',
    ),
    (EVENT, _set("event_type", "borrel"), "event_type", "'borrel' is not one of netwerkdag"),
]


@pytest.mark.parametrize(("relative", "change", "key", "phrase"), BLOCK_ERRORS)
def test_a_block_the_site_does_not_know_is_refused_by_load(
    content_dir, relative, change, key, phrase
):
    path = _edit(content_dir, relative, change)
    content_files.read(content_dir)  # the shape is fine: only the definitions refuse it
    _refused(content_files.load, content_dir, path, key, phrase)
