import factory

from demo.factories.pages import InstrumentPageFactory
from stimulans.models import Application, StimulansPage


class StimulansPageFactory(InstrumentPageFactory):
    title = "Stimulans in Samenwerking"
    slug = "stimulans-in-samenwerking"
    contact_email = "stimulans@provincie.example"

    class Meta:
        model = StimulansPage
        skip_postgeneration_save = True


class ApplicationFactory(factory.django.DjangoModelFactory):
    """A draft; tests and the demo move it on with stimulans.workflow.change_status."""

    contact_name = "Anna de Vries"
    contact_email = factory.Sequence(lambda n: f"aanvrager{n}@gemeente.example")
    title = factory.Sequence(lambda n: f"Verkenning samenwerking {n}")
    description = "Een verkenning van een gedeelde opgave."
    budget = 40000
    requested_amount = 20000
    own_contribution = 20000

    class Meta:
        model = Application
        skip_postgeneration_save = True

    @factory.post_generation
    def partners(self, create, extracted, **kwargs):
        if create and extracted:
            self.partners.set(extracted)
