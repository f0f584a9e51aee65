"""A real database fault on PostgreSQL: the server ends the site's persistent connection
between two requests (pg_terminate_backend, as a restart or failover does). With
CONN_HEALTH_CHECKS the next request is served on a new connection; without, it fails as a
503 (cms/database_faults.py) and the one after it is served (issue 11, item 6)."""

from django.db import close_old_connections, connection

import psycopg
import pytest

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def postgres_only():
    if connection.vendor != "postgresql":
        pytest.skip("pg_terminate_backend is PostgreSQL's (DATABASE_URL=postgres://…)")


def terminate(pid):
    """End a backend from a connection of our own, as an operator or a failover would."""
    params = connection.get_connection_params()
    params.pop("cursor_factory", None)
    params.pop("context", None)
    with psycopg.connect(**params, autocommit=True) as admin:
        admin.execute("SELECT pg_terminate_backend(%s)", [pid])


def test_a_connection_postgresql_dropped_is_replaced_before_the_next_request(
    postgres_only, baseline_data, client, home_page
):
    """A real fault: the server ends the site's (persistent) connection between two
    requests, as a restart or failover does. The next request must succeed."""

    settings_dict = connection.settings_dict
    saved = settings_dict["CONN_MAX_AGE"], settings_dict["CONN_HEALTH_CHECKS"]
    settings_dict["CONN_MAX_AGE"], settings_dict["CONN_HEALTH_CHECKS"] = 600, True
    connection.close()
    try:
        # The test client leaves out the request_started/finished signals that close or
        # check connections; call close_old_connections as a WSGI server's signals do.
        close_old_connections()
        assert client.get("/nl/").status_code == 200
        close_old_connections()
        pid = connection.connection.info.backend_pid
        terminate(pid)

        close_old_connections()  # request_started
        response = client.get("/nl/")
        assert response.status_code == 200
        assert connection.connection.info.backend_pid != pid  # a new connection
    finally:
        close_old_connections()
        settings_dict["CONN_MAX_AGE"], settings_dict["CONN_HEALTH_CHECKS"] = saved
        connection.close()


@pytest.mark.django_db(transaction=True)
def test_without_health_checks_the_dropped_connection_gives_503_then_recovers(
    postgres_only, baseline_data, client, home_page
):
    """Turned off, the first request on the dead connection fails, but as a 503 with
    Retry-After; the one after it is served again."""

    settings_dict = connection.settings_dict
    saved = settings_dict["CONN_MAX_AGE"], settings_dict["CONN_HEALTH_CHECKS"]
    settings_dict["CONN_MAX_AGE"], settings_dict["CONN_HEALTH_CHECKS"] = 600, False
    connection.close()
    client.raise_request_exception = False
    try:
        close_old_connections()
        assert client.get("/nl/").status_code == 200
        pid = connection.connection.info.backend_pid
        terminate(pid)

        close_old_connections()
        failed = client.get("/nl/")
        assert failed.status_code == 503 and failed["Retry-After"]
        close_old_connections()  # request_finished: the unusable connection is closed
        close_old_connections()
        assert client.get("/nl/").status_code == 200
    finally:
        close_old_connections()
        settings_dict["CONN_MAX_AGE"], settings_dict["CONN_HEALTH_CHECKS"] = saved
        connection.close()
