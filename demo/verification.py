"""Demo: a verification round that runs end to end (issue 14).

After the register import (`load_demo --link-register`, in `make demo`) a handful of
organisations get an invented contact address for verification,
`verificatie@<slug>.voorbeeld.nl` (voorbeeld.nl: clearly not real; DEBUG sends mail to the
console). Chosen: the municipalities with the most current participations in the portal
province (else in the register), so one mail lists several partnerships. Addresses set by
hand are left alone; a second run changes nothing.
"""

from django.db.models import Count, Q

DEMO_ORGANISATIONS = 5
DEMO_DOMAIN = "voorbeeld.nl"


def demo_address(organisation) -> str:
    return f"verificatie@{organisation.slug}.{DEMO_DOMAIN}"


def give_demo_addresses(count: int = DEMO_ORGANISATIONS) -> int:
    """Returns the number of organisations that got a demo address (0 on a second run)."""
    from registers.choices import OrganisationKind
    from registers.models import Organisation
    from registers.province import portal_province

    if Organisation.objects.filter(verification_email__endswith=f".{DEMO_DOMAIN}").exists():
        return 0
    candidates = Organisation.objects.filter(kind=OrganisationKind.GEMEENTE).annotate(
        current=Count(
            "memberships",
            filter=Q(memberships__left__isnull=True, memberships__partnership__live=True),
        )
    )
    province = portal_province()
    if province is not None and candidates.filter(province=province, current__gt=0).exists():
        candidates = candidates.filter(province=province)
    chosen = list(
        candidates.filter(current__gt=0, verification_email="").order_by("-current", "name")[:count]
    )
    for organisation in chosen:
        organisation.verification_email = demo_address(organisation)
        organisation.save(update_fields=["verification_email"])
    return len(chosen)
