"""Domain errors and the one JSON error shape of the API.

Every 4xx/5xx body is ``{"detail": "<a sentence the app can show>"}``; validation errors add
``"errors": {field: [messages]}`` and their ``detail`` names the first field at fault. Services raise
the domain errors below; the API turns them into that shape.
"""

from __future__ import annotations

import logging

from django.core.exceptions import PermissionDenied
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import DatabaseError, DataError, IntegrityError, InterfaceError, OperationalError
from django.http import Http404, JsonResponse
from rest_framework import exceptions as drf_exceptions
from rest_framework import status
from rest_framework.response import Response
from rest_framework.views import exception_handler as drf_exception_handler

logger = logging.getLogger(__name__)

DATABASE_UNAVAILABLE = "The service is temporarily unavailable; please try again shortly."


class DomainError(Exception):
    """A business rule said no: a ``code`` naming the rule, a sentence, and the HTTP status it means.

    Services raise these with a ``code`` and their own wording; an API view may give a code the
    contract's message for its route (``error_messages = {code: message}``), which the exception
    handler below uses instead of the service's sentence."""

    status_code = status.HTTP_400_BAD_REQUEST
    default_code = "invalid"
    default_detail = "The request could not be completed."

    def __init__(self, detail: str | None = None, *, code: str | None = None, field: str | None = None):
        self.detail = detail or self.default_detail
        self.code = code or self.default_code
        self.field = field
        super().__init__(self.detail)


class InvalidInput(DomainError):
    status_code = status.HTTP_400_BAD_REQUEST


class Forbidden(DomainError):
    status_code = status.HTTP_403_FORBIDDEN
    default_code = "forbidden"
    default_detail = "Insufficient permissions"


class NotFound(DomainError):
    status_code = status.HTTP_404_NOT_FOUND
    default_code = "not_found"
    default_detail = "Not found"


class Conflict(DomainError):
    status_code = status.HTTP_409_CONFLICT
    default_code = "conflict"
    default_detail = "This has already been decided"


class TooManyRequests(DomainError):
    status_code = status.HTTP_429_TOO_MANY_REQUESTS
    default_code = "too_many_requests"
    default_detail = "Too many attempts; please wait and try again."


def _flatten(messages) -> list[str]:
    if isinstance(messages, dict):
        out = []
        for value in messages.values():
            out.extend(_flatten(value))
        return out
    if isinstance(messages, (list, tuple)):
        out = []
        for value in messages:
            out.extend(_flatten(value))
        return out
    return [str(messages)]


def _field_errors(data) -> dict[str, list[str]]:
    if isinstance(data, dict):
        return {str(field): _flatten(value) for field, value in data.items()}
    return {"non_field_errors": _flatten(data)}


def _first_nested(path: str, value):
    """The path (``sections[1].title``) and message of the first error inside nested input."""
    if isinstance(value, dict):
        items = value.items()
    elif isinstance(value, (list, tuple)):
        items = enumerate(value)
    else:
        return path, str(value)
    for key, inner in items:
        if isinstance(inner, (dict, list, tuple)) or isinstance(value, dict):
            inner_path = path if key == "non_field_errors" else f"{path}[{key}]" if isinstance(key, int) \
                else f"{path}.{key}"
            found = _first_nested(inner_path, inner)
        else:
            return path, str(inner)
        if found:
            return found
    return None


def validation_error_body(data) -> dict:
    errors = _field_errors(data)
    field, messages = next(iter(errors.items()), ("non_field_errors", ["Invalid input."]))
    first = messages[0] if messages else "Invalid input."
    if isinstance(data, dict) and isinstance(data.get(field), (dict, list)):
        # Nested input (a module's sections, a quiz's options): name the exact place at fault.
        nested = _first_nested(field, data[field])
        if nested and nested[0] != field:
            return {"detail": f"{nested[0]}: {nested[1]}", "errors": errors}
    # A message that already names its field ("Name is required", "Invalid coins value") is the
    # contract's exact wording (API.md §0.3): keep it as it is; otherwise prefix the field.
    names_field = field.lower() in first.lower() or field.replace("_", " ").lower() in first.lower()
    detail = first if field == "non_field_errors" or names_field else f"{field}: {first}"
    return {"detail": detail, "errors": errors}


def error_response(detail: str, status_code: int, **extra) -> Response:
    return Response({"detail": detail, **extra}, status=status_code)


def database_unavailable_json() -> JsonResponse:
    return JsonResponse({"detail": DATABASE_UNAVAILABLE, "database": "down"}, status=503)


def api_exception_handler(exc, context):
    """DRF's exception handler, flattened into ``{"detail": str}`` for every error."""
    if isinstance(exc, DomainError):
        detail = getattr(context.get("view"), "error_messages", {}).get(exc.code, exc.detail)
        body = {"detail": detail}
        if exc.field:
            body["errors"] = {exc.field: [detail]}
        return Response(body, status=exc.status_code)
    if isinstance(exc, DjangoValidationError):
        exc = drf_exceptions.ValidationError(exc.message_dict if hasattr(exc, "error_dict") else exc.messages)
    if isinstance(exc, Http404):
        return Response({"detail": "Not found"}, status=status.HTTP_404_NOT_FOUND)
    if isinstance(exc, PermissionDenied):
        return Response({"detail": "Insufficient permissions"}, status=status.HTTP_403_FORBIDDEN)
    if isinstance(exc, (OperationalError, InterfaceError)):
        logger.warning("database unavailable: %s", exc)
        return Response({"detail": DATABASE_UNAVAILABLE, "database": "down"}, status=503)
    if isinstance(exc, IntegrityError):
        # A constraint caught what validation should have: still a client-visible conflict, not a 500.
        logger.warning("integrity error: %s", exc)
        return Response({"detail": "The request conflicts with the current state."}, status=409)
    if isinstance(exc, DataError):
        # A value the database cannot hold (too long, out of range) that validation let through.
        logger.warning("data error: %s", exc)
        return Response({"detail": "A value is out of the allowed range."}, status=400)
    if isinstance(exc, DatabaseError):
        logger.exception("database error")
        return Response({"detail": DATABASE_UNAVAILABLE, "database": "down"}, status=503)

    response = drf_exception_handler(exc, context)
    if response is None:
        return None
    if isinstance(exc, drf_exceptions.ValidationError):
        response.data = validation_error_body(exc.detail)
        response.status_code = status.HTTP_400_BAD_REQUEST
    elif isinstance(exc, drf_exceptions.NotFound):
        response.data = {"detail": str(exc.detail) if exc.detail != "Not found." else "Not found"}
    elif isinstance(exc, drf_exceptions.ParseError):
        response.data = {"detail": f"Malformed request body: {exc.detail}"}
    else:
        data = response.data
        if isinstance(data, dict) and "detail" in data:
            response.data = {"detail": str(data["detail"])}
        else:
            response.data = {"detail": "; ".join(_flatten(data))}
    return response
