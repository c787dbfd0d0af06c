from django.apps import AppConfig


class LearningConfig(AppConfig):
    name = "learning"
    verbose_name = "Learning"

    def ready(self):
        from economy.services.ledger import ledger_listen
        from learning.progression import ledger_event

        # Coins earned are activity (XP, streak, achievements); the ledger calls this for each entry.
        ledger_listen(ledger_event)

        from accounts.screens import EVERYONE, shown_on_screens
        from learning import models as m

        for model in (m.UserActivity, m.UserModuleProgress, m.UserAchievement):
            shown_on_screens(model, lambda obj: [obj.user_id])
        for model in (m.Activity, m.Module, m.ModuleSection, m.QuizQuestion, m.QuizOption, m.Achievement):
            shown_on_screens(model, EVERYONE)
