from django.db import migrations, models
from django.db.models import Max, OuterRef, Subquery


def backfill(apps, schema_editor):
    """Users with ended sessions get the time of their last one, so that those sessions stay ended."""
    User = apps.get_model("accounts", "User")
    EndedSession = apps.get_model("accounts", "EndedSession")
    last = (EndedSession.objects.filter(user_id=OuterRef("pk")).order_by().values("user_id")
            .annotate(last=Max("ended_at")).values("last"))
    User.objects.filter(pk__in=EndedSession.objects.values("user_id")).update(last_session_ended_at=Subquery(last))


class Migration(migrations.Migration):

    dependencies = [
        ("accounts", "0006_client_attempts"),
    ]

    operations = [
        migrations.AddField(
            model_name="user",
            name="last_session_ended_at",
            field=models.DateTimeField(blank=True, editable=False, null=True),
        ),
        migrations.RunPython(backfill, migrations.RunPython.noop),
    ]
