"""Views behind the routes of EventPage and EventIndexPage (the models only dispatch here)."""

from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils.cache import patch_cache_control
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from agenda import ical, ratelimit
from agenda import registration as service
from agenda.choices import RegistrationStatus
from agenda.feeds import FEEDS
from agenda.forms import RegistrationForm

CALENDAR_CONTENT_TYPE = "text/calendar; charset=utf-8"


# --- the event page and registration ---------------------------------------------------------


def event_detail(request, page):
    return page.render(request)


def _render_form(request, page, form, *, refusal=None, status=200):
    response = page.render(request, context_overrides={"form": form, "refusal": refusal})
    response.status_code = status
    return response


@require_http_methods(["GET", "POST"])
def register(request, page):
    """POST the registration form. Invalid input and refusals re-render the event page with
    the messages; success redirects (so reloading does not post again)."""
    if request.method != "POST":
        return HttpResponseRedirect(page.url + "#aanmelden")
    form = RegistrationForm(request.POST)
    if form.is_spam():
        # Bots get what looks like success; nothing is stored or sent.
        ratelimit.record(request)
        return HttpResponseRedirect(page.route_url("registration_received", request=request))
    if ratelimit.is_limited(request):
        refusal = _(
            "Too many registrations have been made from your internet connection. "
            "Please try again in an hour, or email the organiser."
        )
        return _render_form(request, page, form, refusal=refusal, status=429)
    if not form.is_valid():
        return _render_form(request, page, form)
    try:
        registration = service.register(page, form.cleaned_data, get_language())
    except service.RegistrationRefused as refused:
        if refused.reason == "duplicate":
            form.add_error("email", refused.message)
            return _render_form(request, page, form)
        return _render_form(request, page, form, refusal=refused.message)
    ratelimit.record(request)
    url = page.route_url("registration_received", request=request)
    if registration.status == RegistrationStatus.WAITLISTED:
        url += "?wachtlijst=1"
    return HttpResponseRedirect(url)


def registration_received(request, page):
    return TemplateResponse(
        request,
        "agenda/registration_received.html",
        {
            **page.get_context(request),
            "waitlisted": request.GET.get("wachtlijst") == "1",
            "breadcrumb_trail": [(_("Registration received"), None)],
        },
    )


def _private(response):
    # Personal pages: never cached by a proxy, never indexed.
    patch_cache_control(response, private=True, no_store=True)
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response


def _registration_or_404(page, token):
    registration = service.find_registration(page, token)
    if registration is None:
        raise Http404
    return registration


def registration_detail(request, page, token):
    """The registrant's own page: details, the online link, calendar file, cancel button."""
    registration = _registration_or_404(page, token)
    event = registration.event
    context = {
        **page.get_context(request),
        "registration": registration,
        "online_url": page.online_url or event.online_url,
        "registration_calendar_url": page.route_url(
            "registration_calendar", registration.token, request=request
        ),
        "cancel_url": page.route_url("cancel_registration", registration.token, request=request),
        "can_cancel": registration.is_active and not event.has_started,
        "breadcrumb_trail": [(_("Your registration"), None)],
    }
    return _private(TemplateResponse(request, "agenda/registration_detail.html", context))


def registration_calendar(request, page, token):
    registration = _registration_or_404(page, token)
    if not registration.is_active:
        raise Http404
    body = ical.calendar_bytes([page], request=request, registration=registration)
    response = HttpResponse(body, content_type=CALENDAR_CONTENT_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{page.slug}.ics"'
    return _private(response)


@require_http_methods(["GET", "POST"])
def cancel_registration(request, page, token):
    """GET asks for confirmation; POST cancels and redirects back here (which then says so)."""
    registration = _registration_or_404(page, token)
    event = registration.event
    if request.method == "POST" and registration.is_active and not event.has_started:
        service.cancel(registration)
        return HttpResponseRedirect(
            page.route_url("cancel_registration", registration.token, request=request)
        )
    context = {
        **page.get_context(request),
        "registration": registration,
        "can_cancel": registration.is_active and not event.has_started,
        "registration_url": page.route_url(
            "registration_detail", registration.token, request=request
        ),
        "breadcrumb_trail": [(_("Cancel registration"), None)],
    }
    return _private(TemplateResponse(request, "agenda/cancel_registration.html", context))


# --- calendars and feeds ---------------------------------------------------------------------


def event_calendar(request, page):
    body = ical.calendar_bytes([page], request=request)
    response = HttpResponse(body, content_type=CALENDAR_CONTENT_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{page.slug}.ics"'
    return response


def index_calendar(request, index):
    """The subscribable calendar: every event of the index (past ones too, and cancelled ones
    with STATUS:CANCELLED), filtered like the listing (?programmalijn=3, ?doelgroep=…)."""
    events, _selected = index.filter_events(request.GET)
    body = ical.calendar_bytes(
        events.order_by("start", "pk"),
        name=index.title,
        description=index.intro or None,
        feed=True,
        request=request,
    )
    response = HttpResponse(body, content_type=CALENDAR_CONTENT_TYPE)
    response["Content-Disposition"] = 'inline; filename="feed.ics"'
    patch_cache_control(response, public=True, max_age=900)
    return response


def index_feed(request, index, kind):
    return FEEDS[kind]()(request, index=index)
