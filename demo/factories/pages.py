import datetime

import factory
import wagtail_factories

from demo.factories.streams import stream
from pages.models import (
    Audience,
    ContentPage,
    HomePage,
    InstrumentIndexPage,
    InstrumentPage,
    KnowledgeArticlePage,
    KnowledgeIndexPage,
    ProgrammeLineIndexPage,
    ProgrammeLinePage,
)


class SitePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Pagina {n}")
    intro = factory.LazyAttribute(lambda o: f"Inleiding bij {o.title}.")

    class Meta:
        abstract = True


class HomePageFactory(SitePageFactory):
    title = "Samenwerkingsportaal"
    slug = factory.Sequence(lambda n: f"home-{n}")
    register_teaser_title = "Register van samenwerkingsverbanden"
    register_teaser_text = "Zoek in welke samenwerkingsverbanden overheden deelnemen."

    class Meta:
        model = HomePage


class ContentPageFactory(SitePageFactory):
    body = factory.LazyFunction(
        lambda: stream([("paragraph", "<p>De provincie werkt samen met gemeenten.</p>")])
    )

    class Meta:
        model = ContentPage


class ProgrammeLineIndexPageFactory(SitePageFactory):
    title = "Programmalijnen"
    slug = "programmalijnen"

    class Meta:
        model = ProgrammeLineIndexPage


class ProgrammeLinePageFactory(SitePageFactory):
    number = factory.Sequence(lambda n: n % 5 + 1)
    goal = "Inzicht in rollen en rolwisselingen bij samenwerking."
    problem = "<p>Spraakverwarring en verschillende rollen leiden tot knelpunten.</p>"
    actions = factory.LazyFunction(
        lambda: stream(
            [
                (
                    "action",
                    {
                        "title": "Sessies met bestuurders",
                        "description": "Gesprekken over rollen in de samenwerking.",
                        "status": "lopend",
                        "team": "Team Bestuurlijke Relaties",
                        "timeframe": "2026",
                    },
                )
            ]
        )
    )

    class Meta:
        model = ProgrammeLinePage


class InstrumentIndexPageFactory(SitePageFactory):
    title = "Instrumenten"
    slug = "instrumenten"

    class Meta:
        model = InstrumentIndexPage


class InstrumentPageFactory(SitePageFactory):
    for_whom = "<p>Gemeenten en waterschappen.</p>"
    how_to_apply = "<p>Neem contact op met het team.</p>"
    contact_name = "Team Samenwerking"
    contact_email = "samenwerking@provincie.example"

    class Meta:
        model = InstrumentPage
        skip_postgeneration_save = True

    @factory.post_generation
    def programme_lines(self, create, extracted, **kwargs):
        if create and extracted:
            self.programme_lines.set(extracted)
            self.save()


class KnowledgeIndexPageFactory(SitePageFactory):
    title = "Kennisbank"
    slug = "kennisbank"

    class Meta:
        model = KnowledgeIndexPage


class KnowledgeArticlePageFactory(SitePageFactory):
    summary = factory.LazyAttribute(lambda o: f"Samenvatting van {o.title}.")
    publication_date = factory.Sequence(
        lambda n: datetime.date(2026, 1, 1) + datetime.timedelta(days=n)
    )
    team = "Team Kennis en Data"

    class Meta:
        model = KnowledgeArticlePage
        skip_postgeneration_save = True

    @factory.post_generation
    def tags(self, create, extracted, **kwargs):
        if create and extracted:
            self.tags.add(*extracted)
            self.save()

    @factory.post_generation
    def audiences(self, create, extracted, **kwargs):
        if create and extracted:
            self.audiences.set(Audience.objects.filter(slug__in=extracted))
            self.save()
