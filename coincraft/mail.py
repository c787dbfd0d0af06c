"""Emails leave once the answer has gone, so that how long an answer takes never tells whether one was sent.

A flow that answers the same whatever the address (a password reset, an email check, a co-parent
invitation) would still give the address away if it answered later when it emails someone: talking
to the mail server takes far longer than anything else the request does. ``send_after_answer`` keeps
the email until the request is finished (Django's ``request_finished``, sent when the WSGI server has
written the whole answer and closes it) and sends it then. Outside a request (a management command,
a shell) it sends at once. An email that cannot be sent after the answer is logged: the answer,
already given, was the same either way.
"""

import logging
import threading

from django.conf import settings
from django.core.mail import send_mail

log = logging.getLogger(__name__)
_request = threading.local()  # a WSGI worker thread serves one request at a time


def send_after_answer(*, subject: str, message: str, to: str) -> None:
    email = {"subject": subject, "message": message, "from_email": settings.DEFAULT_FROM_EMAIL,
             "recipient_list": [to]}
    waiting = getattr(_request, "emails", None)
    if waiting is None:
        send_mail(**email)
    else:
        waiting.append(email)


def request_started(**kwargs) -> None:
    _request.emails = []


def request_finished(**kwargs) -> None:
    waiting, _request.emails = getattr(_request, "emails", None) or [], None
    for email in waiting:
        try:
            send_mail(**email)
        except Exception:  # the answer is gone: nobody is left to tell but the log
            log.exception("An email could not be sent after the answer: %s", email["subject"])
