"""`manage.py update_index` in committed batches with a progress bar (issue 12)."""

import io

from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest
from wagtail.search.backends import get_search_backend
from wagtail.search.models import IndexEntry

from demo.factories.registers import OrganisationFactory, PartnershipFactory, PolicyDomainFactory
from registers.models import Partnership

pytestmark = pytest.mark.django_db


def register(count, start=0):
    domain = PolicyDomainFactory(slug="afval", name="Afval")
    for n in range(start, start + count):
        organisation = OrganisationFactory(name=f"Deelnemer {n}", cbs_code=f"GM{9000 + n}")
        PartnershipFactory(
            name=f"Afvalschap {n}",
            participants=[organisation],
            domains=[domain],
            tags=["circulair"],
        )


def partnership_entries():
    from django.contrib.contenttypes.models import ContentType

    content_type = ContentType.objects.get_for_model(Partnership)
    return IndexEntry.objects.filter(content_type=content_type)


def run(**options):
    err = io.StringIO()
    call_command("update_index", stdout=io.StringIO(), stderr=err, **options)
    return err.getvalue()


def test_indexes_every_live_partnership_in_batches_with_a_progress_bar():
    register(7)
    PartnershipFactory(name="Concept afvalschap", live=False)
    with CaptureQueriesContext(connection) as queries:
        progress = run(chunk_size=3, verbosity=1)
    assert "registers.Partnership" in progress and "7/7" in progress
    assert partnership_entries().count() == 7
    # Three batches of partnerships, each written in a transaction of its own (a savepoint
    # inside the test's transaction).
    inserts = [
        q
        for q in queries.captured_queries
        if q["sql"].lstrip().startswith("INSERT INTO") and "indexentry" in q["sql"]
    ]
    savepoints = [q for q in queries.captured_queries if q["sql"].startswith("SAVEPOINT")]
    assert len(inserts) >= 3
    assert len(savepoints) >= len(inserts)
    # The participants' names are in the indexed text: found by the backend.
    backend = get_search_backend()
    found = [str(p) for p in backend.search("Deelnemer 4", Partnership.objects.filter(live=True))]
    assert found == ["Afvalschap 4"]


def test_queries_per_batch_do_not_grow_with_the_partnerships():
    """The participants, domains and tags are loaded with the batch, not per partnership."""
    IndexEntry.objects.all().delete()
    register(3)
    with CaptureQueriesContext(connection) as small:
        run(chunk_size=100, verbosity=0)
    register(12, start=3)
    IndexEntry.objects.all().delete()  # both runs start from an empty index
    with CaptureQueriesContext(connection) as large:
        run(chunk_size=100, verbosity=0)
    assert partnership_entries().count() == 15
    assert len(large.captured_queries) == len(small.captured_queries)
