"""What an import did: per file its rows (applied, merged as duplicates, rejected), per kind
of object what changed, and every warning, conflict and rejection. Rendered as text for the
terminal and the report file, and as JSON for machines."""

import datetime
from collections import Counter
from dataclasses import dataclass, field

OBJECT_KINDS = [
    "organisations",
    "partnerships",
    "memberships",
    "documents",
    "divisions",
    "regions",
]
OUTCOMES = ["created", "updated", "unchanged", "deleted", "rejected"]
ROW_OUTCOMES = ["applied", "merged", "rejected"]
WARNING_CATEGORIES = {
    "fuzzy": "Fuzzy matches (each decision)",
    "repair": "Repairs",
    "encoding": "Encoding",
    "other": "Other warnings",
}


@dataclass
class FileSummary:
    name: str
    kind: str
    encoding: str = ""
    notes: list[str] = field(default_factory=list)
    rows: Counter = field(default_factory=Counter)

    @property
    def total(self) -> int:
        return sum(self.rows[outcome] for outcome in ROW_OUTCOMES)


class Report:
    def __init__(self, *, dry_run: bool = False):
        self.dry_run = dry_run
        self.started = datetime.datetime.now().astimezone()
        self.finished = None
        self.files: dict[str, FileSummary] = {}
        self.objects = {kind: Counter() for kind in OBJECT_KINDS}
        self.rejections: list[dict] = []
        self.warnings: dict[str, dict[str, dict]] = {key: {} for key in WARNING_CATEGORIES}
        self.conflicts: list[str] = []
        self.editor_changes_kept = 0
        self.index_note = ""

    # --- recording -----------------------------------------------------------------------

    def add_file(self, name: str, kind: str, encoding: str = "", notes=()):
        self.files[name] = FileSummary(name=name, kind=kind, encoding=encoding, notes=list(notes))

    def row(self, file: str, outcome: str):
        self.files[file].rows[outcome] += 1

    def count(self, kind: str, outcome: str, number: int = 1):
        if number:
            self.objects[kind][outcome] += number

    def reject(self, file: str, where: str, reason: str, kind: str):
        """A row that was not used: counted for its file and its kind of object."""
        self.row(file, "rejected")
        self.count(kind, "rejected")
        self.rejections.append({"file": file, "where": where, "reason": reason, "kind": kind})

    def warn(self, category: str, message: str, where: str = ""):
        """Warnings with the same message are counted once each and listed once."""
        entry = self.warnings[category].setdefault(message, {"count": 0, "where": where})
        entry["count"] += 1

    def conflict(self, message: str):
        self.conflicts.append(message)

    def finish(self):
        self.finished = datetime.datetime.now().astimezone()

    # --- reading ---------------------------------------------------------------------------

    @property
    def duration(self) -> float:
        end = self.finished or datetime.datetime.now().astimezone()
        return (end - self.started).total_seconds()

    def warning_count(self, category: str) -> int:
        return len(self.warnings[category])

    def changed_anything(self) -> bool:
        return any(
            counts["created"] or counts["updated"] or counts["deleted"]
            for counts in self.objects.values()
        )

    # --- rendering -------------------------------------------------------------------------

    def summary_lines(self) -> list[str]:
        title = "Register import"
        if self.dry_run:
            title += " — DRY RUN: everything was rolled back, nothing was saved"
        lines = [title, f"Started {self.started:%Y-%m-%d %H:%M:%S}, took {self.duration:.1f} s", ""]
        lines.append("Files")
        for summary in self.files.values():
            rows = summary.rows
            details = ", ".join([summary.kind, *filter(None, [summary.encoding]), *summary.notes])
            lines.append(
                f"  {summary.name} ({details}): {summary.total} rows — {rows['applied']} "
                f"applied, {rows['merged']} merged as duplicates, {rows['rejected']} rejected"
            )
        lines += ["", f"  {'':<15}" + "".join(f"{outcome:>11}" for outcome in OUTCOMES)]
        for kind in OBJECT_KINDS:
            counts = self.objects[kind]
            lines.append(f"  {kind:<15}" + "".join(f"{counts[o]:>11}" for o in OUTCOMES))
        lines.append("")
        lines.append(
            "Warnings: "
            + ", ".join(
                f"{self.warning_count(category)} {label.split(' (')[0].lower()}"
                for category, label in WARNING_CATEGORIES.items()
            )
            + f"; {len(self.conflicts)} conflicts; {self.editor_changes_kept} editor changes kept"
        )
        if self.index_note:
            lines.append(self.index_note)
        return lines

    def detail_lines(self, *, categories=("fuzzy", "repair", "encoding", "other")) -> list[str]:
        lines = []
        if self.rejections:
            lines += ["", f"Rejected rows ({len(self.rejections)})"]
            lines += [f"  {item['where']}: {item['reason']}" for item in self.rejections]
        if self.conflicts:
            lines += ["", f"Conflicts — the editor's value was kept ({len(self.conflicts)})"]
            lines += [f"  {message}" for message in self.conflicts]
        for category in categories:
            entries = self.warnings[category]
            if not entries:
                continue
            lines += ["", f"{WARNING_CATEGORIES[category]} ({len(entries)})"]
            for message, entry in entries.items():
                times = f" (×{entry['count']})" if entry["count"] > 1 else ""
                where = f"{entry['where']}: " if entry["where"] else ""
                lines.append(f"  {where}{message}{times}")
        return lines

    def render_text(self, *, full: bool = True) -> str:
        categories = ("fuzzy", "repair", "encoding", "other") if full else ("fuzzy", "encoding")
        return "\n".join(self.summary_lines() + self.detail_lines(categories=categories)) + "\n"

    def as_json(self) -> dict:
        return {
            "dry_run": self.dry_run,
            "started": self.started.isoformat(),
            "finished": self.finished.isoformat() if self.finished else None,
            "duration_seconds": round(self.duration, 3),
            "files": [
                {
                    "name": summary.name,
                    "kind": summary.kind,
                    "encoding": summary.encoding,
                    "notes": summary.notes,
                    "rows": summary.total,
                    **{outcome: summary.rows[outcome] for outcome in ROW_OUTCOMES},
                }
                for summary in self.files.values()
            ],
            "objects": {
                kind: {outcome: self.objects[kind][outcome] for outcome in OUTCOMES}
                for kind in OBJECT_KINDS
            },
            "warning_counts": {c: self.warning_count(c) for c in WARNING_CATEGORIES},
            "warnings": {
                category: [
                    {"message": message, "where": entry["where"], "count": entry["count"]}
                    for message, entry in entries.items()
                ]
                for category, entries in self.warnings.items()
            },
            "conflicts": self.conflicts,
            "editor_changes_kept": self.editor_changes_kept,
            "rejections": self.rejections,
        }
