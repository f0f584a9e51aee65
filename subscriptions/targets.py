"""What a subscription follows: reading it from the subscribe form, naming it in mails, its
page and the feed items (registers/feeds.py) that a digest reports."""

from django.core.exceptions import ValidationError
from django.http import QueryDict
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from cms.site_url import absolute_url
from registers import feeds
from registers.models import Organisation, Partnership, RegisterPage
from registers.search import RegisterQuery
from registers.selections import QUERY_MAX_LENGTH
from subscriptions.models import Kind


def normalise_selection(text: str) -> str:
    """The register query string as the feeds and selections write it (the register's own
    parameters in its order, without sort or page), or a ValidationError."""
    text = (text or "").strip().lstrip("?")
    if len(text) > QUERY_MAX_LENGTH:
        raise ValidationError(_("This selection is too long to follow."))
    query = RegisterQuery.from_params(QueryDict(text))
    if query.errors:
        wrong = ", ".join(f"{param}={value}" for param, value in query.errors)
        raise ValidationError(
            _("The register does not know these values: %(values)s") % {"values": wrong}
        )
    # A selection on a date does not change: follow the register as it is now.
    return urlencode([(k, v) for k, v in query.as_params() if k != "peildatum"])


def resolve(kind: str, target: str) -> dict:
    """{"partnership"|"organisation"|"selection": …} for the form's hidden fields, or a
    ValidationError when the thing is unknown (or not public)."""
    if kind == Kind.SELECTION:
        return {"selection": normalise_selection(target)}
    target = (target or "").strip()
    if not target.isdigit() or len(target) > 12:
        raise ValidationError(_("This is not something in the register."))
    if kind == Kind.PARTNERSHIP:
        found = Partnership.objects.public().filter(pk=int(target)).first()
    elif kind == Kind.ORGANISATION:
        found = Organisation.objects.public().filter(pk=int(target)).first()
    else:
        raise ValidationError(_("This is not something in the register."))
    if found is None:
        raise ValidationError(_("This is not something in the register."))
    return {kind: found}


def register_page(language: str):
    pages = RegisterPage.objects.live()
    return pages.filter(locale__language_code=language).first() or pages.first()


def name(subscription) -> str:
    """What the subscription follows, for a mail or the manage page (active language)."""
    if subscription.kind == Kind.PARTNERSHIP:
        return subscription.partnership.name
    if subscription.kind == Kind.ORGANISATION:
        return _("The partnerships of %(name)s") % {"name": subscription.organisation.name}
    query = RegisterQuery.from_params(QueryDict(subscription.selection))
    if not query.as_params():
        return _("The whole register of partnerships")
    parts = [f"“{query.text}”"] if query.text else []
    parts += [", ".join(values) for values in query.selected.values()]
    return _("A selection of the register: %(what)s") % {"what": "; ".join(parts)}


def page_url(subscription, page) -> str:
    """The public page of what is followed, absolute; "" without a register page."""
    if page is None:
        return ""
    if subscription.kind == Kind.PARTNERSHIP:
        return absolute_url(page.partnership_url(subscription.partnership))
    if subscription.kind == Kind.ORGANISATION:
        return absolute_url(page.organisation_url(subscription.organisation))
    suffix = f"?{subscription.selection}" if subscription.selection else ""
    return absolute_url(f"{page.get_url()}{suffix}")


def items(subscription) -> list:
    """The feed's items for what is followed, newest first (bounded by registers/feeds.py)."""
    if subscription.kind == Kind.PARTNERSHIP:
        if not subscription.partnership.live:
            return []
        return feeds.partnership_changes(subscription.partnership)
    if subscription.kind == Kind.ORGANISATION:
        return feeds.organisation_changes(subscription.organisation)
    return feeds.selection_changes(RegisterQuery.from_params(QueryDict(subscription.selection)))
