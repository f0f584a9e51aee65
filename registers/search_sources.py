"""What the register brings to site search (search/sources.py): its published
partnerships and the organisations that take part in them, shown on the register page.

Registered by RegistersConfig.ready().
"""

from django.db.models import Count, Max, Prefetch, prefetch_related_objects
from django.utils.translation import gettext_lazy as _

from registers.models import (
    Membership,
    Organisation,
    Partnership,
    PolicyDomain,
    Region,
    RegisterPage,
)
from search.sources import ResultType, SearchSource

PARTNERSHIP_TYPE = ResultType(
    "samenwerkingsverband", _("Partnership"), "search/results/partnership.html"
)
ORGANISATION_TYPE = ResultType("organisatie", _("Organisation"), "search/results/organisation.html")


def register_page(request):
    """The register page of the visitor's language, looked up once per request: the hits
    of both register sources on a results page link to it."""
    if request is None:
        return RegisterPage.for_active_language()
    if not hasattr(request, "_search_register_page"):
        request._search_register_page = RegisterPage.for_active_language()
    return request._search_register_page


class PartnershipSource(SearchSource):
    model = Partnership

    def visible(self, locale):
        return Partnership.objects.public()

    def result_type(self, obj):
        return PARTNERSHIP_TYPE

    def title(self, obj):
        return obj.display_name

    def describe(self, hits, request):
        page = register_page(request)
        # A partnership without a description is described by its participants: fetch them
        # for the whole page at once.
        prefetch_related_objects(
            [hit.object for hit in hits if not hit.object.description],
            Prefetch("memberships", queryset=Membership.objects.select_related("organisation")),
        )
        for hit in hits:
            partnership = hit.object
            hit.url = page.partnership_url(partnership, request) if page else ""
            hit.text = partnership.description or ", ".join(
                membership.organisation.name for membership in partnership.memberships.all()[:12]
            )

    def vocabulary(self):
        public = Partnership.objects.public()
        return [
            *public.values_list("name", flat=True),
            *public.values_list("abbreviation", flat=True),
        ]

    def vocabulary_fingerprint(self):
        latest = Partnership.objects.public().aggregate(
            n=Count("pk"), last=Max("last_published_at")
        )
        return list(latest.values())

    def related_to_reindex(self, instance):
        # A partnership's index document shows the names or slugs of its participants,
        # policy domains and regions (Partnership.search_fields).
        public = Partnership.objects.public()
        if isinstance(instance, Organisation):
            return public.filter(memberships__organisation=instance).distinct()
        if isinstance(instance, PolicyDomain):
            return public.filter(domains=instance)
        if isinstance(instance, Region):
            return public.filter(regions=instance)
        return []


class OrganisationSource(SearchSource):
    model = Organisation

    def visible(self, locale):
        return Organisation.objects.filter(memberships__partnership__live=True).distinct()

    def querysets(self, locale):
        # Whether an organisation takes part in a published partnership is no indexed field.
        return Organisation.objects.all(), self.visible(locale)

    def result_type(self, obj):
        return ORGANISATION_TYPE

    def title(self, obj):
        return obj.name

    def describe(self, hits, request):
        page = register_page(request)
        for hit in hits:
            organisation = hit.object
            hit.url = page.organisation_url(organisation, request) if page else ""
            hit.text = f"{organisation.get_kind_display()} {organisation.cbs_code or ''}".strip()

    def vocabulary(self):
        return list(Organisation.objects.values_list("name", flat=True))

    def vocabulary_fingerprint(self):
        latest = Organisation.objects.aggregate(n=Count("pk"), last=Max("pk"))
        return list(latest.values())
