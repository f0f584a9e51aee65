"""The partnership register: organisations, partnerships and their participants, regions."""

from registers.models.merge import (
    MergeProposal,
    NotADuplicate,
    OrganisationMerger,
    PartnershipMerge,
)
from registers.models.organisation import Organisation
from registers.models.page import RegisterPage
from registers.models.partnership import (
    FinancialFigure,
    Membership,
    Partnership,
    PartnershipDocument,
    PartnershipRisk,
    PartnershipTag,
)
from registers.models.region import Region, RegionalDivision
from registers.models.review import SecondPersonApprovalTask
from registers.models.selection import RegisterSelection
from registers.models.settings import PortalSettings
from registers.models.taxonomy import PolicyDomain
from registers.models.verification import (
    VerificationInvitation,
    VerificationRequest,
    VerificationRound,
)
from registers.models.version import PartnershipVersion

__all__ = [
    "FinancialFigure",
    "Membership",
    "MergeProposal",
    "NotADuplicate",
    "Organisation",
    "OrganisationMerger",
    "Partnership",
    "PartnershipDocument",
    "PartnershipMerge",
    "PartnershipRisk",
    "PartnershipTag",
    "PartnershipVersion",
    "PolicyDomain",
    "PortalSettings",
    "Region",
    "RegisterPage",
    "RegisterSelection",
    "RegionalDivision",
    "SecondPersonApprovalTask",
    "VerificationInvitation",
    "VerificationRequest",
    "VerificationRound",
]
