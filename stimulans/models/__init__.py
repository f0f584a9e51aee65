from stimulans.models.application import Application, Attachment, StatusChange
from stimulans.models.page import StimulansPage

__all__ = ["Application", "Attachment", "StatusChange", "StimulansPage"]
