"""Read settings from the environment with a cast taken from the default.

Kept free of Django imports so settings.py can use it before Django is set up.
"""

import os
from collections.abc import Callable
from typing import Any

TRUE_VALUES = {"1", "true", "yes", "on"}
FALSE_VALUES = {"0", "false", "no", "off", ""}


class EnvError(ValueError):
    pass


def _cast_bool(name: str, raw: str) -> bool:
    value = raw.strip().lower()
    if value in TRUE_VALUES:
        return True
    if value in FALSE_VALUES:
        return False
    raise EnvError(f"Environment variable {name}={raw!r} is not a boolean (use 1/0, true/false).")


def env(name: str, default: Any = None, *, cast: Callable[[str], Any] | None = None) -> Any:
    """Return os.environ[name] cast to the type of ``default``.

    Lists and tuples are read as comma-separated values; an unset variable gives the default.
    """
    raw = os.environ.get(name)
    if raw is None:
        return default
    if cast is not None:
        return cast(raw)
    if isinstance(default, bool):
        return _cast_bool(name, raw)
    if isinstance(default, int):
        try:
            return int(raw)
        except ValueError as exc:
            raise EnvError(f"Environment variable {name}={raw!r} is not an integer.") from exc
    if isinstance(default, list | tuple):
        items = [item.strip() for item in raw.split(",") if item.strip()]
        return type(default)(items)
    return raw
