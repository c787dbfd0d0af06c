"""The teacher's dashboard: its classes with their figures and its newest modules."""

from drf_spectacular.utils import extend_schema
from rest_framework.response import Response

from accounts.api.base import ApiView, cached_screen, only
from accounts.models import Role, User
from classroom import selectors
from coincraft.schema import ERROR
from dashboards.api import serializers as s


class TeacherDashboardView(ApiView):
    allowed = only(Role.TEACHER, "Only teachers can access this endpoint")

    @extend_schema(responses={200: s.TeacherDashboardSerializer, 403: ERROR}, tags=["teacher"])
    @cached_screen
    def get(self, request):
        return Response(s.TeacherDashboardSerializer(teacher_dashboard(request.user)).data)


def teacher_dashboard(teacher: User) -> dict:
    """The teacher's overview (also served as ``/api/dashboard/teacher``); a fixed number of queries."""
    overviews, perf = selectors.teacher_class_overviews(teacher)
    modules, modules_created = selectors.recent_modules(teacher)
    students = {sid for o in overviews for sid in o.student_ids}
    average = selectors.overall_average(overviews)
    needing = sum(1 for sid in students if perf.get(sid) and perf[sid].needs_support)
    return {"user": teacher, "classes": overviews, "recent_modules": modules,
            "stats": {"total_classes": len(overviews), "total_students": len(students), "avg_performance": average,
                      "students_needing_support": needing, "modules_created": modules_created},
            "student_progress": []}
