"""The public factsheet URLs, inside the language prefix: cms/urls.py places them before
Wagtail's catch-all. What each one serves: factsheets/routing.py."""

import re

from django.urls import re_path

from factsheets import routing

urlpatterns = [
    re_path(
        rf"^(?P<path>(?:[\w\-]+/)+){re.escape(routing.FILENAME)}$",
        routing.serve,
        name="factsheet",
    ),
]
