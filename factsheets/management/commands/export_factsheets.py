from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils.http import urlencode

from tqdm import tqdm

from factsheets import bundles


class Command(BaseCommand):
    help = (
        "Write the factsheets (PDF) of every published partnership in a register selection "
        "to one ZIP file, e.g. --filter domein=afval --filter fase=uitvoering --output afval.zip"
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--filter",
            action="append",
            default=[],
            metavar="PARAM=VALUE",
            help="A register filter as in its web address (domein=afval); repeat for more.",
        )
        parser.add_argument("--q", default="", help="Search text, as the register's search box.")
        parser.add_argument(
            "--language",
            default=settings.LANGUAGE_CODE,
            choices=[code for code, _name in settings.LANGUAGES],
        )
        parser.add_argument("--output", required=True, help="The ZIP file to write.")
        parser.add_argument("--no-progress", action="store_true", help="No progress bar.")

    def handle(self, *args, **options):
        params = []
        for item in options["filter"]:
            if "=" not in item:
                raise CommandError(f"Use PARAM=VALUE for --filter, not {item!r}.")
            params.append(tuple(part.strip() for part in item.split("=", 1)))
        if options["q"]:
            params.append(("q", options["q"]))
        query, ids = bundles.selection(urlencode(params))
        if query.errors:
            unknown = ", ".join(f"{param}={value}" for param, value in query.errors)
            raise CommandError(f"Unknown filter values: {unknown}")
        output = Path(options["output"])
        output.parent.mkdir(parents=True, exist_ok=True)
        partial = output.with_name(f".{output.name}.partial")
        bar = tqdm(
            total=len(ids),
            unit="factsheet",
            disable=options["no_progress"],
            file=self.stderr._out,
        )
        position = [0]

        def progress(done):
            bar.update(done - position[0])
            position[0] = done

        try:
            with partial.open("wb") as handle:
                result = bundles.write_bundle(ids, options["language"], handle, progress)
            partial.replace(output)
        finally:
            bar.close()
            partial.unlink(missing_ok=True)
        for failure in result.failures:
            self.stderr.write(self.style.WARNING(f"Failed: {failure}"))
        self.stdout.write(
            self.style.SUCCESS(
                f"Wrote {len(result.written)} factsheets to {output}"
                + (f" ({len(result.failures)} failed)" if result.failures else "")
            )
        )
