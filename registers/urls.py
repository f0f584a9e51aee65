"""Public register URLs outside the register page's own routes (cms/urls.py places them,
inside the language prefix, before Wagtail's catch-all)."""

from django.urls import path

from registers.verification_views import verify

urlpatterns = [
    path("register-verificatie/<str:token>/", verify, name="register_verify"),
]
