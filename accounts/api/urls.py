from accounts.api import views
from coincraft.api import api_path

urlpatterns = [
    api_path("auth/jwt/login", views.LoginView.as_view(), "auth-jwt-login"),
    api_path("auth/login", views.JsonLoginView.as_view(), "auth-login"),
    api_path("auth/register", views.RegisterView.as_view(), "auth-register"),
    api_path("auth/logout", views.LogoutView.as_view(), "auth-logout"),
    api_path("auth/jwt/logout", views.LogoutView.as_view(), "auth-jwt-logout"),
    api_path("auth/jwt/refresh", views.RefreshView.as_view(), "auth-jwt-refresh"),
    api_path("auth/forgot-password", views.ForgotPasswordView.as_view(), "auth-forgot-password"),
    api_path("auth/reset-password", views.ResetPasswordView.as_view(), "auth-reset-password"),
    api_path("auth/request-verify-token", views.RequestVerifyView.as_view(), "auth-request-verify-token"),
    api_path("auth/verify", views.VerifyView.as_view(), "auth-verify"),
    api_path("users/me", views.MeView.as_view(), "users-me"),
    api_path("users/<userid:user_id>", views.UserDetailView.as_view(), "users-detail"),
    api_path("users/<userref:parent_id>/children", views.UserChildrenView.as_view(), "users-children"),
    api_path("parent/children", views.ParentChildrenView.as_view(), "parent-children"),
]
