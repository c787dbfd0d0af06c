from django.apps import AppConfig


class ClassroomConfig(AppConfig):
    name = "classroom"
    verbose_name = "Classrooms"

    def ready(self):
        # Registers the rule that lets a teacher see the students enrolled in its classes.
        from classroom import scoping  # noqa: F401
