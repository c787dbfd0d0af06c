"""Request parsers that turn every unreadable body into a 400, never a 500."""

from __future__ import annotations

from rest_framework import parsers
from rest_framework.exceptions import ParseError, ValidationError

LONE_SURROGATE = "A lone surrogate (half of a UTF-16 pair) is not allowed."


def _has_lone_surrogate(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _printable(key: str) -> str:
    return key.encode("utf-8", "backslashreplace").decode("utf-8")


def lone_surrogate_errors(value):
    """Where a decoded JSON document holds a lone surrogate, in the shape of a serializer's errors.

    JSON may spell half of a UTF-16 pair on its own (``"\\ud800"``); Python decodes it into a string
    that cannot be encoded again, so it can be neither stored nor echoed in an answer. ``None`` when
    the document is clean.
    """
    if isinstance(value, str):
        return [LONE_SURROGATE] if _has_lone_surrogate(value) else None
    if isinstance(value, dict):
        for key, inner in value.items():
            if _has_lone_surrogate(key):
                return {_printable(key): [LONE_SURROGATE]}
            errors = lone_surrogate_errors(inner)
            if errors:
                return {key: errors}
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            errors = lone_surrogate_errors(inner)
            if errors:
                return {index: errors}
    return None


class JSONParser(parsers.JSONParser):
    """DRF's JSON parser, plus two kinds of bodies it would let through to a server error.

    - A body nested too deeply for the decoder: ``json`` raises ``RecursionError`` (not
      ``ValueError``) for, say, ten thousand nested ``[``, which DRF lets escape.
    - A string holding a lone surrogate (``"\\ud800"``): any message that echoes it, and any answer or
      database row holding it, fails to encode. It is refused here, once for every field: 400 naming
      the field, as a serializer would.
    """

    def parse(self, stream, media_type=None, parser_context=None):
        try:
            data = super().parse(stream, media_type, parser_context)
            errors = lone_surrogate_errors(data)
        except RecursionError:
            raise ParseError("JSON parse error - the document is nested too deeply")
        if errors:
            raise ValidationError(errors if isinstance(data, dict) else {"non_field_errors": [LONE_SURROGATE]})
        return data
