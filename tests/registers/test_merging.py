"""Merging a duplicate pair (registers/merging.py) from Register › Possible duplicates, the
301 of the merged entry's address, "not a duplicate", and the importer's memory of both."""

from pathlib import Path

from django.urls import reverse

import pytest
from wagtail.models import ModelLogEntry

from demo.factories.registers import (
    OrganisationFactory,
    PartnershipFactory,
    PolicyDomainFactory,
    RegionFactory,
)
from demo.factories.users import UserFactory
from registers.choices import ProvinceRole
from registers.duplicates import possible_duplicates
from registers.importer import run_import
from registers.merging import MergeRefused, merge_partnerships
from registers.models import (
    NotADuplicate,
    Partnership,
    PartnershipDocument,
    PartnershipMerge,
)

pytestmark = pytest.mark.django_db

IMPORT_ORDER = Path(__file__).parent / "data" / "import_order"


@pytest.fixture
def muziekschool():
    members = [OrganisationFactory(name=n) for n in ("Oldambt", "Pekela", "Veendam")]
    shared = OrganisationFactory(name="Vlagtwedde")
    cultuur = PolicyDomainFactory(slug="cultuur", name="Cultuur", name_en="Culture")
    onderwijs = PolicyDomainFactory(slug="onderwijs", name="Onderwijs", name_en="Education")
    empty = PartnershipFactory(
        name="Alg Muziekschool Oost-Groningen",
        cbs_code="GR0123",
        seat_place="Winschoten",
        province_role=ProvinceRole.SUBSIDIEVERSTREKKER,
        bronhouder=shared,
        participants=[shared],
        domains=[cultuur],
        tags=["muziek"],
    )
    PartnershipDocument.objects.create(
        partnership=empty, title="Begroting 2016", url="https://example.org/begroting.pdf"
    )
    full = PartnershipFactory(
        name="Algemene Muziekschool Oost-Groningen",
        seat_place="",
        participants=[*members, shared],
        domains=[onderwijs],
    )
    region = RegionFactory(name="Oost-Groningen", partnership=empty)
    return {"kept": full, "other": empty, "region": region, "members": members}


def registerbeheerder():
    return UserFactory(groups=["Registerbeheer"])


def test_a_merge_brings_fields_participants_documents_and_tags_onto_the_kept_entry(
    muziekschool,
):
    kept, other = muziekschool["kept"], muziekschool["other"]
    user = registerbeheerder()
    merge_partnerships(kept, other, user=user, reason="same music school")

    assert not Partnership.objects.filter(pk=other.pk).exists()
    kept = Partnership.objects.get(pk=kept.pk)
    assert kept.name == "Algemene Muziekschool Oost-Groningen"
    # Empty fields of the kept entry are filled from the other.
    assert kept.cbs_code == "GR0123"
    assert kept.seat_place == "Winschoten"
    assert kept.province_role == ProvinceRole.SUBSIDIEVERSTREKKER
    assert kept.bronhouder.name == "Vlagtwedde"
    # The shared participant is not doubled.
    assert sorted(m.organisation.name for m in kept.memberships.all()) == [
        "Oldambt",
        "Pekela",
        "Veendam",
        "Vlagtwedde",
    ]
    assert {d.slug for d in kept.domains.all()} == {"cultuur", "onderwijs"}
    assert [t.name for t in kept.tags.all()] == ["muziek"]
    assert [d.title for d in kept.documents.all()] == ["Begroting 2016"]
    muziekschool["region"].refresh_from_db()
    assert muziekschool["region"].partnership_id == kept.pk
    # Published, and the revision and the log say who merged.
    assert kept.live and not kept.has_unpublished_changes
    assert kept.live_revision.user == user
    entry = ModelLogEntry.objects.get(action="registers.merge", object_id=str(kept.pk))
    assert entry.user == user and entry.data["merged"] == other.name
    record = PartnershipMerge.objects.get()
    assert record.merged_by == user and record.merged_slug == other.slug
    assert record.snapshot["name"] == other.name
    assert "Alg Muziekschool Oost-Groningen" in record.merged_names


def test_the_merged_address_answers_301_in_both_languages(
    client, muziekschool, register_page, register_page_en
):
    kept, other = muziekschool["kept"], muziekschool["other"]
    merge_partnerships(kept, other)
    for page in (register_page, register_page_en):
        response = client.get(f"{page.url}{other.slug}/?format=json")
        assert response.status_code == 301
        assert response["Location"] == f"{page.url}{kept.slug}/?format=json"
        assert client.get(response["Location"]).status_code == 200
    assert client.get(f"{register_page.url}nooit-bestaan/").status_code == 404


def test_an_entry_in_review_or_with_a_draft_is_not_merged(muziekschool):
    kept, other = muziekschool["kept"], muziekschool["other"]
    other.name = "Alg. Muziekschool (concept)"
    other.save_revision()
    other.refresh_from_db()
    with pytest.raises(MergeRefused):
        merge_partnerships(kept, other)
    assert Partnership.objects.filter(pk=other.pk).exists()


def test_without_the_review_workflow_one_registerbeheerder_merges(client, muziekschool):
    """With Registerreview disabled (Settings › Workflows) a merge needs no second person
    (registers/merge_review.py); with it, see test_merge_proposals.py."""
    from wagtail.models import Workflow

    Workflow.objects.filter(name="Registerreview").update(active=False)
    # Keeping the entry with the CBS code: the other's participants move onto it.
    kept, other = muziekschool["other"], muziekschool["kept"]
    client.force_login(registerbeheerder())
    listing = client.get(reverse("register_duplicates")).content.decode()
    merge_url = reverse("register_merge", args=[kept.pk, other.pk])
    assert merge_url in listing
    confirm = client.get(merge_url)
    assert confirm.status_code == 200
    assert "Oldambt" in confirm.content.decode()  # the participants that move are listed
    response = client.post(merge_url, {"reason": "dubbel"})
    assert response.status_code == 302
    assert not Partnership.objects.filter(pk=other.pk).exists()
    assert kept.memberships.count() == 4
    listing = client.get(reverse("register_duplicates")).content.decode()
    assert reverse("wagtailsnippets_registers_partnership:edit", args=[other.pk]) not in listing


def test_those_who_may_not_delete_do_not_merge(client, muziekschool):
    kept, other = muziekschool["kept"], muziekschool["other"]
    client.force_login(UserFactory(groups=["Communicatoren"]))
    response = client.post(reverse("register_merge", args=[kept.pk, other.pk]))
    assert response.status_code in (302, 403)
    assert Partnership.objects.filter(pk=other.pk).exists()


def test_not_a_duplicate_stops_the_listing_of_the_pair(client, muziekschool):
    kept, other = muziekschool["kept"], muziekschool["other"]
    client.force_login(registerbeheerder())
    distinct_url = reverse("register_not_a_duplicate", args=[kept.pk, other.pk])
    assert client.get(distinct_url).status_code == 405
    response = client.post(reverse("register_not_a_duplicate", args=[other.pk, kept.pk]))
    assert response.status_code == 302
    assert NotADuplicate.objects.count() == 1
    assert (
        possible_duplicates(
            Partnership.objects.prefetch_related("memberships"), NotADuplicate.pairs()
        )
        == []
    )
    listing = client.get(reverse("register_duplicates")).content.decode()
    assert reverse("register_merge", args=[kept.pk, other.pk]) not in listing


def test_a_reimport_does_not_bring_a_merged_duplicate_back():
    """The real files (Utrecht and Flevoland): every pair the detector finds is merged, then
    every file is imported again; the register keeps its count and has no pair."""
    files = [
        IMPORT_ORDER / "regioatlas",
        IMPORT_ORDER / "opengr_provincies.csv",
        IMPORT_ORDER / "gemeenschappelijke_regelingen_dsta_cbs.csv",
        IMPORT_ORDER / "opengr_provincies_financieel_docs.json",
    ]
    run_import(files)
    pairs = possible_duplicates(Partnership.objects.prefetch_related("memberships"))
    assert pairs, "the cut-down real data has probable duplicates"
    merged = set()
    for pair in pairs:
        if {pair.first.pk, pair.second.pk} & merged:
            continue
        keep, other = sorted((pair.first, pair.second), key=lambda p: -p.memberships.count())
        merge_partnerships(keep, other)
        merged.add(other.pk)
    count = Partnership.objects.count()
    names = dict(Partnership.objects.values_list("pk", "name"))

    for path in files:
        run_import([path])
    run_import(files)

    assert Partnership.objects.count() == count
    assert dict(Partnership.objects.values_list("pk", "name")) == names
    assert possible_duplicates(Partnership.objects.prefetch_related("memberships")) == []
