"""The dashboards' reads: what each selector answers for known data, and in how many queries."""

from datetime import timedelta

import pytest
from django.db.models import Sum
from django.utils import timezone

from economy.models import Transaction
from economy.services import ledger_post
from economy.tests.factories import GoalFactory
from learning import selectors
from learning.models import Activity, UserActivity
from learning.tests.factories import ModuleFactory, ProgressFactory


@pytest.fixture
def busy_child(personas):
    child, other = personas["child_a"], personas["child_b"]
    now, yesterday = timezone.now(), timezone.now() - timedelta(days=1, hours=1)
    GoalFactory.create_batch(2, user=child)
    GoalFactory(user=child, is_completed=True, current_amount=100)
    GoalFactory(user=other)
    ProgressFactory(user=child, started_at=now, progress_percentage=40)
    ProgressFactory(user=child, started_at=now, progress_percentage=0)
    ProgressFactory(user=child, started_at=yesterday, progress_percentage=100, is_completed=True, completed_at=now)
    ProgressFactory(user=child, started_at=yesterday, progress_percentage=100, is_completed=True,
                    completed_at=yesterday)
    ProgressFactory(user=other, started_at=now, progress_percentage=50, is_completed=True, completed_at=now)
    games = list(Activity.objects.all()[:2])
    UserActivity.objects.create(user=child, activity=games[0])
    old = UserActivity.objects.create(user=child, activity=games[1])
    UserActivity.objects.filter(pk=old.pk).update(completed_at=yesterday)
    for category, amount in ((None, 3), ("chore", 7), ("test", 100), ("allowance", 50)):
        ledger_post(actor=None, child=child, type="earn", amount=amount, delta=amount, description="Earned",
                    category=category)
    ledger_post(actor=None, child=child, type="spend", amount=2, delta=-2, description="Spent", category="shop")
    back = ledger_post(actor=None, child=child, type="earn", amount=11, delta=11, description="Old", category="chore")
    Transaction.objects.filter(pk=back.pk).update(created_at=yesterday)
    ledger_post(actor=None, child=other, type="earn", amount=9, delta=9, description="Other", category="chore")
    return child


def achievement_coins(child, since=None) -> int:
    """The coins the child's achievements paid it (since a moment): they count as earned."""
    rewards = Transaction.objects.filter(user=child, category="achievement")
    if since is not None:
        rewards = rewards.filter(created_at__gte=since)
    return rewards.aggregate(total=Sum("amount"))["total"] or 0


@pytest.mark.django_db
def test_child_figures_count_the_childs_own_rows_of_today(busy_child, django_assert_num_queries):
    # given a child with goals, lessons, games and earnings today, yesterday and in another family
    # when the dashboard reads its figures (its goals, lessons, games, earnings)
    with django_assert_num_queries(4):
        figures = selectors.child_figures(busy_child)
    # then each figure counts what the fixture made (another child's rows and yesterday's left out)
    assert figures == {"goals_active": 2, "goals_completed": 1, "modules_completed": 2, "lessons_today": 1,
                       "modules_completed_today": 1, "games_today": 1,
                       # 3 + 7 earned today and what achievements paid; never the test or allowance credits
                       "coins_earned_today": 10 + achievement_coins(busy_child, selectors.start_of_today())}
    # and today's goals read the same counts
    assert selectors.daily_goals(busy_child) == selectors.daily_goals_from(figures)


@pytest.mark.django_db
def test_figures_and_pace_read_both(busy_child, django_assert_num_queries):
    # given the busy child, with a chore paid today
    from economy.pace import Chore, pace_of
    from economy.tests.factories import TaskFactory

    TaskFactory(assigned_to=busy_child, title="Dishes", coins_reward=4, status="approved",
                approved_at=timezone.now())
    # when (the figures' four queries and the typical chore)
    with django_assert_num_queries(5):
        figures, pace = selectors.figures_and_pace(busy_child)
    # then the figures are child_figures', the pace is pace_of's
    assert figures == selectors.child_figures(busy_child)
    assert pace == pace_of(busy_child) and pace.chore == Chore("Dishes", 4)
    # (3 + 7 + 11 (yesterday) earned in the last 4 weeks, and the achievements' rewards)
    assert pace.earned == 21 + achievement_coins(busy_child)


@pytest.mark.django_db
def test_adventures_say_which_modules_the_child_completed(personas, django_assert_num_queries):
    # given two published modules, one completed by the child and one by another child
    child, other = personas["child_a"], personas["child_b"]
    mine, theirs = ModuleFactory(title="A saving"), ModuleFactory(title="B budgets")
    ModuleFactory(title="C hidden", is_published=False)
    ProgressFactory(user=child, module=mine, is_completed=True, progress_percentage=100)
    ProgressFactory(user=other, module=theirs, is_completed=True, progress_percentage=100)
    # when (the modules, then which of them the child completed)
    with django_assert_num_queries(2):
        adventures = {m["title"]: m["done"] for m in selectors.adventures_for(child, ("easy",), 10)}
    # then
    assert adventures.get("A saving") is True and adventures.get("B budgets") is False
    assert "C hidden" not in adventures
    # and each row carries the module's fields, extra fields included, in title order
    rows = selectors.adventures_for(child, ("easy",), 10, extra=("category", "estimated_duration"))
    assert [(row["title"], row["done"]) for row in rows][:2] == [("A saving", True), ("B budgets", False)]
    assert rows[0] == {"id": mine.pk, "title": "A saving", "description": mine.description, "difficulty": "easy",
                       "points_reward": mine.points_reward, "category": mine.category,
                       "estimated_duration": mine.estimated_duration, "done": True}
    assert selectors.adventures_for(child, ("hard",), 10) == []


@pytest.mark.django_db
def test_achievement_measures_count_the_childs_own_rows(busy_child, django_assert_num_queries):
    # given the busy child, with a perfect quiz and a gift as well
    from accounts.models import ChildProfile
    from learning.progression import measures

    ProgressFactory(user=busy_child, progress_percentage=100, is_completed=True, score=100)
    ledger_post(actor=None, child=busy_child, type="spend", amount=1, delta=-1, description="Gift", category="giving")
    profile = ChildProfile.objects.get(user=busy_child)
    # (the fixture's goals hold 0, 0, 100 and another child's 0; three completed modules, one aced)
    expected = {"coins_earned": profile.coins_earned, "gifts": 1, "streak_days": profile.streak_days,
                "goals_completed": 1, "coins_saved": 100, "modules_completed": 3, "quiz_aces": 1,
                "games_completed": 2}
    # when (the profile, the goals, the lessons, the games)
    with django_assert_num_queries(4):
        values = measures(busy_child)
    # then
    assert values == expected
    assert profile.coins_earned == 3 + 7 + 11 + achievement_coins(busy_child) and profile.streak_days >= 1
    # and only what is asked for is read
    with django_assert_num_queries(1):
        assert measures(busy_child, only={"gifts"}) == {"gifts": 1}
    assert measures(busy_child, only={"quiz_aces", "games_completed"}) == {"quiz_aces": 1, "games_completed": 2}


@pytest.mark.django_db
def test_open_goals_are_the_childs_oldest_open_goals(personas, django_assert_num_queries):
    # given five open goals, a completed one and another child's
    child = personas["child_a"]
    goals = [GoalFactory(user=child, title=f"Goal {i}", target_amount=10 + i) for i in range(5)]
    GoalFactory(user=child, title="Done", is_completed=True)
    GoalFactory(user=personas["child_b"], title="Theirs")
    # when
    with django_assert_num_queries(1):
        rows = selectors.open_goals(child, 4)
    # then the four oldest open ones, field for field
    assert rows == [{"id": g.pk, "title": f"Goal {i}", "current_amount": 0, "target_amount": 10 + i, "icon": g.icon,
                     "deadline": g.deadline} for i, g in enumerate(goals[:4])]


@pytest.mark.django_db
def test_recent_achievements_are_the_childs_awards_newest_first(personas, django_assert_num_queries):
    # given seven awards of the child a day apart (two of them today) and one of another child
    from learning.models import Achievement, UserAchievement

    child, other = personas["child_a"], personas["child_b"]
    UserAchievement.objects.filter(user__in=(child, other)).delete()
    for days, achievement in enumerate(Achievement.objects.order_by("code")[:7]):
        award = UserAchievement.objects.create(user=child, achievement=achievement)
        UserAchievement.objects.filter(pk=award.pk).update(earned_at=timezone.now() - timedelta(days=days, hours=1))
    UserAchievement.objects.create(user=other, achievement=Achievement.objects.order_by("code").last())
    awards = UserAchievement.objects.filter(user=child).select_related("achievement").order_by("-earned_at")

    def expected(awards):
        return [{"id": w.achievement.pk, "title": w.achievement.title, "description": w.achievement.description,
                 "icon": w.achievement.icon, "rarity": w.achievement.rarity,
                 "points_reward": w.achievement.points_reward, "earned_at": w.earned_at} for w in awards]

    newest = expected(awards)
    # when / then: the five newest, field for field
    with django_assert_num_queries(1):
        assert selectors.recent_achievements(child) == newest[:5]
    # and since a moment, only the awards after it
    since = timezone.now() - timedelta(days=1, hours=12)
    assert selectors.recent_achievements(child, since=since) == newest[:2]
    # and every achievement is listed for the "Me" screen, the earned ones first, newest first
    with django_assert_num_queries(1):
        catalogue = selectors.achievements_of(child)
    assert len(catalogue) == Achievement.objects.count()
    assert catalogue[:7] == newest
    assert all(row["earned_at"] is None for row in catalogue[7:])
    assert [row["id"] for row in catalogue[7:]] == list(Achievement.objects.exclude(awards__user=child).order_by(
        "created_at", "code").values_list("pk", flat=True))


@pytest.mark.django_db
def test_a_screens_reads_answer_the_same_when_repeated(busy_child):
    # given the busy child with a completed module and an award, and the dashboard's reads run once
    from django.db import connection

    from learning.models import Achievement, UserAchievement

    ProgressFactory(user=busy_child, module=ModuleFactory(title="A saving"), is_completed=True,
                    progress_percentage=100)
    UserAchievement.objects.get_or_create(user=busy_child, achievement=Achievement.objects.order_by("code").first())

    def screen():
        return (selectors.figures_and_pace(busy_child), selectors.open_goals(busy_child, 4),
                selectors.adventures_for(busy_child, ("easy", "medium"), 6), selectors.recent_achievements(busy_child))

    first = screen()
    assert len(first[1]) == 2 and any(module["done"] for module in first[2]) and first[3]
    # when the same queries run past PostgreSQL's prepare threshold on this connection
    later = [screen() for _ in range(connection.settings_dict["OPTIONS"].get("prepare_threshold") or 5)]
    # then every answer is the first one
    assert all(answer == first for answer in later)
