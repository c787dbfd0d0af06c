"""Helpers of the users API tests, shared with the apps whose routes live under /api/users."""

from __future__ import annotations

from urllib.parse import urlencode

from rest_framework.test import APIClient

from accounts.models import ChildProfile, ParentProfile, User


def parent_ref(personas, ref: str) -> str:
    """A path's ``{parent_id}``: ``me`` or a persona's id."""
    return ref if ref == "me" else str(personas[ref].pk)


def paths_naming_another_parent(child: str) -> list[tuple[str, str, int]]:
    """(the caller, the persona a path's ``{parent_id}`` names, the answer) for ids that name no family the
    caller is a parent of; ``child`` is a child of family A the path may name."""
    return [
        ("parent_a", "coparent_a", 403),  # the first parent sees its co-parent, whose id is no path to its family
        ("coparent_a", child, 403),
        ("parent_b", "parent_a", 404),  # another family: as a missing id
        ("parent_b", "coparent_a", 404),
        ("coparent_a", "parent_b", 404),
    ]


def form_login(username: str, password: str):
    return APIClient().post("/api/auth/jwt/login", urlencode({"username": username, "password": password}),
                            content_type="application/x-www-form-urlencoded")


def row_counts() -> dict:
    return {
        "users": User.objects.count(),
        "child_profiles": ChildProfile.objects.count(),
        "parent_profiles": ParentProfile.objects.count(),
    }


def user_state(user: User) -> dict:
    """Every field a request could change on a person, its balance included."""
    fresh = User.objects.select_related("child_profile").get(pk=user.pk)
    state = {f: getattr(fresh, f) for f in ("email", "name", "role", "avatar_url", "password", "is_active",
                                            "is_staff", "is_superuser", "is_verified", "token_version")}
    profile = getattr(fresh, "child_profile", None)
    if profile is not None:
        state.update(age=profile.age, coins=profile.coins, level=profile.level, streak_days=profile.streak_days,
                     parent_id=profile.parent_id)
    return state


def balance(child: User) -> int:
    return ChildProfile.objects.get(user=child).coins


def names_field(detail: str, field: str) -> bool:
    detail = detail.lower()
    return field in detail or field.replace("_", " ") in detail


def assert_bad_input(response, field: str | None = None) -> None:
    assert 400 <= response.status_code < 500 and response.status_code != 401, response.content
    body = response.json()
    assert isinstance(body["detail"], str) and body["detail"]
    if field is not None:
        assert response.status_code == 400
        assert field in body["errors"], body
        assert names_field(body["detail"], field), body
