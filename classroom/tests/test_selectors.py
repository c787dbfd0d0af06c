"""The class overviews: each student's performance by the one rule (``performances``), per class, in fixed queries."""

from datetime import timedelta

import pytest
from django.utils import timezone

from accounts.tests.factories import ChildFactory
from classroom import selectors
from classroom.tests.factories import ClassroomFactory, EnrolmentFactory
from learning.tests.factories import ModuleFactory, ProgressFactory

pytestmark = pytest.mark.django_db


def done(child, score, days_ago=0, **extra):
    return ProgressFactory(user=child, module=ModuleFactory(), status="completed", is_completed=True, score=score,
                           completed_at=timezone.now() - timedelta(days=days_ago), **extra)


@pytest.mark.parametrize("since_days", [None, 7], ids=["all-time", "last-week"])
def test_class_overviews_compute_the_performance_rule_of_performances(personas, django_assert_num_queries,
                                                                       since_days):
    # given two classes sharing a student, with old and new results, failures, time and a student without any
    teacher = personas.teacher_1
    first = ClassroomFactory(teacher=teacher.teacher_profile, name="First")
    second = ClassroomFactory(teacher=teacher.teacher_profile, name="Second")
    strong, weak, shared, idle = ChildFactory(), ChildFactory(), ChildFactory(), ChildFactory()
    done(strong, 90, time_spent=30)
    done(strong, 100, days_ago=20)
    done(weak, 50)
    ProgressFactory(user=weak, failed_attempts=3, time_spent=5)
    done(shared, 75, days_ago=10)
    for classroom, students in ((first, [strong, weak, shared]), (second, [shared, idle])):
        for student in students:
            EnrolmentFactory(classroom=classroom, student=student)
    since = timezone.now() - timedelta(days=since_days) if since_days else None
    # when
    with django_assert_num_queries(2):
        overviews, perf = selectors.class_overviews(selectors.teacher_classes(teacher).filter(
            pk__in=[first.pk, second.pk]), since=since)
    # then every student's performance is the rule's, and each class lists its students in enrolment order
    expected = selectors.performances([s.pk for s in (strong, weak, shared, idle)], since=since)
    for student in (strong, weak, shared, idle):
        assert perf[student.pk] == expected.get(student.pk, selectors.StudentPerformance()), student
    by_name = {o.classroom.name: o for o in overviews}
    assert by_name["First"].student_ids == [strong.pk, weak.pk, shared.pk]
    assert by_name["Second"].student_ids == [shared.pk, idle.pk]
    assert by_name["First"].needing_support >= 1
    assert perf[weak.pk].needs_support and not perf[idle.pk].needs_support
    # and the figures are the rule's for the fixture: means of the completed scores (in the window)
    scores = {"strong": 95.0, "shared": 75.0} if since is None else {"strong": 90.0, "shared": 0.0}
    assert (perf[strong.pk].performance, perf[weak.pk].performance, perf[shared.pk].performance,
            perf[idle.pk].performance) == (scores["strong"], 50.0, scores["shared"], 0.0)
    assert (perf[strong.pk].modules_completed, perf[strong.pk].total_time_spent) == (1 if since else 2, 30)
    assert perf[weak.pk].max_failed_attempts == 3
    assert by_name["First"].avg_performance == round((scores["strong"] + 50.0 + scores["shared"]) / 3, 1)
    assert by_name["Second"].avg_performance == round(scores["shared"] / 2, 1)


def test_teacher_class_overviews_are_the_teachers_classes_newest_first_even_empty(personas,
                                                                                django_assert_num_queries):
    # given teacher_1's classes (from the personas) plus an empty one, and teacher_2's
    teacher = personas.teacher_1
    empty = ClassroomFactory(teacher=teacher.teacher_profile, name="Empty")
    done(personas.student_1, 40, failed_attempts=3)
    # when
    with django_assert_num_queries(2):
        overviews, perf = selectors.teacher_class_overviews(teacher)
    # then the same overviews as for the classes listed one by one
    expected, expected_perf = selectors.class_overviews(selectors.teacher_classes(teacher))
    assert [o.classroom.pk for o in overviews] == [o.classroom.pk for o in expected]
    assert [(o.student_ids, o.avg_performance, o.needing_support) for o in overviews] == [
        (o.student_ids, o.avg_performance, o.needing_support) for o in expected]
    assert perf == expected_perf and perf[personas.student_1.pk].needs_support
    assert overviews[0].classroom.pk == empty.pk and overviews[0].student_ids == []
    assert personas.class_2.pk not in {o.classroom.pk for o in overviews}
    # and each class is the row the ORM reads, field for field
    from classroom.models import Classroom

    for overview in overviews:
        stored = Classroom.objects.get(pk=overview.classroom.pk)
        assert [getattr(overview.classroom, f.attname) for f in Classroom._meta.concrete_fields] == [
            getattr(stored, f.attname) for f in Classroom._meta.concrete_fields]
        assert not overview.classroom._state.adding


def test_recent_modules_are_the_teachers_newest_and_its_count(personas, django_assert_num_queries):
    # given seven modules of teacher_1 a day apart and one of teacher_2
    from learning.models import Module

    teacher = personas.teacher_1
    Module.objects.filter(created_by=teacher).delete()
    for days in range(7):
        module = ModuleFactory(created_by=teacher, title=f"Module {days}")
        Module.objects.filter(pk=module.pk).update(created_at=timezone.now() - timedelta(days=days))
    ModuleFactory(created_by=personas.teacher_2)
    # when
    with django_assert_num_queries(1):
        modules, count = selectors.recent_modules(teacher)
    # then the five newest, as the ORM reads them, and all seven counted
    expected = list(Module.objects.filter(created_by=teacher).order_by("-created_at").values(
        *selectors.MODULE_FIELDS)[:5])
    assert (modules, count) == (expected, 7)
    assert [m["title"] for m in modules] == [f"Module {days}" for days in range(5)]
    # and a teacher without modules has none
    assert selectors.recent_modules(personas.parent_a) == ([], 0)
    # and the count is all of them however few are listed
    assert selectors.recent_modules(teacher, limit=2)[1] == 7
