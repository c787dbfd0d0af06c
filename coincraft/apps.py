from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps
from django.core import signals


class CoinCraftConfig(AppConfig):
    default = True
    name = "coincraft"
    verbose_name = "CoinCraft"

    def ready(self):
        from coincraft import mail, schema  # noqa: F401  (schema registers the OpenAPI auth scheme)

        signals.request_started.connect(mail.request_started, dispatch_uid="coincraft.mail.request_started")
        signals.request_finished.connect(mail.request_finished, dispatch_uid="coincraft.mail.request_finished")


class CoinCraftAdminConfig(admin_apps.AdminConfig):
    """The Django admin, run on CoinCraft's own site: parents and teachers sign in to it too."""

    default = False
    default_site = "accounts.admin_site.CoinCraftAdminSite"
