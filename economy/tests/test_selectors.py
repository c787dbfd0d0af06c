"""The economy's one-statement reads agree with the ORM reads they stand for."""

from datetime import timedelta

import pytest
from django.utils import timezone

from accounts.models import User
from economy import selectors
from economy.models import Goal, Task
from economy.tests.factories import GoalFactory, TaskFactory

pytestmark = pytest.mark.django_db


def orm_family_figures(parent) -> dict[str, int]:
    children = list(User.objects.filter(child_profile__parent=parent))
    return {
        "goals_open": Goal.objects.filter(user__in=children, is_completed=False).count(),
        "tasks_awaiting": Task.objects.filter(assigned_to__in=children, status="completed",
                                              completed_at__gte=timezone.now() - timedelta(days=30)).count(),
    }


def test_family_figures_count_only_the_parents_children_and_the_last_30_days(personas, django_assert_num_queries):
    # given goals and tasks in family A (both children) and in family B
    child, teen, other = personas["child_a"], personas["teen_a"], personas["child_b"]
    now = timezone.now()
    GoalFactory.create_batch(2, user=child)
    GoalFactory(user=teen)
    GoalFactory(user=teen, is_completed=True)
    GoalFactory(user=other)
    TaskFactory(assigned_to=child, status="completed", completed_at=now - timedelta(days=1))
    TaskFactory(assigned_to=teen, status="completed", completed_at=now - timedelta(days=29))
    TaskFactory(assigned_to=teen, status="completed", completed_at=now - timedelta(days=31))
    TaskFactory(assigned_to=child, status="pending")
    TaskFactory(assigned_to=other, status="completed", completed_at=now)
    # when
    with django_assert_num_queries(1):
        figures = selectors.family_figures(personas["parent_a"])
    # then
    assert figures == orm_family_figures(personas["parent_a"]) == {"goals_open": 3, "tasks_awaiting": 2}
    assert selectors.family_figures(personas["parent_b"]) == orm_family_figures(personas["parent_b"])
