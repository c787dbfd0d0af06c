from classroom.api import invitations, views
from coincraft.api import api_path

teacher_classes = views.TeacherClassViewSet.as_view
classes = views.ClassViewSet.as_view
modules = views.TeacherModuleViewSet.as_view
answers = invitations.ChildInvitationViewSet.as_view

urlpatterns = [
    # §11 teacher
    api_path("teacher/classes", teacher_classes({"get": "list", "post": "create"}), "teacher-classes"),
    api_path("teacher/classes/<uuid:class_id>", teacher_classes({"get": "retrieve"}), "teacher-class-detail"),
    api_path("teacher/classes/<uuid:class_id>/students",
              teacher_classes({"get": "students_list", "post": "invite"}), "teacher-class-students"),
    api_path("teacher/classes/<uuid:class_id>/assigned-modules", teacher_classes({"get": "assigned_modules"}),
              "teacher-class-assigned-modules"),
    api_path("teacher/classes/<uuid:class_id>/progress.csv", teacher_classes({"get": "progress_csv"}),
              "teacher-class-progress-csv"),
    api_path("teacher/modules", modules({"get": "list", "post": "create"}), "teacher-modules"),
    api_path("teacher/modules/<uuid:module_id>", modules({"put": "update", "delete": "destroy"}),
              "teacher-module-detail"),
    api_path("teacher/modules/<uuid:module_id>/assign", modules({"post": "assign"}), "teacher-module-assign"),
    api_path("teacher/analytics/performance", views.TeacherAnalyticsView.as_view(), "teacher-analytics"),
    api_path("teacher/students/available", views.AvailableStudentsViewSet.as_view({"get": "list"}),
              "teacher-students-available"),
    api_path("teacher/students/<userref:student_id>/modules/<uuid:module_id>/progress",
              views.StudentModuleProgressView.as_view(), "teacher-student-module-progress"),
    api_path("teacher/profile", views.TeacherProfileView.as_view(), "teacher-profile"),
    # §12 classes
    api_path("teachers/<userref:teacher_id>/classes",
              views.TeacherIdClassViewSet.as_view({"get": "list", "post": "create"}), "teachers-classes"),
    api_path("classes/join", views.ClassJoinView.as_view(), "classes-join"),
    api_path("classes/<uuid:class_id>", classes({"put": "update", "delete": "destroy"}), "class-detail"),
    api_path("classes/<uuid:class_id>/students", classes({"get": "students_list", "post": "invite"}),
              "class-students"),
    api_path("classes/<uuid:class_id>/students/<userref:student_id>", classes({"delete": "remove_student"}),
              "class-student-detail"),
    # decision 13: a child without a parent answers its class invitations
    api_path("child/invitations", answers({"get": "list"}), "child-invitations"),
    api_path("child/invitations/<uuid:invitation_id>/accept", answers({"post": "accept"}), "child-invitation-accept"),
    api_path("child/invitations/<uuid:invitation_id>/decline", answers({"post": "decline"}),
              "child-invitation-decline"),
]
