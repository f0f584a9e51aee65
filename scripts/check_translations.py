"""Check that the Dutch catalogue is current: every string the code and templates mark for
translation is in locale/nl, translated and not fuzzy, and the catalogue compiles.

    python scripts/check_translations.py        # run by `make test`; exit 1 when it is not

It runs `makemessages` on a copy of the project (the working tree stays untouched) and
compares that catalogue with the committed one. `make messages` brings the catalogue up
to date; then translate what it added.
"""

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parent.parent
CATALOGUE = Path("locale/nl/LC_MESSAGES/django.po")
# What makemessages must not read: installed packages, front-end packages, build output.
IGNORED = [".venv", "node_modules", "static_collected", "static/vendor", "media", ".git"]


def _copy_project(target: Path):
    def ignore(directory, names):
        relative = Path(directory).relative_to(ROOT)
        return [
            name
            for name in names
            if (relative / name).as_posix() in IGNORED or name in {"__pycache__", ".git"}
        ]

    shutil.copytree(ROOT, target, ignore=ignore, symlinks=False, dirs_exist_ok=True)


def current_catalogue(workdir: Path) -> polib.POFile:
    """The catalogue as makemessages would make it now from the code and templates."""
    project = workdir / "project"
    _copy_project(project)
    env = {**os.environ, "DEBUG": "1", "DJANGO_SETTINGS_MODULE": "cms.settings"}
    env.pop("DATABASE_URL", None)  # makemessages needs no database
    subprocess.run(
        [
            sys.executable,
            "manage.py",
            "makemessages",
            "-l",
            "nl",
            "--no-obsolete",
            "-v",
            "0",
            *(f"--ignore={path}" for path in IGNORED),
        ],
        cwd=project,
        env=env,
        check=True,
    )
    return polib.pofile(str(project / CATALOGUE))


def _key(entry) -> tuple:
    return (entry.msgctxt or "", entry.msgid, entry.msgid_plural or "")


def missing_translations(committed: polib.POFile, current: polib.POFile) -> list[str]:
    """Strings the code uses that the committed catalogue lacks, leaves empty or marks fuzzy."""
    known = {_key(entry): entry for entry in committed if not entry.obsolete}
    problems = []
    for entry in current:
        if entry.obsolete:
            continue
        label = f"{entry.msgctxt + ' | ' if entry.msgctxt else ''}{entry.msgid!r}"
        where = f" ({entry.occurrences[0][0]})" if entry.occurrences else ""
        ours = known.get(_key(entry))
        if ours is None:
            problems.append(f"not in the catalogue: {label}{where}")
        elif "fuzzy" in ours.flags:
            problems.append(f"marked fuzzy: {label}{where}")
        elif not ours.translated():
            problems.append(f"not translated: {label}{where}")
    return problems


def compile_errors(path: Path) -> str:
    result = subprocess.run(
        ["msgfmt", "--check", "--output-file=/dev/null", str(path)],
        capture_output=True,
        text=True,
    )
    return result.stderr.strip() if result.returncode else ""


def main() -> int:
    committed_path = ROOT / CATALOGUE
    errors = compile_errors(committed_path)
    if errors:
        print(f"{CATALOGUE} does not compile:\n{errors}")
        return 1
    with tempfile.TemporaryDirectory(prefix="check-translations-") as workdir:
        current = current_catalogue(Path(workdir))
    problems = missing_translations(polib.pofile(str(committed_path)), current)
    for problem in problems:
        print(problem)
    if problems:
        print(
            f"\n{len(problems)} string(s) missing from {CATALOGUE}: run `make messages`, translate."
        )
        return 1
    print(f"Translations: {CATALOGUE} compiles and has all {len(current)} strings.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
