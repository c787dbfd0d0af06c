"""Levels, XP, streaks and achievements (``learning.progression``): computed by the services that record
what a child really does, never set by a client.

- XP: 1 per coin earned (not adjustments, refunds, coins back from a goal or test credits), 10 per game,
  25 per module; the level follows the documented curve (level n at 50 * n * (n - 1) / 2 XP).
- Streak: consecutive UTC days with learning or earning; a missed day resets it (and it reads 0 until the
  next activity); a parent's pause keeps it across the paused days.
- Achievements: seeded rows, each awarded once by its real trigger, its coin reward paid through the
  ledger; a concurrent double trigger awards once (real threads, on SQLite and PostgreSQL).

Days are controlled by passing ``when=`` to ``activity_record`` or by dating ``last_activity_date``.
"""

from __future__ import annotations

from collections import Counter
from datetime import UTC, date, datetime, time, timedelta

import pytest
from django.utils import timezone

from accounts.models import ChildProfile
from accounts.tests.factories import ChildFactory, ParentFactory
from coincraft.testing.threads import run_concurrently
from economy import services as money
from economy.models import Transaction
from economy.selectors import ledger_discrepancies
from economy.tests.factories import GoalFactory
from learning import progression
from learning.games import ACHIEVEMENTS
from learning.models import Achievement, Activity, UserAchievement
from learning.progression import achievements_check, achievements_ensure, activity_record, current_streak, level_for
from learning.services import activities_ensure
from learning.tests.factories import ModuleFactory
from learning.tests.helpers import balance, ledger_sum, quiz_module

from conftest import client_for

DAY0 = date(2026, 1, 5)


@pytest.fixture(autouse=True)
def seeded(db):
    """The seeded games and achievements, as in production (idempotent)."""
    activities_ensure()
    achievements_ensure()


def profile_of(child) -> ChildProfile:
    return ChildProfile.objects.get(user=child)


def at(day: date, hour: int = 12) -> datetime:
    return datetime.combine(day, time(hour), tzinfo=UTC)


def earn(child, amount: int, category: str = "task"):
    return money.ledger_post(actor=None, child=child, type="earn", amount=amount, delta=amount,
                             description="Chore done", category=category)


def awarded(child) -> Counter:
    return Counter(UserAchievement.objects.filter(user=child).values_list("achievement__code", flat=True))


def reward_entries(child, code: str) -> list[Transaction]:
    achievement = Achievement.objects.get(code=code)
    return list(Transaction.objects.filter(user=child, reference_type="achievement",
                                           reference_id=str(achievement.pk)))


def assert_books_balance(*children) -> None:
    for child in children:
        assert balance(child) == ledger_sum(child)
    assert ledger_discrepancies() == []


# --- XP ----------------------------------------------------------------------------------------------


def test_each_coin_earned_gives_one_xp(personas, as_user):
    # given
    child = personas.child_a
    # when: the parent gives a bonus of 30 coins
    response = as_user(personas.parent_a).post(f"/api/users/{child.pk}/transactions",
                                               {"type": "earn", "amount": 30, "description": "Good report"},
                                               format="json")
    # then
    assert response.status_code == 200
    assert (profile_of(child).xp, profile_of(child).coins) == (30, 30)


def test_an_approved_task_gives_its_coins_as_xp(personas, as_user):
    # given
    task = money.task_create(actor=personas.parent_a, assigned_to=personas.child_a, title="Dishes", coins_reward=20)
    money.task_update(actor=personas.child_a, task=task, status="completed")
    # when
    response = as_user(personas.parent_a).put(f"/api/parent/tasks/{task.pk}/approve")
    # then
    assert response.status_code == 200
    assert profile_of(personas.child_a).xp == 20


def _adjustment(personas, child):
    money.balance_adjust(actor=personas.parent_a, child=child, delta=40, reason="Birthday money")


def _balance_set(personas, child):
    response = client_for(personas.parent_a).post(f"/api/users/{child.pk}/coins", {"coins": 40}, format="json")
    assert response.status_code == 200


def _redemption_refund(personas, child):
    money.ledger_post(actor=None, child=child, type="earn", amount=40, delta=40, description="Test credit",
                      category="test")
    request = money.redemption_create(actor=child, child=child, coins_amount=40)
    money.redemption_reject(actor=personas.parent_a, request=request)


def _goal_withdrawal(personas, child):
    money.ledger_post(actor=None, child=child, type="earn", amount=40, delta=40, description="Test credit",
                      category="test")
    goal = GoalFactory(user=child, target_amount=500)
    goal, _ = money.goal_contribute(actor=child, goal=goal, amount=40)
    money.goal_withdraw(actor=child, goal=goal, amount=40)


def _test_credit(personas, child):
    money.ledger_post(actor=None, child=child, type="earn", amount=40, delta=40, description="Test credit",
                      category="test")


NOT_EARNINGS = {"adjustment": _adjustment, "balance-set-by-parent": _balance_set,
                "redemption-refund": _redemption_refund, "goal-withdrawal": _goal_withdrawal,
                "test-credit": _test_credit}


@pytest.mark.parametrize("flow", NOT_EARNINGS, ids=list(NOT_EARNINGS))
def test_coins_that_were_not_earned_give_no_xp(personas, flow):
    # given
    child = personas.child_a
    # when
    NOT_EARNINGS[flow](personas, child)
    # then: the coins are back on the balance, but nothing was earned
    profile = profile_of(child)
    assert profile.coins == 40
    assert (profile.xp, profile.level, profile.streak_days, profile.last_activity_date) == (0, 1, 0, None)
    assert "first-coin" not in awarded(child)
    assert_books_balance(child)


def test_a_game_gives_ten_xp_plus_its_coins(personas, as_user):
    # given: game 1 pays 10 coins
    game = Activity.objects.get(pk=1)
    # when
    response = as_user(personas.child_a).post(f"/api/activities/{game.pk}/complete", {}, format="json")
    # then
    assert response.json()["coins_earned"] == game.coins == 10
    assert profile_of(personas.child_a).xp == progression.XP_PER_ACTIVITY + game.coins == 20


def test_a_game_without_coins_still_gives_ten_xp(personas, as_user):
    # given
    game = Activity.objects.create(pk=99, title="Free play", description="", difficulty="easy", coins=0)
    # when
    as_user(personas.child_a).post(f"/api/activities/{game.pk}/complete", {}, format="json")
    # then
    assert profile_of(personas.child_a).xp == 10
    assert profile_of(personas.child_a).coins == 0


def test_a_repeated_game_gives_no_more_xp(personas, as_user):
    # given
    client = as_user(personas.child_a)
    client.post("/api/activities/1/complete", {}, format="json")
    # when
    client.post("/api/activities/1/complete", {}, format="json")
    # then
    assert profile_of(personas.child_a).xp == 20


def test_a_module_gives_twenty_five_xp_plus_its_coins(personas, as_user):
    # given: a first module done (it unlocks "Bookworm", whose reward is counted apart)
    client = as_user(personas.child_a)
    client.post(f"/api/learning-modules/{ModuleFactory(points_reward=0).pk}/complete", {"score": 100}, format="json")
    start = profile_of(personas.child_a).xp
    # when: a module paying nothing, then one paying 40 coins
    client.post(f"/api/learning-modules/{ModuleFactory(points_reward=0).pk}/complete", {"score": 100}, format="json")
    after_unrewarded = profile_of(personas.child_a).xp
    client.post(f"/api/learning-modules/{ModuleFactory(points_reward=40).pk}/complete", {"score": 100},
                format="json")
    # then
    assert after_unrewarded - start == progression.XP_PER_MODULE == 25
    assert profile_of(personas.child_a).xp - after_unrewarded == 25 + 40


def test_a_repeated_module_gives_no_more_xp(personas, as_user):
    # given
    module = ModuleFactory(points_reward=40)
    client = as_user(personas.child_a)
    client.put(f"/api/child/modules/{module.pk}/progress", {"status": "completed", "score": 90}, format="json")
    client.post(f"/api/learning-modules/{module.pk}/complete", {"score": 100}, format="json")
    before = profile_of(personas.child_a).xp
    # when
    response = client.post(f"/api/learning-modules/{module.pk}/complete", {"score": 100}, format="json")
    # then
    assert response.status_code == 400
    assert profile_of(personas.child_a).xp == before


def test_an_achievement_reward_counts_as_earned_xp(personas):
    # given: 99 coins earned
    child = personas.child_a
    earn(child, 99)
    assert profile_of(child).xp == 99
    # when: one more coin unlocks "Hard Worker" (5 coins)
    earn(child, 1)
    # then
    reward = Achievement.objects.get(code="hundred-earned").points_reward
    assert profile_of(child).xp == 100 + reward
    assert profile_of(child).coins == 100 + reward


# --- levels ------------------------------------------------------------------------------------------


LEVELS = [(0, 1), (49, 1), (50, 2), (149, 2), (150, 3), (299, 3), (300, 4), (499, 4), (500, 5), (749, 5),
          (750, 6)]


@pytest.mark.parametrize(("xp", "level"), LEVELS, ids=[f"{xp}xp" for xp, _ in LEVELS])
def test_the_level_follows_the_curve(xp, level):
    # then
    assert level_for(xp) == level


@pytest.mark.parametrize("level", range(1, 12))
def test_each_level_starts_exactly_at_its_threshold(level):
    # given
    threshold = progression.xp_for_level(level)
    # then
    assert level_for(threshold) == level
    assert level_for(threshold - 1) == max(level - 1, 1)


@pytest.mark.parametrize(("xp", "level"), [(49, 1), (50, 2), (149, 2), (150, 3), (300, 4), (500, 5)],
                         ids=["49xp", "50xp", "149xp", "150xp", "300xp", "500xp"])
def test_the_stored_and_served_level_follow_the_xp_earned(personas, as_user, xp, level):
    # given
    child = personas.teen_a
    # when
    activity_record(child=child, xp=xp)
    # then
    assert (profile_of(child).xp, profile_of(child).level) == (xp, level)
    body = as_user(child).get("/api/child/stats").json()
    assert (body["profile"]["level"], body["profile"]["xp"]) == (level, xp)
    assert body["profile"]["xp_for_next_level"] == progression.xp_for_level(level + 1)


# --- streaks -----------------------------------------------------------------------------------------


def test_the_first_activity_starts_a_streak_of_one(personas):
    # when
    activity_record(child=personas.child_a, when=at(DAY0))
    # then
    profile = profile_of(personas.child_a)
    assert (profile.streak_days, profile.last_activity_date) == (1, at(DAY0))


def test_an_activity_the_next_day_extends_the_streak(personas):
    # given
    activity_record(child=personas.child_a, when=at(DAY0, 20))
    # when
    activity_record(child=personas.child_a, when=at(DAY0 + timedelta(days=1), 7))
    # then
    assert profile_of(personas.child_a).streak_days == 2


def test_more_activity_the_same_day_leaves_the_streak_unchanged(personas):
    # given
    activity_record(child=personas.child_a, when=at(DAY0, 8))
    activity_record(child=personas.child_a, when=at(DAY0 + timedelta(days=1), 8))
    # when
    activity_record(child=personas.child_a, when=at(DAY0 + timedelta(days=1), 18))
    # then
    profile = profile_of(personas.child_a)
    assert (profile.streak_days, profile.last_activity_date) == (2, at(DAY0 + timedelta(days=1), 18))


def test_a_missed_day_reads_zero_until_the_next_activity_which_restarts_at_one(personas):
    # given: two days in a row, then nothing on the third
    child = personas.child_a
    activity_record(child=child, when=at(DAY0))
    activity_record(child=child, when=at(DAY0 + timedelta(days=1)))
    # when / then: the day after, the streak still stands; once a day is missed it reads 0
    assert current_streak(profile_of(child), today=DAY0 + timedelta(days=2)) == 2
    assert current_streak(profile_of(child), today=DAY0 + timedelta(days=3)) == 0
    # when: the next activity
    activity_record(child=child, when=at(DAY0 + timedelta(days=3)))
    # then
    assert profile_of(child).streak_days == 1


def test_a_child_who_missed_a_day_sees_a_streak_of_zero(personas, as_user):
    # given: a five-day streak whose last activity was three days ago
    child = personas.child_a
    ChildProfile.objects.filter(user=child).update(streak_days=5,
                                                   last_activity_date=timezone.now() - timedelta(days=3))
    # when
    stats = as_user(child).get("/api/child/stats").json()
    dashboard = as_user(child).get("/api/child/dashboard").json()
    progress = as_user(personas.parent_a).get(f"/api/parent/children/{child.pk}/progress").json()
    family = as_user(personas.parent_a).get("/api/parent/dashboard").json()
    # then
    assert stats["profile"]["streak_days"] == 0
    assert (dashboard["child"]["streak_days"], dashboard["stats"]["streak_days"]) == (0, 0)
    assert (progress["child"]["streak_days"], progress["stats"]["current_streak"]) == (0, 0)
    assert [c["streak_days"] for c in family["children"] if c["id"] == str(child.pk)] == [0]


def test_a_streak_from_yesterday_still_stands_today(personas, as_user):
    # given
    child = personas.child_a
    ChildProfile.objects.filter(user=child).update(streak_days=5,
                                                   last_activity_date=timezone.now() - timedelta(days=1))
    # when
    stats = as_user(child).get("/api/child/stats").json()
    # then
    assert stats["profile"]["streak_days"] == 5


@pytest.mark.parametrize("activity", ["earning", "game", "module"])
def test_todays_earning_or_learning_extends_yesterdays_streak(personas, as_user, activity):
    # given: a three-day streak whose last day was yesterday
    child = personas.child_a
    ChildProfile.objects.filter(user=child).update(streak_days=3,
                                                   last_activity_date=timezone.now() - timedelta(days=1))
    # when: the service that records today's activity runs
    if activity == "earning":
        earn(child, 2)
    elif activity == "game":
        as_user(child).post("/api/activities/1/complete", {}, format="json")
    else:
        as_user(child).post(f"/api/learning-modules/{ModuleFactory(points_reward=0).pk}/complete", {},
                            format="json")
    # then
    profile = profile_of(child)
    assert profile.streak_days == 4
    assert profile.last_activity_date.date() == timezone.now().date()


def test_spending_is_no_activity_for_the_streak(personas, as_user):
    # given
    child = personas.child_a
    earn(child, 10)
    yesterday = timezone.now() - timedelta(days=1)
    ChildProfile.objects.filter(user=child).update(streak_days=3, last_activity_date=yesterday)
    # when
    as_user(child).post(f"/api/users/{child.pk}/transactions",
                        {"type": "spend", "amount": 4, "description": "Sweets"}, format="json")
    # then
    assert (profile_of(child).streak_days, profile_of(child).last_activity_date) == (3, yesterday)


def pause(parent, child, start: date, end: date):
    return client_for(parent).put(f"/api/parent/children/{child.pk}/streak-pause",
                                  {"paused_from": start.isoformat(), "paused_until": end.isoformat()}, format="json")


def test_a_paused_holiday_keeps_the_streak_and_the_next_activity_extends_it(personas):
    # given: three days in a row, then a four-day holiday paused by the parent
    child = personas.child_a
    for offset in range(3):
        activity_record(child=child, when=at(DAY0 + timedelta(days=offset)))
    response = pause(personas.parent_a, child, DAY0 + timedelta(days=3), DAY0 + timedelta(days=6))
    assert response.status_code == 200
    # then: during the holiday and on the day after it, the streak still reads 3
    assert current_streak(profile_of(child), today=DAY0 + timedelta(days=5)) == 3
    assert current_streak(profile_of(child), today=DAY0 + timedelta(days=7)) == 3
    # when: the child comes back the day after the holiday
    activity_record(child=child, when=at(DAY0 + timedelta(days=7)))
    # then
    assert profile_of(child).streak_days == 4


def test_without_a_pause_the_same_holiday_breaks_the_streak(personas):
    # given
    child = personas.child_a
    for offset in range(3):
        activity_record(child=child, when=at(DAY0 + timedelta(days=offset)))
    # when
    activity_record(child=child, when=at(DAY0 + timedelta(days=7)))
    # then
    assert profile_of(child).streak_days == 1


def test_a_day_missed_after_the_pause_still_breaks_the_streak(personas):
    # given: the pause covers days 3-4 but the child comes back only on day 6
    child = personas.child_a
    for offset in range(3):
        activity_record(child=child, when=at(DAY0 + timedelta(days=offset)))
    pause(personas.parent_a, child, DAY0 + timedelta(days=3), DAY0 + timedelta(days=4))
    # then
    assert current_streak(profile_of(child), today=DAY0 + timedelta(days=6)) == 0
    activity_record(child=child, when=at(DAY0 + timedelta(days=6)))
    assert profile_of(child).streak_days == 1


def test_the_streak_reads_unbroken_during_a_pause_and_breaks_once_it_is_lifted(personas, as_user):
    # given: a two-day streak whose last day was three days ago, and a pause from two days ago to tomorrow
    child = personas.child_a
    today = timezone.now().date()
    for days_ago in (4, 3):
        activity_record(child=child, when=at(today - timedelta(days=days_ago)))
    response = pause(personas.parent_a, child, today - timedelta(days=2), today + timedelta(days=1))
    # then: the pause is stored and shown to the parent, and the streak still reads 2
    assert response.json() == {"child_id": str(child.pk),
                               "streak_paused_from": (today - timedelta(days=2)).isoformat(),
                               "streak_paused_until": (today + timedelta(days=1)).isoformat()}
    assert as_user(child).get("/api/child/stats").json()["profile"]["streak_days"] == 2
    progress = as_user(personas.parent_a).get(f"/api/parent/children/{child.pk}/progress").json()
    assert (progress["child"]["streak_days"], progress["child"]["streak_paused_until"]) == (
        2, (today + timedelta(days=1)).isoformat())
    # when: the parent ends the pause
    response = as_user(personas.parent_a).delete(f"/api/parent/children/{child.pk}/streak-pause")
    # then
    assert response.json()["streak_paused_from"] is None
    assert (profile_of(child).streak_paused_from, profile_of(child).streak_paused_until) == (None, None)
    assert as_user(child).get("/api/child/stats").json()["profile"]["streak_days"] == 0


def test_a_pause_ending_before_it_starts_is_refused(personas):
    # when
    response = pause(personas.parent_a, personas.child_a, DAY0, DAY0 - timedelta(days=1))
    # then
    assert response.status_code == 400
    assert profile_of(personas.child_a).streak_paused_from is None


def test_a_parent_cannot_pause_another_familys_child(personas):
    # when
    response = pause(personas.parent_a, personas.child_b, DAY0, DAY0 + timedelta(days=2))
    # then
    assert response.status_code == 404
    assert profile_of(personas.child_b).streak_paused_from is None


def test_a_child_cannot_pause_its_own_streak(personas):
    # when
    response = client_for(personas.child_a).put(
        f"/api/parent/children/{personas.child_a.pk}/streak-pause",
        {"paused_from": DAY0.isoformat(), "paused_until": DAY0.isoformat()}, format="json")
    # then
    assert response.status_code == 403
    assert profile_of(personas.child_a).streak_paused_from is None


# --- clients never set progression -------------------------------------------------------------------


def test_a_parent_cannot_set_level_xp_or_streak_through_the_api(personas, as_user):
    # given
    child = personas.child_a
    activity_record(child=child, xp=60, when=at(DAY0))
    before = profile_of(child)
    # when
    response = as_user(personas.parent_a).put(
        f"/api/users/children/{child.pk}",
        {"age": 11, "level": 40, "xp": 10_000, "streak_days": 365, "last_activity_date": "2030-01-01"},
        format="json")
    # then
    assert response.status_code == 200
    after = profile_of(child)
    assert after.age == 11
    assert (after.level, after.xp, after.streak_days, after.last_activity_date) == (
        before.level, before.xp, before.streak_days, before.last_activity_date) == (2, 60, 1, at(DAY0))
    assert response.json()["level"] == 2


def test_a_child_cannot_set_its_own_level_or_streak(personas, as_user):
    # when
    response = as_user(personas.child_a).put(f"/api/users/children/{personas.child_a.pk}",
                                             {"level": 40, "streak_days": 365}, format="json")
    # then
    assert response.status_code == 403
    assert (profile_of(personas.child_a).level, profile_of(personas.child_a).streak_days) == (1, 0)


# --- achievements ------------------------------------------------------------------------------------


def _first_coin(personas, child, round_):
    task = money.task_create(actor=personas.parent_a, assigned_to=child, title=f"Chore {round_}", coins_reward=3)
    money.task_update(actor=child, task=task, status="completed")
    response = client_for(personas.parent_a).put(f"/api/parent/tasks/{task.pk}/approve")
    assert response.status_code == 200, response.content


def _hundred_earned(personas, child, round_):
    response = client_for(personas.parent_a).post(f"/api/users/{child.pk}/transactions",
                                                  {"type": "earn", "amount": 100, "description": "Prize"},
                                                  format="json")
    assert response.status_code == 200, response.content


def _goal_reached(personas, child, round_):
    money.ledger_post(actor=None, child=child, type="earn", amount=20, delta=20, description="Test credit",
                      category="test")
    goal = GoalFactory(user=child, target_amount=20)
    response = client_for(child).put(f"/api/child/goals/{goal.pk}/progress", {"amount": 20}, format="json")
    assert response.json()["goal"]["is_completed"] is True, response.content


def _saved_hundred(personas, child, round_):
    money.ledger_post(actor=None, child=child, type="earn", amount=100, delta=100, description="Test credit",
                      category="test")
    goal = GoalFactory(user=child, target_amount=1000)
    response = client_for(child).put(f"/api/child/goals/{goal.pk}/progress", {"amount": 100}, format="json")
    assert response.status_code == 200, response.content


def _seven_day_streak(personas, child, round_):
    start = DAY0 + timedelta(days=7 * round_)
    for offset in range(7):
        activity_record(child=child, when=at(start + timedelta(days=offset)))


def _first_module(personas, child, round_):
    module = ModuleFactory(points_reward=0)
    response = client_for(child).post(f"/api/learning-modules/{module.pk}/complete", {"score": 80}, format="json")
    assert response.status_code == 200, response.content


def _five_modules(personas, child, round_):
    for _ in range(5):
        _first_module(personas, child, round_)


def _quiz_ace(personas, child, round_):
    built = quiz_module(points_reward=0)
    response = client_for(child).post(f"/api/child/modules/{built.module.pk}/quiz", built.answers(), format="json")
    assert response.json()["score"] == 100, response.content


def _first_game(personas, child, round_):
    response = client_for(child).post(f"/api/activities/{round_ + 1}/complete", {}, format="json")
    assert response.json()["coins_earned"] > 0, response.content


def _first_giving(personas, child, round_):
    money.ledger_post(actor=None, child=child, type="earn", amount=5, delta=5, description="Test credit",
                      category="test")
    response = client_for(child).post(f"/api/users/{child.pk}/transactions",
                                      {"type": "spend", "amount": 5, "category": "giving",
                                       "description": "For the animal shelter"}, format="json")
    assert response.status_code == 200, response.content


TRIGGERS = {"first-coin": _first_coin, "hundred-earned": _hundred_earned, "first-goal": _goal_reached,
            "saver-100": _saved_hundred, "streak-7": _seven_day_streak, "first-module": _first_module,
            "five-modules": _five_modules, "quiz-ace": _quiz_ace, "first-game": _first_game,
            "first-giving": _first_giving}


def test_every_seeded_achievement_has_a_trigger_here():
    # then
    assert set(TRIGGERS) == {row[0] for row in ACHIEVEMENTS} == set(Achievement.objects.values_list("code", flat=True))


@pytest.mark.parametrize("code", TRIGGERS, ids=list(TRIGGERS))
def test_each_achievement_is_awarded_once_by_its_trigger_and_pays_its_reward_once(personas, code):
    # given
    child = personas.child_a
    achievement = Achievement.objects.get(code=code)
    assert code not in awarded(child)
    # when: the trigger happens, then happens again
    TRIGGERS[code](personas, child, 0)
    first_balance = balance(child)
    TRIGGERS[code](personas, child, 1)
    # then
    assert awarded(child)[code] == 1
    entries = reward_entries(child, code)
    if achievement.points_reward:
        assert [(e.type, e.category, e.amount, e.delta) for e in entries] == [
            ("earn", "achievement", achievement.points_reward, achievement.points_reward)]
        assert entries[0].balance_after <= first_balance
    else:
        assert entries == []
    assert all(n == 1 for n in awarded(child).values()), awarded(child)
    assert_books_balance(child)


def test_hard_worker_is_not_awarded_at_ninety_nine_coins(personas):
    # given
    child = personas.child_a
    # when
    earn(child, 99)
    # then
    assert "hundred-earned" not in awarded(child)
    assert "first-coin" in awarded(child)
    earn(child, 1)
    assert "hundred-earned" in awarded(child)


def test_an_achievement_whose_reward_crosses_a_hundred_earned_brings_hard_worker_with_it(personas):
    # given: 91 coins earned and six days in a row up to yesterday
    child = personas.child_a
    earn(child, 90)
    ChildProfile.objects.filter(user=child).update(streak_days=6,
                                                   last_activity_date=timezone.now() - timedelta(days=1))
    # when: one more coin today makes seven days: "On Fire" pays 15, which makes 106 coins earned
    earn(child, 1)
    # then: "Hard Worker" is awarded by the same event, not owed to whatever the child does next
    assert {"streak-7", "hundred-earned"} <= set(awarded(child))
    assert achievements_check(child=child) == []
    assert_books_balance(child)


def test_six_days_in_a_row_are_not_yet_on_fire(personas):
    # given
    child = personas.child_a
    # when
    for offset in range(6):
        activity_record(child=child, when=at(DAY0 + timedelta(days=offset)))
    # then
    assert "streak-7" not in awarded(child)
    activity_record(child=child, when=at(DAY0 + timedelta(days=6)))
    assert "streak-7" in awarded(child)


def test_a_failed_quiz_is_no_quiz_ace(personas, as_user):
    # given
    built = quiz_module(points_reward=0)
    # when: one question of two answered wrong, then a pass with 100
    body = as_user(personas.child_a).post(f"/api/child/modules/{built.module.pk}/quiz",
                                          built.answers(multiple=False), format="json").json()
    # then
    assert body["score"] == 50.0
    assert "quiz-ace" not in awarded(personas.child_a)


def test_a_coin_spent_in_the_shop_is_no_giving(personas, as_user):
    # given
    child = personas.child_a
    money.ledger_post(actor=None, child=child, type="earn", amount=5, delta=5, description="Test credit",
                      category="test")
    # when
    as_user(child).post(f"/api/users/{child.pk}/transactions",
                        {"type": "spend", "amount": 5, "category": "toys", "description": "A ball"}, format="json")
    # then
    assert "first-giving" not in awarded(child)


def test_an_earned_achievement_is_listed_on_the_child_and_parent_views(personas, as_user):
    # given
    child = personas.child_a
    as_user(child).post("/api/activities/1/complete", {}, format="json")
    # when
    dashboard = as_user(child).get("/api/child/dashboard").json()
    role_dashboard = as_user(child).get("/api/dashboard/younger_child").json()
    progress = as_user(personas.parent_a).get(f"/api/parent/children/{child.pk}/progress").json()
    # then
    titles = {"Game On", "First Coin"}
    assert {a["title"] for a in dashboard["achievements"]} == titles
    assert {a["title"] for a in role_dashboard["achievements"]} == titles
    assert {a["title"] for a in progress["achievements"]} == titles
    assert {a["title"] for a in progress["recent_achievements"]} == titles
    game_on = next(a for a in progress["achievements"] if a["title"] == "Game On")
    assert (game_on["icon"], game_on["rarity"]) == ("ri-gamepad-line", "common")


def test_another_family_never_sees_the_achievements(personas, as_user):
    # given
    as_user(personas.child_a).post("/api/activities/1/complete", {}, format="json")
    # when
    response = as_user(personas.parent_b).get(f"/api/parent/children/{personas.child_a.pk}/progress")
    # then
    assert response.status_code == 404
    assert "Game On" not in response.content.decode()


# --- concurrency -------------------------------------------------------------------------------------


def family():
    parent = ParentFactory()
    child = ChildFactory(profile__parent=parent)
    return parent, child


@pytest.mark.django_db(transaction=True)
def test_concurrent_checks_of_the_same_achievement_award_it_once():
    # given: a child who earned 100 coins without the check having run yet
    achievements_ensure()
    _, child = family()
    money.ledger_post(actor=None, child=child, type="earn", amount=100, delta=100, description="Chores",
                      category="task", record_activity=False)
    # when: eight checks at the same moment
    results = run_concurrently([lambda: achievements_check(child=child) for _ in range(8)])
    # then
    assert not [r for r in results if isinstance(r, Exception)], results
    assert sum(len(r) for r in results) == 2  # "First Coin" and "Hard Worker", each by one thread
    assert awarded(child) == Counter({"first-coin": 1, "hundred-earned": 1})
    assert len(reward_entries(child, "hundred-earned")) == 1
    assert balance(child) == 105
    assert_books_balance(child)


@pytest.mark.django_db(transaction=True)
def test_two_bonuses_crossing_a_hundred_at_the_same_moment_award_hard_worker_once():
    # given
    achievements_ensure()
    parent, child = family()
    url = f"/api/users/{child.pk}/transactions"
    # when
    responses = run_concurrently([
        lambda: client_for(parent).post(url, {"type": "earn", "amount": 100, "description": "Prize"}, format="json")
        for _ in range(2)])
    # then
    assert [getattr(r, "status_code", r) for r in responses] == [200, 200]
    assert awarded(child) == Counter({"first-coin": 1, "hundred-earned": 1})
    assert len(reward_entries(child, "hundred-earned")) == 1
    assert balance(child) == 205
    assert profile_of(child).xp == 205
    assert_books_balance(child)


@pytest.mark.django_db(transaction=True)
def test_two_first_games_finished_at_the_same_moment_award_game_on_once():
    # given
    achievements_ensure()
    activities_ensure()
    _, child = family()
    # when
    responses = run_concurrently([
        lambda game=game: client_for(child).post(f"/api/activities/{game}/complete", {}, format="json")
        for game in (1, 2)])
    # then
    assert [getattr(r, "status_code", r) for r in responses] == [200, 200]
    assert awarded(child) == Counter({"first-game": 1, "first-coin": 1})
    assert balance(child) == 10 + 15
    assert profile_of(child).xp == 2 * progression.XP_PER_ACTIVITY + 25
    assert_books_balance(child)
