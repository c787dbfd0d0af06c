from django.contrib.auth.backends import ModelBackend

from accounts.models import User


class EmailBackend(ModelBackend):
    """Email + password sign-in, the email compared case-insensitively (admin and API alike)."""

    def authenticate(self, request, username=None, password=None, email=None, **kwargs):
        login = (email or username or "").strip()
        if not login or password is None:
            return None
        try:
            user = User.objects.get(email__iexact=login)
        except User.DoesNotExist:
            # Spend the same time hashing as for a real user, so timing reveals nothing.
            User().set_password(password)
            return None
        if user.check_password(password) and self.user_can_authenticate(user):
            return user
        return None

    def get_user(self, user_id):
        """The session's user (the admin's), with its role's profile (and a co-parent's family's, whose
        settings are its first parent's) in the same query: the admin reads its time zone on every page
        (``coincraft.middleware.AdminTimeZoneMiddleware``)."""
        user = (User._default_manager.select_related("parent_profile", "teacher_profile", "child_profile",
                                                     "co_parent_of__parent_profile")
                .filter(pk=user_id).first())
        return user if user is not None and self.user_can_authenticate(user) else None
