"""Template tags for other pages: an organisation's Stimulans grants (the municipality dossier
includes `{% stimulans_grants_for organisation %}`) and the public list's URL."""

from django import template
from django.utils.translation import get_language

from stimulans.forms import euro

register = template.Library()


@register.inclusion_tag("stimulans/includes/grants_for_organisation.html", takes_context=True)
def stimulans_grants_for(context, organisation, heading_level=2):
    from stimulans.grants import grants_for_organisation

    return {
        "grants": list(grants_for_organisation(organisation)[:50]),
        "organisation": organisation,
        "heading_level": heading_level,
        "granted_url": granted_list_url(),
        "language": (get_language() or "nl")[:2],
        "request": context.get("request"),
    }


@register.simple_tag
def granted_list_url():
    """The public list of granted projects in the active language, or ""."""
    from stimulans.models import StimulansPage

    language = (get_language() or "nl")[:2]
    page = StimulansPage.objects.live().public().filter(locale__language_code=language).first()
    return page.route_url("granted") if page is not None else ""


@register.filter
def euros(value):
    return euro(value)


@register.simple_tag
def project_title(application, language):
    return application.display_title(language)


@register.simple_tag(takes_context=True)
def partnership_link(context, partnership):
    """The partnership's page in the register of the active language, or "" (it is not public)."""
    from registers.models import RegisterPage

    if partnership is None or not partnership.live:
        return ""
    language = (get_language() or "nl")[:2]
    cache = context.render_context.setdefault("stimulans_register_pages", {})
    if language not in cache:
        cache[language] = (
            RegisterPage.objects.live().public().filter(locale__language_code=language).first()
        )
    page = cache[language]
    return page.partnership_url(partnership) if page is not None else ""
