from django.apps import AppConfig


class PrivacyConfig(AppConfig):
    """A parent's rights over its child's data (export, deletion): they reach every app, so on top."""

    name = "privacy"
    verbose_name = "Privacy"
