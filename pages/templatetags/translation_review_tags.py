"""The review bar in wagtail-localize's translation editor (pages/translation_review.py)."""

from django import template

from wagtail.models import Page

from pages.translation_review import review_state

register = template.Library()


@register.inclusion_tag("pages/admin/translation_review_bar.html", takes_context=True)
def translation_review_bar(context, translation, instance):
    page = instance.specific if isinstance(instance, Page) else None
    if page is None:
        return {"review": None}
    return {
        "review": review_state(page, context["request"].user),
        "translation": translation,
        "page": page,
        "csrf_token": context.get("csrf_token"),
    }
