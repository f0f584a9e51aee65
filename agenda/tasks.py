"""Background tasks (django-tasks) for a scheduler to enqueue."""

from django_tasks import task


@task()
def send_event_reminders(days: int | None = None) -> int:
    """What `manage.py send_event_reminders` does, as a task: returns the number sent."""
    from agenda.reminders import send_reminders

    return send_reminders(days)


@task()
def purge_registrations(days: int | None = None) -> int:
    """What `manage.py purge_registrations` does, as a task: returns the number anonymised."""
    from agenda.retention import purge_registrations as purge

    return purge(days).registrations
