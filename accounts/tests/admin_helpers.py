"""Helpers for driving the Django admin from tests the way a browser does (used by every test_admin.py)."""

from __future__ import annotations

from django.contrib import messages
from django.urls import reverse

from accounts.models import User
from accounts.tests.factories import PASSWORD


def admin_url(model, action: str, *args) -> str:
    """``admin_url(ChildAccount, "change", child.pk)`` -> ``/admin/accounts/childaccount/<pk>/change/``."""
    opts = model._meta
    return reverse(f"admin:{opts.app_label}_{opts.model_name}_{action}", args=[str(a) for a in args])


def make_operator(**fields) -> User:
    fields.setdefault("name", "Operator")
    return User.objects.create_superuser(email=fields.pop("email", "ops@example.com"), password=PASSWORD, **fields)


def sign_in(client, email: str, password: str = PASSWORD):
    """Submit the real admin login form, as a browser would."""
    return client.post(reverse("admin:login"), {"username": email, "password": password, "next": "/admin/"})


def signed_in_user_id(client):
    return client.session.get("_auth_user_id")


def index_models(response) -> dict[str, dict]:
    """The models on the admin index, as ``{"app_label.Model": {"add": bool, "change": bool, ...}}``."""
    return {
        model["model"]._meta.label: model["perms"]
        for app in response.context["app_list"]
        for model in app["models"]
    }


def changelist_pks(response) -> set:
    return {obj.pk for obj in response.context["cl"].result_list}


def messages_of(response) -> list[str]:
    return [str(m) for m in response.context["messages"]]


def successes_of(response) -> list[str]:
    """The success messages of a page: what the admin says it did."""
    return [str(m) for m in response.context["messages"] if m.level == messages.SUCCESS]


def _as_post_value(value):
    if value is None or value is False:
        return None
    if value is True:
        return "on"
    if isinstance(value, (list, tuple)):
        return [str(v) for v in value]
    return str(getattr(value, "pk", value))


def _add_form(data: dict, form) -> None:
    for bound in form:
        value = _as_post_value(bound.value())
        if value is not None:
            data[bound.html_name] = value


def changeform_data(response, **overrides) -> dict:
    """The POST body a browser would send back from an admin add/change page, with ``overrides``.

    Covers the main form and every inline formset (management form included), so a test changes
    only what it names. An override of ``None`` removes the field (an unticked checkbox).
    """
    data: dict = {}
    _add_form(data, response.context["adminform"].form)
    for inline in response.context["inline_admin_formsets"]:
        formset = inline.formset
        _add_form(data, formset.management_form)
        for form in formset.forms:
            _add_form(data, form)
    for key, value in overrides.items():
        if value is None:
            data.pop(key, None)
        else:
            data[key] = value
    return data


def content(response) -> str:
    return response.content.decode()
