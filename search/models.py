from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _


class PendingIndexUpdate(models.Model):
    """An index update a search backend could not take (e.g. the cluster was down).

    The edit itself was saved; this row makes sure the index catches up: it is retried by
    `manage.py retry_index_updates` and shown to editors until it succeeds.
    """

    class Action(models.TextChoices):
        INDEX = "index", _("index")
        REMOVE = "remove", _("remove")

    backend = models.CharField(_("search backend"), max_length=50)
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.CharField(max_length=64)
    action = models.CharField(max_length=10, choices=Action.choices)
    attempts = models.PositiveIntegerField(default=1)
    last_error = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("pending search index update")
        verbose_name_plural = _("pending search index updates")
        constraints = [
            models.UniqueConstraint(
                fields=["backend", "content_type", "object_id"],
                name="one_pending_update_per_object",
            )
        ]

    def __str__(self):
        return f"{self.action} {self.content_type.model} {self.object_id} on {self.backend}"
