"""WSGI entry point for gunicorn: `gunicorn cms.wsgi`."""

import gc
import os

from django.core.wsgi import get_wsgi_application
from django.urls import get_resolver

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings")

application = get_wsgi_application()

# Load the URLconf now, then move everything loaded at start-up (Django, Wagtail, our apps:
# some 200,000 objects) out of the garbage collector's reach. Otherwise every full
# collection walks them all, and about one request in a dozen paid some 140 ms for it.
# With gunicorn --preload, frozen objects also stay shared between the forked workers.
get_resolver().url_patterns  # noqa: B018 - imported for its side effect
gc.collect()
gc.freeze()
