"""Shared building blocks of the JSON API: the public base view, strict input fields, URL helpers.

The authenticated base view, which fetches through the caller's scope, is ``accounts.api.base``."""

from __future__ import annotations

import re

from django.urls import URLPattern, register_converter
from django.urls.resolvers import RoutePattern
from rest_framework import serializers
from rest_framework.exceptions import MethodNotAllowed
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


class OptionalSlashRoutePattern(RoutePattern):
    """A ``path()`` route that matches with and without a trailing slash, in one pattern: the URL
    resolver tries each route once, and ``reverse()`` gives the route as written (no slash)."""

    def __init__(self, route, name=None, is_endpoint=False):
        if not isinstance(route, str):
            raise TypeError("an optional-slash route is plain text (not translated)")
        super().__init__(route, name, is_endpoint)
        if is_endpoint:
            self._regex = self._regex.removesuffix(r"\Z") + r"/?\Z"


def api_path(route: str, view, name: str) -> URLPattern:
    """The route as the app calls it (no trailing slash), also served with one; never a redirect."""
    return URLPattern(OptionalSlashRoutePattern(route.strip("/"), name=name, is_endpoint=True), view, name=name)


# --- input fields ------------------------------------------------------------------------------------


class StrictIntegerField(serializers.IntegerField):
    """A whole number: a JSON integer, or its plain decimal text (``"10"``, ``"-3"``).

    Text is accepted because query strings and forms carry nothing else, and because clients send
    ``"10"`` in JSON too. Refused with 400: booleans, fractions (``10.5``, ``"10.5"``, ``10.0``),
    exponents (``"1e3"``), blank or padded text, signs other than a leading ``-``, digits other than
    0-9, and values outside the field's bounds, which default to a signed 32-bit integer so that no
    value can overflow a database column.
    """

    default_error_messages = {"invalid": "A whole number is required."}
    DECIMAL_TEXT = re.compile(r"-?[0-9]+")

    def __init__(self, **kwargs):
        kwargs.setdefault("min_value", -(2**31))
        kwargs.setdefault("max_value", 2**31 - 1)
        super().__init__(**kwargs)

    def to_internal_value(self, data):
        if isinstance(data, str):
            if len(data) > self.MAX_STRING_LENGTH:
                self.fail("max_string_length")
            if not self.DECIMAL_TEXT.fullmatch(data):
                self.fail("invalid")
            return int(data)
        if isinstance(data, bool) or not isinstance(data, int):
            self.fail("invalid")
        return data


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
    """Text, with surrounding whitespace trimmed; its length limit holds for the text as sent."""

    def __init__(self, **kwargs):
        kwargs.setdefault("trim_whitespace", True)
        super().__init__(**kwargs)

    def to_internal_value(self, data):
        if not isinstance(data, str):
            self.fail("invalid")
        if self.max_length is not None and len(data) > self.max_length:
            self.fail("max_length", max_length=self.max_length)
        return super().to_internal_value(data)


class OneOfRequired:
    # A serializer whose body names one value in either of two spellings (the app's and the contract's,
    # ``targetAmount`` or ``target_amount``): each is optional, one of ``one_of_required`` is required.
    # The serializer's ``validate`` enforces it; the schema says it (``anyOf``, coincraft/autoschema.py).
    # (Comments, not a docstring: drf-spectacular would show a docstring as each body's description.)

    one_of_required: tuple[str, ...] = ()


def validate(serializer_class, data, **kwargs) -> dict:
    """Validate request data with an input serializer; 400 naming the first bad field otherwise."""
    serializer = serializer_class(data=data, **kwargs)
    serializer.is_valid(raise_exception=True)
    return serializer.validated_data


# --- views -------------------------------------------------------------------------------------------


class MethodCheckedFirst:
    """A method the route does not serve is 405, before authentication: a signed-out caller learns the
    same as any other (the methods are in the published schema), instead of a 401 that would tell it to
    sign in for something that does not exist."""

    def initial(self, request, *args, **kwargs):
        method = request.method.lower()
        if method not in self.http_method_names or not hasattr(self, method):
            raise MethodNotAllowed(request.method)
        super().initial(request, *args, **kwargs)


class PublicView(MethodCheckedFirst, APIView):
    """No authentication: a stale Authorization header is ignored, never a 401."""

    authentication_classes: list = []
    permission_classes = [AllowAny]



# --- output shapes shared by every app ---------------------------------------------------------------


class MessageSerializer(serializers.Serializer):
    """``{"message": str}``: what a route that changes something without returning it answers."""

    message = serializers.CharField()
