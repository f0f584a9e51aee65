from django.db import models
from django.utils.translation import gettext_lazy as _

from registers.models.base import BilingualLabelMixin


class PolicyDomain(BilingualLabelMixin):
    """A policy domain (beleidsterrein) such as afval or veiligheid, managed by Registerbeheer."""

    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    keywords = models.TextField(
        _("keywords"),
        blank=True,
        help_text=_(
            "Comma-separated words that put an imported partnership in this domain when its "
            "name contains one, e.g. 'afval, reiniging'."
        ),
    )

    @property
    def keyword_list(self) -> list[str]:
        return [word.strip().lower() for word in self.keywords.split(",") if word.strip()]

    class Meta:
        ordering = ["name"]
        verbose_name = _("policy domain")
        verbose_name_plural = _("policy domains")
