"""Settings for Samenwerkingsportaal: one module, every deploy-dependent value from the environment.

See .env.example for the full list of variables with their meaning.
"""

from datetime import timedelta
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

import dj_database_url

from cms.csp_hashes import inline_style_hashes
from cms.env import env
from search.config import search_backends

BASE_DIR = Path(__file__).resolve().parent.parent

# --- Core -------------------------------------------------------------------------------------

DEBUG = env("DEBUG", False)

# Keys that ship with the code: fine on a laptop, refused anywhere DEBUG is off.
DEVELOPMENT_SECRET_KEY = "dev-only-insecure-key-do-not-use-in-production-4b1e9c"
SECRET_KEY = env("SECRET_KEY", DEVELOPMENT_SECRET_KEY if DEBUG else "")
if not DEBUG and (not SECRET_KEY or SECRET_KEY == DEVELOPMENT_SECRET_KEY):
    raise ImproperlyConfigured(
        "SECRET_KEY is not set (or is the development key) while DEBUG is off. "
        "Set SECRET_KEY to a long random value, or DEBUG=1 for local development."
    )

ALLOWED_HOSTS = env("ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]"] if DEBUG else [])
CSRF_TRUSTED_ORIGINS = env("CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    # Our apps first so their templates and translations win.
    "accounts",
    "pages",
    "registers",
    "subscriptions",
    "factsheets",
    "agenda",
    "instruments",
    "stimulans",
    "dossiers",
    "demo",
    "wagtail_localize",
    "wagtail_localize.locales",  # replaces wagtail.locales
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.table_block",
    "wagtail.contrib.typed_table_block",
    "wagtail.contrib.routable_page",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    # After wagtail.search: its ready() replaces Wagtail's index-on-save handlers.
    "search",
    "wagtail.admin",
    "wagtail.api.v2",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_tasks",
    "django_tasks_db",
    "rest_framework",
    "corsheaders",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    # --- Accounts (issue 11): 2FA and sign-in lockout; see the Accounts block below.
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "axes",
    "csp",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # A database fault raised by a view becomes a 503 with Retry-After (issue 11).
    "cms.database_faults.DatabaseFaultMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    # Anonymous pages from the shared page cache (issue 12, cms/page_cache.py): before the
    # session, so a hit costs one cache read; after CORS, whose headers depend on the request.
    "cms.page_cache.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "cms.middleware.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "accounts.middleware.TwoFactorMiddleware",  # after authentication (issue 11)
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # An English page published before its Dutch source: a message, not a 500.
    "pages.middleware.SourceNotLiveMiddleware",
    "axes.middleware.AxesMiddleware",  # last: turns a lockout into its page (issue 11)
    # Headers (issue 11): Content-Security-Policy (cms/csp.py) and Permissions-Policy.
    "cms.csp.ContentSecurityPolicyMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
]

ROOT_URLCONF = "cms.urls"
WSGI_APPLICATION = "cms.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# --- Database ---------------------------------------------------------------------------------

DATABASE_URL = env("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}")
DATABASES = {"default": dj_database_url.parse(DATABASE_URL, conn_max_age=env("DB_CONN_MAX_AGE", 0))}
# A persistent connection that died between two requests (restart, failover,
# pg_terminate_backend) is replaced before it is used, instead of failing one request.
DATABASES["default"]["CONN_HEALTH_CHECKS"] = env("DB_CONN_HEALTH_CHECKS", True)
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets readers (gunicorn workers) proceed while a writer commits; IMMEDIATE
    # transactions avoid "database is locked" on lock upgrades.
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Cache ------------------------------------------------------------------------------------

REDIS_URL = env("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": env("CACHE_KEY_PREFIX", "samenwerkingsportaal"),
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Whole pages for anonymous visitors (issue 12, cms/page_cache.py), shared by all workers and
# app servers: in Redis when there is one, else in a database table (pages/migrations/0004).
PAGE_CACHE_ENABLED = env("PAGE_CACHE", True)
PAGE_CACHE_SECONDS = env("PAGE_CACHE_SECONDS", 300)  # time-driven changes: events that start
PAGE_CACHE_MAX_BYTES = env("PAGE_CACHE_MAX_BYTES", 1_000_000)
PAGE_CACHE_EXCLUDED_PATHS = ["/admin/", "/documents/", "/api/", "/static/", "/media/"]
PAGE_CACHE_TABLE = "cache_pages"
CACHES["pages"] = (
    {
        **CACHES["default"],
        "KEY_PREFIX": env("CACHE_KEY_PREFIX", "samenwerkingsportaal") + ":pages",
        "TIMEOUT": PAGE_CACHE_SECONDS,
    }
    if REDIS_URL
    else {
        "BACKEND": "django.core.cache.backends.db.DatabaseCache",
        "LOCATION": PAGE_CACHE_TABLE,
        "TIMEOUT": PAGE_CACHE_SECONDS,
        "OPTIONS": {"MAX_ENTRIES": env("PAGE_CACHE_MAX_ENTRIES", 5000)},
    }
)
# Rate limits (event registrations) must count across all processes (issue 11): in Redis
# when there is one, else in the database (table made by migrate, agenda/migrations/0003).
RATE_LIMIT_CACHE = "ratelimit"
RATE_LIMIT_CACHE_TABLE = "cache_ratelimit"
CACHES[RATE_LIMIT_CACHE] = (
    {**CACHES["default"], "KEY_PREFIX": env("CACHE_KEY_PREFIX", "samenwerkingsportaal")}
    if REDIS_URL
    else {
        "BACKEND": "django.core.cache.backends.db.DatabaseCache",
        "LOCATION": RATE_LIMIT_CACHE_TABLE,
    }
)

# --- Background tasks (django-tasks) ----------------------------------------------------------

# Immediate by default so a fresh checkout needs no worker; production sets
# TASKS_BACKEND=django_tasks_db.DatabaseBackend and runs `manage.py db_worker`.
TASKS = {
    "default": {
        "BACKEND": env("TASKS_BACKEND", "django_tasks.backends.immediate.ImmediateBackend"),
    }
}

# --- Files prepared in the background for visitors (issue 11, cms/prepared.py) -------------

# Selection factsheets and register exports waiting for a worker at once; more get a 503.
PREPARED_MAX_PENDING = env("PREPARED_MAX_PENDING", 20)
# Stored selection factsheets and register exports kept (least recently served go first).
FACTSHEETS_MAX_STORED_SELECTIONS = env("FACTSHEETS_MAX_STORED_SELECTIONS", 200)
REGISTER_EXPORTS_MAX_STORED = env("REGISTER_EXPORTS_MAX_STORED", 50)
# The register's facet counts per query are kept this many seconds in the default cache, keyed
# by the published register's generation (a publish, unpublish, import or organisation saved
# starts a new one: registers/exports.py); 0 counts on every request (issue 12).
REGISTER_COUNTS_CACHE_SECONDS = env("REGISTER_COUNTS_CACHE_SECONDS", 600)
# Today's facet counts come from bitmaps of the published register (registers/facet_index.py),
# built once per generation and kept in each process and this long in the default cache (a
# generation ends with the next change, so only the cache's memory is at stake); 0 switches
# the bitmaps off (every count in SQL).
REGISTER_FACET_INDEX = env("REGISTER_FACET_INDEX", True)
REGISTER_FACET_INDEX_SECONDS = env("REGISTER_FACET_INDEX_SECONDS", 24 * 3600)
# --- end of the prepared files block ---

# --- Passwords --------------------------------------------------------------------------------

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# --- Internationalisation ---------------------------------------------------------------------

LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", "Nederlands"), ("en", "English")]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# locale/: our own strings (make messages); locale_overrides/: Dutch for strings Wagtail and
# wagtail-localize ship untranslated.
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "locale_overrides"]
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True

# --- Static and media files -------------------------------------------------------------------

STATIC_URL = "/static/"
STATIC_ROOT = Path(env("STATIC_ROOT", str(BASE_DIR / "static_collected")))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env("MEDIA_ROOT", str(BASE_DIR / "media")))

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        # Hashed, compressed files in production (after collectstatic); plain files otherwise
        # so tests and `runserver` need no collect step.
        "BACKEND": env(
            "STATICFILES_STORAGE",
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage",
        ),
    },
}
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# --- Email ------------------------------------------------------------------------------------

EMAIL_BACKEND = env(
    "EMAIL_BACKEND",
    "django.core.mail.backends.console.EmailBackend"
    if DEBUG
    else "django.core.mail.backends.smtp.EmailBackend",
)
EMAIL_HOST = env("EMAIL_HOST", "localhost")
EMAIL_PORT = env("EMAIL_PORT", 25)
EMAIL_HOST_USER = env("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", "samenwerking@provincie.example")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# --- Security ---------------------------------------------------------------------------------

# TLS ends at the reverse proxy, which sets X-Forwarded-Proto.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env("SECURE_SSL_REDIRECT", not DEBUG)
SESSION_COOKIE_SECURE = env("SESSION_COOKIE_SECURE", not DEBUG)
CSRF_COOKIE_SECURE = env("CSRF_COOKIE_SECURE", not DEBUG)
SECURE_HSTS_SECONDS = env("SECURE_HSTS_SECONDS", 0 if DEBUG else 31_536_000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env("SECURE_HSTS_INCLUDE_SUBDOMAINS", not DEBUG)
SECURE_HSTS_PRELOAD = env("SECURE_HSTS_PRELOAD", not DEBUG)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"  # Wagtail's preview views allow same-origin framing themselves
# Reverse proxies in front of the app that append to X-Forwarded-For; 0 trusts REMOTE_ADDR
# only. The visitor's address (cms/client_ip.py) counts for lockouts and rate limits.
TRUSTED_PROXIES = env("TRUSTED_PROXIES", 0)

# --- Headers (issue 11): Content-Security-Policy and Permissions-Policy --------------------

# Public pages: everything from the site itself, no inline script or style, no other host.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'none'"],
        "script-src": ["'self'"],
        "style-src": [
            "'self'",
            *inline_style_hashes(
                BASE_DIR / "templates" / "500.html",
                BASE_DIR / "templates" / "factsheets" / "error.html",
            ),
        ],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "manifest-src": ["'self'"],
        "media-src": ["'self'"],
        "frame-src": ["'none'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}
# The Wagtail admin (cms/csp.py): inline scripts and styles of its templates, previews in
# frames of the site, blob: images of uploads; still nothing from another host.
ADMIN_CSP_PATH_PREFIX = "/admin/"
ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'", "'unsafe-inline'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:", "blob:"],
        "font-src": ["'self'", "data:"],
        "connect-src": ["'self'"],
        "media-src": ["'self'", "blob:"],
        "worker-src": ["'self'", "blob:"],
        "frame-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'self'"],
    }
}
# Browser features no page of the site uses, switched off for the site and anything it frames.
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer",
        "autoplay",
        "camera",
        "display-capture",
        "encrypted-media",
        "fullscreen",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "picture-in-picture",
        "publickey-credentials-get",
        "screen-wake-lock",
        "usb",
        "xr-spatial-tracking",
    )
}

# --- Accounts (issue 11): sign-in lockout, two-factor sign-in, no gravatar ----------------

AUTHENTICATION_BACKENDS = [
    # django-axes first: it refuses a locked-out user or address before the password check.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# Locked after this many failed sign-ins for one user name, or from one address.
AXES_FAILURE_LIMIT = env("LOGIN_FAILURE_LIMIT", 5)
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
# Minutes a lockout lasts; 0 keeps it until an administrator lifts it (Settings → Sign-in
# lockouts) or `manage.py axes_reset_username NAME`.
LOGIN_LOCKOUT_MINUTES = env("LOGIN_LOCKOUT_MINUTES", 30)
AXES_COOLOFF_TIME = timedelta(minutes=LOGIN_LOCKOUT_MINUTES) if LOGIN_LOCKOUT_MINUTES else None
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "cms.client_ip.client_address"
AXES_LOCKOUT_CALLABLE = "accounts.lockout.lockout_response"
AXES_VERBOSE = False
# Two-factor sign-in (TOTP with recovery codes) for everyone who can publish or manage users
# (accounts/policy.py); optional for the others. Only `make run`'s demo turns it off.
ADMIN_2FA_REQUIRED = env("ADMIN_2FA_REQUIRED", True)
# Other permissions whose holders decide what the public sees or read personal data, and so
# sign in with two factors too: Stimulans assessors (grants go on the public list; applicants'
# data) and the Toezicht group (judgements appear on municipalities' pages).
ADMIN_2FA_PERMISSIONS = [
    "stimulans.assess_application",
    "dossiers.change_supervisionjudgement",
]
# The name authenticator apps show for the account.
OTP_TOTP_ISSUER = env("ADMIN_2FA_ISSUER", "Samenwerkingsportaal")
# No avatars from gravatar.com (it would get a hash of each editor's e-mail address).
WAGTAIL_GRAVATAR_PROVIDER_URL = None

# --- Logging ----------------------------------------------------------------------------------

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.request": {"level": "ERROR"},
        # One line per background task and per page action drowns everything else.
        "django_tasks": {"level": env("TASKS_LOG_LEVEL", "WARNING")},
        "wagtail": {"level": env("WAGTAIL_LOG_LEVEL", "WARNING")},
        # One INFO line per step of every PDF render.
        "weasyprint": {"level": "WARNING"},
        "fontTools": {"level": "WARNING"},
    },
}

# --- Wagtail ----------------------------------------------------------------------------------

WAGTAIL_SITE_NAME = env("SITE_NAME", "Samenwerkingsportaal")
# --- Site address (issue 15) ---
# Every absolute URL comes from the Wagtail Site record (cms/site_url.py), which
# `manage.py configure_site` sets from these two (make run passes HOST and PORT). The admin's
# notification mails use WAGTAILADMIN_BASE_URL, by default the same address.
SITE_HOSTNAME = env("SITE_HOSTNAME", "127.0.0.1")
SITE_PORT = env("SITE_PORT", 8000)
WAGTAILADMIN_BASE_URL = env(
    "WAGTAILADMIN_BASE_URL",
    ("https://" if SITE_PORT == 443 else "http://")
    + SITE_HOSTNAME
    + ("" if SITE_PORT in (80, 443) else f":{SITE_PORT}"),
)
# --- end site address ---
# The broken-link report (issue 15, pages/link_check.py): `manage.py check_links` from cron
# checks every external address in the pages and the register, this many at a time (and at
# most LINK_CHECK_PER_HOST at once on one host), giving each LINK_CHECK_TIMEOUT seconds.
LINK_CHECK_CONCURRENCY = env("LINK_CHECK_CONCURRENCY", 8)
LINK_CHECK_PER_HOST = env("LINK_CHECK_PER_HOST", 2)
LINK_CHECK_TIMEOUT = env("LINK_CHECK_TIMEOUT", 10.0)
WAGTAILSEARCH_BACKENDS = search_backends()
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "ods", "pdf", "pptx", "txt", "xlsx", "zip"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT = True
WAGTAIL_MODERATION_ENABLED = True
WAGTAILEMBEDS_RESPONSIVE_HTML = True
WAGTAIL_ENABLE_UPDATE_CHECK = False  # the admin must not call out to wagtail.org
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES

# No WAGTAILAPI_BASE_URL: the API's detail_url then comes from the Site record too.
WAGTAILAPI_LIMIT_MAX = 500
REST_FRAMEWORK = {"DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"]}
# Other sites may read the open-data API from the browser: anonymous GET only, no cookies.
CORS_URLS_REGEX = r"^/api/.*$"
CORS_ALLOW_ALL_ORIGINS = True
CORS_ALLOW_METHODS = ("GET", "HEAD", "OPTIONS")
CORS_ALLOW_CREDENTIALS = False

# --- Register -------------------------------------------------------------------------------

# The CBS code of the province that runs this site: its memberships give "role of the province".
# The admin's Settings › Portal (registers.PortalSettings) overrides it per site once set.
REGISTER_PROVINCE_CBS = env("REGISTER_PROVINCE_CBS", "PV27")
# Register edits are approved by a second registerbeheerder, whose approval publishes them
# (registers/workflow.py); pages are published as Wagtail does.
WAGTAIL_FINISH_WORKFLOW_ACTION = "registers.workflow.publish_approved"
# Entries not verified for this many days are listed as out of date.
REGISTER_VERIFY_AFTER_DAYS = env("REGISTER_VERIFY_AFTER_DAYS", 365)
# Verification round (manage.py verification_round): how long the mailed link stays valid,
# after how many days without an answer one reminder goes out, and how many mails one run
# sends at most (the rest follow in the next run).
REGISTER_VERIFY_LINK_DAYS = env("REGISTER_VERIFY_LINK_DAYS", 30)
REGISTER_VERIFY_REMIND_AFTER_DAYS = env("REGISTER_VERIFY_REMIND_AFTER_DAYS", 14)
REGISTER_VERIFY_MAX_MAILS = env("REGISTER_VERIFY_MAX_MAILS", 500)
# Open data (/nl/register/open-data/, DCAT): who publishes it, and the licence of the
# province's own additions (the sources keep theirs: registers/open_data.py).
OPEN_DATA_PUBLISHER = env("OPEN_DATA_PUBLISHER", "Provincie Noord-Holland")
OPEN_DATA_LICENCE_NAME = env("OPEN_DATA_LICENCE_NAME", "CC0 1.0")
OPEN_DATA_LICENCE_URL = env(
    "OPEN_DATA_LICENCE_URL", "https://creativecommons.org/publicdomain/zero/1.0/"
)
# import_register refuses an XLSX workbook beyond these limits before reading it (issue 11):
# unpacked size (a small zip can unpack to gigabytes), rows and columns of a sheet.
IMPORT_XLSX_MAX_UNPACKED_MB = env("IMPORT_XLSX_MAX_UNPACKED_MB", 256)
IMPORT_XLSX_MAX_ROWS = env("IMPORT_XLSX_MAX_ROWS", 500_000)
IMPORT_XLSX_MAX_COLUMNS = env("IMPORT_XLSX_MAX_COLUMNS", 200)

# --- Events ---------------------------------------------------------------------------------

# Registrant data is deleted or anonymised this many days after an event (purge_registrations).
EVENTS_RETENTION_DAYS = env("EVENTS_RETENTION_DAYS", 90)
# Reminder emails go out this many days before an event (send_event_reminders).
EVENTS_REMINDER_DAYS = env("EVENTS_REMINDER_DAYS", 2)
# Registrations per visitor address per hour (spam protection).
EVENTS_RATE_LIMIT = env("EVENTS_RATE_LIMIT", 5)
# Reverse proxies in front of the app that append to X-Forwarded-For; 0 trusts REMOTE_ADDR only.
EVENTS_TRUSTED_PROXIES = env("EVENTS_TRUSTED_PROXIES", TRUSTED_PROXIES)

# --- E-mail subscriptions to register changes (issue 18): subscriptions/conf.py ---
# A confirmation link works this many days; unconfirmed requests are deleted after them.
SUBSCRIPTIONS_UNCONFIRMED_DAYS = env("SUBSCRIPTIONS_UNCONFIRMED_DAYS", 7)
# Subscribe requests per visitor address per hour, confirmation mails per e-mail address a day.
SUBSCRIPTIONS_RATE_LIMIT = env("SUBSCRIPTIONS_RATE_LIMIT", 10)
SUBSCRIPTIONS_ADDRESS_LIMIT = env("SUBSCRIPTIONS_ADDRESS_LIMIT", 3)
# Things one address may follow, and changes per thing in one digest (then a link).
SUBSCRIPTIONS_MAX_PER_ADDRESS = env("SUBSCRIPTIONS_MAX_PER_ADDRESS", 50)
SUBSCRIPTIONS_MAX_ITEMS = env("SUBSCRIPTIONS_MAX_ITEMS", 10)

# --- Translations (issue 15) ---
# An English page cannot go live before its Dutch source is live (pages/translation_rules.py).
TRANSLATIONS_REQUIRE_LIVE_SOURCE = env("TRANSLATIONS_REQUIRE_LIVE_SOURCE", True)
# --- end translations ---

SITE_DESCRIPTION = _("Programme and register for effective collaboration in public administration.")

# --- Stimulans in Samenwerking (issue 17): the scheme's rules, documented in stimulans/conf.py ---
STIMULANS_MAX_AMOUNT = env("STIMULANS_MAX_AMOUNT", 25000)
STIMULANS_MAX_SHARE_PERCENT = env("STIMULANS_MAX_SHARE_PERCENT", 50)
STIMULANS_DECISION_WEEKS = env("STIMULANS_DECISION_WEEKS", 8)
STIMULANS_REMINDER_DAYS = env("STIMULANS_REMINDER_DAYS", 14)
STIMULANS_ATTACHMENT_MAX_MB = env("STIMULANS_ATTACHMENT_MAX_MB", 10)
STIMULANS_ATTACHMENT_MAX_COUNT = env("STIMULANS_ATTACHMENT_MAX_COUNT", 10)
STIMULANS_ATTACHMENT_TYPES = env("STIMULANS_ATTACHMENT_TYPES", "pdf,docx,xlsx,odt,ods")
# Attachments: outside MEDIA_ROOT, never served by the web server.
STIMULANS_PRIVATE_ROOT = Path(
    env("STIMULANS_PRIVATE_ROOT", str(BASE_DIR / "private" / "stimulans"))
)
# A callable(uploaded_file) that raises to refuse a file; the default scans nothing.
STIMULANS_VIRUS_SCANNER = env("STIMULANS_VIRUS_SCANNER", "stimulans.scanning.no_scan")
STIMULANS_RETENTION_DAYS = env("STIMULANS_RETENTION_DAYS", 730)
STIMULANS_DRAFT_RETENTION_DAYS = env("STIMULANS_DRAFT_RETENTION_DAYS", 90)
