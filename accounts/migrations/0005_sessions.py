"""Sessions: signing out ends a session (EndedSession); the revoked-token table keeps only refresh tokens
already exchanged (UsedRefreshToken)."""

import django.db.models.deletion
import django.utils.timezone
from django.conf import settings
from django.db import migrations, models


def keep_signed_out_tokens_refused(apps, schema_editor):
    """Tokens issued before sessions existed are sessions of their own, named by their jti: each token
    signed out so far becomes an ended session, so that it stays refused."""
    UsedRefreshToken = apps.get_model("accounts", "UsedRefreshToken")
    EndedSession = apps.get_model("accounts", "EndedSession")
    now = django.utils.timezone.now()
    EndedSession.objects.bulk_create(
        [EndedSession(sid=row.jti, user_id=row.user_id, expires_at=row.expires_at, ended_at=row.used_at)
         for row in UsedRefreshToken.objects.filter(expires_at__gt=now).iterator()],
        ignore_conflicts=True, batch_size=500)


class Migration(migrations.Migration):

    dependencies = [
        ('accounts', '0004_constraint_messages'),
    ]

    operations = [
        migrations.RenameModel(old_name='RevokedToken', new_name='UsedRefreshToken'),
        migrations.RenameField(model_name='usedrefreshtoken', old_name='revoked_at', new_name='used_at'),
        migrations.AlterField(
            model_name='usedrefreshtoken',
            name='user',
            field=models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='used_refresh_tokens',
                                    to=settings.AUTH_USER_MODEL),
        ),
        migrations.CreateModel(
            name='EndedSession',
            fields=[
                ('sid', models.CharField(max_length=64, primary_key=True, serialize=False)),
                ('expires_at', models.DateTimeField(db_index=True)),
                ('ended_at', models.DateTimeField(default=django.utils.timezone.now)),
                ('user', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='ended_sessions',
                                           to=settings.AUTH_USER_MODEL)),
            ],
        ),
        migrations.RunPython(keep_signed_out_tokens_refused, migrations.RunPython.noop),
    ]
