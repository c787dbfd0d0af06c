"""The routes of the screens that compose several apps."""

from coincraft.api import api_path
from dashboards.api import children, me, parent, teacher

urlpatterns = [
    api_path("dashboard/<str:user_role>", children.RoleDashboardView.as_view(), "role-dashboard"),
    api_path("progress-goals/<userref:user_id>", children.ProgressGoalsView.as_view(), "progress-goals"),
    api_path("progress-goals/<str:goal_id>/update", children.ProgressGoalUpdateView.as_view(),
              "progress-goal-update"),
    api_path("child/dashboard", children.ChildDashboardView.as_view(), "child-dashboard"),
    api_path("child/me", me.ChildMeView.as_view(), "child-me"),
    api_path("child/stats", children.ChildStatsView.as_view(), "child-stats"),
    api_path("teen/dashboard", children.TeenDashboardView.as_view(), "teen-dashboard"),
    api_path("teen/analytics", children.TeenAnalyticsView.as_view(), "teen-analytics"),
    api_path("parent/dashboard", parent.ParentDashboardView.as_view(), "parent-dashboard"),
    api_path("parent/children/<userref:child_id>/progress", parent.ChildProgressView.as_view(),
              "parent-child-progress"),
    api_path("teacher/dashboard", teacher.TeacherDashboardView.as_view(), "teacher-dashboard"),
]
