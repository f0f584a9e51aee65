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


class Synonym(models.Model):
    """Words or phrases that mean the same to a visitor, kept by editors (Snippets ›
    Search synonyms): "Friesland, Fryslân", "GGD, gezondheidsdienst". Used by every search
    on the database (search/pipeline.py) and written into the cluster's synonym filter
    (search/backends/elasticsearch/analysis.py). One line of the text file that
    `manage.py search_synonyms export/import` reads and writes (Solr's format)."""

    terms = models.CharField(
        _("equivalent terms"),
        max_length=500,
        unique=True,
        help_text=_(
            "Words or phrases that mean the same, separated by commas, e.g. "
            "“Den Bosch, 's-Hertogenbosch”. Case and accents do not matter."
        ),
    )
    note = models.CharField(_("note"), max_length=200, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("search synonym")
        verbose_name_plural = _("search synonyms")
        ordering = ["terms"]

    def __str__(self):
        return self.terms

    def phrases(self) -> list[str]:
        return [phrase.strip() for phrase in self.terms.split(",") if phrase.strip()]

    def clean(self):
        from django.core.exceptions import ValidationError

        if len(self.phrases()) < 2:
            raise ValidationError({"terms": _("Give at least two terms, separated by a comma.")})

    @classmethod
    def fingerprint(cls):
        latest = cls.objects.aggregate(n=models.Count("pk"), last=models.Max("updated_at"))
        return (latest["n"], str(latest["last"]))
