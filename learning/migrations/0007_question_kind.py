"""Each quiz question says its kind: "single" (exactly one correct option) or "multiple" (pick all that
are right). Before, several correct options made a question "pick all that are right": an existing
question with more than one correct option becomes "multiple", every other one "single", so the app
shows and scores every existing question as it did."""

from django.db import migrations, models
from django.db.models import Count


def kinds_from_options(apps, schema_editor):
    QuizOption = apps.get_model("learning", "QuizOption")
    QuizQuestion = apps.get_model("learning", "QuizQuestion")
    several_correct = (QuizOption.objects.filter(is_correct=True).order_by().values("question_id")
                       .annotate(correct=Count("id")).filter(correct__gt=1).values("question_id"))
    QuizQuestion.objects.filter(pk__in=several_correct).update(kind="multiple")


class Migration(migrations.Migration):

    dependencies = [
        ("learning", "0006_quiz_answers"),
    ]

    operations = [
        migrations.AddField(
            model_name="quizquestion",
            name="kind",
            field=models.CharField(
                choices=[("single", "Single: one correct answer"), ("multiple", "Multiple: pick all that are right")],
                default="single",
                help_text="Single: exactly one option is correct; students pick one (round buttons). Multiple: "
                          "students pick all that are right (checkboxes): at least one option is correct and at "
                          "least one is not. Either way a student scores by choosing exactly the correct options.",
                max_length=10,
            ),
        ),
        migrations.RunPython(kinds_from_options, migrations.RunPython.noop),
    ]
