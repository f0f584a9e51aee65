"""The register as an open dataset: its sources and licences, its distributions, every column
of the exports explained, and a DCAT-AP(-NL) description of the catalogue for harvesters such
as data.overheid.nl.

Everything here is derived from what the register really offers: the columns from the field
list (registers/models/field_list.py via registers/exchange.py), the distributions from the
register page's own URLs, the date of the last change from the published entries.
"""

from dataclasses import dataclass

from django.conf import settings
from django.db.models import Max
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from cms.site_url import absolute_url
from registers import exchange
from registers.models import Partnership
from registers.models.field_list import MEMBERSHIP_FIELDS, PARTNERSHIP_FIELDS, Shape


@dataclass(frozen=True)
class Source:
    name: str
    publisher: str
    provides: str
    licence: str
    licence_url: str
    url: str


# The sources of the register's facts, with the licence each is published under
# (data/README.md says where each file comes from).
SOURCES = [
    Source(
        name="OpenGR — gemeenschappelijke regelingen",
        publisher="Open State Foundation",
        provides=gettext_lazy("partnerships, their participants and financial documents (2016)"),
        licence="ODC-PDDL-1.0",
        licence_url="https://opendatacommons.org/licenses/pddl/1-0/",
        url="https://github.com/openstate/datasets",
    ),
    Source(
        name="Gebieden in Nederland; gemeentelijke herindelingen",
        publisher="Centraal Bureau voor de Statistiek (CBS)",
        provides=gettext_lazy("municipality codes and mergers"),
        licence="CC BY 4.0",
        licence_url="https://creativecommons.org/licenses/by/4.0/",
        url="https://www.cbs.nl/",
    ),
]

FORMATS = {
    "csv": ("CSV", "text/csv"),
    "xlsx": ("XLSX", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    "json": ("JSON", "application/json"),
}

# Columns of the exports that are not fields of the field list.
EXTRA_COLUMNS = {
    "slug": gettext_lazy("The entry's stable identifier in this register (also in its URL)."),
    "aantal_deelnemers": gettext_lazy("Number of participants (current and former)."),
    "url": gettext_lazy("The entry's page in this register."),
    "verouderd": gettext_lazy(
        "“ja” when nobody verified the entry within the register's verification period."
    ),
    "samenwerkingsverband": gettext_lazy("The partnership's identifier (its slug)."),
    "samenwerkingsverband_naam": gettext_lazy("The partnership's name."),
    "organisatie": gettext_lazy("The participating organisation's identifier in this register."),
    "organisatie_naam": gettext_lazy("The participating organisation's name."),
    "organisatie_soort": gettext_lazy("Kind of organisation (gemeente, provincie, waterschap …)."),
    "organisatie_cbs_code": gettext_lazy("The organisation's CBS code, where it has one."),
    "organisatie_tooi_uri": gettext_lazy(
        "The organisation's TOOI identifier (identifier.overheid.nl), where it has one."
    ),
}

SHAPES = {
    Shape.TEXT: gettext_lazy("text"),
    Shape.CHOICE: gettext_lazy("one of the values listed"),
    Shape.DATE: gettext_lazy("date, YYYY-MM-DD"),
    Shape.DECIMAL: gettext_lazy("number, decimal point"),
    Shape.INTEGER: gettext_lazy("whole number"),
    Shape.CHOICES: gettext_lazy("values listed, separated by “ | ”"),
    Shape.REFERENCE: gettext_lazy("identifier of another entry"),
    Shape.RELATIONS: gettext_lazy("identifiers, separated by “ | ”"),
}


@dataclass(frozen=True)
class Column:
    name: str
    label: str
    description: str
    kind: str
    values: tuple = ()


def _columns(names, fields) -> list[Column]:
    by_column = {field.column: field for field in fields}
    columns = []
    for name in names:
        field = by_column.get(name)
        if field is None:
            columns.append(
                Column(name, "", str(EXTRA_COLUMNS.get(name, "")), str(SHAPES[Shape.TEXT]))
            )
            continue
        model_field = field.field
        columns.append(
            Column(
                name=name,
                label=str(model_field.verbose_name),
                description=str(model_field.help_text or ""),
                kind=str(SHAPES[field.shape]),
                values=tuple(field.choices) if field.shape in (Shape.CHOICE, Shape.CHOICES) else (),
            )
        )
    return columns


def partnership_columns() -> list[Column]:
    return _columns(exchange.PARTNERSHIP_COLUMNS, PARTNERSHIP_FIELDS)


def membership_columns() -> list[Column]:
    return _columns(exchange.MEMBERSHIP_COLUMNS, MEMBERSHIP_FIELDS)


def own_licence() -> tuple[str, str]:
    """The licence of the province's own additions and edits (OPEN_DATA_LICENCE)."""
    return settings.OPEN_DATA_LICENCE_NAME, settings.OPEN_DATA_LICENCE_URL


def last_changed():
    """When the public register last changed: the newest publication or import of an entry."""
    latest = Partnership.objects.public().aggregate(
        published=Max("last_published_at"), imported=Max("imported_at")
    )
    return max((moment for moment in latest.values() if moment), default=None)


@dataclass(frozen=True)
class Distribution:
    title: str
    format: str
    media_type: str
    url: str
    is_download: bool = True


def distributions(request, page) -> list[Distribution]:
    base = page.get_full_url(request)
    api = absolute_url("/api/v2/", request)
    return [
        Distribution(_("Partnerships (CSV)"), *FORMATS["csv"], f"{base}?format=csv"),
        Distribution(
            _("Participants (CSV)"), *FORMATS["csv"], f"{base}?format=csv&tabel=deelnemers"
        ),
        Distribution(
            _("Partnerships and participants (XLSX)"), *FORMATS["xlsx"], f"{base}?format=xlsx"
        ),
        Distribution(_("Search results (JSON)"), *FORMATS["json"], f"{base}?format=json", False),
        Distribution(
            _("API: partnerships"), *FORMATS["json"], f"{api}samenwerkingsverbanden/", False
        ),
        Distribution(_("API: organisations"), *FORMATS["json"], f"{api}organisaties/", False),
    ]


def dcat(request, page) -> dict:
    """The catalogue, the dataset and its distributions as DCAT-AP JSON-LD (DCAT-AP-NL uses
    the same classes and properties; the mandatory ones are all given)."""
    base = page.get_full_url(request)
    licence_name, licence_url = own_licence()
    changed = last_changed()
    publisher = {
        "@type": "foaf:Organization",
        "foaf:name": settings.OPEN_DATA_PUBLISHER,
    }
    dataset = {
        "@id": f"{base}open-data/#dataset",
        "@type": "dcat:Dataset",
        "dct:identifier": f"{base}open-data/#dataset",
        "dct:title": page.title,
        "dct:description": page.intro
        or _("Partnerships between governments and their participants."),
        "dct:language": {"@id": "http://publications.europa.eu/resource/authority/language/NLD"},
        "dct:publisher": publisher,
        "dct:license": {"@id": licence_url},
        "dct:source": [source.url for source in SOURCES],
        "dcat:landingPage": {"@id": base},
        "dcat:keyword": ["samenwerkingsverbanden", "gemeenschappelijke regelingen", "Wgr"],
        "dcat:theme": {"@id": "http://standaarden.overheid.nl/owms/terms/Bestuur"},
        "dcat:contactPoint": {
            "@type": "vcard:Organization",
            "vcard:fn": settings.OPEN_DATA_PUBLISHER,
            "vcard:hasEmail": f"mailto:{settings.DEFAULT_FROM_EMAIL}",
        },
        "dcat:distribution": [
            {
                "@type": "dcat:Distribution",
                "dct:title": str(distribution.title),
                "dct:format": distribution.format,
                "dcat:mediaType": distribution.media_type,
                "dcat:accessURL": {"@id": distribution.url},
                **(
                    {"dcat:downloadURL": {"@id": distribution.url}}
                    if distribution.is_download
                    else {}
                ),
                "dct:license": {"@id": licence_url},
            }
            for distribution in distributions(request, page)
        ],
    }
    if changed:
        dataset["dct:modified"] = {"@value": changed.date().isoformat(), "@type": "xsd:date"}
    return {
        "@context": {
            "dcat": "http://www.w3.org/ns/dcat#",
            "dct": "http://purl.org/dc/terms/",
            "foaf": "http://xmlns.com/foaf/0.1/",
            "vcard": "http://www.w3.org/2006/vcard/ns#",
            "xsd": "http://www.w3.org/2001/XMLSchema#",
        },
        "@id": f"{base}open-data/#catalogue",
        "@type": "dcat:Catalog",
        "dct:title": _("Open data of %(site)s") % {"site": page.get_site().site_name or page.title},
        "dct:description": _("The register of partnerships as open data."),
        "dct:publisher": publisher,
        "dct:license": {"@id": licence_url},
        "dct:rights": licence_name,
        "dcat:dataset": [dataset],
    }


def dcat_turtle(request, page) -> str:
    """dcat() as Turtle: the JSON-LD parsed into an RDF graph and serialised again."""
    import json

    from rdflib import Graph

    description = dcat(request, page)
    graph = Graph()
    graph.parse(data=json.dumps(description), format="json-ld")
    for prefix, namespace in description["@context"].items():
        graph.bind(prefix, namespace)
    return graph.serialize(format="turtle")


def about(open_data_url: str) -> dict:
    """Licence and sources of the register's data, carried inside every distribution: the
    JSON answer's `license`/`source` keys, the workbook's "Over deze gegevens" sheet and the
    CSV download's Link header. `open_data_url`: the open-data page that explains it all."""
    name, url = own_licence()
    return {
        "license": url,
        "license_name": name,
        "source": [
            {
                "name": source.name,
                "publisher": source.publisher,
                "provides": str(source.provides),
                "license": source.licence_url,
                "license_name": source.licence,
                "url": source.url,
            }
            for source in SOURCES
        ],
        "documentation": open_data_url,
    }


def about_rows(open_data_url: str) -> list[tuple[str, str, str]]:
    """The same as rows (what, value, link) for a spreadsheet sheet."""
    statement = about(open_data_url)
    rows = [
        (_("Licence of the province's additions"), statement["license_name"], statement["license"]),
    ]
    for source in statement["source"]:
        rows.append(
            (
                _("Source: %(name)s (%(publisher)s)") % source,
                f"{source['provides']}; {source['license_name']}",
                source["license"],
            )
        )
    rows.append((_("Columns, codes and API explained"), "", statement["documentation"]))
    changed = last_changed()
    rows.append((_("Register last changed"), changed.date().isoformat() if changed else "", ""))
    return rows


def link_header(open_data_url: str) -> str:
    """An HTTP Link header (RFC 8288) for a CSV download: CSV has no place for metadata, so the
    licence and the page that documents the columns travel with the file's response."""
    return f'<{open_data_url}>; rel="describedby", <{own_licence()[1]}>; rel="license"'
