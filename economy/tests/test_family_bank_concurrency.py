"""Payday and the digest run concurrently: real threads, committed transactions, SQLite and PostgreSQL.

``run_payday`` (and ``payday_run``) in several threads at once pays each allowance and interest period
once and creates each chore task once; ``send_digests`` at once sends each parent one email. Every
test here is transactional (``transactional_db``) so that each thread's transaction really commits
and contends for the same unique rows; they live in a module of their own because the flush after a
transactional test also empties the rows data migrations created (games, achievements), which the
tests of the same worker that follow would miss (the same arrangement as ``test_money_integrity``).
"""

from __future__ import annotations

import threading
from io import StringIO

import pytest
from django.core import mail
from django.core.management import call_command
from django.db import connection

from accounts.tests.factories import ChildFactory, ParentFactory
from coincraft.testing.threads import run_concurrently
from economy import services
from economy.models import AllowancePayment, ChoreOccurrence, DigestLog, InterestPayment, Task
from economy.selectors import ledger_discrepancies
from economy.services.family import payday_run
from economy.tests.test_family_bank import MAR, balance, chore, d, entries, interest, saved, weekly

pytestmark = pytest.mark.django_db(transaction=True)

WEEK = "2026-03-09"  # a Monday: the digest covers 2-8 March


def _bank():
    """Two children of one parent: weekly and monthly allowances, a daily chore, interest on 100 saved."""
    parent = ParentFactory()
    kid, teen = ChildFactory(profile__parent=parent), ChildFactory(profile__parent=parent)
    weekly(parent, kid, amount=10)
    services.allowance_create(actor=parent, child=teen, amount=25, kind="monthly", day_of_month=1,
                              start_date=d(MAR, 1))
    chore(parent, kid, repeat="every_n_days", every_n_days=1)
    saved(teen, 100, d(2, 25))
    interest(parent, teen, rate="10")
    return kid, teen, {"kid": balance(kid), "teen": balance(teen)}


def _assert_paid_once(kid, teen, before):
    # weekly: 1, 8, 15 and 22 March (today is the 28th: 4 Saturdays); monthly: 1 March
    assert AllowancePayment.objects.count() == 4 + 1
    assert [e.amount for e in entries(kid, "allowance")] == [10, 10, 10, 10]
    assert [e.amount for e in entries(teen, "allowance")] == [25]
    # interest: the weeks of 2, 9, 16 March (the week of the 23rd ends on the 29th)
    assert [e.amount for e in entries(teen, "interest")] == [10, 10, 10]
    assert InterestPayment.objects.count() == 3
    # chores: the last seven days, 22-28 March, once each
    assert ChoreOccurrence.objects.count() == Task.objects.filter(assigned_to=kid).count() == 7
    assert balance(kid) == before["kid"] + 40
    assert balance(teen) == before["teen"] + 25 + 30  # (saving may also have earned an achievement)
    assert ledger_discrepancies() == []


def test_concurrent_paydays_in_threads_pay_each_period_once():
    # given
    kid, teen, before = _bank()
    # when
    results = run_concurrently([lambda: payday_run(today=d(MAR, 28)) for _ in range(6)])
    # then
    assert not [r for r in results if isinstance(r, BaseException)], results
    assert sum(r.coins_paid for r in results) == 40 + 25 + 30
    assert sum(r.tasks_created for r in results) == 7
    _assert_paid_once(kid, teen, before)


def test_concurrent_run_payday_commands_pay_once():
    # given
    kid, teen, before = _bank()
    outputs = [StringIO() for _ in range(4)]
    # when
    results = run_concurrently([
        (lambda out=out: call_command("run_payday", "--date", "2026-03-28", stdout=out, stderr=StringIO()))
        for out in outputs])
    # then
    assert not [r for r in results if isinstance(r, BaseException)], results
    _assert_paid_once(kid, teen, before)
    assert sum(out.getvalue().count("paid allowance") for out in outputs) == 5


def test_payday_run_again_after_concurrent_runs_pays_nothing_more():
    # given
    kid, teen, before = _bank()
    run_concurrently([lambda: payday_run(today=d(MAR, 28)) for _ in range(3)])
    # when
    report = payday_run(today=d(MAR, 28))
    # then
    assert (report.coins_paid, report.payments, report.tasks_created) == (0, 0, 0)
    _assert_paid_once(kid, teen, before)


# --- the digest ------------------------------------------------------------------------------------------


def test_concurrent_digest_runs_send_each_parent_one_email():
    # given
    parents = [ParentFactory() for _ in range(3)]
    for parent in parents:  # each with a chore waiting for it (a family with nothing to tell gets no digest)
        child = ChildFactory(profile__parent=parent)
        task = services.task_create(actor=parent, assigned_to=child, title="Bins", coins_reward=2)
        services.task_update(actor=child, task=task, status="completed")
    barrier = threading.Barrier(4)
    errors = []

    def run():
        try:
            barrier.wait()
            call_command("send_digests", "--date", WEEK, stdout=StringIO())
        except BaseException as exc:
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=run) for _ in range(4)]
    # when
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    # then
    assert errors == []
    assert sorted(m.to[0] for m in mail.outbox) == sorted(p.email for p in parents)
    assert DigestLog.objects.count() == 3
