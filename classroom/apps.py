from django.apps import AppConfig


class ClassroomConfig(AppConfig):
    name = "classroom"
    verbose_name = "Classrooms"

    def ready(self):
        # Registers the rule that lets a teacher see the students enrolled in its classes.
        from accounts.screens import shown_on_screens
        from classroom.models import Classroom, Enrolment, Invitation, ModuleAssignment
        from classroom.scoping import class_people

        # (a teacher's screens show its students: their revisions are in the teacher's key)
        shown_on_screens(Enrolment, lambda enrolment: [enrolment.student_id])
        shown_on_screens(Invitation, lambda invitation: [invitation.student_id, invitation.invited_by_id])
        shown_on_screens(Classroom, lambda classroom: class_people(classroom.teacher_id, classroom.pk))
        shown_on_screens(ModuleAssignment, lambda assignment: class_people(assignment.classroom.teacher_id,
                                                                            assignment.classroom_id))
