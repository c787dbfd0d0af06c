from django.apps import AppConfig


class DemoConfig(AppConfig):
    """The demo family, teacher and classes (``manage.py seed_demo``): data for every app, so on top."""

    name = "demo"
    verbose_name = "Demo data"
