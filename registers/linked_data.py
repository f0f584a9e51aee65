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
                    **identifiers(membership.organisation.identifiers),
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
    data.update(identifiers([("CBS", partnership.cbs_code), ("TOOI", partnership.tooi_uri)]))
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


def identifiers(pairs) -> dict:
    """schema.org `identifier` (a PropertyValue per scheme: CBS, TOOI) and `sameAs` (the
    TOOI URI, which names the same organisation in the government's own vocabulary)."""
    pairs = [(scheme, value) for scheme, value in pairs if value]
    data = {}
    if pairs:
        data["identifier"] = [
            {"@type": "PropertyValue", "propertyID": scheme, "value": value}
            for scheme, value in pairs
        ]
    tooi = [value for scheme, value in pairs if scheme == "TOOI"]
    if tooi:
        data["sameAs"] = tooi[0]
    return data


def organisation_jsonld(request, url: str, organisation) -> dict:
    data = {
        "@context": {"@vocab": "https://schema.org/", "tooi": TOOI},
        "@type": "GovernmentOrganization",
        "@id": organisation.tooi_uri or url,
        "url": url,
        "name": organisation.name,
        **identifiers(organisation.identifiers),
    }
    if organisation.active_until:
        data["dissolutionDate"] = organisation.active_until.isoformat()
    return data
