"""generate_register fills the benchmark register to the totals asked for."""

from io import StringIO

from django.core.management import call_command
from django.db.models import Count

import pytest

from registers.models import Membership, Partnership

pytestmark = pytest.mark.django_db


def test_generate_reaches_both_totals_exactly():
    out = StringIO()
    # 37 memberships over 10 partnerships does not divide evenly: the remainder is spread.
    call_command(
        "generate_register",
        "--partnerships=10",
        "--memberships=37",
        "--organisations=12",
        "--no-index",
        stdout=out,
    )
    assert Partnership.objects.count() == 10
    assert Membership.objects.count() == 37
    sizes = Partnership.objects.annotate(n=Count("memberships")).values_list("n", flat=True)
    assert sorted(set(sizes)) == [3, 4]
    assert "register now: 10 / 37" in out.getvalue()
