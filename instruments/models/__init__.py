"""The instruments' models: the Instrumentenkoffer's tool pages (tools.py), the documents
generated from them (documents.py) and a partnership's phase from the Fasescan (phases.py)."""

from instruments.models.documents import GeneratedDocument
from instruments.models.phases import PartnershipPhase
from instruments.models.tools import FasescanPage, RollenkaartPage, ToolPage

__all__ = ["FasescanPage", "GeneratedDocument", "PartnershipPhase", "RollenkaartPage", "ToolPage"]
