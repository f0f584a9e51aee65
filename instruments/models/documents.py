from django.db import models
from django.utils.translation import gettext_lazy as _


class GeneratedDocument(models.Model):
    """A document the site made from a tool page's text (instruments/documents.py): one per
    page and format. The Wagtail document is replaced when the page's text changes; `source`
    is a hash of what it was made from, so making them again changes nothing otherwise."""

    class Format(models.TextChoices):
        PDF = "pdf", _("PDF")
        DOCX = "docx", _("Word document (DOCX)")

    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        on_delete=models.CASCADE,
        related_name="generated_documents",
    )
    file_format = models.CharField(_("format"), max_length=8, choices=Format.choices)
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("document"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    source = models.CharField(_("source hash"), max_length=64, editable=False)
    generated_at = models.DateTimeField(_("generated at"), auto_now=True)

    class Meta:
        verbose_name = _("generated document")
        verbose_name_plural = _("generated documents")
        constraints = [
            models.UniqueConstraint(fields=["page", "file_format"], name="one_document_per_format")
        ]

    def __str__(self):
        return f"{self.document.title} ({self.get_file_format_display()})"

    @property
    def editable(self) -> bool:
        return self.file_format == self.Format.DOCX
