from django.db import migrations

from learning.games import ACHIEVEMENTS


def create_achievements(apps, schema_editor):
    Achievement = apps.get_model("learning", "Achievement")
    for code, title, description, icon, rarity, reward, kind, at_least in ACHIEVEMENTS:
        Achievement.objects.update_or_create(code=code, defaults={
            "title": title, "description": description, "icon": icon, "rarity": rarity, "points_reward": reward,
            "criteria": {"kind": kind, "at_least": at_least}})


class Migration(migrations.Migration):
    dependencies = [("learning", "0003_achievement_userachievement")]

    operations = [migrations.RunPython(create_achievements, migrations.RunPython.noop)]
