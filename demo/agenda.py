"""Demo events for manage.py load_demo: an events index in Dutch and English with the meetings
the programme organises, dated relative to today so the upcoming ones stay upcoming.

Called from demo/builder.py after the programme lines, the standard pages and the
users exist:

    build_demo_events(home_nl, home_en, programme_lines)
"""

import datetime

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.utils import timezone

from wagtail.models import GroupPagePermission, Locale

from agenda.choices import EventType
from demo.factories.agenda import (
    EventIndexPageFactory,
    EventPageFactory,
    RegistrationFactory,
    days_from_now,
)
from demo.factories.streams import stream
from pages.models import Audience, ContentPage

INDEX = {
    "nl": {
        "title": "Evenementen",
        "slug": "evenementen",
        "intro": (
            "Netwerkdagen, sessies en kennisdelingsbijeenkomsten voor bestuurders, ambtenaren en "
            "volksvertegenwoordigers die samenwerken in het openbaar bestuur."
        ),
    },
    "en": {
        "title": "Events",
        "slug": "events",
        "intro": (
            "Network days, sessions and knowledge sessions for administrators, civil servants "
            "and elected representatives who work together in public administration."
        ),
    },
}


def _programme(items):
    return stream(
        ("item", {"time": time, "end_time": end, "title": title, "speaker": speaker})
        for time, end, title, speaker in items
    )


def _speakers(items):
    return stream(("speaker", {"name": n, "role": r, "bio": b}) for n, r, b in items)


EVENTS = [
    # An upcoming network day: programme line 2, Relatie en ontmoeten.
    {
        "key": "netwerkdag",
        "programme_line": 2,
        "event_type": EventType.NETWORK_DAY,
        "start": (30, 9, 30),
        "hours": 7,
        "capacity": 120,
        "audiences": ["bestuurders", "ambtenaren", "volksvertegenwoordigers", "partners"],
        "location_name": "Provinciehuis, Statenzaal",
        "address": "Dreef 3\n2012 HR Haarlem",
        "registrations": [
            ("Fatima el Amrani", "f.elamrani@alkmaar.example", "Gemeente Alkmaar", "Wethouder"),
            ("Pieter Bakker", "p.bakker@hoorn.example", "Gemeente Hoorn", "Griffier"),
            ("Sanne de Wit", "s.dewit@hhnk.example", "Hoogheemraadschap", "Beleidsadviseur"),
        ],
        "nl": {
            "title": "Netwerkdag Samen sterker in de regio",
            "intro": (
                "Een dag om elkaar te ontmoeten, ervaringen uit te wisselen en te bouwen aan "
                "duurzame relaties tussen gemeenten, waterschappen en provincie."
            ),
            "organiser_name": "Team Bestuurlijke Relaties",
            "body": [
                (
                    "paragraph",
                    "<p>Goede samenwerking begint bij elkaar kennen. Op deze netwerkdag spreekt "
                    "u bestuurders, ambtenaren en raads- en Statenleden uit de hele provincie. "
                    "In korte tafelgesprekken deelt u wat werkt in regionale samenwerking en "
                    "waar u tegenaan loopt.</p><p>De accounthouders bestuurlijke zaken van de "
                    "provincie zijn er de hele dag. Zij vertellen graag wat de provincie voor uw "
                    "gemeente of regio kan betekenen.</p>",
                )
            ],
            "programme": [
                ("09:30", "10:00", "Inloop met koffie", ""),
                ("10:00", "10:30", "Opening: waarom ontmoeten ertoe doet", "Gedeputeerde Bestuur"),
                ("10:30", "12:00", "Tafelgesprekken per regio", "Accounthouders van de provincie"),
                ("12:00", "13:00", "Lunch en netwerkmarkt", ""),
                ("13:00", "14:30", "Werksessies: samenwerken aan wonen, energie en zorg", ""),
                ("14:30", "16:30", "Slot en borrel", ""),
            ],
            "speakers": [
                (
                    "Marleen Visser",
                    "Gedeputeerde Bestuur, provincie",
                    "Is verantwoordelijk voor de samenwerking met gemeenten en waterschappen.",
                ),
            ],
        },
        "en": {
            "title": "Network day: Stronger together in the region",
            "slug": "network-day-stronger-together",
            "intro": (
                "A day to meet each other, exchange experiences and build lasting relationships "
                "between municipalities, water authorities and the province."
            ),
            "organiser_name": "Administrative Relations Team",
            "body": [
                (
                    "paragraph",
                    "<p>Good collaboration starts with knowing each other. At this network day "
                    "you meet administrators, civil servants and council and States members "
                    "from across the province. In short round-table talks you share what works "
                    "in regional collaboration and where you run into problems.</p><p>The "
                    "province's account managers for administrative affairs are there all day. "
                    "They are happy to explain what the province can do for your municipality or "
                    "region.</p>",
                )
            ],
            "programme": [
                ("09:30", "10:00", "Arrival and coffee", ""),
                ("10:00", "10:30", "Opening: why meeting matters", "Provincial executive"),
                (
                    "10:30",
                    "12:00",
                    "Round-table talks by region",
                    "The province's account managers",
                ),
                ("12:00", "13:00", "Lunch and networking market", ""),
                ("13:00", "14:30", "Workshops: working together on housing, energy and care", ""),
                ("14:30", "16:30", "Closing and drinks", ""),
            ],
            "speakers": [
                (
                    "Marleen Visser",
                    "Member of the Provincial Executive for public administration",
                    "Responsible for collaboration with municipalities and water authorities.",
                ),
            ],
        },
    },
    # An upcoming regional knowledge session on interbestuurlijk toezicht: line 4.
    {
        "key": "ibt-regionaal",
        "programme_line": 4,
        "event_type": EventType.IBT_REGIONAL,
        "start": (45, 13, 30),
        "hours": 3.5,
        "capacity": 30,
        "audiences": ["ambtenaren", "bestuurders"],
        "location_name": "Stadskantoor Alkmaar",
        "address": "Mallegatsplein 10\n1815 AG Alkmaar",
        "nl": {
            "title": "Kennisdelingsbijeenkomst interbestuurlijk toezicht, regio Noord",
            "intro": (
                "Toezichthouder en gemeenten in gesprek: wat gaat goed, waar is maatwerk nodig "
                "en hoe gaan we aan de voorkant in dialoog?"
            ),
            "organiser_name": "Team Interbestuurlijk Toezicht",
            "body": [
                (
                    "paragraph",
                    "<p>Bij interbestuurlijk toezicht staan samenwerking en dialoog tussen "
                    "toezichthouder en toezicht-ontvanger centraal. In deze regionale "
                    "bijeenkomst bespreken we de toezichtsdomeinen aan de hand van "
                    "praktijkcasussen uit de regio: financiën, omgevingsrecht, archief en "
                    "huisvesting van statushouders.</p><p>U gaat naar huis met concrete "
                    "afspraken over hoe u de provincie vroeg betrekt, en met contacten bij "
                    "collega-gemeenten.</p>",
                )
            ],
            "programme": [
                (
                    "13:30",
                    "13:45",
                    "Welkom en doel van de middag",
                    "Team Interbestuurlijk Toezicht",
                ),
                ("13:45", "15:00", "Casussen uit de regio in kleine groepen", ""),
                ("15:00", "16:30", "Ruimte voor maatwerk: afspraken voor het komende jaar", ""),
            ],
            "speakers": [],
        },
        "en": {
            "title": "Knowledge session on inter-administrative supervision, northern region",
            "slug": "knowledge-session-supervision-north",
            "intro": (
                "The supervisor and municipalities in conversation: what goes well, where is a "
                "tailored approach needed, and how do we start the dialogue early?"
            ),
            "organiser_name": "Inter-administrative Supervision Team",
            "body": [
                (
                    "paragraph",
                    "<p>Inter-administrative supervision (interbestuurlijk toezicht) is built "
                    "on collaboration and dialogue between the supervisor and those it "
                    "supervises. In this regional session we discuss the supervision domains "
                    "using practical cases from the region: finances, environmental law, "
                    "archives and housing for refugees with a residence permit.</p><p>You leave "
                    "with concrete agreements on how to involve the province early, and with "
                    "contacts at other municipalities.</p>",
                )
            ],
            "programme": [
                ("13:30", "13:45", "Welcome and aim of the afternoon", "IBT Team"),
                ("13:45", "15:00", "Cases from the region in small groups", ""),
                ("15:00", "16:30", "Room for tailored approaches: agreements for next year", ""),
            ],
            "speakers": [],
        },
    },
    # A webinar on sharing data: line 3, Versterken kennispositie overheden.
    {
        "key": "webinar-data",
        "programme_line": 3,
        "event_type": EventType.WEBINAR,
        "start": (14, 15, 0),
        "hours": 1,
        "capacity": None,
        "audiences": ["ambtenaren"],
        "online_url": "https://webinar.provincie.example/data-delen",
        "nl": {
            "title": "Webinar: data delen tussen overheden",
            "intro": (
                "Hoe maakt u provinciale data zichtbaar en bruikbaar voor uw gemeente? Een uur "
                "met voorbeelden, tips en ruimte voor vragen."
            ),
            "organiser_name": "Team Data en Onderzoek",
            "body": [
                (
                    "paragraph",
                    "<p>De provincie beschikt over veel data, kennis en onderzoeken, en deelt die "
                    "graag met haar partners. In dit webinar laten we zien welke datasets er zijn, "
                    "hoe u ze vindt en hoe gemeenten ze al gebruiken bij woningbouw en "
                    "energieplannen.</p><p>U krijgt de link naar het webinar na uw aanmelding.</p>",
                )
            ],
            "programme": [
                ("15:00", "15:10", "Welkom", ""),
                (
                    "15:10",
                    "15:40",
                    "Rondleiding langs de provinciale data",
                    "Team Data en Onderzoek",
                ),
                ("15:40", "16:00", "Vragen uit de chat", ""),
            ],
            "speakers": [
                ("Joost Hendriks", "Datacoördinator, provincie", ""),
            ],
        },
        "en": {
            "title": "Webinar: sharing data between governments",
            "slug": "webinar-sharing-data",
            "intro": (
                "How do you make provincial data visible and usable for your municipality? An "
                "hour of examples, tips and time for questions."
            ),
            "organiser_name": "Data and Research Team",
            "body": [
                (
                    "paragraph",
                    "<p>The province has a lot of data, knowledge and research, and likes to "
                    "share it with its partners. In this webinar we show which datasets exist, "
                    "how to find them and how municipalities already use them for housing and "
                    "energy plans.</p><p>You receive the link to the webinar after you "
                    "register.</p>",
                )
            ],
            "programme": [
                ("15:00", "15:10", "Welcome", ""),
                ("15:10", "15:40", "A tour of the provincial data", "Joost Hendriks"),
                ("15:40", "16:00", "Questions from the chat", ""),
            ],
            "speakers": [
                ("Joost Hendriks", "Data coordinator, province", ""),
            ],
        },
    },
    # A session on roles for administrators: line 1.
    {
        "key": "sessie-rollen",
        "programme_line": 1,
        "event_type": EventType.SESSION,
        "start": (60, 16, 0),
        "hours": 2.5,
        "capacity": 20,
        "audiences": ["bestuurders"],
        "location_name": "Provinciehuis, Commissiekamer 1",
        "address": "Dreef 3\n2012 HR Haarlem",
        "nl": {
            "title": "Sessie voor bestuurders: rollen en rolwisselingen in de samenwerking",
            "intro": (
                "Als eigenaar, opdrachtgever of toezichthouder in een samenwerkingsverband "
                "wisselt u vaak van rol. Hoe houdt u dat helder, voor uzelf en voor de raad?"
            ),
            "organiser_name": "Team Bestuurlijke Relaties",
            "body": [
                (
                    "paragraph",
                    "<p>Spraakverwarring en verschillende rollen kunnen tot knelpunten leiden. In "
                    "deze sessie verkennen burgemeesters, wethouders en gedeputeerden samen de "
                    "fase waarin hun samenwerkingen zich bevinden en welke rol daarbij hoort. We "
                    "werken met herkenbare situaties en maken gemeenschappelijke afspraken.</p>",
                )
            ],
            "programme": [
                ("16:00", "16:15", "Welkom", ""),
                ("16:15", "17:30", "Rollenspel: de vier petten van een bestuurder", ""),
                ("17:30", "18:30", "Afspraken en diner", ""),
            ],
            "speakers": [],
        },
        "en": {
            "title": "Session for administrators: roles and role changes in collaboration",
            "slug": "session-roles-administrators",
            "intro": (
                "As owner, client or supervisor in a partnership you often change roles. How do "
                "you keep that clear, for yourself and for the council?"
            ),
            "organiser_name": "Administrative Relations Team",
            "body": [
                (
                    "paragraph",
                    "<p>Confusion of language and different roles can cause bottlenecks. In this "
                    "session mayors, aldermen and members of the provincial executive explore "
                    "together the phase their partnerships are in and the role that goes with "
                    "it. We work with recognisable situations and make common agreements.</p>",
                )
            ],
            "programme": [
                ("16:00", "16:15", "Welcome", ""),
                ("16:15", "17:30", "Role play: the four hats of an administrator", ""),
                ("17:30", "18:30", "Agreements and dinner", ""),
            ],
            "speakers": [],
        },
    },
    # A network day that took place, with its report.
    {
        "key": "netwerkdag-voorjaar",
        "programme_line": 2,
        "event_type": EventType.NETWORK_DAY,
        "start": (-40, 10, 0),
        "hours": 6,
        "capacity": 100,
        "audiences": ["bestuurders", "ambtenaren", "volksvertegenwoordigers"],
        "location_name": "Zaantheater",
        "address": "Verzetsplein 1\n1506 DA Zaandam",
        "nl": {
            "title": "Netwerkdag Zaanstreek-Waterland",
            "intro": "Ruim tachtig deelnemers spraken over samenwerking in de regio.",
            "organiser_name": "Team Bestuurlijke Relaties",
            "body": [],
            "programme": [
                ("10:00", "10:30", "Opening", "Gedeputeerde Bestuur"),
                ("10:30", "15:30", "Gesprekken en werksessies", ""),
            ],
            "speakers": [],
            "report": (
                "<p>Ruim tachtig bestuurders, ambtenaren en raadsleden uit Zaanstreek-Waterland "
                "kwamen naar de netwerkdag. De belangrijkste opbrengsten:</p><ul><li>Gemeenten "
                "willen eerder met de provincie praten over gemeenschappelijke regelingen, nog "
                "voordat de begroting vastligt.</li><li>Raadsleden vragen om een overzicht van "
                "alle samenwerkingsverbanden waarin hun gemeente deelneemt.</li><li>Er komt een "
                "vervolgsessie over rollen voor nieuwe bestuurders.</li></ul>"
            ),
        },
        "en": {
            "title": "Network day Zaanstreek-Waterland",
            "slug": "network-day-zaanstreek-waterland",
            "intro": "More than eighty participants discussed collaboration in the region.",
            "organiser_name": "Administrative Relations Team",
            "body": [],
            "programme": [
                ("10:00", "10:30", "Opening", "Provincial executive"),
                ("10:30", "15:30", "Conversations and workshops", ""),
            ],
            "speakers": [],
            "report": (
                "<p>More than eighty administrators, civil servants and council members from "
                "Zaanstreek-Waterland came to the network day. The main outcomes:</p><ul><li>"
                "Municipalities want to talk to the province earlier about joint arrangements, "
                "before the budget is fixed.</li><li>Council members ask for an overview of all "
                "partnerships their municipality takes part in.</li><li>A follow-up session on "
                "roles for new administrators will be organised.</li></ul>"
            ),
        },
    },
]


def _page_fields(data: dict) -> dict:
    fields = {}
    for key, value in data.items():
        if key == "programme":
            fields[key] = _programme(value)
        elif key == "speakers":
            fields[key] = _speakers(value)
        elif key == "body":
            fields[key] = stream(value)
        else:
            fields[key] = value
    return fields


def _publish(page):
    page.save_revision().publish()
    return page


def _translate(page, data: dict, locale):
    translation = page.copy_for_translation(locale).specific
    for key, value in _page_fields(data).items():
        setattr(translation, key, value)
    translation.save()
    return _publish(translation)


def _grant_organisers(*index_pages):
    group = Group.objects.filter(name="Organisatoren").first()
    if group is None:
        return
    permissions = Permission.objects.filter(
        content_type__app_label="wagtailcore", codename__in=["add_page", "change_page"]
    )
    for page in index_pages:
        for permission in permissions:
            GroupPagePermission.objects.get_or_create(group=group, page=page, permission=permission)


def _working_day(days: int) -> int:
    """`days` moved forward to the next Tuesday to Thursday, when meetings are held."""
    weekday = (timezone.localdate() + datetime.timedelta(days=days)).weekday()
    return days + {0: 1, 4: 4, 5: 3, 6: 2}.get(weekday, 0)


def build_demo_events(home_nl, home_en, programme_lines: dict) -> dict:
    """Create the events index in both languages and the demo events; returns
    {"index": (nl, en), "events": {key: (nl, en)}}."""
    en = Locale.objects.get(language_code="en")
    privacy = ContentPage.objects.child_of(home_nl).filter(slug="privacy").first()
    index_nl = EventIndexPageFactory(
        parent=home_nl, show_in_menus=True, privacy_page=privacy, **INDEX["nl"]
    )
    _publish(index_nl)
    index_en = _translate(index_nl, INDEX["en"], en)
    _grant_organisers(index_nl, index_en)

    organiser = get_user_model().objects.filter(username="organisator").first()
    built = {}
    for spec in EVENTS:
        days, hour, minute = spec["start"]
        start = days_from_now(_working_day(days), hour, minute)
        audiences = list(Audience.objects.filter(slug__in=spec["audiences"]))
        nl_fields = _page_fields(spec["nl"])
        nl_page = EventPageFactory(
            parent=index_nl,
            event_type=spec["event_type"],
            start=start,
            end=start + datetime.timedelta(hours=spec["hours"]),
            capacity=spec["capacity"],
            location_name=spec.get("location_name", ""),
            address=spec.get("address", ""),
            online_url=spec.get("online_url", ""),
            programme_line=programme_lines.get(spec["programme_line"]),
            **nl_fields,
        )
        nl_page.audiences.set(audiences)
        if organiser is not None:
            nl_page.organiser_users.set([organiser])
        _publish(nl_page)
        en_page = _translate(nl_page, spec["en"], en)
        en_page.audiences.set(audiences)
        _publish(en_page)
        for name, email, organisation, role in spec.get("registrations", []):
            RegistrationFactory(
                event=nl_page, name=name, email=email, organisation=organisation, role=role
            )
        built[spec["key"]] = (nl_page, en_page)
    return {"index": (index_nl, index_en), "events": built}
