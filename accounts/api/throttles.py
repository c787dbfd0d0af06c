"""DRF throttles of the public auth endpoints; the limits and their storage are ``accounts.throttling``."""

from rest_framework.throttling import BaseThrottle

from accounts import throttling


class EmailLinkThrottle(BaseThrottle):
    """Requests for a password-reset or verification email, per address and per client. Refused (429,
    with ``Retry-After``) before anything is looked up, so the answer is the same for any address."""

    def allow_request(self, request, view):
        if request.method != "POST":
            return True  # nothing is sent; and a GET never writes
        body = request.data if hasattr(request.data, "get") else {}
        self.retry_after = throttling.email_link_attempt(email=throttling.address_key(body.get("email")),
                                                          ip=throttling.client_ip(request))
        return self.retry_after is None

    def wait(self):
        return self.retry_after.total_seconds()
