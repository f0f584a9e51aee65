"""Sections that higher apps add to an organisation's page in the register.

The register (this app) sits below the apps that know more about an organisation — the
province's municipality dossier (account holders, interbestuurlijk toezicht), the agenda's
events for its regions, Stimulans grants. It must not import them, so they register a
*section provider* here, in their app's ``ready()``:

    from registers import organisation_sections

    def account_holders(organisation, request, page):
        holders = list(organisation.account_holders.all())
        if not holders:
            return None  # nothing to show: no section
        return organisation_sections.Section(
            template="dossiers/sections/account_holders.html",
            context={"holders": holders},
        )

    organisation_sections.register("account_holders", account_holders, order=10)

A provider is called with the organisation, the request and the register page serving it,
and returns a ``Section`` or ``None``. The organisation page renders every section, in
``order`` (then key), with its own context plus the section's context: sections with
``placement="top"`` between the page header and the partnerships, the others after the
partnerships. Rules a provider keeps:

- its template starts with an ``<h2>`` inside a ``<section aria-labelledby=…>`` (the page's
  heading outline), shows only public content and works without JavaScript;
- its work is bounded (a fixed number of queries, limited rows): the page is public;
- what it shows must purge the page cache when it changes (``cms.page_cache
  .purge_when_changed(Model)`` in the same ``ready()``).

An organisation without published partnerships has a page when a section has content
(``has_sections``), e.g. a waterschap with only a toezicht judgement.
"""

from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Section:
    """One block of an organisation page: a template and what it needs besides the page."""

    template: str
    context: dict = field(default_factory=dict)
    key: str = ""
    # "top": after the page's header, before its partnerships (the province's own dossier);
    # "bottom": after the partnerships (events, grants).
    placement: str = "bottom"


Provider = Callable[..., "Section | None"]

_providers: dict[str, tuple[int, Provider]] = {}


def register(key: str, provider: Provider, order: int = 100) -> None:
    """Add (or replace, by key) a section provider. Lower `order` comes first."""
    _providers[key] = (order, provider)


def unregister(key: str) -> None:
    _providers.pop(key, None)


def registered() -> list[str]:
    return [key for key, _ in sorted(_providers.items(), key=lambda item: (item[1][0], item[0]))]


def sections_for(organisation, request=None, page=None) -> list[Section]:
    """The sections with content for `organisation`, in order."""
    sections = []
    for key in registered():
        _order, provider = _providers[key]
        section = provider(organisation, request, page)
        if section is not None:
            if not section.key:
                section = Section(section.template, section.context, key, section.placement)
            sections.append(section)
    return sections
