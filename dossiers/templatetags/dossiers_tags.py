"""Template tags of the dossiers: links from a Belangenbehartiging dossier into the register."""

from django import template
from django.utils.html import format_html

from pages.templatetags.pages_tags import lang_nl

register = template.Library()


@register.simple_tag(takes_context=True)
def dossier_register_link(context, obj):
    """A link to a partnership's or organisation's page in the register of the visitor's
    language; the name alone when there is no register page."""
    from registers.models import Organisation, RegisterPage

    cache = context.render_context
    if "dossier_register_page" not in cache:
        cache["dossier_register_page"] = RegisterPage.for_active_language()
    page = cache["dossier_register_page"]
    request = context.get("request")
    name = obj.name if isinstance(obj, Organisation) else obj.display_name
    if page is None:
        return format_html("<span{}>{}</span>", lang_nl(), name)
    if isinstance(obj, Organisation):
        url = page.organisation_url(obj, request)
    else:
        url = page.partnership_url(obj, request)
    return format_html('<a class="utrecht-link" href="{}"{}>{}</a>', url, lang_nl(), name)
