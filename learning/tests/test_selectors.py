"""The dashboard's one-statement figures agree with the ORM reads they stand for."""

from datetime import timedelta

import pytest
from django.db.models import Q, Sum
from django.utils import timezone

from economy.models import Goal, Transaction
from economy.services import ledger_post
from economy.tests.factories import GoalFactory
from learning import selectors
from learning.models import Activity, UserActivity, UserModuleProgress
from learning.progression import NOT_EARNED
from learning.tests.factories import ModuleFactory, ProgressFactory


def orm_figures(child) -> dict[str, int]:
    """The figures computed the plain way, one ORM aggregate each."""
    today = selectors.start_of_today()
    progress = UserModuleProgress.objects.filter(user=child)
    earned = (Transaction.objects.filter(user=child, type="earn", created_at__gte=today)
              .exclude(category__in=NOT_EARNED).aggregate(total=Sum("amount"))["total"])
    return {
        "goals_active": Goal.objects.filter(user=child, is_completed=False).count(),
        "goals_completed": Goal.objects.filter(user=child, is_completed=True).count(),
        "modules_completed": progress.filter(is_completed=True).count(),
        "lessons_today": progress.filter(Q(started_at__gte=today, progress_percentage__gt=0)).count(),
        "modules_completed_today": progress.filter(completed_at__gte=today).count(),
        "games_today": UserActivity.objects.filter(user=child, completed_at__gte=today).count(),
        "coins_earned_today": earned or 0,
    }


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


@pytest.mark.django_db
def test_child_figures_equal_the_orm_reads(busy_child, django_assert_num_queries):
    # given a child with goals, lessons, games and earnings today, yesterday and in another family
    expected = orm_figures(busy_child)
    # when the dashboard reads its figures in one statement
    with django_assert_num_queries(1):
        figures = selectors.child_figures(busy_child).read()
    # then every figure is the ORM's, and the test data exercises each of them
    assert figures == expected
    assert {key: value for key, value in figures.items() if key != "coins_earned_today"} == {
        "goals_active": 2, "goals_completed": 1, "modules_completed": 2, "lessons_today": 1,
        "modules_completed_today": 1, "games_today": 1}
    # (3 + 7 earned today, plus whatever achievements those paid; never the test or allowance credits)
    assert 10 <= figures["coins_earned_today"] < 150


@pytest.mark.django_db
def test_adventures_say_which_modules_the_child_completed(personas):
    # given two published modules, one completed by the child and one by another child
    child, other = personas["child_a"], personas["child_b"]
    mine, theirs = ModuleFactory(title="A saving"), ModuleFactory(title="B budgets")
    ModuleFactory(title="C hidden", is_published=False)
    ProgressFactory(user=child, module=mine, is_completed=True, progress_percentage=100)
    ProgressFactory(user=other, module=theirs, is_completed=True, progress_percentage=100)
    # when
    adventures = {m["title"]: m["done"] for m in selectors.adventures_for(child, ("easy",), 10).read()}
    # then
    assert adventures.get("A saving") is True and adventures.get("B budgets") is False
    assert "C hidden" not in adventures
    # and the rows are the ORM's, extra fields included
    from django.db.models import Exists, OuterRef

    from learning.models import Module

    done = UserModuleProgress.objects.filter(user=child, module=OuterRef("pk"), is_completed=True)
    expected = list(Module.objects.filter(is_published=True, difficulty__in=("easy",)).order_by("difficulty", "title")
                    .annotate(done=Exists(done)).values("id", "title", "description", "difficulty", "points_reward",
                                                        "category", "estimated_duration", "done")[:10])
    assert selectors.adventures_for(child, ("easy",), 10, extra=("category", "estimated_duration")).read() == expected


@pytest.mark.django_db
def test_achievement_measures_equal_the_orm_reads(busy_child, django_assert_num_queries):
    # given the busy child, with a perfect quiz and a gift as well
    from accounts.models import ChildProfile
    from learning.progression import measures

    ProgressFactory(user=busy_child, progress_percentage=100, is_completed=True, score=100)
    ledger_post(actor=None, child=busy_child, type="spend", amount=1, delta=-1, description="Gift", category="giving")
    progress = UserModuleProgress.objects.filter(user=busy_child)
    earned = (Transaction.objects.filter(user=busy_child, type="earn").exclude(category__in=NOT_EARNED)
              .aggregate(total=Sum("amount"))["total"])
    expected = {
        "coins_earned": earned, "gifts": 1,
        "streak_days": ChildProfile.objects.get(user=busy_child).streak_days,
        "goals_completed": Goal.objects.filter(user=busy_child, is_completed=True).count(),
        "coins_saved": Goal.objects.filter(user=busy_child).aggregate(total=Sum("current_amount"))["total"],
        "modules_completed": progress.filter(is_completed=True).count(),
        "quiz_aces": progress.filter(is_completed=True, score__gte=100).count(),
        "games_completed": UserActivity.objects.filter(user=busy_child).count(),
    }
    # when
    with django_assert_num_queries(1):
        values = measures(busy_child)
    # then
    assert values == expected
    assert values["quiz_aces"] == 1 and values["modules_completed"] == 3 and values["games_completed"] == 2
    assert measures(busy_child, only={"gifts"}) == {"gifts": 1}


@pytest.mark.django_db
def test_open_goals_are_the_childs_oldest_open_goals(personas, django_assert_num_queries):
    # given five open goals, a completed one and another child's
    child = personas["child_a"]
    goals = [GoalFactory(user=child, title=f"Goal {i}", target_amount=10 + i) for i in range(5)]
    GoalFactory(user=child, title="Done", is_completed=True)
    GoalFactory(user=personas["child_b"], title="Theirs")
    # when
    with django_assert_num_queries(1):
        rows = selectors.open_goals(child, 4).read()
    # then the ORM's read, field for field
    expected = list(Goal.objects.filter(user=child, is_completed=False).order_by("created_at")
                    .values("id", "title", "current_amount", "target_amount", "icon")[:4])
    assert rows == expected and [row["id"] for row in rows] == [g.pk for g in goals[:4]]


@pytest.mark.django_db
def test_recent_achievements_are_the_orm_read_newest_first(personas):
    # given seven awards of the child a day apart (two of them today) and one of another child
    from learning.models import Achievement, UserAchievement

    child, other = personas["child_a"], personas["child_b"]
    UserAchievement.objects.filter(user__in=(child, other)).delete()
    for days, achievement in enumerate(Achievement.objects.order_by("code")[:7]):
        award = UserAchievement.objects.create(user=child, achievement=achievement)
        UserAchievement.objects.filter(pk=award.pk).update(earned_at=timezone.now() - timedelta(days=days, hours=1))
    UserAchievement.objects.create(user=other, achievement=Achievement.objects.order_by("code").last())
    plain = UserAchievement.objects.filter(user=child).select_related("achievement").order_by("-earned_at")

    def expected(awards):
        return [{"id": w.achievement.pk, "title": w.achievement.title, "description": w.achievement.description,
                 "icon": w.achievement.icon, "rarity": w.achievement.rarity,
                 "points_reward": w.achievement.points_reward, "earned_at": w.earned_at} for w in awards]

    # when / then: the five newest, field for field
    assert selectors.recent_achievements(child).read() == expected(plain[:5])
    # and since a moment, only the awards after it
    since = timezone.now() - timedelta(days=1, hours=12)
    assert selectors.recent_achievements(child, since=since).read() == expected(plain.filter(earned_at__gte=since))
    assert len(selectors.recent_achievements(child, since=since).read()) == 2


@pytest.mark.django_db
def test_a_screens_reads_together_are_each_what_it_reads_alone(busy_child, django_assert_num_queries):
    # given the busy child with a completed module and an award
    from learning.models import Achievement, UserAchievement

    ProgressFactory(user=busy_child, module=ModuleFactory(title="A saving"), is_completed=True,
                    progress_percentage=100)
    UserAchievement.objects.get_or_create(user=busy_child, achievement=Achievement.objects.order_by("code").first())
    reads = (lambda: selectors.child_figures(busy_child), lambda: selectors.open_goals(busy_child, 4),
             lambda: selectors.adventures_for(busy_child, ("easy", "medium"), 6),
             lambda: selectors.recent_achievements(busy_child))
    alone = [read().read() for read in reads]
    # when
    from coincraft.sql import read_together

    with django_assert_num_queries(1):
        together = read_together(*(read() for read in reads))
    # then each result is the same as read alone, and none is empty
    assert together == alone
    assert all(together) and together[0] == orm_figures(busy_child)
