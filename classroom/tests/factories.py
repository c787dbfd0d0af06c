import factory

from accounts.tests.factories import TeacherProfileFactory
from classroom.models import Classroom, Enrolment


class ClassroomFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Classroom

    teacher = factory.SubFactory(TeacherProfileFactory)
    name = factory.Sequence(lambda n: f"Class {n}")


class EnrolmentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Enrolment

    classroom = factory.SubFactory(ClassroomFactory)
