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


def invite(classroom, *emails, student_ids=()):
    """The class's teacher invites ``emails`` and ``student_ids``, as the API and the admin do."""
    from classroom import services

    services.invitations_send(actor=classroom.teacher.user, classroom=classroom, emails=emails,
                              student_ids=student_ids)


def invitation_for(child, classroom):
    """The invitation that reached ``child`` for ``classroom``."""
    from classroom.models import Invitation

    return Invitation.objects.get(classroom=classroom, student=child)
