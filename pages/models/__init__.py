"""Page types of the site, one module per page family."""

from pages.models.base import SitePage
from pages.models.content import ContentPage
from pages.models.home import HomePage
from pages.models.instrument import InstrumentIndexPage, InstrumentPage
from pages.models.knowledge import KnowledgeArticlePage, KnowledgeArticleTag, KnowledgeIndexPage
from pages.models.link_check import CheckedLink, LinkOutcome
from pages.models.notifications import OwnerNotificationSettings, StaleNotice
from pages.models.programme import ProgrammeLineIndexPage, ProgrammeLinePage
from pages.models.taxonomy import Audience

__all__ = [
    "Audience",
    "CheckedLink",
    "ContentPage",
    "HomePage",
    "InstrumentIndexPage",
    "InstrumentPage",
    "KnowledgeArticlePage",
    "KnowledgeArticleTag",
    "KnowledgeIndexPage",
    "LinkOutcome",
    "OwnerNotificationSettings",
    "ProgrammeLineIndexPage",
    "ProgrammeLinePage",
    "SitePage",
    "StaleNotice",
]
