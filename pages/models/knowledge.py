from django import forms
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import Tag, TaggedItemBase
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from cms.pagination import paginate
from cms.querystring import clean_text
from pages.blocks import AttachmentsBlock, BodyBlock
from pages.choices import AudienceChoices
from pages.filters import filter_by_line_and_audience
from pages.models.base import SitePage


class KnowledgeArticleTag(TaggedItemBase):
    content_object = ParentalKey(
        "pages.KnowledgeArticlePage", related_name="tagged_items", on_delete=models.CASCADE
    )


class KnowledgeIndexPage(SitePage):
    """The knowledge base: articles filtered by theme, programme line and audience."""

    per_page = 10

    parent_page_types = ["pages.HomePage"]
    subpage_types = ["pages.KnowledgeArticlePage"]
    template = "pages/knowledge_index_page.html"
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("knowledge index")
        verbose_name_plural = _("knowledge indexes")

    def articles(self):
        return (
            KnowledgeArticlePage.objects.child_of(self)
            .live()
            .public()
            .order_by("-publication_date", "-pk")
        )

    def filter_articles(self, params):
        """Apply the visitor's filters; unknown values filter to nothing rather than fail."""
        articles = self.articles()
        selected = {"tag": "", "programmalijn": "", "doelgroep": ""}

        tag = clean_text(params.get("tag", ""), 100)
        if tag:
            articles = articles.filter(tags__slug=tag)
            selected["tag"] = tag

        articles = filter_by_line_and_audience(articles, params, selected)
        return articles.distinct(), selected

    def get_context(self, request, *args, **kwargs):
        from pages.models.programme import ProgrammeLinePage

        context = super().get_context(request, *args, **kwargs)
        articles, selected = self.filter_articles(request.GET)
        page_obj = paginate(request, articles, self.per_page)
        context.update(
            {
                "page_obj": page_obj,
                "articles": page_obj.object_list,
                "selected": selected,
                "result_count": page_obj.paginator.count,
                "tags": Tag.objects.filter(
                    pages_knowledgearticletag_items__content_object__in=self.articles()
                )
                .distinct()
                .order_by("name"),
                "programme_lines": ProgrammeLinePage.objects.live()
                .filter(locale_id=self.locale_id)
                .order_by("number"),
                "audiences": AudienceChoices.choices,
            }
        )
        return context


class KnowledgeArticlePage(SitePage):
    """A knowledge article: shared knowledge and data, interbestuurlijk toezicht, roles."""

    summary = models.TextField(_("summary"), help_text=_("The article in a few sentences."))
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))
    author = models.CharField(_("author"), max_length=120, blank=True)
    team = models.CharField(_("team"), max_length=120, blank=True)
    tags = ClusterTaggableManager(
        through=KnowledgeArticleTag,
        blank=True,
        verbose_name=_("themes"),
        help_text=_("Themes of the article, for example 'data' or 'toezicht'."),
    )
    programme_line = models.ForeignKey(
        "pages.ProgrammeLinePage",
        verbose_name=_("programme line"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    audiences = ParentalManyToManyField(
        "pages.Audience", blank=True, verbose_name=_("audiences"), related_name="+"
    )
    attachments = StreamField(AttachmentsBlock(), blank=True, verbose_name=_("attachments"))
    publication_date = models.DateField(_("publication date"), default=timezone.localdate)

    search_fields = SitePage.search_fields + [
        index.SearchField("summary", boost=1.5),
        index.SearchField("body"),
        index.SearchField("author"),
        index.RelatedFields("tags", [index.SearchField("name")]),
        index.FilterField("publication_date"),
    ]
    content_panels = SitePage.content_panels + [
        FieldPanel("summary"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("publication_date"),
                FieldPanel("author"),
                FieldPanel("team"),
                FieldPanel("programme_line"),
                FieldPanel("audiences", widget=forms.CheckboxSelectMultiple),
                FieldPanel("tags"),
            ],
            heading=_("About this article"),
        ),
        FieldPanel("attachments"),
    ]

    parent_page_types = ["pages.KnowledgeIndexPage"]
    subpage_types = []
    template = "pages/knowledge_article_page.html"
    schema_org_type = "Article"

    class Meta:
        verbose_name = _("knowledge article")
        verbose_name_plural = _("knowledge articles")

    @property
    def meta_description(self):
        return self.search_description or self.intro or self.summary[:160]

    def localized_programme_line(self):
        if self.programme_line is None:
            return None
        return self.programme_line.localized

    def get_schema_org(self, request=None):
        data = super().get_schema_org(request)
        data["headline"] = self.title
        data["datePublished"] = self.publication_date.isoformat()
        if self.author:
            data["author"] = {"@type": "Person", "name": self.author}
        if self.team:
            data["publisher"] = {"@type": "GovernmentOrganization", "name": self.team}
        keywords = [tag.name for tag in self.tags.all()]
        if keywords:
            data["keywords"] = keywords
        return data
