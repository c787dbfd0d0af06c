"""The teacher's dashboard: its classes with their figures and its newest modules."""

from drf_spectacular.utils import extend_schema
from rest_framework.response import Response

from accounts import scoping
from accounts.api.base import ApiView
from accounts.api.serializers import user_read
from accounts.models import Role, User
from classroom import selectors
from classroom.api.serializers import class_read
from coincraft.schema import ERROR
from dashboards.api import responses as out


def _teacher(request) -> User:
    scoping.require_role(request.user, Role.TEACHER, "Only teachers can access this endpoint")
    return request.user


class TeacherDashboardView(ApiView):
    @extend_schema(responses={200: out.TeacherDashboardOut, 403: ERROR}, tags=["teacher"])
    def get(self, request):
        return Response(teacher_dashboard(_teacher(request)))


def teacher_dashboard(teacher: User) -> dict:
    """The teacher's overview (also served as ``/api/dashboard/teacher``); a fixed number of queries."""
    overviews, perf = selectors.teacher_class_overviews(teacher)
    modules, modules_created = selectors.recent_modules(teacher)
    students = {sid for o in overviews for sid in o.student_ids}
    average = selectors.overall_average(overviews)
    needing = sum(1 for sid in students if perf.get(sid) and perf[sid].needs_support)
    return {
        "user": user_read(teacher),
        "stats": {"total_classes": len(overviews), "total_students": len(students), "avg_performance": average,
                  "average_performance": average, "students_needing_support": needing,
                  "modules_created": modules_created},
        "classes": [{**class_read(o)} for o in overviews],
        "recent_modules": [{**m, "id": str(m["id"])} for m in modules],
        "student_progress": [],
        "students_count": len(students), "classes_count": len(overviews), "average_performance": average,
        "modules_count": modules_created,
    }
