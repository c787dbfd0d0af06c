"""The benchmark's ceiling: the least a Django + DRF + simplejwt server does to answer a signed-in request.

One view behind gunicorn with stock simplejwt authentication (the user loaded from the token's
``sub``, one query), DRF's JSON renderer, and no middleware, negotiation fallback, exception
handler, throttling or logging configuration of the project's. bench/run.py serves it beside the
project, with the same workers and database, and every endpoint's throughput is read against it.
"""
