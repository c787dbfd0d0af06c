"""Email each teacher who asked for it last week's summary of its classes (weekly from cron; idempotent)."""

from dashboards.class_summary import class_summaries_send
from dashboards.weekly import WeeklySendCommand


class Command(WeeklySendCommand):
    help = ("Email every teacher who ticked \"Weekly class summary by email\" last week in its classes (done and "
            "overdue per module, who needs support, the hardest question), once per week. -v0: quiet; -v2: each "
            "address.")
    what = "class summary(ies)"
    recipients = "teachers"

    def send(self, *, today, dry_run, progress):
        return class_summaries_send(today=today, dry_run=dry_run, progress=progress)
