from django.apps import AppConfig


class LearningConfig(AppConfig):
    name = "learning"
    verbose_name = "Learning"

    def ready(self):
        from economy.services.ledger import ledger_listen
        from learning.progression import ledger_event

        # Coins earned are activity (XP, streak, achievements); the ledger calls this for each entry.
        ledger_listen(ledger_event)
