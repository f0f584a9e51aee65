"""The province that runs the portal, and its role in a partnership.

The site setting (Settings › Portal, registers.models.PortalSettings) names it; without one,
the province whose CBS code is REGISTER_PROVINCE_CBS. "Role of the province" follows from
that province's own membership of a partnership (participant, lead party, supervisor,
grant provider …) unless an editor chose a role; it is stored on the partnership, so the
page, the factsheet, the facet, the exports and the API read the same value.
"""

from django.conf import settings

from wagtail.models import Site

from registers.choices import ProvinceRole, Role

# A membership's role -> the province's role in the partnership.
PROVINCE_ROLE_OF_MEMBERSHIP = {
    Role.DEELNEMER: ProvinceRole.DEELNEMER,
    Role.PENVOERDER: ProvinceRole.PENVOERDER,
    Role.CENTRUMGEMEENTE: ProvinceRole.PENVOERDER,
    Role.GASTHEER: ProvinceRole.PENVOERDER,
    Role.TOEZICHTHOUDER: ProvinceRole.TOEZICHTHOUDER,
    Role.SUBSIDIEVERSTREKKER: ProvinceRole.SUBSIDIEVERSTREKKER,
    Role.ADVISEUR: ProvinceRole.ADVISEUR,
    Role.WAARNEMER: ProvinceRole.WAARNEMER,
}
# When the province holds several memberships, the strongest role counts.
ROLE_ORDER = [
    ProvinceRole.PENVOERDER,
    ProvinceRole.DEELNEMER,
    ProvinceRole.TOEZICHTHOUDER,
    ProvinceRole.SUBSIDIEVERSTREKKER,
    ProvinceRole.ADVISEUR,
    ProvinceRole.WAARNEMER,
]


def portal_province(site=None):
    """The Organisation of the province that runs the portal (or None)."""
    from registers.models import Organisation, PortalSettings

    site = site or Site.objects.filter(is_default_site=True).first()
    if site is not None:
        chosen = PortalSettings.objects.filter(site=site).select_related("province").first()
        if chosen is not None and chosen.province is not None:
            return chosen.province
    code = settings.REGISTER_PROVINCE_CBS
    return Organisation.objects.filter(cbs_code=code).first() if code else None


def portal_province_code(site=None) -> str:
    province = portal_province(site)
    return province.cbs_code or "" if province else settings.REGISTER_PROVINCE_CBS or ""


def role_from_memberships(roles) -> str:
    """The province's role from the roles of its own memberships ("geen" without any)."""
    found = {PROVINCE_ROLE_OF_MEMBERSHIP.get(role) for role in roles}
    for role in ROLE_ORDER:
        if role in found:
            return role.value
    return ProvinceRole.GEEN.value
