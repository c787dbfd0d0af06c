"""Request parsers that turn every unreadable body into a 400, never a 500."""

from rest_framework import parsers
from rest_framework.exceptions import ParseError


class JSONParser(parsers.JSONParser):
    """DRF's JSON parser, plus: a body nested too deeply for the decoder is a parse error.

    ``json`` raises ``RecursionError`` (not ``ValueError``) for, say, ten thousand nested ``[``,
    which DRF lets escape as a server error.
    """

    def parse(self, stream, media_type=None, parser_context=None):
        try:
            return super().parse(stream, media_type, parser_context)
        except RecursionError:
            raise ParseError("JSON parse error - the document is nested too deeply")
