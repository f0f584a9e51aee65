"""The fields of a partnership and of a participant (membership) that the register exchanges,
listed once. Everything else derives from these lists:

- the exchange format (registers/exchange.py): its columns and how each cell is written and
  read back, so an export imports into an empty register unchanged;
- the importer (registers/importer/fields.py): which fields are values, references or lists,
  their length limits and defaults;
- the public change history (registers/history.py): the fields marked `history`.

The order is the exchange format's column order. The column names are a public format: a
new field gets a new column, an existing column is never renamed.
"""

from dataclasses import dataclass
from enum import StrEnum
from functools import cached_property

from registers.fields import MultipleChoiceField
from registers.models.partnership import Membership, Partnership


class Shape(StrEnum):
    """What a field holds, as the exchange format and the importer tell them apart."""

    TEXT = "text"
    CHOICE = "choice"
    DATE = "date"
    DECIMAL = "decimal"
    INTEGER = "integer"
    CHOICES = "choices"  # a list of choice values in one field
    REFERENCE = "reference"  # one other object
    RELATIONS = "relations"  # many other objects


@dataclass(frozen=True)
class ListedField:
    model: type
    name: str
    column: str  # in the exchange format
    history: bool = False  # a change shows in the public change history

    @cached_property
    def field(self):
        return self.model._meta.get_field(self.name)

    @cached_property
    def shape(self) -> Shape:
        field = self.field
        if field.many_to_many:
            return Shape.RELATIONS
        if field.many_to_one:
            return Shape.REFERENCE
        if isinstance(field, MultipleChoiceField):
            return Shape.CHOICES
        if field.choices:
            return Shape.CHOICE
        return {
            "DateField": Shape.DATE,
            "DecimalField": Shape.DECIMAL,
            "PositiveSmallIntegerField": Shape.INTEGER,
        }.get(field.get_internal_type(), Shape.TEXT)

    @cached_property
    def choices(self) -> list[str]:
        field = self.field
        if isinstance(field, MultipleChoiceField):
            return list(field.choices_enum.values)
        return [value for value, _label in field.choices or []]


def _listed(model, *fields) -> list[ListedField]:
    return [ListedField(model, *field) for field in fields]


HISTORY = True

PARTNERSHIP_FIELDS = _listed(
    Partnership,
    ("name", "naam", HISTORY),
    ("abbreviation", "afkorting", HISTORY),
    ("citation_title", "citeertitel", HISTORY),
    ("kind", "rechtsvorm", HISTORY),
    ("wgr_form", "wgr_vorm", HISTORY),
    ("powers_obtained", "bevoegdheden", HISTORY),
    ("executing_body", "uitvoeringsorganisatie", HISTORY),
    ("bronhouder", "bronhouder"),
    ("entry_into_force", "inwerkingtreding", HISTORY),
    ("domains", "domeinen"),
    ("phase", "fase", HISTORY),
    ("status", "status", HISTORY),
    ("status_start", "status_sinds", HISTORY),
    ("status_end", "status_tot", HISTORY),
    ("seat_address", "adres", HISTORY),
    ("seat_postcode", "postcode", HISTORY),
    ("seat_place", "plaats", HISTORY),
    ("provinces", "provincies"),
    ("regions", "regio"),
    ("province_role", "rol_provincie", HISTORY),
    ("account_holder", "accounthouder", HISTORY),
    ("official_contact", "ambtelijk_contact", HISTORY),
    ("legal_basis", "wettelijke_grondslag", HISTORY),
    ("legal_basis_url", "regeling_url", HISTORY),
    ("description", "omschrijving", HISTORY),
    ("tooi_uri", "tooi_uri"),
    ("national_register_id", "landelijk_register_id"),
    ("cbs_code", "cbs_code"),
    ("part_of", "onderdeel_van"),
    ("succeeded_by", "opgevolgd_door"),
    ("tags", "tags"),
    ("last_verified", "laatst_geverifieerd", HISTORY),
    ("last_verified_by", "geverifieerd_door", HISTORY),
    ("import_source", "bron"),
)

# A participant's own fields; the partnership and the organisation it links are identified
# by columns of their own (registers/exchange.py).
MEMBERSHIP_FIELDS = _listed(
    Membership,
    ("role", "rol"),
    ("joined", "toegetreden"),
    ("left", "uitgetreden"),
    ("cost_share", "verdeelsleutel"),
    ("governing_bodies", "bestuursorganen"),
    ("seats", "zetels"),
    ("annual_contribution", "jaarlijkse_bijdrage"),
)
