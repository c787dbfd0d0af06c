from coincraft.api import api_path
from learning.api import parent, views

urlpatterns = [
    # §7 games and modules
    *api_path("activities", views.ActivitiesView.as_view(), "activities"),
    *api_path("activities/<int:activity_id>", views.ActivityDetailView.as_view(), "activity-detail"),
    *api_path("activities/<int:activity_id>/complete", views.ActivityCompleteView.as_view(), "activity-complete"),
    *api_path("learning-modules", views.LearningModulesView.as_view(), "learning-modules"),
    *api_path("learning-modules/<uuid:module_id>/complete", views.LearningModuleCompleteView.as_view(),
              "learning-module-complete"),
    # §14 child learning
    *api_path("child/activities", views.ChildActivitiesView.as_view(), "child-activities"),
    *api_path("child/activities/<uuid:module_id>/complete", views.ChildActivityCompleteView.as_view(),
              "child-activity-complete"),
    *api_path("child/assigned-modules", views.AssignedModulesView.as_view(), "child-assigned-modules"),
    *api_path("child/modules/<uuid:module_id>/progress", views.ModuleProgressView.as_view(), "child-module-progress"),
    *api_path("child/modules/<uuid:module_id>/content", views.ModuleContentView.as_view(), "child-module-content"),
    *api_path("child/modules/<uuid:module_id>/start", views.ModuleStartView.as_view(), "child-module-start"),
    *api_path("child/modules/<uuid:module_id>/quiz", views.QuizSubmitView.as_view(), "child-module-quiz"),
    # §9, §14, §15 dashboards and stats
    # §15 teen
    *api_path("teen/explore", views.TeenExploreView.as_view(), "teen-explore"),
    *api_path("parent/children/<userref:child_id>/streak-pause", parent.StreakPauseView.as_view(),
              "parent-child-streak-pause"),
]
