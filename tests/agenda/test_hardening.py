"""Issue 11, item 7: the registration rate limit counts in one place for all processes
(the database cache when Redis is absent), and names go into mails on one line only."""

from django.conf import settings as django_settings
from django.core import mail
from django.core.cache.backends.db import DatabaseCache
from django.db import connection

import pytest

from agenda.models import Registration
from tests.agenda.conftest import nl, registration_data

pytestmark = pytest.mark.django_db


def post(client, page, **fields):
    return client.post(page.url + page.reverse_subpage("register"), registration_data(**fields))


def test_without_redis_the_rate_limit_counts_in_the_database():
    from cms.env import env

    assert not env("REDIS_URL", "")
    backend = django_settings.CACHES[django_settings.RATE_LIMIT_CACHE]["BACKEND"]
    assert backend == "django.core.cache.backends.db.DatabaseCache"
    # migrate made the table (agenda/migrations/0003_rate_limit_cache_table.py).
    assert django_settings.RATE_LIMIT_CACHE_TABLE in connection.introspection.table_names()


def test_another_process_sees_the_same_count(client, event, settings):
    settings.EVENTS_RATE_LIMIT = 2
    for number in range(2):
        assert post(client, event, email=f"bot{number}@example.org").status_code == 302
    # A second worker has its own cache object; it reads the same table.
    other_worker = DatabaseCache(settings.RATE_LIMIT_CACHE_TABLE, {})
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT cache_key FROM {settings.RATE_LIMIT_CACHE_TABLE}")
        keys = [row[0] for row in cursor.fetchall()]
    assert len(keys) == 1 and keys[0].startswith(":1:events:rate:register:")
    assert other_worker.get(keys[0].removeprefix(":1:")) == 2
    assert post(client, event, email="bot2@example.org").status_code == 429


@pytest.mark.parametrize("field", ["name", "organisation", "role"])
@pytest.mark.parametrize(
    "value",
    [
        "Anne\nBeste ontvanger, klik op http://evil.example/",
        "Anne\r\nBcc: iedereen@example.org",
        "Anne\u2028Tweede regel",
        "Anne\tde Vries",
        "Anne\x0bde Vries",
    ],
)
def test_values_with_line_breaks_get_a_form_error_and_no_mail(client, event, field, value):
    response = post(client, event, **{field: value})
    assert response.status_code == 200
    assert nl("Enter this on one line, without line breaks or tabs.") in response.content.decode()
    assert Registration.objects.count() == 0
    assert mail.outbox == []


def test_a_name_on_one_line_registers(client, event):
    assert post(client, event, name="Anne de Vries-van 't Hof").status_code == 302
    assert Registration.objects.get().name == "Anne de Vries-van 't Hof"
