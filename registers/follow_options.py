"""Ways to follow a partnership, an organisation or a register selection, that higher apps
add beside the register's own feed links.

The register shows the Atom/RSS feeds of published changes (registers/feeds.py); an app above
it (the `subscriptions` app: e-mail digests) offers another way to follow the same thing. The
register must not import it (docs/architecture.md), so the app registers a *provider* here in
its ``ready()``, and the partnership page, the organisation page and the register's results
render every provider with ``{% follow_options "organisation" organisation %}``
(registers/templatetags/register_tags.py):

    follow_options.register("email", provider, order=10)

A provider is called with the kind (``"partnership"``, ``"organisation"`` or ``"selection"``),
the subject (a Partnership, an Organisation, or the selection's normalised query string) and
the template context, and returns HTML (a rendered, autoescaped template) or ``""``. It must
do a bounded amount of work and work without JavaScript: the pages are public.
"""

from collections.abc import Callable

from django.utils.safestring import SafeString, mark_safe

KINDS = ("partnership", "organisation", "selection")

Provider = Callable[[str, object, dict], str]

_providers: dict[str, tuple[int, Provider]] = {}


def register(key: str, provider: Provider, order: int = 100) -> None:
    """Add (or replace, by key) a provider. Lower `order` comes first."""
    _providers[key] = (order, provider)


def unregister(key: str) -> None:
    _providers.pop(key, None)


def render(kind: str, subject, context: dict) -> SafeString:
    if kind not in KINDS:
        raise ValueError(f"Unknown kind to follow: {kind!r}")
    parts = [
        provider(kind, subject, context)
        for _key, (_order, provider) in sorted(
            _providers.items(), key=lambda item: (item[1][0], item[0])
        )
    ]
    return mark_safe("".join(part for part in parts if part))  # rendered templates
