"""Email each parent last week's summary per child (run hourly on Sundays and Mondays from cron: each
family's week ends at its own midnight; idempotent per week)."""

from dashboards.digest import digests_send
from dashboards.weekly import WeeklySendCommand


class Command(WeeklySendCommand):
    help = ("Email every parent its family's summary of last week (earned, spent, saved, lessons, waiting): the "
            "last week that ended before the family's today, on its own clock; once per week; a family whose week "
            "was all zeros gets none. -v0: quiet; -v2: each address.")
    what = "digest(s)"
    recipients = "parents"

    def send(self, *, today, dry_run, progress):
        return digests_send(today=today, dry_run=dry_run, progress=progress)
