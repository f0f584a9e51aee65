"""`manage.py check --deploy`: warn when background work would run in visitors' requests."""

from django.conf import settings
from django.core.checks import Tags, Warning, register


@register(Tags.compatibility, deploy=True)
def tasks_run_in_the_background(app_configs=None, **kwargs):
    """Selection factsheets, register exports and factsheet ZIPs are made by the task queue;
    with the ImmediateBackend that queue runs inside the request that enqueued it, so an
    anonymous request (or an editor's ZIP) would wait for the whole job (issue 11)."""
    from django_tasks import task_backends
    from django_tasks.backends.immediate import ImmediateBackend

    if settings.DEBUG or not isinstance(task_backends["default"], ImmediateBackend):
        return []
    return [
        Warning(
            "Background tasks run inside requests (TASKS_BACKEND is the ImmediateBackend).",
            hint="Selection factsheets, register exports and factsheet ZIPs would be made "
            "while visitors and editors wait. Set TASKS_BACKEND="
            "django_tasks_db.DatabaseBackend and run `manage.py db_worker` (docs/deploy.md).",
            id="factsheets.W001",
        )
    ]
