from django.core.management.base import BaseCommand, CommandError

from wagtail.models import Site

from cms.env import env


class Command(BaseCommand):
    help = (
        "Set the hostname and port of the default Wagtail Site: the one source of every absolute "
        "URL (canonical links, sitemap, robots.txt, JSON-LD, API, factsheets, mails, calendars). "
        "`make run` calls it with HOST and PORT; a deployment with SITE_HOSTNAME and SITE_PORT "
        "(443 means https). Does nothing before the site has a home page."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--hostname",
            default=env("SITE_HOSTNAME", "127.0.0.1"),
            help="Host name of the site (default: $SITE_HOSTNAME or 127.0.0.1).",
        )
        parser.add_argument(
            "--port",
            type=int,
            default=env("SITE_PORT", 8000),
            help="Port the public URLs name (default: $SITE_PORT or 8000; 443 for https).",
        )

    def handle(self, *args, hostname, port, **options):
        hostname = hostname.strip().lower()
        if not hostname or "/" in hostname or (":" in hostname and not hostname.startswith("[")):
            raise CommandError(f"Not a host name: {hostname!r} (give the port with --port).")
        if not 0 < port < 65536:
            raise CommandError(f"Not a port: {port}.")
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            self.stdout.write("No default site yet (run load_demo first); nothing changed.")
            return
        if (site.hostname, site.port) == (hostname, port):
            self.stdout.write(f"Site already at {site.root_url}/; nothing changed.")
            return
        site.hostname, site.port = hostname, port
        site.save()
        self.stdout.write(self.style.SUCCESS(f"Site now at {site.root_url}/"))
