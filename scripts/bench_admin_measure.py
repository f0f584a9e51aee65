"""Run by scripts/bench_cache.py inside `manage.py shell`: the partnership edit form opened and
published as the admin does it (the form's own fields posted back with the publish button), on
the register of DATABASE_URL. Prints one JSON line."""

import json
import statistics
import time

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import connection, reset_queries
from django.test import Client
from django.urls import reverse

from bs4 import BeautifulSoup

from registers.models import Partnership

settings.ALLOWED_HOSTS = ["*"]
settings.DEBUG = True  # to count queries


def form_data(html):
    """What a browser posts for the edit form as shown."""
    form = BeautifulSoup(html, "html.parser").find("form", attrs={"data-edit-form": True})
    form = form or BeautifulSoup(html, "html.parser").find("form", method="post")
    data = []
    for field in form.find_all(["input", "select", "textarea"]):
        name = field.get("name")
        if not name or field.get("disabled") is not None:
            continue
        if field.name == "select":
            data += [
                (name, o.get("value", o.text)) for o in field.find_all("option", selected=True)
            ]
        elif field.name == "textarea":
            data.append((name, field.text))
        elif field.get("type") in ("checkbox", "radio"):
            if field.get("checked") is not None:
                data.append((name, field.get("value", "on")))
        elif field.get("type") not in ("submit", "button", "file"):
            data.append((name, field.get("value", "")))
    result = {}
    for name, value in data:
        result.setdefault(name, []).append(value)
    return result


ROUNDS = 5  # each opens the form and publishes it again; medians and the slowest are printed

user = get_user_model().objects.filter(is_superuser=True).first()
client = Client()
client.force_login(user)
partnership = Partnership.objects.filter(live=True).order_by("-pk").first()
url = reverse("wagtailsnippets_registers_partnership:edit", args=[partnership.pk])
client.get(url)  # warm
figures = {"partnerships": Partnership.objects.count(), "rounds": ROUNDS}
opened, saved, published_all = [], [], True
for _round in range(ROUNDS):
    reset_queries()
    start = time.perf_counter()
    response = client.get(url)
    opened.append(time.perf_counter() - start)
    figures["edit_form_queries"] = len(connection.queries)
    data = form_data(response.content.decode())
    data["action-publish"] = ["action-publish"]
    before = partnership.live_revision_id
    reset_queries()
    start = time.perf_counter()
    published = client.post(url, data)
    saved.append(time.perf_counter() - start)
    figures["publish_queries"] = len(connection.queries)
    partnership.refresh_from_db()
    published_all &= published.status_code == 302 and partnership.live_revision_id != before
figures["edit_form_s"] = statistics.median(opened)
figures["edit_form_max_s"] = max(opened)
figures["publish_s"] = statistics.median(saved)
figures["publish_max_s"] = max(saved)
figures["published"] = published_all
print(json.dumps(figures))
