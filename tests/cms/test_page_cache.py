"""The anonymous page cache (cms/page_cache.py): what a change publishes shows at the next
anonymous request, and nothing personal is ever stored or served."""

from django.test import Client
from django.urls import reverse

import pytest

from agenda.choices import RegistrationStatus
from agenda.models import Registration
from agenda.tokens import make_token
from demo.factories.agenda import EventIndexPageFactory, EventPageFactory, RegistrationFactory
from demo.factories.pages import ContentPageFactory
from demo.factories.registers import OrganisationFactory, PartnershipFactory
from demo.factories.users import UserFactory
from registers.choices import Role

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE_ENABLED = True
    from django.core.cache import caches

    caches["pages"].clear()


def publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def visit(url, client=None):
    """An anonymous visitor's GET (a fresh client: no cookies)."""
    return (client or Client()).get(url)


@pytest.fixture
def content_page(home_page):
    return publish(ContentPageFactory(parent=home_page, title="Subsidies", slug="subsidies"))


def test_second_anonymous_visit_is_a_hit_with_the_same_page(content_page):
    first = visit(content_page.url)
    second = visit(content_page.url)
    assert first.status_code == second.status_code == 200
    assert first["X-Cache"] == "MISS"
    assert second["X-Cache"] == "HIT"
    assert second.content == first.content
    # Headers of the page travel with it (policy, language), cookies never.
    assert second["Content-Security-Policy"] == first["Content-Security-Policy"]
    assert "'nonce-" not in second["Content-Security-Policy"]
    assert not second.cookies


def test_query_strings_are_part_of_the_key(content_page):
    visit(content_page.url)
    assert visit(content_page.url + "?a=1")["X-Cache"] == "MISS"
    assert visit(content_page.url + "?a=1")["X-Cache"] == "HIT"
    assert visit(content_page.url)["X-Cache"] == "HIT"


def test_a_published_change_shows_at_the_next_anonymous_visit(content_page):
    visit(content_page.url)
    assert visit(content_page.url)["X-Cache"] == "HIT"
    content_page.title = "Subsidies en regelingen"
    publish(content_page)
    response = visit(content_page.url)
    assert response["X-Cache"] == "MISS"
    assert "Subsidies en regelingen" in response.content.decode()


def test_a_new_page_shows_in_the_menus_of_cached_pages(home_page, content_page):
    visit(home_page.url)
    assert visit(home_page.url)["X-Cache"] == "HIT"
    publish(ContentPageFactory(parent=home_page, title="Nieuwe pagina", show_in_menus=True))
    assert "Nieuwe pagina" in visit(home_page.url).content.decode()


def test_unpublishing_with_the_admin_button_removes_the_page(client, content_page):
    visit(content_page.url)
    assert visit(content_page.url)["X-Cache"] == "HIT"
    client.force_login(UserFactory(is_superuser=True))
    response = client.post(reverse("wagtailadmin_pages:unpublish", args=[content_page.pk]))
    assert response.status_code == 302
    assert visit(content_page.url).status_code == 404


def test_deleting_a_page_removes_it(content_page):
    visit(content_page.url)
    content_page.delete()
    assert visit(content_page.url).status_code == 404


def test_moving_a_page_moves_it(home_page, content_page):
    old_url = content_page.url
    target = publish(ContentPageFactory(parent=home_page, title="Regelingen", slug="regelingen"))
    visit(old_url)
    assert visit(old_url)["X-Cache"] == "HIT"
    content_page.move(target, pos="last-child")
    moved = visit(old_url)  # Wagtail leaves a redirect to the new place
    assert moved.status_code == 301
    assert moved["Location"] == "/nl/regelingen/subsidies/"
    assert visit("/nl/regelingen/subsidies/").status_code == 200


def test_a_published_translation_shows(home_page, home_page_en, content_page, locale_en):
    english = content_page.copy_for_translation(locale_en)
    english.title = "Grants"
    english.save_revision().publish()
    visit(home_page_en.url)
    assert visit(home_page_en.url)["X-Cache"] == "HIT"
    english.title = "Grants and schemes"
    publish(english)
    response = visit(english.url)
    assert "Grants and schemes" in response.content.decode()


# --- the register -----------------------------------------------------------------------------


def test_a_published_partnership_shows_on_the_register_and_its_organisations(register_page):
    zaanstad = OrganisationFactory(name="Zaanstad", cbs_code="GM0479", slug="zaanstad")
    PartnershipFactory(name="Veiligheidsregio Zaanstreek", participants=[zaanstad])
    organisation_url = f"{register_page.url}organisaties/zaanstad/"
    visit(organisation_url)
    assert visit(organisation_url)["X-Cache"] == "HIT"
    visit(register_page.url)
    assert visit(register_page.url)["X-Cache"] == "HIT"

    partnership = PartnershipFactory(name="Afvalschap Zaanstreek", live=False)
    partnership.memberships.create(organisation=zaanstad, role=Role.PENVOERDER)
    partnership.save_revision().publish()

    assert "Afvalschap Zaanstreek" in visit(organisation_url).content.decode()
    assert "Afvalschap Zaanstreek" in visit(register_page.url).content.decode()
    partnership_url = f"{register_page.url}{partnership.slug}/"
    assert visit(partnership_url).status_code == 200
    assert visit(partnership_url)["X-Cache"] == "HIT"

    partnership.name = "Afvalschap IJmond-Zaanstreek"
    partnership.save_revision().publish()
    assert "Afvalschap IJmond-Zaanstreek" in visit(partnership_url).content.decode()

    partnership.refresh_from_db()
    partnership.unpublish()
    assert visit(partnership_url).status_code == 404


def test_an_organisation_saved_shows_on_its_page(register_page):
    organisation = OrganisationFactory(name="Zaanstad", cbs_code="GM0479", slug="zaanstad")
    PartnershipFactory(name="Veiligheidsregio Zaanstreek", participants=[organisation])
    url = f"{register_page.url}organisaties/zaanstad/"
    visit(url)
    assert visit(url)["X-Cache"] == "HIT"
    organisation.name = "Gemeente Zaanstad"
    organisation.save()
    assert "Gemeente Zaanstad" in visit(url).content.decode()


# --- events: the places left --------------------------------------------------------------


def test_a_cancellation_frees_a_place_on_a_full_event_page(home_page):
    index = publish(EventIndexPageFactory(parent=home_page))
    event = publish(EventPageFactory(parent=index, capacity=1, waiting_list=False))
    registration = RegistrationFactory(event=event, status=RegistrationStatus.CONFIRMED)
    # Full and no waiting list: no form on the page, so it may be stored.
    full = visit(event.url)
    assert "aanmelden/" not in full.content.decode().split('id="aanmelden"')[-1]
    assert visit(event.url)["X-Cache"] == "HIT"

    token = make_token(registration.uuid)
    assert Client().post(f"{event.url}afmelden/{token}/").status_code == 302
    assert Registration.objects.get(pk=registration.pk).status == RegistrationStatus.CANCELLED

    reopened = visit(event.url)
    assert reopened["X-Cache"] == "MISS"
    assert 'name="csrfmiddlewaretoken"' in reopened.content.decode()


def test_pages_with_a_form_are_never_stored(home_page):
    """The open registration form carries a CSRF token: never given to another visitor."""
    index = publish(EventIndexPageFactory(parent=home_page))
    event = publish(EventPageFactory(parent=index, capacity=10))
    first = visit(event.url)
    assert 'name="csrfmiddlewaretoken"' in first.content.decode()
    assert "csrftoken" in first.cookies
    second = visit(event.url)
    assert second["X-Cache"] == "MISS"
    assert second.cookies["csrftoken"].value != first.cookies["csrftoken"].value


def test_personal_registration_pages_are_never_stored(home_page):
    index = publish(EventIndexPageFactory(parent=home_page))
    event = publish(EventPageFactory(parent=index, capacity=10))
    registration = RegistrationFactory(event=event, name="Anne de Vries")
    url = f"{event.url}inschrijving/{make_token(registration.uuid)}/"
    assert "Anne de Vries" in visit(url).content.decode()
    assert visit(url)["X-Cache"] == "MISS"


# --- visitors who are not anonymous -------------------------------------------------------


def test_logged_in_users_never_get_or_fill_the_cache(content_page):
    editor = Client()
    editor.force_login(UserFactory(is_superuser=True))
    visit(content_page.url)
    assert visit(content_page.url)["X-Cache"] == "HIT"
    response = editor.get(content_page.url)
    assert "X-Cache" not in response
    # An editor's page (with the Wagtail user bar) is not stored for the next visitor.
    content_page.title = "Subsidies 2027"
    publish(content_page)
    editor.get(content_page.url)
    anonymous = visit(content_page.url)
    assert anonymous["X-Cache"] == "MISS"
    assert "wagtail-userbar" not in anonymous.content.decode()


def test_a_visitor_with_a_message_waiting_gets_a_fresh_page(content_page):
    visit(content_page.url)
    visitor = Client()
    visitor.cookies["messages"] = "anything"
    assert "X-Cache" not in visitor.get(content_page.url)


def test_the_admin_and_previews_are_never_cached(client, content_page):
    client.force_login(UserFactory(is_superuser=True))
    preview = reverse("wagtailadmin_pages:view_draft", args=[content_page.pk])
    assert "X-Cache" not in client.get(preview)
    assert "X-Cache" not in Client().get("/admin/login/")


def test_vary_headers_other_than_cookie_are_respected(rf):
    from django.http import HttpResponse

    from cms.page_cache import PageCacheMiddleware

    def view(request):
        response = HttpResponse(f"taal {request.headers.get('Accept-Language')}")
        response["Vary"] = "Accept-Language, Cookie"
        return response

    middleware = PageCacheMiddleware(view)
    assert middleware(rf.get("/nl/x/", HTTP_ACCEPT_LANGUAGE="nl"))["X-Cache"] == "MISS"
    assert middleware(rf.get("/nl/x/", HTTP_ACCEPT_LANGUAGE="nl"))["X-Cache"] == "HIT"
    english = middleware(rf.get("/nl/x/", HTTP_ACCEPT_LANGUAGE="en"))
    assert english["X-Cache"] == "MISS"
    assert english.content == b"taal en"


def test_turned_off_it_stores_nothing(settings, content_page):
    settings.PAGE_CACHE_ENABLED = False
    visit(content_page.url)
    assert "X-Cache" not in visit(content_page.url)
