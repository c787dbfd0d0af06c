"""The routes of the screens that compose several apps."""

from coincraft.api import api_path
from dashboards.api import views

urlpatterns = [
    api_path("dashboard/<str:user_role>", views.RoleDashboardView.as_view(), "role-dashboard"),
    api_path("progress-goals/<userref:user_id>", views.ProgressGoalsView.as_view(), "progress-goals"),
    api_path("progress-goals/<str:goal_id>/update", views.ProgressGoalUpdateView.as_view(), "progress-goal-update"),
    api_path("child/dashboard", views.ChildDashboardView.as_view(), "child-dashboard"),
    api_path("child/me", views.ChildMeView.as_view(), "child-me"),
    api_path("child/stats", views.ChildStatsView.as_view(), "child-stats"),
    api_path("teen/dashboard", views.TeenDashboardView.as_view(), "teen-dashboard"),
    api_path("teen/analytics", views.TeenAnalyticsView.as_view(), "teen-analytics"),
    api_path("parent/dashboard", views.ParentDashboardView.as_view(), "parent-dashboard"),
    api_path("parent/children/<userref:child_id>/progress", views.ChildProgressView.as_view(),
             "parent-child-progress"),
    api_path("teacher/dashboard", views.TeacherDashboardView.as_view(), "teacher-dashboard"),
]
