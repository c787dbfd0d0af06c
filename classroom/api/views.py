"""Teachers and classes: API.md §11 (teacher), §12 (classes) and joining with a class code."""

import uuid
from datetime import timedelta

from django.db.models import Case, Value, When
from django.http import StreamingHttpResponse
from django.utils import timezone
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiResponse, extend_schema, extend_schema_view
from rest_framework import mixins, status
from rest_framework.response import Response

from accounts.api.base import ApiView, ScopedViewSet, only
from accounts.models import CHILD_ROLES, Role, User
from classroom import scoping as classroom_scoping
from classroom import selectors, services
from classroom.api import serializers as s
from classroom.exports import class_progress_csv
from classroom.models import Classroom, ModuleAssignment
from coincraft.api import validate
from coincraft.exceptions import Forbidden
from coincraft.schema import ERROR
from learning import selectors as learning_selectors
from learning import services as learning
from learning.api import serializers as ls
from learning.models import Module

TIMEFRAMES = {"week": 7, "month": 30, "quarter": 90}
TEACHERS = "Only teachers can access this endpoint"
INVITED = {"message": "If a child account matches, its family has been invited", "status": "invited"}


def teachers(message: str):
    return only(Role.TEACHER, message)


def _is_uuid(value) -> bool:
    try:
        uuid.UUID(str(value))
        return True
    except ValueError:
        return False


# --- dashboard and analytics -------------------------------------------------------------------------


class TeacherAnalyticsView(ApiView):
    allowed = teachers("Only teachers can view analytics")

    @extend_schema(parameters=[s.TimeframeQuerySerializer], responses={200: s.TeacherAnalyticsSerializer, 403: ERROR},
                   tags=["teacher"])
    def get(self, request):
        timeframe = validate(s.TimeframeQuerySerializer, request.query_params)["timeframe"]
        since = timezone.now() - timedelta(days=TIMEFRAMES.get(timeframe, 365))
        overviews, _ = selectors.teacher_class_overviews(request.user, since=since)
        return Response(s.TeacherAnalyticsSerializer({
            "overall_performance": selectors.overall_average(overviews), "class_performance": overviews,
            "total_students": len({sid for o in overviews for sid in o.student_ids}), "timeframe": timeframe}).data)


class TeacherProfileView(ApiView):
    allowed = teachers(TEACHERS)

    @extend_schema(responses={200: s.TeacherProfileSerializer, 403: ERROR}, tags=["teacher"])
    def get(self, request):
        return Response(s.TeacherProfileSerializer(request.user.teacher_profile).data)


class StudentModuleProgressView(ApiView):
    allowed = teachers(TEACHERS)

    @extend_schema(responses={200: s.TeacherStudentModuleProgressSerializer, 403: ERROR}, tags=["teacher"])
    def get(self, request, student_id, module_id):
        student = self.resolve_user(student_id, detail="Student not found")
        if not classroom_scoping.teaches(request.user, student):
            raise Forbidden("You don't have access to this student's progress")
        module = self.get_visible_or_404(Module.objects.all(), detail="Module not found", pk=module_id)
        progress = learning_selectors.progress_in(student, module) or {
            "status": "not_started", "progress_percentage": 0, "score": None, "started_at": None,
            "completed_at": None, "time_spent": 0}
        return Response(s.TeacherStudentModuleProgressSerializer(progress).data)


@extend_schema(tags=["teacher"], responses={200: s.TeacherAvailableStudentSerializer(many=True), 403: ERROR})
class AvailableStudentsViewSet(mixins.ListModelMixin, ScopedViewSet):
    """The students a teacher may see: those enrolled in its classes (not every child on the platform)."""

    queryset = User.objects.filter(role__in=CHILD_ROLES, is_active=True).select_related("child_profile").annotate(
        type=Case(When(role=Role.CHILD, then=Value("Younger Child")), default=Value("Older Child/Teen"))
    ).order_by("name")
    serializer_class = s.TeacherAvailableStudentSerializer
    allowed = teachers(TEACHERS)


# --- classes (§11, §12) ------------------------------------------------------------------------------


class ClassRoutes(ScopedViewSet):
    """The caller's own classes (an operator's too: a class is its teacher's)."""

    queryset = Classroom.objects.select_related("teacher")
    lookup_url_kwarg = "class_id"
    allowed = {"students_list": teachers("Only teachers can view class students"),
               "invite": teachers("Only teachers can add students to classes")}

    def filter_queryset(self, queryset):
        return queryset.filter(teacher__user=self.request.user)

    def create_class(self) -> tuple[Classroom, dict]:
        data = validate(s.ClassCreateInSerializer, self.request.data)
        return services.classroom_create(actor=self.request.user, name=data["name"],
                                         description=data.get("description") or "",
                                         grade=data.get("grade") or data.get("grade_level") or ""), data

    @extend_schema(responses={200: s.ClassroomSerializer(many=True), 403: ERROR})
    def list(self, request, **kwargs):
        return Response(s.ClassroomSerializer(selectors.teacher_class_overviews(request.user)[0], many=True).data)

    @extend_schema(request=s.AddStudentInSerializer, responses={202: s.InvitationSentSerializer, 403: ERROR},
                   description="Invites a child into the class: its family accepts or declines (a child without a "
                               "parent answers itself), and the child is enrolled only then. The answer is the same "
                               "whatever the email or id, so it never tells whether an account matched.")
    def invite(self, request, class_id):
        """A teacher's "add student" (decision 13)."""
        classroom = self.get_object()
        data = validate(s.AddStudentInSerializer, request.data)
        services.invitations_send(actor=request.user, classroom=classroom,
                                  emails=[data["email"]] if data.get("email") else [],
                                  student_ids=[data["student_id"]] if data.get("student_id") else [])
        return Response(s.InvitationSentSerializer(INVITED).data, status=status.HTTP_202_ACCEPTED)


@extend_schema(tags=["teacher"])
@extend_schema_view(list=extend_schema(operation_id="teacher_classes_list"))
class TeacherClassViewSet(ClassRoutes):
    """``/api/teacher/classes`` and the screens of one class."""

    not_found = "Class not found"
    allowed = {**ClassRoutes.allowed, "list": teachers("Only teachers can view classes"),
               "create": teachers("Only teachers can create classes"),
               "retrieve": teachers("Only teachers can view class details"),
               "assigned_modules": teachers(TEACHERS),
               "progress_csv": teachers("Only teachers can export class progress")}

    @extend_schema(request=s.ClassCreateInSerializer, responses={200: s.TeacherClassCreatedSerializer, 403: ERROR},
                   description="`student_ids` are invited, not enrolled: each matching child's family decides "
                               "(the class starts with no students).")
    def create(self, request):
        classroom, data = self.create_class()
        ids = [i for i in data.get("student_ids") or [] if _is_uuid(i)]
        if ids:
            services.invitations_send(actor=request.user, classroom=classroom, student_ids=ids)
        answer = {"message": "Class created successfully", "classroom": selectors.class_overviews([classroom])[0][0]}
        return Response(s.TeacherClassCreatedSerializer(answer).data)

    @extend_schema(responses={200: s.TeacherClassDetailSerializer, 403: ERROR})
    def retrieve(self, request, class_id):
        classroom = self.get_object()
        overview, perf = selectors.class_overviews([classroom])
        students = selectors.students_with_progress(classroom, perf)
        return Response(s.TeacherClassDetailSerializer({"classroom": classroom, "students": students,
                                                        "avg_performance": overview[0].avg_performance}).data)

    @extend_schema(responses={200: s.TeacherClassStudentsSerializer, 403: ERROR})
    def students_list(self, request, class_id):
        classroom = self.get_object()
        students = selectors.students_with_performance(classroom)
        return Response(s.TeacherClassStudentsSerializer(
            {"classroom": classroom, "total_students": len(students), "students": students}).data)

    @extend_schema(responses={200: s.TeacherClassAssignedModuleSerializer(many=True), 403: ERROR})
    def assigned_modules(self, request, class_id):
        rows = ModuleAssignment.objects.filter(classroom=self.get_object(), is_active=True).select_related("module")
        return Response(s.TeacherClassAssignedModuleSerializer(rows, many=True).data)

    @extend_schema(responses={(200, "text/csv"): OpenApiResponse(OpenApiTypes.STR, description="Progress per student "
                                                                 "and module"), 403: ERROR})
    def progress_csv(self, request, class_id):
        classroom = self.get_object()
        response = StreamingHttpResponse(class_progress_csv(classroom), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="class-{classroom.class_code}-progress.csv"'
        return response


@extend_schema(tags=["classes"])
class ClassViewSet(ClassRoutes):
    """``/api/classes/{id}``: edit or delete one's class, its students."""

    not_found = "Class not found or insufficient permissions"
    allowed = {**ClassRoutes.allowed, "update": teachers("Only teachers can update classes"),
               "destroy": teachers("Only teachers can delete classes"),
               "remove_student": teachers("Only teachers can remove students from classes")}

    @extend_schema(request=s.ClassUpdateInSerializer, responses={200: s.ClassroomSerializer, 403: ERROR})
    def update(self, request, class_id):
        classroom = self.get_object()
        data = validate(s.ClassUpdateInSerializer, request.data)
        grade = data.pop("grade", None) or data.pop("grade_level", None)
        data.pop("grade_level", None)
        classroom = services.classroom_update(actor=request.user, classroom=classroom, grade=grade, **data)
        return Response(s.ClassroomSerializer(selectors.class_overviews([classroom])[0][0]).data)

    @extend_schema(responses={204: None, 403: ERROR})
    def destroy(self, request, class_id):
        services.classroom_delete(actor=request.user, classroom=self.get_object())
        return Response(status=status.HTTP_204_NO_CONTENT)

    @extend_schema(responses={200: s.ClassroomStudentReadSerializer(many=True), 403: ERROR})
    def students_list(self, request, class_id):
        students = selectors.students_with_performance(self.get_object())
        return Response(s.ClassroomStudentReadSerializer(students, many=True).data)

    @extend_schema(responses={204: None, 403: ERROR})
    def remove_student(self, request, class_id, student_id):
        classroom = self.get_object()
        student = self.resolve_user(student_id, detail="Student not found in class")
        services.enrolment_remove(actor=request.user, classroom=classroom, student=student)
        return Response(status=status.HTTP_204_NO_CONTENT)


@extend_schema(tags=["classes"])
class TeacherIdClassViewSet(ClassRoutes):
    """``/api/teachers/{teacher_id}/classes`` (the teacher's user id, or ``me``)."""

    allowed = {"list": teachers("Only teachers can view classes"),
               "create": teachers("Only teachers can create classes")}

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        if self.resolve_user(kwargs["teacher_id"]).pk != request.user.pk:
            raise Forbidden("Can only view your own classes" if self.action == "list"
                            else self.allowed[self.action].message)

    @extend_schema(request=s.ClassCreateInSerializer, responses={201: s.ClassroomSerializer, 403: ERROR})
    def create(self, request, teacher_id):
        overview = selectors.class_overviews([self.create_class()[0]])[0][0]
        return Response(s.ClassroomSerializer(overview).data, status=status.HTTP_201_CREATED)


class ClassJoinView(ApiView):
    allowed = only(CHILD_ROLES, "Only children can join classes")

    @extend_schema(request=s.JoinInSerializer,
                   responses={200: s.ClassroomJoinedSerializer, 403: ERROR, 404: ERROR, 409: ERROR}, tags=["classes"])
    def post(self, request):
        code = validate(s.JoinInSerializer, request.data)["class_code"]
        classroom = services.classroom_join(actor=request.user, class_code=code)
        answer = {"message": f"You joined {classroom.name}", "classroom": classroom}
        return Response(s.ClassroomJoinedSerializer(answer).data)


# --- modules (§11) -----------------------------------------------------------------------------------


@extend_schema(tags=["teacher"])
class TeacherModuleViewSet(ScopedViewSet):
    """The teacher's own modules (list, write, edit including publishing, delete), and assigning any
    module it can see to one of its classes."""

    queryset = Module.objects.all()
    lookup_url_kwarg = "module_id"
    not_found = "Module not found"
    allowed = {"list": teachers("Only teachers can view modules"),
               "create": teachers("Only teachers can create modules"),
               "update": teachers("Only teachers can manage modules"),
               "destroy": teachers("Only teachers can manage modules"),
               "assign": teachers("Only teachers can assign modules")}

    def filter_queryset(self, queryset):
        return queryset if self.action == "assign" else queryset.filter(created_by=self.request.user)

    def saved(self, message: str, module: Module, stats: dict | None = None) -> Response:
        module = selectors.modules_with_content(Module.objects.filter(pk=module.pk), stats)[0]
        return Response(s.TeacherModuleSavedSerializer({"message": message, "module": module}).data)

    @extend_schema(responses={200: s.TeacherModuleSerializer(many=True), 403: ERROR})
    def list(self, request):
        modules = self.filter_queryset(self.get_queryset()).order_by("-created_at")[:500]
        return Response(s.TeacherModuleSerializer(selectors.modules_with_content(modules), many=True).data)

    @extend_schema(request=ls.ModuleCreateInSerializer, responses={200: s.TeacherModuleSavedSerializer, 403: ERROR})
    def create(self, request):
        data = validate(ls.ModuleCreateInSerializer, request.data)
        module = learning.module_create(
            actor=request.user, title=data["title"], description=data["description"], category=data.get("category"),
            difficulty=data.get("difficulty"), duration=data.get("duration"), points_reward=data["points_reward"],
            published=data["published"], age_group=data.get("ageGroup") or data.get("targetAge") or "",
            sections=data.get("sections"), quiz=data.get("quiz"))
        return self.saved("Module created successfully", module, stats={})

    @extend_schema(request=ls.ModuleUpdateInSerializer, responses={200: s.TeacherModuleSavedSerializer, 403: ERROR})
    def update(self, request, module_id):
        module = self.get_object()
        data = validate(ls.ModuleUpdateInSerializer, request.data)
        return self.saved("Module updated successfully", learning.module_update(actor=request.user, module=module,
                                                                                **data))

    @extend_schema(responses={204: None, 400: ERROR, 403: ERROR},
                   description="A module children have started cannot be deleted (400): unpublish it instead.")
    def destroy(self, request, module_id):
        learning.module_delete(actor=request.user, module=self.get_object())
        return Response(status=status.HTTP_204_NO_CONTENT)

    @extend_schema(request=s.AssignInSerializer, responses={200: s.TeacherModuleAssignedSerializer, 403: ERROR},
                   description="Only a published module is assigned: a draft answers 400 naming `module_id` "
                               "(\"Module is not published; publish it before assigning it to a class\").")
    def assign(self, request, module_id):
        module = self.get_object()
        data = validate(s.AssignInSerializer, request.data)
        classroom = self.get_visible_or_404(Classroom.objects.filter(teacher__user=request.user)
                                            .select_related("teacher"), detail="Class not found", pk=data["class_id"])
        _, created, total = services.module_assign(actor=request.user, classroom=classroom, module=module,
                                                   due_date=data.get("due_date"))
        return Response(s.TeacherModuleAssignedSerializer({
            "message": f"Module '{module.title}' assigned to class '{classroom.name}' successfully",
            "module_id": module.pk, "class_id": classroom.pk, "students_assigned": created,
            "total_students": total}).data)
