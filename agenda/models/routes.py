"""The URLs of an event page: its routes and the links to routes named like files."""

from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from pages.models.routes import TranslatedRoutesMixin


def file_route_url(base_url: str | None, subpath: str) -> str | None:
    # Routes named like files (event.ics) are declared with a trailing slash, because that is
    # how Wagtail hands sub-paths to routable pages, but are linked without one
    # (cms/file_routes.py).
    if base_url is None:
        return None
    return base_url + subpath.rstrip("/")


def webcal_url(url: str) -> str:
    """The subscription link of a calendar feed: calendar apps poll webcal:// URLs."""
    return "webcal://" + url.split("://", 1)[-1]


class EventRoutesMixin(TranslatedRoutesMixin, RoutablePageMixin):
    """The event page, its registration form and what follows it (the personal registration
    page, cancelling) and its calendar entry. The views live in agenda/views.py; the page
    only maps URLs onto them."""

    # Declared in Dutch below; English event pages use English words and redirect the Dutch
    # ones, which links in earlier confirmation emails still carry (pages/models/routes.py).
    ROUTE_WORDS = {
        "en": {
            "aanmelden/": "register/",
            "aanmelden/ontvangen/": "register/received/",
            "inschrijving/": "registration/",
            "afmelden/": "cancel/",
        }
    }

    @path("", name="detail")
    def detail(self, request):
        from agenda import views

        return views.event_detail(request, self)

    @path("aanmelden/", name="register")
    def register(self, request):
        from agenda import views

        return views.register(request, self)

    @path("aanmelden/ontvangen/", name="registration_received")
    def registration_received(self, request):
        from agenda import views

        return views.registration_received(request, self)

    @path("inschrijving/<str:token>/", name="registration_detail")
    def registration_detail(self, request, token):
        from agenda import views

        return views.registration_detail(request, self, token)

    @path("inschrijving/<str:token>/event.ics/", name="registration_calendar")
    def registration_calendar(self, request, token):
        from agenda import views

        return views.registration_calendar(request, self, token)

    @path("afmelden/<str:token>/", name="cancel_registration")
    def cancel_registration(self, request, token):
        from agenda import views

        return views.cancel_registration(request, self, token)

    @path("event.ics/", name="calendar")
    def calendar(self, request):
        from agenda import views

        return views.event_calendar(request, self)

    def route_url(self, name: str, *args, full: bool = False, request=None) -> str | None:
        """The URL of one of this page's routes (absolute with full=True, for emails)."""
        base = self.get_full_url(request) if full else self.get_url(request)
        if base is None:
            return None
        subpath = self.reverse_subpage(name, args=args)
        if subpath.endswith(".ics/"):
            return file_route_url(base, subpath)
        return base + subpath
