from rest_framework.exceptions import NotAcceptable
from rest_framework.negotiation import DefaultContentNegotiation


class JsonFallbackNegotiation(DefaultContentNegotiation):
    """Answer JSON when the client's Accept header names nothing we render (never a 406).

    What the app and most clients send, an Accept header of ``*/*`` (or none) or of the first
    renderer's media type, without a ``?format=``, gets the first renderer as DRF's negotiation would
    choose it, without parsing the header (a test holds the two equal)."""

    def select_renderer(self, request, renderers, format_suffix=None):
        accept = request.META.get("HTTP_ACCEPT")
        if (accept in (None, "*/*", renderers[0].media_type) and not format_suffix
                and self.settings.URL_FORMAT_OVERRIDE not in request.query_params):
            return renderers[0], accept if accept == renderers[0].media_type else renderers[0].media_type
        try:
            return super().select_renderer(request, renderers, format_suffix)
        except NotAcceptable:
            return renderers[0], renderers[0].media_type
