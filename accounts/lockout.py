"""The page a locked-out sign-in gets (django-axes' AXES_LOCKOUT_CALLABLE): in the admin's
look and the user's language, saying how long the block lasts and who can lift it."""

from django.conf import settings
from django.template.response import TemplateResponse


def lockout_response(request, original_response=None, credentials=None):
    cooloff = getattr(settings, "AXES_COOLOFF_TIME", None)
    context = {
        "failure_limit": settings.AXES_FAILURE_LIMIT,
        "cooloff_minutes": int(cooloff.total_seconds() // 60) if cooloff else None,
    }
    return TemplateResponse(request, "accounts/lockout.html", context, status=429).render()
