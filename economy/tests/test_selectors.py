"""The economy's screen reads: what they answer for known data, and in how many queries."""

from datetime import timedelta

import pytest
from django.utils import timezone

from accounts.models import User
from economy import selectors
from economy.tests.factories import GoalFactory, TaskFactory

pytestmark = pytest.mark.django_db


def test_the_family_overview_counts_only_the_parents_children_and_the_last_30_days(
        personas, django_assert_num_queries):
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
    # (the children, their open goals, their tasks waiting, their newest entries, their conversions)
    with django_assert_num_queries(5):
        children, figures, recent, waiting = selectors.family_overview(personas["parent_a"])
    # then
    assert figures == {"goals_open": 3, "tasks_awaiting": 2} and recent == [] and waiting == []
    # and the children are the family's, oldest account first, with their profiles loaded and linked
    from accounts.models import ChildProfile

    assert [c.pk for c in children] == [c.pk for c in User.objects.filter(
        child_profile__parent=personas["parent_a"]).order_by("created_at", "id")] and len(children) == 2
    for child_read in children:
        stored = ChildProfile.objects.get(user=child_read)
        assert [getattr(child_read.child_profile, f.attname) for f in ChildProfile._meta.concrete_fields] == [
            getattr(stored, f.attname) for f in ChildProfile._meta.concrete_fields]
        assert child_read.child_profile.user is child_read and not child_read._state.adding
    with django_assert_num_queries(0):
        [child_read.child_profile.coins for child_read in children]
    assert selectors.family_overview(personas["parent_b"])[1] == {"goals_open": 1, "tasks_awaiting": 1}
    with django_assert_num_queries(0):
        assert selectors.family_overview(personas["child_a"]) == ([], {"goals_open": 0, "tasks_awaiting": 0}, [], [])


def test_the_family_overview_lists_the_newest_entries_and_pending_conversions(personas, give_coins):
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
    # when
    _, _, recent, waiting = selectors.family_overview(parent, entries=10)
    # then the entries are the ten newest of both children: the declined conversion given back and held,
    # the three held, then the newest chores, the teen's an hour after the child's
    assert [row["amount"] for row in recent] == [5, 5, 30, 20, 10, 12, 12, 11, 11, 10]
    assert [row["user_id"] for row in recent[5:]] == [teen.pk, child.pk, teen.pk, child.pk, teen.pk]
    # rendered as the ledger's entries are
    plain = Transaction.objects.filter(user__in=children).order_by("-created_at", "-id")
    render = JSONRenderer().render
    assert render(recent) == render(selectors.transaction_rows(plain[:10]))
    # and the conversions are the family's pending ones, newest first, which render as the requests do
    assert [row["coins_amount"] for row in waiting] == [30, 20, 10]
    pending = RedemptionRequest.objects.filter(user__in=children, status="pending").order_by("-created_at", "-id")
    assert render(RedemptionReadSerializer(waiting, many=True).data) == render(
        RedemptionReadSerializer(pending, many=True).data)
    # and a shorter list is the newest of each
    _, _, recent, waiting = selectors.family_overview(parent, entries=3, pending=2)
    assert [row["amount"] for row in recent] == [5, 5, 30] and [row["coins_amount"] for row in waiting] == [30, 20]
    # and a list longer than one child's history (14 entries, the teen's 15) or than both holds all it can
    for entries in (15, 40):
        _, _, recent, _ = selectors.family_overview(parent, entries=entries)
        assert [row["id"] for row in recent] == [entry.pk for entry in plain[:entries]]
        assert len(recent) == min(entries, 29)


@pytest.mark.parametrize("filters", [
    {}, {"type": "spend"}, {"category": "task"}, {"type": "earn", "category": "shop"},
    {"start": 30}, {"end": 10}, {"start": 30, "end": 10, "type": "earn"},
], ids=["none", "type", "category", "no-match", "start", "end", "window"])
@pytest.mark.parametrize("offset, limit", [(0, 50), (3, 4), (0, 1), (40, 10)])
def test_a_ledger_page_holds_the_lines_of_its_filters(personas, filters, offset, limit, django_assert_num_queries):
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
    # then it holds the child's lines of those filters, newest first, from the offset
    matching = [i for i in range(23, -1, -1)
                if filters.get("type", "spend" if i % 3 == 2 else "earn") == ("spend" if i % 3 == 2 else "earn")
                and filters.get("category", "task" if i % 2 else "shop") == ("task" if i % 2 else "shop")
                # (an entry exactly at ``start`` hours ago was made a moment before the query's start)
                and 48 - i < filters.get("start", 49) and 48 - i > filters.get("end", 0)]
    assert [row["description"] for row in page] == [f"Line {i}" for i in matching[offset:offset + limit]]
    assert {row["user_id"] for row in page} <= {str(child.pk)}
    # rendered as the ledger's entries are, byte for byte
    plain = selectors.transaction_rows(selectors.transactions_for(child, **query)[offset:offset + limit])
    render = JSONRenderer().render
    assert render(page) == render(plain)
