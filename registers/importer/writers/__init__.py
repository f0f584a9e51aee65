"""Writing the import: what the sources gathered in memory goes to the database in bulk,
object by object through the provenance rules (an editor's change is kept), and every
changed partnership gets one published revision.

Order matters: organisations first (everything refers to them), then regions, then
partnerships with their participants, documents and tags, then the links from regions to
the partnerships that are them, then the revisions.
"""

from registers.importer.publishing import publish_revisions
from registers.importer.writers.organisations import OrganisationWriter
from registers.importer.writers.partnerships import PartnershipWriter
from registers.importer.writers.regions import RegionWriter
from registers.models import Organisation, Partnership


class RegisterWriter:
    def __init__(self, books, *, now, index_later, recompute_regions: bool, tick):
        self.now = now
        self.index_later = index_later
        self.tick = tick
        self.organisations = OrganisationWriter(books, now=now, index_later=index_later)
        self.regions = RegionWriter(books, index_later=index_later)
        self.partnerships = PartnershipWriter(books, now=now, recompute_regions=recompute_regions)

    def write(self):
        for step in (
            self.organisations.write,
            self.regions.write,
            self.partnerships.write,
            self.regions.link_partnerships,
            self.publish,
        ):
            step()
            self.tick()

    def publish(self):
        """One published revision per changed partnership and organisation."""
        publish_revisions(
            self.organisations.changed,
            self.now,
            self.organisations.sources,
            model=Organisation,
        )
        changed = self.partnerships.changed
        publish_revisions(changed, self.now, self.partnerships.sources)
        for partnership, _is_new in changed:
            self.index_later[Partnership].add(partnership.pk)
