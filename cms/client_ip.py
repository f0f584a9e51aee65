"""The visitor's address, behind the reverse proxies the site trusts.

TRUSTED_PROXIES reverse proxies in front of the app append to X-Forwarded-For; the address
the outermost trusted one saw is the visitor's (earlier entries can be forged by anyone).
With 0, only REMOTE_ADDR counts. Used by the login lockout (django-axes) and the
registration rate limit.
"""

from django.conf import settings


def client_address(request, proxies: int | None = None) -> str:
    if proxies is None:
        proxies = int(getattr(settings, "TRUSTED_PROXIES", 0))
    if proxies:
        forwarded = [
            part.strip()
            for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
            if part.strip()
        ]
        if len(forwarded) >= proxies:
            return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR", "")
