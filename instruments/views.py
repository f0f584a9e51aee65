"""The Fasescan and the Rollenkaart as visitors use them. The pages (instruments/models/
tools.py) only map URLs onto these views. Everything works without JavaScript; every
request does a bounded amount of work (six answers, one partnership)."""

import csv
import io

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.text import slugify
from django.views.decorators.cache import never_cache

from cms.spreadsheets import safe_cell
from instruments import fasescan as rule
from instruments import rollenkaart
from instruments.forms import FasescanForm, SavePhaseForm
from instruments.models import PartnershipPhase
from registers import verification
from registers.models import Partnership, RegisterPage

CHANGE_PARTNERSHIP = "registers.change_partnership"


def may_save_phases(user) -> bool:
    return user.is_authenticated and user.has_perm(CHANGE_PARTNERSHIP)


def suggested_tools(page, phase: str):
    """The live tools beside the Fasescan (same Instrumentenkoffer, same language) that fit
    `phase`, the Fasescan itself left out."""
    from instruments.models.tools import ToolPageBase

    siblings = page.get_siblings(inclusive=False).live().public().specific()
    return [p for p in siblings if isinstance(p, ToolPageBase) and p.fits(phase)]


def _read_token(token):
    try:
        # One partnership's request of the round (also for an older per-partnership link).
        return verification.read_request(token)
    except verification.LinkInvalid as error:
        raise _InvalidLink(error.expired) from error


class _InvalidLink(Exception):
    def __init__(self, expired):
        self.expired = expired


def _invalid_link(request, error):
    return render(
        request,
        "registers/verify_invalid.html",
        {"expired": error.expired},
        status=410 if error.expired else 404,
    )


TOKEN_PARAMETER = "verificatie"


@never_cache
def fasescan(request, page):
    """GET: the questions, and with answers the result. With ?verificatie=<token> (the
    verification round's link) the scan is for that link's partnership, and a POST with the
    same token saves the result on it."""
    verification_request = None
    token = request.GET.get(TOKEN_PARAMETER) or request.POST.get(TOKEN_PARAMETER) or None
    if token is not None:
        try:
            verification_request = _read_token(token)
        except _InvalidLink as error:
            return _invalid_link(request, error)
        if request.method == "POST":
            return _save(request, page, verification_request=verification_request, token=token)
    if request.method not in ("GET", "HEAD"):
        return HttpResponse(status=405, headers={"Allow": "GET, HEAD"})

    form = FasescanForm(request.GET if FasescanForm.is_submitted(request.GET) else None)
    result = None
    if form.is_bound and form.is_valid():
        result = rule.score(form.answers())
    return _render(
        request, page, form, result, verification_request=verification_request, token=token
    )


def _render(request, page, form, result, *, verification_request=None, token=None, save=None):
    partnership = verification_request.partnership if verification_request else None
    chosen = request.GET.get("samenwerkingsverband", "")[:120]
    can_save = verification_request is not None or may_save_phases(request.user)
    if result is not None and can_save and save is None:
        initial = dict(form.answers())
        if verification_request is None and chosen:
            initial["partnership"] = chosen
        save = SavePhaseForm(initial=initial, with_partnership=verification_request is None)
    saved = None
    if verification_request is not None:
        saved = PartnershipPhase.objects.filter(verification_request=verification_request).first()
    save_errors = save is not None and save.is_bound and bool(save.errors)
    response = page.render(
        request,
        context_overrides={
            # base.html puts "Fout:" in the title when `form` has errors.
            "form": save if save_errors else form,
            "scan_form": form,
            "result": result,
            "suggestions": suggested_tools(page, result.phase) if result else [],
            "save_form": save,
            "verification_request": verification_request,
            "token": token,
            "partnership": partnership,
            "chosen_partnership": chosen,
            "saved": saved,
            "just_saved": request.GET.get("opgeslagen") == "1" and saved is not None,
        },
    )
    if (form.is_bound and form.errors) or save_errors:
        response.status_code = 400
    return response


@never_cache
def fasescan_save(request, page):
    """POST …/fasescan/opslaan/: a registerbeheerder saves a result on a partnership."""
    if request.method != "POST":
        return HttpResponse(status=405, headers={"Allow": "POST"})
    if not may_save_phases(request.user):
        raise PermissionDenied
    return _save(request, page)


def _save(request, page, *, verification_request=None, token=None):
    """Score the posted answers again (a posted phase is never trusted) and save the phase."""
    save = SavePhaseForm(request.POST, with_partnership=verification_request is None)
    scan = FasescanForm(request.POST)
    if not (save.is_valid() and scan.is_valid()):
        result = rule.score(scan.answers()) if scan.is_valid() else None
        return _render(
            request,
            page,
            scan,
            result,
            verification_request=verification_request,
            token=token,
            save=save,
        )
    answers = save.answers()
    result = rule.score(answers)
    values = {
        "phase": result.phase,
        "answers": answers,
        "scores": result.scores,
        "saved_at": timezone.now(),
    }
    with transaction.atomic():
        if verification_request is not None:
            PartnershipPhase.objects.update_or_create(
                verification_request=verification_request,
                defaults={
                    **values,
                    "partnership": verification_request.partnership,
                    "source": PartnershipPhase.Source.VERIFICATION,
                    "saved_by": None,
                },
            )
        else:
            PartnershipPhase.objects.create(
                **values,
                partnership=save.cleaned_data["partnership"],
                source=PartnershipPhase.Source.REGISTER_MANAGEMENT,
                saved_by=request.user,
            )
    if verification_request is not None:
        query = urlencode({TOKEN_PARAMETER: token, "opgeslagen": "1"})
        return HttpResponseRedirect(f"{request.path}?{query}")
    partnership = save.cleaned_data["partnership"]
    register = RegisterPage.for_active_language()
    if register is None:
        return HttpResponseRedirect(page.get_url(request))
    return HttpResponseRedirect(register.partnership_url(partnership, request) + "#fasescan")


# --- Rollenkaart ------------------------------------------------------------------------


def _public_partnership(slug):
    partnership = Partnership.objects.public().filter(slug=slug[:120]).first()
    if partnership is None:
        raise Http404
    return partnership


def rollenkaart_map(request, page, slug):
    partnership = _public_partnership(slug)
    role_map = rollenkaart.build(partnership)
    register = RegisterPage.for_active_language()
    return page.render(
        request,
        template="instruments/rollenkaart.html",
        context_overrides={
            "partnership": partnership,
            "rollenkaart": role_map,
            "partnership_url": register.partnership_url(partnership, request) if register else "",
            "breadcrumb_trail": [(partnership.name, None, "nl")],
        },
    )


def rollenkaart_csv(request, page, slug):
    partnership = _public_partnership(slug)
    role_map = rollenkaart.build(partnership)
    text = io.StringIO()
    writer = csv.DictWriter(text, fieldnames=rollenkaart.CSV_COLUMNS)
    writer.writeheader()
    for row in role_map.csv_rows():
        writer.writerow({key: safe_cell(value) for key, value in row.items()})
    response = HttpResponse("\ufeff" + text.getvalue(), content_type="text/csv; charset=utf-8")
    filename = f"rollenkaart-{slugify(partnership.slug)}.csv"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
