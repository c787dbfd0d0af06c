"""Every dashboard and stats endpoint (API.md §9, §10, §11, §14, §15, D-11): its shape, its values
computed from what the family really did, and a constant number of queries whatever the history's size
(1 row or 1,000 ledger rows) and the number of children, classes and students.

Authorization is covered by the route matrix (coincraft/tests/test_route_matrix.py).
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from accounts.models import ChildProfile
from accounts.tests.factories import ChildFactory, ParentFactory, TeacherFactory, TeenFactory
from classroom.tests.factories import ClassroomFactory, EnrolmentFactory
from economy import services as money
from economy.models import Goal, Transaction
from economy.selectors import ledger_discrepancies
from economy.tests.factories import GoalFactory, TaskFactory, fund_goal, redeem
from economy.tests.history import SIZE_IDS, SIZES, dated_entry
from learning.models import Achievement, UserAchievement, UserModuleProgress
from learning.progression import achievements_ensure, activity_record, level_for, xp_for_level
from learning.services import activities_ensure
from learning.tests.factories import ModuleFactory
from learning.tests.helpers import NULLABLE_INT, NULLABLE_STR, NUMBER, achievement_coins, assert_error, assert_types
from learning.tests.history import history, module_pool

GOAL_READ = {"id": "uuid", "user_id": "uuid", "title": str, "description": NULLABLE_STR, "target_amount": int,
             "current_amount": int, "icon": NULLABLE_STR, "color": NULLABLE_STR, "deadline": "datetime?",
             "is_completed": bool, "created_at": "datetime", "updated_at": "datetime"}
TRANSACTION_READ = {"id": "uuid", "user_id": "uuid", "type": str, "amount": int, "description": str,
                    "category": NULLABLE_STR, "source": NULLABLE_STR, "reference_id": NULLABLE_STR,
                    "reference_type": NULLABLE_STR, "created_at": "datetime"}
TASK_READ = {"id": "uuid", "title": str, "description": NULLABLE_STR, "coins_reward": int, "due_date": "datetime?",
             "requires_approval": bool, "assigned_by": "uuid", "assigned_to": "uuid", "status": str,
             "completed_at": "datetime?", "approved_at": "datetime?", "created_at": "datetime"}
USER_READ = {"id": "uuid", "email": str, "is_active": bool, "is_superuser": bool, "is_verified": bool, "name": str,
             "role": str, "avatar_url": NULLABLE_STR, "created_at": "datetime", "updated_at": "datetime"}
CHILD_SUMMARY = {**USER_READ, "age": NULLABLE_INT, "coins": int, "level": int, "streak_days": int}
DASHBOARD_STATS = {"total_coins": int, "level": int, "streak_days": int, "goals_count": int, "completed_tasks": int}
ACHIEVEMENT_READ = {"id": "uuid", "title": str, "description": str, "icon": NULLABLE_STR, "rarity": str,
                    "points_reward": int, "earned_at": "datetime"}
ACHIEVEMENT_CARD = {"id": "uuid", "title": str, "description": str, "icon": NULLABLE_STR, "badge": str, "coins": int,
                    "date": str, "colorScheme": str}
REDEMPTION_READ = {"id": "uuid", "user_id": "uuid", "coins_amount": int, "cash_amount": float,
                   "description": NULLABLE_STR, "status": str, "approved_by": "uuid?", "approved_at": "datetime?",
                   "created_at": "datetime"}
PROGRESS_GOAL = {"id": str, "title": str, "current": int, "total": int, "icon": str, "color_scheme": str}
DAILY_GOALS = [("lessons", "Read Lessons", 3, "ri-book-open-line", "orange"),
               ("coins", "Earn Coins", 50, "ri-coins-line", "blue"),
               ("games", "Complete Games", 2, "ri-gamepad-line", "green"),
               ("practice", "Practice Time", 20, "ri-time-line", "purple")]


@pytest.fixture(autouse=True)
def seeded(db):
    activities_ensure()
    achievements_ensure()


def get(client, url: str):
    """The JSON body of a GET that must succeed."""
    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code, response.content[:500])
    return response.json()


def bonus(parent, child, amount: int, description: str = "Well done"):
    """A parent's bonus: coins earned, recorded as activity."""
    return money.transaction_record(actor=parent, child=child, type="earn", amount=amount, description=description)


def credit(child, amount: int):
    """Coins that were not earned (a test credit): no XP, no achievement."""
    return money.ledger_post(actor=None, child=child, type="earn", amount=amount, delta=amount,
                             description="Test credit", category="test")


def complete_module(client, module, score: int = 100):
    response = client.post(f"/api/learning-modules/{module.pk}/complete", {"score": score}, format="json")
    assert response.status_code == 200, response.content
    return response


def date_progress(child, module, days_ago: float, score: float = 80):
    when = timezone.now() - timedelta(days=days_ago)
    return UserModuleProgress.objects.create(user=child, module=module, status="completed", is_completed=True,
                                             progress_percentage=100, score=score, started_at=when,
                                             completed_at=when)


def daily(goals: list[dict]) -> dict:
    return {g["id"]: g["current"] for g in goals}


# --- GET /api/child/dashboard ------------------------------------------------------------------------


def test_child_dashboard_has_the_apps_shape(personas, as_user):
    # given
    child = personas.child_a
    credit(child, 30)
    fund_goal(GoalFactory(user=child), 5)
    ModuleFactory()
    as_user(child).post("/api/activities/1/complete", {}, format="json")
    # when
    body = get(as_user(child), "/api/child/dashboard")
    # then
    assert set(body) >= {"child", "todays_goals", "adventures", "achievements", "learning_journey", "stats",
                         "daily_goals"}
    assert_types(body["child"], {"id": "uuid", "name": str, "avatar": NULLABLE_STR, "coins": int, "level": int,
                                 "streak_days": int, "xp": int, "xp_for_next_level": int, "level_progress": NUMBER})
    assert_types(body["todays_goals"][0], {"id": "uuid", "title": str, "current": int, "total": int,
                                           "icon": NULLABLE_STR, "deadline": NULLABLE_STR,
                                           "days_remaining": (int, type(None)), "colorScheme": str})
    assert_types(body["adventures"][0], {"id": "uuid", "title": str, "description": str, "emoji": str,
                                         "difficulty": str, "coins": int, "completed": bool, "colorScheme": str,
                                         "buttonText": str})
    assert_types(body["achievements"][0], ACHIEVEMENT_CARD)
    assert [item["id"] for item in body["learning_journey"]] == [1, 2, 3]
    assert_types(body["stats"], {"total_goals": int, "completed_goals": int, "total_coins": int, "streak_days": int})
    for goal in body["daily_goals"]:
        assert_types(goal, PROGRESS_GOAL)


def test_child_dashboard_shows_the_childs_real_goals_adventures_and_progress(personas, as_user):
    # given: 30 coins earned; a goal over half full, one under, one reached; an easy module done
    child = personas.child_a
    bonus(personas.parent_a, child, 30)
    fund_goal(GoalFactory(user=child, title="Bike", target_amount=10), 6)
    GoalFactory(user=child, title="Book", target_amount=100)
    fund_goal(GoalFactory(user=child, title="Kite", target_amount=4), 4)
    easy = ModuleFactory(title="A coins", difficulty="easy")
    ModuleFactory(title="B budgets", difficulty="medium")
    ModuleFactory(title="C hard", difficulty="hard")
    ModuleFactory(title="D draft", difficulty="easy", is_published=False)
    complete_module(as_user(child), easy)
    profile = ChildProfile.objects.get(user=child)
    # when
    body = get(as_user(child), "/api/child/dashboard")
    # then
    assert profile.xp == 30 + 40 + 25 + achievement_coins(child)
    floor, ceiling = xp_for_level(profile.level), xp_for_level(profile.level + 1)
    assert body["child"] == {"id": str(child.pk), "name": child.name, "avatar": child.avatar_url,
                             "coins": profile.coins, "level": level_for(profile.xp), "xp": profile.xp,
                             "xp_for_next_level": ceiling,
                             "level_progress": round((profile.xp - floor) / (ceiling - floor) * 100, 1),
                             "streak_days": 1, "streak_paused": False, "streak_paused_until": None}
    assert [(g["title"], g["current"], g["total"], g["colorScheme"]) for g in body["todays_goals"]] == [
        ("Bike", 6, 10, "green"), ("Book", 0, 100, "yellow")]
    assert [(a["title"], a["completed"], a["buttonText"], a["colorScheme"]) for a in body["adventures"]] == [
        ("A coins", True, "Play Again", "blue"), ("B budgets", False, "Start Adventure!", "purple")]
    assert [item["completed"] for item in body["learning_journey"]] == [True, True, True]
    assert body["stats"] == {"total_goals": 2, "completed_goals": 1, "total_coins": profile.coins,
                             "streak_days": 1, "level": profile.level, "xp": profile.xp}
    assert {a["title"] for a in body["achievements"]} >= {"First Coin", "Bookworm", "Goal Getter"}


def test_a_new_childs_dashboard_is_empty_but_whole(personas, as_user):
    # given
    child = ChildFactory()
    # when
    body = get(as_user(child), "/api/child/dashboard")
    # then
    assert (body["child"]["coins"], body["child"]["level"], body["child"]["streak_days"]) == (0, 1, 0)
    assert (body["todays_goals"], body["achievements"]) == ([], [])
    assert [item["completed"] for item in body["learning_journey"]] == [False, False, False]
    assert daily(body["daily_goals"]) == {"lessons": 0, "coins": 0, "games": 0, "practice": 0}


# --- GET /api/child/stats ----------------------------------------------------------------------------


def test_child_stats_count_real_earnings_spending_goals_and_lessons(personas, as_user):
    # given
    child = personas.child_a
    bonus(personas.parent_a, child, 50)
    money.balance_adjust(actor=personas.parent_a, child=child, delta=20, reason="Birthday")
    money.transaction_record(actor=child, child=child, type="spend", amount=5, description="Sweets",
                             category="shop")
    fund_goal(GoalFactory(user=child, target_amount=100), 10)
    GoalFactory(user=child, is_completed=True)
    ModuleFactory(is_published=False)
    complete_module(as_user(child), ModuleFactory(points_reward=0))
    ModuleFactory()
    # when
    body = get(as_user(child), "/api/child/stats")
    # then
    earned = 50 + achievement_coins(child)
    profile = ChildProfile.objects.get(user=child)
    assert body["profile"]["coins"] == profile.coins == 50 + 20 - 5 + achievement_coins(child)
    assert (body["profile"]["level"], body["profile"]["xp"]) == (profile.level, profile.xp)
    assert body["goals"] == {"active": 1, "completed": 1, "total": 2}
    assert body["activities"] == {"completed": 1, "total_available": 2}
    assert body["transactions"] == {"total_earned": earned, "total_spent": 5, "net_balance": earned - 5}


def test_child_stats_count_coins_turned_into_pocket_money_as_spent(personas, as_user):
    # given: coins set aside for a conversion, as every other reader of the ledger counts them
    child = personas.child_a
    bonus(personas.parent_a, child, 50)
    money.redemption_create(actor=child, child=child, coins_amount=20)
    # when
    body = get(as_user(child), "/api/child/stats")
    # then
    earned = 50 + achievement_coins(child)
    assert body["transactions"] == {"total_earned": earned, "total_spent": 20, "net_balance": earned - 20}


# --- GET /api/teen/dashboard and /api/teen/analytics -------------------------------------------------


def test_teen_dashboard_splits_the_balance_and_groups_goals_by_category(personas, as_user):
    # given
    teen = personas.teen_a
    credit(teen, 100)
    bonus(personas.parent_a, teen, 20)
    GoalFactory(user=teen, title="Laptop", category="saving", target_amount=200)
    GoalFactory(user=teen, title="Concert", category="wants", target_amount=40)
    GoalFactory(user=teen, title="Bus pass", category="spending", target_amount=30)
    GoalFactory(user=teen, title="Old", category="saving", is_completed=True)
    ModuleFactory(title="Easy one", difficulty="easy")
    done = ModuleFactory(title="Investing", difficulty="hard")
    ModuleFactory(title="Budgeting", difficulty="medium")
    complete_module(as_user(teen), done)
    coins = ChildProfile.objects.get(user=teen).coins
    # when
    body = get(as_user(teen), "/api/teen/dashboard")
    # then
    assert_types(body["teen"], {"id": "uuid", "name": str, "fullName": str, "email": str, "avatar": NULLABLE_STR,
                                "coins": int, "level": int, "streak_days": int, "totalCoinsEarned": int,
                                "goalsCompleted": int})
    assert (body["teen"]["coins"], body["teen"]["totalCoinsEarned"], body["teen"]["goalsCompleted"]) == (
        coins, 20 + 40 + achievement_coins(teen), 1)
    assert body["budget_overview"] == {"total_coins": coins, "percentages": {"saving": 40, "spending": 35, "wants": 25},
                                       "allocations": {"saving": coins * 40 // 100, "spending": coins * 35 // 100,
                                                       "wants": coins * 25 // 100}}
    assert {k: [g["title"] for g in v] for k, v in body["goals"].items()} == {
        "saving": ["Laptop"], "spending": ["Bus pass"], "wants": ["Concert"]}
    assert_types(body["goals"]["saving"][0], {"id": "uuid", "title": str, "targetAmount": int, "currentAmount": int,
                                              "category": str, "progress_percentage": NUMBER, "deadline": "datetime?"})
    # ordered by (difficulty, title), as the original: "hard" sorts before "medium"
    assert [(a["title"], a["completed"]) for a in body["activities"]] == [("Investing", True), ("Budgeting", False)]
    assert len(body["quick_actions"]) == 4
    assert body["stats"] == {"total_goals": 3, "completed_activities": 1,
                             "streak_days": body["teen"]["streak_days"], "level": body["teen"]["level"]}
    assert body["teen"]["streak_days"] == 1


@pytest.fixture
def teen_history(personas):
    """A teen's year: earnings of 16, 8, 4, 2 and 1 coins 400, 200, 60, 20 and 3 days ago; 2 coins saved
    60 days ago; 1 coin given 20 days ago and 1 spent in the shop 3 days ago; lessons done 60 and 3 days
    ago (scores 90 and 80)."""
    teen = personas.teen_a
    for amount, days in ((16, 400), (8, 200), (4, 60)):
        dated_entry(teen, amount, days)
    goal = GoalFactory(user=teen, target_amount=100)
    _, saved = money.goal_contribute(actor=teen, goal=goal, amount=2)
    Transaction.objects.filter(pk=saved.pk).update(created_at=timezone.now() - timedelta(days=59))
    dated_entry(teen, 2, 20)
    dated_entry(teen, 1, 19, type="spend", category="giving")
    dated_entry(teen, 1, 3)
    dated_entry(teen, 1, 2, type="spend", category="shop")
    date_progress(teen, ModuleFactory(), 60, score=90)
    date_progress(teen, ModuleFactory(), 3, score=80)
    GoalFactory(user=teen, is_completed=True)
    return teen


ANALYTICS = {
    # timeframe: (earned, spent, saved, by_category, lessons, score sum)
    "week": (1, 1, 0, {"saving": 0, "spending": 0, "wants": 1}, 1, 80),
    "month": (3, 2, 0, {"saving": 0, "spending": 1, "wants": 1}, 1, 80),
    "quarter": (7, 2, 2, {"saving": 2, "spending": 1, "wants": 1}, 2, 170),
    "year": (15, 2, 2, {"saving": 2, "spending": 1, "wants": 1}, 2, 170),
    "decade": (15, 2, 2, {"saving": 2, "spending": 1, "wants": 1}, 2, 170),
}


@pytest.mark.parametrize("timeframe", ANALYTICS, ids=list(ANALYTICS))
def test_teen_analytics_sum_the_real_ledger_within_the_timeframe(teen_history, as_user, timeframe):
    # when
    body = get(as_user(teen_history), f"/api/teen/analytics?timeframe={timeframe}")
    # then
    earned, spent, saved, by_category, lessons, score_sum = ANALYTICS[timeframe]
    assert body == {
        "timeframe": timeframe,
        "financial_summary": {"total_earned": earned, "total_spent": spent, "total_saved": saved,
                              "net_change": earned - spent - saved},
        "goals_analytics": {"active_goals": 1, "completed_goals": 1, "completion_rate": 50.0},
        "activities_analytics": {"completed_activities": lessons, "total_coins_earned": score_sum},
        "spending_patterns": {"by_category": by_category},
    }


def test_teen_analytics_default_to_a_month(teen_history, as_user):
    # when
    body = get(as_user(teen_history), "/api/teen/analytics")
    # then
    assert (body["timeframe"], body["financial_summary"]["total_earned"]) == ("month", 3)


# --- GET /api/parent/dashboard (and /api/dashboard/parent) -------------------------------------------


@pytest.fixture
def family_a(personas):
    """Family A's money and chores, with family B's alongside (never counted)."""
    p = personas
    credit(p.child_a, 30)
    redeem(p.child_a, 5, description="Cinema")
    rejected = redeem(p.child_a, 4, description="Declined")
    money.redemption_reject(actor=p.parent_a, request=rejected)
    credit(p.teen_a, 12)
    credit(p.child_b, 500)
    redeem(p.child_b, 50)
    now = timezone.now()
    activity_record(child=p.child_a, xp=160)  # level 3, streak 1
    ChildProfile.objects.filter(user=p.teen_a).update(streak_days=4, last_activity_date=now)
    activity_record(child=p.child_b, xp=1000)
    ChildProfile.objects.filter(user=p.child_b).update(streak_days=40, last_activity_date=now)
    for child, open_goals in ((p.child_a, 2), (p.teen_a, 1), (p.child_b, 3)):
        GoalFactory.create_batch(open_goals, user=child)
        GoalFactory(user=child, is_completed=True)
    TaskFactory(assigned_to=p.child_a, status="completed", completed_at=now - timedelta(days=2))
    TaskFactory(assigned_to=p.child_a, status="completed", completed_at=now - timedelta(days=40))
    TaskFactory(assigned_to=p.child_a, status="approved", completed_at=now - timedelta(days=1))
    TaskFactory(assigned_to=p.child_a, status="pending")
    TaskFactory(assigned_to=p.teen_a, status="completed", completed_at=now)
    TaskFactory(assigned_to=p.child_b, status="completed", completed_at=now)
    return p


def test_parent_dashboard_has_the_apps_shape(family_a, as_user):
    # when
    body = get(as_user(family_a.parent_a), "/api/parent/dashboard")
    # then
    assert_types(body["user"], USER_READ)
    assert_types(body["stats"], DASHBOARD_STATS)
    for child in body["children"]:
        assert_types(child, CHILD_SUMMARY)
    for entry in body["recent_transactions"]:
        assert_types(entry, TRANSACTION_READ)
    for request in body["pending_redemptions"]:
        assert_types(request, REDEMPTION_READ)
        assert request["child"] is None


def test_parent_dashboard_sums_its_own_family_only(family_a, as_user):
    # when
    body = get(as_user(family_a.parent_a), "/api/parent/dashboard")
    # then: child A 34 coins (30 + a rejected redemption's 4 returned), teen A 12
    p = family_a
    assert body["stats"] == {"total_coins": 34 + 12, "level": 3, "streak_days": 4, "goals_count": 3,
                             "completed_tasks": 2}
    assert [(c["name"], c["coins"], c["level"], c["streak_days"]) for c in body["children"]] == [
        ("Child A", 34, 3, 1), ("Teen A", 12, 1, 4)]
    assert [(r["description"], r["coins_amount"], r["status"]) for r in body["pending_redemptions"]] == [
        ("Cinema", 5, "pending")]
    family = {str(p.child_a.pk), str(p.teen_a.pk)}
    assert {t["user_id"] for t in body["recent_transactions"]} <= family
    stamps = [t["created_at"] for t in body["recent_transactions"]]
    assert stamps == sorted(stamps, reverse=True)
    assert len(stamps) == Transaction.objects.filter(user__in=[p.child_a, p.teen_a]).count() == 7


def test_parent_dashboard_lists_the_ten_newest_entries_of_all_children(personas, as_user):
    # given: 8 entries for each child, alternating between them
    for _i in range(8):
        credit(personas.child_a, 1)
        credit(personas.teen_a, 1)
    newest = list(Transaction.objects.filter(user__in=[personas.child_a, personas.teen_a])
                  .order_by("-created_at", "-id").values_list("id", flat=True)[:10])
    # when
    body = get(as_user(personas.parent_a), "/api/parent/dashboard")
    # then
    assert [t["id"] for t in body["recent_transactions"]] == [str(pk) for pk in newest]


def test_a_parent_without_children_has_an_empty_dashboard(db, as_user):
    # given
    parent = ParentFactory()
    # when
    body = get(as_user(parent), "/api/parent/dashboard")
    # then
    assert body["stats"] == {"total_coins": 0, "level": 1, "streak_days": 0, "goals_count": 0, "completed_tasks": 0}
    assert (body["children"], body["recent_transactions"], body["pending_redemptions"]) == ([], [], [])


def test_the_role_dashboard_of_a_parent_is_its_parent_dashboard(family_a, as_user):
    # when
    role = get(as_user(family_a.parent_a), "/api/dashboard/parent")
    parent = get(as_user(family_a.parent_a), "/api/parent/dashboard")
    # then
    assert role == parent


# --- GET /api/parent/children/{id}/progress ----------------------------------------------------------


@pytest.fixture
def child_progress(personas):
    """Child A's quarter: bonuses of 40, 20 and 10 coins 60, 20 and 3 days ago, a parent's adjustment of 7
    yesterday; lessons 60 and 3 days ago; a goal reached today and two open goals."""
    child = personas.child_a
    for amount, days in ((40, 60), (20, 20), (10, 3)):
        dated_entry(child, amount, days)
    dated_entry(child, 7, 1, category="adjustment")
    date_progress(child, ModuleFactory(title="Old lesson", points_reward=15), 60)
    date_progress(child, ModuleFactory(title="New lesson", points_reward=25), 3)
    fund_goal(GoalFactory(user=child, title="Reached", target_amount=5), 5)
    GoalFactory(user=child, title="Bike", target_amount=200)
    fund_goal(GoalFactory(user=child, title="Book", target_amount=20), 5)
    UserAchievement.objects.create(user=child, achievement=Achievement.objects.get(code="first-game"))
    return child


def test_child_progress_has_the_apps_superset_shape(child_progress, personas, as_user):
    # when
    body = get(as_user(personas.parent_a), f"/api/parent/children/{child_progress.pk}/progress")
    # then
    assert set(body) >= {"child", "stats", "recent_activities", "active_goals", "recent_achievements",
                         "achievements", "completed_goals", "learning_modules"}
    assert_types(body["child"], {"id": "uuid", "name": str, "age": NULLABLE_INT, "current_coins": int, "level": int,
                                 "streak_days": int})
    assert_types(body["stats"], {"total_rewards": int, "lessons_completed": int, "goals_achieved": int,
                                 "current_streak": int})
    for entry in body["recent_activities"]:
        assert_types(entry, {"id": "uuid", "type": str, "amount": int, "description": str, "created_at": "datetime"})
    for goal in body["active_goals"]:
        assert_types(goal, {**GOAL_READ, "progress_percentage": NUMBER})
    for goal in body["completed_goals"]:
        assert_types(goal, GOAL_READ)
    for achievement in body["achievements"]:
        assert_types(achievement, ACHIEVEMENT_READ)
    assert body["achievements"] == body["recent_achievements"]
    for module in body["learning_modules"]:
        assert_types(module, {"id": "uuid", "title": str, "points_reward": int, "created_at": "datetime"})


PROGRESS = {
    # timeframe: (total_rewards, lessons_completed, recent entries, module titles)
    # recent entries: the goals' credits and contributions (4) and the achievements' rewards (2) are
    # today's; then the adjustment, and the bonuses of 10, 20 and 40 coins
    "week": (10, 1, 8, ["New lesson"]),
    "month": (30, 1, 9, ["New lesson"]),
    "quarter": (70, 2, 10, ["New lesson", "Old lesson"]),
}


@pytest.mark.parametrize("timeframe", PROGRESS, ids=list(PROGRESS))
def test_child_progress_counts_real_rewards_and_lessons_within_the_timeframe(child_progress, personas, as_user,
                                                                             timeframe):
    # when
    body = get(as_user(personas.parent_a), f"/api/parent/children/{child_progress.pk}/progress?timeframe={timeframe}")
    # then
    rewards, lessons, entries, titles = PROGRESS[timeframe]
    # reaching the goal unlocked achievements ("Goal Getter", "Bookworm"): their coins are earned today
    unlocked = achievement_coins(child_progress)
    assert unlocked == 10 + 5
    assert body["stats"] == {"total_rewards": rewards + unlocked, "lessons_completed": lessons, "goals_achieved": 1,
                             "current_streak": 0}
    assert len(body["recent_activities"]) == entries
    stamps = [e["created_at"] for e in body["recent_activities"]]
    assert stamps == sorted(stamps, reverse=True)
    assert [m["title"] for m in body["learning_modules"]] == titles
    assert [(g["title"], g["current_amount"], g["progress_percentage"]) for g in body["active_goals"]] == [
        ("Book", 5, 25.0), ("Bike", 0, 0.0)]
    assert [(g["title"], g["is_completed"]) for g in body["completed_goals"]] == [("Reached", True)]
    assert body["achievements"][0]["title"] == "Game On"
    assert {a["title"] for a in body["achievements"]} == {"Game On", "Bookworm", "Goal Getter", "First Coin"}
    profile = ChildProfile.objects.get(user=child_progress)
    assert body["child"]["current_coins"] == profile.coins == 40 + 20 + 10 + 7 + 5 + 5 - 5 - 5 + unlocked
    assert body["timeframe"] == timeframe


def test_child_progress_counts_every_lesson_beyond_the_listed_ones(personas, as_user):
    # given: 60 lessons this month, more than the 50 listed
    child = personas.child_a
    for module in module_pool(60):
        date_progress(child, module, 1)
    # when
    body = get(as_user(personas.parent_a), f"/api/parent/children/{child.pk}/progress")
    # then
    assert body["stats"]["lessons_completed"] == 60
    assert len(body["learning_modules"]) == 50


def test_child_progress_ignores_coins_that_were_not_earned(personas, as_user):
    # given: a test credit, a redemption declined (its coins returned) and a bonus
    child = personas.child_a
    rejected = redeem(child, 6)
    money.redemption_reject(actor=personas.parent_a, request=rejected)
    bonus(personas.parent_a, child, 9)
    # when
    body = get(as_user(personas.parent_a), f"/api/parent/children/{child.pk}/progress")
    # then
    assert body["stats"]["total_rewards"] == 9 + achievement_coins(child)


# --- GET /api/parent/children/goals ------------------------------------------------------------------


def test_children_goals_list_every_childs_goals_newest_first_with_its_name(personas, as_user):
    # given
    first = GoalFactory(user=personas.child_a, title="Bike")
    second = GoalFactory(user=personas.teen_a, title="Laptop", is_completed=True)
    fund_goal(GoalFactory(user=personas.child_a, title="Kite", target_amount=10), 3)
    GoalFactory(user=personas.child_b, title="Not mine")
    Goal.objects.filter(pk=first.pk).update(created_at=timezone.now() - timedelta(days=2))
    Goal.objects.filter(pk=second.pk).update(created_at=timezone.now() - timedelta(days=1))
    # when
    body = get(as_user(personas.parent_a), "/api/parent/children/goals")
    # then
    assert [(g["title"], g["child_name"], g["child_id"]) for g in body] == [
        ("Kite", "Child A", str(personas.child_a.pk)), ("Laptop", "Teen A", str(personas.teen_a.pk)),
        ("Bike", "Child A", str(personas.child_a.pk))]
    for goal in body:
        assert_types(goal, {**GOAL_READ, "child_name": str, "child_id": "uuid"})
    assert (body[0]["current_amount"], body[1]["is_completed"]) == (3, True)


def test_a_parent_without_children_has_no_goals_to_see(db, as_user):
    # when
    body = get(as_user(ParentFactory()), "/api/parent/children/goals")
    # then
    assert body == []


# --- GET /api/teacher/dashboard (and /api/dashboard/teacher) -----------------------------------------


def test_teacher_dashboard_computes_performance_from_completed_modules(personas, as_user):
    # given: child A completed two modules (50 and 70: mean 60, needs support); student 1 none (0)
    date_progress(personas.child_a, ModuleFactory(), 2, score=50)
    date_progress(personas.child_a, ModuleFactory(), 1, score=70)
    date_progress(personas.child_b, ModuleFactory(), 1, score=100)  # class 2, another teacher's
    ModuleFactory(created_by=personas.teacher_1, title="Mine")
    ModuleFactory(created_by=personas.teacher_2, title="Theirs")
    # when
    body = get(as_user(personas.teacher_1), "/api/teacher/dashboard")
    # then
    assert body["stats"]["total_classes"] == body["classes_count"] == 1
    assert body["stats"]["total_students"] == body["students_count"] == 2
    assert body["stats"]["avg_performance"] == body["average_performance"] == 30.0
    assert body["stats"]["students_needing_support"] == 1
    assert body["stats"]["modules_created"] == body["modules_count"] == 1
    assert [(c["name"], c["student_count"], c["avg_performance"], c["students_needing_support"])
            for c in body["classes"]] == [("Class One", 2, 30.0, 1)]
    assert_types(body["classes"][0], {"id": "uuid", "name": str, "description": NULLABLE_STR,
                                      "student_count": int, "avg_performance": NUMBER, "created_at": "datetime"})
    assert [m["title"] for m in body["recent_modules"]] == ["Mine"]
    assert body["student_progress"] == []


def test_the_role_dashboard_of_a_teacher_is_its_teacher_dashboard(personas, as_user):
    # given
    date_progress(personas.child_a, ModuleFactory(), 2, score=90)
    # when
    role = get(as_user(personas.teacher_1), "/api/dashboard/teacher")
    teacher = get(as_user(personas.teacher_1), "/api/teacher/dashboard")
    # then
    assert role == teacher
    assert role["stats"]["avg_performance"] == 45.0


# --- GET /api/dashboard/{role} -----------------------------------------------------------------------


ROLE_OF = {"child_a": "younger_child", "teen_a": "older_child", "parent_a": "parent", "teacher_1": "teacher"}


@pytest.mark.parametrize("persona", ROLE_OF, ids=list(ROLE_OF))
def test_each_role_reads_its_own_dashboard(personas, as_user, persona):
    # when
    body = get(as_user(personas[persona]), f"/api/dashboard/{ROLE_OF[persona]}")
    # then
    assert body["user"]["id"] == str(personas[persona].pk)
    assert set(body) >= {"parent": {"stats", "children", "recent_transactions", "pending_redemptions"},
                         "teacher": {"stats", "classes", "recent_modules", "student_progress"}}.get(
        ROLE_OF[persona], {"stats", "active_goals", "pending_tasks", "recent_transactions", "achievements",
                           "user_stats", "learning_modules"})


@pytest.mark.parametrize("persona", ROLE_OF, ids=list(ROLE_OF))
def test_another_roles_dashboard_is_a_role_mismatch(personas, as_user, persona):
    # given
    other = "teacher" if ROLE_OF[persona] != "teacher" else "parent"
    # when
    response = as_user(personas[persona]).get(f"/api/dashboard/{other}")
    # then
    assert_error(response, 403, "Role mismatch")


def test_an_unknown_role_is_invalid(personas, as_user):
    # when
    response = as_user(personas.child_a).get("/api/dashboard/admin")
    # then
    assert_error(response, 400, "Invalid user role")


def test_a_childs_role_dashboard_lists_the_newest_of_each_kind(personas, as_user):
    # given: 7 open goals and 1 reached, 12 pending tasks and 2 awaiting approval, 15 entries, all achievements
    child = personas.child_a
    GoalFactory.create_batch(7, user=child)
    GoalFactory(user=child, is_completed=True)
    TaskFactory.create_batch(12, assigned_to=child)
    TaskFactory.create_batch(2, assigned_to=child, status="completed", completed_at=timezone.now())
    for _ in range(15):
        credit(child, 2)
    UserAchievement.objects.bulk_create([UserAchievement(user=child, achievement=a)
                                         for a in Achievement.objects.all()])
    activity_record(child=child, xp=60)
    # when
    body = get(as_user(child), "/api/dashboard/younger_child")
    # then
    assert body["stats"] == body["user_stats"] == {"total_coins": 30, "level": 2, "streak_days": 1,
                                                   "goals_count": 7, "completed_tasks": 2}
    assert_types(body["user"], USER_READ)
    assert len(body["active_goals"]) == 5 and not any(g["is_completed"] for g in body["active_goals"])
    assert [len(body["pending_tasks"]), len(body["recent_transactions"]), len(body["achievements"])] == [10, 10, 5]
    assert {t["status"] for t in body["pending_tasks"]} == {"pending"}
    for goal in body["active_goals"]:
        assert_types(goal, GOAL_READ)
    for task in body["pending_tasks"]:
        assert_types(task, TASK_READ)
    for entry in body["recent_transactions"]:
        assert_types(entry, TRANSACTION_READ)
    for achievement in body["achievements"]:
        assert_types(achievement, ACHIEVEMENT_READ)
    newest = list(Transaction.objects.filter(user=child).order_by("-created_at", "-id").values_list("id", flat=True))
    assert [t["id"] for t in body["recent_transactions"]] == [str(pk) for pk in newest[:10]]
    stamps = [g["created_at"] for g in body["active_goals"]]
    assert stamps == sorted(stamps, reverse=True)


# --- GET /api/progress-goals/{id} and PUT /api/progress-goals/{id}/update ----------------------------


def test_daily_goals_have_the_four_fixed_goals(personas, as_user):
    # when
    body = get(as_user(personas.child_a), "/api/progress-goals/me")
    # then
    assert [(g["id"], g["title"], g["total"], g["icon"], g["color_scheme"]) for g in body] == DAILY_GOALS
    for goal in body:
        assert_types(goal, PROGRESS_GOAL)


def test_daily_goals_count_todays_lessons_coins_and_games(personas, as_user):
    # given: yesterday's lesson and earnings, then today a lesson, a game, a bonus and an adjustment
    child = personas.child_a
    date_progress(child, ModuleFactory(), 1)
    dated_entry(child, 30, 1)
    client = as_user(child)
    complete_module(client, ModuleFactory(points_reward=0))
    client.post("/api/activities/1/complete", {}, format="json")
    bonus(personas.parent_a, child, 12)
    money.balance_adjust(actor=personas.parent_a, child=child, delta=15, reason="Gift")
    earned_today = Transaction.objects.filter(user=child, type="earn", created_at__gte=timezone.now().replace(
        hour=0, minute=0, second=0, microsecond=0)).exclude(category__in=["adjustment", "test"])
    coins_today = sum(e.amount for e in earned_today)
    # when
    body = get(client, "/api/progress-goals/me")
    # then: the module counts as a lesson and, with the game, as two games; 10 (game) + 12 + rewards
    assert coins_today == 10 + 12 + achievement_coins(child)
    assert daily(body) == {"lessons": 1, "coins": coins_today, "games": 2, "practice": 1 * 5 + 2 * 3}


def test_daily_goals_stop_at_their_caps(personas, as_user):
    # given: four lessons, three games and 80 coins today
    child = personas.child_a
    client = as_user(child)
    for module in module_pool(4, points_reward=0):
        complete_module(client, module)
    for game in (1, 2, 3):
        client.post(f"/api/activities/{game}/complete", {}, format="json")
    bonus(personas.parent_a, child, 80)
    # when
    body = get(client, "/api/progress-goals/me")
    # then
    assert [(g["id"], g["current"], g["total"]) for g in body] == [
        ("lessons", 3, 3), ("coins", 50, 50), ("games", 2, 2), ("practice", 20, 20)]


def test_a_parent_reads_its_childs_daily_goals(personas, as_user):
    # given
    child = personas.child_a
    complete_module(as_user(child), ModuleFactory(points_reward=0))
    # when
    by_parent = get(as_user(personas.parent_a), f"/api/progress-goals/{child.pk}")
    by_child = get(as_user(child), f"/api/progress-goals/{child.pk}")
    # then
    assert by_parent == by_child
    assert daily(by_parent)["lessons"] == 1


@pytest.mark.parametrize("persona", ["parent_a", "teacher_1"])
def test_an_adult_has_no_daily_goals_of_its_own(personas, as_user, persona):
    # when
    body = get(as_user(personas[persona]), "/api/progress-goals/me")
    # then
    assert body == []


def test_the_daily_goal_tick_is_an_echo_that_pays_nothing(personas, as_user):
    # given
    child = personas.child_a
    credit(child, 10)
    before = (ChildProfile.objects.get(user=child).coins, Transaction.objects.count())
    client = as_user(child)
    # when
    done = client.put("/api/progress-goals/lessons/update", {"current": 150}, format="json")
    partial = client.put("/api/progress-goals/coins/update", {"current": 40}, format="json")
    empty = client.put("/api/progress-goals/games/update", {}, format="json")
    # then
    assert done.json() == {"id": "lessons", "current": 150, "is_completed": True, "coins_earned": 0}
    assert partial.json() == {"id": "coins", "current": 40, "is_completed": False, "coins_earned": 0}
    assert empty.json() == {"id": "games", "current": 0, "is_completed": False, "coins_earned": 0}
    assert (ChildProfile.objects.get(user=child).coins, Transaction.objects.count()) == before


def test_the_daily_goal_tick_refuses_a_negative_value(personas, as_user):
    # when
    response = as_user(personas.child_a).put("/api/progress-goals/lessons/update", {"current": -1}, format="json")
    # then
    assert_error(response, 400)


@pytest.mark.parametrize("raw", ["null", "[]", "7"])
def test_the_daily_goal_tick_refuses_a_body_that_is_not_an_object(personas, as_user, raw):
    # when
    response = as_user(personas.child_a).put("/api/progress-goals/lessons/update", raw,
                                             content_type="application/json")
    # then
    assert_error(response, 400)


# --- constant query counts ---------------------------------------------------------------------------

# The queries each endpoint runs, whatever the size of the history (the token's user is one of them; a
# parent's or teacher's cached screens read one more for their key: accounts.screens). (A pace is two
# queries: its earnings and its typical chore; today's goals three: lessons, games, earnings.)
CHILD_QUERIES = {
    "/api/child/dashboard": 13,  # the user, the figures (4), the chore, then one query per list (two for adventures)
    "/api/child/stats": 5,
    "/api/dashboard/younger_child": 9,
    "/api/progress-goals/me": 4,
}
TEEN_QUERIES = {
    "/api/teen/dashboard": 11,
    "/api/teen/analytics?timeframe=week": 5,
    "/api/teen/analytics?timeframe=year": 5,
    "/api/dashboard/older_child": 9,
}
PARENT_QUERIES = {
    # the user, the cache key, the children, their goals, their tasks, their entries, conversions
    "/api/parent/dashboard": 7,
    "/api/dashboard/parent": 7,
    "/api/parent/children/goals": 4,
    "/api/parent/children/{child}/progress": 12,
    "/api/parent/children/{child}/progress?timeframe=quarter": 12,
    "/api/progress-goals/{child}": 6,
}
TEACHER_QUERIES = {
    "/api/teacher/dashboard": 7,  # the user, the cache key, classes, enrolments, progress, modules, count
    "/api/dashboard/teacher": 7,
}


@pytest.fixture
def modules(db):
    return module_pool(20)


@pytest.mark.parametrize("size", SIZES, ids=SIZE_IDS)
def test_the_bulk_history_keeps_the_books_sound(personas, modules, size):
    # when
    history(personas.child_a, size, modules, parent=personas.parent_a)
    # then
    assert Transaction.objects.filter(user=personas.child_a).count() == size + (1 if size == 1 else 20)
    assert ledger_discrepancies() == []


@pytest.mark.parametrize("size", SIZES, ids=SIZE_IDS)
@pytest.mark.parametrize("url", CHILD_QUERIES, ids=list(CHILD_QUERIES))
def test_child_screens_run_a_constant_number_of_queries(personas, as_user, django_assert_num_queries, modules,
                                                        url, size):
    # given
    history(personas.child_a, size, modules, parent=personas.parent_a)
    client = as_user(personas.child_a)
    client.get(url)
    # when
    with django_assert_num_queries(CHILD_QUERIES[url]):
        response = client.get(url)
    # then
    assert response.status_code == 200
    assert ChildProfile.objects.get(user=personas.child_a).coins > 0


@pytest.mark.parametrize("size", SIZES, ids=SIZE_IDS)
@pytest.mark.parametrize("url", TEEN_QUERIES, ids=list(TEEN_QUERIES))
def test_teen_screens_run_a_constant_number_of_queries(personas, as_user, django_assert_num_queries, modules,
                                                       url, size):
    # given
    history(personas.teen_a, size, module_pool(20, difficulty="hard"), parent=personas.parent_a)
    client = as_user(personas.teen_a)
    client.get(url)  # the first visit also creates the budget categories
    # when
    with django_assert_num_queries(TEEN_QUERIES[url]):
        response = client.get(url)
    # then
    assert response.status_code == 200


# (ledger rows per child, children)
FAMILY_SCALES = [(1, 1), (1000, 1), (1000, 4)]
FAMILY_SCALE_IDS = ["1-row-1-child", "1000-rows-1-child", "1000-rows-4-children"]


@pytest.mark.parametrize(("size", "children"), FAMILY_SCALES, ids=FAMILY_SCALE_IDS)
@pytest.mark.parametrize("url", PARENT_QUERIES, ids=list(PARENT_QUERIES))
def test_parent_screens_run_a_constant_number_of_queries(as_user, django_assert_num_queries, modules, url, size,
                                                         children):
    # given
    parent = ParentFactory()
    kids = [ChildFactory(profile__parent=parent) if i % 2 == 0 else TeenFactory(profile__parent=parent)
            for i in range(children)]
    for kid in kids:
        history(kid, size, modules, parent=parent)
    client = as_user(parent)
    url = url.format(child=kids[0].pk)
    client.get(url)
    # when
    with django_assert_num_queries(PARENT_QUERIES[url.replace(str(kids[0].pk), "{child}")]):
        response = client.get(url)
    # then
    assert response.status_code == 200
    if url.endswith("/api/parent/dashboard"):
        assert len(response.json()["children"]) == children


# (classes, students per class, completed modules per student)
CLASS_SCALES = [(1, 1, 1), (1, 1, 40), (4, 10, 25)]
CLASS_SCALE_IDS = ["1-class-1-student-1-row", "1-class-1-student-40-rows", "4-classes-40-students-1000-rows"]


@pytest.mark.parametrize(("classes", "students", "rows"), CLASS_SCALES, ids=CLASS_SCALE_IDS)
@pytest.mark.parametrize("url", TEACHER_QUERIES, ids=list(TEACHER_QUERIES))
def test_teacher_screens_run_a_constant_number_of_queries(as_user, django_assert_num_queries, url, classes, students,
                                                          rows):
    # given
    teacher = TeacherFactory()
    pool = module_pool(rows, created_by=teacher)
    for c in range(classes):
        classroom = ClassroomFactory(teacher=teacher.teacher_profile, name=f"Class {c}")
        for _ in range(students):
            student = ChildFactory()
            EnrolmentFactory(classroom=classroom, student=student)
            UserModuleProgress.objects.bulk_create([
                UserModuleProgress(user=student, module=m, status="completed", is_completed=True, score=75,
                                   progress_percentage=100, completed_at=timezone.now()) for m in pool])
    client = as_user(teacher)
    client.get(url)
    # when
    with django_assert_num_queries(TEACHER_QUERIES[url]):
        response = client.get(url)
    # then
    body = response.json()
    assert (body["stats"]["total_classes"], body["stats"]["total_students"]) == (classes, classes * students)
    assert body["stats"]["avg_performance"] == 75.0


def test_the_daily_goal_tick_runs_one_query(personas, as_user, django_assert_num_queries):
    # given
    client = as_user(personas.child_a)
    # when
    with django_assert_num_queries(1):
        response = client.put("/api/progress-goals/lessons/update", {"current": 3}, format="json")
    # then
    assert response.json()["current"] == 3
