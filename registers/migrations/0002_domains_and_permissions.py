"""The policy-domain taxonomy and what the Registerbeheer group may do."""

from django.db import migrations

# slug, Dutch, English, keywords that classify imported partnerships by name
DOMAINS = [
    ("afval", "Afval en reiniging", "Waste and cleaning",
     "afval, reiniging, avri, avu, rova, huisvuil, stortplaats, afvalverwerking, milieustraat"),
    ("veiligheid", "Openbare orde en veiligheid", "Public order and safety",
     "veiligheid, brandweer, ambulance, rampenbestrijding, meldkamer, rav"),
    ("gezondheid", "Publieke gezondheid", "Public health",
     "ggd, gezondheid, gezondheidsdienst, jeugdgezondheid, ggz"),
    ("sociaal-domein", "Werk, inkomen en zorg", "Work, income and care",
     "werkvoorziening, werkvoorzieningschap, sociale werk, werkbedrijf, participatie, wsw, "
     "sociale dienst, sociale zaken, sociaal domein, inkomen, werkgelegenheid, kredietbank, "
     "schuldhulp, wmo, werk, werkplein"),
    ("jeugd", "Jeugd en onderwijs", "Youth and education",
     "jeugd, jeugdzorg, onderwijs, leerplicht, rmc, school"),
    ("omgeving", "Milieu en omgevingsdiensten", "Environment and licensing",
     "omgevingsdienst, milieu, uitvoeringsdienst, vergunning, handhaving, rud, odnzkg"),
    ("recreatie", "Recreatie en natuur", "Recreation and nature",
     "recreatie, recreatieschap, natuur, groen, plassenschap, landschap, bos, park"),
    ("water", "Water", "Water",
     "afvalwater, waterschap, waterschapsbedrijf, zuivering, riolering, rioolwater, "
     "grondwater, hoogheemraadschap, waterbeheer, kust"),
    ("mobiliteit", "Verkeer en vervoer", "Traffic and transport",
     "vervoer, verkeer, mobiliteit, ov, bereikbaarheid, luchthaven, vaarweg"),
    ("economie", "Economie en ruimte", "Economy and spatial planning",
     "economie, economisch, bedrijventerrein, metropool, ontwikkelingsmaatschappij, "
     "grondbedrijf, wonen, huisvesting, toerisme, havenschap"),
    ("bedrijfsvoering", "Bedrijfsvoering en belastingen", "Operations and taxation",
     "belasting, gemeentebelastingen, bedrijfsvoering, ict, inkoop, archief, streekarchief, "
     "salaris, administratie, shared service, woz, heffing, invordering"),
    ("cultuur", "Cultuur en erfgoed", "Culture and heritage",
     "cultuur, erfgoed, museum, bibliotheek, archeologie, muziek"),
]

# Registerbeheer edits the register as snippets: every model, including publishing.
SNIPPET_PERMISSIONS = {
    "partnership": ["add", "change", "delete", "publish", "lock", "unlock"],
    "organisation": ["add", "change", "delete"],
    "policydomain": ["add", "change", "delete"],
    "regionaldivision": ["add", "change", "delete"],
    "region": ["add", "change", "delete"],
}


def forwards(apps, schema_editor):
    PolicyDomain = apps.get_model("registers", "PolicyDomain")
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")

    for slug, name, name_en, keywords in DOMAINS:
        PolicyDomain.objects.update_or_create(
            slug=slug, defaults={"name": name, "name_en": name_en, "keywords": keywords}
        )

    group, _ = Group.objects.get_or_create(name="Registerbeheer")
    for model, actions in SNIPPET_PERMISSIONS.items():
        content_type, _ = ContentType.objects.get_or_create(app_label="registers", model=model)
        for action in actions:
            permission, _ = Permission.objects.get_or_create(
                content_type=content_type,
                codename=f"{action}_{model}",
                defaults={"name": f"Can {action} {model}"},
            )
            group.permissions.add(permission)


def backwards(apps, schema_editor):
    pass


class Migration(migrations.Migration):
    dependencies = [
        ("registers", "0001_initial"),
        ("pages", "0003_translation_permissions"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
