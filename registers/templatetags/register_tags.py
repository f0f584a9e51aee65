"""Template tags for the register: its facet checkboxes, and the way into the register that
pages of other apps show (the home page's register teaser, whose portal this is)."""

from django import template
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import ngettext

from pages.templatetags.pages_tags import dutch_in_brackets, in_dutch
from registers.choices import FACETS_WITH_DUTCH_NAMES
from registers.search import kept

register = template.Library()


@register.simple_tag
def register_page_for(page):
    """The live register page of the language tree of `page` (a home page), or None."""
    from registers.models import RegisterPage

    if page is None:
        return None
    return RegisterPage.objects.live().public().child_of(page).first()


@register.simple_tag(takes_context=True)
def organisation_section(context, section):
    """Render one section of an organisation page (registers/organisation_sections.py) with
    the page's context plus the section's own."""
    from django.template.loader import render_to_string

    values = context.flatten()
    values.update(section.context)
    return render_to_string(section.template, values)


@register.simple_tag(takes_context=True)
def portal_province(context):
    """The province that runs the portal (registers/province.py), for the request's site."""
    from wagtail.models import Site

    from registers.province import portal_province as find

    request = context.get("request")
    return find(Site.find_for_request(request) if request is not None else None)


# Values shown before the rest of a facet folds into "Show all N values".
FACET_VALUES_SHOWN = 8


@register.simple_tag
def facet_fieldsets(facet_results):
    """The fieldsets of the register's facets that have values, each with its checkboxes.

    Built here rather than in the template: a facet lists every value with its count (all
    participants, all regions: over a thousand checkboxes on the register page), and a
    dozen template nodes per checkbox made rendering them cost more than the search itself.
    """
    # Values kept per register generation render the same until the next publish
    # (registers/search.py _facet_counts): the thousand checkboxes are rendered once and
    # read back as one piece (one cache read, not one per facet).
    key = facet_results[0].cache_key if facet_results else ""
    html = kept(key, lambda: str(_fieldsets(facet_results)))
    return mark_safe(html)  # noqa: S308 - built by format_html below, escaped there


def _fieldsets(facet_results):
    return format_html_join(
        "\n",
        '<fieldset class="utrecht-form-fieldset facet">\n'
        '<legend class="utrecht-form-fieldset__legend">{}</legend>\n{}\n</fieldset>',
        (
            (facet_result.facet.label, _facet_options(facet_result))
            for facet_result in facet_results
            if facet_result.values
        ),
    )


def _facet_options(facet_result):
    param = facet_result.facet.param
    values = facet_result.values
    # Dutch names marked as Dutch on English pages; English labels quote Dutch legal terms.
    label_of = in_dutch if param in FACETS_WITH_DUTCH_NAMES else dutch_in_brackets

    def options(items, start):
        return format_html_join(
            "\n",
            '<div class="facet__option"><input class="utrecht-checkbox '
            'utrecht-checkbox--html-input" type="checkbox" id="f-{0}-{1}" name="{0}" '
            'value="{2}"{3}><label for="f-{0}-{1}">{4} <span class="facet__count">({5})'
            "</span></label></div>",
            (
                (
                    param,
                    number,
                    item.value,
                    " checked" if item.selected else "",
                    label_of(item.label),
                    item.count,
                )
                for number, item in enumerate(items, start)
            ),
        )

    shown = options(values[:FACET_VALUES_SHOWN], 1)
    rest = values[FACET_VALUES_SHOWN:]
    if not rest:
        return shown
    summary = ngettext("Show all %(counter)s value", "Show all %(counter)s values", len(values)) % {
        "counter": len(values)
    }
    folded = format_html(
        '<details class="facet__more"{}><summary>{}</summary>\n{}\n</details>',
        mark_safe(" open") if any(item.selected for item in rest) else "",
        summary,
        options(rest, FACET_VALUES_SHOWN + 1),
    )
    return format_html("{}\n{}", shown, folded)


@register.simple_tag
def province_roles(partnership):
    """The province's roles in a partnership, stored and added by other apps
    (registers/province.py), as labels."""
    from registers.province import province_roles as roles

    return [role.label for role in roles(partnership)]


@register.simple_tag(takes_context=True)
def partnership_sections(context, partnership, place="detail"):
    """Sections other apps add to a partnership page (registers/partnership_sections.py)."""
    from registers.partnership_sections import render_partnership_sections

    flat = context.flatten()
    flat["partnership"] = partnership
    return render_partnership_sections(place, flat)


@register.simple_tag(takes_context=True)
def follow_options(context, kind, subject):
    """Other ways to follow `subject` than the feeds (registers/follow_options.py)."""
    from registers.follow_options import render

    return render(kind, subject, context.flatten())
