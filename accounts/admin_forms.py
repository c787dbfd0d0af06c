"""What the admin's forms that make an account share."""

from __future__ import annotations

from django import forms
from django.contrib.auth.password_validation import validate_password

from accounts.models import User


def check_new_password(form: forms.Form, data: dict, person: User) -> None:
    """A new password typed twice (``password1``, ``password2``): the same both times, and as strong as
    the validators ask for ``person`` (unsaved: its email and name are compared with the password)."""
    if data.get("password1") != data.get("password2"):
        form.add_error("password2", "The two passwords differ.")
    elif data.get("password1"):
        try:
            validate_password(data["password1"], person)
        except forms.ValidationError as exc:
            form.add_error("password1", exc)
