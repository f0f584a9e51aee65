"""Throw-away PostgreSQL databases for make bench and make search-quality."""

import os


def create(name: str, base_variable: str) -> str | None:
    """The URL of a new, empty database `name`, or None when no PostgreSQL is reachable.

    The server comes from the environment variable `base_variable` (default: the local one).
    """
    base = os.environ.get(base_variable, "postgres://postgres@127.0.0.1:5432")
    try:
        import psycopg

        with psycopg.connect(f"{base}/postgres", autocommit=True, connect_timeout=3) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
            conn.execute(f'CREATE DATABASE "{name}"')
    except Exception as exc:  # noqa: BLE001 - any failure means: no PostgreSQL here
        print(f"PostgreSQL not available ({exc.__class__.__name__}); skipping it.")
        return None
    return f"{base}/{name}"


def drop(url: str) -> None:
    import psycopg

    base, name = url.rsplit("/", 1)
    with psycopg.connect(f"{base}/postgres", autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
