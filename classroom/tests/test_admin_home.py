"""A teacher's home page in the admin (``classroom.admin_home``): a card per class with its code, its
students and their average, who needs support, the addresses invited that have not joined, the lessons
not every student has completed (overdue marked) and links to the class's pages; another teacher's
class or student never shows, and the page costs the same queries at any size."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from accounts.history import history_record
from accounts.tests.admin_helpers import content
from accounts.tests.factories import ChildFactory
from classroom import services as class_services
from classroom.models import Classroom
from classroom.tests.factories import ClassroomFactory, EnrolmentFactory, invitation_for, invite
from learning.tests.factories import ModuleFactory
from learning.tests.helpers import quiz_module

HOME = "/admin/"


def card_of(response, classroom) -> dict:
    cards = [card for card in response.context["cards"] if card["classroom"].pk == classroom.pk]
    assert len(cards) == 1, f"one card for {classroom.name}"
    return cards[0]


def test_a_teachers_home_has_a_card_per_class_with_its_code_students_support_and_open_lessons(
        teacher_1_client, personas, quizzed):
    # given (quizzed): class_1's quiz was due yesterday; Child A passed it, Student One failed it three times

    # when
    response = teacher_1_client.get(HOME)

    # then
    assert response.status_code == 200
    assert [t.name for t in response.templates][0] == "admin/classroom/home.html"
    card = card_of(response, personas.class_1)
    assert (card["overview"].student_count, card["overview"].needing_support) == (2, 1)
    assert card["support"] == [("Student One", reverse("admin:classroom_classroom_student",
                                                       args=[personas.class_1.pk, personas.student_1.pk]))]
    [row] = card["assignments"]
    assert (row["assignment"].module.title, row["assignment"].students_done, row["assignment"].students,
            row["assignment"].students_late, row["percent"]) == ("Saving Quiz", 1, 2, 1, 50)
    body = content(response)
    assert personas.class_1.class_code in body
    assert "Overdue for 1 student" in body
    assert 'aria-label="Saving Quiz: 1 of 2 students done"' in body
    assert "1 needs support" in body
    assert reverse("admin:classroom_classroom_quiz_report", args=[personas.class_1.pk, quizzed.module.pk]) in body
    assert reverse("admin:classroom_classroom_progress_csv", args=[personas.class_1.pk]) in body
    assert "A student needs support when" in body


def test_a_teachers_home_never_shows_another_teachers_class_or_students(teacher_1_client, personas, quizzed):
    # given (quizzed): teacher_2's Class Two, where Child B took the quiz

    # when
    response = teacher_1_client.get(HOME)

    # then
    assert [card["classroom"].pk for card in response.context["cards"]] == [personas.class_1.pk]
    body = content(response)
    for text in ("Class Two", personas.class_2.class_code, "Child B", str(personas.child_b.pk)):
        assert text not in body


def test_a_lesson_every_student_completed_leaves_the_card_and_a_class_without_scores_says_so(
        teacher_1_client, personas):
    # given: Class One's two students completed one module; another waits for both; Class Three is empty
    done = quiz_module(created_by=personas.teacher_1, title="Done Quiz", points_reward=0)
    waiting = ModuleFactory(created_by=personas.teacher_1, title="Waiting Lesson")
    for module in (done.module, waiting):
        class_services.module_assign(actor=personas.teacher_1, classroom=personas.class_1, module=module)
    empty = ClassroomFactory(teacher=personas.teacher_1.teacher_profile, name="Class Three")
    before = content(teacher_1_client.get(HOME))
    for student in (personas.child_a, personas.student_1):
        done.submit(student, single=True, multiple=True)

    # when
    response = teacher_1_client.get(HOME)

    # then
    card = card_of(response, personas.class_1)
    assert [row["assignment"].module.title for row in card["assignments"]] == ["Waiting Lesson"]
    assert card["scored"] and card["overview"].avg_performance == 100.0
    assert "No lesson completed yet" in before
    assert "Average score 100%" in content(response)
    assert not card_of(response, empty)["assignments"] and not card_of(response, empty)["scored"]


def test_open_lessons_come_soonest_due_first_and_those_without_a_due_date_last(teacher_1_client, personas):
    # given
    now = timezone.now()
    for title, due in (("No date", None), ("In a week", now + timedelta(days=7)), ("Tomorrow", now + timedelta(days=1)),
                       ("Last week", now - timedelta(days=7))):
        class_services.module_assign(actor=personas.teacher_1, classroom=personas.class_1,
                                     module=ModuleFactory(created_by=personas.teacher_1, title=title), due_date=due)

    # when
    card = card_of(teacher_1_client.get(HOME), personas.class_1)

    # then
    assert [(row["assignment"].module.title, row["assignment"].students_late) for row in card["assignments"]] == [
        ("Last week", 2), ("Tomorrow", 0), ("In a week", 0), ("No date", 0)]


def test_a_due_date_reads_its_day_and_its_time_only_when_one_was_set(teacher_1_client, personas):
    # given: one lesson due at the end of a day (a day picked without a time), one due at 15:30 (UTC, the
    # teacher's clock here)
    day = timezone.now().date() + timedelta(days=3)
    for title, due in (("End of day", datetime.combine(day, time(23, 59), tzinfo=UTC)),
                       ("Afternoon", datetime.combine(day, time(15, 30), tzinfo=UTC))):
        class_services.module_assign(actor=personas.teacher_1, classroom=personas.class_1,
                                     module=ModuleFactory(created_by=personas.teacher_1, title=title), due_date=due)

    # when
    response = teacher_1_client.get(HOME)

    # then
    dues = {row["assignment"].module.title: row["due"] for row in card_of(response, personas.class_1)["assignments"]}
    words = day.strftime("%a %-d %b")
    assert dues == {"End of day": words, "Afternoon": f"{words}, 15:30"}
    assert f">{words}</time>" in content(response)


def test_invited_addresses_count_until_the_family_accepts(teacher_1_client, personas):
    # given: an invitation to Child B (its family has not answered), one to an address that is nobody's
    invite(personas.class_1, "child.b@example.com", "nobody@example.com")
    assert card_of(teacher_1_client.get(HOME), personas.class_1)["invited"] == 2

    # when: Child B's family accepts
    class_services.invitation_accept(actor=personas.parent_b,
                                     invitation=invitation_for(personas.child_b, personas.class_1))

    # then
    card = card_of(teacher_1_client.get(HOME), personas.class_1)
    assert (card["invited"], card["overview"].student_count) == (1, 3)


def test_active_classes_come_first_and_a_teacher_without_classes_is_asked_to_add_one(client, personas):
    # given
    Classroom.objects.filter(pk=personas.class_1.pk).update(is_active=False)
    newer = ClassroomFactory(teacher=personas.teacher_1.teacher_profile, name="Newer")
    client.force_login(personas.teacher_2)
    Classroom.objects.filter(pk=personas.class_2.pk).delete()

    # when
    empty = client.get(HOME)
    client.force_login(personas.teacher_1)
    response = client.get(HOME)

    # then
    assert empty.context["cards"] == [] and "Add your first class" in content(empty)
    assert [card["classroom"].pk for card in response.context["cards"]] == [newer.pk, personas.class_1.pk]
    assert "Not active" in content(response)


def grow_classes(personas, extra: int) -> None:
    """``extra`` more classes of teacher_1, each with three students (one needing support), an
    invitation waiting and two lessons assigned, one of them overdue."""
    for n in range(extra):
        classroom = ClassroomFactory(teacher=personas.teacher_1.teacher_profile, name=f"Extra {n}")
        kids = [EnrolmentFactory(classroom=classroom, student=ChildFactory(name=f"Kid {n}.{k}")).student
                for k in range(3)]
        built = quiz_module(created_by=personas.teacher_1, title=f"Quiz {n}", points_reward=0)
        class_services.module_assign(actor=personas.teacher_1, classroom=classroom, module=built.module,
                                     due_date=timezone.now() - timedelta(days=1))
        class_services.module_assign(actor=personas.teacher_1, classroom=classroom,
                                     module=ModuleFactory(created_by=personas.teacher_1))
        for _ in range(3):
            built.submit(kids[0], single=False, multiple=False)
        built.submit(kids[1], single=True, multiple=True)
        invite(classroom, f"invited.{n}@example.com")
        history_record(actor=personas.teacher_1, obj=classroom, message="Renamed")


@pytest.mark.parametrize("extra", [0, 4], ids=["one-class", "five-classes"])
def test_a_teachers_home_runs_a_constant_number_of_queries(client, personas, quizzed, django_assert_num_queries,
                                                           extra):
    # given: one recent action of the teacher's at least (the page then asks which it may still open)
    history_record(actor=personas.teacher_1, obj=personas.class_1, message="Renamed")
    grow_classes(personas, extra)
    client.force_login(personas.teacher_1)
    client.get(HOME)  # the session and the first request's one-off reads

    # when
    # (session, user; classes, their enrolments, the students' performances, the names of those needing
    # support, the assignments, the invitations; the admin's permissions (2); recent actions (2))
    with django_assert_num_queries(12):
        response = client.get(HOME)

    # then
    cards = response.context["cards"]
    assert len(cards) == 1 + extra
    assert sum(card["overview"].needing_support for card in cards) == 1 + extra
    assert sum(len(card["assignments"]) for card in cards) == 1 + 2 * extra
    assert sum(card["invited"] for card in cards) == extra
    assert len(response.context["recent_actions"]) == 1 + extra
