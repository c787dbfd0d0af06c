"""Links in emails: absolute addresses on the site people open (``FRONTEND_URL``).

The web app and the admin are served by the same site (the app at ``/``, the admin at ``/admin/``;
in development the Vite server passes ``/admin`` on to Django), so one setting says where both are.
"""

from django.conf import settings


def absolute_url(path: str = "/") -> str:
    """``path`` (from the site's root, e.g. ``/admin/inbox/``) as an absolute address."""
    return settings.FRONTEND_URL.rstrip("/") + "/" + path.lstrip("/")
