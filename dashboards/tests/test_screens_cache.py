"""The screens' cache (accounts.screens) across the apps: served from memory, never stale, every model accounted for."""

import pytest
from django.apps import apps
from django.core.cache import caches
from rest_framework.test import APIClient, APIRequestFactory
from rest_framework_simplejwt.tokens import AccessToken

from accounts import scoping, screens
from accounts.models import ChildProfile, ParentProfile, Role, TeacherProfile, User
from accounts.services import user_deactivate
from accounts.tokens import ROLE_CLAIM, access_token_for
from classroom.models import Enrolment
from economy.models import Goal
from economy.services import ledger_post
from learning.models import Module

from conftest import client_for

pytestmark = pytest.mark.django_db

# Models no cached screen shows: sign-in bookkeeping, abuse limits, the digest's and the class
# summary's logs, the quiz answers (read by the teacher's reports in the admin, which are not cached)
# and the invitations to share a family (the admin's family page).
NOT_ON_SCREENS = {"accounts.EndedSession", "accounts.UsedRefreshToken", "accounts.LoginFailure",
                  "accounts.EmailLinkRequest", "economy.DigestLog", "classroom.ClassSummaryLog",
                  "learning.QuizAnswer", "accounts.CoParentInvitation"}
PROJECT_APPS = ("accounts", "economy", "learning", "classroom")


@pytest.fixture(autouse=True)
def empty_cache():
    caches["screens"].clear()


def credit(child, amount=5):
    ledger_post(actor=None, child=child, type="earn", amount=amount, delta=amount, description="Test credit",
                category="test")


def test_every_model_is_declared_shown_on_screens_or_not():
    shown = {model._meta.label for model in screens.models_shown()}
    models = {model._meta.label for app in PROJECT_APPS for model in apps.get_app_config(app).get_models()}
    assert models - shown - NOT_ON_SCREENS == set(), "declare the new model with accounts.screens.shown_on_screens"
    assert shown & NOT_ON_SCREENS == set()


def test_a_second_read_is_served_from_the_cache(personas, settings, django_assert_num_queries):
    settings.SCREENS_CACHE_CHECK = False
    client = client_for(personas.child_a)
    first = client.get("/api/child/dashboard")
    # the user (with its profile, hence its screen revision) from the token: nothing else is read
    with django_assert_num_queries(1):
        second = client.get("/api/child/dashboard")
    assert second.status_code == 200
    assert second.json() == first.json()


@pytest.mark.parametrize("persona", ["child_a", "parent_a", "teacher_1"])
def test_the_users_own_page_is_served_from_the_cache_after_reading_the_user_only(
        personas, settings, django_assert_num_queries, persona):
    settings.SCREENS_CACHE_CHECK = False
    client = client_for(personas[persona])
    first = client.get("/api/users/me")
    with django_assert_num_queries(1):  # the user from the token: no key to read
        second = client.get("/api/users/me")
    assert second.json() == first.json()


def test_the_users_own_page_loads_a_childs_user_without_its_profile(personas, settings, django_assert_num_queries):
    settings.SCREENS_CACHE_CHECK = False
    client = client_for(personas.child_a)
    client.get("/api/users/me")
    with django_assert_num_queries(1) as context:
        client.get("/api/users/me")
    assert "accounts_childprofile" not in context.captured_queries[0]["sql"]
    client.get("/api/child/dashboard")
    with django_assert_num_queries(1) as context:  # a child's screen: the profile comes with the user
        client.get("/api/child/dashboard")
    assert "accounts_childprofile" in context.captured_queries[0]["sql"]


def test_a_token_without_the_role_hint_reads_the_childs_profile_when_needed(
        personas, settings, django_assert_num_queries):
    # given: a child's token issued without the ``role`` claim (before it existed, say)
    settings.SCREENS_CACHE_CHECK = False
    child = personas.child_a
    token = AccessToken(access_token_for(child))
    del token[ROLE_CLAIM]
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Bearer {token}")
    first = client.get("/api/child/dashboard")
    # when: the user alone, then its profile for the key
    with django_assert_num_queries(2):
        second = client.get("/api/child/dashboard")
    # then
    assert first.status_code == second.status_code == 200
    assert second.json() == first.json() == client_for(child).get("/api/child/dashboard").json()


def test_a_change_to_the_user_shows_on_its_own_page(personas, settings):
    # given
    settings.SCREENS_CACHE_CHECK = False
    client = client_for(personas.parent_a)
    client.get("/api/users/me")
    # when
    client.patch("/api/users/me", {"name": "Renamed Parent"}, format="json")
    # then
    assert client.get("/api/users/me").json()["name"] == "Renamed Parent"


def test_a_write_that_bypasses_save_moves_the_users_row_version(personas):
    # given
    child = personas.child_a
    before = child.updated_at
    # when
    user_deactivate(actor=personas.parent_a, user=child)
    # then
    child.refresh_from_db()
    assert not child.is_active and child.updated_at > before


def test_a_coin_movement_shows_on_the_next_read(personas, settings):
    settings.SCREENS_CACHE_CHECK = False
    client = client_for(personas.child_a)
    before = client.get("/api/child/dashboard").json()["child"]["coins"]
    credit(personas.child_a, 7)
    assert client.get("/api/child/dashboard").json()["child"]["coins"] == before + 7


def test_the_parent_and_the_teacher_see_a_childs_change(personas, settings):
    settings.SCREENS_CACHE_CHECK = False
    parent, teacher = client_for(personas.parent_a), client_for(personas.teacher_1)
    parent.get("/api/parent/dashboard")
    teacher.get("/api/teacher/dashboard")
    parent_key, teacher_key = (screens.screen_key(request_as(user, path)) for user, path in
                               ((personas.parent_a, "/api/parent/dashboard"),
                                (personas.teacher_1, "/api/teacher/dashboard")))
    credit(personas.child_a)
    assert screens.screen_key(request_as(personas.parent_a, "/api/parent/dashboard")) != parent_key
    assert screens.screen_key(request_as(personas.teacher_1, "/api/teacher/dashboard")) != teacher_key
    coins = parent.get("/api/parent/dashboard").json()["stats"]["total_coins"]
    assert coins == ChildProfile.objects.get(user=personas.child_a).coins + personas.teen_a.child_profile.coins


@pytest.mark.parametrize("persona", ["parent_a", "coparent_a", "teacher_1", "teacher_2"])
def test_the_key_holds_the_revision_of_everyone_the_viewer_sees(personas, persona):
    # given
    actor = personas[persona]
    children_seen = {user.pk for user in scoping.scoped(actor, User.objects.all()) if user.is_child_role}
    # when
    seen = dict(screens.revisions_seen(actor))
    # then
    assert set(seen) - {actor.pk, scoping.family_parent_id(actor)} == children_seen
    own_profile = TeacherProfile if actor.role == Role.TEACHER else ParentProfile
    assert seen[actor.pk] == own_profile.objects.get(user=actor).screen_revision


def test_a_student_leaving_the_class_changes_the_teachers_key(personas):
    key = screens.screen_key(request_as(personas.teacher_1, "/api/teacher/dashboard"))
    Enrolment.objects.filter(student=personas.student_1).delete()
    assert screens.screen_key(request_as(personas.teacher_1, "/api/teacher/dashboard")) != key


def test_another_familys_change_leaves_the_key_alone(personas):
    key = screens.screen_key(request_as(personas.parent_a, "/api/parent/dashboard"))
    credit(personas.child_b)
    assert screens.screen_key(request_as(personas.parent_a, "/api/parent/dashboard")) == key


def test_the_key_is_per_person_and_per_url(personas):
    keys = {screens.screen_key(request_as(user, path))
            for user in (personas.child_a, personas.teen_a)
            for path in ("/api/child/dashboard", "/api/users/me/transactions?limit=5",
                         "/api/users/me/transactions?limit=6")}
    assert len(keys) == 6


def test_an_operator_is_never_served_from_the_cache(personas, django_user_model):
    operator = django_user_model.objects.create_superuser(email="op@example.com", password="x" * 12, name="Op")
    assert screens.screen_key(request_as(operator, "/api/users/me/transactions")) is None


def test_a_change_that_raises_no_revision_is_caught_by_the_check(personas, settings):
    settings.SCREENS_CACHE_CHECK = True
    client = client_for(personas.child_a)
    client.get("/api/child/dashboard")
    # a write behind the services' back, raising no revision: the suite's check refuses the stale hit
    Goal.objects.filter(user=personas.child_a).update(title="Renamed")
    ChildProfile.objects.filter(user=personas.child_a).update(coins=123)
    with pytest.raises(AssertionError, match="served from the screens' cache but changed"):
        client.get("/api/child/dashboard")


def test_saving_a_model_raises_its_owners_revision(personas):
    def revisions():
        return dict(ChildProfile.objects.values_list("user_id", "screen_revision"))

    before = revisions()
    goal = Goal.objects.create(user=personas.child_a, title="Bike", target_amount=50)
    goal.delete()
    after = revisions()
    assert after.pop(personas.child_a.pk) == before.pop(personas.child_a.pk) + 2
    assert after == before


def test_a_catalog_change_raises_everyones_revision(personas):
    before = {model: list(model.objects.values_list("screen_revision", flat=True))
              for model in (ChildProfile, ParentProfile, TeacherProfile)}
    Module.objects.create(title="Saving", description="", category="saving", is_published=True)
    for model, revisions in before.items():
        assert sorted(model.objects.values_list("screen_revision", flat=True)) == sorted(r + 1 for r in revisions)


def request_as(user, path):
    request = APIRequestFactory().get(path)
    request.user = user
    return request


def test_saving_a_profile_read_earlier_keeps_a_revision_raised_meanwhile(personas):
    profile = ChildProfile.objects.get(user=personas.child_a)
    screens.touch([personas.child_a.pk])  # a change elsewhere (a coin movement) after the profile was read
    raised = ChildProfile.objects.get(pk=profile.pk).screen_revision
    profile.age = 9
    profile.save()
    stored = ChildProfile.objects.get(pk=profile.pk)
    assert stored.age == 9
    assert stored.screen_revision == raised + 1  # the save's own raise, on top of the other change's
