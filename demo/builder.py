"""Build the demo site from the files under demo/content/ (demo/content_files.py): a Dutch
tree and its English translation.

Pages are made with the test factories (so demo and tests cannot drift) and published
through revisions, as an editor would.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.test.utils import override_settings

from wagtail.models import Locale, Page, Site

from demo import content_files
from demo.factories.pages import (
    ContentPageFactory,
    HomePageFactory,
    InstrumentIndexPageFactory,
    InstrumentPageFactory,
    KnowledgeArticlePageFactory,
    KnowledgeIndexPageFactory,
    ProgrammeLineIndexPageFactory,
    ProgrammeLinePageFactory,
)
from demo.translations import publish as _publish
from demo.translations import translate as _translate
from pages.models import Audience, HomePage

# The instrument whose tools (demo/content/tools/) are pages below it.
TOOLKIT_SLUG = "instrumentenkoffer"

DEMO_USERS = [
    # username, group, is_superuser
    ("admin", None, True),
    ("communicator", "Communicatoren", False),
    ("redacteur", "Redactie", False),
    ("registerbeheerder", "Registerbeheer", False),
    # A second registerbeheerder approves the first one's edits and corrections from a
    # verification round (Registerreview asks a second person).
    ("registerbeheerder2", "Registerbeheer", False),
    ("organisator", "Organisatoren", False),
    ("toezicht", "Toezicht", False),
    ("stimulans", "Stimulans", False),
]


class DemoBuilder:
    def __init__(self, stdout=None, password="demo", hostname="127.0.0.1", port=8000):
        self.stdout = stdout
        self.password = password
        self.hostname = hostname
        self.port = port
        self.nl = Locale.objects.get(language_code="nl")
        self.en = Locale.objects.get(language_code="en")
        self.counts = {"pages": 0, "users": 0}
        self.content = content_files.load()

    def log(self, message):
        if self.stdout is not None:
            self.stdout.write(message)

    @staticmethod
    def exists() -> bool:
        return HomePage.objects.filter(locale__language_code="nl").exists()

    # A translation is copied with the Dutch slug and then given its English one; that
    # first slug was never public, so no redirect from it should be made.
    @override_settings(WAGTAILREDIRECTS_AUTO_CREATE=False)
    @transaction.atomic
    def build(self):
        home = self._home()
        self._programme(home)
        self._instruments(home)
        self._knowledge(home)
        self._content_pages(home)
        self._register(home)
        self._promotions()
        self._users()
        # After the users: events need the privacy page and the organisator user.
        self._events(home)
        self._dossiers(home)
        self._stimulans()
        return home

    # --- pages -------------------------------------------------------------------------

    def _pair(self, factory, parent_nl, parent_en, spec, **extra):
        nl_page = factory(parent=parent_nl, **content_files.page_fields(spec["nl"]), **extra)
        _publish(nl_page)
        en_page = _translate(nl_page, spec["en"], self.en)
        self.counts["pages"] += 2
        return nl_page, en_page

    def _home(self):
        root = Page.get_first_root_node()
        # Wagtail's "Welcome" placeholder (a plain Page) goes; deleting it also deletes
        # the Site pointing at it, which is recreated below for the demo home.
        Page.objects.filter(depth=2, content_type=ContentType.objects.get_for_model(Page)).delete()
        home = self.content.home
        home_nl = HomePageFactory(parent=root, slug="home", **content_files.page_fields(home["nl"]))
        _publish(home_nl)
        Site.objects.filter(is_default_site=True).delete()
        Site.objects.create(
            hostname=self.hostname,
            port=self.port,
            root_page=home_nl,
            is_default_site=True,
            site_name=home["nl"]["title"],
        )
        self.home_en = _translate(home_nl, home["en"], self.en)
        self.counts["pages"] += 2
        self.log("  home pages: /nl/ and /en/")
        return home_nl

    def _programme(self, home):
        index_nl, index_en = self._pair(
            ProgrammeLineIndexPageFactory, home, self.home_en, self.content.programme_index
        )
        self.programme_lines = {}
        for spec in self.content.programme_lines:
            nl_page, _en_page = self._pair(
                ProgrammeLinePageFactory, index_nl, index_en, spec, number=spec["number"]
            )
            self.programme_lines[spec["number"]] = nl_page
        self.log(f"  programme lines: {len(self.programme_lines)}")

    def _instruments(self, home):
        index_nl, index_en = self._pair(
            InstrumentIndexPageFactory, home, self.home_en, self.content.instrument_index
        )
        toolkit_nl = toolkit_en = None
        for spec in self.content.instruments:
            lines = [self.programme_lines[n] for n in spec["programme_lines"]]
            audiences = list(Audience.objects.filter(slug__in=spec["audiences"]))
            extra = {
                "contact_email": spec.get("contact_email", ""),
                "contact_phone": spec.get("contact_phone", ""),
            }
            factory = InstrumentPageFactory
            if spec.get("page_type") == "stimulans":
                from demo.factories.stimulans import StimulansPageFactory

                factory = StimulansPageFactory
            nl_page = factory(parent=index_nl, **content_files.page_fields(spec["nl"]), **extra)
            if spec["nl"]["slug"] == TOOLKIT_SLUG:
                toolkit_nl = nl_page
            nl_page.programme_lines.set(lines)
            nl_page.audiences.set(audiences)
            _publish(nl_page)
            en_page = _translate(nl_page, spec["en"], self.en)
            en_page.programme_lines.set(lines)
            en_page.audiences.set(audiences)
            _publish(en_page)
            self.counts["pages"] += 2
            if nl_page == toolkit_nl:
                toolkit_en = en_page
        self.log(f"  instruments: {len(self.content.instruments)}")
        self._tools(toolkit_nl, toolkit_en)

    def _tools(self, toolkit_nl, toolkit_en):
        """The Instrumentenkoffer's tools below it. Their PDF and DOCX documents are made by
        load_demo afterwards (instruments/documents.py), not here: tests that build the demo
        do not pay for twenty documents they do not read."""
        from demo.factories.instruments import TOOL_FACTORIES

        for spec in self.content.tools:
            factory = TOOL_FACTORIES[spec["page_type"]]
            self._pair(factory, toolkit_nl, toolkit_en, spec, phases=spec.get("phases", []))
        self.log(f"  Instrumentenkoffer tools: {len(self.content.tools)}")

    def _knowledge(self, home):
        index_nl, index_en = self._pair(
            KnowledgeIndexPageFactory, home, self.home_en, self.content.knowledge_index
        )
        for spec in self.content.articles:
            extra = {
                "programme_line": self.programme_lines.get(spec.get("programme_line")),
                "publication_date": spec["publication_date"],
                "author": spec.get("author", ""),
            }
            audiences = list(Audience.objects.filter(slug__in=spec.get("audiences", [])))
            nl_page = KnowledgeArticlePageFactory(
                parent=index_nl, **content_files.page_fields(spec["nl"]), **extra
            )
            nl_page.tags.set(spec.get("tags", []))
            nl_page.audiences.set(audiences)
            _publish(nl_page)
            en_page = _translate(nl_page, spec["en"], self.en)
            en_page.tags.set(spec.get("tags", []))
            en_page.audiences.set(audiences)
            _publish(en_page)
            self.counts["pages"] += 2
        self.log(f"  knowledge articles: {len(self.content.articles)}")

    def _content_pages(self, home):
        for spec in self.content.content_pages:
            self._pair(ContentPageFactory, home, self.home_en, spec, show_in_menus=False)
        menu_models = ("programmelineindexpage", "instrumentindexpage", "knowledgeindexpage")
        for page in Page.objects.filter(depth=3, content_type__model__in=menu_models):
            page.show_in_menus = True
            page.save(update_fields=["show_in_menus"])
        self.log(f"  standard pages: {len(self.content.content_pages)}")

    def _register(self, home):
        from demo.factories.registers import RegisterPageFactory

        self._pair(
            RegisterPageFactory, home, self.home_en, self.content.register_page, show_in_menus=True
        )
        self.log("  register page: /nl/register/ and /en/register/")
        self._portal_province()

    def _portal_province(self):
        """The demo is Noord-Holland's portal (REGISTER_PROVINCE_CBS, PV27 unless set): a
        real province of the imported data, named in the site's settings. Created here with
        the name the importer gives it, which then finds it by its CBS code."""
        from django.conf import settings

        from registers.choices import OrganisationKind
        from registers.importer.reference import province_organisation_name
        from registers.models import Organisation, PortalSettings

        code = settings.REGISTER_PROVINCE_CBS
        if not code:
            return
        province, _created = Organisation.objects.get_or_create(
            cbs_code=code,
            defaults={"name": province_organisation_name(code), "kind": OrganisationKind.PROVINCIE},
        )
        site = Site.objects.get(is_default_site=True)
        PortalSettings.objects.update_or_create(site=site, defaults={"province": province})
        self.log(f"  portal of: {province.name} (Settings › Portal)")

    def _promotions(self):
        """Editors' picks for searches that name a concept many register entries carry in
        their name ("Gemeenschappelijke regeling X")."""
        from wagtail.contrib.search_promotions.models import Query, SearchPromotion

        from pages.models import KnowledgeArticlePage
        from registers.models import RegisterPage

        explainer = KnowledgeArticlePage.objects.filter(
            locale=self.nl, slug="wat-is-een-gemeenschappelijke-regeling"
        ).first()
        if explainer is None:
            return
        explainer_en = explainer.get_translation_or_none(self.en)
        register = RegisterPage.objects.filter(locale=self.nl).first()
        picks = {
            "gemeenschappelijke regeling": [explainer, register],
            "gemeenschappelijke regelingen": [explainer, register],
            "joint arrangement": [explainer_en],
            "wgr": [explainer],
        }
        for query_string, pages in picks.items():
            query = Query.get(query_string)
            for order, page in enumerate(p for p in pages if p is not None):
                SearchPromotion.objects.get_or_create(
                    query=query, page=page, defaults={"sort_order": order}
                )
        self.log(f"  editors' picks: {len(picks)} queries")

    def _events(self, home):
        from demo.agenda import build_demo_events

        self.events = built = build_demo_events(
            home, self.home_en, self.programme_lines, self.content
        )
        self.counts["pages"] += 2 * (1 + len(built["events"]))
        self.log(f"  events: {len(built['events'])} in Dutch and English")

    def _dossiers(self, home):
        from demo import dossiers

        counts = dossiers.build_municipality_dossiers()
        self.log(
            f"  municipality dossiers: {counts['account_holders']} account holders, "
            f"{counts['judgements']} toezicht judgements"
        )
        made = dossiers.build_belangenbehartiging(home, self.programme_lines)
        self.counts["pages"] += made
        self.log(f"  Belangenbehartiging: index and {made // 2 - 1} dossiers in Dutch and English")

    def _stimulans(self):
        from demo.stimulans import build_demo_applications

        count = build_demo_applications()
        self.log(f"  Stimulans applications: {count} (demo), 4 granted")

    # --- people ------------------------------------------------------------------------

    def _users(self):
        User = get_user_model()
        for username, group_name, is_superuser in DEMO_USERS:
            user, created = User.objects.get_or_create(
                username=username,
                defaults={
                    "email": f"{username}@provincie.example",
                    "is_staff": is_superuser,
                    "is_superuser": is_superuser,
                    "first_name": username.capitalize(),
                },
            )
            if created:
                user.set_password(self.password)
                user.save()
                self.counts["users"] += 1
            if group_name:
                user.groups.add(Group.objects.get(name=group_name))
