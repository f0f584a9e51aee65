"""Absolute URLs from one source of truth: the Wagtail Site record.

Wagtail builds a page's full URL from its Site (hostname, port; port 443 means https). Every
other absolute link (robots.txt, language alternates, JSON and CSV exports, calendar
subscriptions, factsheets, mails) goes through here so that it names the same host and port,
whichever host the request came in on. `make run` and deployments set that record with
`manage.py configure_site` (SITE_HOSTNAME / SITE_PORT).
"""

from urllib.parse import urlsplit

from django.conf import settings

from wagtail.models import Site


def site_root_url(request=None) -> str:
    """scheme://host[:port] of the Site serving `request` (else the default Site)."""
    site = Site.find_for_request(request) if request is not None else None
    if site is None:
        site = Site.objects.filter(is_default_site=True).first()
    if site is not None:
        return site.root_url
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/")


def absolute_url(url: str, request=None) -> str:
    """`url` made absolute on the Site's root; a URL that already has a host is returned as is."""
    if urlsplit(url).scheme:
        return url
    return site_root_url(request) + "/" + url.lstrip("/")
