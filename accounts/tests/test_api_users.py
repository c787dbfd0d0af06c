"""API.md §3 (users) and ``POST /api/parent/children`` (§10) over the DRF test client.

Personas (root conftest): family A is ``parent_a`` with ``child_a`` and ``teen_a``; family B is
``parent_b`` with ``child_b``; ``teacher_1`` teaches ``child_a`` and ``student_1``; ``teacher_2``
teaches ``child_b``.
"""

from __future__ import annotations

import uuid

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from rest_framework.test import APIClient

from accounts import services
from accounts.models import ChildProfile, Role, User
from accounts.tests.factories import PASSWORD, ChildFactory, ParentFactory, UserFactory
from accounts.tests.helpers import (
    assert_bad_input,
    form_login,
    parent_ref,
    paths_naming_another_parent,
    row_counts,
    user_state,
)

STRONG = "a-long-passphrase-9"


@pytest.fixture
def operator(db):
    return UserFactory(email="ops@example.com", name="Operator", is_superuser=True, is_staff=True)


# --- GET /api/users/me and PATCH /api/users/me -------------------------------------------------------


@pytest.mark.parametrize("name", ["parent_a", "child_a", "teen_a", "teacher_1"])
def test_me_returns_the_caller(personas, as_user, name):
    # given
    user = personas[name]
    # when
    response = as_user(user).get("/api/users/me")
    # then
    assert response.status_code == 200
    body = response.json()
    assert body["id"] == str(user.pk)
    assert body["email"] == user.email
    assert body["role"] == user.role
    assert set(body) >= {"id", "email", "is_active", "is_superuser", "is_verified", "name", "role", "avatar_url",
                         "created_at", "updated_at"}
    assert "password" not in body


def test_me_requires_a_token(api_client):
    # when
    response = api_client.get("/api/users/me")
    # then
    assert response.status_code == 401
    assert isinstance(response.json()["detail"], str)


def test_patch_me_updates_name_avatar_and_email(personas, as_user):
    # given
    parent = personas.parent_a
    # when
    response = as_user(parent).patch("/api/users/me", {"name": "  Pat  ", "avatar_url": "🦊",
                                                        "email": "New.Pat@Example.com"}, format="json")
    # then
    assert response.status_code == 200, response.json()
    assert response.json()["name"] == "Pat"
    assert response.json()["email"] == "new.pat@example.com"
    parent.refresh_from_db()
    assert (parent.name, parent.avatar_url, parent.email, parent.is_verified) == (
        "Pat", "🦊", "new.pat@example.com", False)


def test_patch_me_ignores_privileged_fields(personas, as_user):
    # given
    child = personas.child_a
    before = user_state(child)
    body = {"is_superuser": True, "is_staff": True, "is_active": False, "is_verified": True, "role": "parent",
            "token_version": 7, "coins": 999, "level": 9, "id": str(uuid.uuid4())}
    # when
    response = as_user(child).patch("/api/users/me", body, format="json")
    # then
    assert response.status_code == 200
    assert user_state(child) == before
    assert as_user(child).get("/api/users/me").status_code == 200


def test_patch_me_refuses_an_email_that_is_taken_in_another_case(personas, as_user):
    # given
    before = user_state(personas.parent_a)
    # when
    response = as_user(personas.parent_a).patch("/api/users/me", {"email": "PARENT.B@example.com"}, format="json")
    # then
    assert response.status_code == 400
    assert response.json()["detail"] == "UPDATE_USER_EMAIL_ALREADY_EXISTS"
    assert user_state(personas.parent_a) == before


@pytest.mark.parametrize("field, value", [
    ("name", ""), ("name", "n" * 101), ("name", "a\x00b"), ("name", 5), ("name", None),
    ("avatar_url", "x" * 501), ("avatar_url", "\x00"), ("avatar_url", ["🦊"]),
    ("email", "not-an-email"), ("email", "a" * 320 + "@example.com"), ("email", "a\x00@example.com"),
    ("password", "short"), ("password", "p" * 129), ("password", "a-long\x00passphrase"), ("password", 12345678),
])
def test_patch_me_refuses_bad_values_naming_the_field(personas, as_user, field, value):
    # given
    before = user_state(personas.parent_a)
    # when
    response = as_user(personas.parent_a).patch("/api/users/me", {field: value}, format="json")
    # then
    assert_bad_input(response, field)
    assert user_state(personas.parent_a) == before


def test_a_teen_changes_its_password_only_with_its_password_now(personas, as_user):
    # given
    teen = personas.teen_a
    client = as_user(teen)
    before = user_state(teen)
    # when
    wrong = client.patch("/api/users/me", {"current_password": "not-it-at-all", "password": STRONG,
                                           "name": "Someone Else"}, format="json")
    # then: nothing changes, and the field at fault is named
    assert_bad_input(wrong, "current_password")
    assert wrong.json()["detail"] == services.WRONG_CURRENT_PASSWORD
    assert user_state(teen) == before
    teen.refresh_from_db()
    assert teen.check_password(PASSWORD)

    # when
    right = client.patch("/api/users/me", {"current_password": PASSWORD, "password": STRONG}, format="json")
    # then: changed, and every session of the account ends
    assert right.status_code == 200, right.json()
    teen.refresh_from_db()
    assert teen.check_password(STRONG)
    assert client.get("/api/users/me").status_code == 401


# --- GET /api/users/{id} -----------------------------------------------------------------------------


def test_user_can_read_itself_by_id_and_by_me(personas, as_user):
    # given
    client = as_user(personas.teen_a)
    # when
    by_id = client.get(f"/api/users/{personas.teen_a.pk}")
    by_me = client.get("/api/users/me")
    # then
    assert by_id.status_code == by_me.status_code == 200
    assert by_id.json()["id"] == by_me.json()["id"] == str(personas.teen_a.pk)
    assert by_id.json()["child_profile"]["age"] == personas.teen_a.child_profile.age


def test_parent_reads_its_child_with_the_child_profile(personas, as_user, give_coins):
    # given
    give_coins(personas.child_a, 40)
    # when
    response = as_user(personas.parent_a).get(f"/api/users/{personas.child_a.pk}")
    # then
    assert response.status_code == 200
    profile = response.json()["child_profile"]
    assert profile["coins"] == 40
    assert profile["level"] == 1
    assert profile["parent_id"] == str(personas.parent_a.pk)


def test_parent_detail_has_no_child_profile(personas, as_user):
    # when
    response = as_user(personas.parent_a).get(f"/api/users/{personas.parent_a.pk}")
    # then
    assert response.status_code == 200
    assert response.json()["child_profile"] is None


def test_teacher_reads_a_student_enrolled_in_its_class(personas, as_user):
    # when
    enrolled = as_user(personas.teacher_1).get(f"/api/users/{personas.student_1.pk}")
    family_child = as_user(personas.teacher_1).get(f"/api/users/{personas.child_a.pk}")
    # then
    assert enrolled.status_code == 200
    assert enrolled.json()["id"] == str(personas.student_1.pk)
    assert family_child.status_code == 200


@pytest.mark.parametrize("viewer, target", [
    ("child_a", "teen_a"),   # a sibling
    ("teen_a", "child_a"),   # a sibling
    ("child_a", "parent_a"),  # its own parent
])
def test_family_members_other_than_the_parent_cannot_read_a_profile(personas, as_user, viewer, target):
    # when
    response = as_user(personas[viewer]).get(f"/api/users/{personas[target].pk}")
    # then
    assert response.status_code == 403
    assert response.json() == {"detail": "Insufficient permissions"}


@pytest.mark.parametrize("viewer, target", [
    ("parent_a", "child_b"), ("parent_a", "parent_b"), ("child_a", "child_b"), ("teen_a", "parent_b"),
    ("teacher_1", "child_b"), ("teacher_1", "teen_a"), ("teacher_1", "parent_a"), ("teacher_2", "child_a"),
    ("teacher_1", "teacher_2"), ("parent_b", "student_1"), ("student_1", "child_a"),
])
def test_people_outside_the_family_or_class_are_not_found(personas, as_user, viewer, target):
    # when
    response = as_user(personas[viewer]).get(f"/api/users/{personas[target].pk}")
    # then
    assert response.status_code == 404
    assert response.json() == {"detail": "User not found"}


def test_an_unknown_id_is_not_found_like_another_familys(personas, as_user):
    # when
    unknown = as_user(personas.parent_a).get(f"/api/users/{uuid.uuid4()}")
    foreign = as_user(personas.parent_a).get(f"/api/users/{personas.child_b.pk}")
    # then
    assert unknown.status_code == foreign.status_code == 404
    assert unknown.json() == foreign.json()


def test_operator_reads_anyone(personas, as_user, operator):
    # when
    response = as_user(operator).get(f"/api/users/{personas.child_b.pk}")
    # then
    assert response.status_code == 200
    assert response.json()["child_profile"]["parent_id"] == str(personas.parent_b.pk)


def test_a_user_id_that_is_not_a_uuid_is_a_json_404(personas, as_user):
    # when
    response = as_user(personas.parent_a).get("/api/users/12345")
    # then
    assert response.status_code == 404
    assert isinstance(response.json()["detail"], str)


def test_reading_a_user_requires_a_token(personas, api_client):
    # when
    response = api_client.get(f"/api/users/{personas.child_a.pk}")
    # then
    assert response.status_code == 401


# --- PUT /api/users/{id} -----------------------------------------------------------------------------


def test_user_updates_itself_by_id(personas, as_user):
    # given
    teacher = personas.teacher_1
    # when
    response = as_user(teacher).put(f"/api/users/{teacher.pk}", {"name": "Ms Frizzle", "avatar_url": "🚌"},
                                    format="json")
    # then
    assert response.status_code == 200, response.json()
    assert response.json()["name"] == "Ms Frizzle"
    teacher.refresh_from_db()
    assert (teacher.name, teacher.avatar_url) == ("Ms Frizzle", "🚌")


def test_put_me_updates_the_caller(personas, as_user):
    # when
    response = as_user(personas.child_a).put("/api/users/me", {"name": "Ace"}, format="json")
    # then
    assert response.status_code == 200
    personas.child_a.refresh_from_db()
    assert personas.child_a.name == "Ace"


def test_put_user_ignores_privileged_fields_and_role(personas, as_user):
    # given
    teen = personas.teen_a
    before = user_state(teen)
    body = {"is_superuser": True, "is_staff": True, "is_active": False, "is_verified": True, "role": "parent",
            "token_version": 3, "coins": 1000, "level": 50, "streak_days": 99, "age": 6}
    # when
    response = as_user(teen).put(f"/api/users/{teen.pk}", body, format="json")
    # then
    assert response.status_code == 200
    assert response.json()["role"] == Role.TEEN
    assert response.json()["is_superuser"] is False
    assert user_state(teen) == before
    assert teen.transactions.count() == 0  # no ledger entry either


def test_put_user_hashes_and_validates_the_password_and_revokes_tokens(personas, as_user):
    # given
    parent = personas.parent_a
    client = as_user(parent)
    other_session = as_user(parent)
    # when
    weak = client.put(f"/api/users/{parent.pk}", {"password": "password"}, format="json")
    strong = client.put(f"/api/users/{parent.pk}", {"password": STRONG}, format="json")
    # then
    assert weak.status_code == 400
    assert "too common" in weak.json()["detail"]
    assert strong.status_code == 200, strong.json()
    parent.refresh_from_db()
    assert parent.password != STRONG
    assert parent.check_password(STRONG)
    assert "password" not in strong.json()
    assert client.get("/api/users/me").status_code == 401
    assert other_session.get("/api/users/me").status_code == 401
    assert form_login(parent.email, STRONG).status_code == 200


def test_put_user_changes_email_and_refuses_a_taken_one(personas, as_user):
    # given
    parent = personas.parent_a
    # when
    taken = as_user(parent).put(f"/api/users/{parent.pk}", {"email": "Teacher.1@Example.com"}, format="json")
    changed = as_user(parent).put(f"/api/users/{parent.pk}", {"email": "Fresh@Example.com"}, format="json")
    # then
    assert taken.status_code == 400
    assert taken.json()["detail"] == "Email already registered"
    assert changed.status_code == 200
    parent.refresh_from_db()
    assert parent.email == "fresh@example.com"
    assert form_login("fresh@example.com", PASSWORD).status_code == 200


@pytest.mark.parametrize("actor, target", [
    ("parent_a", "child_a"),    # a parent does not edit its child's account here
    ("child_a", "teen_a"),      # a sibling
    ("child_a", "parent_a"),
    ("teacher_1", "student_1"),
])
def test_put_user_is_for_oneself_only(personas, as_user, actor, target):
    # given
    before = user_state(personas[target])
    # when
    response = as_user(personas[actor]).put(f"/api/users/{personas[target].pk}", {"name": "Hijacked"},
                                            format="json")
    # then
    assert response.status_code == 403
    assert response.json() == {"detail": "Insufficient permissions"}
    assert user_state(personas[target]) == before


@pytest.mark.parametrize("actor, target", [("parent_a", "child_b"), ("teacher_2", "child_a"), ("child_b", "teen_a")])
def test_put_user_of_another_family_is_not_found(personas, as_user, actor, target):
    # given
    before = user_state(personas[target])
    # when
    response = as_user(personas[actor]).put(f"/api/users/{personas[target].pk}", {"name": "Hijacked"},
                                            format="json")
    # then
    assert response.status_code == 404
    assert user_state(personas[target]) == before


@pytest.mark.parametrize("field, value", [
    ("name", "n" * 101), ("name", "x\x00"), ("name", ""), ("name", {"first": "A"}),
    ("avatar_url", "a" * 501), ("email", "nope"), ("email", 7), ("password", "x7Kp2"),
])
def test_put_user_refuses_bad_values_naming_the_field(personas, as_user, field, value):
    # given
    teacher = personas.teacher_1
    before = user_state(teacher)
    # when
    response = as_user(teacher).put(f"/api/users/{teacher.pk}", {field: value}, format="json")
    # then
    assert_bad_input(response, field)
    assert user_state(teacher) == before


# --- PATCH and DELETE /api/users/{id}: operators only --------------------------------------------------


@pytest.mark.parametrize("actor, target", [
    ("parent_a", "child_a"), ("parent_a", "parent_a"), ("child_a", "child_a"), ("teacher_1", "student_1"),
    ("parent_a", "child_b"),
])
def test_only_operators_patch_accounts(personas, as_user, actor, target):
    # given
    before = user_state(personas[target])
    # when
    response = as_user(personas[actor]).patch(f"/api/users/{personas[target].pk}", {"name": "Renamed"},
                                              format="json")
    # then
    assert response.status_code == 403
    assert isinstance(response.json()["detail"], str)
    assert user_state(personas[target]) == before


@pytest.mark.parametrize("actor, target", [
    ("parent_a", "child_a"), ("parent_a", "parent_a"), ("child_a", "child_a"), ("teacher_1", "student_1"),
    ("parent_b", "child_a"),
])
def test_only_operators_delete_accounts(personas, as_user, actor, target):
    # given
    before = user_state(personas[target])
    # when
    response = as_user(personas[actor]).delete(f"/api/users/{personas[target].pk}")
    # then
    assert response.status_code == 403
    assert isinstance(response.json()["detail"], str)
    assert user_state(personas[target]) == before


def test_operator_patches_an_account_but_not_its_privileges(personas, as_user, operator):
    # given
    child = personas.child_b
    # when
    response = as_user(operator).patch(f"/api/users/{child.pk}", {"name": "Renamed", "is_superuser": True,
                                                                  "is_staff": True, "role": "parent"},
                                       format="json")
    # then
    assert response.status_code == 200, response.json()
    child.refresh_from_db()
    assert child.name == "Renamed"
    assert (child.is_superuser, child.is_staff, child.role) == (False, False, Role.CHILD)


def test_operator_delete_deactivates_the_account_and_its_tokens(personas, as_user, operator):
    # given
    child = personas.child_b
    child_client = as_user(child)
    # when
    response = as_user(operator).delete(f"/api/users/{child.pk}")
    # then
    assert response.status_code == 204
    child.refresh_from_db()
    assert child.is_active is False
    assert child_client.get("/api/users/me").status_code == 401
    assert form_login(child.email, PASSWORD).status_code == 400


def test_operator_delete_of_an_unknown_id_is_not_found(as_user, operator):
    # when
    response = as_user(operator).delete(f"/api/users/{uuid.uuid4()}")
    # then
    assert response.status_code == 404


# --- POST and GET /api/users/{parent_id}/children ------------------------------------------------------


def child_body(**overrides) -> dict:
    body = {"email": "kid@example.com", "password": STRONG, "name": "Kid", "age": 9}
    body.update(overrides)
    return body


@pytest.mark.parametrize("ref", ["me", "own-id"])
def test_parent_creates_a_child_account(personas, as_user, ref):
    # given
    parent = personas.parent_a
    path_ref = "me" if ref == "me" else str(parent.pk)
    # when
    response = as_user(parent).post(f"/api/users/{path_ref}/children",
                                    child_body(email="Kid@Example.com", avatar_url="🐯"), format="json")
    # then
    assert response.status_code == 201, response.json()
    body = response.json()
    assert body["email"] == "kid@example.com"
    assert body["role"] == Role.CHILD
    assert body["avatar_url"] == "🐯"
    child = User.objects.get(pk=body["id"])
    assert child.check_password(STRONG)
    profile = child.child_profile
    assert (profile.age, profile.coins, profile.level, profile.streak_days, profile.parent_id) == (
        9, 0, 1, 0, parent.pk)
    assert form_login("kid@example.com", STRONG).status_code == 200


@pytest.mark.parametrize("age, role", [(3, Role.CHILD), (12, Role.CHILD), (13, Role.TEEN), (18, Role.TEEN),
                                       (None, Role.CHILD)])
def test_child_account_role_follows_the_age(personas, as_user, age, role):
    # given
    body = child_body(age=age)
    if age is None:
        del body["age"]
    # when
    response = as_user(personas.parent_a).post("/api/users/me/children", body, format="json")
    # then
    assert response.status_code == 201, response.json()
    assert response.json()["role"] == role
    assert ChildProfile.objects.get(user_id=response.json()["id"]).age == (10 if age is None else age)


def test_child_account_ignores_privileged_fields(personas, as_user):
    # given
    body = child_body(role="parent", is_superuser=True, is_staff=True, is_verified=True, coins=500, level=7)
    # when
    response = as_user(personas.parent_a).post("/api/users/me/children", body, format="json")
    # then
    assert response.status_code == 201
    child = User.objects.select_related("child_profile").get(pk=response.json()["id"])
    assert (child.role, child.is_superuser, child.is_staff, child.is_verified) == (Role.CHILD, False, False, False)
    assert (child.child_profile.coins, child.child_profile.level) == (0, 1)
    assert child.transactions.count() == 0  # no ledger entry either


@pytest.mark.parametrize("actor", ["teacher_1", "child_a", "teen_a"])
def test_only_parents_create_child_accounts(personas, as_user, actor):
    # given
    before = row_counts()
    # when
    response = as_user(personas[actor]).post("/api/users/me/children", child_body(), format="json")
    # then
    assert response.status_code == 403
    assert response.json() == {"detail": "Only parents can create child accounts"}
    assert row_counts() == before


def test_parent_cannot_create_children_under_its_childs_id(personas, as_user):
    # given
    before = row_counts()
    # when
    response = as_user(personas.parent_a).post(f"/api/users/{personas.child_a.pk}/children", child_body(),
                                               format="json")
    # then
    assert response.status_code == 403
    assert response.json() == {"detail": "Only parents can create child accounts"}
    assert row_counts() == before


def test_parent_cannot_create_children_for_another_family(personas, as_user):
    # given
    before = row_counts()
    # when
    response = as_user(personas.parent_a).post(f"/api/users/{personas.parent_b.pk}/children", child_body(),
                                               format="json")
    # then
    assert response.status_code == 404
    assert row_counts() == before


def test_child_account_refuses_a_taken_email(personas, as_user):
    # given
    before = row_counts()
    # when
    response = as_user(personas.parent_a).post("/api/users/me/children", child_body(email="CHILD.B@example.com"),
                                               format="json")
    # then
    assert response.status_code == 400
    assert response.json()["detail"] == "User with this email already exists"
    assert row_counts() == before


@pytest.mark.parametrize("field, detail", [
    ("email", "Email is required"), ("password", "Password is required"), ("name", "Name is required"),
])
def test_child_account_requires_email_password_and_name(personas, as_user, field, detail):
    # given
    body = child_body()
    del body[field]
    before = row_counts()
    # when
    response = as_user(personas.parent_a).post("/api/users/me/children", body, format="json")
    # then
    assert response.status_code == 400
    assert response.json()["detail"] == detail
    assert field in response.json()["errors"]
    assert row_counts() == before


@pytest.mark.parametrize("field, value", [
    ("age", 2), ("age", 19), ("age", "ten"), ("age", 9.5), ("age", True), ("age", 2 ** 63), ("age", None),
    ("name", "n" * 101), ("name", "K\x00d"), ("name", 3),
    ("email", "kid"), ("email", "k" * 320 + "@example.com"), ("email", "k\x00@example.com"),
    ("password", "x7Kp2"), ("password", "password"), ("password", "12345678901"), ("password", "p" * 129),
    ("avatar_url", "a" * 501),
])
def test_child_account_refuses_bad_values_naming_the_field(personas, as_user, field, value):
    # given
    before = row_counts()
    # when
    response = as_user(personas.parent_a).post("/api/users/me/children", child_body(**{field: value}),
                                               format="json")
    # then
    assert_bad_input(response, field)
    assert row_counts() == before


def test_parent_lists_only_its_own_children(personas, as_user, give_coins):
    # given
    give_coins(personas.teen_a, 12)
    # when
    by_me = as_user(personas.parent_a).get("/api/users/me/children")
    by_id = as_user(personas.parent_a).get(f"/api/users/{personas.parent_a.pk}/children")
    # then
    assert by_me.status_code == by_id.status_code == 200
    assert by_me.json() == by_id.json()
    rows = {row["id"]: row for row in by_me.json()}
    assert set(rows) == {str(personas.child_a.pk), str(personas.teen_a.pk)}
    teen = rows[str(personas.teen_a.pk)]
    assert (teen["coins"], teen["age"], teen["role"]) == (12, personas.teen_a.child_profile.age, Role.TEEN)


def test_parent_without_children_lists_none(as_user, db):
    # given
    lonely = ParentFactory()
    # when
    response = as_user(lonely).get("/api/users/me/children")
    # then
    assert response.status_code == 200
    assert response.json() == []


def test_listing_children_takes_the_same_queries_for_two_or_eight(personas, as_user):
    # given
    client = as_user(personas.parent_a)

    def queries() -> int:
        with CaptureQueriesContext(connection) as ctx:
            response = client.get("/api/users/me/children")
        assert response.status_code == 200
        return len(ctx.captured_queries), len(response.json())

    few, few_rows = queries()
    ChildFactory.create_batch(6, profile__parent=personas.parent_a)
    # when
    many, many_rows = queries()
    # then
    assert (few_rows, many_rows) == (2, 8)
    assert many == few


@pytest.mark.parametrize("actor", ["teacher_1", "child_a", "teen_a"])
def test_only_parents_list_children(personas, as_user, actor):
    # when
    response = as_user(personas[actor]).get("/api/users/me/children")
    # then
    assert response.status_code == 403
    assert response.json() == {"detail": "Only parents can view their children"}


def test_parent_cannot_list_another_familys_children(personas, as_user):
    # when
    response = as_user(personas.parent_a).get(f"/api/users/{personas.parent_b.pk}/children")
    # then
    assert response.status_code == 404
    assert str(personas.child_b.pk) not in response.content.decode()


# --- the family's co-parent on /api/users/{parent_id}/children ------------------------------------------


@pytest.mark.parametrize("ref", ["parent_a", "coparent_a", "me"])
def test_the_co_parent_lists_the_familys_children_under_either_parents_id(personas, as_user, ref):
    # when
    response = as_user(personas.coparent_a).get(f"/api/users/{parent_ref(personas, ref)}/children")
    # then: the first parent's list, whichever parent the path names
    assert response.status_code == 200, response.content
    assert response.json() == as_user(personas.parent_a).get("/api/users/me/children").json()
    assert {row["id"] for row in response.json()} == {str(personas.child_a.pk), str(personas.teen_a.pk)}


@pytest.mark.parametrize("ref", ["parent_a", "coparent_a"])
def test_the_co_parent_creates_a_child_of_the_family_under_either_parents_id(personas, as_user, ref):
    # when
    response = as_user(personas.coparent_a).post(f"/api/users/{parent_ref(personas, ref)}/children", child_body(),
                                                 format="json")
    # then: the child joins the first parent's family
    assert response.status_code == 201, response.content
    assert ChildProfile.objects.get(user_id=response.json()["id"]).parent_id == personas.parent_a.pk


@pytest.mark.parametrize("actor, ref, status", paths_naming_another_parent("child_a"))
def test_a_path_naming_another_parent_lists_and_creates_nothing(personas, as_user, actor, ref, status):
    # given
    before = row_counts()
    client, path = as_user(personas[actor]), f"/api/users/{parent_ref(personas, ref)}/children"
    # when
    listed, created = client.get(path), client.post(path, child_body(), format="json")
    # then
    assert (listed.status_code, created.status_code) == (status, status)
    if status == 403:
        assert listed.json() == {"detail": "Only parents can view their children"}
        assert created.json() == {"detail": "Only parents can create child accounts"}
    assert str(personas.child_a.pk) not in listed.content.decode()
    assert row_counts() == before


def test_a_removed_co_parent_no_longer_names_the_family(personas, as_user):
    # given
    services.co_parent_remove(actor=personas.parent_a, co_parent=personas.coparent_a)
    # when
    response = as_user(personas.coparent_a).get(f"/api/users/{personas.parent_a.pk}/children")
    # then
    assert response.status_code == 404


# --- POST /api/parent/children -----------------------------------------------------------------------


@pytest.mark.parametrize("name,email", [("Zoë Ångström", "zoeangstrom8@family.local"),
                                        ("¹Ω 李", "18@family.local"), ("李", "child8@family.local")])
def test_a_generated_login_is_a_plain_ascii_email(personas, as_user, name, email):
    # when a parent adds a child whose name is not plain ASCII
    response = as_user(personas.parent_a).post("/api/parent/children", {"name": name, "age": 8}, format="json")
    # then the login is an address every mail system and validator accepts
    assert response.status_code == 200, response.json()
    assert response.json()["child"]["email"] == email


def test_parent_adds_a_child_with_a_generated_login(personas, as_user):
    # given
    parent = personas.parent_a
    # when
    response = as_user(parent).post("/api/parent/children", {"name": "Mary Jane", "age": 9}, format="json")
    # then
    assert response.status_code == 200, response.json()
    body = response.json()
    assert body["success"] is True
    assert body["message"] == "Child account created successfully for Mary Jane"
    assert body["age"] == 9
    assert body["child"]["email"] == "maryjane9@family.local"
    assert body["child"]["role"] == Role.CHILD
    assert body["child"]["avatar_url"] == "👶"
    assert isinstance(body["password"], str) and len(body["password"]) >= 8
    child = User.objects.select_related("child_profile").get(pk=body["child"]["id"])
    assert child.password != body["password"]
    profile = child.child_profile
    assert (profile.age, profile.coins, profile.level, profile.streak_days, profile.parent_id) == (
        9, 0, 1, 0, parent.pk)
    login = form_login("maryjane9@family.local", body["password"])
    assert login.status_code == 200
    me = APIClient()
    me.credentials(HTTP_AUTHORIZATION=f"Bearer {login.json()['access_token']}")
    assert me.get("/api/users/me").json()["id"] == str(child.pk)
    assert str(child.pk) in {row["id"] for row in as_user(parent).get("/api/users/me/children").json()}


def test_parent_adds_a_child_with_its_chosen_login(personas, as_user):
    # when
    response = as_user(personas.parent_b).post("/api/parent/children", {
        "name": "Leo", "age": 14, "email": "Leo@Example.com", "password": STRONG, "avatar_url": "🦁"}, format="json")
    # then
    assert response.status_code == 200, response.json()
    body = response.json()
    assert body["password"] == STRONG
    assert body["child"]["email"] == "leo@example.com"
    assert body["child"]["avatar_url"] == "🦁"
    assert body["child"]["role"] == Role.TEEN
    assert form_login("leo@example.com", STRONG).status_code == 200


def test_generated_logins_of_namesakes_do_not_collide(personas, as_user):
    # when
    first = as_user(personas.parent_a).post("/api/parent/children", {"name": "Max", "age": 7}, format="json")
    second = as_user(personas.parent_b).post("/api/parent/children", {"name": "Max", "age": 7}, format="json")
    # then
    assert first.status_code == second.status_code == 200
    assert first.json()["child"]["email"] == "max7@family.local"
    assert second.json()["child"]["email"] != first.json()["child"]["email"]
    assert form_login(second.json()["child"]["email"], second.json()["password"]).status_code == 200


@pytest.mark.parametrize("age, role, expected", [
    (8, "older_child", Role.TEEN),
    (15, "younger_child", Role.CHILD),
    (12, None, Role.CHILD),
    (13, None, Role.TEEN),
    (12, "parent", Role.CHILD),
    (14, "teacher", Role.TEEN),
    (5, "admin", Role.CHILD),
    (16, "", Role.TEEN),
])
def test_added_child_role_honours_a_child_role_else_the_age(personas, as_user, age, role, expected):
    # given
    body = {"name": "Robin", "age": age}
    if role is not None:
        body["role"] = role
    # when
    response = as_user(personas.parent_a).post("/api/parent/children", body, format="json")
    # then
    assert response.status_code == 200, response.json()
    assert response.json()["child"]["role"] == expected
    assert User.objects.get(pk=response.json()["child"]["id"]).role == expected


@pytest.mark.parametrize("age, avatar", [(3, "👶"), (10, "👶"), (11, "🧒"), (18, "🧒")])
def test_added_child_avatar_defaults_by_age(personas, as_user, age, avatar):
    # when
    response = as_user(personas.parent_a).post("/api/parent/children", {"name": "Robin", "age": age}, format="json")
    # then
    assert response.status_code == 200
    assert response.json()["child"]["avatar_url"] == avatar


def test_added_child_ignores_privileged_fields(personas, as_user):
    # when
    response = as_user(personas.parent_a).post("/api/parent/children", {
        "name": "Robin", "age": 9, "is_superuser": True, "is_staff": True, "is_verified": True, "coins": 900,
        "level": 8, "parent_id": str(personas.parent_b.pk)}, format="json")
    # then
    assert response.status_code == 200
    child = User.objects.select_related("child_profile").get(pk=response.json()["child"]["id"])
    assert (child.is_superuser, child.is_staff, child.is_verified) == (False, False, False)
    assert (child.child_profile.coins, child.child_profile.level) == (0, 1)
    assert child.child_profile.parent_id == personas.parent_a.pk


@pytest.mark.parametrize("actor", ["teacher_1", "child_a", "teen_a", "student_1"])
def test_only_parents_add_children(personas, as_user, actor):
    # given
    before = row_counts()
    # when
    response = as_user(personas[actor]).post("/api/parent/children", {"name": "Robin", "age": 9}, format="json")
    # then
    assert response.status_code == 403
    assert response.json() == {"detail": "Only parents can add children"}
    assert row_counts() == before


def test_adding_a_child_requires_a_token(personas, api_client):
    # given
    before = row_counts()
    # when
    response = api_client.post("/api/parent/children", {"name": "Robin", "age": 9}, format="json")
    # then
    assert response.status_code == 401
    assert row_counts() == before


def test_added_child_refuses_a_taken_email(personas, as_user):
    # given
    before = row_counts()
    # when
    response = as_user(personas.parent_a).post("/api/parent/children", {
        "name": "Robin", "age": 9, "email": "Teen.A@Example.com"}, format="json")
    # then
    assert response.status_code == 400
    assert "already exists" in response.json()["detail"]
    assert row_counts() == before


@pytest.mark.parametrize("missing, detail", [("name", "Name is required"), ("age", "Age is required")])
def test_added_child_requires_name_and_age(personas, as_user, missing, detail):
    # given
    body = {"name": "Robin", "age": 9}
    del body[missing]
    before = row_counts()
    # when
    response = as_user(personas.parent_a).post("/api/parent/children", body, format="json")
    # then
    assert response.status_code == 400
    assert response.json()["detail"] == detail
    assert missing in response.json()["errors"]
    assert row_counts() == before


@pytest.mark.parametrize("field, value", [
    ("name", ""), ("name", "   "), ("name", None), ("name", "n" * 101), ("name", "Ro\x00bin"), ("name", ["Robin"]),
    ("age", 2), ("age", 19), ("age", "nine"), ("age", 9.5), ("age", True), ("age", None), ("age", 2 ** 63),
    ("email", "robin"), ("email", "r" * 320 + "@example.com"), ("email", "r\x00@example.com"),
    ("password", "x7Kp2"), ("password", "password"), ("password", "p" * 129), ("password", 12345678),
    ("role", "r" * 21), ("role", "older\x00child"),
    ("avatar_url", "a" * 501), ("avatar_url", "\x00"),
])
def test_added_child_refuses_bad_values_naming_the_field(personas, as_user, field, value):
    # given
    body = {"name": "Robin", "age": 9}
    body[field] = value
    before = row_counts()
    # when
    response = as_user(personas.parent_a).post("/api/parent/children", body, format="json")
    # then
    assert_bad_input(response, field)
    assert row_counts() == before


def test_added_child_password_is_checked_against_its_name_and_login(personas, as_user):
    # given
    before = row_counts()
    # when
    response = as_user(personas.parent_a).post("/api/parent/children", {
        "name": "Bartholomew Quince", "age": 9, "password": "BartholomewQ"}, format="json")
    # then
    assert response.status_code == 400
    assert "too similar to the" in response.json()["detail"]
    assert row_counts() == before
