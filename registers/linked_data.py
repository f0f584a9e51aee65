"""JSON-LD for partnerships, with the TOOI vocabulary of the Dutch government where it fits."""

from cms.site_url import absolute_url

TOOI = "https://identifier.overheid.nl/tooi/def/ont/"


def partnership_jsonld(request, page, partnership, memberships) -> dict:
    url = absolute_url(page.partnership_url(partnership, request), request)
    data = {
        "@context": {"@vocab": "https://schema.org/", "tooi": TOOI},
        "@type": ["GovernmentOrganization", "tooi:Samenwerkingsorganisatie"],
        "@id": partnership.tooi_uri or url,
        "url": url,
        "name": partnership.name,
        "member": [
            {
                "@type": "OrganizationRole",
                "roleName": membership.get_role_display(),
                "member": {
                    "@type": "GovernmentOrganization",
                    "name": membership.organisation.name,
                    **(
                        {"identifier": membership.organisation.cbs_code}
                        if membership.organisation.cbs_code
                        else {}
                    ),
                    **(
                        {"sameAs": membership.organisation.tooi_uri}
                        if membership.organisation.tooi_uri
                        else {}
                    ),
                },
                **({"startDate": membership.joined.isoformat()} if membership.joined else {}),
                **({"endDate": membership.left.isoformat()} if membership.left else {}),
            }
            for membership in memberships
        ],
    }
    if partnership.abbreviation:
        data["alternateName"] = partnership.abbreviation
    if partnership.description:
        data["description"] = partnership.description
    if partnership.cbs_code:
        data["identifier"] = partnership.cbs_code
    if partnership.seat_place:
        data["address"] = {
            "@type": "PostalAddress",
            "streetAddress": partnership.seat_address,
            "postalCode": partnership.seat_postcode,
            "addressLocality": partnership.seat_place,
            "addressCountry": "NL",
        }
    if partnership.entry_into_force:
        data["foundingDate"] = partnership.entry_into_force.isoformat()
    if partnership.last_verified:
        data["dateModified"] = partnership.last_verified.isoformat()
    return data
