from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "accounts"
    verbose_name = "Families and accounts"

    def ready(self):
        from accounts import checks  # noqa: F401  (registers the system checks)
        from accounts.models import ChildProfile, ParentProfile, TeacherProfile
        from accounts.screens import shown_on_screens

        # (the accounts themselves are in every screen's key by their last change)
        for profile in (ChildProfile, ParentProfile, TeacherProfile):
            shown_on_screens(profile, lambda profile: [profile.user_id])
