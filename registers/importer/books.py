"""The register in memory while importing: loaded once, then filled by the sources
(registers/importer/sources) and written by the writers (registers/importer/writers)."""

from registers.importer.domains import DomainBook
from registers.importer.organisations import OrganisationBook
from registers.importer.partnerships import PartnershipBook
from registers.importer.regions import RegionBook


class Books:
    def __init__(self, report):
        self.report = report
        self.organisations = OrganisationBook(report)
        self.partnerships = PartnershipBook(report)
        self.regions = RegionBook(report)
        self.domains = DomainBook()

    def load(self):
        self.organisations.load()
        self.partnerships.load()
        self.domains.load()
        self.regions.load()
