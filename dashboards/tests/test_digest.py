"""``manage.py send_digests`` emails each parent with children last week's summary, once per week
(concurrent runs: ``economy/tests/test_family_bank_concurrency.py``).
"""

from __future__ import annotations

from contextlib import contextmanager
from datetime import UTC, date, datetime, time, timedelta
from io import StringIO
from unittest import mock

import pytest
from django.core import mail
from django.core.management import CommandError, call_command

from accounts.models import ChildProfile
from accounts.tests.factories import ChildFactory, ParentFactory
from coincraft.days import latest_today
from coincraft.exceptions import InvalidInput
from dashboards.digest import digests_send
from dashboards.weekly import WeeklySendCommand
from economy import services
from economy.models import (
    DigestLog,
    Goal,
    ShopItem,
    Task,
    Transaction,
)
from economy.selectors import ledger_discrepancies
from economy.services.family import payday_run
from learning import services as learning_services

# --- building blocks ------------------------------------------------------------------------------------


@contextmanager
def at(day: date, hour: int = 12):
    moment = datetime.combine(day, time(hour), tzinfo=UTC)
    with mock.patch("django.utils.timezone.now", return_value=moment):
        yield


def approved_task(parent, child, reward: int = 7, title: str = "Dishes") -> Task:
    task = services.task_create(actor=parent, assigned_to=child, title=title, coins_reward=reward)
    services.task_update(actor=child, task=task, status="completed")
    return services.task_approve(actor=parent, task=task)


def export_ledger(*args) -> str:
    out = StringIO()
    call_command("export_ledger", *args, stdout=out, stderr=StringIO())
    return out.getvalue()


def a_module(teacher, title="Saving 101", points_reward=0):
    return learning_services.module_create(actor=teacher, title=title, description="Why we save", category="Saving",
                                           difficulty="easy", duration=10, points_reward=points_reward, published=True)


# --- the weekly digest -----------------------------------------------------------------------------------

WEEK = "2026-03-09"  # a Monday: the digest covers Monday 2 to Sunday 8 March


@pytest.fixture
def a_week(personas, give_coins):
    """Family A's week of 2-8 March, with something on each side of it."""
    parent, child = personas.parent_a, personas.child_a
    with at(date(2026, 3, 1)):
        give_coins(child, 200)
        approved_task(parent, child, reward=50, title="Last week's chore")
    with at(date(2026, 3, 3)):
        approved_task(parent, child, reward=7, title="Dishes")
        item = ShopItem.objects.create(name="Kite", price=20, audience=child.role)
        services.purchase_approve(actor=parent, request=services.purchase_request_create(actor=child, item_id=item.pk))
    with at(date(2026, 3, 5)):
        goal = Goal.objects.create(user=child, title="Bike", target_amount=500)
        services.goal_contribute(actor=child, goal=goal, amount=15)
        services.goal_withdraw(actor=child, goal=goal, amount=5)
        learning_services.module_complete(actor=child, module=a_module(personas.teacher_1), score=100)
    services.allowance_create(actor=parent, child=child, amount=10, kind="weekly", weekday=5,
                              start_date=date(2026, 3, 2))
    with at(date(2026, 3, 7)):
        payday_run(today=date(2026, 3, 7))
    with at(date(2026, 3, 9)):
        approved_task(parent, child, reward=40, title="Next week's chore")
    # waiting for the parent now: a completed task and a purchase request
    waiting = services.task_create(actor=parent, assigned_to=child, title="Bins", coins_reward=2)
    services.task_update(actor=child, task=waiting, status="completed")
    services.purchase_request_create(actor=child, item_id=ShopItem.objects.create(name="Ball", price=5,
                                                                                  audience=child.role).pk)
    with at(date(2026, 3, 4)):
        approved_task(personas.parent_b, personas.child_b, reward=3, title="Family B chore")


def send_digests(*args) -> str:
    out = StringIO()
    call_command("send_digests", *args, stdout=out)
    return out.getvalue()


def week_achievements(child) -> int:
    """Achievement rewards earned in the week (they count as earned coins)."""
    return sum(Transaction.objects.filter(
        user=child, category="achievement", created_at__date__range=(date(2026, 3, 2), date(2026, 3, 8)),
    ).values_list("amount", flat=True))


def test_digest_sums_up_each_childs_week_for_its_parent(personas, a_week):
    # when
    out = send_digests("--date", WEEK, "-v2")
    # then
    assert "sent to parent.a@example.com" in out and "sent to parent.b@example.com" in out
    assert "3 digest(s) sent, 0 skipped (nothing happened), of 3 parents, for the week 2026-03-02 - 2026-03-08." in out
    (digest,) = [m for m in mail.outbox if m.to == ["parent.a@example.com"]]
    assert digest.subject == "Your CoinCraft week: Mar 02 - Mar 08"
    earned = 7 + 10 + week_achievements(personas.child_a)
    assert (f"Child A: earned {earned}, spent 20, saved 15 coins; 1 lesson(s) finished; "
            "2 waiting for your approval.") in digest.body
    assert "Teen A: earned 0, spent 0, saved 0 coins; 0 lesson(s) finished; 0 waiting for your approval." in digest.body
    assert "Child B" not in digest.body
    (theirs,) = [m for m in mail.outbox if m.to == ["parent.b@example.com"]]
    assert "Child B: earned 3, spent 0, saved 0 coins" in theirs.body
    assert "Child A" not in theirs.body and "Teen A" not in theirs.body
    # family A's co-parent receives the family's digest too
    (co_parent,) = [m for m in mail.outbox if m.to == ["coparent.a@example.com"]]
    assert co_parent.body.replace("Co-parent A", "Parent A") == digest.body


def test_the_digest_names_the_goals_reached_that_week(personas, a_week):
    # given: Child A reaches "Kite" on Friday of the week, "Ball" on the Monday after it
    for day, title, target in ((date(2026, 3, 6), "Kite", 10), (date(2026, 3, 9), "Ball", 5)):
        with at(day):
            goal = Goal.objects.create(user=personas.child_a, title=title, target_amount=target)
            services.goal_contribute(actor=personas.child_a, goal=goal, amount=target)
    # when
    send_digests("--date", WEEK)
    # then
    (digest,) = [m for m in mail.outbox if m.to == ["parent.a@example.com"]]
    assert '2 waiting for your approval.\n  Goal reached: "Kite".\n' in digest.body
    assert "Ball" not in digest.body and "Bike" not in digest.body


def test_a_week_whose_only_news_is_a_goal_reached_gets_its_digest(personas, a_week):
    # given: a child who moved no coin that week but marked a goal reached
    parent = ParentFactory(email="proud.parent@example.com")
    kid = ChildFactory(name="Proud Kid", email="proud.kid@example.com", profile__parent=parent)
    goal = Goal.objects.create(user=kid, title="Read 10 books", target_amount=50)
    with at(date(2026, 3, 4)):
        services.goal_update(actor=kid, goal=goal, is_completed=True)
    # when
    send_digests("--date", WEEK)
    # then
    (digest,) = [m for m in mail.outbox if m.to == ["proud.parent@example.com"]]
    assert 'Goal reached: "Read 10 books".' in digest.body


def test_digests_are_sent_once_per_week(personas, a_week):
    # given
    send_digests("--date", WEEK)
    # when: again the same week (another day of it), then the next week (nothing happened in family B's)
    again = send_digests("--date", "2026-03-12")
    next_week = send_digests("--date", "2026-03-16")
    # then
    assert "0 digest(s) sent, 0 skipped (nothing happened), of 0 parents" in again
    assert "2 digest(s) sent, 1 skipped (nothing happened), of 3 parents, for the week 2026-03-09 - 2026-03-15." \
        in next_week
    assert sorted(m.to[0] for m in mail.outbox) == ["coparent.a@example.com", "coparent.a@example.com",
                                                    "parent.a@example.com", "parent.a@example.com",
                                                    "parent.b@example.com"]
    assert DigestLog.objects.count() == 5


def test_digest_dry_run_sends_nothing_and_records_nothing(personas, a_week):
    # when
    out = send_digests("--date", WEEK, "--dry-run")
    # then
    assert "would send to parent.a@example.com" in out and "would send to parent.b@example.com" in out
    assert mail.outbox == []
    assert not DigestLog.objects.exists()
    send_digests("--date", WEEK)
    assert len(mail.outbox) == 3


def test_parents_without_children_teachers_and_children_get_no_digest(personas, a_week):
    # (a co-parent's family has children: it gets one)
    # given
    ParentFactory(email="lonely.parent@example.com")
    # when
    send_digests("--date", WEEK)
    # then
    assert sorted(m.to[0] for m in mail.outbox) == ["coparent.a@example.com", "parent.a@example.com",
                                                    "parent.b@example.com"]


def test_a_malformed_digest_date_is_refused(personas):
    # when / # then
    with pytest.raises(CommandError, match="YYYY-MM-DD"):
        send_digests("--date", "next monday")


def test_deleting_a_child_declines_what_was_waiting_and_returns_held_coins(personas, as_user, give_coins):
    # given: a pending conversion (coins held) and a pending purchase
    from economy import services
    from economy.models import PurchaseRequest, RedemptionRequest, ShopItem

    child = personas.child_a
    give_coins(child, 40)
    redemption = services.redemption_create(actor=child, child=child, coins_amount=15)
    item = ShopItem.objects.create(name="Kite", price=10, audience=child.role)
    purchase = services.purchase_request_create(actor=child, item_id=item.pk)
    # when
    response = as_user(personas.parent_a).delete(f"/api/parent/children/{child.pk}/data")
    # then
    assert response.status_code == 204
    assert RedemptionRequest.objects.get(pk=redemption.pk).status == "rejected"
    assert PurchaseRequest.objects.get(pk=purchase.pk).status == "rejected"
    assert ChildProfile.objects.get(user=child).coins == 40
    assert ledger_discrepancies() == []


def test_the_digest_service_refuses_a_day_after_today(personas, a_week):
    # given
    tomorrow = latest_today() + timedelta(days=1)
    before = (DigestLog.objects.count(), len(mail.outbox))
    # when / then
    with pytest.raises(InvalidInput, match="has not come yet"):
        digests_send(today=tomorrow)
    with pytest.raises(InvalidInput, match="has not come yet"):
        digests_send(today=tomorrow, dry_run=True)
    assert (DigestLog.objects.count(), len(mail.outbox)) == before


# --- what operators and parents see: progress, quiet weeks, links --------------------------------------


def test_a_long_run_shows_its_progress_and_a_summary(personas, a_week, monkeypatch):
    # given: a progress line every family (every 100 in production)
    monkeypatch.setattr(WeeklySendCommand, "progress_every", 1)
    # when
    out = send_digests("--date", WEEK)
    # then
    assert out.splitlines() == ["1/3 parents", "2/3 parents", "3/3 parents",
                                "3 digest(s) sent, 0 skipped (nothing happened), of 3 parents, for the week "
                                "2026-03-02 - 2026-03-08."]


def test_a_short_run_shows_only_its_summary(personas, a_week):
    # when
    out = send_digests("--date", WEEK)
    # then: 3 parents (family A's two), fewer than a progress step
    assert out.splitlines() == ["3 digest(s) sent, 0 skipped (nothing happened), of 3 parents, "
                                "for the week 2026-03-02 - 2026-03-08."]


def test_verbosity_0_is_quiet(personas, a_week, monkeypatch):
    # given
    monkeypatch.setattr(WeeklySendCommand, "progress_every", 1)
    # when
    out = send_digests("--date", WEEK, "-v0")
    # then
    assert out == ""
    assert len(mail.outbox) == 3


def test_a_family_whose_week_was_all_zeros_gets_no_digest_and_is_counted(personas, a_week):
    # given: a family whose child did nothing, with nothing waiting
    quiet = ParentFactory(email="quiet.parent@example.com")
    ChildFactory(name="Quiet Kid", email="quiet.kid@example.com", profile__parent=quiet)
    # when
    out = send_digests("--date", WEEK, "-v2")
    # then
    assert "skipped quiet.parent@example.com: nothing happened that week" in out
    assert "3 digest(s) sent, 1 skipped (nothing happened), of 4 parents" in out
    assert "quiet.parent@example.com" not in {m.to[0] for m in mail.outbox}
    assert not DigestLog.objects.filter(parent=quiet).exists()


def test_a_quiet_family_whose_child_has_something_waiting_gets_its_digest(personas, a_week):
    # given: nothing moved in the week, but a chore waits for the parent now
    quiet = ParentFactory(email="quiet.parent@example.com")
    kid = ChildFactory(name="Quiet Kid", email="quiet.kid@example.com", profile__parent=quiet)
    task = services.task_create(actor=quiet, assigned_to=kid, title="Bins", coins_reward=2)
    services.task_update(actor=kid, task=task, status="completed")
    # when
    send_digests("--date", WEEK)
    # then
    (digest,) = [m for m in mail.outbox if m.to == ["quiet.parent@example.com"]]
    assert "Quiet Kid: earned 0, spent 0, saved 0 coins; 0 lesson(s) finished; 1 waiting for your approval." \
        in digest.body


def test_the_digest_links_to_the_app_and_the_inbox(personas, a_week, settings):
    # given
    settings.FRONTEND_URL = "https://coincraft.example.org/"
    # when
    send_digests("--date", WEEK)
    # then: family A has something waiting, family B has not
    (a,) = [m for m in mail.outbox if m.to == ["parent.a@example.com"]]
    (b,) = [m for m in mail.outbox if m.to == ["parent.b@example.com"]]
    assert "approval inbox: https://coincraft.example.org/admin/inbox/" in a.body
    assert "Open CoinCraft: https://coincraft.example.org/" in a.body
    assert "inbox" not in b.body
    assert "Open CoinCraft: https://coincraft.example.org/" in b.body


def test_a_dry_run_counts_the_quiet_families_too(personas, a_week):
    # given
    ChildFactory(email="quiet.kid@example.com", profile__parent=ParentFactory(email="quiet.parent@example.com"))
    # when
    out = send_digests("--date", WEEK, "--dry-run")
    # then
    assert "3 digest(s) would be sent, 1 skipped (nothing happened), of 4 parents" in out
    assert mail.outbox == [] and not DigestLog.objects.exists()
