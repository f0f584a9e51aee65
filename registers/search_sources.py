"""What the register brings to site search (search/sources.py): its published
partnerships and the organisations that take part in them, shown on the register page.

Registered by RegistersConfig.ready().
"""

import re

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


_PARENTHESIS = re.compile(r"\(([^()]{2,12})\)")


def _fits(abbreviation: str, words: list[str]) -> bool:
    """The words' initials appear in order in the abbreviation, the first one first:
    "Gemeentelijke Gezondheidsdienst" fits GGD, "Omgevingsdienst Achterhoek" fits ODA."""
    letters = abbreviation.lower()
    if not words or not letters or words[0][0].lower() != letters[0]:
        return False
    position = 0
    for word in words:
        position = letters.find(word[0].lower(), position)
        if position < 0:
            return False
        position += 1
    return True


def abbreviations_in(name: str, abbreviation: str = "") -> list[tuple[str, str]]:
    """(abbreviation, the words it stands for) that a partnership's name teaches: the words
    in front of "(GGD)", or the name's words for its abbreviation field."""
    pairs = []
    candidates = [(match.group(1), name[: match.start()]) for match in _PARENTHESIS.finditer(name)]
    if abbreviation and len(abbreviation) <= 12:
        candidates.append((abbreviation, _PARENTHESIS.sub(" ", name)))
    for short, before in candidates:
        short = short.strip()
        if not re.fullmatch(r"[A-Za-z]{2,8}", short) or not short[1:].isupper():
            continue
        words = re.findall(r"[^\W\d_]{3,}", before)
        # The fewest words in front that fit: "Gemeentelijke Gezondheidsdienst", not the
        # whole name.
        for count in range(1, min(len(short), len(words)) + 1):
            if _fits(short, words[-count:]) and count >= min(2, len(short)) - (
                1 if len(words[-count]) > 12 else 0
            ):
                pairs.append((short, " ".join(words[-count:])))
                break
    return pairs


class PartnershipSource(SearchSource):
    model = Partnership
    fixed_type = PARTNERSHIP_TYPE

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
        # Every text the index holds of a partnership that names something (its name,
        # abbreviation, domains in both languages, tags); participants come from the
        # organisation source.
        public = Partnership.objects.public()
        return [
            *public.values_list("name", flat=True),
            *public.values_list("abbreviation", flat=True),
            *PolicyDomain.objects.values_list("name", flat=True),
            *PolicyDomain.objects.values_list("name_en", flat=True),
            *public.exclude(tags=None).values_list("tags__name", flat=True).distinct(),
        ]

    def english_vocabulary(self):
        return list(PolicyDomain.objects.values_list("name_en", flat=True))

    def synonyms(self):
        public = Partnership.objects.public()
        pairs = []
        for name, abbreviation in public.values_list("name", "abbreviation"):
            pairs += abbreviations_in(name, abbreviation)
        return pairs

    def vocabulary_fingerprint(self):
        latest = Partnership.objects.public().aggregate(
            n=Count("pk"), last=Max("last_published_at")
        )
        return [*latest.values(), PolicyDomain.objects.count()]

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
    fixed_type = ORGANISATION_TYPE

    def visible(self, locale):
        return Organisation.objects.public().filter(memberships__partnership__live=True).distinct()

    def querysets(self, locale):
        # Whether an organisation takes part in a published partnership is no indexed field.
        return Organisation.objects.public(), self.visible(locale)

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
        return list(Organisation.objects.public().values_list("name", flat=True))

    def vocabulary_fingerprint(self):
        latest = Organisation.objects.aggregate(n=Count("pk"), last=Max("pk"))
        return list(latest.values())
