"""A parent's home page in the admin, and the approval inbox's "approve all", balances and messages.

The home page (``accounts.admin_home``) shows a parent what waits for it, then a card per child:
balance, level, streak, open goals, what waits about that child, this week's coins earned and spent
(``economy.categories``' rules) and links to the child's pages; then its own recent actions, named, each
linked while it may still see the object. Another family's child never shows; operators keep Django's
list of models (a teacher's home page is classroom's); the page costs the same queries at any size.
"Approve all" decides the rows the parent saw, each through the same service, exactly once.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal

import pytest
from django.urls import reverse

from accounts import services as accounts_services
from accounts.models import ChildProfile
from accounts.tests.admin_helpers import content, messages_of, successes_of
from accounts.tests.factories import ChildFactory
from coincraft.days import this_week_start, today_for
from economy import services
from economy.models import OwnedItem, PurchaseRequest, Task, Transaction
from economy.tests.factories import (
    GoalFactory,
    completed_task,
    fund_goal,
    open_task,
    pending_purchase,
    pending_redemption,
)
from economy.tests.helpers import assert_books_balance, balance
from economy.weekdays import Weekday

HOME = "/admin/"
INBOX = "/admin/inbox/"


# --- building blocks ------------------------------------------------------------------------------------


def status_of(obj) -> str:
    return type(obj).objects.values_list("status", flat=True).get(pk=obj.pk)


def approve_all(client, kind: str, objs, **extra):
    data = {"kind": kind, "decision": "approve_all", "ids": [str(getattr(o, "pk", o)) for o in objs], **extra}
    return client.post(INBOX, data, follow=True)


def card_of(response, child) -> dict:
    cards = [card for card in response.context["cards"] if card["child"].pk == child.pk]
    assert len(cards) == 1, f"one card for {child.name}"
    return cards[0]


def part_of(card, name: str):
    return next(value for part, value in card["parts"] if part.name == name)


def entry_dated(entry: Transaction, moment) -> None:
    Transaction.objects.filter(pk=entry.pk).update(created_at=moment)


def row_with(body: str, text: str) -> str:
    """The table row of a page that holds ``text``."""
    at = body.index(text)
    return body[body.rindex("<tr>", 0, at):body.index("</tr>", at)]


# --- the home page: a card per child ----------------------------------------------------------------------


def test_a_parents_home_has_a_card_per_child_with_balance_level_streak_and_open_goals(client, personas, give_coins):
    # given
    give_coins(personas.child_a, 40)
    ChildProfile.objects.filter(user=personas.child_a).update(level=4)
    bike = fund_goal(GoalFactory(user=personas.child_a, title="New Bike", target_amount=200, icon="🚲"), 50)
    GoalFactory(user=personas.child_a, title="Reached", target_amount=10, is_completed=True)
    GoalFactory(user=personas.teen_a, title="Headphones", target_amount=80)
    client.force_login(personas.parent_a)

    # when
    response = client.get(HOME)

    # then
    assert response.status_code == 200
    assert [t.name for t in response.templates][0] == "admin/parent_home.html"
    assert [card["child"].name for card in response.context["cards"]] == ["Child A", "Teen A"]
    luna = card_of(response, personas.child_a)
    assert (luna["profile"].coins, luna["profile"].level) == (40, 4)
    assert [(g["goal"].title, g["goal"].current_amount, g["goal"].target_amount, g["percent"])
            for g in part_of(luna, "goals")] == [("New Bike", 50, 200, 25)]
    assert [g["goal"].title for g in part_of(card_of(response, personas.teen_a), "goals")] == ["Headphones"]
    body = content(response)
    assert 'aria-label="New Bike: 50 of 200 coins saved"' in body
    assert "Reached" not in body
    assert "Level 4" in body
    assert f"{reverse('admin:economy_transaction_changelist')}?child={personas.child_a.pk}" in body
    assert f"{reverse('admin:economy_goal_changelist')}?child={personas.child_a.pk}" in body
    assert reverse("admin:accounts_childaccount_change", args=[personas.child_a.pk]) in body
    assert bike.pk  # funded through the ledger
    assert_books_balance()


def test_a_goals_date_reads_as_the_day_on_the_familys_calendar(client, personas):
    # given: a family in Auckland, and a goal due at its midnight starting Friday 7 June 2030 (on UTC's
    # calendar still Thursday 6 June)
    accounts_services.parent_settings_update(actor=personas.parent_a, time_zone="Pacific/Auckland")
    GoalFactory(user=personas.child_a, title="Kite", target_amount=30,
                deadline=datetime.fromisoformat("2030-06-06T12:00:00+00:00"))
    client.force_login(personas.parent_a)
    # when
    body = content(client.get(HOME))
    # then
    assert "Kite" in body and ">Fri 7 Jun</time>" in body


def test_a_childs_card_shows_its_streak_as_it_stands_today(client, personas):
    # given: Child A was active yesterday on a 6-day streak; Teen A last a week ago
    from django.utils import timezone

    now = timezone.now()
    ChildProfile.objects.filter(user=personas.child_a).update(streak_days=6, last_activity_date=now - timedelta(days=1))
    ChildProfile.objects.filter(user=personas.teen_a).update(streak_days=9, last_activity_date=now - timedelta(days=7))
    client.force_login(personas.parent_a)

    # when
    response = client.get(HOME)

    # then
    assert card_of(response, personas.child_a)["streak"] == 6
    assert card_of(response, personas.teen_a)["streak"] == 0
    assert "6-day streak" in content(response)
    assert "9-day streak" not in content(response)


def test_this_weeks_coins_follow_the_ledgers_rules_of_earned_spent_and_gifts(client, personas, give_coins,
                                                                            ledger_alone):
    # given: this week, a chore paid (earned), a test credit and a correction (neither), a purchase and
    # a gift (spent, the gift named); last week, a chore paid (not this week)
    child = personas.child_a
    give_coins(child, 100)
    services.task_approve(actor=personas.parent_a, task=completed_task(personas.parent_a, child, reward=7))
    old = services.ledger_post(actor=personas.parent_a, child=child, type="earn", amount=30, delta=30,
                               description="Task completed: Old", category="task")
    entry_dated(old, this_week_start() - timedelta(minutes=1))
    services.balance_adjust(actor=personas.parent_a, child=child, delta=-4, reason="Broke a cup")
    services.purchase_approve(actor=personas.parent_a, request=pending_purchase(child, name="Kite", price=60))
    services.transaction_record(actor=child, child=child, type="spend", amount=5, description="Shelter",
                                category="charity")
    client.force_login(personas.parent_a)

    # when
    response = client.get(HOME)

    # then
    assert part_of(card_of(response, child), "week") == {"earned": 7, "spent": 65, "given": 5}
    assert part_of(card_of(response, personas.teen_a), "week") == {"earned": 0, "spent": 0, "given": 0}
    body = content(response)
    assert "Spent, gifts included" in body
    assert "5 of it given to good causes" in body
    assert_books_balance()


def test_a_childs_card_shows_its_pocket_money_with_the_next_payday_and_its_interest(client, personas):
    # given: Child A is paid 10 coins every Saturday (in proportion to its chores approved), today's payday
    # (if today is one) paid already, and
    # 2.5 % a month on the coins in its goals; Teen A has nothing set up
    child, teen = personas.child_a, personas.teen_a
    today = today_for(child)
    services.allowance_create(actor=personas.parent_a, child=child, amount=10, kind="weekly",
                              weekday=Weekday.SATURDAY, start_date=today - timedelta(days=14), gate="proportional")
    services.interest_set(actor=personas.parent_a, child=child, rate_percent=Decimal("2.5"), period="monthly",
                          cap=20, start_date=today)
    services.payday_run(today=today)
    client.force_login(personas.parent_a)

    # when
    response = client.get(HOME)

    # then
    saturday = today + timedelta(days=(Weekday.SATURDAY - today.weekday()) % 7 or 7)
    bank = part_of(card_of(response, child), "bank")
    assert [(schedule.amount, schedule.next_payday) for schedule in bank["allowances"]] == [(10, saturday)]
    body = content(response)
    assert '10 coins every Saturday <span class="cc-quiet">(in proportion to the chores approved)</span>' in body
    assert f"next <time datetime=\"{saturday:%Y-%m-%d}\">{saturday:%a} {saturday.day} {saturday:%b}</time>" in body
    assert "Interest on goals: 2.5% a month, at most 20 coins" in body
    # and the teen's card offers to set it up, for the teen
    nothing = part_of(card_of(response, teen), "bank")
    assert (nothing["allowances"], nothing["interest"]) == ([], None)
    assert f'<a href="{reverse("admin:economy_allowanceschedule_add")}?child={teen.pk}">Set it up</a>' in body


def test_a_parents_home_shows_what_waits_above_the_cards_and_per_child(client, personas, give_coins):
    # given
    give_coins(personas.child_a, 100)
    completed_task(personas.parent_a, personas.child_a, title="Feed the cat")
    completed_task(personas.parent_a, personas.teen_a, title="Bins")
    pending_purchase(personas.child_a, name="Kite")
    pending_redemption(personas.child_a)
    completed_task(personas.parent_b, personas.child_b, title="Family B chore")
    client.force_login(personas.parent_a)

    # when
    response = client.get(HOME)

    # then
    assert response.context["inbox_count"] == 4
    body = content(response)
    assert "4 things waiting for you" in body
    assert body.index("4 things waiting for you") < body.index("Your children")
    assert "Feed the cat" in body and "Kite" in body
    assert card_of(response, personas.child_a)["waiting"] == 3
    assert card_of(response, personas.teen_a)["waiting"] == 1
    assert f"{INBOX}?child={personas.child_a.pk}" in body
    assert "Family B chore" not in body


def test_the_home_lists_the_first_rows_of_a_kind_and_approves_only_those(client, personas):
    # given: seven chores waiting; the home shows five
    tasks = [completed_task(personas.parent_a, personas.child_a, title=f"Chore {n}", reward=1) for n in range(7)]
    client.force_login(personas.parent_a)

    # when
    home = client.get(HOME)

    # then
    (chores,) = [w for w in home.context["inbox"] if w.section.kind == "task"]
    assert [t.pk for t in chores.items] == [t.pk for t in tasks[:5]]
    assert (chores.total, chores.more) == (7, 2)
    body = content(home)
    assert "2 more in the inbox" in body
    assert all(f'name="ids" value="{t.pk}"' in body for t in tasks[:5])
    assert not any(f'name="ids" value="{t.pk}"' in body for t in tasks[5:])

    # when: approve all, from the home page
    response = approve_all(client, "task", chores.items, next=HOME)

    # then: back home, the five shown paid, the two others still waiting
    assert response.redirect_chain == [(HOME, 302)]
    assert "Chores: 5 approved." in messages_of(response)
    assert [status_of(t) for t in tasks] == ["approved"] * 5 + ["completed"] * 2
    assert_books_balance()


def test_a_parent_with_nothing_waiting_and_no_child_is_told_so(client, db):
    # given
    from accounts.tests.factories import ParentFactory

    parent = ParentFactory(name="New Parent")
    client.force_login(parent)

    # when
    response = client.get(HOME)

    # then
    assert response.context["cards"] == []
    assert response.context["inbox_count"] == 0
    body = content(response)
    assert "nothing is waiting" in body
    assert "Add your first child" in body


def test_another_familys_child_never_appears_on_a_parents_home(client, personas, give_coins):
    # given: family B has a goal, a chore waiting, a purchase and coins moved this week
    give_coins(personas.child_b, 100)
    GoalFactory(user=personas.child_b, title="Family B goal")
    completed_task(personas.parent_b, personas.child_b, title="Family B chore")
    pending_purchase(personas.child_b, name="Family B kite")
    # and a child of no family
    ChildFactory(name="Nobody's child")
    client.force_login(personas.parent_a)

    # when
    response = client.get(HOME)

    # then
    body = content(response)
    assert {card["child"].pk for card in response.context["cards"]} == {personas.child_a.pk, personas.teen_a.pk}
    for text in ("Child B", "Family B goal", "Family B chore", "Family B kite", "Nobody's child",
                 str(personas.child_b.pk), "Student One"):
        assert text not in body
    assert response.context["inbox_count"] == 0


def test_operators_keep_the_list_of_models(client, personas, operator):
    # given
    completed_task(personas.parent_a, personas.child_a, title="Feed the cat")
    client.force_login(operator)

    # when
    response = client.get(HOME)

    # then
    assert response.status_code == 200
    assert "cards" not in response.context
    assert [t.name for t in response.templates][0] == "admin/index.html"
    assert "Your children" not in content(response)
    assert response.context["app_list"]


@pytest.mark.parametrize("persona", ["child_a", "teen_a"])
def test_children_have_no_home_page_in_the_admin(client, personas, persona):
    # given
    client.force_login(personas[persona])

    # when
    response = client.get(HOME)

    # then
    assert response.status_code == 302
    assert response.url.startswith(reverse("admin:login"))


# --- the home page: recent actions -------------------------------------------------------------------------


def recent_of(response) -> list[tuple[str, str | None]]:
    """(name, link or None) of the recent actions a home page shows, newest first."""
    return [(action["entry"].object_repr, action["url"]) for action in response.context["recent_actions"]]


def test_a_parents_home_shows_its_own_recent_actions_named_and_linked(client, personas, give_coins):
    # given: the parent sets a chore and approves it, rejects a purchase and gives coins; another parent and
    # the co-parent act too
    give_coins(personas.child_a, 50)
    services.task_approve(actor=personas.parent_a, task=completed_task(personas.parent_a, personas.child_a))
    services.purchase_reject(actor=personas.parent_a, request=pending_purchase(personas.child_a), reason="Not now")
    services.balance_adjust(actor=personas.parent_a, child=personas.teen_a, delta=5, reason="Birthday")
    completed_task(personas.parent_b, personas.child_b, title="Family B chore")
    open_task(personas.coparent_a, personas.teen_a, title="Coparent chore")
    task = Task.objects.get(title="Dishes")
    purchase = PurchaseRequest.objects.get()
    client.force_login(personas.parent_a)

    # when
    response = client.get(HOME)

    # then: its own entries only, newest first, by the objects' names, each linked to its page
    assert recent_of(response) == [
        ("Teen A", reverse("admin:accounts_childaccount_change", args=[personas.teen_a.pk])),
        ("Kite for Child A", reverse("admin:economy_purchaserequest_change", args=[purchase.pk])),
        ("Dishes — Child A", reverse("admin:economy_task_change", args=[task.pk])),
        ("Dishes — Child A", reverse("admin:economy_task_change", args=[task.pk])),
    ]
    body = content(response)
    assert "Recent actions" in body
    assert f'<a href="{reverse("admin:economy_purchaserequest_change", args=[purchase.pk])}">Kite for Child A</a>' \
        in body
    for text in ("Family B chore", "Coparent chore", " object ("):
        assert text not in body


def test_a_recent_action_on_what_the_parent_no_longer_sees_is_named_without_a_link(client, personas):
    # given: an allowance set up and deleted by the parent; a chore the co-parent set before leaving the family
    plan = services.allowance_create(actor=personas.parent_a, child=personas.child_a, amount=5, kind="weekly",
                                     weekday=5, start_date=this_week_start().date() + timedelta(days=28))
    services.plan_delete(actor=personas.parent_a, obj=plan)
    bins = completed_task(personas.coparent_a, personas.teen_a, title="Bins")
    accounts_services.co_parent_remove(actor=personas.coparent_a, co_parent=personas.coparent_a)

    # when
    home = client_home(client, personas.parent_a)
    left = client_home(client, personas.coparent_a)

    # then: named as it was, linked to nothing
    allowance = "Allowance of 5 coins every week — Child A"
    assert recent_of(home) == [(allowance, None), (allowance, None)]
    assert [entry.is_deletion() for entry in (a["entry"] for a in home.context["recent_actions"])] == [True, False]
    assert recent_of(left) == [("Bins — Teen A", None)]
    assert reverse("admin:economy_task_change", args=[bins.pk]) not in content(left)


def test_a_parent_without_actions_is_told_where_they_will_show(client, personas):
    # when
    response = client_home(client, personas.parent_a)
    # then
    assert response.context["recent_actions"] == []
    assert "Nothing yet: what you approve, reject, set up or change shows here." in content(response)


def client_home(client, user):
    client.force_login(user)
    return client.get(HOME)


# --- a fixed number of queries, whatever the family's size -------------------------------------------------


def grow_family(personas, extra: int) -> None:
    """``extra`` more children for parent_a, each with pocket money and interest set up, goals, ledger
    entries and things waiting."""
    kids = [ChildFactory(name=f"Kid {n:02d}", email=f"kid.{n}@example.com", profile__parent=personas.parent_a)
            for n in range(extra)]
    for kid in kids:
        for weekday in (Weekday.WEDNESDAY, Weekday.SATURDAY):
            services.allowance_create(actor=personas.parent_a, child=kid, amount=5, kind="weekly", weekday=weekday,
                                      start_date=today_for(kid) - timedelta(days=10))
        services.interest_set(actor=personas.parent_a, child=kid, rate_percent=Decimal("5"), period="weekly", cap=5,
                              start_date=today_for(kid))
    services.payday_run()
    for n, kid in enumerate(kids):
        services.ledger_post(actor=None, child=kid, type="earn", amount=200, delta=200, description="Credit",
                             category="test")
        for g in range(3):
            fund_goal(GoalFactory(user=kid, title=f"Goal {n}.{g}", target_amount=50), 5)
        for t in range(2):
            services.task_approve(actor=personas.parent_a,
                                  task=completed_task(personas.parent_a, kid, title=f"Paid {n}.{t}", reward=2))
            completed_task(personas.parent_a, kid, title=f"Waiting {n}.{t}", reward=2)
        pending_purchase(kid, name=f"Toy {n}", price=15)
        pending_redemption(kid, coins=5)
        # the parent's recent actions then name chores, purchases and children (more kinds than one)
        services.purchase_reject(actor=personas.parent_a, request=pending_purchase(kid, name=f"No {n}", price=1))
        services.balance_adjust(actor=personas.parent_a, child=kid, delta=1, reason="Gift")


@pytest.mark.parametrize("extra", [0, 4], ids=["two-children", "six-children"])
def test_a_parents_home_runs_a_constant_number_of_queries(client, personas, give_coins, django_assert_num_queries,
                                                          extra):
    # given: the family's own children have a goal and something waiting too
    give_coins(personas.child_a, 50)
    fund_goal(GoalFactory(user=personas.child_a, title="Bike"), 10)
    completed_task(personas.parent_a, personas.teen_a, title="Bins")
    grow_family(personas, extra)
    client.force_login(personas.parent_a)
    client.get(HOME)  # the session and the first request's one-off reads

    # when
    # (recent actions: the parent's entries, then which of their objects it still sees, one query for all kinds;
    # each part of the cards reads all the children at once)
    with django_assert_num_queries(21):
        response = client.get(HOME)

    # then
    assert len(response.context["cards"]) == 2 + extra
    assert response.context["inbox_count"] == 1 + 4 * extra
    recent = response.context["recent_actions"]
    assert len(recent) == (1 if extra == 0 else 10) and all(action["url"] for action in recent)
    assert len({action["entry"].content_type_id for action in recent}) == (1 if extra == 0 else 3)


@pytest.mark.parametrize("extra", [0, 4], ids=["two-children", "six-children"])
def test_the_inbox_runs_a_constant_number_of_queries(client, personas, give_coins, django_assert_num_queries, extra):
    # given
    completed_task(personas.parent_a, personas.teen_a, title="Bins")
    grow_family(personas, extra)
    client.force_login(personas.parent_a)
    client.get(INBOX)

    # when
    with django_assert_num_queries(8):
        response = client.get(INBOX)

    # then
    assert len(response.context["tasks"]) == 1 + 2 * extra
    assert len(response.context["purchases"]) == extra


# --- the inbox: one child's rows --------------------------------------------------------------------------


def test_the_inbox_limited_to_one_child_shows_only_its_rows(client, personas):
    # given
    feed = completed_task(personas.parent_a, personas.child_a, title="Feed the cat")
    completed_task(personas.parent_a, personas.teen_a, title="Bins")
    client.force_login(personas.parent_a)

    # when
    response = client.get(INBOX, {"child": str(personas.child_a.pk)})

    # then
    assert [t.pk for t in response.context["tasks"]] == [feed.pk]
    assert "Bins" not in content(response)
    assert "Show everything waiting" in content(response)


@pytest.mark.parametrize("child", ["child_b", "student_1", "parent_a", "not-a-uuid"])
def test_the_inbox_limited_to_a_child_not_ones_own_is_not_found(client, personas, child):
    # given
    client.force_login(personas.parent_a)
    value = child if child == "not-a-uuid" else str(personas[child].pk)

    # when
    response = client.get(INBOX, {"child": value})

    # then
    assert response.status_code == 404
    assert personas.child_b.name not in content(response)


# --- the inbox: approve all -----------------------------------------------------------------------------


def test_approve_all_pays_each_shown_chore_once_and_reports_those_already_decided(client, personas):
    # given: five chores on the parent's page; meanwhile one was approved and one rejected elsewhere
    tasks = [completed_task(personas.parent_a, child, title=f"Chore {n}", reward=n + 1)
             for n, child in enumerate([personas.child_a, personas.child_a, personas.teen_a, personas.child_a,
                                        personas.teen_a])]
    client.force_login(personas.parent_a)
    shown = client.get(INBOX).context["tasks"]
    services.task_approve(actor=personas.parent_a, task=tasks[1])
    services.task_reject(actor=personas.parent_a, task=tasks[3])

    # when
    response = approve_all(client, "task", shown)
    again = approve_all(client, "task", shown)

    # then
    messages = messages_of(response)
    assert response.redirect_chain == [(INBOX, 302)]
    assert messages[0] == "Chores: 3 approved, 2 already decided."
    assert successes_of(response) == ["Chores: 3 approved, 2 already decided.", "Child A was paid 1 coin for Chore 0.",
                                      "Teen A was paid 3 coins for Chore 2.", "Teen A was paid 5 coins for Chore 4."]
    assert "Already decided, skipped: Child A's chore Chore 1." in messages
    assert "Already decided, skipped: Child A's chore Chore 3." in messages
    assert [status_of(t) for t in tasks] == ["approved", "approved", "approved", "rejected", "approved"]
    assert messages_of(again)[0] == "Chores: 0 approved, 5 already decided."
    assert successes_of(again) == []
    for task in tasks:
        assert Transaction.objects.filter(reference_type="task", reference_id=str(task.pk)).count() == int(
            task.pk != tasks[3].pk)
    assert (balance(personas.child_a), balance(personas.teen_a)) == (1 + 2, 3 + 5)
    assert_books_balance()


def test_approve_all_purchases_reports_the_one_the_balance_cannot_pay(client, personas, give_coins):
    # given: two requests of 20 coins and 30 coins in the balance
    give_coins(personas.child_a, 30)
    kite = pending_purchase(personas.child_a, name="Kite", price=20)
    ball = pending_purchase(personas.child_a, name="Ball", price=20)
    client.force_login(personas.parent_a)

    # when
    response = approve_all(client, "purchase", [kite, ball])

    # then
    messages = messages_of(response)
    assert messages[0] == "Purchases: 1 approved, 1 not approved."
    assert "Child A's purchase of Kite was approved (20 coins)." in messages
    assert "Not approved: Child A's purchase of Ball (20 coins): Insufficient coins" in messages
    assert (status_of(kite), status_of(ball)) == ("approved", "pending")
    assert balance(personas.child_a) == 10
    assert OwnedItem.objects.filter(user=personas.child_a).count() == 1
    assert_books_balance()


def test_approve_all_conversions_says_what_happened(client, personas, give_coins):
    # given
    give_coins(personas.child_a, 30)
    first, second = pending_redemption(personas.child_a, coins=10), pending_redemption(personas.child_a, coins=5)
    client.force_login(personas.parent_a)

    # when
    response = approve_all(client, "redemption", [first, second])

    # then
    assert successes_of(response) == [
        "Conversions: 2 approved.",
        f"Child A's conversion of 10 coins ({first.cash_amount}) was approved; pay Child A {first.cash_amount}.",
        f"Child A's conversion of 5 coins ({second.cash_amount}) was approved; pay Child A {second.cash_amount}.",
    ]
    assert (status_of(first), status_of(second)) == ("approved", "approved")
    assert balance(personas.child_a) == 15
    assert_books_balance()


def test_approve_all_with_another_familys_id_approves_only_ones_own(client, personas):
    # given
    mine = completed_task(personas.parent_a, personas.child_a, title="Mine", reward=3)
    theirs = completed_task(personas.parent_b, personas.child_b, title="Theirs", reward=3)
    client.force_login(personas.parent_a)

    # when
    response = approve_all(client, "task", [mine, theirs, "not-a-uuid", mine])

    # then
    messages = messages_of(response)
    assert messages[0] == "Chores: 1 approved, 2 not approved."
    assert messages.count("Not approved: Not found") == 2
    assert (status_of(mine), status_of(theirs)) == ("approved", "completed")
    assert (balance(personas.child_a), balance(personas.child_b)) == (3, 0)
    assert_books_balance()


@pytest.mark.parametrize("data", [
    {"kind": "task", "decision": "approve_all"},
    {"kind": "goal", "decision": "approve_all", "ids": ["ID"]},
    {"kind": "task", "decision": "reject_all", "ids": ["ID"]},
])
def test_malformed_approve_all_posts_change_nothing(client, personas, data):
    # given
    task = completed_task(personas.parent_a, personas.child_a)
    data = {k: ([str(task.pk)] if v == ["ID"] else v) for k, v in data.items()}
    client.force_login(personas.parent_a)

    # when
    response = client.post(INBOX, data, follow=True)

    # then
    assert response.status_code == 200
    assert successes_of(response) == []
    assert any(m.startswith("Nothing changed") for m in messages_of(response))
    assert status_of(task) == "completed"


@pytest.mark.parametrize("persona", ["teacher_1", "child_a"])
def test_approve_all_is_a_parents(client, personas, persona):
    # given
    task = completed_task(personas.parent_a, personas.child_a)
    client.force_login(personas[persona])

    # when
    response = client.post(INBOX, {"kind": "task", "decision": "approve_all", "ids": [str(task.pk)]})

    # then
    assert response.status_code == 302
    assert status_of(task) == "completed"
    assert balance(personas.child_a) == 0


@pytest.mark.parametrize(("next_url", "lands"), [
    (HOME, HOME), (f"{INBOX}?child=CHILD", f"{INBOX}?child=CHILD"), ("https://elsewhere.example/admin/", INBOX),
    ("//elsewhere.example/admin/", INBOX), ("/api/users/me", INBOX), ("", INBOX),
])
def test_a_decision_returns_to_the_admin_page_it_was_taken_on_and_nowhere_else(client, personas, next_url, lands):
    # given
    task = completed_task(personas.parent_a, personas.child_a)
    client.force_login(personas.parent_a)
    child = str(personas.child_a.pk)

    # when
    response = client.post(INBOX, {"kind": "task", "decision": "approve", "id": str(task.pk),
                                   "next": next_url.replace("CHILD", child)})

    # then
    assert response.status_code == 302
    assert response.url == lands.replace("CHILD", child)


def test_approve_all_shows_only_with_two_rows_or_more(client, personas, give_coins):
    # given: one chore waiting, two conversions
    completed_task(personas.parent_a, personas.child_a, title="Only chore")
    give_coins(personas.teen_a, 20)
    pending_redemption(personas.teen_a, coins=5)
    pending_redemption(personas.teen_a, coins=6)
    client.force_login(personas.parent_a)

    # when
    body = content(client.get(INBOX))

    # then
    assert body.count('value="approve_all"') == 1
    assert "Approve all 2 (I paid)" in body


# --- the inbox: balances and messages ---------------------------------------------------------------------


def test_purchase_and_conversion_rows_show_the_childs_balance_and_warn_when_it_is_short(client, personas,
                                                                                       give_coins):
    # given: Child A asked for a 20-coin kite and has 15 coins left; Teen A has enough
    give_coins(personas.child_a, 25)
    pending_purchase(personas.child_a, name="Kite", price=20)
    services.balance_adjust(actor=personas.parent_a, child=personas.child_a, delta=-10, reason="Broke a cup")
    give_coins(personas.teen_a, 100)
    pending_purchase(personas.teen_a, name="Headphones", price=30)
    pending_redemption(personas.teen_a, coins=40)
    client.force_login(personas.parent_a)

    # when
    body = content(client.get(INBOX))

    # then
    kite, headphones, conversion = (row_with(body, text) for text in ("Kite", "Headphones", "Pocket money"))
    assert "15 coins" in kite and "Not enough coins" in kite
    assert "60 coins" in headphones and "Not enough coins" not in headphones
    assert "60 coins" in conversion and "+ 40 set aside" in conversion


@pytest.mark.parametrize(("kind", "decision", "said"), [
    ("task", "reject", "Child A's chore Dishes was rejected; nothing was paid."),
    ("purchase", "approve", "Child A's purchase of Kite was approved (20 coins)."),
    ("purchase", "reject", "Child A's purchase of Kite was rejected; no coins moved."),
])
def test_each_decision_says_what_happened_with_names(client, personas, give_coins, kind, decision, said):
    # given
    give_coins(personas.child_a, 50)
    obj = completed_task(personas.parent_a, personas.child_a) if kind == "task" else pending_purchase(personas.child_a)
    client.force_login(personas.parent_a)

    # when
    response = client.post(INBOX, {"kind": kind, "decision": decision, "id": str(obj.pk)}, follow=True)

    # then
    assert successes_of(response) == [said]
    assert_books_balance()
