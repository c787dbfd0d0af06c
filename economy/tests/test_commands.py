"""What the operator commands refuse, as cron and an operator see it: the exit code and standard error.

- ``run_payday``, ``send_digests`` and ``send_class_summaries`` refuse a ``--date`` that has begun
  nowhere on earth yet (after today at UTC+14, `coincraft.days`) or not written YYYY-MM-DD: exit code
  2, a message on standard error, nothing paid, created, sent or recorded, with ``--dry-run`` too. The
  services refuse a future day as well.
- ``export_ledger`` refuses an unknown child or parent and a file it cannot write (a missing folder,
  a folder, a read-only file) with exit code 2 and no traceback; a failure half-way leaves the
  target as it was.

Each command runs through ``manage.py``'s own entry point in this process (so on the test database).
"""

from __future__ import annotations

import os
from contextlib import redirect_stderr, redirect_stdout
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from io import StringIO
from unittest import mock

import pytest
from django.core import mail
from django.core.management import ManagementUtility
from django.db import connections

from accounts.models import ChildProfile
from coincraft.days import latest_today
from coincraft.exceptions import InvalidInput
from economy import services
from economy.exports import LEDGER_HEADER
from economy.models import (
    AllowancePayment,
    ChoreOccurrence,
    DigestLog,
    Goal,
    InterestPayment,
    Task,
    Transaction,
)
from economy.services.family import payday_run

NOW = datetime(2026, 6, 1, 9, 30, tzinfo=UTC)  # a Monday
TODAY = NOW.date()


def manage(*argv: str, now: datetime = NOW) -> tuple[int, str, str]:
    """``manage.py <argv>`` as cron runs it, at ``now``: (exit code, standard output, standard error)."""
    out, err = StringIO(), StringIO()
    with (redirect_stdout(out), redirect_stderr(err), mock.patch("django.utils.timezone.now", return_value=now),
          mock.patch.object(connections, "close_all")):  # the command closes them; the test keeps its own
        try:
            ManagementUtility(["manage.py", *argv]).execute()
            code = 0
        except SystemExit as exit_:
            code = exit_.code
    return code, out.getvalue(), err.getvalue()


def books() -> tuple:
    """Everything a payday or a digest could write."""
    return (Transaction.objects.count(), AllowancePayment.objects.count(), InterestPayment.objects.count(),
            ChoreOccurrence.objects.count(), Task.objects.count(), DigestLog.objects.count(), len(mail.outbox),
            sorted(ChildProfile.objects.values_list("coins", flat=True)))


@pytest.fixture
def everything_due(personas):
    """An allowance, a daily chore and interest on saved coins for child_a, from four weeks before NOW."""
    start = TODAY - timedelta(days=28)
    parent, child = personas.parent_a, personas.child_a
    services.allowance_create(actor=parent, child=child, amount=10, kind="weekly", weekday=5, start_date=start)
    services.recurring_chore_create(actor=parent, child=child, title="Feed the cat", coins_reward=2,
                                    repeat="every_n_days", every_n_days=1, start_date=start)
    services.ledger_post(actor=None, child=child, type="earn", amount=100, delta=100, description="Gift",
                         category="test")
    services.goal_contribute(actor=child, goal=Goal.objects.create(user=child, title="Bike", target_amount=500),
                             amount=100)
    services.interest_set(actor=parent, child=child, rate_percent=Decimal("10"), period="weekly", cap=50,
                          start_date=start)


# --- a day after today ------------------------------------------------------------------------------------

FUTURE = [(TODAY + timedelta(days=1)).isoformat(), "2027-06-01"]


@pytest.mark.parametrize("dry_run", [[], ["--dry-run"]], ids=["run", "dry-run"])
@pytest.mark.parametrize("day", FUTURE)
def test_payday_refuses_a_day_after_today_and_pays_nothing(personas, everything_due, day, dry_run):
    # given
    before = books()
    # when
    code, out, err = manage("run_payday", "--date", day, *dry_run)
    # then
    assert code == 2
    assert f"argument --date: {day} is in the future (it is at most {TODAY} anywhere on earth)" in err
    assert out == ""
    assert books() == before


@pytest.mark.parametrize("dry_run", [[], ["--dry-run"]], ids=["run", "dry-run"])
@pytest.mark.parametrize("day", FUTURE)
@pytest.mark.parametrize("command", ["send_digests", "send_class_summaries"])
def test_digests_refuse_a_day_after_today_and_send_nothing(personas, everything_due, day, dry_run, command):
    # given
    before = books()
    # when
    code, out, err = manage(command, "--date", day, *dry_run)
    # then
    assert code == 2
    assert f"argument --date: {day} is in the future" in err
    assert out == ""
    assert books() == before
    assert mail.outbox == []


def test_after_a_refused_early_digest_the_real_run_sends_the_whole_week(personas, everything_due):
    # given: someone tried next Monday's digest today (a chore is waiting for parent_a: its week is not empty)
    task = services.task_create(actor=personas.parent_a, assigned_to=personas.child_a, title="Bins", coins_reward=2)
    services.task_update(actor=personas.child_a, task=task, status="completed")
    next_monday = (TODAY + timedelta(days=7)).isoformat()
    manage("send_digests", "--date", next_monday)
    # when: next Monday comes
    code, out, _ = manage("send_digests", "-v2", now=NOW + timedelta(days=7))
    # then
    assert code == 0
    assert "sent to parent.a@example.com" in out
    assert f"for the week {TODAY} - {TODAY + timedelta(days=6)}." in out


@pytest.mark.parametrize("command", ["run_payday", "send_digests", "send_class_summaries"])
def test_today_is_accepted(personas, everything_due, command):
    # when
    code, out, err = manage(command, "--date", TODAY.isoformat(), "--dry-run")
    # then
    assert (code, err) == (0, "")
    assert "would" in out


@pytest.mark.parametrize("time_zone", ["UTC", "Australia/Sydney", "America/Los_Angeles"])
def test_a_date_is_accepted_once_it_has_begun_somewhere_and_runs_each_family_as_of_its_own_day(
        personas, everything_due, settings, time_zone):
    # given: 1 June begins at 10:00 UTC on 31 May at UTC+14; the families keep UTC, whatever TIME_ZONE says
    settings.TIME_ZONE = time_zone
    # when
    refused = manage("run_payday", "--date", "2026-06-01", now=datetime(2026, 5, 31, 9, 59, tzinfo=UTC))
    early = manage("run_payday", "--date", "2026-06-01", now=datetime(2026, 5, 31, 10, 0, tzinfo=UTC))
    chore_made_early = ChoreOccurrence.objects.filter(date=date(2026, 6, 1)).exists()
    accepted = manage("run_payday", "--date", "2026-06-01", now=datetime(2026, 6, 1, 0, 30, tzinfo=UTC))
    # then
    assert refused[0] == 2
    assert "it is at most 2026-05-31 anywhere on earth" in refused[2]
    assert early[0] == 0
    assert not chore_made_early  # still 31 May for a UTC family
    assert accepted[0] == 0
    assert ChoreOccurrence.objects.filter(date=date(2026, 6, 1)).count() == 1
    assert AllowancePayment.objects.filter(period_end__lte=date(2026, 6, 1)).exists()


@pytest.mark.parametrize("command", ["run_payday", "send_digests", "send_class_summaries"])
@pytest.mark.parametrize("day", ["14/03/2026", "20260314", "2026-W11-6", "2026-02-30", "next monday", ""])
def test_a_day_not_written_yyyy_mm_dd_is_refused(personas, everything_due, command, day):
    # given
    before = books()
    # when
    code, out, err = manage(command, "--date", day)
    # then
    assert code == 2
    assert f"argument --date: {day!r} is not a date: write it as YYYY-MM-DD" in err
    assert books() == before


def test_the_payday_service_refuses_a_day_after_today_too(personas, everything_due):
    # given
    tomorrow = latest_today() + timedelta(days=1)
    before = books()
    # when / # then
    with pytest.raises(InvalidInput, match="has not come yet"):
        payday_run(today=tomorrow)
    with pytest.raises(InvalidInput, match="has not come yet"):
        payday_run(today=tomorrow, dry_run=True)
    assert books() == before


def test_payday_without_a_date_runs_as_of_today_in_utc(personas, everything_due):
    # when
    code, out, _ = manage("run_payday")
    # then
    assert code == 0
    assert AllowancePayment.objects.order_by("-period_end").first().period_end == date(2026, 5, 30)  # last Saturday
    assert ChoreOccurrence.objects.order_by("-date").first().date == TODAY


# --- export_ledger ---------------------------------------------------------------------------------------


@pytest.fixture
def ledger(personas, give_coins):
    give_coins(personas.child_a, 10)
    give_coins(personas.teen_a, 20)


def test_export_into_a_missing_folder_is_a_clear_error(personas, ledger, tmp_path):
    # given
    target = tmp_path / "no-such-folder" / "ledger.csv"
    # when
    code, out, err = manage("export_ledger", "--family", personas.parent_a.email, "-o", str(target))
    # then
    assert code == 2
    assert err.strip() == f"CommandError: Cannot write {target}: the folder {target.parent} does not exist"
    assert "Traceback" not in err
    assert not target.parent.exists()


@pytest.mark.parametrize("where", ["a folder", "under a file", "a read-only file"])
def test_export_to_a_path_that_cannot_be_written_is_a_clear_error(personas, ledger, tmp_path, where):
    # given
    target = {"a folder": tmp_path, "under a file": tmp_path / "plain.txt" / "ledger.csv",
              "a read-only file": tmp_path / "plain.txt"}[where]
    (tmp_path / "plain.txt").write_text("kept")
    before = sorted(os.listdir(tmp_path))
    # when
    with mock.patch("os.access", return_value=False) if where == "a read-only file" else mock.MagicMock():
        code, out, err = manage("export_ledger", "--child", personas.child_a.email, "-o", str(target))
    # then
    assert code == 2
    assert err.startswith(f"CommandError: Cannot write {target}: ")
    assert "Traceback" not in err
    assert sorted(os.listdir(tmp_path)) == before
    assert (tmp_path / "plain.txt").read_text() == "kept"


@pytest.mark.parametrize(("option", "email", "message"), [
    ("--child", "nobody@example.com", "No child with email nobody@example.com"),
    ("--family", "child.a@example.com", "No parent with email child.a@example.com"),
])
def test_export_for_an_unknown_email_is_exit_code_2_and_keeps_the_file(personas, ledger, tmp_path, option, email,
                                                                        message):
    # given: last night's export
    target = tmp_path / "ledger.csv"
    target.write_text("last night's export")
    # when
    code, out, err = manage("export_ledger", option, email, "-o", str(target))
    # then
    assert code == 2
    assert err.strip() == f"CommandError: {message}"
    assert target.read_text() == "last night's export"
    assert os.listdir(tmp_path) == ["ledger.csv"]


def test_an_export_that_fails_half_way_leaves_the_previous_file(personas, ledger, tmp_path):
    # given: the database goes away after the header
    target = tmp_path / "ledger.csv"
    target.write_text("last night's export")

    def header_then_failure(children):
        yield ",".join(LEDGER_HEADER) + "\r\n"
        raise OSError(28, "No space left on device")

    # when
    with mock.patch("economy.management.commands.export_ledger.ledger_csv", header_then_failure):
        code, out, err = manage("export_ledger", "--child", personas.child_a.email, "-o", str(target))
    # then
    assert code == 1
    assert err.strip() == f"CommandError: Cannot write {target}: No space left on device"
    assert target.read_text() == "last night's export"
    assert os.listdir(tmp_path) == ["ledger.csv"]


def test_an_export_replaces_the_previous_file_with_a_readable_one(personas, ledger, tmp_path):
    # given
    target = tmp_path / "ledger.csv"
    target.write_text("last night's export")
    # when
    code, out, err = manage("export_ledger", "--family", personas.parent_a.email, "-o", str(target))
    # then
    assert code == 0
    assert err.strip() == f"2 entries written to {target}"
    assert target.read_text().splitlines()[0] == ",".join(LEDGER_HEADER)
    assert os.listdir(tmp_path) == ["ledger.csv"]
    umask = os.umask(0)
    os.umask(umask)
    assert os.stat(target).st_mode & 0o777 == 0o666 & ~umask
