from django.core.management.base import BaseCommand

from demo import financial_scan


class Command(BaseCommand):
    help = (
        "Add invented demo figures of the financial scan (marked 'Demo: verzonnen "
        "voorbeeldcijfers') for every published partnership of the policy domain "
        f"'{financial_scan.DEMO_DOMAIN}', years {', '.join(map(str, financial_scan.DEMO_YEARS))}. "
        "Run after import_register; a second run changes nothing."
    )

    def handle(self, *args, **options):
        counts = financial_scan.load()
        if not counts["partnerships"]:
            self.stdout.write(
                "Demo financial scan already present (or no such domain); nothing changed."
            )
            return
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo financial scan: {counts['figures']} years of figures and "
                f"{counts['risks']} risks in {counts['partnerships']} partnerships."
            )
        )
