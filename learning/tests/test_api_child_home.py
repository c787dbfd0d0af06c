"""The children's app home (``GET /api/child/dashboard``): everything its first paint shows, in one call.

Balance, level and XP bar, the streak and whether a holiday pauses it, today's goals, chores to do,
goal cards at the child's pace, newest achievements, assigned lessons with their due dates and the
lesson the child started on its own to keep going, for children and teens, at a constant number of
queries whatever the history's size.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from accounts.models import ChildProfile
from economy import services as money
from economy.api.serializers import TaskReadSerializer
from economy.models import Task
from economy.tests.factories import GoalFactory, TaskFactory, fund_goal
from economy.tests.history import SIZE_IDS, SIZES, dated_entry
from learning.models import Achievement
from learning.progression import streak_pause
from learning.tests.factories import ModuleFactory, ProgressFactory
from learning.tests.helpers import assert_types
from learning.tests.history import history, module_pool

HOME = "/api/child/dashboard"


def home(client) -> dict:
    response = client.get(HOME)
    assert response.status_code == 200, response.content[:500]
    return response.json()


def days(n: float):
    return timezone.now() + timedelta(days=n)


def paid(child, title: str, reward: int, days_ago: float) -> Task:
    when = days(-days_ago)
    return TaskFactory(assigned_to=child, title=title, coins_reward=reward, status="approved", completed_at=when,
                       approved_at=when)


# --- the streak --------------------------------------------------------------------------------------


def test_home_says_when_a_holiday_pauses_the_streak(personas, as_user):
    # given
    today = timezone.now().date()
    streak_pause(actor=personas.parent_a, child=personas.child_a, start=today - timedelta(days=1),
                 end=today + timedelta(days=3))
    # when
    child = home(as_user(personas.child_a))["child"]
    # then
    assert (child["streak_paused"], child["streak_paused_until"]) == (True, str(today + timedelta(days=3)))


@pytest.mark.parametrize("start, end", [(2, 5), (-5, -1)], ids=["pause-ahead", "pause-over"])
def test_a_pause_that_does_not_cover_today_does_not_pause_the_streak(personas, as_user, start, end):
    # given
    today = timezone.now().date()
    streak_pause(actor=personas.parent_a, child=personas.child_a, start=today + timedelta(days=start),
                 end=today + timedelta(days=end))
    # when
    child = home(as_user(personas.child_a))["child"]
    # then
    assert (child["streak_paused"], child["streak_paused_until"]) == (False, None)


# --- chores to do ------------------------------------------------------------------------------------


def test_home_lists_the_chores_to_do_soonest_due_first(personas, as_user):
    # given
    child = personas.child_a
    late = TaskFactory(assigned_to=child, title="Feed the cat", due_date=days(-1))
    soon = TaskFactory(assigned_to=child, title="Tidy your room", due_date=days(2), status="in_progress")
    undated = TaskFactory(assigned_to=child, title="Water the plants")
    again = TaskFactory(assigned_to=child, title="Make your bed", status="rejected", due_date=days(5))
    TaskFactory(assigned_to=child, title="Waiting for the parent", status="completed")
    paid(child, "Already paid", 5, 1)
    TaskFactory(assigned_to=personas.teen_a, title="The sibling's")
    # when
    chores = home(as_user(child))["chores"]
    # then
    assert [(c["title"], c["status"], c["overdue"]) for c in chores] == [
        ("Feed the cat", "pending", True), ("Tidy your room", "in_progress", False),
        ("Make your bed", "rejected", False), ("Water the plants", "pending", False)]
    rendered = TaskReadSerializer([late, soon, again, undated], many=True).data
    assert [{k: v for k, v in c.items() if k != "overdue"} for c in chores] == \
        [dict(row) for row in _as_json(rendered)]


def _as_json(data):
    """What the JSON renderer makes of serializer data (UUIDs and datetimes as strings)."""
    import json

    from rest_framework.renderers import JSONRenderer

    return json.loads(JSONRenderer().render(data))


def test_home_shows_at_most_ten_chores(personas, as_user):
    # given
    for i in range(12):
        TaskFactory(assigned_to=personas.child_a, title=f"Chore {i}")
    # when
    chores = home(as_user(personas.child_a))["chores"]
    # then
    assert len(chores) == 10


# --- assigned lessons --------------------------------------------------------------------------------


def test_home_lists_assigned_lessons_with_due_dates_and_marks_the_overdue(personas, as_user):
    # given
    child, teacher = personas.child_a, personas.teacher_1
    assigned = dict(assigned_by=teacher, assigned_at=days(-3))
    ProgressFactory(user=child, module=ModuleFactory(title="Overdue"), due_date=days(-1), **assigned)
    ProgressFactory(user=child, module=ModuleFactory(title="Due soon"), due_date=days(2), **assigned)
    ProgressFactory(user=child, module=ModuleFactory(title="Started"), due_date=days(4), status="in_progress",
                    progress_percentage=50, **assigned)
    ProgressFactory(user=child, module=ModuleFactory(title="No due date"), **assigned)
    ProgressFactory(user=child, module=ModuleFactory(title="Done"), due_date=days(-2), status="completed",
                    is_completed=True, **assigned)
    ProgressFactory(user=child, module=ModuleFactory(title="Self-started"), status="in_progress")
    ProgressFactory(user=personas.child_b, module=ModuleFactory(title="Not mine"), due_date=days(1))
    # when
    lessons = home(as_user(child))["assigned_lessons"]
    # then
    assert [(x["title"], x["status"], x["overdue"], x["due_date"] is not None) for x in lessons] == [
        ("Overdue", "assigned", True, True), ("Due soon", "assigned", False, True),
        ("Started", "in_progress", False, True), ("No due date", "assigned", False, False)]
    assert_types(lessons[0], {"id": "uuid", "title": str, "due_date": "datetime", "assigned_at": "datetime",
                              "assigned_by": "uuid", "duration": int, "progress": (int, float), "overdue": bool})


def test_the_assigned_modules_list_marks_the_overdue_too(personas, as_user):
    # given
    ProgressFactory(user=personas.child_a, module=ModuleFactory(title="Late"), due_date=days(-1))
    ProgressFactory(user=personas.child_a, module=ModuleFactory(title="Fine"), due_date=days(1))
    # when
    rows = as_user(personas.child_a).get("/api/child/assigned-modules").json()
    # then
    assert [(r["title"], r["overdue"]) for r in rows] == [("Late", True), ("Fine", False)]


# --- goal cards at the child's pace ------------------------------------------------------------------


def test_home_goal_cards_show_coins_to_go_and_time_to_goal(personas, as_user):
    # given: 28 coins earned in the last four weeks (7 a week, 1 a day); "Feed the cat" (5) paid most
    Achievement.objects.all().delete()  # (their rewards would count as earned)
    child = personas.child_a
    dated_entry(child, 28, 3)
    paid(child, "Feed the cat", 5, 2)
    fund_goal(GoalFactory(user=child, title="Kite", target_amount=30), 12)
    GoalFactory(user=child, title="Bike", target_amount=200)
    # when
    cards = home(as_user(child))["todays_goals"]
    # then
    assert [(g["title"], g["coins_to_go"], g["earned_per_week"], g["days_to_goal"], g["price_in_chores"])
            for g in cards] == [
        ("Kite", 18, 7, 18, {"times": 4, "chore": "Feed the cat", "reward": 5}),
        ("Bike", 200, 7, 200, {"times": 40, "chore": "Feed the cat", "reward": 5})]


def test_a_new_childs_goal_cards_have_no_pace_yet(personas, as_user):
    # given
    GoalFactory(user=personas.child_a, title="Kite", target_amount=30)
    # when
    cards = home(as_user(personas.child_a))["todays_goals"]
    # then
    assert [(g["coins_to_go"], g["earned_per_week"], g["days_to_goal"], g["price_in_chores"]) for g in cards] == [
        (30, 0, None, None)]


def test_home_says_which_lesson_the_child_started_on_its_own_to_keep_going(personas, as_user):
    # given: lessons the child opened itself, one finished, one a teacher assigned, one another child's
    child = personas.child_a
    earlier = ProgressFactory(user=child, module=ModuleFactory(title="Opened last week"), status="in_progress",
                              progress_percentage=20)
    ProgressFactory(user=child, module=ModuleFactory(title="Read yesterday"), status="in_progress",
                    progress_percentage=60)
    ProgressFactory(user=child, module=ModuleFactory(title="Finished"), status="completed", is_completed=True,
                    progress_percentage=100)
    ProgressFactory(user=child, module=ModuleFactory(title="From the teacher"), status="in_progress",
                    progress_percentage=80, assigned_by=personas.teacher_1, assigned_at=days(-1))
    ProgressFactory(user=personas.child_b, module=ModuleFactory(title="Not mine"), status="in_progress")
    client = as_user(child)
    # when
    latest = home(client)["keep_going"]
    earlier.progress_percentage = 40
    earlier.save()  # read further today: now the latest worked on
    after_reading = home(client)["keep_going"]
    # then
    assert (latest["title"], latest["progress"]) == ("Read yesterday", 60)
    assert_types(latest, {"id": "uuid", "title": str, "progress": (int, float)})
    assert (after_reading["id"], after_reading["progress"]) == (str(earlier.module_id), 40)


def test_home_has_no_lesson_to_keep_going_when_every_started_one_is_done_or_assigned(personas, as_user):
    # given
    child = personas.child_a
    ProgressFactory(user=child, status="completed", is_completed=True, progress_percentage=100)
    ProgressFactory(user=child, status="in_progress", assigned_by=personas.teacher_1, assigned_at=days(-1))
    # when
    body = home(as_user(child))
    # then
    assert body["keep_going"] is None
    assert len(body["assigned_lessons"]) == 1


# --- the whole screen, for a child and for a teen ----------------------------------------------------


@pytest.mark.parametrize("persona", ["child_a", "teen_a"])
def test_home_carries_every_part_of_the_screen(personas, as_user, persona):
    # given
    child = personas[persona]
    money.transaction_record(actor=personas.parent_a, child=child, type="earn", amount=30, description="Bonus")
    TaskFactory(assigned_to=child, title="Wash up", due_date=days(1))
    fund_goal(GoalFactory(user=child, title="Kite", target_amount=50), 10)
    ProgressFactory(user=child, assigned_by=personas.teacher_1, assigned_at=days(-1), due_date=days(3))
    # when
    body = home(as_user(child))
    # then
    assert_types(body["child"], {"coins": int, "level": int, "xp": int, "xp_for_next_level": int,
                                 "level_progress": (int, float), "streak_days": int, "streak_paused": bool})
    assert body["child"]["coins"] == ChildProfile.objects.get(user=child).coins
    assert [g["id"] for g in body["daily_goals"]] == ["lessons", "coins", "games", "practice"]
    assert [c["title"] for c in body["chores"]] == ["Wash up"]
    assert [g["title"] for g in body["todays_goals"]] == ["Kite"]
    assert body["todays_goals"][0]["coins_to_go"] == 40 and body["todays_goals"][0]["earned_per_week"] > 0
    assert body["achievements"], "the bonus earned the first achievement"
    assert len(body["assigned_lessons"]) == 1


def test_the_teen_dashboard_shows_its_goals_at_its_pace(personas, as_user):
    # given
    Achievement.objects.all().delete()
    teen = personas.teen_a
    dated_entry(teen, 56, 1)
    paid(teen, "Mow the lawn", 20, 1)
    GoalFactory(user=teen, title="Laptop", target_amount=100, category="saving")
    # when
    goals = as_user(teen).get("/api/teen/dashboard").json()["goals"]["saving"]
    # then
    assert [(g["title"], g["coins_to_go"], g["earned_per_week"], g["days_to_goal"], g["price_in_chores"])
            for g in goals] == [("Laptop", 100, 14, 50, {"times": 5, "chore": "Mow the lawn", "reward": 20})]


# --- constant queries --------------------------------------------------------------------------------


def lessons_and_chores(child, teacher, size: int) -> None:
    for i in range(size):
        ProgressFactory(user=child, assigned_by=teacher, assigned_at=days(-i), due_date=days(i - size // 2))
    Task.objects.bulk_create([
        Task(assigned_by=child.child_profile.parent, assigned_to=child, title=f"Chore {i % 9}", coins_reward=2,
             status=("pending", "approved", "rejected")[i % 3], due_date=days(i - size // 2),
             approved_at=days(-(i % 30)) if i % 3 == 1 else None) for i in range(size * 3)])


@pytest.mark.parametrize("size", SIZES, ids=SIZE_IDS)
@pytest.mark.parametrize(("persona", "url", "queries"), [
    # the user, the figures (goals, lessons, games, earnings), the typical chore, the goal cards, the
    # adventures (two), the awards, the chores, the lessons, the lesson to resume; the teen's dashboard:
    # the user, its budget, the adventures (one: none for the teen here), the figures, the chore, the awards,
    # its goals
    ("child_a", HOME, 13), ("teen_a", HOME, 13), ("teen_a", "/api/teen/dashboard", 10)],
    ids=["child-home", "teen-home", "teen-dashboard"])
def test_home_runs_a_constant_number_of_queries(personas, as_user, django_assert_num_queries, size, persona, url,
                                                queries):
    # given: the history (ledger, goals, tasks, lessons, awards) and assigned lessons and chores at two sizes
    child = personas[persona]
    history(child, size, module_pool(min(size, 20)), parent=personas.parent_a)
    lessons_and_chores(child, personas.teacher_1, 1 if size == 1 else 25)
    client = as_user(child)
    client.get(url)  # (a first visit: the second is the one counted)
    # when
    with django_assert_num_queries(queries):
        response = client.get(url)
    # then
    assert response.status_code == 200
    if url == HOME:
        assert response.json()["chores"] and response.json()["assigned_lessons"]
        assert response.json()["todays_goals"][0]["price_in_chores"] is not None
