"""Admin requests that would publish an English page before its Dutch source is live.

pages/translation_rules.py refuses such a publish by raising SourceNotLive, whichever path
leads there. The editor's own buttons are caught by hooks (pages/wagtail_hooks.py); the other
paths — "Goedkeuren" on the dashboard or in the workflow modal, bulk actions — reach Wagtail
views that have no hook for it. Their work runs in a transaction (TaskState.approve is atomic),
so nothing was changed: here the error becomes the message an editor can act on, not a 500.
"""

from django.contrib import messages
from django.http import JsonResponse
from django.shortcuts import redirect
from django.urls import reverse

from pages.translation_rules import SourceNotLive


class SourceNotLiveMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, SourceNotLive):
            return None
        for message in exception.messages:
            messages.error(request, message)
        match = request.resolver_match
        page_id = match.kwargs.get("page_id") or match.kwargs.get("pk") if match else None
        target = (
            reverse("wagtailadmin_pages:edit", args=[page_id])
            if page_id
            else reverse("wagtailadmin_home")
        )
        if request.headers.get("x-requested-with") == "XMLHttpRequest":
            # The workflow modal follows {"step": "success", "redirect": …}.
            return JsonResponse({"step": "success", "redirect": target})
        return redirect(target)
