"""The Rollenkaart of a partnership: who plays which role, built from the register.

Each participant (registers.models.Membership) keeps its register role (registers.choices.Role).
The Rollenkaart groups those roles under the four hats of the Instrumentenkoffer's handout,
so a reader sees who carries the collaboration, who carries out the work, who pays and who
watches over it:

| hat                                | register roles                                     |
| ---------------------------------- | -------------------------------------------------- |
| eigenaar (owner)                   | deelnemer, penvoerder, centrumgemeente              |
| opdrachtnemer (executes the work)  | gastheer                                            |
| financier (funds it)               | subsidieverstrekker                                 |
| toezichthouder (supervises)        | toezichthouder                                      |
| betrokken (advises or observes)    | adviseur, waarnemer                                 |

A penvoerder or centrumgemeente is an owner that also executes on behalf of the others; the
map says so in its note column. The province that runs the portal (registers/province.py) is
marked; when it takes part without a membership (the partnership's "role of the province" is
set, e.g. supervisor), it gets a row of its own from that field.
"""

from dataclasses import dataclass

from django.db import models
from django.utils.translation import gettext_lazy as _

from registers.choices import ProvinceRole, Role
from registers.province import portal_province


class Hat(models.TextChoices):
    EIGENAAR = "eigenaar", _("Owner (eigenaar)")
    OPDRACHTNEMER = "opdrachtnemer", _("Executes the work (opdrachtnemer)")
    FINANCIER = "financier", _("Funder (financier)")
    TOEZICHTHOUDER = "toezichthouder", _("Supervisor (toezichthouder)")
    BETROKKEN = "betrokken", _("Involved: advises or observes")


HAT_OF_ROLE = {
    Role.DEELNEMER: Hat.EIGENAAR,
    Role.PENVOERDER: Hat.EIGENAAR,
    Role.CENTRUMGEMEENTE: Hat.EIGENAAR,
    Role.GASTHEER: Hat.OPDRACHTNEMER,
    Role.SUBSIDIEVERSTREKKER: Hat.FINANCIER,
    Role.TOEZICHTHOUDER: Hat.TOEZICHTHOUDER,
    Role.ADVISEUR: Hat.BETROKKEN,
    Role.WAARNEMER: Hat.BETROKKEN,
}
HAT_OF_PROVINCE_ROLE = {
    ProvinceRole.DEELNEMER: Hat.EIGENAAR,
    ProvinceRole.PENVOERDER: Hat.EIGENAAR,
    ProvinceRole.SUBSIDIEVERSTREKKER: Hat.FINANCIER,
    ProvinceRole.TOEZICHTHOUDER: Hat.TOEZICHTHOUDER,
    ProvinceRole.ADVISEUR: Hat.BETROKKEN,
    ProvinceRole.WAARNEMER: Hat.BETROKKEN,
}
EXECUTES_TOO = {Role.PENVOERDER, Role.CENTRUMGEMEENTE}


@dataclass
class RoleRow:
    organisation: str
    organisation_slug: str
    kind: str
    role: str
    hat: str
    hat_label: str
    joined: object
    left: object
    cost_share: object
    governing_bodies: list
    is_province: bool
    from_province_role: bool  # the row comes from "role of the province", not a membership

    @property
    def note(self) -> str:
        notes = []
        if self.is_province:
            notes.append(str(_("the province that runs this portal")))
        if self.from_province_role:
            notes.append(str(_("from the register's “role of the province”")))
        return "; ".join(notes)


@dataclass
class Rollenkaart:
    partnership: object
    rows: list
    province_role_label: str

    def hats(self):
        """[(hat label, rows)] for every hat, in the table's order, empty ones included."""
        return [(hat.label, [r for r in self.rows if r.hat == hat.value]) for hat in Hat]

    def csv_rows(self):
        for row in self.rows:
            yield {
                "organisatie": row.organisation,
                "soort": row.kind,
                "rol": row.role,
                "rollenkaart": row.hat_label,
                "van": row.joined.isoformat() if row.joined else "",
                "tot": row.left.isoformat() if row.left else "",
                "kostenaandeel": "" if row.cost_share is None else str(row.cost_share),
                "bestuursorganen": ", ".join(str(body) for body in row.governing_bodies),
                "provincie": "ja" if row.is_province else "",
                "toelichting": row.note,
            }


CSV_COLUMNS = [
    "organisatie",
    "soort",
    "rol",
    "rollenkaart",
    "van",
    "tot",
    "kostenaandeel",
    "bestuursorganen",
    "provincie",
    "toelichting",
]


def build(partnership) -> Rollenkaart:
    """The Rollenkaart of a partnership whose memberships (with organisations) are loaded or
    loadable; a fixed number of queries whatever the number of participants."""
    province = portal_province()
    memberships = sorted(
        partnership.memberships.select_related("organisation").all(),
        key=lambda m: (m.left is not None, m.organisation.name),
    )
    rows = []
    for membership in memberships:
        organisation = membership.organisation
        hat = HAT_OF_ROLE.get(membership.role, Hat.BETROKKEN)
        role_label = str(membership.get_role_display())
        if membership.role in EXECUTES_TOO:
            role_label += " — " + str(_("also executes on behalf of the others"))
        rows.append(
            RoleRow(
                organisation=organisation.name,
                organisation_slug=organisation.slug,
                kind=str(organisation.get_kind_display()),
                role=role_label,
                hat=hat.value,
                hat_label=str(hat.label),
                joined=membership.joined,
                left=membership.left,
                cost_share=membership.cost_share,
                governing_bodies=list(membership.governing_body_labels),
                is_province=province is not None and organisation.pk == province.pk,
                from_province_role=False,
            )
        )
    province_in_rows = any(row.is_province for row in rows)
    province_role = partnership.province_role
    if province is not None and not province_in_rows and province_role != ProvinceRole.GEEN:
        hat = HAT_OF_PROVINCE_ROLE.get(province_role, Hat.BETROKKEN)
        rows.append(
            RoleRow(
                organisation=province.name,
                organisation_slug=province.slug,
                kind=str(province.get_kind_display()),
                role=str(partnership.get_province_role_display()),
                hat=hat.value,
                hat_label=str(hat.label),
                joined=None,
                left=None,
                cost_share=None,
                governing_bodies=[],
                is_province=True,
                from_province_role=True,
            )
        )
    return Rollenkaart(
        partnership=partnership,
        rows=rows,
        province_role_label=str(partnership.get_province_role_display()),
    )
