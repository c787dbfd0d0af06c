from django.apps import AppConfig


class DashboardsConfig(AppConfig):
    """The screens that compose several apps (the family's, a child's, a teacher's dashboards).

    The top layer: it reads the apps below it through their selectors and owns no models."""

    name = "dashboards"
    verbose_name = "Dashboards"
