"""The six built-in games. Their integer ids are hard-coded in the app (views/child/games/*.vue)."""

from django.db import migrations

from learning.games import ACTIVITIES


def create_activities(apps, schema_editor):
    Activity = apps.get_model("learning", "Activity")
    for pk, title, description, emoji, difficulty, coins, color, button, path in ACTIVITIES:
        Activity.objects.update_or_create(pk=pk, defaults={
            "title": title, "description": description, "emoji": emoji, "difficulty": difficulty, "coins": coins,
            "color_scheme": color, "button_text": button, "path": path})


class Migration(migrations.Migration):
    dependencies = [("learning", "0001_initial")]

    operations = [migrations.RunPython(create_activities, migrations.RunPython.noop)]
