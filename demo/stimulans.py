"""Demo applications for Stimulans in Samenwerking (manage.py load_demo): a few in different
states and four granted projects, every one marked as a demo ("voorbeeld"/demo in the title,
is_demo=True, shown as such on the public list).

The municipalities are made with their CBS codes, so the register import that follows
load_demo (make run) finds and completes them instead of adding copies. The two partnerships
are demo entries, named as such.
"""

import datetime
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.utils import timezone

from demo.factories.registers import OrganisationFactory, PartnershipFactory
from demo.factories.stimulans import ApplicationFactory
from pages.models import ProgrammeLinePage
from registers.choices import OrganisationKind, PartnershipKind
from stimulans.choices import Status
from stimulans.models import Application, StatusChange

MUNICIPALITIES = {
    "zaanstad": ("GM0479", "Zaanstad"),
    "haarlem": ("GM0392", "Haarlem"),
    "velsen": ("GM0453", "Velsen"),
    "beverwijk": ("GM0375", "Beverwijk"),
    "heemskerk": ("GM0396", "Heemskerk"),
    "alkmaar": ("GM0361", "Alkmaar"),
    "hoorn": ("GM0405", "Hoorn"),
    "den-helder": ("GM0400", "Den Helder"),
}

# key, applicant, partners, partnership, title nl, title en, budget, requested, path of states
# with days ago of each step.
APPLICATIONS = [
    (
        "ijmond",
        "velsen",
        ["beverwijk", "heemskerk"],
        "ijmond",
        "Voorbeeld: gezamenlijke aanpak energiearmoede IJmond (demo)",
        "Example: joint approach to energy poverty in IJmond (demo)",
        50000,
        25000,
        [(Status.ONTVANGEN, 120), (Status.IN_BEHANDELING, 110), (Status.TOEGEKEND, 90)],
    ),
    (
        "kop",
        "den-helder",
        ["hoorn"],
        "kop",
        "Voorbeeld: verkenning regionale jeugdhulp Kop van Noord-Holland (demo)",
        "Example: exploring regional youth care in the Kop van Noord-Holland (demo)",
        36000,
        18000,
        [(Status.ONTVANGEN, 200), (Status.TOEGEKEND, 160)],
    ),
    (
        "zaan",
        "zaanstad",
        ["haarlem"],
        None,
        "Voorbeeld: procesbegeleiding herstart samenwerking bedrijventerreinen (demo)",
        "Example: facilitating a restart of the business parks collaboration (demo)",
        30000,
        15000,
        [(Status.ONTVANGEN, 300), (Status.IN_BEHANDELING, 290), (Status.TOEGEKEND, 260)],
    ),
    (
        "alkmaar",
        "alkmaar",
        ["hoorn", "den-helder"],
        "kop",
        "Voorbeeld: haalbaarheidsonderzoek gedeelde inkoop (demo)",
        "Example: feasibility study for joint procurement (demo)",
        20000,
        10000,
        [(Status.ONTVANGEN, 70), (Status.TOEGEKEND, 30)],
    ),
    (
        "open",
        "haarlem",
        ["zaanstad"],
        None,
        "Voorbeeld: netwerk omgevingswet-regisseurs (demo)",
        "",
        24000,
        12000,
        [(Status.ONTVANGEN, 50), (Status.IN_BEHANDELING, 45)],
    ),
    (
        "info",
        "beverwijk",
        ["velsen"],
        "ijmond",
        "Voorbeeld: evaluatie gemeenschappelijke regeling (demo)",
        "",
        16000,
        8000,
        [(Status.ONTVANGEN, 20), (Status.AANVULLENDE_INFORMATIE, 10)],
    ),
    (
        "new",
        "hoorn",
        [],
        None,
        "Voorbeeld: startnotitie regionale woonagenda (demo)",
        "",
        12000,
        6000,
        [(Status.ONTVANGEN, 3)],
    ),
    (
        "rejected",
        "heemskerk",
        [],
        None,
        "Voorbeeld: eenmalige subsidie evenement (demo)",
        "",
        10000,
        5000,
        [(Status.ONTVANGEN, 90), (Status.AFGEWEZEN, 60)],
    ),
    ("draft", "zaanstad", [], None, "Voorbeeld: concept-aanvraag (demo)", "", 18000, 9000, []),
]

PARTNERSHIPS = {
    "ijmond": "Voorbeeldsamenwerking IJmond (demo)",
    "kop": "Voorbeeldsamenwerking Kop van Noord-Holland (demo)",
}


def build_demo_applications() -> int:
    """Create the demo applications once (nothing when demo applications exist)."""
    if Application.objects.filter(is_demo=True).exists():
        return 0
    organisations = {
        key: OrganisationFactory(cbs_code=code, name=name, kind=OrganisationKind.GEMEENTE)
        for key, (code, name) in MUNICIPALITIES.items()
    }
    partnerships = {
        key: PartnershipFactory(
            name=name,
            kind=PartnershipKind.NETWERK,
            seat_place="Haarlem",
            description="Een voorbeeld in de demo, geen echt samenwerkingsverband.",
        )
        for key, name in PARTNERSHIPS.items()
    }
    assessor = get_user_model().objects.filter(username="stimulans").first()
    line = ProgrammeLinePage.objects.filter(locale__language_code="nl").order_by("number").first()
    now = timezone.now()
    for (
        key,
        applicant,
        partners,
        partnership,
        title,
        title_en,
        budget,
        requested,
        path,
    ) in APPLICATIONS:
        application = ApplicationFactory(
            contact_name="Voorbeeld Aanvrager (demo)",
            contact_email=f"demo-{key}@gemeente.example",
            applicant=organisations[applicant],
            partners=[organisations[p] for p in partners],
            partnership=partnerships.get(partnership),
            title=title,
            title_en=title_en,
            description="Een voorbeeldaanvraag in de demo: geen echte aanvraag.",
            budget=Decimal(budget),
            requested_amount=Decimal(requested),
            own_contribution=Decimal(budget - requested),
            is_demo=True,
            programme_line=line,
            created_at=now - datetime.timedelta(days=(path[0][1] + 5) if path else 2),
        )
        _walk(application, path, assessor, now)
    return len(APPLICATIONS)


def _walk(application, path, assessor, now):
    """Give the application its history directly (dated in the past, no e-mails)."""
    previous = Status.CONCEPT
    for status, days_ago in path:
        when = now - datetime.timedelta(days=days_ago)
        if status == Status.ONTVANGEN:
            application.submitted_at = when
            application.assign_reference()
        if status == Status.AANVULLENDE_INFORMATIE:
            application.info_requested_at = when
        if status in (Status.TOEGEKEND, Status.AFGEWEZEN):
            application.decided_at = when
        if status == Status.TOEGEKEND:
            application.granted_amount = application.requested_amount
        application.status = status
        application.save()
        StatusChange.objects.create(
            application=application,
            from_status=previous,
            to_status=status,
            changed_by=None if status == Status.ONTVANGEN else assessor,
            changed_at=when,
            note="Voorbeeldbericht in de demo." if status == Status.AANVULLENDE_INFORMATIE else "",
        )
        previous = status
