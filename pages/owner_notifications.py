"""E-mail to the owner of a page or register entry when it is published, sent back in review,
or becomes stale (issue 15) — what Plone's content rules do for site owners.

Who hears what is chosen per group in Settings → Notifications to owners
(OwnerNotificationSettings): an owner is told when they are in one of the groups chosen for
that event, have an e-mail address and did not do it themselves. The owner is a page's
`owner` or any model's `owner` field (register entries have one). Mails go in the owner's
admin language.

- published: after the publish is committed, the publisher is read from its log entry (the
  publish signal does not say who published). Not when the owner submitted the workflow that
  this publish approves: Wagtail's "approved" mail already tells them.
- sent back: Wagtail already tells whoever submitted the item; the owner is told here when
  someone else submitted it, with the reviewer's comment.
- stale: `manage.py notify_stale_owners` (daily from cron) sends each owner one mail listing
  their items not published for `stale_after_days`, once per period (StaleNotice).
  Sources of stale items register themselves (`register_stale_source`); pages are one.
"""

import datetime
import logging
from collections import defaultdict
from collections.abc import Callable, Iterable

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation

from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.signals import published, task_rejected

from pages.models import OwnerNotificationSettings, StaleNotice

logger = logging.getLogger(__name__)

EVENTS = {
    "published": "published_groups",
    "sent_back": "sent_back_groups",
    "stale": "stale_groups",
}

_stale_sources: list[Callable[[datetime.datetime], Iterable]] = []


def register_stale_source(source: Callable[[datetime.datetime], Iterable]):
    """`source(cutoff)` yields owned items last published before `cutoff`."""
    if source not in _stale_sources:
        _stale_sources.append(source)
    return source


def owner_of(instance):
    return getattr(instance, "owner", None)


def wants(user, event: str, config: OwnerNotificationSettings | None = None) -> bool:
    if user is None or not user.is_active or not user.email:
        return False
    config = config or OwnerNotificationSettings.load()
    groups = getattr(config, EVENTS[event])
    return groups.filter(pk__in=user.groups.values("pk")).exists()


def _language_of(user) -> str:
    """The owner's admin language; not the active one, which may be a visitor's."""
    from wagtail.users.models import UserProfile

    return (UserProfile.get_for_user(user).preferred_language or settings.LANGUAGE_CODE)[:2]


def _approved_for(instance, owner) -> bool:
    """Whether this publish ends a workflow the owner submitted: Wagtail's own "approved"
    mail reaches them then, so ours would be a second one."""
    from wagtail.models import WorkflowState

    state = WorkflowState.objects.for_instance(instance).order_by("-created_at").first()
    if state is None or state.status != WorkflowState.STATUS_APPROVED:
        return False
    finished = state.current_task_state.finished_at if state.current_task_state else None
    recent = finished is not None and timezone.now() - finished < datetime.timedelta(minutes=5)
    return recent and state.requested_by_id == owner.pk


def _admin_url(instance) -> str:
    path = AdminURLFinder().get_edit_url(instance) or ""
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path if path else ""


def send(user, event: str, context: dict) -> bool:
    """One mail of `event` to `user`, in their admin language; failures are logged only."""
    with translation.override(_language_of(user)):
        context = {"user": user, **context}
        subject = render_to_string(f"pages/email/owner_{event}_subject.txt", context)
        body = render_to_string(f"pages/email/owner_{event}.txt", context)
    message = EmailMessage(
        " ".join(subject.split()),
        body,
        to=[user.email],
        headers={"Auto-Submitted": "auto-generated"},
    )
    try:
        message.send()
    except Exception:
        logger.exception("Could not send the %s notification to user %s", event, user.pk)
        return False
    return True


def _last_actor(instance, action: str):
    from wagtail.log_actions import registry

    entry = (
        registry.get_logs_for_instance(instance)
        .filter(action=action)
        .order_by("-timestamp", "-pk")
        .first()
    )
    return entry.user if entry else None


def notify_published(instance) -> bool:
    owner = owner_of(instance)
    if not wants(owner, "published"):
        return False
    publisher = _last_actor(instance, "wagtail.publish")
    if publisher is not None and publisher.pk == owner.pk:
        return False
    if _approved_for(instance, owner):
        return False
    return send(
        owner,
        "published",
        {"item": instance, "by": publisher, "admin_url": _admin_url(instance)},
    )


def notify_sent_back(task_state, reviewer) -> bool:
    workflow_state = task_state.workflow_state
    instance = workflow_state.content_object
    if instance is None:
        return False
    instance = getattr(instance, "specific", instance)
    owner = owner_of(instance)
    if not wants(owner, "sent_back"):
        return False
    submitter = workflow_state.requested_by
    if submitter is not None and submitter.pk == owner.pk:
        return False  # Wagtail's own rejection mail already reaches them
    if reviewer is not None and reviewer.pk == owner.pk:
        return False
    return send(
        owner,
        "sent_back",
        {
            "item": instance,
            "by": reviewer,
            "comment": task_state.get_comment(),
            "task": task_state.task.name,
            "admin_url": _admin_url(instance),
        },
    )


def notify_stale(now=None) -> dict:
    """One mail per owner listing their stale items not yet reported this period.
    Returns {"owners": n, "items": n}."""
    now = now or timezone.now()
    config = OwnerNotificationSettings.load()
    period = datetime.timedelta(days=config.stale_after_days)
    cutoff = now - period
    per_owner = defaultdict(list)
    for source in _stale_sources:
        for instance in source(cutoff):
            owner = owner_of(instance)
            if owner is not None:
                per_owner[owner].append(instance)
    owners = items = 0
    for owner, instances in per_owner.items():
        if not wants(owner, "stale", config):
            continue
        due = [item for item in instances if not _reported_since(item, cutoff)]
        if not due:
            continue
        rows = [{"item": item, "admin_url": _admin_url(item)} for item in due]
        if send(owner, "stale", {"rows": rows, "days": config.stale_after_days}):
            owners += 1
            items += len(due)
            for item in due:
                StaleNotice.objects.update_or_create(
                    content_type=ContentType.objects.get_for_model(item, for_concrete_model=False),
                    object_id=str(item.pk),
                    defaults={"sent_at": now},
                )
    return {"owners": owners, "items": items}


def _reported_since(instance, cutoff) -> bool:
    return StaleNotice.objects.filter(
        content_type=ContentType.objects.get_for_model(instance, for_concrete_model=False),
        object_id=str(instance.pk),
        sent_at__gt=cutoff,
    ).exists()


def stale_pages(cutoff):
    from wagtail.models import Page

    pages = Page.objects.live().filter(last_published_at__lt=cutoff, owner__isnull=False)
    return pages.select_related("owner").specific()


register_stale_source(stale_pages)


def _on_published(sender, instance, **kwargs):
    if owner_of(instance) is not None:
        transaction.on_commit(lambda: notify_published(instance))


def _on_task_rejected(sender, instance, user=None, **kwargs):
    transaction.on_commit(lambda: notify_sent_back(instance, user))


def connect():
    # `published` is sent for pages too (page_published is sent beside it).
    published.connect(_on_published, dispatch_uid="owner_notifications_published")
    task_rejected.connect(_on_task_rejected, dispatch_uid="owner_notifications_rejected")
