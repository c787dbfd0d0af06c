"""What the tests of every app share: threads released together, a real gunicorn server, the rows of
the database. Part of the base layer, so any app's tests may use it; it imports no app."""
