"""Reference knowledge the importer needs besides the files it is given: the twelve
provinces, the Regioatlas divisions, known spelling defects of the OpenGR data and the
municipal mergers since 2002 (data/gemeentelijke_herindelingen.csv)."""

import csv
import datetime
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from django.conf import settings

from registers.choices import OrganisationKind, RegionDomain
from registers.importer.cleaning import fold, name_key

# The data's date: OpenGR was gathered from the provinces up to 5 March 2016, the date of
# the latest document in its DocumentCloud project (opengr_provincies_financieel_docs.json).
OPENGR_DATE = datetime.date(2016, 3, 5)
OPENGR_VERIFIED_BY = "OpenGR (Open State Foundation)"

# --- provinces ---------------------------------------------------------------------------
# (CBS code, name, spellings seen in the data besides the name itself)
PROVINCES = [
    ("PV20", "Groningen", []),
    ("PV21", "Fryslân", ["Friesland", "Fryslan", "Frysland"]),
    ("PV22", "Drenthe", []),
    ("PV23", "Overijssel", []),
    ("PV24", "Flevoland", []),
    ("PV25", "Gelderland", []),
    ("PV26", "Utrecht", []),
    ("PV27", "Noord-Holland", []),
    ("PV28", "Zuid-Holland", []),
    ("PV29", "Zeeland", []),
    ("PV30", "Noord-Brabant", ["Brabant"]),
    ("PV31", "Limburg", ["Limburg (NL)"]),
]
PROVINCE_NAMES = {code: name for code, name, _aliases in PROVINCES}
PROVINCE_BY_KEY = {}
for _code, _name, _aliases in PROVINCES:
    for _spelling in [_name, *_aliases]:
        PROVINCE_BY_KEY[name_key(_spelling)] = _code
# Regions abroad that the data names in the Provincie column; no Dutch province.
FOREIGN_MARKERS = ("duitsland", "belgie", "westfalen", "niedersachsen", "vlaanderen")


def province_organisation_name(code: str) -> str:
    return f"Provincie {PROVINCE_NAMES[code]}"


def own_province_code() -> str:
    """The CBS code of the province that runs the portal (registers/province.py)."""
    from registers.province import portal_province_code

    return portal_province_code()


# --- organisations that are not municipalities -----------------------------------------------
# Checked in this order on the folded name; the first that matches gives the kind.
# ("prefix", text): the name starts with it; ("contains", text); ("suffix", text).
KIND_PATTERNS = [
    (OrganisationKind.OVERIG, [("contains", "handelskammer")]),
    (
        OrganisationKind.BUITENLANDSE_OVERHEID,
        [("contains", "(duitsland)"), ("contains", "(belgie)"), ("prefix", "landkreis ")],
    ),
    (OrganisationKind.PROVINCIE, [("prefix", "provincie ")]),
    (
        OrganisationKind.WATERSCHAP,
        [
            ("prefix", "waterschap"),
            ("prefix", "hoogheemraadschap"),
            ("prefix", "hoogheermraadschap"),
            ("prefix", "wetterskip"),
        ],
    ),
    (
        OrganisationKind.RIJK,
        [("prefix", "ministerie"), ("prefix", "rijksarchief"), ("prefix", "rijkswaterstaat")],
    ),
    (
        OrganisationKind.SAMENWERKINGSORGANISATIE,
        [
            ("prefix", word)
            for word in (
                "stadsregio",
                "veiligheidsregio",
                "regionale ",
                "regionaal ",
                "recreatieschap",
                "plassenschap",
                "meerschap",
                "samenwerking",
                "gewest",
                "dienst ",
                "gemeenschappelijke",
                "intergemeentelijke",
                "omgevingsdienst",
                "ggd ",
                "openbaar lichaam",
            )
        ],
    ),
    (
        OrganisationKind.OVERIG,
        [
            ("prefix", "stichting"),
            ("prefix", "kamer van koophandel"),
            ("suffix", " bv"),
            ("suffix", " b.v."),
            ("suffix", " nv"),
            ("suffix", " n.v."),
        ],
    ),
]
# Whole names with a kind of their own.
KIND_BY_NAME = {"rijk": OrganisationKind.RIJK, "het rijk": OrganisationKind.RIJK}
_TESTS = {"prefix": str.startswith, "contains": str.__contains__, "suffix": str.endswith}


def kind_from_name(name: str):
    """The organisation kind a name gives away, or None for a bare name (a municipality?)."""
    if name_key(name) in KIND_BY_NAME:
        return KIND_BY_NAME[name_key(name)]
    folded = fold(name)
    for kind, markers in KIND_PATTERNS:
        if any(_TESTS[how](folded, text) for how, text in markers):
            return kind
    return None


# --- municipality names -------------------------------------------------------------------------
# Data defects in OpenGR's Deelnemer column that no general rule repairs: a list of several
# municipalities split at the wrong place, a colloquial name, a region named as if it were
# an organisation. Keys are name keys (cleaning.name_key); values are the names meant.
MUNICIPALITY_ALIASES = {
    "den bosch": ["'s-Hertogenbosch"],
    "den haag": ["'s-Gravenhage"],
    "nuenen": ["Nuenen, Gerwen en Nederwetten"],
    "hoogezand": ["Hoogezand-Sappemeer"],
    # "Cuijk, Grave, Mill en Sint Hubert" split as "Grave en Mill" + "Sint Hubert".
    "grave en mill": ["Grave", "Mill en Sint Hubert"],
    "sint hubert": ["Mill en Sint Hubert"],
    # "Mook en Middelaar" split at "en"; the tail names no municipality of its own.
    "middelaar": ["Mook en Middelaar"],
    # "West Maas en Waal en Wijchen" split at the first "en".
    "waal en wijchen": ["Wijchen"],
}
# Names that are no organisation at all, with the reason given in the report.
NOT_AN_ORGANISATION = {
    "zaanstreek": "'Zaanstreek' is a region, not an organisation (Zaanstad, Oostzaan and "
    "Wormerland are listed separately)",
}


# --- municipal mergers ------------------------------------------------------------------------
MERGERS_FILE = Path(settings.BASE_DIR) / "data" / "gemeentelijke_herindelingen.csv"


@dataclass(frozen=True)
class Merger:
    name: str
    cbs_code: str
    ended: datetime.date  # the first day the municipality no longer existed
    successor: str
    successor_cbs_code: str

    @property
    def active_until(self) -> datetime.date:
        return self.ended - datetime.timedelta(days=1)


@cache
def mergers() -> dict[str, list[Merger]]:
    """Name key -> the merger(s) that ended that municipality (a split gives several)."""
    result = {}
    if not MERGERS_FILE.exists():
        return result
    with MERGERS_FILE.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            merger = Merger(
                name=row["gemeente"].strip(),
                cbs_code=row["cbs_code"].strip(),
                ended=datetime.date.fromisoformat(row["opgeheven_per"].strip()),
                successor=row["opvolger"].strip(),
                successor_cbs_code=row["opvolger_cbs_code"].strip(),
            )
            result.setdefault(name_key(merger.name), []).append(merger)
    return result


@cache
def successors() -> dict[str, Merger]:
    """Name key of a municipality that a merger continued in -> one such merger (for the
    successor's name and CBS code)."""
    result = {}
    for found in mergers().values():
        for merger in found:
            result.setdefault(name_key(merger.successor), merger)
    return result


# --- Regioatlas divisions -------------------------------------------------------------------
REGIOATLAS_DOMAINS = {fold(choice.value): choice.value for choice in RegionDomain}

# Division names (folded, starts-with) -> domain, for Regioatlas files given outside their
# Bestuurlijk/Fysiek/Sociaal/Veiligheid folder.
DIVISION_DOMAINS = [
    ("veiligheidsregio", RegionDomain.VEILIGHEID),
    ("veiligheidshuis", RegionDomain.VEILIGHEID),
    ("politie", RegionDomain.VEILIGHEID),
    ("regionaal informatie", RegionDomain.VEILIGHEID),
    ("riec", RegionDomain.VEILIGHEID),
    ("vpt", RegionDomain.VEILIGHEID),
    ("omgevingsdienst", RegionDomain.FYSIEK),
    ("regionale uitvoeringsdienst", RegionDomain.FYSIEK),
    ("mirt", RegionDomain.FYSIEK),
    ("ggd", RegionDomain.SOCIAAL),
    ("arbeidsmarktregio", RegionDomain.SOCIAAL),
    ("centrumgemeente", RegionDomain.SOCIAAL),
    ("hlz", RegionDomain.SOCIAAL),
    ("intergemeentelijke sociale", RegionDomain.SOCIAAL),
    ("jeugdzorg", RegionDomain.SOCIAAL),
    ("kamer van koophandel", RegionDomain.SOCIAAL),
    ("passend onderwijs", RegionDomain.SOCIAAL),
    ("rcf", RegionDomain.SOCIAAL),
    ("regionale platforms", RegionDomain.SOCIAAL),
    ("rmc", RegionDomain.SOCIAAL),
    ("sociale werkvoorziening", RegionDomain.SOCIAAL),
    ("veilig thuis", RegionDomain.SOCIAAL),
    ("wmo", RegionDomain.SOCIAAL),
    ("zorgkantoor", RegionDomain.SOCIAAL),
]


def division_domain(division_name: str, folder_name: str = "") -> tuple[str, str]:
    """(domain, how it was found): the folder if it is a domain, else the known division
    names, else bestuurlijk."""
    folder = fold(folder_name.strip())
    if folder in REGIOATLAS_DOMAINS:
        return REGIOATLAS_DOMAINS[folder], "folder"
    name = fold(division_name)
    for prefix, domain in DIVISION_DOMAINS:
        if name.startswith(prefix):
            return domain.value, "division name"
    return RegionDomain.BESTUURLIJK.value, "default"


# Divisions whose every region is one standing organisation that the region's municipalities
# run together or take part in: a Wgr arrangement (veiligheidsregio, GGD, omgevingsdienst,
# intergemeentelijke sociale dienst, SW-bedrijf) or a covenant body with its own name
# (veiligheidshuis, RIEC). Statistical, judicial, police, care-insurer and school-board
# divisions, and divisions named after a central municipality, are not collaborations of
# the municipalities themselves. Values: the type word a region name may leave out, used to
# find the partnership that is the region ("Zaanstreek-Waterland" -> "Veiligheidsregio ...").
COLLABORATION_DIVISIONS = {
    "veiligheidsregio": "veiligheidsregio",
    "ggd": "ggd",
    "omgevingsdienst": "omgevingsdienst",
    "veiligheidshuis": "veiligheidshuis",
    "regionaal informatie en expertise": "riec",
    "intergemeentelijke sociale dienst": "",
    "sociale werkvoorziening": "",
}
# Divisions from which a partnership gets its regions (Partnership.regions).
PARTNERSHIP_REGION_DIVISIONS = (
    "veiligheidsregio",
    "ggd",
    "omgevingsdienst",
    "arbeidsmarktregio",
    "corop regio",  # not "corop plusregio's" or "corop subregio's"
)
# The division that says which province each municipality lies in.
PROVINCE_DIVISION = "provincies"


def division_prefix(division_name: str, prefixes) -> str | None:
    name = fold(division_name)
    for prefix in prefixes:
        if name.startswith(prefix):
            return prefix
    return None


def collaboration_type_word(division_name: str) -> str | None:
    """None if the division is no collaboration; else the type word ("" for none)."""
    prefix = division_prefix(division_name, COLLABORATION_DIVISIONS)
    return None if prefix is None else COLLABORATION_DIVISIONS[prefix]
