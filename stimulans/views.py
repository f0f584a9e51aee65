"""The applicant's pages (through the signed link) and the public list of granted projects.
Reached through StimulansPage's routes (stimulans/models/page.py)."""

from django.db import transaction
from django.http import Http404, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils.cache import patch_cache_control

from agenda import ratelimit
from cms.pagination import paginate
from stimulans import conf, emails
from stimulans.choices import EDITABLE, Status
from stimulans.forms import ApplicationForm, StartForm
from stimulans.grants import granted_projects
from stimulans.models import Application, Attachment
from stimulans.tokens import make_token, read_token
from stimulans.workflow import change_status

RATE_SCOPE = "stimulans"


def _personal(response):
    """Pages behind the signed link: never cached, and the link never leaks to another host as a
    Referer ("same-origin", not "no-referrer": with that, browsers post forms with Origin: null,
    which the CSRF check refuses)."""
    patch_cache_control(response, private=True, no_store=True)
    response["Referrer-Policy"] = "same-origin"
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response


def _application(token) -> Application:
    found = read_token(token)
    if found is None:
        raise Http404
    application = Application.objects.filter(uuid=found, anonymised_at__isnull=True).first()
    if application is None:
        raise Http404
    return application


def _context(page, **extra):
    return {"page": page, "rules": conf.rules(), **extra}


def start(request, page):
    """The first step: who applies. Creates the draft and mails its signed link."""
    if request.method == "POST":
        form = StartForm(request.POST)
        if form.is_spam():
            return HttpResponseRedirect(page.url)
        if ratelimit.is_limited(request, RATE_SCOPE):
            response = TemplateResponse(
                request, "stimulans/start.html", _context(page, form=StartForm(), limited=True)
            )
            response.status_code = 429
            return _personal(response)
        if form.is_valid():
            application = Application.objects.create(
                contact_name=form.cleaned_data["contact_name"],
                contact_email=form.cleaned_data["contact_email"],
                language=page.locale.language_code,
            )
            ratelimit.record(request, RATE_SCOPE)
            transaction.on_commit(lambda: emails.send_applicant_email(application, "draft_link"))
            return HttpResponseRedirect(
                page.route_url("application", make_token(application)) + "?nieuw=1"
            )
    else:
        form = StartForm()
    return _personal(TemplateResponse(request, "stimulans/start.html", _context(page, form=form)))


def _save(form, application):
    data = form.cleaned_data
    for field in ("contact_name", "contact_email", "contact_phone", "title", "description"):
        setattr(application, field, data.get(field) or "")
    for field in ("budget", "requested_amount", "own_contribution"):
        setattr(application, field, data.get(field))
    application.programme_line = data.get("programme_line")
    if data.get("applicant_name"):
        application.applicant = form.picked.get("applicant")
    else:
        application.applicant = None
    if data.get("partnership_name"):
        application.partnership = form.picked.get("partnership")
    else:
        application.partnership = None
    application.save()
    removed = [int(pk) for pk in data.get("remove_partners") or []]
    if removed:
        application.partners.remove(*removed)
    partner = form.picked.get("partner")
    if partner is not None:
        application.partners.add(partner)
    for attachment in application.attachments.filter(
        pk__in=[int(pk) for pk in data.get("remove_attachments") or []]
    ):
        attachment.delete()
    upload = data.get("attachment")
    if upload:
        attachment = Attachment(
            application=application,
            kind=data.get("attachment_kind") or "overig",
            original_name=upload.clean_name,
            size=upload.size,
        )
        attachment.file.save(upload.clean_name, upload, save=False)
        attachment.save()


def edit(request, page, token):
    """The application through its signed link: save the draft, or submit it."""
    application = _application(token)
    status_url = page.route_url("status", token)
    if application.status not in EDITABLE:
        return _personal(HttpResponseRedirect(status_url))
    language = page.locale.language_code
    saved = False
    too_large = request.method == "POST" and _too_large(request)
    if too_large:
        # Refused without validating or storing anything. Django still streams the body to a
        # temporary file (memory stays bounded; the CSRF check reads the form); the web
        # server's body limit should stop such a request earlier (docs/stimulans.md).
        request.method = "GET"
    if request.method == "POST":
        submitting = request.POST.get("action") == "submit"
        form = ApplicationForm(
            request.POST,
            request.FILES,
            application=application,
            language=language,
            complete=submitting,
        )
        if form.is_valid():
            with transaction.atomic():
                _save(form, application)
                if submitting:
                    if application.status == Status.CONCEPT:
                        change_status(application, Status.ONTVANGEN)
                    else:
                        change_status(application, Status.IN_BEHANDELING)
            if submitting:
                return _personal(HttpResponseRedirect(status_url + "?ingediend=1"))
            return _personal(
                HttpResponseRedirect(page.route_url("application", token) + "?opgeslagen=1")
            )
    else:
        form = ApplicationForm(
            initial=ApplicationForm.initial_for(application, language),
            application=application,
            language=language,
        )
        saved = "opgeslagen" in request.GET and not too_large
    context = _context(
        page,
        form=form,
        application=application,
        token=token,
        saved=saved,
        new="nieuw" in request.GET,
        status_url=status_url,
        partners=application.partners.order_by("name"),
        attachments=application.attachments.all(),
        too_large=too_large,
        max_mb=conf.attachment_max_bytes() // (1024 * 1024),
    )
    response = TemplateResponse(request, "stimulans/application_form.html", context)
    if too_large:
        response.status_code = 413
    return _personal(response)


def _too_large(request) -> bool:
    """The request body is larger than one attachment and the form can be."""
    try:
        length = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return False
    return length > conf.attachment_max_bytes() + 1024 * 1024


def status(request, page, token):
    """Where the application stands, for the applicant."""
    application = _application(token)
    context = _context(
        page,
        application=application,
        token=token,
        changes=application.status_changes.all(),
        attachments=application.attachments.all(),
        partners=application.partners.order_by("name"),
        submitted_now="ingediend" in request.GET,
        edit_url=page.route_url("application", token) if application.status in EDITABLE else "",
        title=application.display_title(page.locale.language_code),
    )
    return _personal(TemplateResponse(request, "stimulans/status.html", context))


def granted(request, page):
    """The public list of granted projects (Woo: who received what, when, for what)."""
    projects = paginate(request, granted_projects(), 25)
    context = _context(page, projects=projects, language=page.locale.language_code)
    return TemplateResponse(request, "stimulans/granted.html", context)
