"""Every row of the project's own tables, to show that a refused request wrote nothing anywhere."""

from __future__ import annotations

from pathlib import Path

from django.apps import apps
from django.conf import settings


def project_models() -> list:
    """The models of the project's own apps (not Django's nor third parties')."""
    base = Path(settings.BASE_DIR).resolve()
    return [model for config in apps.get_app_configs() if Path(config.path).resolve().parent == base
            for model in config.get_models()]


def database_rows() -> dict:
    """Each project table's rows, every column, in primary-key order: equal before and after a request
    exactly when the request wrote nothing."""
    return {model._meta.label: list(model.objects.order_by("pk").values_list(
                *(field.attname for field in model._meta.concrete_fields)))
            for model in project_models()}
