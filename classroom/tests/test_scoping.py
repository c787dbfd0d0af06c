"""The classroom app's visibility rules, as ``accounts.scoping`` applies them."""

from accounts import scoping
from classroom import scoping as classroom_scoping
from classroom.models import Classroom, Enrolment


def test_classes_are_visible_to_their_teacher_and_enrolled_students(personas):
    def names(actor):
        return set(scoping.scoped(actor, Classroom.objects.all()).values_list("name", flat=True))

    assert names(personas.teacher_1) == {"Class One"}
    assert names(personas.teacher_2) == {"Class Two"}
    assert names(personas.child_a) == {"Class One"}
    assert names(personas.teen_a) == set()
    assert names(personas.parent_a) == set()


def test_student_sees_only_its_own_enrolment(personas):
    # when
    visible = scoping.scoped(personas.child_a, Enrolment.objects.all())
    # then
    assert list(visible.values_list("student_id", flat=True)) == [personas.child_a.pk]


def test_a_teacher_teaches_only_the_students_of_its_own_classes(personas):
    assert classroom_scoping.teaches(personas.teacher_1, personas.child_a)
    assert not classroom_scoping.teaches(personas.teacher_2, personas.child_a)
    assert not classroom_scoping.teaches(personas.parent_a, personas.child_a)
