"""The accounts admin as each persona uses it: parents manage their own children and settings,
teachers read their students, operators see everyone; nobody reaches another family."""

from __future__ import annotations

from urllib.parse import urlencode

import pytest
from django.urls import reverse

from accounts.models import ChildAccount, ChildProfile, LoginFailure, ParentProfile, Role, TeacherProfile, User
from accounts.tests.admin_helpers import (
    admin_url,
    changeform_data,
    changelist_pks,
    content,
    index_models,
    make_operator,
    messages_of,
    sign_in,
    signed_in_user_id,
)
from accounts.tests.factories import PASSWORD, ParentFactory
from accounts.tokens import access_token_for

NEW_PASSWORD = "maple-river-7731"


@pytest.fixture
def operator(db):
    return make_operator()


def api_login(client, email: str, password: str):
    """The app's sign-in: form-encoded ``username``/``password``."""
    return client.post("/api/auth/jwt/login", urlencode({"username": email, "password": password}),
                       content_type="application/x-www-form-urlencoded")


def api_me(client, token: str):
    return client.get("/api/users/me", HTTP_AUTHORIZATION=f"Bearer {token}")


def assert_nothing_of(user: User, response) -> None:
    body = content(response)
    assert user.email not in body
    assert user.name not in body


# --- signing in -------------------------------------------------------------------------------------


@pytest.mark.parametrize("persona", ["parent_a", "teacher_1"])
def test_parents_and_teachers_sign_in_to_admin_with_their_app_credentials(client, personas, persona):
    # given
    user = personas[persona]

    # when
    response = sign_in(client, user.email, PASSWORD)

    # then
    assert response.status_code == 302
    assert response.url == "/admin/"
    assert signed_in_user_id(client) == str(user.pk)
    assert client.get("/admin/").status_code == 200


def test_admin_login_page_renders_for_an_anonymous_visitor(client, db):
    # when
    response = client.get(reverse("admin:login"))

    # then
    assert response.status_code == 200
    assert response.context["form"].fields.keys() >= {"username", "password"}


def test_the_admin_login_page_leads_a_forgotten_password_to_the_apps_page(client, db):
    # when
    page = client.get(reverse("admin:login"))
    followed = client.get("/admin/password_reset/")

    # then: Django's own link, to the page that emails a link (the web app's /forgot-password)
    assert 'href="/admin/password_reset/"' in page.content.decode()
    assert (followed.status_code, followed.url) == (302, "/forgot-password")


def test_admin_sign_in_accepts_the_email_in_any_case(client, personas):
    # when
    sign_in(client, "PARENT.A@Example.com", PASSWORD)

    # then
    assert signed_in_user_id(client) == str(personas.parent_a.pk)


@pytest.mark.parametrize("persona", ["child_a", "teen_a", "student_1"])
def test_children_and_teens_cannot_sign_in_to_admin(client, personas, persona):
    # given
    user = personas[persona]

    # when
    response = sign_in(client, user.email, PASSWORD)

    # then
    assert response.status_code == 200
    assert "parent, teacher or operator account" in content(response)
    assert response.context["form"].errors
    assert signed_in_user_id(client) is None
    assert client.get("/admin/").status_code == 302


def test_inactive_parent_cannot_sign_in_to_admin(client, personas):
    # given
    User.objects.filter(pk=personas.parent_a.pk).update(is_active=False)

    # when
    response = sign_in(client, personas.parent_a.email, PASSWORD)

    # then
    assert response.status_code == 200
    assert response.context["form"].errors
    assert signed_in_user_id(client) is None


def test_wrong_password_does_not_sign_in_to_admin(client, personas):
    # when
    response = sign_in(client, personas.parent_a.email, "not-the-password-1")

    # then
    assert response.status_code == 200
    assert response.context["form"].errors
    assert signed_in_user_id(client) is None


def test_admin_sign_in_is_throttled_like_the_app_after_repeated_failures(client, personas):
    # given: the failures allowed within the window are used up
    for _ in range(5):
        sign_in(client, personas.parent_a.email, "not-the-password-1")

    # when: the right password comes next
    response = sign_in(client, personas.parent_a.email, PASSWORD)

    # then
    assert response.status_code == 200
    assert "Too many failed sign-in attempts" in content(response)
    assert signed_in_user_id(client) is None
    assert LoginFailure.objects.filter(email=personas.parent_a.email).count() >= 5


def test_a_child_signed_in_by_session_is_still_refused_by_admin(client, personas):
    # given
    client.force_login(personas.child_a)

    # when
    response = client.get(admin_url(ChildAccount, "changelist"))

    # then
    assert response.status_code == 302
    assert response.url.startswith(reverse("admin:login"))


# --- the admin index --------------------------------------------------------------------------------


def test_parent_admin_index_shows_its_children_and_settings_but_not_users_or_classes(client, personas):
    # given
    client.force_login(personas.parent_a)

    # when
    response = client.get("/admin/")

    # then
    models = index_models(response)
    assert {"accounts.ChildAccount", "accounts.ParentProfile"} <= set(models)
    assert not {"accounts.User", "accounts.TeacherProfile", "classroom.Classroom"} & set(models)
    assert models["accounts.ChildAccount"]["add"] and models["accounts.ChildAccount"]["change"]
    assert not models["accounts.ChildAccount"]["delete"]
    assert not models["accounts.ParentProfile"]["add"]


def test_teacher_admin_index_shows_classes_its_students_read_only_and_its_profile(client, personas):
    # given
    client.force_login(personas.teacher_1)

    # when
    response = client.get("/admin/")

    # then
    models = index_models(response)
    assert {"accounts.ChildAccount", "accounts.TeacherProfile", "classroom.Classroom"} <= set(models)
    assert not {"accounts.User", "accounts.ParentProfile"} & set(models)
    assert models["accounts.ChildAccount"] == {"add": False, "change": False, "delete": False, "view": True}
    assert models["classroom.Classroom"]["add"]


def test_operator_admin_index_shows_every_model(client, operator):
    # given
    client.force_login(operator)

    # when
    response = client.get("/admin/")

    # then
    assert {"accounts.User", "accounts.ChildAccount", "accounts.ParentProfile", "accounts.TeacherProfile",
            "classroom.Classroom"} <= set(index_models(response))


# --- a parent and its children ----------------------------------------------------------------------


def test_parent_children_changelist_lists_exactly_its_own_children(client, personas):
    # given
    client.force_login(personas.parent_a)

    # when
    response = client.get(admin_url(ChildAccount, "changelist"))

    # then
    assert response.status_code == 200
    assert changelist_pks(response) == {personas.child_a.pk, personas.teen_a.pk}
    assert_nothing_of(personas.child_b, response)
    assert_nothing_of(personas.student_1, response)


@pytest.mark.parametrize("term", ["child.b", "Child B", "student", "example.com"])
def test_parent_search_never_finds_another_familys_child(client, personas, term):
    # given
    client.force_login(personas.parent_a)

    # when
    response = client.get(admin_url(ChildAccount, "changelist"), {"q": term})

    # then
    assert response.status_code == 200
    assert changelist_pks(response) <= {personas.child_a.pk, personas.teen_a.pk}
    assert personas.child_b.email not in content(response)


def test_parent_search_finds_its_own_child(client, personas):
    # given
    client.force_login(personas.parent_a)

    # when
    response = client.get(admin_url(ChildAccount, "changelist"), {"q": "child"})

    # then
    assert changelist_pks(response) == {personas.child_a.pk}


def test_parent_list_filter_and_its_counts_cover_only_its_own_children(client, personas):
    # given: family B's child is a "younger child" too
    client.force_login(personas.parent_a)

    # when
    response = client.get(admin_url(ChildAccount, "changelist"), {"role__exact": Role.CHILD, "_facets": "1"})

    # then
    assert changelist_pks(response) == {personas.child_a.pk}
    role_filter = next(spec for spec in response.context["cl"].filter_specs if spec.title == "role")
    displays = {str(choice["display"]) for choice in role_filter.choices(response.context["cl"])}
    assert {"Child (1)", "Teen (1)"} <= displays
    assert_nothing_of(personas.child_b, response)


def test_parent_cannot_open_another_familys_child(client, personas):
    # given
    client.force_login(personas.parent_a)

    # when
    response = client.get(admin_url(ChildAccount, "change", personas.child_b.pk), follow=True)

    # then
    assert response.redirect_chain == [("/admin/", 302)]
    assert any("exist" in message for message in messages_of(response))
    assert_nothing_of(personas.child_b, response)


@pytest.mark.parametrize("action", ["history", "delete"])
def test_parent_cannot_reach_another_familys_child_through_history_or_delete(client, personas, action):
    # given
    client.force_login(personas.parent_a)

    # when
    response = client.get(admin_url(ChildAccount, action, personas.child_b.pk), follow=True)

    # then
    assert response.status_code in (200, 403)
    assert response.status_code == 403 or response.redirect_chain == [("/admin/", 302)]
    assert_nothing_of(personas.child_b, response)


def test_parent_cannot_change_another_familys_child_by_posting(client, personas):
    # given
    child_b = personas.child_b
    client.force_login(personas.parent_a)

    # when
    client.post(admin_url(ChildAccount, "change", child_b.pk), {
        "name": "Taken Over", "email": "taken@example.com", "age": "4", "is_active": "",
        "new_password": NEW_PASSWORD,
    })

    # then
    child_b.refresh_from_db()
    assert (child_b.name, child_b.email, child_b.is_active) == ("Child B", "child.b@example.com", True)
    assert child_b.check_password(PASSWORD)
    assert child_b.child_profile.age == 9


def test_parent_cannot_delete_another_familys_child_by_posting(client, personas):
    # given
    client.force_login(personas.parent_a)

    # when
    client.post(admin_url(ChildAccount, "delete", personas.child_b.pk), {"post": "yes"})
    client.post(admin_url(ChildAccount, "changelist"), {
        "action": "delete_selected", "_selected_action": [str(personas.child_b.pk)], "post": "yes",
    })

    # then
    assert User.objects.filter(pk=personas.child_b.pk, is_active=True).exists()


def test_parent_cannot_delete_its_own_children_either(client, personas):
    # given
    client.force_login(personas.parent_a)

    # when
    response = client.post(admin_url(ChildAccount, "delete", personas.child_a.pk), {"post": "yes"})

    # then
    assert response.status_code == 403
    assert User.objects.filter(pk=personas.child_a.pk).exists()


def test_parent_adds_a_child_who_can_then_sign_in_to_the_app(client, personas):
    # given
    client.force_login(personas.parent_a)

    # when
    response = client.post(admin_url(ChildAccount, "add"), {
        "name": "New Kid", "email": "New.Kid@Example.com", "age": "7", "role": "", "avatar_url": "",
        "password1": NEW_PASSWORD, "password2": NEW_PASSWORD,
    })

    # then
    assert response.status_code == 302
    child = User.objects.get(email="new.kid@example.com")
    assert child.role == Role.CHILD
    assert not child.is_staff and not child.is_superuser
    profile = ChildProfile.objects.get(user=child)
    assert (profile.parent_id, profile.age, profile.coins) == (personas.parent_a.pk, 7, 0)
    login = api_login(client, "new.kid@example.com", NEW_PASSWORD)
    assert login.status_code == 200
    assert api_me(client, login.json()["access_token"]).json()["id"] == str(child.pk)


def test_parent_adds_a_teen_from_the_age(client, personas):
    # given
    client.force_login(personas.parent_a)

    # when
    client.post(admin_url(ChildAccount, "add"), {
        "name": "Big Kid", "email": "big.kid@example.com", "age": "15", "password1": NEW_PASSWORD,
        "password2": NEW_PASSWORD,
    })

    # then
    child = User.objects.get(email="big.kid@example.com")
    assert child.role == Role.TEEN
    assert child.child_profile.parent_id == personas.parent_a.pk


@pytest.mark.parametrize("password1, password2, field", [
    ("password", "password", "password1"),
    ("12345678", "12345678", "password1"),
    ("short7", "short7", "password1"),
    (NEW_PASSWORD, NEW_PASSWORD + "x", "password2"),
])
def test_parent_cannot_add_a_child_with_a_weak_or_mismatched_password(client, personas, password1, password2,
                                                                      field):
    # given
    client.force_login(personas.parent_a)

    # when
    response = client.post(admin_url(ChildAccount, "add"), {
        "name": "Weak Kid", "email": "weak.kid@example.com", "age": "9",
        "password1": password1, "password2": password2,
    })

    # then
    assert response.status_code == 200
    assert field in response.context["adminform"].form.errors
    assert not User.objects.filter(email="weak.kid@example.com").exists()


def test_parent_cannot_add_a_child_with_an_email_already_in_use(client, personas):
    # given
    client.force_login(personas.parent_a)
    children_before = ChildProfile.objects.filter(parent=personas.parent_a).count()

    # when
    response = client.post(admin_url(ChildAccount, "add"), {
        "name": "Copy", "email": "CHILD.B@example.com", "age": "9",
        "password1": NEW_PASSWORD, "password2": NEW_PASSWORD,
    })

    # then
    assert response.status_code == 200
    assert response.context["adminform"].form.errors
    assert ChildProfile.objects.filter(parent=personas.parent_a).count() == children_before
    assert personas.child_b.child_profile.parent_id == personas.parent_b.pk


def test_parent_changes_its_childs_name_age_and_password_and_old_tokens_stop_working(client, personas):
    # given
    child = personas.child_a
    old_token = access_token_for(child)
    assert api_me(client, old_token).status_code == 200
    client.force_login(personas.parent_a)
    page = client.get(admin_url(ChildAccount, "change", child.pk))

    # when
    response = client.post(admin_url(ChildAccount, "change", child.pk), changeform_data(
        page, name="Renamed A", age="10", new_password=NEW_PASSWORD,
    ))

    # then
    assert response.status_code == 302
    child.refresh_from_db()
    assert child.name == "Renamed A"
    assert child.child_profile.age == 10
    assert child.check_password(NEW_PASSWORD)
    assert child.is_active
    assert api_me(client, old_token).status_code == 401
    assert api_login(client, child.email, NEW_PASSWORD).status_code == 200


def test_parent_changing_name_only_keeps_the_password_and_tokens(client, personas):
    # given
    child = personas.child_a
    token = access_token_for(child)
    client.force_login(personas.parent_a)
    page = client.get(admin_url(ChildAccount, "change", child.pk))

    # when
    client.post(admin_url(ChildAccount, "change", child.pk), changeform_data(page, name="Only Renamed"))

    # then
    child.refresh_from_db()
    assert child.name == "Only Renamed"
    assert child.check_password(PASSWORD)
    assert api_me(client, token).status_code == 200


@pytest.mark.parametrize("typed", ["fresh.a@example.com", "Fresh.A@Example.com"])
def test_parent_changes_its_childs_email(client, personas, typed):
    # given
    child = personas.child_a
    client.force_login(personas.parent_a)
    page = client.get(admin_url(ChildAccount, "change", child.pk))

    # when
    response = client.post(admin_url(ChildAccount, "change", child.pk), changeform_data(page, email=typed))

    # then
    assert response.status_code == 302
    child.refresh_from_db()
    assert child.email == "fresh.a@example.com"
    assert api_login(client, "fresh.a@example.com", PASSWORD).status_code == 200


def test_parent_cannot_take_another_accounts_email_for_its_child(client, personas):
    # given
    child = personas.child_a
    client.force_login(personas.parent_a)
    page = client.get(admin_url(ChildAccount, "change", child.pk))

    # when
    response = client.post(admin_url(ChildAccount, "change", child.pk),
                           changeform_data(page, email="Child.B@example.com"))

    # then
    assert response.status_code == 200
    assert response.context["adminform"].form.errors
    child.refresh_from_db()
    assert child.email == "child.a@example.com"


def test_parent_cannot_set_a_weak_new_password_for_its_child(client, personas):
    # given
    child = personas.child_a
    client.force_login(personas.parent_a)
    page = client.get(admin_url(ChildAccount, "change", child.pk))

    # when
    response = client.post(admin_url(ChildAccount, "change", child.pk), changeform_data(page, new_password="1234"))

    # then
    assert response.status_code == 200
    assert "new_password" in response.context["adminform"].form.errors
    child.refresh_from_db()
    assert child.check_password(PASSWORD)


def test_parent_cannot_set_privileged_or_computed_fields_of_its_child(client, personas, give_coins):
    # given
    child = personas.child_a
    give_coins(child, 30)
    before = ChildProfile.objects.get(user=child)
    client.force_login(personas.parent_a)
    page = client.get(admin_url(ChildAccount, "change", child.pk))

    # when
    response = client.post(admin_url(ChildAccount, "change", child.pk), changeform_data(
        page, name="Still A", coins="999", level="50", xp="1000", streak_days="30", role=Role.PARENT,
        is_superuser="on", is_staff="on", is_verified="on", token_version="9", parent=str(personas.parent_b.pk),
        **{"child_profile-0-coins": "999", "child_profile-0-level": "50",
           "child_profile-0-parent": str(personas.parent_b.pk)},
    ))

    # then
    assert response.status_code == 302
    child.refresh_from_db()
    after = ChildProfile.objects.get(user=child)
    assert child.name == "Still A"
    assert (child.role, child.is_superuser, child.is_staff, child.is_verified, child.token_version) == (
        Role.CHILD, False, False, False, 0)
    assert (after.coins, after.level, after.xp, after.streak_days, after.parent_id) == (
        30, before.level, before.xp, before.streak_days, personas.parent_a.pk)


def test_parent_deactivates_its_child_who_is_then_refused_by_the_app(client, personas):
    # given
    child = personas.child_a
    token = access_token_for(child)
    client.force_login(personas.parent_a)
    page = client.get(admin_url(ChildAccount, "change", child.pk))

    # when: the "active" box is unticked
    client.post(admin_url(ChildAccount, "change", child.pk), changeform_data(page, is_active=None))

    # then
    child.refresh_from_db()
    assert not child.is_active
    assert api_me(client, token).status_code == 401
    assert api_login(client, child.email, PASSWORD).status_code == 400


# --- a parent's own settings ------------------------------------------------------------------------


def test_parent_edits_its_own_settings(client, personas):
    # given
    profile = personas.parent_a.parent_profile
    client.force_login(personas.parent_a)
    page = client.get(admin_url(ParentProfile, "change", profile.pk))

    # when
    response = client.post(admin_url(ParentProfile, "change", profile.pk), changeform_data(
        page, exchange_rate="0.25", auto_approval_limit="15", require_approval=None, user=str(personas.parent_b.pk),
    ))

    # then
    assert response.status_code == 302
    profile.refresh_from_db()
    assert (str(profile.exchange_rate), profile.auto_approval_limit, profile.require_approval) == ("0.2500", 15, False)
    assert profile.user_id == personas.parent_a.pk


def test_parent_settings_out_of_range_are_a_form_error(client, personas):
    # given
    profile = personas.parent_a.parent_profile
    client.force_login(personas.parent_a)
    page = client.get(admin_url(ParentProfile, "change", profile.pk))

    # when
    response = client.post(admin_url(ParentProfile, "change", profile.pk),
                           changeform_data(page, exchange_rate="5", auto_approval_limit="-1"))

    # then
    assert response.status_code == 200
    assert response.context["adminform"].form.errors
    profile.refresh_from_db()
    assert (str(profile.exchange_rate), profile.auto_approval_limit) == ("0.1000", 0)


def test_parent_sees_only_its_own_settings(client, personas):
    # given
    client.force_login(personas.parent_a)

    # when
    listing = client.get(admin_url(ParentProfile, "changelist"))
    other = client.get(admin_url(ParentProfile, "change", personas.parent_b.parent_profile.pk), follow=True)

    # then
    assert changelist_pks(listing) == {personas.parent_a.parent_profile.pk}
    assert other.redirect_chain == [("/admin/", 302)]
    assert_nothing_of(personas.parent_b, listing)
    assert_nothing_of(personas.parent_b, other)


def test_parent_cannot_change_another_parents_settings_by_posting(client, personas):
    # given
    profile = personas.parent_b.parent_profile
    client.force_login(personas.parent_a)

    # when
    client.post(admin_url(ParentProfile, "change", profile.pk),
                {"exchange_rate": "0.9", "auto_approval_limit": "500", "require_approval": ""})

    # then
    profile.refresh_from_db()
    assert (str(profile.exchange_rate), profile.auto_approval_limit, profile.require_approval) == (
        "0.1000", 0, True)


def test_teacher_cannot_open_parent_settings(client, personas):
    # given
    client.force_login(personas.teacher_1)

    # when
    listing = client.get(admin_url(ParentProfile, "changelist"))
    change = client.post(admin_url(ParentProfile, "change", personas.parent_a.parent_profile.pk),
                         {"exchange_rate": "0.9", "auto_approval_limit": "500"})

    # then
    assert listing.status_code == 403
    assert change.status_code in (302, 403)
    personas.parent_a.parent_profile.refresh_from_db()
    assert personas.parent_a.parent_profile.auto_approval_limit == 0


# --- the user admin is for operators ----------------------------------------------------------------


@pytest.mark.parametrize("persona", ["parent_a", "teacher_1"])
def test_parents_and_teachers_cannot_open_the_user_admin(client, personas, persona):
    # given
    client.force_login(personas[persona])

    # when
    listing = client.get(admin_url(User, "changelist"))
    own_page = client.get(admin_url(User, "change", personas[persona].pk))
    add = client.post(admin_url(User, "add"), {
        "email": "made.up@example.com", "name": "Made Up", "role": Role.PARENT,
        "password1": NEW_PASSWORD, "password2": NEW_PASSWORD,
    })

    # then
    assert listing.status_code == 403
    assert own_page.status_code == 403
    assert add.status_code == 403
    assert not User.objects.filter(email="made.up@example.com").exists()


def test_parent_cannot_escalate_itself_or_its_child_through_the_user_admin(client, personas):
    # given
    client.force_login(personas.parent_a)

    # when
    for user in (personas.parent_a, personas.child_a):
        client.post(admin_url(User, "change", user.pk), {
            "email": user.email, "name": user.name, "role": Role.PARENT, "is_active": "on",
            "is_staff": "on", "is_superuser": "on",
        })
        client.post(reverse("admin:auth_user_password_change", args=[user.pk]),
                    {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD, "usable_password": "true"})

    # then
    for user in (personas.parent_a, personas.child_a):
        user.refresh_from_db()
        assert not user.is_staff and not user.is_superuser
        assert user.check_password(PASSWORD)
    assert personas.child_a.role == Role.CHILD


def test_admin_password_change_signs_the_user_out_of_the_app(client, personas):
    # given
    parent = personas.parent_a
    token = access_token_for(parent)
    client.force_login(parent)

    # when
    response = client.post(reverse("admin:password_change"), {
        "old_password": PASSWORD, "new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD,
    })

    # then
    assert response.status_code == 302
    parent.refresh_from_db()
    assert parent.check_password(NEW_PASSWORD)
    assert api_me(client, token).status_code == 401
    assert client.get("/admin/").status_code == 200  # the admin session itself survives


# --- a teacher and its students ---------------------------------------------------------------------


def test_teacher_sees_exactly_its_students_in_the_children_admin(client, personas):
    # given
    client.force_login(personas.teacher_1)

    # when
    response = client.get(admin_url(ChildAccount, "changelist"))

    # then
    assert response.status_code == 200
    assert changelist_pks(response) == {personas.child_a.pk, personas.student_1.pk}
    assert_nothing_of(personas.child_b, response)
    assert_nothing_of(personas.teen_a, response)


def test_teacher_search_never_finds_another_teachers_student(client, personas):
    # given
    client.force_login(personas.teacher_1)

    # when
    response = client.get(admin_url(ChildAccount, "changelist"), {"q": "child"})

    # then
    assert changelist_pks(response) == {personas.child_a.pk}


def test_teacher_reads_its_student_but_cannot_change_it(client, personas):
    # given
    child = personas.child_a
    client.force_login(personas.teacher_1)

    # when
    page = client.get(admin_url(ChildAccount, "change", child.pk))
    post = client.post(admin_url(ChildAccount, "change", child.pk), {
        "name": "Teacher Renamed", "email": child.email, "age": "12", "is_active": "on",
        "new_password": NEW_PASSWORD,
    })

    # then
    assert page.status_code == 200
    assert child.name in content(page)
    assert page.context["has_change_permission"] is False
    assert post.status_code == 403
    child.refresh_from_db()
    assert child.name == "Child A"
    assert child.child_profile.age == 9
    assert child.check_password(PASSWORD)


def test_teacher_does_not_see_its_students_family_or_coins(client, personas, give_coins):
    # given
    give_coins(personas.child_a, 4321)
    client.force_login(personas.teacher_1)

    # when
    listing = client.get(admin_url(ChildAccount, "changelist"))
    page = client.get(admin_url(ChildAccount, "change", personas.child_a.pk))

    # then
    for response in (listing, page):
        assert_nothing_of(personas.parent_a, response)
        assert "4321" not in content(response)


def test_parent_sees_its_childs_coins_and_family(client, personas, give_coins):
    # given
    give_coins(personas.child_a, 4321)
    client.force_login(personas.parent_a)

    # when
    listing = client.get(admin_url(ChildAccount, "changelist"))
    page = client.get(admin_url(ChildAccount, "change", personas.child_a.pk))

    # then
    assert "4321" in content(listing)
    assert "4321" in content(page)
    assert personas.parent_a.email in content(page)


def test_teacher_cannot_add_a_child(client, personas):
    # given
    client.force_login(personas.teacher_1)

    # when
    response = client.post(admin_url(ChildAccount, "add"), {
        "name": "Class Kid", "email": "class.kid@example.com", "age": "9",
        "password1": NEW_PASSWORD, "password2": NEW_PASSWORD,
    })

    # then
    assert response.status_code == 403
    assert not User.objects.filter(email="class.kid@example.com").exists()


def test_teacher_cannot_open_another_teachers_student(client, personas):
    # given
    client.force_login(personas.teacher_1)

    # when
    response = client.get(admin_url(ChildAccount, "change", personas.child_b.pk), follow=True)

    # then
    assert response.redirect_chain == [("/admin/", 302)]
    assert_nothing_of(personas.child_b, response)


def test_teacher_sees_only_its_own_teacher_profile_and_edits_it(client, personas):
    # given
    own = personas.teacher_1.teacher_profile
    other = personas.teacher_2.teacher_profile
    client.force_login(personas.teacher_1)
    page = client.get(admin_url(TeacherProfile, "change", own.pk))

    # when
    listing = client.get(admin_url(TeacherProfile, "changelist"))
    edit = client.post(admin_url(TeacherProfile, "change", own.pk), changeform_data(page, school_name="Oak School"))
    foreign = client.post(admin_url(TeacherProfile, "change", other.pk), {"school_name": "Hijacked"})

    # then
    assert changelist_pks(listing) == {own.pk}
    assert edit.status_code == 302
    assert foreign.status_code in (302, 403)
    own.refresh_from_db()
    other.refresh_from_db()
    assert own.school_name == "Oak School"
    assert other.school_name == ""


# --- operators ----------------------------------------------------------------------------------------


def test_operator_sees_every_child_and_every_user(client, personas, operator):
    # given
    client.force_login(operator)

    # when
    children = client.get(admin_url(ChildAccount, "changelist"))
    users = client.get(admin_url(User, "changelist"))

    # then
    assert changelist_pks(children) == {personas[name].pk for name in ("child_a", "teen_a", "child_b", "student_1")}
    assert changelist_pks(users) == set(User.objects.values_list("pk", flat=True))
    assert len(changelist_pks(users)) == 10  # the nine personas and the operator


def test_operator_sets_a_users_password_and_signs_it_out_of_the_app(client, personas, operator):
    # given
    parent = personas.parent_b
    token = access_token_for(parent)
    client.force_login(operator)

    # when
    response = client.post(reverse("admin:auth_user_password_change", args=[parent.pk]),
                           {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD, "usable_password": "true"})

    # then
    assert response.status_code == 302
    parent.refresh_from_db()
    assert parent.check_password(NEW_PASSWORD)
    assert api_me(client, token).status_code == 401


def test_operator_creates_a_parent_with_its_profile(client, operator):
    # given
    client.force_login(operator)

    # when
    response = client.post(admin_url(User, "add"), {
        "email": "new.parent@example.com", "name": "New Parent", "role": Role.PARENT,
        "password1": NEW_PASSWORD, "password2": NEW_PASSWORD, "usable_password": "true",
    })

    # then
    assert response.status_code == 302
    parent = User.objects.get(email="new.parent@example.com")
    assert ParentProfile.objects.filter(user=parent).exists()
    assert not parent.is_superuser


def test_a_second_parent_does_not_see_the_first_familys_children(client, personas):
    # given: a parent with no children at all
    lonely = ParentFactory(email="lonely@example.com")
    client.force_login(lonely)

    # when
    response = client.get(admin_url(ChildAccount, "changelist"))

    # then
    assert changelist_pks(response) == set()
