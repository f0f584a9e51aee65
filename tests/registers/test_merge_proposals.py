"""Merging duplicates by two people (registers/merge_review.py): one registerbeheerder
proposes "merge B into A", another approves (which merges) or rejects it; the proposer never
decides; the dashboard shows the other members what awaits them."""

import io

from django.test import Client
from django.urls import reverse

import pytest
from wagtail.models import ModelLogEntry

from demo.factories.registers import OrganisationFactory, PartnershipFactory
from demo.factories.users import UserFactory
from registers.merge_review import needs_second_person
from registers.models import MergeProposal, NotADuplicate, Partnership, PartnershipMerge

pytestmark = pytest.mark.django_db


@pytest.fixture
def pair():
    members = [OrganisationFactory(name=n) for n in ("Oldambt", "Pekela", "Veendam")]
    shared = OrganisationFactory(name="Vlagtwedde")
    kept = PartnershipFactory(
        name="Algemene Muziekschool Oost-Groningen", participants=[*members, shared]
    )
    other = PartnershipFactory(
        name="Alg Muziekschool Oost-Groningen", cbs_code="GR0123", participants=[shared]
    )
    return kept, other


def logged_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def beheerders():
    return UserFactory(groups=["Registerbeheer"]), UserFactory(groups=["Registerbeheer"])


def propose(client, kept, other, reason="dubbel uit de import"):
    response = client.post(reverse("register_merge", args=[kept.pk, other.pk]), {"reason": reason})
    assert response.status_code == 302
    return MergeProposal.objects.get(kept=kept, other=other)


def test_a_proposal_merges_once_a_second_registerbeheerder_approves(
    pair, beheerders, register_page
):
    kept, other = pair
    first, second = beheerders
    assert needs_second_person()
    proposer = logged_in(first)
    confirm = proposer.get(reverse("register_merge", args=[kept.pk, other.pk])).content.decode()
    assert "Muziekschool" in confirm
    proposal = propose(proposer, kept, other)
    assert proposal.is_pending and proposal.proposed_by == first
    assert Partnership.objects.filter(pk=other.pk).exists()  # nothing merged yet
    visitor = Client()
    assert visitor.get(f"{register_page.url}{other.slug}/").status_code == 200

    # The queue shows it, and asking again for the pair leads to the proposal.
    proposal_url = reverse("register_merge_proposal", args=[proposal.pk])
    assert proposal_url in proposer.get(reverse("register_duplicates")).content.decode()
    again = proposer.get(reverse("register_merge", args=[other.pk, kept.pk]))
    assert again.status_code == 302 and again["Location"] == proposal_url

    # The proposer cannot approve it: no button, and a forged POST changes nothing.
    own = proposer.get(proposal_url).content.decode()
    assert 'value="approve"' not in own
    proposer.post(proposal_url, {"action": "approve"})
    proposal.refresh_from_db()
    assert proposal.is_pending
    assert Partnership.objects.filter(pk=other.pk).exists()
    # Their own proposal is not on their dashboard as awaiting them.
    assert proposal_url not in proposer.get(reverse("wagtailadmin_home")).content.decode()

    # The other registerbeheerder sees it on the dashboard and approves it.
    reviewer = logged_in(second)
    dashboard = reviewer.get(reverse("wagtailadmin_home")).content.decode()
    assert proposal_url in dashboard
    page = reviewer.get(proposal_url).content.decode()
    assert 'value="approve"' in page and "GR0123" in page  # the preview: its CBS code
    response = reviewer.post(proposal_url, {"action": "approve"})
    assert response.status_code == 302
    proposal.refresh_from_db()
    assert proposal.status == MergeProposal.Status.APPROVED and proposal.decided_by == second
    assert not Partnership.objects.filter(pk=other.pk).exists()
    merge = PartnershipMerge.objects.get()
    assert proposal.merge == merge and merge.merged_by == second
    assert "dubbel uit de import" in merge.reason and first.get_username() in merge.reason
    entry = ModelLogEntry.objects.get(action="registers.merge", object_id=str(kept.pk))
    assert entry.user == second and entry.data["proposal"] == proposal.pk
    redirect = visitor.get(f"{register_page.url}{other.slug}/")
    assert redirect.status_code == 301
    assert redirect["Location"] == f"{register_page.url}{kept.slug}/"


def test_a_rejected_proposal_leaves_both_and_can_say_not_a_duplicate(pair, beheerders):
    kept, other = pair
    first, second = beheerders
    proposal = propose(logged_in(first), kept, other)
    reviewer = logged_in(second)
    url = reverse("register_merge_proposal", args=[proposal.pk])
    response = reviewer.post(
        url, {"action": "reject", "comment": "Twee scholen", "not_a_duplicate": "1"}
    )
    assert response.status_code == 302
    proposal.refresh_from_db()
    assert proposal.status == MergeProposal.Status.REJECTED
    assert proposal.comment == "Twee scholen" and proposal.decided_by == second
    assert Partnership.objects.filter(pk__in=[kept.pk, other.pk]).count() == 2
    assert not PartnershipMerge.objects.exists()
    assert NotADuplicate.objects.count() == 1
    assert ModelLogEntry.objects.filter(action="registers.merge_rejected").exists()
    # Decided: no more buttons, and a late approval changes nothing.
    assert 'value="approve"' not in reviewer.get(url).content.decode()
    reviewer.post(url, {"action": "approve"})
    assert Partnership.objects.filter(pk=other.pk).exists()


def test_a_rejection_without_not_a_duplicate_keeps_the_pair_listed(pair, beheerders):
    kept, other = pair
    first, second = beheerders
    proposal = propose(logged_in(first), kept, other)
    logged_in(second).post(
        reverse("register_merge_proposal", args=[proposal.pk]), {"action": "reject"}
    )
    assert not NotADuplicate.objects.exists()
    listing = logged_in(first).get(reverse("register_duplicates")).content.decode()
    assert reverse("register_merge", args=[kept.pk, other.pk]) in listing


def test_a_superuser_may_approve_their_own_proposal(pair):
    kept, other = pair
    admin = UserFactory(is_superuser=True, is_staff=True)
    client = logged_in(admin)
    proposal = propose(client, kept, other)
    client.post(reverse("register_merge_proposal", args=[proposal.pk]), {"action": "approve"})
    assert not Partnership.objects.filter(pk=other.pk).exists()


def test_others_see_no_proposal(pair, beheerders):
    kept, other = pair
    proposal = propose(logged_in(beheerders[0]), kept, other)
    outsider = logged_in(UserFactory(groups=["Communicatoren"]))
    url = reverse("register_merge_proposal", args=[proposal.pk])
    assert outsider.get(url).status_code in (302, 403)
    outsider.post(url, {"action": "approve"})
    assert Partnership.objects.filter(pk=other.pk).exists()
    assert (
        logged_in(beheerders[1]).get(reverse("register_merge_proposal", args=[999])).status_code
        == 404
    )


def test_apply_merges_stays_direct_with_the_review_on(pair, tmp_path):
    """The province's recorded list, run by an operator (`make demo`): no proposal."""
    from django.core.management import call_command

    kept, other = pair
    assert needs_second_person()
    listing = tmp_path / "merges.csv"
    listing.write_text(
        f"behouden,samengevoegd,reden\n{kept.slug},{other.slug},vastgesteld\n", encoding="utf-8"
    )
    out = io.StringIO()
    call_command("apply_merges", str(listing), stdout=out)
    assert f"merged {other.slug}" in out.getvalue()
    assert not Partnership.objects.filter(pk=other.pk).exists()
    assert PartnershipMerge.objects.get().reason == "merges.csv: vastgesteld"
    assert not MergeProposal.objects.exists()
