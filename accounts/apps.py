from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "accounts"
    verbose_name = "Families and accounts"

    def ready(self):
        from accounts import checks  # noqa: F401  (registers the system checks)
        from accounts.models import ChildAccount, ChildProfile, ParentProfile, TeacherProfile, User
        from accounts.scoping import children_q
        from accounts.screens import shown_on_screens

        for model in (User, ChildAccount):
            shown_on_screens(model, lambda user: [user.pk])
        for profile in (ChildProfile, TeacherProfile):
            shown_on_screens(profile, lambda profile: [profile.user_id])
        # (a parent's settings show on its children's screens)
        shown_on_screens(ParentProfile, lambda profile: [profile.user_id, *User.objects.filter(
            children_q(profile.user_id)).values_list("pk", flat=True)])
