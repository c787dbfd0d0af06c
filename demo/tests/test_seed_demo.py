"""The demo data (``manage.py seed_demo``) fills every screen of the children's app for the demo child
and teen, keeps the books sound, and says truly which shop items its parent's limit lets through."""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import call_command

from accounts.models import ChildProfile, ParentProfile, User
from accounts.services import co_parent_remove
from classroom.models import Classroom, Enrolment, ModuleAssignment
from coincraft import days
from demo.management.commands import seed_demo
from economy.catalogue import CHILD_ITEMS, TEEN_ITEMS
from economy.models import Transaction
from economy.selectors import ledger_discrepancies
from economy.services import payday_run
from economy.weekdays import Weekday
from learning.models import Module, QuizAnswer, QuizQuestion, UserAchievement, UserModuleProgress
from learning.progression import achievements_check
from learning.tests.test_import_modules import ids, starter_records

from conftest import client_for


@pytest.fixture
def demo(db):
    call_command("seed_demo", stdout=StringIO())
    return {email.split("@")[0]: client_for(User.objects.get(email=email))
            for email in ("luna@demo.com", "harry@demo.com", "sam@demo.com")}


def get(client, url: str):
    response = client.get(url)
    assert response.status_code == 200, (url, response.content[:300])
    return response.json()


def test_the_demo_keeps_its_balances_and_sound_books(demo):
    assert dict(ChildProfile.objects.filter(user__email__in=["luna@demo.com", "harry@demo.com"])
                .values_list("user__email", "coins")) == {"luna@demo.com": 135, "harry@demo.com": 245}
    assert ledger_discrepancies() == []


@pytest.mark.parametrize("who", ["luna", "harry"])
def test_the_demo_child_already_has_every_achievement_its_record_earns(demo, who):
    # given: its streak, level and history as the demo leaves them
    child = User.objects.get(email=f"{who}@demo.com")
    # then: no award is left waiting for the next event to pay it out
    assert [a.title for a in achievements_check(child=child)] == []
    assert UserAchievement.objects.filter(user=child, achievement__title="On Fire").exists()


def test_the_demo_teacher_has_a_student_needing_support_and_quiz_answers_to_read(demo, client):
    # given: Sam failed the quiz of Saturday Savers' lesson, as many times as it takes
    teacher = User.objects.get(email="teacher@demo.com")
    client.force_login(teacher)
    # when
    cards = {card["classroom"].name: card for card in client.get("/admin/").context["cards"]}
    # then
    assert [name for name, _ in cards["Saturday Savers"]["support"]] == ["Sam Lee"]
    assert [card["overview"].needing_support for name, card in cards.items() if name != "Saturday Savers"] == [0, 0]
    assert QuizAnswer.objects.filter(student__email="sam@demo.com").exists()


def test_the_teens_concert_ticket_has_a_date_three_weeks_away_and_is_on_track(demo):
    # when
    goals = {goal["title"]: goal for goal in get(demo["harry"], "/api/users/me/goals")}
    # then
    ticket = goals["Concert Ticket"]
    assert ticket["days_remaining"] == 21 and ticket["days_to_goal"] <= 21
    assert goals["Headphones"]["days_remaining"] is None


def test_saving_into_a_demo_goal_moves_the_balance_by_that_amount_only(demo):
    # given
    goal = get(demo["luna"], "/api/users/me/goals")[0]
    # when
    response = demo["luna"].post(f"/api/users/me/goals/{goal['id']}/contribute", {"amount": 12}, format="json")
    # then
    assert response.status_code == 200, response.content
    assert response.json()["new_coin_balance"] == 135 - 12


@pytest.mark.parametrize("who", ["luna", "harry"])
def test_the_home_screen_has_something_in_every_part(demo, who):
    # when
    home = get(demo[who], "/api/child/dashboard")
    # then
    assert home["chores"] and any(c["overdue"] for c in home["chores"]) == (who == "luna")
    assert len(home["todays_goals"]) == 2 and all(g["icon"] for g in home["todays_goals"])
    near = min(home["todays_goals"], key=lambda g: g["coins_to_go"])
    assert 0 < near["coins_to_go"] <= 15 and near["days_to_goal"] is not None
    assert all(g["earned_per_week"] > 0 and g["price_in_chores"] for g in home["todays_goals"])
    assert len(home["achievements"]) >= 3
    assert home["assigned_lessons"] and all(lesson["due_date"] for lesson in home["assigned_lessons"])
    assert any(lesson["overdue"] for lesson in home["assigned_lessons"]) == (who == "luna")


@pytest.mark.parametrize("who", ["luna", "harry"])
def test_chores_are_in_each_state(demo, who):
    statuses = {task["status"] for task in get(demo[who], "/api/tasks")}
    assert statuses >= {"pending", "completed", "approved"}


@pytest.mark.parametrize("who", ["luna", "harry"])
def test_the_shop_shows_an_owned_item_and_one_waiting(demo, who):
    items = get(demo[who], "/api/shop/items")
    assert sum(item["owned"] for item in items) == 1 and sum(item["pending"] for item in items) == 1
    assert all(item["price_in_chores"] for item in items)


def test_the_history_spans_weeks(demo):
    entries = get(demo["luna"], "/api/users/me/transactions")
    dates = {entry["created_at"][:10] for entry in entries if entry["type"] == "earn"}
    assert len(dates) >= 8


@pytest.mark.parametrize("who, pocket_money, interest", [
    ("luna", 10, 0),
    ("harry", 20, 5 * 4),  # five weeks of 3 % of the 145 to 165 coins in his goals, rounded down
])
def test_the_family_bank_paid_each_payday_on_its_day_and_nothing_is_due_now(demo, who, pocket_money, interest):
    # given
    child = User.objects.get(email=f"{who}@demo.com")
    # when
    paid = Transaction.objects.filter(user=child, source="payday")
    # then: five Saturdays of pocket money, each on its day; the teen's interest for five weeks
    allowances = list(paid.filter(category="allowance"))
    assert [entry.delta for entry in allowances] == [pocket_money] * 5
    assert {days.day_of(entry.created_at, child).weekday() for entry in allowances} == {Weekday.SATURDAY}
    assert sum(paid.filter(category="interest").values_list("delta", flat=True)) == interest
    assert payday_run(dry_run=True).lines == []
    # and the only correction a parent made is the welcome coins
    assert list(Transaction.objects.filter(user=child, category="adjustment")
                .values_list("description", flat=True)) == ["Welcome coins"]


def test_the_teen_has_a_budget_a_weekly_chart_and_a_conversion_waiting(demo):
    budget = get(demo["harry"], "/api/teen/budget")
    assert budget["percentages"] == {"saving": 50, "spending": 30, "wants": 20}
    assert all(category["spent_amount"] > 0 for category in budget["categories"])
    assert sum(1 for week in budget["weeks"] if week["earned"]) >= 4
    me = get(demo["harry"], "/api/child/me")
    assert [r["coins_amount"] for r in me["conversions"]["pending"]] == [20]
    assert me["conversions"]["exchange_rate"] == 0.1


def test_a_demo_child_joins_the_saturday_class_and_finds_its_lesson_due(demo):
    # when
    response = demo["luna"].post("/api/classes/join", {"class_code": "SAVERS"}, format="json")
    # then
    assert response.status_code == 200, response.content
    lessons = get(demo["luna"], "/api/child/dashboard")["assigned_lessons"]
    assert {lesson["title"] for lesson in lessons} >= {"How People Earn Money"}
    assert [c["name"] for c in get(demo["luna"], "/api/child/me")["classes"]][-1] == "Saturday Savers"


@pytest.mark.parametrize("audience, items", [("younger_child", CHILD_ITEMS), ("older_child", TEEN_ITEMS)])
def test_the_docstring_lists_which_items_the_parents_limit_lets_through(demo, audience, items):
    # given
    limit = ParentProfile.objects.get(user__email="sarah@demo.com").auto_approval_limit
    at_once, waits = " ".join(seed_demo.__doc__.split()).split("Above 50")
    # then: each child item named with its price on the right side of the limit; teens' all wait
    assert limit == seed_demo.AUTO_APPROVAL_LIMIT == 50
    for name, _, price, *_ in items:
        if audience == "younger_child":
            assert f"{name} {price}" in (at_once if price <= limit else waits), name
        else:
            assert price > limit, name


def test_a_demo_purchase_under_the_limit_is_bought_at_once_and_one_above_waits(demo):
    # given
    items = {item["name"]: item["id"] for item in get(demo["luna"], "/api/shop/items")}
    # when
    cheap = demo["luna"].post("/api/shop/me/purchase", {"item_id": items["Crayon Box"]}, format="json")
    dear = demo["luna"].post("/api/shop/me/purchase", {"item_id": items["Paint Set"]}, format="json")
    # then
    assert (cheap.json()["status"], dear.json()["status"]) == ("approved", "pending")


def test_the_teacher_has_a_draft_of_her_own_with_a_question_of_each_kind(demo):
    # given
    teacher = User.objects.get(email="teacher@demo.com")
    # when
    drafts = Module.objects.filter(created_by=teacher)
    # then: one unpublished module, seen by its author only
    assert [(m.title, m.is_published) for m in drafts] == [("Pocket Money Plans", False)]
    questions = QuizQuestion.objects.filter(section__module=drafts[0]).order_by("order_index")
    assert [(q.kind, sum(o.is_correct for o in q.options.all())) for q in questions] == [("single", 1),
                                                                                        ("multiple", 2)]
    assert "Pocket Money Plans" not in str(get(demo["luna"], "/api/learning-modules"))
    assert "Pocket Money Plans" not in str(get(demo["luna"], "/api/child/activities"))


def test_seed_demo_creates_the_demo_family_and_is_idempotent(db):
    # when
    call_command("seed_demo")
    first = (User.objects.count(), Transaction.objects.count(), Classroom.objects.count(), Enrolment.objects.count())
    call_command("seed_demo")
    # then
    assert (User.objects.count(), Transaction.objects.count(), Classroom.objects.count(),
            Enrolment.objects.count()) == first
    luna = ChildProfile.objects.get(user__email="luna@demo.com")
    assert luna.coins == 135 and luna.parent.email == "sarah@demo.com"
    assert sum(Transaction.objects.filter(user=luna.user).values_list("delta", flat=True)) == 135
    assert User.objects.get(email="teacher@demo.com").check_password("demo123")


def test_seed_demo_users_can_sign_in(db, api_client):
    # given
    call_command("seed_demo")
    # when
    response = api_client.post("/api/auth/jwt/login", {"username": "Harry@demo.com", "password": "demo123"})
    # then
    assert response.status_code == 200
    coins = api_client.get("/api/users/me/coins", HTTP_AUTHORIZATION=f"Bearer {response.json()['access_token']}")
    assert coins.json() == 245


def test_the_demo_family_has_a_co_parent_who_sees_the_children_under_sarahs_id(db, api_client):
    # given
    call_command("seed_demo", stdout=StringIO())
    sarah, david = User.objects.get(email="sarah@demo.com"), User.objects.get(email="david@demo.com")
    # when
    login = api_client.post("/api/auth/jwt/login", {"username": "david@demo.com", "password": "demo123"})
    children = api_client.get(f"/api/users/{sarah.pk}/children",
                              HTTP_AUTHORIZATION=f"Bearer {login.json()['access_token']}")
    # then
    assert (david.role, david.co_parent_of_id, david.is_verified) == ("parent", sarah.pk, True)
    assert ParentProfile.objects.filter(user=david).exists()
    assert login.status_code == children.status_code == 200
    assert {child["email"] for child in children.json()} == {"luna@demo.com", "harry@demo.com"}


def test_seed_demo_brings_back_a_co_parent_who_left(db):
    # given
    call_command("seed_demo", stdout=StringIO())
    david = User.objects.get(email="david@demo.com")
    co_parent_remove(actor=david, co_parent=david)
    # when
    call_command("seed_demo", stdout=StringIO())
    # then
    david.refresh_from_db()
    assert david.co_parent_of == User.objects.get(email="sarah@demo.com")
    assert User.objects.filter(email="david@demo.com").count() == 1


# --- the starter curriculum ------------------------------------------------------------------------------------------


def demo_state() -> dict:
    return {
        **ids(),
        "assignments": sorted(ModuleAssignment.objects.values_list("id", "classroom_id", "module_id")),
        "progress": sorted(UserModuleProgress.objects.values_list("id", "user_id", "module_id", "status")),
    }


def test_seed_demo_loads_the_starter_curriculum_and_assigns_its_first_module(db):
    # when
    call_command("seed_demo", stdout=StringIO())

    # then
    records = starter_records()
    starter = Module.objects.exclude(slug=seed_demo.TEACHER_DRAFT["slug"])  # (the teacher's own draft aside)
    assert set(starter.values_list("slug", flat=True)) == {r["slug"] for r in records}
    assert set(starter.values_list("is_published", flat=True)) == {True}
    demo_class = Classroom.objects.get(name="Money Explorers")
    assert list(demo_class.assignments.values_list("module__slug", flat=True)) == [records[0]["slug"]]
    students = set(demo_class.students.values_list("pk", flat=True))
    assert len(students) == 2
    assert set(UserModuleProgress.objects.filter(module__slug=records[0]["slug"]).values_list("user_id", "status")) \
        == {(pk, "assigned") for pk in students}


def test_seed_demo_twice_changes_nothing(db):
    # given
    call_command("seed_demo", stdout=StringIO())
    before = demo_state()

    # when
    out = StringIO()
    call_command("seed_demo", stdout=out)

    # then
    assert demo_state() == before
    assert "Starter curriculum" not in out.getvalue()
