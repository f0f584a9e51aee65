"""The register in the Wagtail admin: snippet viewsets for Registerbeheer."""

from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

import django_filters
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets.button import HeaderButton
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import IndexView, SnippetViewSet, SnippetViewSetGroup

from registers.choices import PartnershipKind, Phase, ProvinceRole, Status
from registers.components import (
    DataQualityPanel,
    MergeProposalsPanel,
    UnverifiedPartnershipsPanel,
)
from registers.models import (
    Organisation,
    Partnership,
    PolicyDomain,
    Region,
    RegionalDivision,
    RegisterSelection,
)


class RegisterSnippetViewSet(SnippetViewSet):
    """Listing search by the database's own `icontains` over `search_fields`, not the
    search backend: the index holds published entries only (editors look for drafts too),
    and Wagtail's SQLite backend cannot restrict a search to fields (a 500 on SQLite)."""

    search_backend_name = None


class PartnershipFilterSet(WagtailFilterSet):
    kind = django_filters.ChoiceFilter(choices=PartnershipKind.choices, label=_("Legal form"))
    phase = django_filters.ChoiceFilter(choices=Phase.choices, label=_("Phase"))
    status = django_filters.ChoiceFilter(choices=Status.choices, label=_("Status"))
    province_role = django_filters.ChoiceFilter(
        choices=ProvinceRole.choices, label=_("Role of the province")
    )
    domains = django_filters.ModelChoiceFilter(
        queryset=PolicyDomain.objects.all(), label=_("Policy domain")
    )

    class Meta:
        model = Partnership
        fields = ["kind", "phase", "status", "province_role", "domains", "live"]


class PartnershipViewSet(RegisterSnippetViewSet):
    model = Partnership
    icon = "group"
    menu_label = _("Partnerships")
    list_display = ["name", "abbreviation", "kind", "phase", "last_verified", "live"]
    list_export = [
        "id",
        "slug",
        "name",
        "abbreviation",
        "kind",
        "wgr_form",
        "phase",
        "status",
        "seat_place",
        "province_role",
        "last_verified",
        "last_verified_by",
    ]
    export_filename = "samenwerkingsverbanden"
    filterset_class = PartnershipFilterSet
    search_fields = ["name", "abbreviation", "citation_title"]
    ordering = ["name"]
    copy_view_enabled = False


class OrganisationIndexView(IndexView):
    @cached_property
    def header_buttons(self):
        buttons = list(super().header_buttons)
        if self.request.user.has_perm("registers.change_partnership"):
            buttons.append(
                HeaderButton(
                    _("Record a merger"), url=reverse("register_record_merger"), icon_name="link"
                )
            )
        return buttons


class OrganisationViewSet(RegisterSnippetViewSet):
    model = Organisation
    index_view_class = OrganisationIndexView
    icon = "site"
    menu_label = _("Organisations")
    list_display = ["name", "kind", "cbs_code", "province", "active_until", "live"]
    list_filter = {"kind": ["exact"], "province": ["exact"], "live": ["exact"]}
    list_export = [
        "id",
        "slug",
        "name",
        "kind",
        "cbs_code",
        "tooi_uri",
        "active_from",
        "active_until",
    ]
    export_filename = "organisaties"
    search_fields = ["name", "cbs_code"]
    ordering = ["name"]


class PolicyDomainViewSet(RegisterSnippetViewSet):
    model = PolicyDomain
    icon = "tag"
    menu_label = _("Policy domains")
    list_display = ["name", "name_en", "slug"]


class RegionalDivisionViewSet(RegisterSnippetViewSet):
    model = RegionalDivision
    icon = "table"
    menu_label = _("Regional divisions")
    list_display = ["name", "domain", "is_collaboration"]
    list_filter = ["domain"]


class RegionViewSet(RegisterSnippetViewSet):
    model = Region
    icon = "globe"
    menu_label = _("Regions")
    list_display = ["name", "division", "partnership"]
    list_filter = ["division"]
    search_fields = ["name"]


class RegisterSelectionViewSet(RegisterSnippetViewSet):
    """Saved register selections that pages show (issue 18, registers/selections.py)."""

    model = RegisterSelection
    icon = "list-ul"
    menu_label = _("Register selections")
    list_display = ["title", "query", "limit"]
    search_fields = ["title", "title_en", "query"]


class RegisterViewSetGroup(SnippetViewSetGroup):
    items = (
        PartnershipViewSet,
        OrganisationViewSet,
        PolicyDomainViewSet,
        RegionalDivisionViewSet,
        RegionViewSet,
        RegisterSelectionViewSet,
    )
    menu_icon = "list-ul"
    menu_label = _("Register")
    menu_name = "register"
    submenu_hook = "register_register_menu_item"


register_snippet(RegisterViewSetGroup)


@hooks.register("construct_homepage_panels")
def add_unverified_panel(request, panels):
    if request.user.has_perm("registers.change_partnership"):
        panels.append(UnverifiedPartnershipsPanel())


@hooks.register("construct_homepage_panels")
def add_merge_proposals_panel(request, panels):
    user = request.user
    if user.has_perm("registers.change_partnership") and user.has_perm(
        "registers.delete_partnership"
    ):
        panels.append(MergeProposalsPanel(user))


@hooks.register("construct_homepage_panels")
def add_data_quality_panel(request, panels):
    if request.user.has_perm("registers.change_partnership"):
        panels.append(DataQualityPanel())


@hooks.register("register_admin_urls")
def register_duplicates_urls():
    from registers import admin_views

    return [
        path("register/duplicates/", admin_views.duplicates, name="register_duplicates"),
        path("register/quality/", admin_views.quality_queue, name="register_quality"),
        path(
            "register/duplicates/merge/<int:keep_pk>/<int:other_pk>/",
            admin_views.merge,
            name="register_merge",
        ),
        path(
            "register/duplicates/proposals/<int:pk>/",
            admin_views.merge_proposal,
            name="register_merge_proposal",
        ),
        path(
            "register/duplicates/distinct/<int:first_pk>/<int:second_pk>/",
            admin_views.not_a_duplicate,
            name="register_not_a_duplicate",
        ),
        path(
            "register/organisations/merger/",
            admin_views.record_merger_view,
            name="register_record_merger",
        ),
        path(
            "register/verification/start/",
            admin_views.start_verification_round,
            name="register_start_verification_round",
        ),
    ]


class PermissionMenuItem(MenuItem):
    def __init__(self, *args, permission, **kwargs):
        super().__init__(*args, **kwargs)
        self.permission = permission

    def is_shown(self, request):
        return request.user.has_perm(self.permission)


# The registerbeheerder's pages under Register, for whoever may change partnerships: the
# queues (found from the menu too, not only from the dashboard's panel), the scan's import and
# the verification round. (label, URL name, icon, menu name, order)
REGISTER_TOOLS = [
    (_("Possible duplicates"), "register_duplicates", "copy", "possible-duplicates", 880),
    (_("Register data quality"), "register_quality", "warning", "register-data-quality", 890),
    (_("Financial scan import"), "register_scan_import", "upload", "financial-scan-import", 900),
    (
        _("Verification round"),
        "register_start_verification_round",
        "mail",
        "verification-round",
        910,
    ),
]


def _tool_menu_item(label, url_name, icon, name, order):
    def menu_item():
        return PermissionMenuItem(
            label,
            reverse(url_name),
            icon_name=icon,
            name=name,
            order=order,
            permission="registers.change_partnership",
        )

    return menu_item


for tool in REGISTER_TOOLS:
    hooks.register("register_register_menu_item", _tool_menu_item(*tool))


@hooks.register("register_admin_urls")
def register_scan_import_urls():
    from registers import scan_admin_views

    return [
        path(
            "register/financial-scan/import/",
            scan_admin_views.scan_import_view,
            name="register_scan_import",
        )
    ]


@hooks.register("register_log_actions")
def register_merge_log_actions(actions):
    from wagtail.log_actions import LogFormatter

    from registers.merge_review import MERGE_PROPOSED_ACTION, MERGE_REJECTED_ACTION
    from registers.mergers import MERGER_ACTION
    from registers.merging import MERGE_ACTION, NOT_A_DUPLICATE_ACTION
    from registers.verification import PROPOSED_ACTION, VERIFIED_ACTION

    @actions.register_action(VERIFIED_ACTION)
    class VerifiedFormatter(LogFormatter):
        label = _("Verified by e-mail")

        def format_message(self, log_entry):
            if log_entry.data.get("organisation"):
                return _("Confirmed as correct in the verification round by %(by)s") % {
                    "by": log_entry.data.get("by", "")
                }
            return _("Confirmed as correct via e-mail (verificatie via e-mail) by %(email)s") % {
                "email": log_entry.data.get("email", "")
            }

    @actions.register_action(PROPOSED_ACTION)
    class ProposedFormatter(LogFormatter):
        label = _("Change proposed by e-mail")

        def format_message(self, log_entry):
            return _("Change proposed via e-mail by %(email)s: %(note)s") % {
                "email": log_entry.data.get("email") or log_entry.data.get("by", ""),
                "note": log_entry.data.get("note", "") or "—",
            }

    @actions.register_action(MERGE_ACTION)
    class MergeFormatter(LogFormatter):
        label = _("Merge a duplicate")

        def format_message(self, log_entry):
            if log_entry.data.get("proposed_by"):
                # Approved by the one who merged (registers/merge_review.py).
                return _("Merged “%(name)s” into this entry, as proposed by %(proposer)s") % {
                    "name": log_entry.data.get("merged", ""),
                    "proposer": log_entry.data["proposed_by"],
                }
            return _("Merged “%(name)s” into this entry") % {
                "name": log_entry.data.get("merged", "")
            }

    @actions.register_action(MERGE_PROPOSED_ACTION)
    class MergeProposedFormatter(LogFormatter):
        label = _("Merge proposed")

        def format_message(self, log_entry):
            return _("Proposed to merge “%(name)s” into this entry: %(reason)s") % {
                "name": log_entry.data.get("merged", ""),
                "reason": log_entry.data.get("reason") or "—",
            }

    @actions.register_action(MERGE_REJECTED_ACTION)
    class MergeRejectedFormatter(LogFormatter):
        label = _("Merge rejected")

        def format_message(self, log_entry):
            return _("Rejected the merge of “%(name)s” into this entry: %(comment)s") % {
                "name": log_entry.data.get("merged", ""),
                "comment": log_entry.data.get("comment") or "—",
            }

    @actions.register_action(MERGER_ACTION)
    class MergerFormatter(LogFormatter):
        label = _("Record a merger")

        def format_message(self, log_entry):
            return _("Merger of %(names)s into this organisation on %(date)s") % {
                "names": ", ".join(log_entry.data.get("predecessors", [])),
                "date": log_entry.data.get("date", ""),
            }

    @actions.register_action(NOT_A_DUPLICATE_ACTION)
    class NotADuplicateFormatter(LogFormatter):
        label = _("Not a duplicate")

        def format_message(self, log_entry):
            return _("Marked as not a duplicate of “%(name)s”") % {
                "name": log_entry.data.get("other", "")
            }
