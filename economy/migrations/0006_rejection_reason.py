from django.db import migrations, models


def rejection_reason_field():
    return models.CharField(blank=True, help_text="What the parent said when it rejected it; the child reads it in the app.",
                            max_length=500, null=True)


class Migration(migrations.Migration):

    dependencies = [
        ('economy', '0005_constraint_messages_weekdays_chore_description'),
    ]

    operations = [
        migrations.AddField(model_name='task', name='rejection_reason', field=rejection_reason_field()),
        migrations.AddField(model_name='purchaserequest', name='rejection_reason', field=rejection_reason_field()),
        migrations.AddField(model_name='redemptionrequest', name='rejection_reason', field=rejection_reason_field()),
    ]
