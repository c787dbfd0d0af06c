from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps


class CoinCraftConfig(AppConfig):
    default = True
    name = "coincraft"
    verbose_name = "CoinCraft"

    def ready(self):
        from coincraft import schema  # noqa: F401  (registers the OpenAPI auth scheme)


class CoinCraftAdminConfig(admin_apps.AdminConfig):
    """The Django admin, run on CoinCraft's own site: parents and teachers sign in to it too."""

    default = False
    default_site = "accounts.admin_site.CoinCraftAdminSite"
