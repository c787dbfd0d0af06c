"""The child's "Me" screen (``GET /api/child/me``): its level and streak, every achievement (earned or
not), the classes it is in, its conversions waiting at its parent's rate and what its family bank pays
it; in a constant number of statements, whatever the history's size. (Its history is
``GET /api/users/me/transactions``.)"""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest
from django.utils import timezone

from accounts.models import ChildProfile, ParentProfile
from accounts.tests.factories import ChildFactory, TeacherFactory
from classroom.models import Enrolment
from classroom.services import classroom_join
from classroom.tests.factories import ClassroomFactory
from coincraft.days import today_for
from economy.models import AllowancePayment, AllowanceSchedule
from economy.services import (
    allowance_create,
    interest_set,
    ledger_post,
    payday_run,
    redemption_approve,
    redemption_create,
)
from economy.tests.history import SIZE_IDS, SIZES
from economy.weekdays import Weekday
from learning.models import Achievement, UserAchievement
from learning.tests.helpers import assert_error, assert_types
from learning.tests.history import history, module_pool

ME = "/api/child/me"


def me(client) -> dict:
    response = client.get(ME)
    assert response.status_code == 200, response.content[:500]
    return response.json()


def credit(child, coins: int) -> None:
    ledger_post(actor=None, child=child, type="earn", amount=coins, delta=coins, description="Credit",
                category="test")


def test_me_shows_the_balance_level_and_streak_as_home_does(personas, as_user):
    # given
    child = personas.child_a
    credit(child, 40)
    # when
    body = me(as_user(child))
    home = as_user(child).get("/api/child/dashboard").json()
    # then
    assert body["profile"] == home["child"]
    assert body["profile"]["coins"] == ChildProfile.objects.get(user=child).coins == 40


def test_me_lists_every_achievement_earned_ones_first(personas, as_user):
    # given: two awards, the newer one last
    child = personas.child_a
    first, second = Achievement.objects.order_by("code")[:2]
    older = UserAchievement.objects.create(user=child, achievement=first)
    UserAchievement.objects.filter(pk=older.pk).update(earned_at=timezone.now() - timedelta(days=2))
    UserAchievement.objects.create(user=child, achievement=second)
    UserAchievement.objects.create(user=personas.child_b, achievement=Achievement.objects.order_by("code")[2])
    # when
    achievements = me(as_user(child))["achievements"]
    # then
    assert len(achievements) == Achievement.objects.count()
    assert [(a["id"], a["earned"]) for a in achievements[:3]] == [
        (str(second.pk), True), (str(first.pk), True), (achievements[2]["id"], False)]
    assert all(a["earned_at"] is None for a in achievements[2:])
    assert_types(achievements[0], {"id": "uuid", "title": str, "description": str, "rarity": str,
                                   "points_reward": int, "earned": bool, "earned_at": "datetime"})


def test_me_lists_the_classes_the_child_is_in(personas, as_user):
    # given: child_a is in class_1; it joins another teacher's class with its code
    teacher = TeacherFactory(name="Mr. Brown")
    later = ClassroomFactory(teacher=teacher.teacher_profile, name="Saturday Savers")
    classroom_join(actor=personas.child_a, class_code=later.class_code)
    # when
    classes = me(as_user(personas.child_a))["classes"]
    # then
    assert [(c["name"], c["teacher_name"], c["class_code"]) for c in classes] == [
        ("Class One", "Teacher One", personas.class_1.class_code),
        ("Saturday Savers", "Mr. Brown", later.class_code)]
    assert classes[0]["id"] == str(personas.class_1.pk)


def test_a_child_in_no_class_has_none(personas, as_user):
    assert me(as_user(personas.teen_a))["classes"] == []


def test_me_shows_the_parents_rate_and_the_conversions_waiting(personas, as_user):
    # given: a rate of 0.25; one request waiting, one approved
    child = personas.child_a
    ParentProfile.objects.filter(user=personas.parent_a).update(exchange_rate="0.25")
    credit(child, 50)
    done = redemption_create(actor=child, child=child, coins_amount=20)
    redemption_approve(actor=personas.parent_a, request=done)
    waiting = redemption_create(actor=child, child=child, coins_amount=12, description="Cinema")
    # when
    conversions = me(as_user(child))["conversions"]
    # then
    assert conversions["exchange_rate"] == 0.25
    assert [(r["id"], r["coins_amount"], r["cash_amount"], r["status"], r["description"])
            for r in conversions["pending"]] == [(str(waiting.pk), 12, 3.0, "pending", "Cinema")]


def test_a_child_without_a_parent_has_no_rate_to_convert_at(personas, as_user):
    # when
    conversions = me(as_user(personas.student_1))["conversions"]
    # then
    assert conversions == {"exchange_rate": None, "currency": None, "pending": [], "declined": []}


def test_me_tells_the_pocket_money_its_parent_pays_with_the_next_payday_and_the_interest(personas, as_user):
    # given: a first read with nothing set up; then its parent pays 8 coins every other Wednesday, paid
    # up to today, and 4 % a month on its goals (another family's child has its own)
    child = personas.child_a
    client = as_user(child)
    assert me(client)["family_bank"] == {"allowances": [], "interest": None}
    today = today_for(child)
    allowance_create(actor=personas.parent_a, child=child, amount=8, kind="biweekly", weekday=Weekday.WEDNESDAY,
                     start_date=today - timedelta(days=30), gate="all")
    interest_set(actor=personas.parent_a, child=child, rate_percent=Decimal("4"), period="monthly", cap=25,
                 start_date=today)
    allowance_create(actor=personas.parent_b, child=personas.child_b, amount=99, start_date=today)
    payday_run(today=today)
    # when
    bank = me(client)["family_bank"]
    # then: the next payday is the first from today not paid yet
    allowance = AllowanceSchedule.objects.get(child=child)
    paid_until = max(AllowancePayment.objects.filter(schedule=allowance).values_list("period_end", flat=True))
    assert bank == {
        "allowances": [{"amount": 8, "kind": "biweekly", "weekday": 2, "day_of_month": 1, "gate": "all",
                        "next_payday": (paid_until + timedelta(days=14)).isoformat()}],
        "interest": {"rate_percent": 4.0, "period": "monthly", "cap": 25},
    }


@pytest.mark.parametrize("persona", ["parent_a", "teacher_1"])
def test_me_is_for_children_only(personas, as_user, persona):
    assert_error(as_user(personas[persona]).get(ME), 403, "Only children can access this endpoint")


@pytest.mark.parametrize("size", SIZES, ids=SIZE_IDS)
def test_me_runs_a_constant_number_of_queries(personas, as_user, django_assert_num_queries, size):
    # given: a history, awards, classes and waiting conversions at two sizes
    child = ChildFactory(profile__parent=personas.parent_a)
    history(child, size, module_pool(min(size, 20)), parent=personas.parent_a)
    teacher = TeacherFactory()
    for i in range(1 if size == 1 else 15):
        Enrolment.objects.create(classroom=ClassroomFactory(teacher=teacher.teacher_profile, name=f"C{i}"),
                                 student=child)
    allowance_create(actor=personas.parent_a, child=child, amount=5, start_date=today_for(child))
    interest_set(actor=personas.parent_a, child=child, rate_percent=Decimal("2"), period="weekly", cap=5,
                 start_date=today_for(child))
    client = as_user(child)
    # when
    # (the user, the achievements, the classes, the rate, the conversions waiting and those declined lately,
    # the allowances and the interest)
    with django_assert_num_queries(8):
        response = client.get(ME)
    # then
    body = response.json()
    assert body["achievements"] and body["classes"] and body["conversions"]["pending"]
    assert body["family_bank"]["allowances"] and body["family_bank"]["interest"]
