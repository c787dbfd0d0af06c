"""The class overviews and the teacher's modules: what they answer for known data, in how many queries."""

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
def test_class_overviews_compute_the_performance_rule(personas, django_assert_num_queries,
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
    # when (the classes, their enrolments, their students' progress)
    with django_assert_num_queries(3):
        overviews, perf = selectors.class_overviews(selectors.teacher_classes(teacher).filter(
            pk__in=[first.pk, second.pk]), since=since)
    # then each student's performance is the mean score of the modules it completed (in the window),
    # with its time and failures of all time
    recent = since_days is not None
    assert (perf[strong.pk].performance, perf[strong.pk].modules_completed) == ((90.0, 1) if recent else (95.0, 2))
    assert (perf[weak.pk].performance, perf[weak.pk].max_failed_attempts) == (50.0, 3)
    assert perf[weak.pk].total_time_spent == 5 + ProgressFactory._meta.model._meta.get_field("time_spent").default
    assert (perf[shared.pk].performance, perf[shared.pk].modules_completed) == ((0.0, 0) if recent else (75.0, 1))
    assert perf[idle.pk] == selectors.StudentPerformance()
    assert perf[weak.pk].needs_support and not perf[idle.pk].needs_support
    assert perf == selectors.performances([strong.pk, weak.pk, shared.pk, idle.pk], since=since)
    # and each class lists its students in enrolment order, with their mean and who needs support
    by_name = {o.classroom.name: o for o in overviews}
    assert by_name["First"].student_ids == [strong.pk, weak.pk, shared.pk]
    assert by_name["Second"].student_ids == [shared.pk, idle.pk]
    assert (by_name["First"].avg_performance, by_name["Second"].avg_performance) == (
        (46.7, 0.0) if recent else (73.3, 37.5))
    assert (by_name["First"].needing_support, by_name["Second"].needing_support) == (1, 0)


def test_teacher_class_overviews_are_the_teachers_classes_newest_first_even_empty(personas,
                                                                                django_assert_num_queries):
    # given teacher_1's classes (from the personas) plus an empty one, and teacher_2's
    teacher = personas.teacher_1
    empty = ClassroomFactory(teacher=teacher.teacher_profile, name="Empty")
    done(personas.student_1, 40, failed_attempts=3)
    # when
    with django_assert_num_queries(3):
        overviews, perf = selectors.teacher_class_overviews(teacher)
    # then its classes, newest first, with their students and their performances
    assert [o.classroom.pk for o in overviews] == [empty.pk, personas.class_1.pk]
    assert [(o.student_ids, o.avg_performance, o.needing_support) for o in overviews] == [
        ([], 0.0, 0), ([personas.child_a.pk, personas.student_1.pk], 20.0, 1)]
    assert perf[personas.student_1.pk].needs_support and perf[personas.student_1.pk].performance == 40.0
    assert set(perf) == {personas.child_a.pk, personas.student_1.pk}
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
    with django_assert_num_queries(2):
        modules, count = selectors.recent_modules(teacher)
    # then the five newest, field for field, and all seven counted
    assert count == 7 and [m["title"] for m in modules] == [f"Module {days}" for days in range(5)]
    newest = Module.objects.get(created_by=teacher, title="Module 0")
    assert modules[0] == {name: getattr(newest, name) for name in selectors.MODULE_FIELDS}
    # and a teacher without modules has none
    assert selectors.recent_modules(personas.parent_a) == ([], 0)
