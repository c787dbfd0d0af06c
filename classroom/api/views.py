"""Teachers and classes: API.md §11 (teacher), §12 (classes) and joining with a class code."""

from datetime import timedelta

from django.db.models import Avg, Count, Prefetch, Q
from django.utils import timezone
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import status
from rest_framework.response import Response

from accounts import scoping
from accounts.api.base import ApiView
from accounts.models import CHILD_ROLES, Role, TeacherProfile, User
from classroom import scoping as classroom_scoping
from classroom import selectors, services
from classroom.api import serializers as out
from classroom.api.serializers import class_read
from classroom.exports import class_progress_csv
from classroom.models import Classroom, ModuleAssignment
from coincraft.api import validate
from coincraft.exceptions import Forbidden, NotFound
from coincraft.schema import ERROR
from learning import services as learning
from learning.api import serializers as s
from learning.models import Module, ModuleSection, QuizQuestion, UserModuleProgress

TIMEFRAMES = {"week": 7, "month": 30, "quarter": 90}


def _teacher(request, detail: str) -> User:
    """The signed-in teacher (its profile is made with its account; the services that need it, such as
    ``classroom_create``, make sure of it)."""
    scoping.require_role(request.user, Role.TEACHER, detail)
    return request.user


def _own_class(request, class_id, detail="Class not found") -> Classroom:
    classroom = scoping.get_visible_or_404(request.user, Classroom.objects.select_related("teacher"),
                                           detail=detail, pk=class_id)
    if classroom.teacher.user_id != request.user.pk:
        raise NotFound(detail)
    return classroom


def _student_read(user: User, perf: selectors.StudentPerformance, enrolled_at) -> dict:
    profile = getattr(user, "child_profile", None)
    return {"id": str(user.pk), "user_id": str(user.pk), "name": user.name, "email": user.email, "role": user.role,
            "avatar": user.avatar_url, "avatar_url": user.avatar_url, "age": profile.age if profile else None,
            "level": profile.level if profile else 1, "enrolled_at": enrolled_at,
            "performance_score": perf.performance, "needs_support": perf.needs_support,
            "last_activity_date": profile.last_activity_date if profile else None,
            "modules_completed": perf.modules_completed, "total_time_spent": perf.total_time_spent}


def _coins(user: User) -> int:
    """The class lists of the app show a student's balance (API.md §11 marks it as read)."""
    profile = getattr(user, "child_profile", None)
    return profile.coins if profile else 0


INVITED = {"message": "If a child account matches, its family has been invited", "status": "invited"}


def _invite(request, classroom, data) -> Response:
    """A teacher's "add student": an invitation, with one answer whatever the email or id (decision 13)."""
    services.invitations_send(actor=request.user, classroom=classroom,
                              emails=[data["email"]] if data.get("email") else [],
                              student_ids=[data["student_id"]] if data.get("student_id") else [])
    return Response(INVITED, status=status.HTTP_202_ACCEPTED)


INVITE_DESCRIPTION = ("Invites a child into the class: its family accepts or declines (a child without a parent "
                      "answers itself), and the child is enrolled only then. The answer is the same whatever the "
                      "email or id, so it never tells whether an account matched.")


# --- dashboard and analytics -------------------------------------------------------------------------


class TeacherAnalyticsView(ApiView):
    @extend_schema(parameters=[out.TimeframeQuerySerializer], responses={200: out.TeacherAnalyticsOut, 403: ERROR},
                   tags=["teacher"])
    def get(self, request):
        teacher = _teacher(request, "Only teachers can view analytics")
        timeframe = validate(out.TimeframeQuerySerializer, request.query_params)["timeframe"]
        since = timezone.now() - timedelta(days=TIMEFRAMES.get(timeframe, 365))
        overviews, _ = selectors.teacher_class_overviews(teacher, since=since).read()
        return Response({
            "overall_performance": selectors.overall_average(overviews),
            "class_performance": [{"class_id": str(o.classroom.pk), "class_name": o.classroom.name,
                                   "avg_performance": o.avg_performance, "student_count": o.student_count,
                                   "students_needing_support": o.needing_support} for o in overviews],
            "total_students": len({sid for o in overviews for sid in o.student_ids}),
            "timeframe": timeframe,
        })


# --- classes (§11) -----------------------------------------------------------------------------------


class TeacherClassesView(ApiView):
    @extend_schema(operation_id="teacher_classes_list", responses={200: out.ClassroomOut(many=True), 403: ERROR},
                   tags=["teacher"])
    def get(self, request):
        teacher = _teacher(request, "Only teachers can view classes")
        overviews, _ = selectors.teacher_class_overviews(teacher).read()
        return Response([class_read(o) for o in overviews])

    @extend_schema(request=out.ClassCreateInSerializer,
                   responses={200: out.TeacherClassCreatedOut, 400: ERROR, 403: ERROR}, tags=["teacher"],
                   description="`student_ids` are invited, not enrolled: each matching child's family decides "
                               "(the class starts with no students).")
    def post(self, request):
        teacher = _teacher(request, "Only teachers can create classes")
        data = validate(out.ClassCreateInSerializer, request.data)
        classroom = services.classroom_create(actor=teacher, name=data["name"],
                                              description=data.get("description") or "",
                                              grade=data.get("grade") or data.get("grade_level") or "")
        ids = [i for i in data.get("student_ids") or [] if _is_uuid(i)]
        if ids:
            services.invitations_send(actor=teacher, classroom=classroom, student_ids=ids)
        overview = selectors.class_overviews([classroom])[0][0]
        return Response({"message": "Class created successfully", "class": class_read(overview)})


def _is_uuid(value) -> bool:
    import uuid

    try:
        uuid.UUID(str(value))
        return True
    except ValueError:
        return False


class TeacherClassDetailView(ApiView):
    @extend_schema(responses={200: out.TeacherClassDetailOut, 403: ERROR, 404: ERROR}, tags=["teacher"])
    def get(self, request, class_id):
        _teacher(request, "Only teachers can view class details")
        classroom = _own_class(request, class_id)
        overview, perf = selectors.class_overviews([classroom])
        students = list(selectors.class_students(classroom))
        progress = {}
        for p in UserModuleProgress.objects.filter(user__in=students):
            progress.setdefault(p.user_id, {})[str(p.module_id)] = {
                "completed": p.is_completed, "score": p.score, "time_spent": p.time_spent, "status": p.status}
        return Response({
            "id": str(classroom.pk), "name": classroom.name, "description": classroom.description,
            "class_code": classroom.class_code, "created_at": classroom.created_at,
            "avg_performance": overview[0].avg_performance,
            "students": [{**_student_read(u, perf.get(u.pk, selectors.StudentPerformance()), u.enrolled_at),
                          "performance": perf.get(u.pk, selectors.StudentPerformance()).performance,
                          "last_activity": u.updated_at, "progress": progress.get(u.pk, {})} for u in students],
        })


class TeacherClassStudentsView(ApiView):
    @extend_schema(responses={200: out.TeacherClassStudentsOut, 403: ERROR, 404: ERROR}, tags=["teacher"])
    def get(self, request, class_id):
        _teacher(request, "Only teachers can view class students")
        classroom = _own_class(request, class_id)
        students = list(selectors.class_students(classroom))
        perf = selectors.performances([u.pk for u in students])
        return Response({
            "class_id": str(classroom.pk), "class_name": classroom.name, "total_students": len(students),
            "students": [{**_student_read(u, perf.get(u.pk, selectors.StudentPerformance()), u.enrolled_at),
                          "coins": _coins(u)} for u in students],
        })

    @extend_schema(request=out.AddStudentInSerializer,
                   responses={202: out.InvitationSentOut, 400: ERROR, 403: ERROR, 404: ERROR}, tags=["teacher"],
                   description=INVITE_DESCRIPTION)
    def post(self, request, class_id):
        _teacher(request, "Only teachers can add students to classes")
        classroom = _own_class(request, class_id)
        return _invite(request, classroom, validate(out.AddStudentInSerializer, request.data))


class TeacherClassAssignedModulesView(ApiView):
    @extend_schema(responses={200: out.TeacherClassAssignedModuleOut(many=True), 403: ERROR, 404: ERROR},
                   tags=["teacher"])
    def get(self, request, class_id):
        _teacher(request, "Only teachers can access this endpoint")
        classroom = _own_class(request, class_id)
        rows = ModuleAssignment.objects.filter(classroom=classroom, is_active=True).select_related("module")
        return Response([{"id": str(a.module.pk), "title": a.module.title, "description": a.module.description,
                          "difficulty": a.module.difficulty, "category": a.module.category,
                          "assigned_at": a.created_at, "due_date": a.due_date} for a in rows])


class AvailableStudentsView(ApiView):
    """The students a teacher may see: those enrolled in its classes (not every child on the platform)."""

    @extend_schema(responses={200: out.TeacherAvailableStudentOut(many=True), 403: ERROR}, tags=["teacher"])
    def get(self, request):
        teacher = _teacher(request, "Only teachers can access this endpoint")
        students = scoping.scoped(teacher, User.objects.filter(role__in=CHILD_ROLES, is_active=True)) \
            .select_related("child_profile").order_by("name")
        return Response([{
            "id": str(u.pk), "name": u.name, "age": u.child_profile.age if hasattr(u, "child_profile") else None,
            "role": u.role, "type": "Younger Child" if u.role == Role.CHILD else "Older Child/Teen",
            "coins": _coins(u), "level": u.child_profile.level if hasattr(u, "child_profile") else 1,
            "avatar": u.avatar_url}
            for u in students])


class StudentModuleProgressView(ApiView):
    @extend_schema(responses={200: out.TeacherStudentModuleProgressOut, 403: ERROR, 404: ERROR}, tags=["teacher"])
    def get(self, request, student_id, module_id):
        teacher = _teacher(request, "Only teachers can access this endpoint")
        student = self.resolve_user(student_id, detail="Student not found")
        if not classroom_scoping.teaches(teacher, student):
            raise Forbidden("You don't have access to this student's progress")
        module = scoping.get_visible_or_404(teacher, Module.objects.all(), detail="Module not found", pk=module_id)
        p = UserModuleProgress.objects.filter(user=student, module=module).first()
        if p is None:
            return Response({"status": "not_started", "progress_percentage": 0, "score": None, "started_at": None,
                             "completed_at": None, "time_spent": 0})
        return Response({"status": p.status, "progress_percentage": p.progress_percentage, "score": p.score,
                         "started_at": p.started_at, "completed_at": p.completed_at, "time_spent": p.time_spent,
                         "quiz_attempts": p.quiz_attempts, "failed_attempts": p.failed_attempts})


class TeacherProfileView(ApiView):
    @extend_schema(responses={200: out.TeacherProfileOut, 403: ERROR}, tags=["teacher"])
    def get(self, request):
        teacher = _teacher(request, "Only teachers can access this endpoint")
        profile = TeacherProfile.objects.get(user=teacher)
        return Response({"id": str(profile.pk), "user_id": str(teacher.pk), "school_name": profile.school_name,
                         "grade_level": profile.grade_level, "subject": profile.subject})


# --- modules (§11) -----------------------------------------------------------------------------------


def _teacher_module_body(m: Module, stats: dict) -> dict:
    sections = [x for x in m.sections.all() if x.type != "quiz"]
    questions = [q for x in m.sections.all() if x.type == "quiz" for q in x.questions.all()]
    return {
        "id": str(m.pk), "title": m.title, "description": m.description, "category": m.category,
        "difficulty": m.difficulty, "duration": m.estimated_duration, "ageGroup": m.age_group or "Unknown",
        "skills": [], "points_reward": m.points_reward, "published": m.is_published,
        "completion_rate": stats.get("completion_rate", 0.0), "avg_score": stats.get("avg_score", 0.0),
        "created_at": m.created_at, "updated_at": m.updated_at,
        "sections": [{"title": x.title, "type": x.type, "content": x.content, "duration": x.duration or "10 minutes",
                      "orderIndex": x.order_index} for x in sections],
        "activities": [],
        "quiz": [{"question": q.question_text, "type": "multiple_choice", "explanation": q.explanation or "",
                  "options": [{"text": o.option_text, "isCorrect": o.is_correct} for o in q.options.all()]}
                 for q in questions],
        "learningObjectives": [], "prerequisites": [], "keyTopics": [],
    }


def _module_stats(modules) -> dict:
    rows = (UserModuleProgress.objects.filter(module__in=modules).values("module_id")
            .annotate(total=Count("id"), done=Count("id", filter=Q(is_completed=True)),
                      avg=Avg("score", filter=Q(is_completed=True))))
    return {r["module_id"]: {"completion_rate": round(r["done"] / r["total"] * 100, 1) if r["total"] else 0.0,
                             "avg_score": round(r["avg"] or 0.0, 1)} for r in rows}


def _with_content(queryset):
    return queryset.prefetch_related(Prefetch("sections", queryset=ModuleSection.objects.prefetch_related(
        Prefetch("questions", queryset=QuizQuestion.objects.prefetch_related("options")))))


class TeacherModulesView(ApiView):
    @extend_schema(responses={200: out.TeacherModuleOut(many=True), 403: ERROR}, tags=["teacher"])
    def get(self, request):
        teacher = _teacher(request, "Only teachers can view modules")
        modules = list(_with_content(Module.objects.filter(created_by=teacher).order_by("-created_at"))[:500])
        stats = _module_stats(modules)
        return Response([_teacher_module_body(m, stats.get(m.pk, {})) for m in modules])

    @extend_schema(request=s.ModuleCreateInSerializer,
                   responses={200: out.TeacherModuleSavedOut, 400: ERROR, 403: ERROR}, tags=["teacher"])
    def post(self, request):
        teacher = _teacher(request, "Only teachers can create modules")
        data = validate(s.ModuleCreateInSerializer, request.data)
        module = learning.module_create(
            actor=teacher, title=data["title"], description=data["description"], category=data.get("category"),
            difficulty=data.get("difficulty"), duration=data.get("duration"), points_reward=data["points_reward"],
            published=data["published"], age_group=data.get("ageGroup") or data.get("targetAge") or "",
            sections=data.get("sections"), quiz=data.get("quiz"))
        module = _with_content(Module.objects.filter(pk=module.pk)).get()
        return Response({"message": "Module created successfully", "module": _teacher_module_body(module, {})})


class TeacherModuleDetailView(ApiView):
    """Edit (including publish and unpublish) or delete one of one's own modules."""

    def _own(self, request, module_id) -> Module:
        _teacher(request, "Only teachers can manage modules")
        module = scoping.get_visible_or_404(request.user, Module.objects.all(), detail="Module not found",
                                            pk=module_id)
        if module.created_by_id != request.user.pk:
            raise NotFound("Module not found")
        return module

    @extend_schema(request=s.ModuleUpdateInSerializer,
                   responses={200: out.TeacherModuleSavedOut, 400: ERROR, 403: ERROR, 404: ERROR}, tags=["teacher"])
    def put(self, request, module_id):
        module = self._own(request, module_id)
        data = validate(s.ModuleUpdateInSerializer, request.data)
        module = learning.module_update(actor=request.user, module=module, **data)
        module = _with_content(Module.objects.filter(pk=module.pk)).get()
        return Response({"message": "Module updated successfully",
                         "module": _teacher_module_body(module, _module_stats([module]).get(module.pk, {}))})

    @extend_schema(responses={204: None, 400: ERROR, 403: ERROR, 404: ERROR}, tags=["teacher"],
                   description="A module children have started cannot be deleted (400): unpublish it instead.")
    def delete(self, request, module_id):
        learning.module_delete(actor=request.user, module=self._own(request, module_id))
        return Response(status=status.HTTP_204_NO_CONTENT)


class ModuleAssignView(ApiView):
    @extend_schema(request=out.AssignInSerializer,
                   responses={200: out.TeacherModuleAssignedOut, 400: ERROR, 403: ERROR, 404: ERROR}, tags=["teacher"])
    def post(self, request, module_id):
        teacher = _teacher(request, "Only teachers can assign modules")
        module = scoping.get_visible_or_404(teacher, Module.objects.all(), detail="Module not found", pk=module_id)
        data = validate(out.AssignInSerializer, request.data)
        classroom = _own_class(request, data["class_id"])
        _, created, total = services.module_assign(actor=teacher, classroom=classroom, module=module,
                                                   due_date=data.get("due_date"))
        return Response({"message": f"Module '{module.title}' assigned to class '{classroom.name}' successfully",
                         "module_id": str(module.pk), "class_id": str(classroom.pk), "students_assigned": created,
                         "total_students": total})


# --- classes, generic (§12) --------------------------------------------------------------------------


class TeacherIdClassesView(ApiView):
    """``/api/teachers/{teacher_id}/classes`` (the teacher's user id, or ``me``)."""

    def _self(self, request, teacher_id, detail):
        teacher = _teacher(request, detail)
        if self.resolve_user(teacher_id).pk != teacher.pk:
            raise Forbidden("Can only view your own classes" if request.method == "GET" else detail)
        return teacher

    @extend_schema(responses={200: out.ClassroomOut(many=True), 403: ERROR, 404: ERROR}, tags=["classes"])
    def get(self, request, teacher_id):
        teacher = self._self(request, teacher_id, "Only teachers can view classes")
        overviews, _ = selectors.teacher_class_overviews(teacher).read()
        return Response([class_read(o) for o in overviews])

    @extend_schema(request=out.ClassCreateInSerializer,
                   responses={201: out.ClassroomOut, 400: ERROR, 403: ERROR, 404: ERROR}, tags=["classes"])
    def post(self, request, teacher_id):
        teacher = self._self(request, teacher_id, "Only teachers can create classes")
        data = validate(out.ClassCreateInSerializer, request.data)
        classroom = services.classroom_create(actor=teacher, name=data["name"],
                                              description=data.get("description") or "",
                                              grade=data.get("grade") or data.get("grade_level") or "")
        return Response(class_read(selectors.class_overviews([classroom])[0][0]), status=status.HTTP_201_CREATED)


class ClassDetailView(ApiView):
    @extend_schema(request=out.ClassUpdateInSerializer,
                   responses={200: out.ClassroomOut, 400: ERROR, 403: ERROR, 404: ERROR}, tags=["classes"])
    def put(self, request, class_id):
        _teacher(request, "Only teachers can update classes")
        classroom = _own_class(request, class_id, "Class not found or insufficient permissions")
        data = validate(out.ClassUpdateInSerializer, request.data)
        grade = data.pop("grade", None) or data.pop("grade_level", None)
        data.pop("grade_level", None)
        classroom = services.classroom_update(actor=request.user, classroom=classroom, grade=grade, **data)
        return Response(class_read(selectors.class_overviews([classroom])[0][0]))

    @extend_schema(responses={204: None, 403: ERROR, 404: ERROR}, tags=["classes"])
    def delete(self, request, class_id):
        _teacher(request, "Only teachers can delete classes")
        classroom = _own_class(request, class_id, "Class not found or insufficient permissions")
        services.classroom_delete(actor=request.user, classroom=classroom)
        return Response(status=status.HTTP_204_NO_CONTENT)


class ClassStudentsView(ApiView):
    @extend_schema(responses={200: out.ClassroomStudentReadOut(many=True), 403: ERROR, 404: ERROR}, tags=["classes"])
    def get(self, request, class_id):
        _teacher(request, "Only teachers can view class students")
        classroom = _own_class(request, class_id, "Class not found or insufficient permissions")
        students = list(selectors.class_students(classroom))
        perf = selectors.performances([u.pk for u in students])
        return Response([{**_student_read(u, perf.get(u.pk, selectors.StudentPerformance()), u.enrolled_at),
                          "progress": {}} for u in students])

    @extend_schema(request=out.AddStudentInSerializer,
                   responses={202: out.InvitationSentOut, 400: ERROR, 403: ERROR, 404: ERROR}, tags=["classes"],
                   description=INVITE_DESCRIPTION)
    def post(self, request, class_id):
        _teacher(request, "Only teachers can add students to classes")
        classroom = _own_class(request, class_id, "Class not found or insufficient permissions")
        return _invite(request, classroom, validate(out.AddStudentInSerializer, request.data))


class ClassStudentDetailView(ApiView):
    @extend_schema(responses={204: None, 403: ERROR, 404: ERROR}, tags=["classes"])
    def delete(self, request, class_id, student_id):
        _teacher(request, "Only teachers can remove students from classes")
        classroom = _own_class(request, class_id, "Class not found or insufficient permissions")
        student = self.resolve_user(student_id, detail="Student not found in class")
        services.enrolment_remove(actor=request.user, classroom=classroom, student=student)
        return Response(status=status.HTTP_204_NO_CONTENT)


class ClassJoinView(ApiView):
    @extend_schema(request=out.JoinInSerializer,
                   responses={200: out.ClassroomJoinedOut, 403: ERROR, 404: ERROR, 409: ERROR}, tags=["classes"])
    def post(self, request):
        scoping.require_role(request.user, CHILD_ROLES, "Only children can join classes")
        code = validate(out.JoinInSerializer, request.data)["class_code"]
        classroom = services.classroom_join(actor=request.user, class_code=code)
        teacher = classroom.teacher.user
        return Response({"message": f"You joined {classroom.name}", "class": {
            "id": str(classroom.pk), "name": classroom.name, "description": classroom.description,
            "class_code": classroom.class_code, "teacher_name": teacher.name}})


class ClassProgressCsvView(ApiView):
    @extend_schema(responses={(200, "text/csv"): OpenApiResponse(OpenApiTypes.STR,
                                                                 description="Progress per student and module"),
                              403: ERROR, 404: ERROR}, tags=["teacher"])
    def get(self, request, class_id):
        from django.http import StreamingHttpResponse
        _teacher(request, "Only teachers can export class progress")
        classroom = _own_class(request, class_id)
        response = StreamingHttpResponse(class_progress_csv(classroom), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="class-{classroom.class_code}-progress.csv"'
        return response
