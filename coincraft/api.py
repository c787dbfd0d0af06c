"""Shared building blocks of the JSON API: the public base view, strict input fields, URL helpers.

The authenticated base view, which fetches through the caller's scope, is ``accounts.api.base``."""

from __future__ import annotations

from django.urls import path, register_converter
from rest_framework import serializers
from rest_framework.permissions import AllowAny
from rest_framework.views import APIView

MAX_COINS = 1_000_000_000


# --- path converters ---------------------------------------------------------------------------------


class UserRefConverter:
    """A user id in a path: a UUID, or ``me`` for the caller."""

    regex = r"(?:me|[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12})"

    def to_python(self, value):
        return value.lower()

    def to_url(self, value):
        return str(value)


class UserIdConverter(UserRefConverter):
    """A user id in a path where ``me`` has a route of its own (``/api/users/me``)."""

    regex = r"[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}"


register_converter(UserRefConverter, "userref")
register_converter(UserIdConverter, "userid")


def api_path(route: str, view, name: str):
    """The route as the app calls it (no trailing slash) and with one; never a redirect."""
    route = route.strip("/")
    return [path(route, view, name=name), path(route + "/", view)]


# --- input fields ------------------------------------------------------------------------------------


class StrictIntegerField(serializers.IntegerField):
    """A whole number, and only that: no booleans, fractions, exponents or numeric strings in JSON."""

    default_error_messages = {"invalid": "A whole number is required."}

    def to_internal_value(self, data):
        if isinstance(data, bool) or isinstance(data, float):
            self.fail("invalid")
        if isinstance(data, str):
            text = data.strip()
            if not (text.isdigit() or (text.startswith("-") and text[1:].isdigit())):
                self.fail("invalid")
        return super().to_internal_value(data)


class CoinsField(StrictIntegerField):
    def __init__(self, **kwargs):
        kwargs.setdefault("min_value", 0)
        kwargs.setdefault("max_value", MAX_COINS)
        super().__init__(**kwargs)


class StrictBooleanField(serializers.BooleanField):
    """true/false (and the form spellings), never a number."""

    def to_internal_value(self, data):
        if isinstance(data, (int, float)) and not isinstance(data, bool):
            self.fail("invalid", input=data)
        return super().to_internal_value(data)


class TrimmedCharField(serializers.CharField):
    def __init__(self, **kwargs):
        kwargs.setdefault("trim_whitespace", True)
        super().__init__(**kwargs)

    def to_internal_value(self, data):
        if not isinstance(data, str):
            self.fail("invalid")
        return super().to_internal_value(data)


def validate(serializer_class, data, **kwargs) -> dict:
    """Validate request data with an input serializer; 400 naming the first bad field otherwise."""
    serializer = serializer_class(data=data, **kwargs)
    serializer.is_valid(raise_exception=True)
    return serializer.validated_data


# --- views -------------------------------------------------------------------------------------------


class PublicView(APIView):
    """No authentication: a stale Authorization header is ignored, never a 401."""

    authentication_classes: list = []
    permission_classes = [AllowAny]

