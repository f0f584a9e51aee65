"""Content-Security-Policy: strict on the public site, relaxed where Wagtail's admin needs it.

django-csp's middleware sends CONTENT_SECURITY_POLICY on every response. The public pages
carry no inline script or style (scripts and styles are static files; values a page draws
are SVG attributes), so their policy allows scripts, styles, fonts and images from the site
itself only, and nothing from any other host.

The admin (ADMIN_CSP_PATH_PREFIX, /admin/) gets ADMIN_CONTENT_SECURITY_POLICY instead:
Wagtail's templates and editors use inline scripts and style attributes, previews frame the
site, and uploads show blob: images. Still nothing from other hosts. No nonce is added to
the admin policy: a nonce would make browsers ignore 'unsafe-inline' there.
"""

from django.conf import settings

from csp.middleware import CSPMiddleware, PolicyParts
from csp.utils import default_config


def is_admin_path(path: str) -> bool:
    return path.startswith(getattr(settings, "ADMIN_CSP_PATH_PREFIX", "/admin/"))


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    def process_response(self, request, response):
        # A page preview (Wagtail renders the page in an inner request of the admin's, which
        # passed this middleware already) arrives with the public policy and its
        # `frame-ancestors 'none'`: the preview panel could not frame it. Under /admin/ the
        # admin's policy is the one that holds.
        if is_admin_path(request.path_info):
            for header in ("Content-Security-Policy", "Content-Security-Policy-Report-Only"):
                if header in response:
                    del response[header]
        return super().process_response(request, response)

    def get_policy_parts(self, request, response, report_only=False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if report_only or not is_admin_path(request.path_info):
            return parts
        admin_policy = settings.ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"]
        return PolicyParts(
            config=parts.config or default_config(admin_policy),
            update=parts.update,
            replace=parts.replace,
            nonce=None,
        )
