"""Email each parent last week's summary per child (run weekly from cron; idempotent per week)."""

from dashboards.digest import digests_send
from dashboards.weekly import WeeklySendCommand


class Command(WeeklySendCommand):
    help = ("Email every parent its family's summary of last week (earned, spent, saved, lessons, waiting), "
            "once per week; a family whose week was all zeros gets none. -v0: quiet; -v2: each address.")
    what = "digest(s)"
    recipients = "parents"

    def send(self, *, today, dry_run, progress):
        return digests_send(today=today, dry_run=dry_run, progress=progress)
