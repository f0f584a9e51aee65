"""What the instruments add to a partnership's pages (registers/partnership_sections.py):
its phase according to the Fasescan with links to its Rollenkaart and to the Fasescan, and on the
verification round's page a link to the Fasescan that may save the phase."""

from django.utils.http import urlencode

from registers.partnership_sections import PartnershipSection


def _tool_page(model, locale_code):
    """The live page of `model` in the visitor's language (or Dutch), or None."""
    from wagtail.models import Locale

    pages = model.objects.live().public()
    return (
        pages.filter(locale__language_code=locale_code).first()
        or pages.filter(locale=Locale.get_default()).first()
    )


def _language(context):
    from django.utils.translation import get_language

    return (get_language() or "nl").split("-")[0]


def detail_context(context):
    from instruments.models import FasescanPage, PartnershipPhase, RollenkaartPage
    from instruments.views import may_save_phases

    partnership = context["partnership"]
    if not getattr(partnership, "pk", None):
        return None  # a preview of an unsaved entry
    request = context.get("request")
    language = _language(context)
    scan = _tool_page(FasescanPage, language)
    role_map = _tool_page(RollenkaartPage, language)
    can_save = request is not None and may_save_phases(request.user)
    fasescan_url = ""
    if scan is not None:
        fasescan_url = scan.get_url(request)
        if can_save:
            fasescan_url += "?" + urlencode({"samenwerkingsverband": partnership.slug})
    return {
        "partnership": partnership,
        "phase": PartnershipPhase.objects.latest_for(partnership),
        "rollenkaart_url": role_map.partnership_url(partnership, request) if role_map else "",
        "fasescan_url": fasescan_url,
        "can_save": can_save,
    }


def verification_context(context):
    from instruments.models import FasescanPage, PartnershipPhase

    token = context.get("token")
    verification_request = context.get("verification_request")
    scan = _tool_page(FasescanPage, _language(context))
    if not token or scan is None or verification_request is None:
        return None
    url = scan.get_url(context.get("request")) + "?" + urlencode({"verificatie": token})
    return {
        "fasescan_url": url,
        "saved": PartnershipPhase.objects.filter(verification_request=verification_request).first(),
        # On an organisation's page of the round one partnership is a section with an h2:
        # its Fasescan is an h3 there, with an id of its own.
        "heading_level": 3 if context.get("invitation") else 2,
        "heading_id": f"verification-fasescan-heading-{verification_request.pk}",
    }


SECTIONS = [
    PartnershipSection(
        key="instruments.phase_and_roles",
        template="instruments/partnership_section.html",
        context=detail_context,
        places=frozenset({"detail"}),
        order=50,
    ),
    PartnershipSection(
        key="instruments.verification_fasescan",
        template="instruments/verification_section.html",
        context=verification_context,
        places=frozenset({"verification"}),
        order=50,
    ),
]
