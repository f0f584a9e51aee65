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


# --- Roles that higher apps know about -------------------------------------------------------
# The stored role follows from memberships; other apps know of roles the register cannot see
# (the stimulans app: the province granted the partnership a Stimulans subsidy). They register a
# function here in their AppConfig.ready(); registers never imports them.
#     register_role_source(lambda partnership: [ProvinceRole.SUBSIDIEVERSTREKKER] if ... else [])
_ROLE_SOURCES = []


def register_role_source(source) -> None:
    """Add a callable (partnership) -> iterable of ProvinceRole values."""
    if source not in _ROLE_SOURCES:
        _ROLE_SOURCES.append(source)


def province_roles(partnership) -> list:
    """Every role of the province in `partnership`: the stored one first (unless "no role"),
    then those the registered sources add, without repeats. ["geen"] when there is none."""
    roles = []
    if partnership.province_role and partnership.province_role != ProvinceRole.GEEN:
        roles.append(ProvinceRole(partnership.province_role))
    # A preview of an entry never saved has no rows for other apps to look up.
    sources = _ROLE_SOURCES if partnership.pk else []
    for source in sources:
        for role in source(partnership) or ():
            role = ProvinceRole(role)
            if role != ProvinceRole.GEEN and role not in roles:
                roles.append(role)
    return roles or [ProvinceRole.GEEN]
