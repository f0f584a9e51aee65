"""Sections that higher layers add to a partnership's pages.

`registers` shows a partnership (its public page, the verification round's page) but must not
import the apps above it (docs/architecture.md). An app that has something to say about a
partnership — the instruments' Fasescan phase and Rollenkaart, for instance — registers a
`PartnershipSection` in its `AppConfig.ready()`; the page renders every registered section for
its *place* with `{% partnership_sections partnership "detail" %}` (registers/templatetags/
register_tags.py), in the order of `order`, then key.

Places:
- ``"detail"``: the public partnership page (registers/views.py partnership_detail); the
  context holds ``request``, ``page`` (the RegisterPage) and ``partnership``;
- ``"verification"``: the page behind a verification mail's link (registers/
  verification_views.py); the context also holds ``verification_request`` and ``token``.

A section's `context` callable gets that context and returns the template's context, or None
to leave the section out for this partnership. It must do a bounded amount of work: the page
is public.
"""

from collections.abc import Callable
from dataclasses import dataclass, field

from django.template.loader import render_to_string
from django.utils.safestring import SafeString, mark_safe

PLACES = ("detail", "verification")


@dataclass(frozen=True)
class PartnershipSection:
    key: str
    template: str
    context: Callable[[dict], dict | None]
    places: frozenset = field(default_factory=lambda: frozenset({"detail"}))
    order: int = 100


_sections: dict[str, PartnershipSection] = {}


def register_partnership_section(section: PartnershipSection) -> PartnershipSection:
    """Add (or replace, by key) a section; called from an AppConfig.ready()."""
    unknown = set(section.places) - set(PLACES)
    if unknown:
        raise ValueError(f"Unknown partnership page place(s): {', '.join(sorted(unknown))}")
    _sections[section.key] = section
    return section


def unregister_partnership_section(key: str) -> None:
    _sections.pop(key, None)


def partnership_sections(place: str) -> list[PartnershipSection]:
    return sorted(
        (s for s in _sections.values() if place in s.places), key=lambda s: (s.order, s.key)
    )


def render_partnership_sections(place: str, context: dict) -> SafeString:
    """The HTML of every section registered for `place`, in order."""
    request = context.get("request")
    parts = []
    for section in partnership_sections(place):
        section_context = section.context(dict(context))
        if section_context is None:
            continue
        parts.append(render_to_string(section.template, section_context, request=request))
    return mark_safe("".join(parts))  # rendered, autoescaped templates
