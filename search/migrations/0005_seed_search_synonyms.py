"""The synonyms every installation starts with; editors keep the list afterwards (Snippets ›
Search synonyms). Place names the register writes officially, abbreviations of the kinds of
bodies in it, and English words for them (the English site's visitors)."""

from django.db import migrations

SEED = [
    ("Friesland, Fryslân", "Official Frisian name of the province"),
    ("Den Haag, 's-Gravenhage", "Official name of The Hague"),
    ("The Hague, Den Haag", "English name"),
    ("Den Bosch, 's-Hertogenbosch", "Official name of Den Bosch"),
    ("GGD, gezondheidsdienst, public health service", "Gemeentelijke Gezondheidsdienst"),
    ("RUD, omgevingsdienst, uitvoeringsdienst, environmental service", "Regionale Uitvoeringsdienst"),
    ("ISD, intergemeentelijke sociale dienst", "Intergemeentelijke Sociale Dienst"),
    ("RAV, ambulancevoorziening, ambulance service", "Regionale Ambulancevoorziening"),
    ("VR, veiligheidsregio, safety region", "Veiligheidsregio"),
    ("brandweer, fire brigade, fire service", "English"),
    ("afval, waste", "English"),
    ("belasting, tax, taxes", "English"),
    ("archief, archive", "English"),
    ("rekenkamer, audit office", "English"),
    ("waterschap, water board", "English"),
    ("werkvoorziening, sheltered employment", "English"),
    ("recreatieschap, recreation board", "English"),
    ("bedrijventerrein, bedrijvenpark, business park", "Two words for the same"),
]


def seed(apps, schema_editor):
    Synonym = apps.get_model("sitesearch", "Synonym")
    for terms, note in SEED:
        Synonym.objects.get_or_create(terms=terms, defaults={"note": note})


def unseed(apps, schema_editor):
    Synonym = apps.get_model("sitesearch", "Synonym")
    Synonym.objects.filter(terms__in=[terms for terms, _note in SEED]).delete()


class Migration(migrations.Migration):
    dependencies = [("sitesearch", "0004_search_synonyms")]

    operations = [migrations.RunPython(seed, unseed)]
