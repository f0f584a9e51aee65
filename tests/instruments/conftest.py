"""A small Instrumentenkoffer in Dutch (and English where a test asks): the instrument,
its tools (a plain tool, the Fasescan, the Rollenkaart) and the register."""

import pytest

from demo.factories.instruments import (
    FasescanPageFactory,
    RollenkaartPageFactory,
    ToolPageFactory,
)
from demo.factories.pages import InstrumentIndexPageFactory, InstrumentPageFactory
from demo.factories.streams import stream
from demo.factories.users import UserFactory


def publish(page):
    page.save_revision().publish()
    return page


@pytest.fixture
def toolkit(home_page, register_page):
    index = publish(InstrumentIndexPageFactory(parent=home_page))
    koffer = publish(
        InstrumentPageFactory(parent=index, title="Instrumentenkoffer", slug="instrumentenkoffer")
    )
    checklist = publish(
        ToolPageFactory(
            parent=koffer,
            title="Checklist gemeenschappelijke regeling",
            slug="checklist",
            intro="Wat moet er in de regeling staan?",
            phases=["verkenning", "opbouw"],
            body=stream(
                [
                    ("heading", {"text": "Kiezen voor een vorm", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Een <b>openbaar lichaam</b> of niet?</p>"
                        "<ul><li>het doel;</li><li>de kostenverdeling.</li></ul>",
                    ),
                ]
            ),
        )
    )
    evaluation = publish(
        ToolPageFactory(
            parent=koffer, title="Werkvorm evaluatie", slug="evaluatie", phases=["evaluatie"]
        )
    )
    everywhere = publish(
        ToolPageFactory(parent=koffer, title="Handreiking", slug="handreiking", phases=[])
    )
    fasescan = publish(FasescanPageFactory(parent=koffer))
    rollenkaart = publish(RollenkaartPageFactory(parent=koffer, phases=["uitvoering"]))
    return {
        "koffer": koffer,
        "checklist": checklist,
        "evaluation": evaluation,
        "everywhere": everywhere,
        "fasescan": fasescan,
        "rollenkaart": rollenkaart,
        "register": register_page,
    }


@pytest.fixture
def registerbeheerder(db):
    return UserFactory(groups=["Registerbeheer"])


@pytest.fixture
def redacteur(db):
    return UserFactory(groups=["Redactie"])
