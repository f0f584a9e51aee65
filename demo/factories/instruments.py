"""Factories of the Instrumentenkoffer's tool pages and of a saved Fasescan phase."""

from django.utils import timezone

import factory

from demo.factories.pages import SitePageFactory
from instruments import fasescan
from instruments.models import FasescanPage, PartnershipPhase, RollenkaartPage, ToolPage


class ToolPageFactory(SitePageFactory):
    title = factory.Sequence(lambda n: f"Hulpmiddel {n}")

    class Meta:
        model = ToolPage


class FasescanPageFactory(SitePageFactory):
    title = "Fasescan"
    slug = "fasescan"

    class Meta:
        model = FasescanPage


class RollenkaartPageFactory(SitePageFactory):
    title = "Rollenkaart"
    slug = "rollenkaart"

    class Meta:
        model = RollenkaartPage


TOOL_FACTORIES = {
    "tool": ToolPageFactory,
    "fasescan": FasescanPageFactory,
    "rollenkaart": RollenkaartPageFactory,
}


def answers_for(phase: str) -> dict:
    """For each question the option that gives `phase` the most points (the first such
    option): answers whose result is `phase` (tests/instruments/test_fasescan.py)."""
    answers = {}
    for question in fasescan.QUESTIONS:
        best = max(question.options, key=lambda option: option.points.get(phase, 0))
        answers[question.key] = best.value
    return answers


class PartnershipPhaseFactory(factory.django.DjangoModelFactory):
    partnership = factory.SubFactory("demo.factories.registers.PartnershipFactory")
    answers = factory.LazyAttribute(lambda o: answers_for(o.phase))
    phase = "uitvoering"
    scores = factory.LazyAttribute(lambda o: fasescan.score(o.answers).scores)
    saved_at = factory.LazyFunction(timezone.now)
    source = PartnershipPhase.Source.REGISTER_MANAGEMENT

    class Meta:
        model = PartnershipPhase
