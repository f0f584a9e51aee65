"""Demo events for manage.py load_demo: an events index in Dutch and English with the meetings
the programme organises (their texts in demo/content/agenda/), dated relative to today so the
upcoming ones stay upcoming.

Called from demo/builder.py after the programme lines, the standard pages and the
users exist:

    build_demo_events(home_nl, home_en, programme_lines, content)
"""

import datetime

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.utils import timezone

from wagtail.models import GroupPagePermission, Locale

from agenda.choices import EventType
from demo.content_files import DemoContent, page_fields
from demo.factories.agenda import (
    EventIndexPageFactory,
    EventPageFactory,
    RegistrationFactory,
    days_from_now,
)
from demo.translations import publish as _publish
from demo.translations import translate as _translate
from pages.models import Audience, ContentPage


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


def build_demo_events(home_nl, home_en, programme_lines: dict, content: DemoContent) -> dict:
    """Create the events index in both languages and the demo events; returns
    {"index": (nl, en), "events": {key: (nl, en)}}."""
    en = Locale.objects.get(language_code="en")
    privacy = ContentPage.objects.child_of(home_nl).filter(slug="privacy").first()
    index = content.event_index
    index_nl = EventIndexPageFactory(
        parent=home_nl, show_in_menus=True, privacy_page=privacy, **page_fields(index["nl"])
    )
    _publish(index_nl)
    index_en = _translate(index_nl, index["en"], en)
    _grant_organisers(index_nl, index_en)

    organiser = get_user_model().objects.filter(username="organisator").first()
    built = {}
    for spec in content.events:
        hour, minute = (int(part) for part in spec["start_time"].split(":"))
        start = days_from_now(_working_day(spec["days_from_now"]), hour, minute)
        audiences = list(Audience.objects.filter(slug__in=spec["audiences"]))
        nl_fields = page_fields(spec["nl"])
        nl_page = EventPageFactory(
            parent=index_nl,
            event_type=EventType(spec["event_type"]),
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
        for registration in spec.get("registrations", []):
            RegistrationFactory(event=nl_page, **registration)
        built[spec["key"]] = (nl_page, en_page)
    return {"index": (index_nl, index_en), "events": built}
