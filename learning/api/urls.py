from coincraft.api import api_path
from learning.api import views

activities = views.ActivityViewSet.as_view
modules = views.ModuleViewSet.as_view
child = views.ChildModuleViewSet.as_view

urlpatterns = [
    # §7 games and modules
    api_path("activities", activities({"get": "list"}), "activities"),
    api_path("activities/<int:activity_id>", activities({"get": "retrieve"}), "activity-detail"),
    api_path("activities/<int:activity_id>/complete", activities({"post": "complete"}), "activity-complete"),
    api_path("learning-modules", modules({"get": "list"}), "learning-modules"),
    api_path("learning-modules/<uuid:module_id>/complete", modules({"post": "complete"}),
              "learning-module-complete"),
    # §14 child learning
    api_path("child/activities", modules({"get": "cards"}), "child-activities"),
    api_path("child/activities/<uuid:module_id>/complete", modules({"post": "complete"}),
              "child-activity-complete"),
    api_path("child/assigned-modules", child({"get": "assigned"}), "child-assigned-modules"),
    api_path("child/modules/<uuid:module_id>/progress", child({"put": "progress"}), "child-module-progress"),
    api_path("child/modules/<uuid:module_id>/content", child({"get": "content"}), "child-module-content"),
    api_path("child/modules/<uuid:module_id>/start", child({"post": "start"}), "child-module-start"),
    api_path("child/modules/<uuid:module_id>/quiz", child({"post": "quiz"}), "child-module-quiz"),
    # §15 teen
    api_path("teen/explore", modules({"get": "explore"}), "teen-explore"),
    api_path("parent/children/<userref:child_id>/streak-pause", views.StreakPauseView.as_view(),
              "parent-child-streak-pause"),
]
