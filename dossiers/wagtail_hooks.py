"""The municipality dossier in the Wagtail admin: account holders (kept by Registerbeheer)
and toezicht judgements (kept by the Toezicht group), as snippets under one menu item.
Who may do what is the model permissions of dossiers/migrations/0002."""

from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from dossiers.models import AccountHolder, SupervisionJudgement


class DossierSnippetViewSet(SnippetViewSet):
    # The database's own icontains (as registers/wagtail_hooks.py): these rows are not in
    # the search index, and SQLite's backend cannot search a field of a related model.
    search_backend_name = None
    copy_view_enabled = False


class AccountHolderViewSet(DossierSnippetViewSet):
    model = AccountHolder
    icon = "user"
    menu_label = _("Account holders")
    list_display = ["name", "organisation", "role", "position", "email"]
    list_filter = ["role"]
    list_export = ["organisation", "role", "name", "position", "email", "phone"]
    export_filename = "accounthouders"
    search_fields = ["name", "organisation__name", "position"]
    ordering = ["organisation__name", "role", "sort_order"]


class SupervisionJudgementViewSet(DossierSnippetViewSet):
    model = SupervisionJudgement
    icon = "doc-full"
    menu_label = _("Toezicht judgements")
    list_display = ["organisation", "domain", "year", "judgement", "next_meeting"]
    list_filter = ["domain", "year", "judgement"]
    list_export = ["organisation", "domain", "year", "judgement", "explanation", "next_meeting"]
    export_filename = "toezichtoordelen"
    search_fields = ["organisation__name", "explanation"]
    ordering = ["organisation__name", "-year", "domain"]


class DossierViewSetGroup(SnippetViewSetGroup):
    items = (AccountHolderViewSet, SupervisionJudgementViewSet)
    menu_icon = "folder-open-inverse"
    menu_label = _("Municipality dossiers")
    menu_name = "dossiers"


register_snippet(DossierViewSetGroup)
