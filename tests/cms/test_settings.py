"""Settings come from the environment; production refuses unsafe values."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from cms.env import EnvError, env
from search.config import SearchConfigError, search_backends

PROJECT = Path(__file__).resolve().parents[2]
PRODUCTION_ENV = {
    "DEBUG": "0",
    "SECRET_KEY": "k4$9vR!2qLz@8wXe#1mN7pT^3sYb&6uHc*0jFd(5gKa)QoVi-ZrW",
    "ALLOWED_HOSTS": "samenwerking.provincie.example",
    "DATABASE_URL": "sqlite:///:memory:",
    # Production runs a task worker (.env.example); without it check --deploy warns
    # (factsheets.W001).
    "TASKS_BACKEND": "django_tasks_db.DatabaseBackend",
}


# Variables the test run sets for itself; a subprocess must start without them.
TEST_ONLY_VARIABLES = {
    "SECRET_KEY",
    "DEBUG",
    "SECURE_SSL_REDIRECT",
    "SESSION_COOKIE_SECURE",
    "CSRF_COOKIE_SECURE",
    "STATICFILES_STORAGE",
    "ALLOWED_HOSTS",
    "DJANGO_ALLOW_ASYNC_UNSAFE",
    "ADMIN_2FA_REQUIRED",
}


def manage(*args, env_overrides):
    environment = {k: v for k, v in os.environ.items() if k not in TEST_ONLY_VARIABLES}
    environment.update(env_overrides)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=PROJECT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_refuses_to_start_without_a_secret():
    result = manage("check", env_overrides={**PRODUCTION_ENV, "SECRET_KEY": ""})
    assert result.returncode != 0
    assert "SECRET_KEY is not set" in result.stderr


def test_production_refuses_the_development_secret():
    from cms.settings import DEVELOPMENT_SECRET_KEY

    result = manage("check", env_overrides={**PRODUCTION_ENV, "SECRET_KEY": DEVELOPMENT_SECRET_KEY})
    assert result.returncode != 0
    assert "development key" in result.stderr


def test_check_deploy_reports_nothing():
    result = manage("check", "--deploy", "--fail-level", "WARNING", env_overrides=PRODUCTION_ENV)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_debug_mode_runs_without_configuration():
    result = manage("check", env_overrides={"DEBUG": "1"})
    assert result.returncode == 0, result.stderr


def test_env_casts_from_the_default(monkeypatch):
    monkeypatch.setenv("X_BOOL", "yes")
    monkeypatch.setenv("X_INT", "42")
    monkeypatch.setenv("X_LIST", "a.example, b.example,")
    assert env("X_BOOL", False) is True
    assert env("X_INT", 0) == 42
    assert env("X_LIST", []) == ["a.example", "b.example"]
    assert env("X_UNSET", "default") == "default"


def test_env_rejects_nonsense(monkeypatch):
    monkeypatch.setenv("X_BOOL", "maybe")
    with pytest.raises(EnvError, match="X_BOOL"):
        env("X_BOOL", False)


def test_search_backend_is_the_database_by_default(monkeypatch):
    monkeypatch.delenv("ELASTICSEARCH_URL", raising=False)
    monkeypatch.delenv("OPENSEARCH_URL", raising=False)
    assert search_backends()["default"]["BACKEND"] == "search.backends.database.backend"


def test_elasticsearch_url_selects_the_cluster_with_a_database_fallback(monkeypatch):
    monkeypatch.setenv("ELASTICSEARCH_URL", "https://search.internal:9200")
    backends = search_backends()
    assert backends["default"]["BACKEND"] == "search.backends.elasticsearch.elasticsearch9"
    assert backends["default"]["URLS"] == ["https://search.internal:9200"]
    assert backends["default"]["INDEX_PREFIX"] == "samenwerkingsportaal_"
    assert backends["database"]["BACKEND"] == "search.backends.database.backend"


def test_opensearch_url_selects_opensearch(monkeypatch):
    monkeypatch.setenv("OPENSEARCH_URL", "http://localhost:9200")
    monkeypatch.setenv("OPENSEARCH_VERSION", "2")
    assert search_backends()["default"]["BACKEND"] == "search.backends.elasticsearch.opensearch2"


def test_bad_cluster_configuration_is_a_clear_error(monkeypatch):
    monkeypatch.setenv("ELASTICSEARCH_URL", "localhost:9200")
    with pytest.raises(SearchConfigError, match="not an http"):
        search_backends()
    monkeypatch.setenv("ELASTICSEARCH_URL", "http://localhost:9200")
    monkeypatch.setenv("OPENSEARCH_URL", "http://localhost:9201")
    with pytest.raises(SearchConfigError, match="not both"):
        search_backends()
