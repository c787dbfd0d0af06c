"""The children's and teens' web app (``frontend/``), served by Django itself.

Vite builds the app into ``frontend/dist``: ``index.html`` plus hashed assets under ``assets/``.
The assets are static files under ``STATIC_URL + "app/"``: WhiteNoise serves them, cached for a year
since their names change with their content (``WHITENOISE_IMMUTABLE_FILE_TEST``). Every route of the
app answers ``index.html``, so a reload or a shared link on ``/goals`` works (history fallback). The
app's URL pattern comes last and never matches the API, the admin, the docs, the schema, ``/health`` or static files.
"""

from __future__ import annotations

import re
from pathlib import Path

from django.conf import settings
from django.http import HttpResponse
from django.views.decorators.csrf import ensure_csrf_cookie
from django.views.decorators.http import require_safe

# Paths that belong to the server, never to the app (kept in step with coincraft/urls.py).
SERVER_PREFIXES = ("api", "admin", "static", "docs", "redocs", "openapi.yaml", "health")
ROUTE_PATTERN = r"^(?!(?:{})(?:/|\Z))[\s\S]*\Z".format("|".join(re.escape(p) for p in SERVER_PREFIXES))

NOT_BUILT = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>CoinCraft</title></head>
<body><main><h1>CoinCraft</h1><p>The web app has not been built yet: run <code>make web</code>
(or <code>make run</code>), then reload.</p></main></body></html>"""


_index_html: str | None = None


def _read_index() -> str | None:
    """The built page, read once per process (on every request with DEBUG, to follow rebuilds)."""
    global _index_html
    if _index_html is None or settings.DEBUG:
        try:
            _index_html = (Path(settings.WEBAPP_DIST) / "index.html").read_text(encoding="utf-8")
        except FileNotFoundError:
            return None
    return _index_html


@require_safe
@ensure_csrf_cookie  # the sign-in page hands a parent's credentials to the admin's login form
def index(request, *args, **kwargs) -> HttpResponse:
    html = _read_index()
    if html is None:
        return HttpResponse(NOT_BUILT, status=503, content_type="text/html; charset=utf-8")
    response = HttpResponse(html, content_type="text/html; charset=utf-8")
    # The page names the current assets: always ask again, so a new build is picked up at once.
    response["Cache-Control"] = "no-cache"
    return response
