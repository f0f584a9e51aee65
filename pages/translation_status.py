"""Which translations are out of date: their Dutch source was published after wagtail-localize
last took its text (the translation's TranslationSource). Editors update them with
wagtail-localize's "Sync translated pages" (Dutch page, Meer acties) and then translate the
changed strings; the dashboard lists them until then."""

from django.conf import settings

from wagtail.models import Page
from wagtail_localize.models import Translation

STALE_LIMIT = 50


def stale_translations(limit: int = STALE_LIMIT) -> list[dict]:
    """Up to `limit` translations, oldest change first: {"source", "translation", "locale",
    "changed_at"}. Three queries, however many translations exist."""
    translations = list(
        Translation.objects.filter(
            enabled=True, source__locale__language_code=settings.LANGUAGE_CODE
        )
        .select_related("source", "target_locale")
        .order_by("source__last_updated_at")
    )
    keys = {t.source.object_id for t in translations}
    sources = {
        p.translation_key: p
        for p in Page.objects.filter(
            translation_key__in=keys, locale__language_code=settings.LANGUAGE_CODE, live=True
        ).only("id", "title", "translation_key", "last_published_at")
    }
    targets = {
        (p.translation_key, p.locale_id): p
        for p in Page.objects.filter(translation_key__in=keys)
        .exclude(locale__language_code=settings.LANGUAGE_CODE)
        .only("id", "title", "translation_key", "locale_id")
    }
    stale = []
    for translation in translations:
        source = sources.get(translation.source.object_id)
        if source is None or source.last_published_at is None:
            continue
        if source.last_published_at <= translation.source.last_updated_at:
            continue
        target = targets.get((translation.source.object_id, translation.target_locale_id))
        if target is None:
            continue
        stale.append(
            {
                "source": source,
                "translation": target,
                "locale": translation.target_locale,
                "changed_at": source.last_published_at,
            }
        )
        if len(stale) >= limit:
            break
    return stale
