"""Provenance per fact: a field an editor changed after the last import keeps the editor's
value; a conflict is reported when the source changed it too.

`imported_values` holds, per imported field, the value at the last import (as JSON). The
three values compared for each field are all in that serialised form.
"""

import datetime
from decimal import Decimal

MISSING = object()


def serialise(value):
    """A value as stored in imported_values: dates as ISO text, decimals as plain text."""
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    if isinstance(value, (list, tuple, set)):
        return sorted(serialise(item) for item in value)
    return value


def is_blank(value) -> bool:
    return value is None or value == "" or value == []


def merge_fields(label: str, current: dict, last: dict, incoming: dict, defaults: dict, report):
    """(values to apply, new imported values) for one object.

    current/last/incoming map field -> serialised value; only incoming fields are merged.
    """
    apply, new_last = {}, dict(last)
    for field, value in incoming.items():
        now = current.get(field)
        previous = last.get(field, MISSING)
        new_last[field] = value
        if now == value:
            continue
        if previous is MISSING:
            # Never imported: an empty or default value is the importer's to fill.
            if is_blank(now) or now == defaults.get(field, MISSING):
                apply[field] = value
                continue
            report.editor_changes_kept += 1
            report.conflict(
                f"{label}: {field} — kept '{_show(now)}' set in the register; the source says "
                f"'{_show(value)}'"
            )
        elif now == previous:
            apply[field] = value
        else:
            report.editor_changes_kept += 1
            if value != previous:
                report.conflict(
                    f"{label}: {field} — kept the editor's '{_show(now)}'; the source changed "
                    f"from '{_show(previous)}' to '{_show(value)}'"
                )
    return apply, new_last


def _show(value) -> str:
    if isinstance(value, list):
        return ", ".join(str(item) for item in value)
    return "" if value is None else str(value)
