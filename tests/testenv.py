"""Loaded by pytest before Django (see addopts in pyproject.toml).

The suite runs with production settings (DEBUG off); it needs a secret and plain HTTP.
"""

import os

os.environ.setdefault("SECRET_KEY", "test-only-secret-key-0123456789-abcdefghijklmnopqrstuvwxyz")
os.environ.setdefault("SECURE_SSL_REDIRECT", "0")
os.environ.setdefault("SESSION_COOKIE_SECURE", "0")
os.environ.setdefault("CSRF_COOKIE_SECURE", "0")
os.environ.setdefault("ALLOWED_HOSTS", "testserver,localhost,127.0.0.1")
os.environ.setdefault(
    "STATICFILES_STORAGE", "django.contrib.staticfiles.storage.StaticFilesStorage"
)
os.environ.setdefault("EMAIL_BACKEND", "django.core.mail.backends.locmem.EmailBackend")
# The ordinary suite runs on the database search backend; a cluster named in the
# environment is kept for the integration tests (tests/search/test_cluster.py).
for name in ("ELASTICSEARCH_URL", "OPENSEARCH_URL"):
    if os.environ.get(name):
        os.environ["TEST_" + name] = os.environ.pop(name)
os.environ.setdefault("LOG_LEVEL", "WARNING")
os.environ.setdefault("ADMIN_2FA_REQUIRED", "0")
