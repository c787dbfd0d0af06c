"""A teacher's pages about one of its classes, beside the class's own admin page (read-only).

- **Progress**: each student against each module assigned to the class, with due dates and overdue
  work, who needs support and the rule that says so; as CSV too.
- **Quiz results** of an assigned module in the class: the questions most students miss (how many
  answered, the share right on the first try, the wrong answer chosen most), hardest first, and
  each student's answers; as two CSV files.
- **A student's learning**: its modules (status, score, tries, time spent, when completed) and the
  work assigned to it in the teacher's classes, with due dates and what is overdue.

Each is a view of ``ClassroomAdmin.get_urls`` wrapped by ``admin_site.admin_view`` (signed in and
allowed in the admin; children and visitors are sent to sign in). The class is fetched through
``accounts.scoping`` and must be the teacher's own (an operator's: any): another teacher's class, a
student not enrolled in it or a module not assigned to it is "not found" (404) like a missing one,
and a parent sees no class at all.
"""

from __future__ import annotations

from django.http import Http404, StreamingHttpResponse
from django.template.response import TemplateResponse
from django.utils.text import slugify

from accounts import scoping
from classroom import exports, selectors
from classroom.models import Classroom, Enrolment, ModuleAssignment
from coincraft.charts import bar_chart
from coincraft.exceptions import NotFound


def own_class_or_404(request, object_id) -> Classroom:
    """The class, when it is the signed-in teacher's (an operator may open any)."""
    try:
        classroom = scoping.get_visible_or_404(request.user, Classroom.objects.select_related("teacher"), pk=object_id)
    except NotFound:
        raise Http404("No such class")
    if not (request.user.is_superuser or classroom.teacher.user_id == request.user.pk):
        raise Http404("No such class")
    return classroom


def assignment_or_404(classroom: Classroom, module_id) -> ModuleAssignment:
    """The class's assignment of the module, with the module."""
    assignment = (ModuleAssignment.objects.filter(classroom=classroom, module_id=module_id, is_active=True)
                  .select_related("module").first())
    if assignment is None:
        raise Http404("No such module in this class")
    return assignment


def student_or_404(classroom: Classroom, student_id):
    enrolment = Enrolment.objects.filter(classroom=classroom, student_id=student_id).select_related("student").first()
    if enrolment is None:
        raise Http404("No such student in this class")
    return enrolment.student


def csv_response(lines, filename: str) -> StreamingHttpResponse:
    response = StreamingHttpResponse(lines, content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def _page(model_admin, request, template: str, title: str, classroom: Classroom, **context) -> TemplateResponse:
    context = {**model_admin.admin_site.each_context(request), "opts": model_admin.model._meta, "title": title,
               "classroom": classroom, "needs_support_rule": selectors.NEEDS_SUPPORT_RULE, **context}
    return TemplateResponse(request, f"admin/classroom/{template}", context)


def class_progress_view(model_admin, request, object_id):
    """Each student of the class against each module assigned to it."""
    classroom = own_class_or_404(request, object_id)
    grid = selectors.class_progress(classroom)
    completion = selectors.module_completion(classroom)
    chart = bar_chart([(module.title, [done, score]) for module, done, score in completion],
                      series=["% of students done", "Mean score"], maximum=100,
                      title=f"{classroom.name}: progress per module",
                      empty="No progress on the assigned modules yet" if completion else "No module assigned yet")
    return _page(model_admin, request, "progress.html", f"Progress: {classroom.name}", classroom,
                 assignments=grid.assignments, modules=[a.module for a in grid.assignments], rows=grid.rows(),
                 chart=chart)


def class_progress_csv_view(model_admin, request, object_id):
    classroom = own_class_or_404(request, object_id)
    return csv_response(exports.class_progress_csv(classroom), f"class-{classroom.class_code}-progress.csv")


def quiz_report_view(model_admin, request, object_id, module_id):
    """Which questions of the module's quiz the class's students miss, and each student's answers."""
    classroom = own_class_or_404(request, object_id)
    assignment = assignment_or_404(classroom, module_id)
    report = selectors.class_quiz_report(classroom, assignment.module)
    return _page(model_admin, request, "quiz_report.html", f"Quiz results: {assignment.module.title}", classroom,
                 assignment=assignment, module=assignment.module, report=report,
                 hardest_first=report.quiz.hardest_first(), rows=report.rows())


def quiz_questions_csv_view(model_admin, request, object_id, module_id):
    classroom = own_class_or_404(request, object_id)
    module = assignment_or_404(classroom, module_id).module
    return csv_response(exports.quiz_questions_csv(selectors.class_quiz_report(classroom, module)),
                        f"class-{classroom.class_code}-{slugify(module.title) or 'module'}-questions.csv")


def quiz_answers_csv_view(model_admin, request, object_id, module_id):
    classroom = own_class_or_404(request, object_id)
    module = assignment_or_404(classroom, module_id).module
    return csv_response(exports.quiz_answers_csv(selectors.class_quiz_report(classroom, module)),
                        f"class-{classroom.class_code}-{slugify(module.title) or 'module'}-answers.csv")


def student_view(model_admin, request, object_id, student_id):
    """A student of the class: its modules and the work assigned to it in the teacher's classes."""
    classroom = own_class_or_404(request, object_id)
    student = student_or_404(classroom, student_id)
    learning = selectors.student_learning(student, classroom.teacher_id)
    return _page(model_admin, request, "student.html", student.name, classroom, student=student,
                 learning=learning, performance=learning.performance)
