from django.core.management import call_command
from django.core.management.base import BaseCommand

from cms.env import env
from demo.builder import DEMO_USERS, DemoBuilder


class Command(BaseCommand):
    help = (
        "Build the demo site in Dutch and English from the programme text: home page, the five "
        "programme lines, the four instruments, knowledge articles and the standard pages, plus "
        "demo users for each editorial group. Does nothing when the demo site already exists."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--password",
            default=env("DEMO_PASSWORD", "demo"),
            help="Password of the demo users (default: $DEMO_PASSWORD or 'demo').",
        )
        parser.add_argument("--hostname", default=env("SITE_HOSTNAME", "127.0.0.1"))
        parser.add_argument("--port", type=int, default=env("SITE_PORT", 8000))
        parser.add_argument(
            "--no-index", action="store_true", help="Skip rebuilding the search index."
        )
        parser.add_argument(
            "--link-register",
            action="store_true",
            help=(
                "Only link demo content to the imported register (run after import_register): "
                "the regional IBT session gets its veiligheidsregio; a handful of municipalities "
                "get a demo contact address for the verification round. Changes nothing when "
                "done."
            ),
        )

    def handle(self, *args, **options):
        if options["link_register"]:
            from demo import dossiers, verification

            changed = dossiers.link_register()
            self.stdout.write(f"Demo content linked to the register: {changed} events changed.")
            addressed = verification.give_demo_addresses()
            self.stdout.write(
                f"Demo contact addresses for the verification round: {addressed} organisations "
                f"(verificatie@<slug>.{verification.DEMO_DOMAIN})."
            )
            return
        if DemoBuilder.exists():
            self.stdout.write("Demo site already present; nothing changed.")
            # Documents of tool pages added since (a no-op when they are up to date).
            call_command("generate_instrument_documents", verbosity=0)
            return
        builder = DemoBuilder(
            stdout=self.stdout,
            password=options["password"],
            hostname=options["hostname"],
            port=options["port"],
        )
        self.stdout.write("Building the demo site…")
        builder.build()
        # The Instrumentenkoffer's PDF and DOCX files, made from the tool pages just built.
        call_command("generate_instrument_documents", stdout=self.stdout)
        if not options["no_index"]:
            call_command("update_index", verbosity=0)
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo site built: {builder.counts['pages']} pages, "
                f"{builder.counts['users']} users."
            )
        )
        self.stdout.write(f"Demo users (password: {options['password']}):")
        for username, group, _superuser in DEMO_USERS:
            self.stdout.write(f"  {username:<18} {group or 'superuser'}")
