"""The tools in the Instrumentenkoffer, each a page below the Instrumentenkoffer's
InstrumentPage (pages app): a plain tool (Rollenkaart handout, GR-checklist …), the Fasescan
and the Rollenkaart of a partnership. Each offers the documents generated from its text
(instruments/documents.py) as a PDF and an editable DOCX."""

from django import forms
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.search import index

from pages.blocks import AttachmentsBlock, BodyBlock
from pages.models import SitePage
from pages.models.routes import TranslatedRoutesMixin
from registers.choices import Phase
from registers.fields import MultipleChoiceField


class ToolPageBase(SitePage):
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))
    phases = MultipleChoiceField(
        verbose_name=_("fits the phases"),
        choices_enum=Phase,
        help_text=_(
            "The phases of a partnership for which the Fasescan suggests this tool. Leave "
            "empty for a tool that fits every phase."
        ),
    )
    documents = StreamField(
        AttachmentsBlock(),
        blank=True,
        verbose_name=_("other documents"),
        help_text=_(
            "Documents besides the PDF and DOCX that the site makes from this page's text."
        ),
    )

    search_fields = SitePage.search_fields + [index.SearchField("body")]
    content_panels = SitePage.content_panels + [
        FieldPanel("body"),
        FieldPanel("phases", widget=forms.CheckboxSelectMultiple),
        FieldPanel("documents"),
    ]
    parent_page_types = ["pages.InstrumentPage"]
    subpage_types = []
    schema_org_type = "DigitalDocument"

    class Meta:
        abstract = True

    def generated_documents(self):
        """The PDF and DOCX made from this page (GeneratedDocument), PDF first."""
        from instruments.models.documents import GeneratedDocument

        return (
            GeneratedDocument.objects.filter(page_id=self.pk)
            .select_related("document")
            .order_by("-file_format")
        )

    def phase_labels(self):
        return [Phase(value).label for value in self.phases or [] if value in Phase.values]

    def fits(self, phase: str) -> bool:
        return not self.phases or phase in self.phases


class ToolPage(ToolPageBase):
    """A tool of the Instrumentenkoffer, such as the GR-checklist: its text, the phases it
    fits and its downloadable documents."""

    template = "instruments/tool_page.html"

    class Meta:
        verbose_name = _("tool")
        verbose_name_plural = _("tools")


class FasescanPage(TranslatedRoutesMixin, RoutablePageMixin, ToolPageBase):
    """The Fasescan: a questionnaire whose answers name the phase a partnership is in
    (instruments/fasescan.py), with the tools that fit it. A registerbeheerder, or the
    recipient of a verification round's link, can save the result on a partnership. That
    link's signed token travels as `?verificatie=<token>` (Wagtail's page URLs allow no ":" in
    a path, and a signed token has two)."""

    template = "instruments/fasescan_page.html"
    max_count_per_parent = 1
    ROUTE_WORDS = {"en": {"opslaan/": "save/"}}

    class Meta:
        verbose_name = _("Fasescan")
        verbose_name_plural = _("Fasescans")

    @path("")
    def scan(self, request):
        from instruments import views

        return views.fasescan(request, self)

    @path("opslaan/")
    def save_phase(self, request):
        from instruments import views

        return views.fasescan_save(request, self)


class RollenkaartPage(TranslatedRoutesMixin, RoutablePageMixin, ToolPageBase):
    """The Rollenkaart: the handout, and for each partnership in the register a map of
    who plays which role, built from its participants (instruments/rollenkaart.py)."""

    template = "instruments/rollenkaart_page.html"
    max_count_per_parent = 1
    ROUTE_WORDS = {}

    class Meta:
        verbose_name = _("Rollenkaart")
        verbose_name_plural = _("Rollenkaarten")

    @path("")
    def index(self, request):
        return self.render(request)

    @path("<slug:slug>/")
    def partnership_map(self, request, slug):
        from instruments import views

        return views.rollenkaart_map(request, self, slug)

    @path("<slug:slug>/csv/")
    def partnership_csv(self, request, slug):
        from instruments import views

        return views.rollenkaart_csv(request, self, slug)

    def partnership_url(self, partnership, request=None) -> str:
        return f"{self.get_url(request)}{partnership.slug}/"
