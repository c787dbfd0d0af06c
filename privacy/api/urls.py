from coincraft.api import api_path
from privacy.api import views

urlpatterns = [
    api_path("parent/children/<userref:child_id>/data", views.ChildDataView.as_view(), "parent-child-data"),
]
