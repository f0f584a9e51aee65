"""The public pages of a subscription: the subscribe form's answer, confirming (double
opt-in), unsubscribing one subscription, and the manage page of an address.

None needs a login or JavaScript. CSRF: the subscribe form carries no token (anyone may ask
for any address without a session, so a token would protect nothing; the confirmation mail
and the rate limits do, and the public pages with the form stay cacheable); the other forms
act on a signed personal link, which is the authorisation, and the one-click unsubscribe of
RFC 8058 is a POST from the mail client without any cookie. Links that mail scanners fetch
(GET) only show a button; the change happens on POST.
"""

from datetime import timedelta

from django.db import IntegrityError, transaction
from django.shortcuts import render
from django.utils import timezone, translation
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST

from subscriptions import conf, links, ratelimit, targets
from subscriptions.emails import send_confirmation
from subscriptions.forms import SubscribeForm
from subscriptions.models import Subscription, address_key, target_key


def _language() -> str:
    return translation.get_language() or "nl"


def _page_url(subscription_or_none, **subject) -> str:
    page = targets.register_page(_language())
    probe = subscription_or_none or Subscription(**subject)
    return targets.page_url(probe, page)


def _invalid(request, *, expired=False):
    return render(
        request,
        "subscriptions/invalid.html",
        {"expired": expired, "days": conf.unconfirmed_days()},
        status=410 if expired else 404,
    )


@csrf_exempt
@require_POST
@never_cache
def subscribe(request):
    form = SubscribeForm(request.POST)
    if not form.is_valid():
        back = ""
        if "subject" in form.cleaned_data:
            back = _page_url(None, kind=form.cleaned_data["kind"], **form.cleaned_data["subject"])
        return render(
            request, "subscriptions/subscribe.html", {"form": form, "back_url": back}, status=400
        )
    data = form.cleaned_data
    client = ratelimit.client_key(request)
    key = address_key(data["email"])
    per_address = ratelimit.address_key(key)
    if ratelimit.is_limited(client, conf.rate_limit()) or ratelimit.is_limited(
        per_address, conf.address_limit()
    ):
        return render(request, "subscriptions/limited.html", status=429)
    ratelimit.record(client, ratelimit.HOUR)
    subject = data["subject"]
    probe = Subscription(kind=data["kind"], email=data["email"], **subject)
    probe.address_key, probe.target_key = key, _target(probe)
    existing = Subscription.objects.filter(address_key=key, target_key=probe.target_key).first()
    # The same answer whatever happens below: the page never tells whether an address is
    # subscribed already. A confirmed subscription gets no mail (nothing to confirm); an
    # unconfirmed one gets its confirmation mail again, within the address's limit.
    if existing is None:
        if Subscription.objects.filter(address_key=key).count() < conf.max_per_address():
            probe.frequency, probe.language = data["frequency"], _language()
            try:
                with transaction.atomic():
                    probe.save()
            except IntegrityError:  # the same request twice at once
                probe = None
            if probe is not None:
                ratelimit.record(per_address, ratelimit.DAY)
                send_confirmation(probe)
    elif not existing.is_confirmed:
        existing.frequency, existing.language = data["frequency"], _language()
        existing.save(update_fields=["frequency", "language"])
        ratelimit.record(per_address, ratelimit.DAY)
        send_confirmation(existing)
    return render(
        request,
        "subscriptions/check_mail.html",
        {
            "email": data["email"],
            "days": conf.unconfirmed_days(),
            "back_url": _page_url(None, kind=data["kind"], **subject),
        },
    )


def _target(subscription) -> str:
    return target_key(
        subscription.kind,
        partnership=subscription.partnership,
        organisation=subscription.organisation,
        selection=subscription.selection,
    )


def _subscription(uuid):
    """The subscription a signed link names, or None when it is gone (unsubscribed, or
    deleted as unconfirmed after its days)."""
    return (
        Subscription.objects.select_related("partnership", "organisation").filter(uuid=uuid).first()
    )


@csrf_exempt
@require_http_methods(["GET", "POST"])
@never_cache
def confirm(request, token):
    value = links.CONFIRM.read(token)
    if value is None:
        return _invalid(request)
    subscription = _subscription(value)
    if subscription is None:
        # Signed by us, but gone: deleted as unconfirmed after its days, or unsubscribed.
        return _invalid(request, expired=True)
    if not subscription.is_confirmed:
        deadline = subscription.created_at + timedelta(days=conf.unconfirmed_days())
        if timezone.now() > deadline:
            return _invalid(request, expired=True)
    context = {
        "subscription": subscription,
        "what": targets.name(subscription),
        "page_url": _page_url(subscription),
    }
    if request.method == "POST" and not subscription.is_confirmed:
        now = timezone.now()
        Subscription.objects.filter(pk=subscription.pk, confirmed_at__isnull=True).update(
            confirmed_at=now, watermark=now
        )
        subscription.confirmed_at = now
    context["confirmed"] = subscription.is_confirmed
    return render(request, "subscriptions/confirm.html", context)


@csrf_exempt
@require_http_methods(["GET", "POST"])
@never_cache
def unsubscribe(request, token):
    value = links.UNSUBSCRIBE.read(token)
    if value is None:
        return _invalid(request)
    subscription = _subscription(value)
    if request.method == "POST":
        if subscription is not None:
            subscription.delete()
        return render(request, "subscriptions/unsubscribed.html", {"gone": subscription is None})
    if subscription is None:
        return render(request, "subscriptions/unsubscribed.html", {"gone": True})
    return render(
        request,
        "subscriptions/unsubscribe.html",
        {"subscription": subscription, "what": targets.name(subscription)},
    )


@csrf_exempt
@require_http_methods(["GET", "POST"])
@never_cache
def manage(request, token):
    key = links.read_manage_token(token)
    if key is None:
        return _invalid(request)
    subscriptions = Subscription.objects.filter(address_key=key).select_related(
        "partnership", "organisation"
    )
    if request.method == "POST":
        one_click = request.POST.get("List-Unsubscribe") == "One-Click"
        chosen = (request.POST.get("subscription") or "")[:40]
        if one_click or request.POST.get("all"):
            subscriptions.delete()
            return render(request, "subscriptions/unsubscribed.html", {"all": True})
        if chosen.isdigit():
            subscriptions.filter(pk=int(chosen)).delete()
    rows = [
        {"subscription": s, "what": targets.name(s), "url": _page_url(s)}
        for s in subscriptions.order_by("created_at", "pk")
    ]
    return render(request, "subscriptions/manage.html", {"rows": rows})
