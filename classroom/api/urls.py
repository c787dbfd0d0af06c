from classroom.api import invitations, views
from coincraft.api import api_path

urlpatterns = [
    # §11 teacher
    *api_path("teacher/classes", views.TeacherClassesView.as_view(), "teacher-classes"),
    *api_path("teacher/classes/<uuid:class_id>", views.TeacherClassDetailView.as_view(), "teacher-class-detail"),
    *api_path("teacher/classes/<uuid:class_id>/students", views.TeacherClassStudentsView.as_view(),
              "teacher-class-students"),
    *api_path("teacher/classes/<uuid:class_id>/assigned-modules", views.TeacherClassAssignedModulesView.as_view(),
              "teacher-class-assigned-modules"),
    *api_path("teacher/classes/<uuid:class_id>/progress.csv", views.ClassProgressCsvView.as_view(),
              "teacher-class-progress-csv"),
    *api_path("teacher/modules", views.TeacherModulesView.as_view(), "teacher-modules"),
    *api_path("teacher/modules/<uuid:module_id>", views.TeacherModuleDetailView.as_view(), "teacher-module-detail"),
    *api_path("teacher/modules/<uuid:module_id>/assign", views.ModuleAssignView.as_view(), "teacher-module-assign"),
    *api_path("teacher/analytics/performance", views.TeacherAnalyticsView.as_view(), "teacher-analytics"),
    *api_path("teacher/students/available", views.AvailableStudentsView.as_view(), "teacher-students-available"),
    *api_path("teacher/students/<userref:student_id>/modules/<uuid:module_id>/progress",
              views.StudentModuleProgressView.as_view(), "teacher-student-module-progress"),
    *api_path("teacher/profile", views.TeacherProfileView.as_view(), "teacher-profile"),
    # §12 classes
    *api_path("teachers/<userref:teacher_id>/classes", views.TeacherIdClassesView.as_view(), "teachers-classes"),
    *api_path("classes/join", views.ClassJoinView.as_view(), "classes-join"),
    # the child's "Me" screen (it lists the classes the child is in)
    *api_path("classes/<uuid:class_id>", views.ClassDetailView.as_view(), "class-detail"),
    *api_path("classes/<uuid:class_id>/students", views.ClassStudentsView.as_view(), "class-students"),
    *api_path("classes/<uuid:class_id>/students/<userref:student_id>", views.ClassStudentDetailView.as_view(),
              "class-student-detail"),
    # decision 13: a child without a parent answers its class invitations
    *api_path("child/invitations", invitations.ChildInvitationsView.as_view(), "child-invitations"),
    *api_path("child/invitations/<uuid:invitation_id>/accept", invitations.ChildInvitationAcceptView.as_view(),
              "child-invitation-accept"),
    *api_path("child/invitations/<uuid:invitation_id>/decline", invitations.ChildInvitationDeclineView.as_view(),
              "child-invitation-decline"),
]
