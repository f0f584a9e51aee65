from dossiers.models.lobby import BelangenbehartigingIndexPage, BelangenbehartigingPage
from dossiers.models.municipality import AccountHolder, SupervisionJudgement

__all__ = [
    "AccountHolder",
    "BelangenbehartigingIndexPage",
    "BelangenbehartigingPage",
    "SupervisionJudgement",
]
