"""Route words in the page's own language.

A routable page declares its routes once, in Dutch (the site's first language). A page in
another language tree answers the same routes under its own words (/en/register/organisations/
rather than /en/register/organisaties/), makes its links with them, and sends the Dutch words,
which earlier versions used on English pages, on with a permanent redirect so old links and
bookmarks keep working.
"""

from django.http import HttpResponsePermanentRedirect

from wagtail.url_routing import RouteResult


def _moved_to(request, target):
    return HttpResponsePermanentRedirect(target)


class TranslatedRoutesMixin:
    """For a RoutablePageMixin page. ROUTE_WORDS maps a language to {Dutch words of a route's
    literal start: that language's words}, each a path such as "aanmelden/ontvangen/"."""

    ROUTE_WORDS: dict[str, dict[str, str]] = {}

    def _own_words(self) -> list[tuple[list[str], list[str]]]:
        """(Dutch components, own components) of this page's language, longest first so that
        "aanmelden/ontvangen/" wins over "aanmelden/"."""
        words = self.ROUTE_WORDS.get(self.locale.language_code.split("-")[0], {})
        pairs = [
            (dutch.strip("/").split("/"), own.strip("/").split("/")) for dutch, own in words.items()
        ]
        return sorted(pairs, key=lambda pair: -len(pair[0]))

    def subpath(self, dutch_subpath: str) -> str:
        """A route's path below the page ("organisaties/zaanstad/") in the page's words."""
        components = dutch_subpath.split("/")
        for dutch, own in self._own_words():
            if components[: len(dutch)] == dutch:
                return "/".join(own + components[len(dutch) :])
        return dutch_subpath

    @property
    def route_words(self) -> dict[str, str]:
        """For templates: {Dutch word: the page's word, with its slash}, e.g.
        `{% pageurl page %}{{ page.route_words.organisaties }}`."""
        declared = {dutch for words in self.ROUTE_WORDS.values() for dutch in words}
        return {dutch.strip("/"): self.subpath(dutch) for dutch in declared}

    def reverse_subpage(self, name, args=None, kwargs=None):
        return self.subpath(super().reverse_subpage(name, args=args, kwargs=kwargs))

    def route(self, request, path_components):
        components = list(path_components)
        for dutch, own in self._own_words():
            if dutch == own:
                continue
            if components[: len(own)] == own:
                # The page's own words: resolve the route as declared.
                return super().route(request, dutch + components[len(own) :])
            if components[: len(dutch)] == dutch:
                # The Dutch words under another language: the same route, moved for good.
                result = super().route(request, components)
                if result.page is not self:
                    return result  # not one of this page's routes: a child page or a 404
                target = self.get_url(request) + "/".join(own + components[len(dutch) :]) + "/"
                if request.META.get("QUERY_STRING"):
                    target += "?" + request.META["QUERY_STRING"]
                return RouteResult(self, args=(_moved_to, (target,), {}))
        return super().route(request, components)
