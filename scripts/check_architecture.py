"""Check that imports run one way through the layers (docs/architecture.md).

    python scripts/check_architecture.py        # run by `make test`; exit 1 on a violation

The layers, from the ground up; a module may import its own layer and those below it:

    cms → accounts → search → pages → registers → subscriptions → agenda → … → demo

- `cms/settings.py`, `cms/urls.py`, `cms/api.py`, `cms/wsgi.py` and `cms/asgi.py` are the
  composition root: they put the apps together and may import any of them. The rest of
  `cms/` (env, querystring, pagination, middleware, file routes) is the ground layer.
- `scripts/` (benchmarks, quality reports, these checks) and `tests/` sit on top and may
  import anything; no production module imports `tests` or `scripts`.
- Every import counts: at module level and inside functions. A dependency spelled as a
  string counts too, so it cannot be hidden: `importlib.import_module("registers…")`,
  `__import__(…)`, `apps.get_model("events", …)` and model references such as
  `"registers.Partnership"` naming an app of a higher layer.
- No definition (function, class or module-level assignment) is longer than
  MAX_DEFINITION_LINES lines.

Migrations are left out: they are history and must name the models of their time.
"""

import ast
import re
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

LAYERS = [
    "cms",
    "accounts",
    "search",
    "pages",
    "registers",
    "subscriptions",
    "agenda",
    "instruments",
    "stimulans",
    "dossiers",
    "factsheets",
    "demo",
]
# Django app labels of the layers (the events app keeps its label; see agenda/apps.py).
APP_LABELS = {
    "accounts": "accounts",
    "sitesearch": "search",
    "pages": "pages",
    "registers": "registers",
    "subscriptions": "subscriptions",
    "events": "agenda",
    "instruments": "instruments",
    "stimulans": "stimulans",
    "dossiers": "dossiers",
    "factsheets": "factsheets",
    "demo": "demo",
}
COMPOSITION_ROOT = {"cms/settings.py", "cms/urls.py", "cms/api.py", "cms/wsgi.py", "cms/asgi.py"}
ON_TOP = {"scripts", "tests"}
PACKAGES = set(LAYERS) | ON_TOP
MAX_DEFINITION_LINES = 400

MODEL_REFERENCE = re.compile(r"^(\w+)\.([A-Z]\w*)$")


@dataclass(frozen=True)
class Violation:
    path: str
    line: int
    message: str

    def __str__(self):
        return f"{self.path}:{self.line}: {self.message}"


def layer_of(package: str) -> int:
    return LAYERS.index(package)


def source_files(root: Path = ROOT):
    for package in sorted(PACKAGES):
        for path in sorted((root / package).rglob("*.py")):
            if "migrations" in path.parts:
                continue
            yield path


def _package_of_module(module: str) -> str | None:
    top = module.split(".")[0]
    return top if top in PACKAGES else None


def _string_argument(call: ast.Call, position: int = 0) -> str | None:
    if len(call.args) > position and isinstance(call.args[position], ast.Constant):
        value = call.args[position].value
        return value if isinstance(value, str) else None
    return None


def _call_name(call: ast.Call) -> str:
    func = call.func
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def imported_packages(tree: ast.AST):
    """(line, package, how) for every dependency on one of our packages in `tree`."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                package = _package_of_module(alias.name)
                if package:
                    yield node.lineno, package, f"import {alias.name}"
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            package = _package_of_module(node.module)
            if package:
                yield node.lineno, package, f"from {node.module} import …"
        elif isinstance(node, ast.Call):
            name = _call_name(node)
            if name in {"import_module", "__import__"}:
                module = _string_argument(node)
                package = _package_of_module(module) if module else None
                if package:
                    yield node.lineno, package, f"{name}({module!r})"
            elif name == "get_model":
                label = _string_argument(node)
                if label:
                    label = label.split(".")[0]
                    if label in APP_LABELS:
                        yield node.lineno, APP_LABELS[label], f"get_model({label!r}, …)"
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            match = MODEL_REFERENCE.match(node.value)
            if match and match.group(1) in APP_LABELS:
                yield node.lineno, APP_LABELS[match.group(1)], f"model reference {node.value!r}"


def long_definitions(tree: ast.Module):
    """(line, name, length) of definitions longer than MAX_DEFINITION_LINES."""
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            name = node.name
        elif isinstance(node, ast.Assign | ast.AnnAssign) and node in tree.body:
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            name = ", ".join(ast.unparse(target) for target in targets)
        else:
            continue
        length = node.end_lineno - node.lineno + 1
        if length > MAX_DEFINITION_LINES:
            yield node.lineno, name, length


def check_file(path: Path, root: Path = ROOT) -> list[Violation]:
    relative = path.relative_to(root).as_posix()
    package = relative.split("/")[0]
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=relative)
    violations = []
    for line, name, length in long_definitions(tree):
        violations.append(
            Violation(relative, line, f"{name} is {length} lines (at most {MAX_DEFINITION_LINES})")
        )
    if package in ON_TOP:
        return violations
    seen = set()
    for line, imported, how in imported_packages(tree):
        if imported == package or (line, imported) in seen:
            continue
        seen.add((line, imported))
        if imported in ON_TOP:
            violations.append(Violation(relative, line, f"production code uses {imported}: {how}"))
        elif relative in COMPOSITION_ROOT:
            continue
        elif layer_of(imported) > layer_of(package):
            violations.append(
                Violation(
                    relative,
                    line,
                    f"{package} (layer {layer_of(package)}) depends on the higher layer "
                    f"{imported} (layer {layer_of(imported)}): {how}",
                )
            )
    return violations


def check(root: Path = ROOT) -> list[Violation]:
    violations = []
    for path in source_files(root):
        violations += check_file(path, root)
    return violations


def main() -> int:
    violations = check()
    for violation in violations:
        print(violation)
    if violations:
        print(f"\n{len(violations)} architecture violation(s); see docs/architecture.md.")
        return 1
    print(f"Architecture: {' → '.join(LAYERS)}; no violations.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
