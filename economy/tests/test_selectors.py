"""The economy's screen reads: what they answer for known data (held against plain reads), in how many queries."""

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


def test_family_children_count_only_the_parents_children_and_the_last_30_days(personas, django_assert_num_queries):
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
        children, figures = selectors.family_children(personas["parent_a"])
    # then
    assert figures == orm_family_figures(personas["parent_a"]) == {"goals_open": 3, "tasks_awaiting": 2}
    # and the children are the ORM's, field for field, with their profiles loaded and linked
    from accounts.models import ChildProfile

    expected = list(User.objects.filter(child_profile__parent=personas["parent_a"]).select_related("child_profile")
                    .order_by("created_at"))
    assert [c.pk for c in children] == [c.pk for c in expected] and len(children) == 2
    for child_read, stored in zip(children, expected):
        for model, mine, theirs in ((User, child_read, stored),
                                    (ChildProfile, child_read.child_profile, stored.child_profile)):
            assert [getattr(mine, f.attname) for f in model._meta.concrete_fields] == [
                getattr(theirs, f.attname) for f in model._meta.concrete_fields]
        assert child_read.child_profile.user is child_read and not child_read._state.adding
    with django_assert_num_queries(0):
        [child_read.child_profile.coins for child_read in children]
    assert selectors.family_children(personas["parent_b"])[1] == orm_family_figures(personas["parent_b"]) == {
        "goals_open": 1, "tasks_awaiting": 1}
    assert selectors.family_children(personas["child_a"]) == ([], {"goals_open": 0, "tasks_awaiting": 0})


def test_redemption_rows_render_exactly_as_the_redemption_serializer(personas, give_coins):
    # given a pending request and an approved one
    from rest_framework.renderers import JSONRenderer

    from economy import services
    from economy.api.serializers import RedemptionReadSerializer
    from economy.models import RedemptionRequest

    child, parent = personas["child_a"], personas["parent_a"]
    give_coins(child, 100)
    services.redemption_create(actor=child, child=child, coins_amount=30, description="Cinema")
    approved = services.redemption_create(actor=child, child=child, coins_amount=20)
    services.redemption_approve(actor=parent, request=approved)
    requests = RedemptionRequest.objects.filter(user=child).order_by("created_at")
    # when both renderings are turned into JSON
    render = JSONRenderer().render
    fast, slow = render(selectors.redemption_rows(requests)), render(RedemptionReadSerializer(requests, many=True).data)
    # then they are the same bytes, approver and amounts included
    assert fast == slow
    assert f'"approved_by":"{parent.pk}"'.encode() in fast and b'"cash_amount":3.0' in fast


def test_family_activity_is_the_newest_entries_and_pending_conversions_as_the_orm_reads_them(
        personas, give_coins, django_assert_num_queries):
    # given interleaved histories of two children (12 each), conversions of theirs in every state,
    # and another family's newer entry and pending conversion
    from rest_framework.renderers import JSONRenderer

    from economy import services
    from economy.api.serializers import RedemptionReadSerializer
    from economy.models import RedemptionRequest, Transaction
    from economy.services import ledger_post

    child, teen, other, parent = personas["child_a"], personas["teen_a"], personas["child_b"], personas["parent_a"]
    for i in range(12):
        for kid in (child, teen):
            entry = ledger_post(actor=None, child=kid, type="earn", amount=i + 1, delta=i + 1,
                                description=f"Chore {i}", category="task", record_activity=False)
            Transaction.objects.filter(pk=entry.pk).update(
                created_at=timezone.now() - timedelta(hours=100 - 2 * i - (kid == teen)))
    for kid, coins in ((child, 10), (teen, 20), (child, 30)):
        services.redemption_create(actor=kid, child=kid, coins_amount=coins, description=f"Cash {coins}")
    declined = services.redemption_create(actor=teen, child=teen, coins_amount=5)
    services.redemption_reject(actor=parent, request=declined)
    give_coins(other, 50)
    services.redemption_create(actor=other, child=other, coins_amount=10)
    children = [child, teen]
    # when (one query per list)
    with django_assert_num_queries(2):
        recent, waiting = selectors.family_activity(parent, children, entries=10)
    # then the entries are the ten newest of both children, rendered as the plain ORM read renders them
    plain = Transaction.objects.filter(user__in=children).order_by("-created_at", "-id")[:10]
    render = JSONRenderer().render
    assert render(recent) == render(selectors.transaction_rows(plain))
    assert {row["user_id"] for row in recent} == {child.pk, teen.pk} and len(recent) == 10
    # (the declined conversion given back and held, the three held, then the newest chores)
    assert [row["amount"] for row in recent] == [5, 5, 30, 20, 10, 12, 12, 11, 11, 10]
    # and the conversions are the family's pending ones, newest first, rendered as the serializer does
    pending = RedemptionRequest.objects.filter(user__in=children, status="pending").order_by("-created_at", "-id")
    assert len(pending) == 3 and [row["coins_amount"] for row in waiting] == [30, 20, 10]
    assert render(waiting) == render(RedemptionReadSerializer(pending, many=True).data)
    # and a shorter list is the newest of each
    recent, waiting = selectors.family_activity(parent, children, entries=3, pending=2)
    assert [row["id"] for row in recent] == [row["id"] for row in selectors.transaction_rows(plain[:3])]
    assert [row["id"] for row in waiting] == [r.pk for r in pending[:2]]
    # and a parent without children reads nothing
    with django_assert_num_queries(0):
        assert selectors.family_activity(personas["teacher_1"], []) == ([], [])


@pytest.mark.parametrize("filters", [
    {}, {"type": "spend"}, {"category": "task"}, {"type": "earn", "category": "shop"},
    {"start": 30}, {"end": 10}, {"start": 30, "end": 10, "type": "earn"},
], ids=["none", "type", "category", "no-match", "start", "end", "window"])
@pytest.mark.parametrize("offset, limit", [(0, 50), (3, 4), (0, 1), (40, 10)])
def test_a_ledger_page_is_the_orm_page_for_every_filter(personas, filters, offset, limit, django_assert_num_queries):
    # given 24 entries of the child an hour apart in two categories and types, and another child's
    from rest_framework.renderers import JSONRenderer

    from economy.models import Transaction
    from economy.services import ledger_post

    child, other = personas["child_a"], personas["child_b"]
    for i in range(24):
        kind, delta = ("spend", -1) if i % 3 == 2 else ("earn", i + 1)
        entry = ledger_post(actor=None, child=child, type=kind, amount=abs(delta), delta=delta,
                            description=f"Line {i}", category="task" if i % 2 else "shop", record_activity=False)
        Transaction.objects.filter(pk=entry.pk).update(created_at=timezone.now() - timedelta(hours=48 - i))
    ledger_post(actor=None, child=other, type="earn", amount=5, delta=5, description="Elsewhere", category="task",
                record_activity=False)
    hours = {key: timezone.now() - timedelta(hours=value) for key, value in filters.items() if key in ("start", "end")}
    query = {**filters, **hours}
    # when
    with django_assert_num_queries(1):
        page = selectors.transaction_page(child, **query, offset=offset, limit=limit)
    # then it is the ORM's page of the same filters, byte for byte once rendered
    plain = selectors.transaction_rows(selectors.transactions_for(child, **query)[offset:offset + limit])
    render = JSONRenderer().render
    assert render(page) == render(plain)
    if not filters:
        assert len(page) == min(limit, max(24 - offset, 0)) and {row["user_id"] for row in page} <= {str(child.pk)}
        assert [row["description"] for row in page] == [f"Line {i}" for i in range(23 - offset, -1, -1)][:limit]
