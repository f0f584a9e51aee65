"""The register's addresses for the broken-link report (pages/link_check.py): links to the
arrangement, document links of published partnerships and organisations' websites."""

from collections.abc import Iterator

from django.utils.translation import gettext as _

from wagtail.admin.admin_url_finder import AdminURLFinder

from pages.link_check import LinkPlace
from registers.models import Organisation, Partnership, PartnershipDocument


def register_links() -> Iterator[tuple[str, LinkPlace]]:
    finder = AdminURLFinder()
    places = {}

    def place_of(partnership_id, name, model=Partnership, label=None):
        key = (model, partnership_id)
        if key not in places:
            instance = model(pk=partnership_id)
            places[key] = LinkPlace("register", label or name, finder.get_edit_url(instance) or "")
        return places[key]

    public = Partnership.objects.public()
    for pk, name, url in public.exclude(legal_basis_url="").values_list(
        "pk", "name", "legal_basis_url"
    ):
        yield url, place_of(pk, name)
    documents = PartnershipDocument.objects.filter(partnership__in=public).exclude(url="")
    for pk, name, title, url in documents.values_list(
        "partnership_id", "partnership__name", "title", "url"
    ):
        yield url, LinkPlace("register", f"{name}: {title}", place_of(pk, name).edit_url)
    organisations = Organisation.objects.exclude(website="")
    for pk, name, url in organisations.values_list("pk", "name", "website"):
        yield url, place_of(pk, name, Organisation, _("%(name)s (website)") % {"name": name})
