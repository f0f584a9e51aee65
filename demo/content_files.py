"""The demo site's texts: the YAML files under demo/content/, read in a stable order and checked.

One file per page. The page's own fields (number, programme lines, audiences, tags, dates…)
sit at the top, its text under `nl:` and `en:`; Dutch is the original, and the English mirrors
it key for key and block for block:

    demo/content/
      home.yaml                   the home page
      register.yaml               the register page
      programme-lines/            index.yaml, then one file per page: 1-….yaml, 2-….yaml, …
      instruments/                (the same)
      tools/                      the Instrumentenkoffer's tools (pages below it), numbered
      articles/                   (the same; the knowledge base)
      pages/                      the standard pages (no index)
      agenda/                     the events index and the events

Pages are built in the order of the number that starts their file name. The texts name no
people, only teams and functions (the events' speakers and registrations excepted); e-mail
addresses use provincie.example and phone numbers are fictional (088 000 …).

StreamFields: `body` is a list of `{type: …, value: …}` with the block types of
pages.blocks.BodyBlock; `actions` (programme lines), `programme` and `speakers` (events) are
lists of the values of their one block type. An event is dated `days_from_now` (demo/agenda.py
moves it to a Tuesday to Thursday) at `start_time`. Quote times ("09:30"): unquoted, YAML reads
10:00 as a number of minutes.

read() checks the shape of every file and needs no Django (scripts/benchrows.py uses it);
load() also checks the block types and values against the block definitions and the event
types, so it needs the app registry. A malformed file raises ContentError naming the file and
the key.
"""

import datetime
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from demo.factories.streams import stream

CONTENT_DIR = Path(__file__).resolve().parent / "content"
PROJECT_DIR = CONTENT_DIR.parents[1]
LANGUAGES = ("nl", "en")
# StreamFields whose blocks are all of one type: the files list just the values.
SINGLE_TYPE_STREAMS = {"actions": "action", "programme": "item", "speakers": "speaker"}
STREAMS = {"body", *SINGLE_TYPE_STREAMS}
TOOL_PAGE_TYPES = ("tool", "fasescan", "rollenkaart")
PAGE_FILE = re.compile(r"(\d+)-[\w-]+\.yaml")


class ContentError(ValueError):
    """A demo content file that cannot be built: names the file and the key."""

    def __init__(self, path: Path, key: str, problem: str):
        self.path, self.key, self.problem = path, key, problem
        where = f"{_shown(path)}: {key}" if key else _shown(path)
        super().__init__(f"{where}: {problem}")


def _shown(path: Path) -> str:
    try:
        return path.resolve().relative_to(PROJECT_DIR).as_posix()
    except ValueError:
        return str(path)


# --- what each kind of page holds ---------------------------------------------------------


@dataclass(frozen=True)
class Check:
    expected: str
    test: Callable[[object], object]

    def accepts(self, value) -> bool:
        return bool(self.test(value))


def _whole(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _list_of(test):
    return lambda value: isinstance(value, list) and all(test(item) for item in value)


REGISTRATION_KEYS = ("name", "email", "organisation", "role")
TEXT = Check("text", lambda v: isinstance(v, str))
WHOLE = Check("a whole number", _whole)
WHOLE_OR_NULL = Check("a whole number or null", lambda v: v is None or _whole(v))
TEXTS = Check("a list of texts", _list_of(lambda v: isinstance(v, str)))
WHOLES = Check("a list of whole numbers", _list_of(_whole))
DATE = Check(
    "a date written as YYYY-MM-DD, without quotes",
    lambda v: isinstance(v, datetime.date) and not isinstance(v, datetime.datetime),
)
TIME = Check(
    'a time in quotes, such as "09:30"',
    lambda v: isinstance(v, str) and re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d", v),
)
HOURS = Check(
    "a positive number of hours",
    lambda v: isinstance(v, int | float) and not isinstance(v, bool) and v > 0,
)
REGISTRATIONS = Check(
    f"a list of registrations, each with {', '.join(REGISTRATION_KEYS)}",
    _list_of(
        lambda v: (
            isinstance(v, dict)
            and set(v) == set(REGISTRATION_KEYS)
            and all(isinstance(x, str) for x in v.values())
        )
    ),
)


@dataclass(frozen=True)
class Kind:
    fields: dict = field(default_factory=dict)  # page-level key -> Check
    required: frozenset = frozenset()
    # Text keys each language needs. Without a slug Wagtail makes one from the title.
    text_required: frozenset = frozenset({"title", "slug"})


KINDS = {
    "home": Kind(text_required=frozenset({"title"})),
    "index": Kind(),
    "programme_line": Kind(fields={"number": WHOLE}, required=frozenset({"number"})),
    "instrument": Kind(
        fields={
            "programme_lines": WHOLES,
            "audiences": TEXTS,
            "contact_email": TEXT,
            "contact_phone": TEXT,
            # "stimulans": the page type with the application route (stimulans.StimulansPage)
            "page_type": TEXT,
        },
        required=frozenset({"programme_lines", "audiences"}),
    ),
    # A tool of the Instrumentenkoffer (instruments app): page_type is tool, fasescan or
    # rollenkaart; phases are values of registers.choices.Phase.
    "tool": Kind(
        fields={"page_type": TEXT, "phases": TEXTS},
        required=frozenset({"page_type"}),
    ),
    "article": Kind(
        fields={
            "publication_date": DATE,
            "programme_line": WHOLE,
            "author": TEXT,
            "tags": TEXTS,
            "audiences": TEXTS,
        },
        required=frozenset({"publication_date"}),
    ),
    "content_page": Kind(fields={"key": TEXT}, required=frozenset({"key"})),
    "event": Kind(
        fields={
            "key": TEXT,
            "programme_line": WHOLE,
            "event_type": TEXT,
            "days_from_now": WHOLE,
            "start_time": TIME,
            "hours": HOURS,
            "capacity": WHOLE_OR_NULL,
            "audiences": TEXTS,
            "location_name": TEXT,
            "address": TEXT,
            "online_url": TEXT,
            "registrations": REGISTRATIONS,
        },
        required=frozenset(
            {
                "key",
                "programme_line",
                "event_type",
                "days_from_now",
                "start_time",
                "hours",
                "capacity",
                "audiences",
            }
        ),
        text_required=frozenset({"title"}),
    ),
}

# (attribute of DemoContent, file or directory under CONTENT_DIR, kind); a directory holds
# numbered page files.
SECTIONS = [
    ("home", "home.yaml", "home"),
    ("programme_index", "programme-lines/index.yaml", "index"),
    ("programme_lines", "programme-lines", "programme_line"),
    ("instrument_index", "instruments/index.yaml", "index"),
    ("instruments", "instruments", "instrument"),
    ("tools", "tools", "tool"),
    ("knowledge_index", "articles/index.yaml", "index"),
    ("articles", "articles", "article"),
    ("content_pages", "pages", "content_page"),
    ("register_page", "register.yaml", "index"),
    ("event_index", "agenda/index.yaml", "index"),
    ("events", "agenda", "event"),
]


@dataclass(frozen=True)
class DemoContent:
    """Every page of the demo site as its file holds it, in building order."""

    home: dict
    programme_index: dict
    programme_lines: list
    instrument_index: dict
    instruments: list
    tools: list
    knowledge_index: dict
    articles: list
    content_pages: list
    register_page: dict
    event_index: dict
    events: list
    # page dict id -> its file, for messages of checks that span files
    sources: dict = field(default_factory=dict, repr=False, compare=False)


# --- reading ------------------------------------------------------------------------------


class _Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
    """yaml.safe_load (through libyaml when PyYAML has it: several times faster, and the demo
    is built once per test that needs it), refusing a key given twice where plain YAML keeps
    the last one silently."""

    def construct_mapping(self, node, deep=False):
        seen = set()
        for key_node, _value in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f"key {key!r} appears twice", key_node.start_mark
                )
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


def _read_file(path: Path, kind: str) -> dict:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ContentError(path, "", "file is missing") from None
    try:
        data = yaml.load(text, Loader=_Loader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark
        where = f"line {mark.line + 1}, column {mark.column + 1}" if mark else "somewhere"
        problem = ": ".join(filter(None, [error.context, error.problem]))
        raise ContentError(path, "", f"not valid YAML at {where}: {problem}") from None
    except yaml.YAMLError as error:
        raise ContentError(path, "", f"not valid YAML: {error}") from None
    _check_page(path, kind, data)
    return data


def _page_files(directory: Path) -> list[Path]:
    if not directory.is_dir():
        raise ContentError(directory, "", "directory is missing")
    numbered = {}
    for path in sorted(directory.glob("*.yaml")):
        if path.name == "index.yaml":
            continue
        match = PAGE_FILE.fullmatch(path.name)
        if match is None:
            raise ContentError(
                path, "", "name a page file <position>-<name>.yaml, e.g. 3-contact.yaml"
            )
        position = int(match.group(1))
        if position in numbered:
            raise ContentError(path, "", f"position {position} is also {numbered[position].name}")
        numbered[position] = path
    return [numbered[position] for position in sorted(numbered)]


def read(root: Path = CONTENT_DIR) -> DemoContent:
    """All pages under `root`, each file's shape checked (no Django needed)."""
    root = Path(root)
    sections, sources = {}, {}
    for attribute, relative, kind in SECTIONS:
        if relative.endswith(".yaml"):
            path = root / relative
            sections[attribute] = _read_file(path, kind)
            sources[id(sections[attribute])] = path
        else:
            pages = sections[attribute] = []
            for path in _page_files(root / relative):
                pages.append(_read_file(path, kind))
                sources[id(pages[-1])] = path
    content = DemoContent(**sections, sources=sources)
    _check_references(content)
    return content


def load(root: Path = CONTENT_DIR) -> DemoContent:
    """read(), and every block and event type checked against the site's definitions."""
    content = read(root)
    vocabulary = _vocabulary()
    for page, path in _all_pages(content):
        for language in LANGUAGES:
            for key, blocks in page[language].items():
                if key in STREAMS:
                    _check_blocks(path, f"{language}.{key}", key, blocks, vocabulary)
    from agenda.choices import EventType
    from registers.choices import Phase

    for tool in content.tools:
        path = content.sources[id(tool)]
        if tool["page_type"] not in TOOL_PAGE_TYPES:
            raise ContentError(
                path,
                "page_type",
                f"{tool['page_type']!r} is not one of {', '.join(TOOL_PAGE_TYPES)}",
            )
        unknown = [phase for phase in tool.get("phases", []) if phase not in Phase.values]
        if unknown:
            raise ContentError(path, "phases", f"unknown phase(s) {unknown}")

    for event in content.events:
        if event["event_type"] not in EventType.values:
            raise ContentError(
                content.sources[id(event)],
                "event_type",
                f"{event['event_type']!r} is not one of {', '.join(EventType.values)}",
            )
    return content


def page_fields(text: dict) -> dict:
    """Page field values from one language of a page: stream fields become raw StreamField
    data (each block with a fresh id), other values stay as they are."""
    fields = {}
    for key, value in text.items():
        if key == "body":
            fields[key] = stream((block["type"], block["value"]) for block in value)
        elif key in SINGLE_TYPE_STREAMS:
            fields[key] = stream((SINGLE_TYPE_STREAMS[key], item) for item in value)
        else:
            fields[key] = value
    return fields


# --- checks -------------------------------------------------------------------------------


def _check_page(path: Path, kind: str, data) -> None:
    """The shape of one page file: known keys of the right type, both languages alike."""
    spec = KINDS[kind]
    if not isinstance(data, dict):
        raise ContentError(path, "", "expected a mapping with the keys nl and en at the top")
    for key, value in data.items():
        if key in LANGUAGES:
            continue
        if key not in spec.fields:
            known = ", ".join(sorted(spec.fields)) or "none besides nl and en"
            raise ContentError(path, str(key), f"unknown key (page keys here: {known})")
        if not spec.fields[key].accepts(value):
            raise ContentError(path, key, f"expected {spec.fields[key].expected}, got {value!r}")
    for key in sorted(spec.required | set(LANGUAGES)):
        if key not in data:
            raise ContentError(path, key, "missing")
    for language in LANGUAGES:
        _check_text(path, language, data[language], spec)
    _check_mirrored(path, data["nl"], data["en"])


def _check_text(path: Path, language: str, text, spec: Kind) -> None:
    if not isinstance(text, dict):
        raise ContentError(path, language, "expected a mapping of page fields")
    for key in sorted(spec.text_required):
        if key not in text:
            raise ContentError(path, f"{language}.{key}", "missing")
    for key, value in text.items():
        where = f"{language}.{key}"
        if key in STREAMS:
            _check_stream_shape(path, where, key, value)
        elif not isinstance(value, str):
            raise ContentError(path, where, _not_text(value))


def _not_text(value) -> str:
    # YAML reads an unquoted 2026, yes or 10:00 as a number, a boolean or minutes.
    hint = " (put it in quotes)" if isinstance(value, int | float | datetime.date) else ""
    return f"expected text, got {value!r}{hint}"


def _check_stream_shape(path: Path, where: str, key: str, blocks) -> None:
    if not isinstance(blocks, list):
        raise ContentError(path, where, "expected a list of blocks")
    for index, block in enumerate(blocks):
        if not isinstance(block, dict):
            raise ContentError(path, f"{where}[{index}]", "expected a mapping")
        if key == "body" and set(block) != {"type", "value"}:
            raise ContentError(
                path, f"{where}[{index}]", f"expected the keys type and value, got {sorted(block)}"
            )


def _check_mirrored(path: Path, nl: dict, en: dict) -> None:
    """The English has the Dutch keys and, in each stream, the same blocks in the same order.
    Only a slug may be left out on one side (Wagtail then makes it from the title)."""
    for language, text, other in (("nl", nl, en), ("en", en, nl)):
        for key in text:
            if key not in other and key != "slug":
                missing = "en" if language == "nl" else "nl"
                raise ContentError(path, f"{missing}.{key}", f"missing (present in {language})")
    for key in STREAMS & set(nl):
        nl_blocks, en_blocks = nl[key], en[key]
        if len(nl_blocks) != len(en_blocks):
            raise ContentError(
                path,
                f"en.{key}",
                f"{len(en_blocks)} blocks where nl has {len(nl_blocks)}; "
                "the English mirrors the Dutch block for block",
            )
        if key != "body":
            continue
        for index, (nl_block, en_block) in enumerate(zip(nl_blocks, en_blocks, strict=True)):
            if nl_block["type"] != en_block["type"]:
                raise ContentError(
                    path,
                    f"en.{key}[{index}].type",
                    f"{en_block['type']!r} where nl has {nl_block['type']!r}; "
                    "the English mirrors the Dutch block for block",
                )


def _all_pages(content: DemoContent):
    for attribute, _relative, _kind in SECTIONS:
        pages = getattr(content, attribute)
        for page in pages if isinstance(pages, list) else [pages]:
            yield page, content.sources[id(page)]


def _check_references(content: DemoContent) -> None:
    """Programme line numbers point at a programme line; event keys are unique."""
    numbers = {line["number"] for line in content.programme_lines}
    for page, path in _all_pages(content):
        for key in ("programme_line", "programme_lines"):
            value = page.get(key)
            for number in value if isinstance(value, list) else [value]:
                if number is not None and number not in numbers:
                    raise ContentError(
                        path, key, f"no programme line {number} (there are {sorted(numbers)})"
                    )
    seen = {}
    for event in content.events:
        path = content.sources[id(event)]
        if event["key"] in seen:
            raise ContentError(path, "key", f"{event['key']!r} is also {seen[event['key']].name}")
        seen[event["key"]] = path


def _vocabulary() -> dict:
    """Stream field name -> {block type: block} as the models define them."""
    from agenda.models import EventPage
    from pages.blocks import BodyBlock
    from pages.models import ProgrammeLinePage

    streams = {
        "body": BodyBlock(),
        "actions": ProgrammeLinePage._meta.get_field("actions").stream_block,
        "programme": EventPage._meta.get_field("programme").stream_block,
        "speakers": EventPage._meta.get_field("speakers").stream_block,
    }
    return {name: dict(block.child_blocks) for name, block in streams.items()}


def _check_blocks(path: Path, where: str, key: str, blocks: list, vocabulary: dict) -> None:
    known = vocabulary[key]
    for index, block in enumerate(blocks):
        at = f"{where}[{index}]"
        if key == "body":
            block_type, value = block["type"], block["value"]
            if block_type not in known:
                raise ContentError(
                    path,
                    f"{at}.type",
                    f"unknown block type {block_type!r} (known: {', '.join(known)})",
                )
            at = f"{at}.value"
        else:
            block_type, value = SINGLE_TYPE_STREAMS[key], block
        _check_value(path, at, block_type, known[block_type], value)


def _check_value(path: Path, at: str, block_type: str, definition, value) -> None:
    """A block's value has the block's fields, text where the block takes text, and times
    that a TimeBlock can read."""
    from wagtail import blocks

    text_blocks = (blocks.CharBlock, blocks.TextBlock, blocks.ChoiceBlock, blocks.RichTextBlock)
    if isinstance(definition, blocks.StructBlock):
        if not isinstance(value, dict):
            raise ContentError(path, at, f"a {block_type} block holds a mapping, got {value!r}")
        children = definition.child_blocks
        for name, child_value in value.items():
            if name not in children:
                raise ContentError(
                    path, f"{at}.{name}", f"not a field of {block_type} ({', '.join(children)})"
                )
            _check_value(path, f"{at}.{name}", name, children[name], child_value)
    elif isinstance(definition, blocks.TimeBlock):
        if not (TIME.accepts(value) or (value in ("", None) and not definition.required)):
            raise ContentError(path, at, f"expected {TIME.expected}, got {value!r}")
    elif isinstance(definition, text_blocks) and not isinstance(value, str):
        raise ContentError(path, at, _not_text(value))
    elif isinstance(definition, blocks.ChoiceBlock):
        choices = [choice for choice, _label in definition.field.choices if choice]
        if value not in choices and (value or definition.required):
            raise ContentError(path, at, f"{value!r} is not one of {', '.join(choices)}")
