"""A teacher's pages about its class in the admin (``classroom.admin_reports``): the quiz results of
an assigned module (questions hardest first, each student's answers, as CSV), a student's learning,
the progress grid as CSV, and on the class page the students' links, who needs support and the
rule, overdue work. Another teacher's class, student or module is a 404; parents see no class;
children and visitors are sent to sign in. Each page runs a fixed number of queries."""

from __future__ import annotations

import csv
import io
import re
from datetime import timedelta

import pytest
from django.contrib import admin
from django.urls import reverse
from django.utils import timezone

from accounts.tests.admin_helpers import admin_url, content, make_operator
from accounts.tests.factories import ChildFactory
from classroom import selectors
from classroom import services as class_services
from classroom.models import Classroom
from classroom.tests.factories import EnrolmentFactory, invite
from learning import services as learning_services
from learning.models import Module
from learning.tests.factories import ModuleFactory
from learning.tests.helpers import quiz_module

RULE = selectors.NEEDS_SUPPORT_RULE


# --- building blocks ---------------------------------------------------------------------------------


def quiz_url(classroom, module) -> str:
    return reverse("admin:classroom_classroom_quiz_report", args=[classroom.pk, module.pk])


def questions_csv_url(classroom, module) -> str:
    return reverse("admin:classroom_classroom_quiz_questions_csv", args=[classroom.pk, module.pk])


def answers_csv_url(classroom, module) -> str:
    return reverse("admin:classroom_classroom_quiz_answers_csv", args=[classroom.pk, module.pk])


def student_url(classroom, student) -> str:
    return reverse("admin:classroom_classroom_student", args=[classroom.pk, student.pk])


def progress_url(classroom) -> str:
    return reverse("admin:classroom_classroom_progress", args=[classroom.pk])


def progress_csv_url(classroom) -> str:
    return reverse("admin:classroom_classroom_progress_csv", args=[classroom.pk])


def csv_rows(response) -> list[list[str]]:
    return list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))


def row_of(response, text: str) -> str:
    """The one table row of the page holding ``text``."""
    rows = [row for row in re.findall(r"<tr[ >].*?</tr>", content(response), flags=re.S) if text in row]
    assert len(rows) == 1, rows
    return rows[0]


# --- the quiz results of a module in a class ---------------------------------------------------------


def test_quiz_results_list_the_questions_hardest_first(teacher_1_client, personas, quizzed):
    # when
    response = teacher_1_client.get(quiz_url(personas.class_1, quizzed.module))

    # then: Q1 nobody got right at first (both chose "The sofa"), Q2 one of two; class_2's child_b not counted
    assert response.status_code == 200
    assert [(r.number, r.answered, r.correct) for r in response.context["hardest_first"]] == [(1, 2, 0), (2, 2, 1)]
    first = row_of(response, "<td>Where do savings go?</td>")
    assert "2 of 2" in first and "0%" in first and "A. A piggy bank" in first
    assert "B. The sofa" in first and "(2 students)" in first
    second = row_of(response, "<td>Which are needs?</td>")
    assert "50%" in second and "1 of 2" in second and "C. Toys" in second and "(1 student)" in second
    assert "A. Food" in second and "B. Water" in second
    assert content(response).index("Where do savings go?") < content(response).index("Which are needs?</td>")
    assert "2 of 2 students have taken the quiz" in content(response)


def test_quiz_results_show_each_students_first_answers(teacher_1_client, personas, quizzed):
    # when
    response = teacher_1_client.get(quiz_url(personas.class_1, quizzed.module))

    # then
    child_a = row_of(response, personas.child_a.name)
    assert "✗ B → ✓" in child_a and "✓ AB" in child_a and ">2<" in child_a and "100%" in child_a
    assert student_url(personas.class_1, personas.child_a) in child_a
    student_1 = row_of(response, personas.student_1.name)
    assert "✗ B<" in student_1 and "✗ C<" in student_1 and ">3<" in student_1
    assert personas.child_b.name not in content(response)


def test_quiz_results_of_a_quiz_nobody_took_say_so(teacher_1_client, personas):
    # given
    built = quiz_module(created_by=personas.teacher_1)
    class_services.module_assign(actor=personas.teacher_1, classroom=personas.class_1, module=built.module)

    # when
    response = teacher_1_client.get(quiz_url(personas.class_1, built.module))

    # then
    assert response.status_code == 200
    assert "0 of 2 students have taken the quiz" in content(response)
    assert all(r.percent_correct is None for r in response.context["hardest_first"])
    assert "✓" not in row_of(response, personas.child_a.name)


def test_quiz_results_of_a_module_without_a_quiz_say_so(teacher_1_client, personas):
    # given
    module = ModuleFactory(created_by=personas.teacher_1)
    class_services.module_assign(actor=personas.teacher_1, classroom=personas.class_1, module=module)

    # when
    response = teacher_1_client.get(quiz_url(personas.class_1, module))

    # then
    assert response.status_code == 200
    assert "This module has no quiz." in content(response)


def test_the_questions_csv_reads_like_the_report(teacher_1_client, personas, quizzed):
    # when
    response = teacher_1_client.get(questions_csv_url(personas.class_1, quizzed.module))

    # then
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == (
        f'attachment; filename="class-{personas.class_1.class_code}-saving-quiz-questions.csv"')
    assert csv_rows(response) == [
        ["question_number", "question", "students_answered", "students_in_class", "percent_right_first_try",
         "right_answer", "most_chosen_wrong_answer", "chosen_by"],
        ["1", "Where do savings go?", "2", "2", "0.0", "A. A piggy bank", "B. The sofa", "2"],
        ["2", "Which are needs?", "2", "2", "50.0", "A. Food; B. Water", "C. Toys", "1"],
    ]


def test_the_answers_csv_has_a_row_per_student_and_question(teacher_1_client, personas, quizzed):
    # when
    response = teacher_1_client.get(answers_csv_url(personas.class_1, quizzed.module))

    # then
    assert response["Content-Disposition"] == (
        f'attachment; filename="class-{personas.class_1.class_code}-saving-quiz-answers.csv"')
    assert csv_rows(response) == [
        ["student", "email", "quiz_tries", "module_score", "question_number", "question", "first_answer",
         "right_first_try", "right_on_a_later_try"],
        ["Child A", "child.a@example.com", "2", "100.0", "1", "Where do savings go?", "B. The sofa", "False", "True"],
        ["Child A", "child.a@example.com", "2", "100.0", "2", "Which are needs?", "A. Food; B. Water", "True", ""],
        ["Student One", "student.1@example.com", "3", "", "1", "Where do savings go?", "B. The sofa", "False",
         "False"],
        ["Student One", "student.1@example.com", "3", "", "2", "Which are needs?", "C. Toys", "False", "False"],
    ]


def test_the_progress_grid_downloads_as_the_apis_csv(teacher_1_client, as_user, personas, quizzed):
    # when
    response = teacher_1_client.get(progress_csv_url(personas.class_1))
    api = as_user(personas.teacher_1).get(f"/api/teacher/classes/{personas.class_1.pk}/progress.csv")

    # then
    assert response["Content-Disposition"] == f'attachment; filename="class-{personas.class_1.class_code}-progress.csv"'
    rows = csv_rows(response)
    assert rows == csv_rows(api)
    assert [(r[0], r[3], r[4], r[5]) for r in rows[1:]] == [
        ("Child A", "False", "Saving Quiz", "completed"), ("Student One", "True", "Saving Quiz", "in_progress")]


# --- a student's learning ----------------------------------------------------------------------------


def test_a_students_page_shows_its_modules_and_its_overdue_work(teacher_1_client, personas, quizzed):
    # given: a module of its own, started and not assigned
    other = ModuleFactory(title="On My Own")
    learning_services.module_start(actor=personas.student_1, module=other)

    # when
    response = teacher_1_client.get(student_url(personas.class_1, personas.student_1))

    # then
    assert response.status_code == 200
    assert [p.module.title for p in response.context["learning"].modules] == ["On My Own", "Saving Quiz"]
    work = row_of(response, "Class One")
    assert "Saving Quiz" in work and "overdue" in work and "In progress" in work
    assert quiz_url(personas.class_1, quizzed.module) in work
    modules = row_of(response, ">3</td>")
    assert "Saving Quiz" in modules and "In progress" in modules
    assert "On My Own" in content(response)
    assert f"⚠ {personas.student_1.name} needs support." in content(response)
    assert RULE in content(response)
    assert "<strong>—</strong>mean score of completed modules" in content(response)  # (none completed)


def test_a_student_who_completed_its_work_is_not_overdue_nor_needs_support(teacher_1_client, personas, quizzed):
    # when
    response = teacher_1_client.get(student_url(personas.class_1, personas.child_a))

    # then
    work = row_of(response, "Class One")
    assert "Completed" in work and "100%" in work and "overdue" not in work
    [progress] = response.context["learning"].modules
    assert (progress.quiz_attempts, progress.failed_attempts, progress.is_completed) == (2, 1, True)
    assert progress.completed_at.strftime("%b %-d, %Y") in content(response)
    assert "does not need support" in content(response) and RULE in content(response)
    assert "needs support." not in content(response)
    assert "<strong>100%</strong>mean score of completed modules" in content(response)


def test_a_students_page_lists_only_the_work_of_the_teachers_own_classes(teacher_1_client, personas, quizzed):
    # given: child_b joins class_1 too; its class_2 work is teacher_2's
    EnrolmentFactory(classroom=personas.class_1, student=personas.child_b)

    # when
    response = teacher_1_client.get(student_url(personas.class_1, personas.child_b))

    # then
    assert response.status_code == 200
    assert [a.classroom.pk for a, _, _ in response.context["learning"].assignments] == [personas.class_1.pk]
    assert personas.class_2.name not in content(response)


# --- the class page and the progress grid ------------------------------------------------------------


def test_the_class_page_links_each_student_and_flags_who_needs_support(teacher_1_client, personas, quizzed):
    # when
    response = teacher_1_client.get(admin_url(Classroom, "change", personas.class_1.pk))

    # then
    body = content(response)
    assert student_url(personas.class_1, personas.child_a) in body
    assert student_url(personas.class_1, personas.student_1) in body
    assert body.count("⚠ needs support") == 1
    assert "⚠ needs support" in row_of(response, student_url(personas.class_1, personas.student_1))
    assert RULE in body
    assert progress_url(personas.class_1) in body


def test_the_class_page_marks_overdue_work_and_links_its_quiz_results(teacher_1_client, personas, quizzed):
    # when
    response = teacher_1_client.get(admin_url(Classroom, "change", personas.class_1.pk))

    # then
    assignment = row_of(response, quiz_url(personas.class_1, quizzed.module))
    assert "1 of 2" in assignment and "overdue for 1 student" in assignment


def test_work_due_later_is_not_overdue_on_the_class_page(teacher_1_client, personas):
    # given
    module = ModuleFactory(created_by=personas.teacher_1)
    class_services.module_assign(actor=personas.teacher_1, classroom=personas.class_1, module=module,
                                 due_date=timezone.now() + timedelta(days=3))

    # when
    response = teacher_1_client.get(admin_url(Classroom, "change", personas.class_1.pk))

    # then
    assignment = row_of(response, quiz_url(personas.class_1, module))
    assert "0 of 2" in assignment and "overdue" not in assignment


def test_the_class_page_lists_the_invitations_waiting(teacher_1_client, personas):
    # given
    invite(personas.class_1, "new.kid@example.com")

    # when
    response = teacher_1_client.get(admin_url(Classroom, "change", personas.class_1.pk))

    # then
    assert "Waiting for the family" in row_of(response, "new.kid@example.com")


def test_the_progress_grid_marks_overdue_work_and_links_students_and_quiz_results(teacher_1_client, personas,
                                                                                   quizzed):
    # when
    response = teacher_1_client.get(progress_url(personas.class_1))

    # then
    body = content(response)
    assert "overdue" in row_of(response, personas.student_1.name)
    assert "overdue" not in row_of(response, personas.child_a.name)
    assert student_url(personas.class_1, personas.student_1) in body
    assert quiz_url(personas.class_1, quizzed.module) in body
    assert progress_csv_url(personas.class_1) in body
    assert RULE in body


def test_the_module_page_links_its_quiz_results_in_the_teachers_classes_only(teacher_1_client, personas, quizzed):
    # when
    response = teacher_1_client.get(admin_url(Module, "change", quizzed.module.pk))

    # then
    body = content(response)
    assert quiz_url(personas.class_1, quizzed.module) in body and "Quiz results in Class One" in body
    assert str(personas.class_2.pk) not in body and personas.class_2.name not in body


def test_the_page_of_a_module_assigned_nowhere_says_how_to_get_results(teacher_1_client, personas):
    # given
    module = ModuleFactory(created_by=personas.teacher_1)

    # when
    response = teacher_1_client.get(admin_url(Module, "change", module.pk))

    # then
    assert "Once the module is assigned to one of your classes" in content(response)


# --- who reaches the pages ---------------------------------------------------------------------------

# Every page ClassroomAdmin adds to Django's own, by URL name, with the class_1 URL of each
# (test_every_added_class_page_is_in_the_scoping_list fails for a page missing here).
CLASS_PAGES = {
    "classroom_classroom_progress": lambda p, m: progress_url(p.class_1),
    "classroom_classroom_progress_csv": lambda p, m: progress_csv_url(p.class_1),
    "classroom_classroom_quiz_report": lambda p, m: quiz_url(p.class_1, m),
    "classroom_classroom_quiz_questions_csv": lambda p, m: questions_csv_url(p.class_1, m),
    "classroom_classroom_quiz_answers_csv": lambda p, m: answers_csv_url(p.class_1, m),
    "classroom_classroom_student": lambda p, m: student_url(p.class_1, p.child_a),
}
DJANGO_PAGES = {"changelist", "add", "history", "delete", "change", "autocomplete"}


def test_every_added_class_page_is_in_the_scoping_list():
    # given
    model_admin = admin.site._registry[Classroom]

    # when
    added = {pattern.name for pattern in model_admin.get_urls()
             if pattern.name and pattern.name.removeprefix("classroom_classroom_") not in DJANGO_PAGES}

    # then
    assert added == set(CLASS_PAGES)


@pytest.mark.parametrize("page", sorted(CLASS_PAGES))
@pytest.mark.parametrize("persona", ["teacher_2", "parent_a", "parent_b"])
def test_another_teacher_and_parents_find_no_class_page(client, personas, quizzed, page, persona):
    # given
    client.force_login(personas[persona])

    # when
    response = client.get(CLASS_PAGES[page](personas, quizzed.module))

    # then
    assert response.status_code == 404
    assert personas.child_a.name not in content(response)
    assert personas.class_1.name not in content(response)


@pytest.mark.parametrize("page", sorted(CLASS_PAGES))
@pytest.mark.parametrize("persona", ["child_a", "student_1", None])
def test_children_and_visitors_are_sent_to_sign_in_from_class_pages(client, personas, quizzed, page, persona):
    # given
    if persona:
        client.force_login(personas[persona])

    # when
    response = client.get(CLASS_PAGES[page](personas, quizzed.module))

    # then
    assert response.status_code == 302
    assert response.url.startswith(reverse("admin:login"))


@pytest.mark.parametrize("page", sorted(CLASS_PAGES))
@pytest.mark.parametrize("persona", ["teacher_1", "operator"])
def test_the_classs_teacher_and_operators_open_every_class_page(client, personas, quizzed, page, persona):
    # given
    client.force_login(make_operator() if persona == "operator" else personas[persona])

    # when
    response = client.get(CLASS_PAGES[page](personas, quizzed.module))

    # then
    assert response.status_code == 200


@pytest.mark.parametrize("url", [
    lambda p, m: student_url(p.class_1, p.child_b),  # another class's student
    lambda p, m: student_url(p.class_1, p.teen_a),  # no class's student
    lambda p, m: student_url(p.class_1, p.teacher_1),
    lambda p, m: quiz_url(p.class_1, ModuleFactory(created_by=p.teacher_1)),  # assigned to no class
    lambda p, m: questions_csv_url(p.class_2, m),
    lambda p, m: answers_csv_url(p.class_1, ModuleFactory(created_by=p.teacher_2)),
    lambda p, m: progress_csv_url(p.class_2),
    lambda p, m: quiz_url(p.class_2, m),
    lambda p, m: student_url(p.class_2, p.child_b),
], ids=["other-class-student", "no-class-child", "the-teacher", "unassigned-module", "class_2-questions",
        "unassigned-module-answers", "class_2-progress-csv", "class_2-quiz", "class_2-student"])
def test_a_teacher_finds_nothing_outside_its_classes(teacher_1_client, personas, quizzed, url):
    # when
    response = teacher_1_client.get(url(personas, quizzed.module))

    # then
    assert response.status_code == 404
    assert personas.child_b.name not in content(response)


# --- a fixed number of queries, whatever the class's size -----------------------------------------------


def grow_class(personas, built, extra: int) -> None:
    """``extra`` more students in class_1, each with the module and a failed try, then a passed one."""
    for n in range(extra):
        kid = ChildFactory(name=f"Kid {n:02d}", email=f"kid.{n}@example.com")
        EnrolmentFactory(classroom=personas.class_1, student=kid)
        built.submit(kid, single=False, multiple=False)
        built.submit(kid, single=True, multiple=True)


@pytest.mark.parametrize("extra", [0, 6], ids=["two-students", "eight-students"])
def test_the_quiz_results_run_a_constant_number_of_queries(teacher_1_client, personas, quizzed,
                                                          django_assert_num_queries, extra):
    # given
    grow_class(personas, quizzed, extra)

    # when
    with django_assert_num_queries(12):
        response = teacher_1_client.get(quiz_url(personas.class_1, quizzed.module))

    # then
    assert len(response.context["rows"]) == 2 + extra


@pytest.mark.parametrize("extra", [0, 6], ids=["two-students", "eight-students"])
@pytest.mark.parametrize("page", ["questions", "answers"])
def test_the_quiz_csvs_run_a_constant_number_of_queries(teacher_1_client, personas, quizzed,
                                                        django_assert_num_queries, extra, page):
    # given
    grow_class(personas, quizzed, extra)
    url = {"questions": questions_csv_url, "answers": answers_csv_url}[page](personas.class_1, quizzed.module)

    # when
    with django_assert_num_queries(10):
        rows = csv_rows(teacher_1_client.get(url))

    # then
    assert len(rows) == 1 + (2 if page == "questions" else 2 * (2 + extra))


@pytest.mark.parametrize("extra", [0, 6], ids=["two-students", "eight-students"])
def test_the_progress_grid_and_its_csv_run_a_constant_number_of_queries(teacher_1_client, personas, quizzed,
                                                                       django_assert_num_queries, extra):
    # given: more students, and more modules assigned
    grow_class(personas, quizzed, extra)
    for _ in range(extra):
        class_services.module_assign(actor=personas.teacher_1, classroom=personas.class_1,
                                     module=ModuleFactory(created_by=personas.teacher_1))

    # when
    with django_assert_num_queries(12):
        page = teacher_1_client.get(progress_url(personas.class_1))
    with django_assert_num_queries(7):
        rows = csv_rows(teacher_1_client.get(progress_csv_url(personas.class_1)))

    # then
    assert len(page.context["rows"]) == 2 + extra
    assert len(rows) == 1 + (2 + extra) * (1 + extra)


@pytest.mark.parametrize("extra", [0, 5], ids=["one-module", "six-modules"])
def test_a_students_page_runs_a_constant_number_of_queries(teacher_1_client, personas, quizzed,
                                                           django_assert_num_queries, extra):
    # given: more modules assigned to the class, and some started on its own
    for n in range(extra):
        class_services.module_assign(actor=personas.teacher_1, classroom=personas.class_1,
                                     module=ModuleFactory(created_by=personas.teacher_1),
                                     due_date=timezone.now() - timedelta(days=n))
        learning_services.module_start(actor=personas.child_a, module=ModuleFactory())

    # when
    with django_assert_num_queries(9):
        response = teacher_1_client.get(student_url(personas.class_1, personas.child_a))

    # then
    assert len(response.context["learning"].assignments) == 1 + extra
    assert len(response.context["learning"].modules) == 1 + 2 * extra


@pytest.mark.parametrize("extra", [0, 6], ids=["two-students", "eight-students"])
def test_the_class_page_runs_a_constant_number_of_queries_whatever_its_students(teacher_1_client, personas, quizzed,
                                                                               django_assert_num_queries, extra):
    # given
    grow_class(personas, quizzed, extra)
    page = admin_url(Classroom, "change", personas.class_1.pk)
    teacher_1_client.get(page)  # the first request's one-off reads (the content types' cache)

    # when
    with django_assert_num_queries(10):
        response = teacher_1_client.get(page)

    # then
    assert content(response).count("See its learning") == 2 + extra
