"""The role x route matrix: every URL pattern, every method, every persona, one expected answer.

QUALITY.md ("Authorization") asks that every URL pattern x method x persona answers the class the
matrix says, and that a route missing from the matrix fails the suite. This module is that matrix.

How to read ``MATRIX``
----------------------
Each ``Case`` is one (route template, HTTP method) with, optionally, a variant ``label`` when the same
route is worth checking with other path parameters or another body. The expectation is a row of
response classes, one per column of ``COLUMNS``::

    anonymous  parent_a  child_a  teen_a  parent_b  child_b  teacher_1  teacher_2  student_1  coparent_a

``coparent_a`` is family A's second parent. A co-parent is scoped exactly as its family's first parent
(``accounts.scoping.family_parent_id``), so a row of nine classes gives it ``parent_a``'s class; a row
names a tenth class where the two differ: ``parent_a``'s profile is someone else's to the co-parent, who
sees it (403, not 404), and a path naming a parent's family (its children, tasks and redemption
requests) takes ``parent_a``'s id from both of them (``accounts.scoping.names_family_parent``) but
the co-parent's own id from the co-parent only (``parent_a`` sees the co-parent: 403).

A class is ``2xx`` (any success) or an exact status code (``401``, ``403``, ``404``...). The rules the
rows follow are API.md's product decisions, not what the code happens to do:

- anonymous: 401 on every authenticated route; public routes (login, register, both logouts,
  refresh, forgot/reset password, request-verify-token, POST verify, health, /api/test, /api/status,
  the schema and docs pages) answer 2xx to everyone and ignore the Authorization header;
- another family's or class's person or object: 404, as a missing id would (decision 4);
- a route the role may not use at all: 403 with the role message, before any lookup (§0.9);
- inside a family, acting on a sibling's account or money: 403 (decision 12);
- a teacher sees its own students but never reads or sets their coins: 403; another teacher: 404;
- ``me`` means the caller wherever a path has a user id (§0.6);
- a family's co-parent answers as its first parent: it reads, approves and rejects the children's
  tasks, purchases and conversions (any parent of the child's family decides, not only the one who
  set a task), manages the family bank and the family's settings.

Path parameters are filled from ``PATH_DEFAULTS`` (a persona name, or ``me``) unless the case says
otherwise; bodies are built per call by a function of the personas so that they are valid (a 2xx is
reachable, so a 403/404 comes from authorization, never from validation) and unique where the
endpoint creates accounts.

The economy rows add three rules of their own:

- a decision (approve, reject) on a child's task, purchase or redemption is a parent's route: every
  other role is refused up front (403), another family's parent gets 404; repeating a decision
  that was already taken is 409 (decision 2), checked by the "already ..." variants;
- a child's goals, tasks and money are its own (decision 12): its parent reads them and decides,
  but creating, editing or deleting a child's goal as the parent is 403, as is a sibling acting on
  them; its teacher sees the child exists but may not touch its money (403);
- the objects a row acts on belong to family A (a goal of ``child_a``, a task ``parent_a`` set for
  ``child_a``, a request of ``child_a``), so the 404 and 403 columns read as above.

The learning and classroom rows add these:

- the games (integer ids 1-6) and published modules are the same for every signed-in user; a draft
  module exists only for its author (404 for everyone else, as a missing id). Completing a game or a
  module, the child screens and the quiz are for child roles (§14: both ``younger_child`` and
  ``older_child``), ``/api/teen/*`` for ``older_child`` only, ``POST /api/classes/join`` for child
  roles; every other role gets the route's 403 before any lookup;
- a module assigned to ``class_1`` gives ``child_a`` and ``student_1`` a progress row; ``teen_a`` (in
  no class) and ``child_b`` (``class_2``) have none, so their progress update is 404 "Module progress
  record not found" and their content 403 "You don't have access to this module" (§14; the module is
  published, so the 403 reveals nothing). Completing twice is 400 "Activity already completed" (§7,
  §14); joining a class twice is 409 (decision 4);
- teacher routes refuse every other role up front (403). Objects belong to ``teacher_1`` by default
  (``class_1``, its modules, its students ``child_a`` and ``student_1``): another teacher's class,
  module (draft or published) or student answers 404, as a missing one would (decision 4). §11's 403
  "You don't have access to this student's progress" and §12's 403 "Can only view your own classes"
  remain only for a person the teacher does see who is not the one it asks about (itself, its student);
  anyone outside its classes, whichever family they are in, is 404 (no existence oracle);
- the six games are made sure to exist in each row (``games``, ``game(...)``): a transactional test
  elsewhere may have flushed the rows the data migration created.

Class invitations (decision 13): a teacher's "add student" answers 2xx whatever the email or id (a
child's, one already enrolled, an adult's, nobody's), since it only invites. ``GET /api/child/invitations``
is every child role's; accepting or declining is for a child without a parent only (``student_1``):
every other role, and a child whose parent answers for it, is refused up front (403); another child's
invitation is 404 and one already answered 409. Parents answer in the admin inbox (admin tests).

The family bank rows (allowances, recurring chores, savings interest, a child's ledger CSV, its data
export and account deletion) are a parent's routes about its own children: every other role is
refused up front (403 "Only parents can manage allowances, chores and interest"), another family's
parent gets 404 (the child or the plan is outside its scope, decision 4), and ``me`` is 404 for a
parent (a parent is no child of its own, as on ``/api/parent/children/me/progress``). A class's
progress CSV follows the teacher rows.

Adding a route
--------------
Add one ``Case`` per method the view implements (the coverage test compares the matrix with the
views' methods), or, for a page tested elsewhere, an ``ALLOW_LIST`` entry with the reason.

Routes with object ids, and rows that need some state before the request, use two hooks. Both run
for every cell (each cell has a fresh database), before the request and before the "refused writes
change nothing" snapshot, so what they create is never mistaken for a write of the request:

- a path parameter's value (in ``Case.path`` or ``PATH_DEFAULTS``) may be a *filler*, a function of
  the ``Scene`` that creates the object and returns it (its ``pk`` goes into the path). Fillers bring
  the object to the state the row needs the way the app would, through ``economy.services``:
  ``goal_of("child_a")``, ``task_of("completed")``, ``purchase_request_of()``,
  ``redemption_of(decided="approved")``... ``request_id`` has no default, because it names a
  purchase request on one route and a redemption on another: every such case says which; nor has
  ``plan_id`` (an allowance, ``allowance_of()``, or a recurring chore, ``recurring_chore_of()``). The
  learning fillers go through ``learning.services`` and ``classroom.services``: ``game(1)``,
  ``module_of(published=False)``, ``module_of(assigned_to="class_1")``; ``module_of`` also puts the
  module in the scene (``p.module``), and ``the("module")`` fills a path with what a ``given`` made;
- ``Case.given`` is a tuple of functions of the ``Scene`` run first, for the rest of the state:
  ``coins("child_a")`` credits 100 coins through ``economy.services.ledger_post`` (never by writing
  the balance), ``catalogue`` creates one shop item per audience. A ``given`` may return a dict of
  named objects; they join the scene, so bodies and fillers reach them as ``p.child_item``. A filler
  is a ``given`` too, for a list that should have a row to show: ``given=(redemption_of(),)``.

Bodies receive the ``Scene``, which answers every persona name too (``p.child_a``), and are built
before the snapshot, so a body may create what it refers to.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from types import SimpleNamespace
from urllib.parse import urlencode

import pytest
from django.urls import Resolver404, URLPattern, URLResolver, get_resolver, resolve, reverse
from rest_framework.test import APIClient

from accounts.models import User
from accounts.services import password_reset_request, verification_request
from accounts.tests.factories import PASSWORD
from accounts.tokens import tokens_for
from classroom import services as class_services
from coincraft import views, webapp
from coincraft.testing.rows import database_rows
from economy import services as economy
from economy.models import Goal, ShopItem, Task, TaskStatus
from learning import services as learning_services
from learning.models import Activity, QuizQuestion
from learning.services import activities_ensure

from conftest import PERSONA_NAMES, Personas, client_for

ANONYMOUS = "anonymous"
COLUMNS = (ANONYMOUS, *PERSONA_NAMES)
WRITE_METHODS = {"POST", "PUT", "PATCH", "DELETE"}
STRONG_PASSWORD = "Plum-Orbit-7342!"
FAMILY_BANK_START = date(2030, 1, 7)


# --- the shape of a matrix row ----------------------------------------------------------------------


def row(spec: str) -> dict[str, str]:
    """``"401 2xx 403 ..."`` in ``COLUMNS`` order -> ``{persona: class}``; without a class for
    ``coparent_a`` (the last column), it answers as ``parent_a``."""
    classes = spec.split()
    if len(classes) == len(COLUMNS) - 1:
        classes.append(classes[COLUMNS.index("parent_a")])
    assert len(classes) == len(COLUMNS), f"a matrix row needs {len(COLUMNS)} classes, got {spec!r}"
    for cls in classes:
        assert cls == "2xx" or re.fullmatch(r"[1-5]\d\d", cls), f"unknown response class {cls!r} in {spec!r}"
    return dict(zip(COLUMNS, classes))


EVERYONE_2XX = "2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx"
SIGNED_IN_2XX = "401 2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx"
NOBODY = "401 403 403 403 403 403 403 403 403"  # operator-only routes: every role is refused up front
CHILD_ROLES_2XX = "401 403 2xx 2xx 403 2xx 403 403 2xx"  # child and teen routes (§14): both child roles
TEEN_ONLY = "401 403 403 2xx 403 403 403 403 403"  # teen routes (§15): older_child only
TEACHERS_2XX = "401 403 403 403 403 403 2xx 2xx 403"  # teacher routes about the caller's own things
TEACHER_1_2XX = "401 403 403 403 403 403 2xx 404 403"  # an object of teacher_1 (class_1, its module...)
TEACHER_2_2XX = "401 403 403 403 403 403 404 2xx 403"  # an object of teacher_2 (class_2, child_b...)


@dataclass(frozen=True)
class Case:
    route: str  # the Django route template (each route is also served with a trailing slash)
    method: str
    expect: str  # a class per column of COLUMNS (coparent_a's may be left out: parent_a's)
    path: dict = field(default_factory=dict)  # parameter -> persona name, "me" or a filler (else PATH_DEFAULTS)
    body: Callable[[Scene], dict] | None = None
    form: bool = False  # send the body form-encoded, as the app does for login
    label: str = ""
    given: tuple[Callable[[Scene], object], ...] = ()  # state made before the request, in order

    @property
    def expected(self) -> dict[str, str]:
        return row(self.expect)

    @property
    def name(self) -> str:
        return f"{self.method} /{self.route}" + (f" ({self.label})" if self.label else "")


class Scene:
    """What one request is built from: the personas, plus the objects its row's ``given`` named.

    Fillers, ``given`` functions and bodies receive it; ``scene.child_a`` is a persona and
    ``scene.child_item`` an object that a ``given`` returned under that name.
    """

    def __init__(self, personas: Personas):
        self.personas = personas
        self.objects: dict = {}

    def __getattr__(self, name):
        objects = self.__dict__.get("objects", {})
        if name in objects:
            return objects[name]
        return getattr(self.__dict__["personas"], name)

    def __getitem__(self, name):
        return getattr(self, name)


def unique() -> str:
    return uuid.uuid4().hex[:10]


# --- the objects a row acts on (fillers) and the state it needs first (given) -----------------------


def credit(child: User, amount: int) -> None:
    """Coins for a child, the way they are earned: one ledger entry (never a write of the balance)."""
    economy.ledger_post(actor=None, child=child, type="earn", amount=amount, delta=amount,
                        description="Matrix credit", category="test")


def coins(*names: str, amount: int = 100):
    """A ``given``: each named child starts with ``amount`` coins."""

    def given(s: Scene) -> None:
        for name in names:
            credit(s[name], amount)

    return given


def catalogue(s: Scene) -> dict:
    """A ``given``: one shop item per catalogue, ``child_item`` (children) and ``teen_item`` (teens)."""
    return {
        "child_item": ShopItem.objects.create(name="Matrix sticker", price=10, category="stickers",
                                              audience="younger_child"),
        "teen_item": ShopItem.objects.create(name="Matrix e-book", price=10, category="education",
                                             audience="older_child"),
    }


def goal_of(owner: str = "child_a", holding: int = 0):
    """A filler: a fresh goal of ``owner`` (target 100), empty or ``holding`` coins moved into it."""

    def goal(s: Scene) -> Goal:
        made = Goal.objects.create(user=s[owner], title="Matrix goal", target_amount=100)
        if holding:
            credit(s[owner], holding)
            made, _ = economy.goal_contribute(actor=s[owner], goal=made, amount=holding)
        return made

    return goal


def task_of(status: str = TaskStatus.PENDING, assignee: str = "child_a", parent: str = "parent_a"):
    """A filler: a task ``parent`` set for ``assignee`` (10 coins), brought to ``status`` as the app does."""

    def task(s: Scene) -> Task:
        child, guardian = s[assignee], s[parent]
        task = economy.task_create(actor=guardian, assigned_to=child, title="Matrix chore", coins_reward=10)
        if status == TaskStatus.IN_PROGRESS:
            task = economy.task_update(actor=child, task=task, status=TaskStatus.IN_PROGRESS)
        if status in (TaskStatus.COMPLETED, TaskStatus.APPROVED):
            task = economy.task_update(actor=child, task=task, status=TaskStatus.COMPLETED)
        if status == TaskStatus.APPROVED:
            task = economy.task_approve(actor=guardian, task=task)
        if status == TaskStatus.REJECTED:
            task = economy.task_reject(actor=guardian, task=task)
        assert task.status == status, f"task_of could not bring a task to {status!r}"
        return task

    return task


def purchase_request_of(child: str = "child_a", decided: str | None = None, parent: str = "parent_a"):
    """A filler: ``child`` asks to buy a 10-coin item of its catalogue (it has the coins), still pending
    or already ``decided`` ("approved" / "rejected") by ``parent``."""

    def purchase(s: Scene):
        buyer = s[child]
        item = ShopItem.objects.create(name=f"Matrix toy {unique()}", price=10, audience=buyer.role)
        credit(buyer, item.price)
        request = economy.purchase_request_create(actor=buyer, item_id=item.pk)
        if decided == "approved":
            request = economy.purchase_approve(actor=s[parent], request=request)
        elif decided == "rejected":
            request = economy.purchase_reject(actor=s[parent], request=request)
        assert request.status == (decided or "pending"), f"purchase_request_of: {request.status}"
        return request

    return purchase


def redemption_of(child: str = "child_a", decided: str | None = None, parent: str = "parent_a"):
    """A filler: ``child`` asks to convert 10 coins (held at once), pending or already ``decided``."""

    def redemption(s: Scene):
        owner = s[child]
        credit(owner, 10)
        request = economy.redemption_create(actor=owner, child=owner, coins_amount=10)
        if decided == "approved":
            request = economy.redemption_approve(actor=s[parent], request=request)
        elif decided == "rejected":
            request = economy.redemption_reject(actor=s[parent], request=request)
        assert request.status == (decided or "pending"), f"redemption_of: {request.status}"
        return request

    return redemption


def games(s: Scene) -> None:
    """A ``given``: the six built-in games (ids 1-6) exist. A data migration creates them, but a
    transactional test elsewhere may have flushed the table, so every game row makes sure first."""
    activities_ensure()


def literal(value):
    """A filler for a path parameter that is not an object id (a role name, a daily-goal key)."""

    def fill(s: Scene):
        return SimpleNamespace(pk=value)

    return fill


def streak_paused(child: str = "child_a", parent: str = "parent_a"):
    """A ``given``: ``parent`` paused ``child``'s streak for a week (``learning.progression``)."""

    def given(s: Scene) -> None:
        from datetime import date

        from learning.progression import streak_pause

        streak_pause(actor=s[parent], child=s[child], start=date(2030, 7, 1), end=date(2030, 7, 7))

    return given


def game(activity_id: int = 1):
    """A filler: built-in game ``activity_id`` (1-6, made sure to exist); 999 is a game that does not."""

    def activity(s: Scene):
        games(s)
        if activity_id == 999:
            assert not Activity.objects.filter(pk=999).exists()
            return SimpleNamespace(pk=999)
        return Activity.objects.get(pk=activity_id)

    return activity


def module_of(author: str = "teacher_1", published: bool = True, assigned_to: str | None = None,
              name: str = "module"):
    """A filler (or a ``given``): a module written by ``author`` through ``learning.services``, with one
    lesson and a one-question quiz, published or a draft, and assigned to the class ``assigned_to`` by
    that class's teacher (``classroom.services.module_assign``: every student gets an "assigned"
    progress row). Only a published module is assigned: a draft assigned to a class is one its author
    unpublished after assigning it (``learning.services.module_update``). It joins the scene as ``name``
    so a body (or the path, ``the(name)``) can reach it."""

    def module(s: Scene):
        made = learning_services.module_create(
            actor=s[author], title=f"Matrix module {unique()}", description="Why we save before we spend",
            category="Saving", difficulty="easy", duration=10, points_reward=20,
            published=published or assigned_to is not None,
            sections=[{"title": "Why save?", "content": "Saving means keeping coins for later."}],
            quiz=[{"question": "What is saving?", "explanation": "Keeping coins for later.",
                   "options": [{"text": "Keeping coins for later", "isCorrect": True}, {"text": "Spending all"}]}],
        )
        if assigned_to is not None:
            classroom = s[assigned_to]
            class_services.module_assign(actor=classroom.teacher.user, classroom=classroom, module=made)
            if not published:
                made = learning_services.module_update(actor=s[author], module=made, published=False)
        s.objects[name] = made
        return made

    return module


def allowance_of(child: str = "child_a", parent: str = "parent_a"):
    """A filler: a weekly allowance of 10 coins ``parent`` set for ``child`` (``economy.services``)."""

    def allowance(s: Scene):
        return economy.allowance_create(actor=s[parent], child=s[child], amount=10, kind="weekly", weekday=5,
                                        start_date=FAMILY_BANK_START)

    return allowance


def recurring_chore_of(child: str = "child_a", parent: str = "parent_a"):
    """A filler: a chore ``parent`` set for ``child`` every Monday and Thursday (``economy.services``)."""

    def chore(s: Scene):
        return economy.recurring_chore_create(actor=s[parent], child=s[child], title="Matrix chore", coins_reward=2,
                                              repeat="days_of_week", days_of_week="0,3", start_date=FAMILY_BANK_START)

    return chore


def interest_of(child: str = "child_a", parent: str = "parent_a"):
    """A ``given``: ``parent`` set weekly savings interest for ``child``."""

    def given(s: Scene) -> None:
        economy.interest_set(actor=s[parent], child=s[child], rate_percent=Decimal("2.5"), period="weekly", cap=20,
                             start_date=FAMILY_BANK_START)

    return given


def invitation_of(child: str, classroom: str, decided: str | None = None):
    """A filler: the class's teacher invites ``child`` by email (``classroom.services.invitations_send``);
    ``decided="declined"`` has its family (or itself, without one) decline it first."""

    def invitation(s: Scene):
        from classroom.models import Invitation

        made = s[classroom]
        class_services.invitations_send(actor=made.teacher.user, classroom=made, emails=[s[child].email])
        found = Invitation.objects.get(classroom=made, student=s[child])
        if decided == "declined":
            parent = s[child].child_profile.parent or s[child]
            class_services.invitation_decline(actor=parent, invitation=found)
        return found

    return invitation


def the(name: str):
    """A filler: an object an earlier ``given`` put in the scene under ``name``."""

    def obj(s: Scene):
        return s[name]

    return obj


def module_completed_by(*children: str, name: str = "module"):
    """A ``given`` (after ``module_of``): each named child already completed the module (and was paid)."""

    def given(s: Scene) -> None:
        for child in children:
            learning_services.module_complete(actor=s[child], module=s[name], score=100)

    return given


def game_completed_by(*children: str, activity_id: int = 1):
    """A ``given``: each named child already completed game ``activity_id`` (and was paid)."""

    def given(s: Scene) -> None:
        activity = game(activity_id)(s)
        for child in children:
            learning_services.activity_complete(actor=s[child], activity=activity)

    return given


# How a path parameter is filled when a case does not say: a persona's id, "me", or a filler.
# ``request_id`` has none: it is a purchase request on one route and a redemption on another;
# ``plan_id`` neither: an allowance on one route and a recurring chore on another.
# ``module_id`` is a published module of teacher_1, assigned to no class unless a case says so.
PATH_DEFAULTS = {"user_id": "child_a", "parent_id": "parent_a", "child_id": "child_a",
                 "goal_id": goal_of("child_a"), "task_id": task_of(TaskStatus.PENDING),
                 "activity_id": game(1), "module_id": module_of(), "class_id": "class_1",
                 "teacher_id": "teacher_1", "student_id": "child_a"}


# --- valid bodies -----------------------------------------------------------------------------------


def login_body(p: Personas) -> dict:
    return {"username": p.parent_a.email, "password": PASSWORD}


def register_body(p: Personas) -> dict:
    return {"email": f"new.{unique()}@example.com", "password": STRONG_PASSWORD, "name": "New Parent",
            "role": "parent"}


def refresh_body(p: Personas) -> dict:
    return {"refresh_token": tokens_for(p.parent_a)["refresh_token"]}


def reset_password_body(p: Personas) -> dict:
    return {"token": password_reset_request(email=p.parent_b.email), "password": STRONG_PASSWORD}


def verify_body(p: Personas) -> dict:
    token = verification_request(email=p.student_1.email)
    assert token, "student_1 must start unverified for POST /api/auth/verify to be reachable"
    return {"token": token}


def new_child_body(p: Personas) -> dict:
    return {"email": f"kid.{unique()}@example.com", "password": STRONG_PASSWORD, "name": "New Kid", "age": 9}


def parent_child_body(p: Personas) -> dict:
    return {"name": "Added Kid", "age": 12, "email": f"added.{unique()}@family.local", "role": "younger_child"}


def task_body(p: Scene) -> dict:
    return {"title": "Tidy the room", "coins_reward": 10, "assigned_to": str(p.child_a.pk)}


def purchase_body(item: str):
    def body(p: Scene) -> dict:
        return {"item_id": str(p[item].pk)}

    return body


AMOUNT_5 = {"amount": 5}


def allowance_body(child: str):
    def body(p: Scene) -> dict:
        return {"child_id": str(p[child].pk), "amount": 10, "kind": "weekly", "weekday": 5,
                "start_date": "2030-01-07", "gate": "all"}

    return body


def recurring_chore_body(child: str):
    def body(p: Scene) -> dict:
        return {"child_id": str(p[child].pk), "title": "Feed the cat", "coins_reward": 2, "repeat": "days_of_week",
                "days_of_week": [0, 3], "start_date": "2030-01-07"}

    return body


INTEREST_BODY = {"rate_percent": 2.5, "period": "weekly", "cap": 20, "start_date": "2030-01-07"}


def quiz_answers(p: Scene) -> dict:
    """The right answers to the quiz of the scene's ``module`` (graded on the server)."""
    questions = QuizQuestion.objects.filter(section__module=p.module).prefetch_related("options")
    return {"answers": {str(q.pk): [str(o.pk) for o in q.options.all() if o.is_correct] for q in questions}}


def new_class_body(p: Scene) -> dict:
    return {"name": f"Class {unique()}", "description": "Money basics", "grade_level": "4"}


def new_module_body(p: Scene) -> dict:
    return {"title": "Needs and wants", "description": "Telling what we need from what we want",
            "difficulty": "beginner", "duration": 15, "points_reward": 10, "published": True,
            "sections": [{"title": "Needs", "content": "Food, a home, clothes.", "duration": "5 min"}],
            "quiz": [{"question": "Is a toy a need?", "options": [{"text": "No", "isCorrect": True}, {"text": "Yes"}]}]}


def assign_body(classroom: str):
    def body(p: Scene) -> dict:
        return {"class_id": str(p[classroom].pk), "due_date": "2030-01-31"}

    return body


def unused_class_code() -> str:
    from classroom.models import Classroom

    code = "ZZZZZ9"
    assert not Classroom.objects.filter(class_code=code).exists()
    return code


# --- the matrix -------------------------------------------------------------------------------------
# Column order:                                                  anon pA  cA  tA  pB  cB  t1  t2  s1 (cpA)

MATRIX: list[Case] = [
    # Service pages and docs: public, for everyone.
    Case("health", "GET", EVERYONE_2XX),
    Case("openapi.yaml", "GET", EVERYONE_2XX),
    Case("docs", "GET", EVERYONE_2XX),
    Case("redocs", "GET", EVERYONE_2XX),
    Case("api/test", "GET", EVERYONE_2XX),
    Case("api/status", "GET", EVERYONE_2XX),
    # Auth (§2): public; a signed-in caller's header is ignored.
    Case("api/auth/jwt/login", "POST", EVERYONE_2XX, body=login_body, form=True),
    Case("api/auth/login", "POST", EVERYONE_2XX, body=login_body),
    Case("api/auth/register", "POST", EVERYONE_2XX, body=register_body),
    Case("api/auth/logout", "POST", EVERYONE_2XX, body=lambda p: {}),
    Case("api/auth/jwt/logout", "POST", EVERYONE_2XX, body=lambda p: {}),
    Case("api/auth/jwt/refresh", "POST", EVERYONE_2XX, body=refresh_body),
    Case("api/auth/forgot-password", "POST", EVERYONE_2XX, body=lambda p: {"email": p.parent_a.email}),
    Case("api/auth/reset-password", "POST", EVERYONE_2XX, body=reset_password_body),
    Case("api/auth/request-verify-token", "POST", EVERYONE_2XX, body=lambda p: {"email": p.student_1.email}),
    Case("api/auth/verify", "POST", EVERYONE_2XX, body=verify_body),
    Case("api/auth/verify", "GET", SIGNED_IN_2XX),  # "is my token valid?" needs a token
    # Users (§3): the caller itself.
    Case("api/users/me", "GET", SIGNED_IN_2XX),
    Case("api/users/me", "PATCH", SIGNED_IN_2XX, body=lambda p: {"name": "Renamed Me"}),
    Case("api/users/me", "PUT", SIGNED_IN_2XX, body=lambda p: {"name": "Renamed Me"}),
    # DELETE /api/users/{id} is operator-only, and `me` resolves like any id.
    Case("api/users/me", "DELETE", NOBODY),
    # Users: someone else. Self, guardian or own teacher reads; a sibling or a child reading its
    # parent is refused (403); other families and other classes do not exist (404).
    Case("api/users/<userid:user_id>", "GET", "401 2xx 2xx 403 404 404 2xx 404 404",
         label="user_id=child_a"),
    Case("api/users/<userid:user_id>", "GET", "401 2xx 403 403 404 404 404 404 404 403",
         path={"user_id": "parent_a"}, label="user_id=parent_a"),
    Case("api/users/<userid:user_id>", "GET", "401 403 403 403 404 404 404 404 404 2xx",
         path={"user_id": "coparent_a"}, label="user_id=coparent_a"),
    Case("api/users/<userid:user_id>", "PUT", "401 403 2xx 403 404 404 403 404 404",
         body=lambda p: {"name": "Renamed Child"}, label="user_id=child_a"),
    Case("api/users/<userid:user_id>", "PATCH", NOBODY, body=lambda p: {"name": "Renamed"},
         label="user_id=child_a"),
    Case("api/users/<userid:user_id>", "DELETE", NOBODY, label="user_id=child_a"),
    # A parent's children: parents only (403 for the other roles), and only its own list.
    Case("api/users/<userref:parent_id>/children", "GET", "401 2xx 403 403 404 403 403 403 403",
         label="parent_id=parent_a"),
    Case("api/users/<userref:parent_id>/children", "GET", "401 403 403 403 404 403 403 403 403 2xx",
         path={"parent_id": "coparent_a"}, label="parent_id=coparent_a"),
    Case("api/users/<userref:parent_id>/children", "GET", "401 2xx 403 403 2xx 403 403 403 403",
         path={"parent_id": "me"}, label="parent_id=me"),
    Case("api/users/<userref:parent_id>/children", "POST", "401 2xx 403 403 404 403 403 403 403",
         body=new_child_body, label="parent_id=parent_a"),
    Case("api/users/<userref:parent_id>/children", "POST", "401 403 403 403 404 403 403 403 403 2xx",
         path={"parent_id": "coparent_a"}, body=new_child_body, label="parent_id=coparent_a"),
    Case("api/users/<userref:parent_id>/children", "POST", "401 2xx 403 403 2xx 403 403 403 403",
         path={"parent_id": "me"}, body=new_child_body, label="parent_id=me"),
    # A child's profile: its parent only. The child itself and its sibling are refused; a caller that
    # is not a child (parent or teacher as `me`) has no child profile to update.
    Case("api/users/children/<userref:child_id>", "PUT", "401 2xx 403 403 404 404 403 404 404",
         body=lambda p: {"age": 10, "coins": 25}, label="child_id=child_a"),
    Case("api/users/children/<userref:child_id>", "PUT", "401 404 403 403 404 403 404 404 403",
         path={"child_id": "me"}, body=lambda p: {"age": 10}, label="child_id=me"),
    # Coins (§3 + decision 1): the child and its parent read; a teacher may not (403).
    Case("api/users/<userref:user_id>/coins", "GET", "401 2xx 2xx 403 404 404 403 404 404",
         label="user_id=child_a"),
    Case("api/users/<userref:user_id>/coins", "GET", SIGNED_IN_2XX, path={"user_id": "me"}, label="user_id=me"),
    # Setting a balance is the parent's adjustment; a child may only re-send its current balance.
    Case("api/users/<userref:user_id>/coins", "POST", "401 2xx 403 403 404 404 403 404 404",
         body=lambda p: {"coins": 50}, label="user_id=child_a, new balance"),
    Case("api/users/<userref:user_id>/coins", "POST", "401 2xx 2xx 403 404 404 403 404 404",
         body=lambda p: {"coins": 0}, label="user_id=child_a, current balance"),
    Case("api/users/<userref:user_id>/coins", "POST", "401 2xx 403 403 2xx 403 2xx 2xx 403",
         path={"user_id": "me"}, body=lambda p: {"coins": 50}, label="user_id=me, new balance"),
    Case("api/users/<userref:user_id>/coins", "POST", SIGNED_IN_2XX,
         path={"user_id": "me"}, body=lambda p: {"coins": 0}, label="user_id=me, current balance"),
    # Parent (§10): every endpoint needs role parent.
    Case("api/parent/children", "POST", "401 2xx 403 403 2xx 403 403 403 403", body=parent_child_body),

    # --- the coin economy -------------------------------------------------------------------------
    # Column order:                                                       anon pA  cA  tA  pB  cB  t1  t2  s1 (cpA)
    # Transactions (§4 + decision 1): the child and its parent; a sibling or the teacher may not.
    Case("api/users/<userref:user_id>/transactions", "GET", "401 2xx 2xx 403 404 404 403 404 404",
         given=(coins("child_a"),), label="user_id=child_a"),
    Case("api/users/<userref:user_id>/transactions", "GET", SIGNED_IN_2XX, path={"user_id": "me"},
         label="user_id=me"),
    # A parent's bonus; the child itself may not mint (403 "Coins are earned through ...").
    Case("api/users/<userref:user_id>/transactions", "POST", "401 2xx 403 403 404 404 403 404 404",
         body=lambda p: {"type": "earn", "amount": 5, "description": "Bonus"}, label="user_id=child_a, earn"),
    Case("api/users/<userref:user_id>/transactions", "POST", "401 2xx 2xx 403 404 404 403 404 404",
         body=lambda p: {"type": "spend", "amount": 5, "description": "Sweets"}, given=(coins("child_a"),),
         label="user_id=child_a, spend"),
    # For oneself: a caller with no coin account has no ledger (400 "User profile not found").
    Case("api/users/<userref:user_id>/transactions", "POST", "401 400 2xx 2xx 400 2xx 400 400 2xx",
         path={"user_id": "me"}, body=lambda p: {"type": "save", "amount": 5, "description": "Saving up"},
         label="user_id=me, save note"),
    Case("api/users/<userref:user_id>/transactions", "POST", "401 400 403 403 400 403 400 400 403",
         path={"user_id": "me"}, body=lambda p: {"type": "earn", "amount": 5, "description": "Free coins"},
         label="user_id=me, earn"),
    # Goals (§5 + decision 12): the parent reads its child's goals but does not create, edit or delete them.
    Case("api/users/<userref:user_id>/goals", "GET", "401 2xx 2xx 403 404 404 403 404 404",
         given=(goal_of("child_a"),), label="user_id=child_a"),
    Case("api/users/<userref:user_id>/goals", "GET", SIGNED_IN_2XX, path={"user_id": "me"}, label="user_id=me"),
    Case("api/users/<userref:user_id>/goals", "POST", "401 403 2xx 403 404 404 403 404 404",
         body=lambda p: {"title": "New bike", "target_amount": 120}, label="user_id=child_a"),
    Case("api/users/<userref:user_id>/goals", "POST", SIGNED_IN_2XX, path={"user_id": "me"},
         body=lambda p: {"title": "New bike", "target_amount": 120}, label="user_id=me"),
    Case("api/users/<userref:user_id>/goals/<uuid:goal_id>", "PUT", "401 403 2xx 403 404 404 403 404 404",
         body=lambda p: {"title": "Renamed goal"}, label="goal of child_a"),
    Case("api/users/<userref:user_id>/goals/<uuid:goal_id>", "DELETE", "401 403 2xx 403 404 404 403 404 404",
         label="goal of child_a"),
    Case("api/users/<userref:user_id>/goals/<uuid:goal_id>/contribute", "POST",
         "401 403 2xx 403 404 404 403 404 404", body=lambda p: AMOUNT_5, given=(coins("child_a"),),
         label="goal of child_a"),
    Case("api/users/<userref:user_id>/goals/<uuid:goal_id>/withdraw", "POST",
         "401 403 2xx 403 404 404 403 404 404", path={"goal_id": goal_of("child_a", holding=10)},
         body=lambda p: AMOUNT_5, label="goal of child_a holding 10"),
    Case("api/goals/<uuid:goal_id>", "POST", "401 403 2xx 403 404 404 403 404 404",
         body=lambda p: {"title": "Renamed goal"}, label="goal of child_a"),
    Case("api/goals/<uuid:goal_id>", "DELETE", "401 403 2xx 403 404 404 403 404 404", label="goal of child_a"),
    Case("api/goals/<uuid:goal_id>/progress", "PUT", "401 403 2xx 403 404 404 403 404 404",
         body=lambda p: AMOUNT_5, given=(coins("child_a"),), label="goal of child_a"),
    Case("api/goals/<uuid:goal_id>/amount", "POST", "401 403 2xx 403 404 404 403 404 404",
         body=lambda p: AMOUNT_5, given=(coins("child_a"),), label="goal of child_a"),
    # Tasks (§6, §10): a parent sets them for its own child (another family's child is 400, as in §6).
    Case("api/tasks", "GET", SIGNED_IN_2XX, given=(task_of(TaskStatus.COMPLETED),)),
    Case("api/tasks", "POST", "401 2xx 403 403 400 403 403 403 403", body=task_body),
    Case("api/parents/<userref:parent_id>/tasks", "GET", "401 2xx 403 403 404 403 403 403 403",
         label="parent_id=parent_a"),
    Case("api/parents/<userref:parent_id>/tasks", "GET", "401 403 403 403 404 403 403 403 403 2xx",
         path={"parent_id": "coparent_a"}, label="parent_id=coparent_a"),
    Case("api/parents/<userref:parent_id>/tasks", "GET", "401 2xx 403 403 2xx 403 403 403 403",
         path={"parent_id": "me"}, label="parent_id=me"),
    Case("api/parents/<userref:parent_id>/tasks", "POST", "401 2xx 403 403 404 403 403 403 403",
         body=task_body, label="parent_id=parent_a"),
    Case("api/parents/<userref:parent_id>/tasks", "POST", "401 403 403 403 404 403 403 403 403 2xx",
         path={"parent_id": "coparent_a"}, body=task_body, label="parent_id=coparent_a"),
    Case("api/parents/<userref:parent_id>/tasks", "POST", "401 2xx 403 403 400 403 403 403 403",
         path={"parent_id": "me"}, body=task_body, label="parent_id=me"),
    # PUT /api/tasks/{id}: the assignee moves it along, the assigning parent edits and decides.
    Case("api/tasks/<uuid:task_id>", "PUT", "401 403 2xx 403 404 404 403 404 404",
         body=lambda p: {"status": "completed"}, label="pending task of child_a, completed"),
    Case("api/tasks/<uuid:task_id>", "PUT", "401 2xx 403 403 404 404 403 404 404",
         body=lambda p: {"title": "Tidy the whole room"}, label="pending task of child_a, edit"),
    Case("api/tasks/<uuid:task_id>", "PUT", "401 2xx 403 403 404 404 403 404 404",
         path={"task_id": task_of(TaskStatus.COMPLETED)}, body=lambda p: {"status": "approved"},
         label="completed task of child_a, approved"),
    Case("api/tasks/<uuid:task_id>", "PUT", "401 409 403 403 404 404 403 404 404",
         path={"task_id": task_of(TaskStatus.APPROVED)}, body=lambda p: {"status": "approved"},
         label="already approved task of child_a, approved again"),
    # Deleting and rejecting are the parent's: other roles are refused up front.
    Case("api/tasks/<uuid:task_id>", "DELETE", "401 2xx 403 403 404 403 403 403 403",
         label="pending task of child_a"),
    Case("api/tasks/<uuid:task_id>/reject", "PUT", "401 2xx 403 403 404 403 403 403 403",
         path={"task_id": task_of(TaskStatus.COMPLETED)}, label="completed task of child_a"),
    Case("api/tasks/<uuid:task_id>/reject", "PUT", "401 409 403 403 404 403 403 403 403",
         path={"task_id": task_of(TaskStatus.REJECTED)}, label="already rejected task of child_a"),
    Case("api/parent/tasks", "GET", "401 2xx 403 403 2xx 403 403 403 403", given=(task_of(TaskStatus.COMPLETED),)),
    Case("api/parent/tasks", "POST", "401 2xx 403 403 400 403 403 403 403", body=task_body),
    Case("api/parent/tasks/<uuid:task_id>/approve", "PUT", "401 2xx 403 403 404 403 403 403 403",
         path={"task_id": task_of(TaskStatus.COMPLETED)}, label="completed task of child_a"),
    Case("api/parent/tasks/<uuid:task_id>/approve", "PUT", "401 409 403 403 404 403 403 403 403",
         path={"task_id": task_of(TaskStatus.APPROVED)}, label="already approved task of child_a"),
    # Shop (§8): each child role buys from its own catalogue (the other one's item is 404 "Item not found").
    Case("api/shop/items", "GET", SIGNED_IN_2XX, given=(catalogue,)),
    Case("api/shop/owned_items", "GET", SIGNED_IN_2XX, given=(purchase_request_of(decided="approved"),)),
    Case("api/shop/purchase_requests", "GET", SIGNED_IN_2XX, given=(purchase_request_of(),)),
    Case("api/shop/<userref:user_id>/purchase", "POST", "401 403 2xx 404 403 2xx 403 403 2xx",
         path={"user_id": "me"}, body=purchase_body("child_item"),
         given=(catalogue, coins("child_a", "teen_a", "child_b", "student_1")), label="user_id=me, child item"),
    Case("api/shop/<userref:user_id>/purchase", "POST", "401 403 404 2xx 403 404 403 403 404",
         path={"user_id": "me"}, body=purchase_body("teen_item"),
         given=(catalogue, coins("child_a", "teen_a", "child_b", "student_1")), label="user_id=me, teen item"),
    # Buying under someone else's id: a sibling's is 403 (decision 12), another family's 404 (decision 4).
    Case("api/shop/<userref:user_id>/purchase", "POST", "401 403 2xx 403 403 404 403 403 404",
         body=purchase_body("child_item"), given=(catalogue, coins("child_a", "teen_a", "child_b", "student_1")),
         label="user_id=child_a, child item"),
    Case("api/shop/purchase_requests/<uuid:request_id>/approve", "PUT", "401 2xx 403 403 404 403 403 403 403",
         path={"request_id": purchase_request_of()}, label="pending request of child_a"),
    Case("api/shop/purchase_requests/<uuid:request_id>/approve", "PUT", "401 409 403 403 404 403 403 403 403",
         path={"request_id": purchase_request_of(decided="approved")}, label="already approved request"),
    Case("api/shop/purchase_requests/<uuid:request_id>/reject", "PUT", "401 2xx 403 403 404 403 403 403 403",
         path={"request_id": purchase_request_of()}, label="pending request of child_a"),
    Case("api/shop/purchase_requests/<uuid:request_id>/reject", "PUT", "401 409 403 403 404 403 403 403 403",
         path={"request_id": purchase_request_of(decided="rejected")}, label="already rejected request"),
    Case("api/shop/<userref:user_id>/transactions", "GET", "401 2xx 2xx 403 404 404 403 404 404",
         label="user_id=child_a"),
    Case("api/shop/<userref:user_id>/transactions", "GET", SIGNED_IN_2XX, path={"user_id": "me"},
         label="user_id=me"),
    # Redemptions (§13, decisions 2 and 12): the child asks for itself; its parent reads and decides.
    Case("api/users/<userref:user_id>/conversion-requests", "GET", "401 2xx 2xx 403 404 404 403 404 404",
         given=(redemption_of(),), label="user_id=child_a"),
    Case("api/users/<userref:user_id>/conversion-requests", "GET", SIGNED_IN_2XX, path={"user_id": "me"},
         label="user_id=me"),
    # Asking is for child roles only (403 up front, decision 4); a child with no parent has no rate (400).
    Case("api/users/<userref:user_id>/conversion-requests", "POST", "401 403 2xx 403 403 404 403 403 404",
         body=lambda p: {"coins_amount": 10, "description": "Pocket money"}, given=(coins("child_a"),),
         label="user_id=child_a"),
    Case("api/users/<userref:user_id>/conversion-requests", "POST", "401 403 2xx 2xx 403 2xx 403 403 400",
         path={"user_id": "me"}, body=lambda p: {"coins_amount": 10, "description": "Pocket money"},
         given=(coins("child_a", "teen_a", "child_b", "student_1"),), label="user_id=me"),
    Case("api/parents/<userref:parent_id>/redemption-requests", "GET", "401 2xx 403 403 404 403 403 403 403",
         label="parent_id=parent_a"),
    Case("api/parents/<userref:parent_id>/redemption-requests", "GET", "401 403 403 403 404 403 403 403 403 2xx",
         path={"parent_id": "coparent_a"}, label="parent_id=coparent_a"),
    Case("api/parents/<userref:parent_id>/redemption-requests", "GET", "401 2xx 403 403 2xx 403 403 403 403",
         path={"parent_id": "me"}, label="parent_id=me"),
    Case("api/redemption-requests/<uuid:request_id>/approve", "PUT", "401 2xx 403 403 404 403 403 403 403",
         path={"request_id": redemption_of()}, label="pending request of child_a"),
    Case("api/redemption-requests/<uuid:request_id>/approve", "PUT", "401 409 403 403 404 403 403 403 403",
         path={"request_id": redemption_of(decided="approved")}, label="already approved request"),
    Case("api/redemption-requests/<uuid:request_id>/approve", "PUT", "401 409 403 403 404 403 403 403 403",
         path={"request_id": redemption_of(decided="rejected")}, label="already rejected request"),
    Case("api/redemption-requests/<uuid:request_id>/reject", "PUT", "401 2xx 403 403 404 403 403 403 403",
         path={"request_id": redemption_of()}, label="pending request of child_a"),
    Case("api/redemption-requests/<uuid:request_id>/reject", "PUT", "401 409 403 403 404 403 403 403 403",
         path={"request_id": redemption_of(decided="rejected")}, label="already rejected request"),
    Case("api/parent/redemptions", "GET", "401 2xx 403 403 2xx 403 403 403 403", given=(redemption_of(),)),
    Case("api/parent/settings", "PUT", "401 2xx 403 403 2xx 403 403 403 403",
         body=lambda p: {"exchange_rate": 0.2, "require_approval": True, "auto_approval_limit": 5}),
    # Child screens (§14): child roles only; a sibling's goal is 403, another family's 404.
    Case("api/child/goals", "GET", "401 403 2xx 2xx 403 2xx 403 403 2xx", given=(goal_of("child_a"),)),
    Case("api/child/goals", "POST", "401 403 2xx 2xx 403 2xx 403 403 2xx",
         body=lambda p: {"name": "Kite", "targetAmount": 30}),
    Case("api/child/goals/<uuid:goal_id>/progress", "PUT", "401 403 2xx 403 403 404 403 403 404",
         body=lambda p: AMOUNT_5, given=(coins("child_a"),), label="goal of child_a"),
    Case("api/child/transactions", "GET", "401 403 2xx 2xx 403 2xx 403 403 2xx", given=(coins("child_a"),)),
    # Teen screens (§15): role older_child only.
    Case("api/teen/budget", "GET", "401 403 403 2xx 403 403 403 403 403", given=(coins("teen_a"),)),
    Case("api/teen/budget", "PUT", "401 403 403 2xx 403 403 403 403 403",
         body=lambda p: {"saving": 50, "spending": 30, "wants": 20}),
    Case("api/teen/goals", "GET", "401 403 403 2xx 403 403 403 403 403", given=(goal_of("teen_a"),)),
    Case("api/teen/goals", "POST", "401 403 403 2xx 403 403 403 403 403",
         body=lambda p: {"title": "Laptop", "targetAmount": 500, "category": "saving"}),
    Case("api/teen/conversion-requests", "GET", "401 403 403 2xx 403 403 403 403 403",
         given=(redemption_of("teen_a"),)),
    Case("api/teen/conversion-requests", "POST", "401 403 403 2xx 403 403 403 403 403",
         body=lambda p: {"coinAmount": 10, "dollarAmount": 1.0, "reason": "Cinema"}, given=(coins("teen_a"),)),

    # --- the family bank: a parent's plans, exports and data, for its own children ------------------
    # Column order:                                                       anon pA  cA  tA  pB  cB  t1  t2  s1 (cpA)
    # Lists are the caller's own family's (parent_b's is empty but answers); creating for another
    # family's child is 404 "Child not found" (decision 4).
    Case("api/parent/allowances", "GET", "401 2xx 403 403 2xx 403 403 403 403", given=(allowance_of(),)),
    Case("api/parent/allowances", "POST", "401 2xx 403 403 404 403 403 403 403", body=allowance_body("child_a"),
         label="for child_a"),
    Case("api/parent/allowances", "POST", "401 404 403 403 2xx 403 403 403 403", body=allowance_body("child_b"),
         label="for child_b"),
    Case("api/parent/allowances/<uuid:plan_id>", "PUT", "401 2xx 403 403 404 403 403 403 403",
         path={"plan_id": allowance_of()}, body=lambda p: {"amount": 15, "gate": "proportional"},
         label="allowance of child_a"),
    Case("api/parent/allowances/<uuid:plan_id>", "DELETE", "401 2xx 403 403 404 403 403 403 403",
         path={"plan_id": allowance_of()}, label="allowance of child_a"),
    Case("api/parent/allowances/<uuid:plan_id>", "DELETE", "401 404 403 403 2xx 403 403 403 403",
         path={"plan_id": allowance_of("child_b", parent="parent_b")}, label="allowance of child_b"),
    Case("api/parent/recurring-chores", "GET", "401 2xx 403 403 2xx 403 403 403 403", given=(recurring_chore_of(),)),
    Case("api/parent/recurring-chores", "POST", "401 2xx 403 403 404 403 403 403 403",
         body=recurring_chore_body("child_a"), label="for child_a"),
    Case("api/parent/recurring-chores", "POST", "401 404 403 403 2xx 403 403 403 403",
         body=recurring_chore_body("child_b"), label="for child_b"),
    Case("api/parent/recurring-chores/<uuid:plan_id>", "PUT", "401 2xx 403 403 404 403 403 403 403",
         path={"plan_id": recurring_chore_of()}, body=lambda p: {"title": "Feed the cat twice"},
         label="chore of child_a"),
    Case("api/parent/recurring-chores/<uuid:plan_id>", "DELETE", "401 2xx 403 403 404 403 403 403 403",
         path={"plan_id": recurring_chore_of()}, label="chore of child_a"),
    # Interest is set per child; reading it before it is set answers `null`.
    Case("api/parent/children/<userref:child_id>/interest", "GET", "401 2xx 403 403 404 403 403 403 403",
         given=(interest_of(),), label="child_id=child_a"),
    Case("api/parent/children/<userref:child_id>/interest", "GET", "401 2xx 403 403 404 403 403 403 403",
         label="child_id=child_a, not set"),
    Case("api/parent/children/<userref:child_id>/interest", "GET", "401 404 403 403 404 403 403 403 403",
         path={"child_id": "me"}, label="child_id=me"),
    Case("api/parent/children/<userref:child_id>/interest", "PUT", "401 2xx 403 403 404 403 403 403 403",
         body=lambda p: INTEREST_BODY, label="child_id=child_a"),
    Case("api/parent/children/<userref:child_id>/interest", "PUT", "401 404 403 403 2xx 403 403 403 403",
         path={"child_id": "child_b"}, body=lambda p: INTEREST_BODY, label="child_id=child_b"),
    Case("api/parent/children/<userref:child_id>/interest", "DELETE", "401 2xx 403 403 404 403 403 403 403",
         given=(interest_of(),), label="child_id=child_a"),
    # A child's ledger as CSV and everything stored about it as JSON; DELETE removes the account.
    Case("api/parent/children/<userref:child_id>/ledger.csv", "GET", "401 2xx 403 403 404 403 403 403 403",
         given=(coins("child_a"),), label="child_id=child_a"),
    Case("api/parent/children/<userref:child_id>/ledger.csv", "GET", "401 404 403 403 404 403 403 403 403",
         path={"child_id": "me"}, label="child_id=me"),
    Case("api/parent/children/<userref:child_id>/data", "GET", "401 2xx 403 403 404 403 403 403 403",
         given=(coins("child_a"), goal_of("child_a")), label="child_id=child_a"),
    Case("api/parent/children/<userref:child_id>/data", "GET", "401 404 403 403 404 403 403 403 403",
         path={"child_id": "me"}, label="child_id=me"),
    Case("api/parent/children/<userref:child_id>/data", "DELETE", "401 2xx 403 403 404 403 403 403 403",
         given=(coins("child_a"), allowance_of()), label="child_id=child_a"),
    Case("api/parent/children/<userref:child_id>/data", "DELETE", "401 404 403 403 2xx 403 403 403 403",
         path={"child_id": "child_b"}, label="child_id=child_b"),
    Case("api/parent/children/<userref:child_id>/data", "DELETE", "401 404 403 403 404 403 403 403 403",
         path={"child_id": "me"}, label="child_id=me"),

    # --- learning: games and modules ---------------------------------------------------------------
    # Column order:                                                       anon pA  cA  tA  pB  cB  t1  t2  s1 (cpA)
    # Games (§7): the same six for everyone to read; completing one is for child roles (403 up front),
    # pays once and answers 200 again afterwards; a game that does not exist is 404.
    Case("api/activities", "GET", SIGNED_IN_2XX, given=(games, game_completed_by("child_a"))),
    Case("api/activities/<int:activity_id>", "GET", SIGNED_IN_2XX, label="game 1"),
    Case("api/activities/<int:activity_id>", "GET", "401 404 404 404 404 404 404 404 404",
         path={"activity_id": game(999)}, label="missing game"),
    Case("api/activities/<int:activity_id>/complete", "POST", CHILD_ROLES_2XX, body=lambda p: {}, label="game 1"),
    Case("api/activities/<int:activity_id>/complete", "POST", CHILD_ROLES_2XX, body=lambda p: {},
         given=(game_completed_by("child_a", "teen_a", "child_b", "student_1"),),
         label="game 1, already completed (no effect)"),
    Case("api/activities/<int:activity_id>/complete", "POST", "401 403 404 404 403 404 403 403 404",
         path={"activity_id": game(999)}, body=lambda p: {}, label="missing game"),
    # Modules (§7, §14): a published module is visible to every signed-in user; a draft only to its
    # author, so for everyone else it is 404 as a missing one. Completing is for child roles (403 up
    # front); a second completion is 400 "Activity already completed" (§7, §14).
    Case("api/learning-modules", "GET", SIGNED_IN_2XX, given=(module_of(), module_of(published=False, name="draft"))),
    Case("api/learning-modules/<uuid:module_id>/complete", "POST", CHILD_ROLES_2XX, body=lambda p: {"score": 90},
         label="published module of teacher_1"),
    Case("api/learning-modules/<uuid:module_id>/complete", "POST", "401 403 404 404 403 404 403 403 404",
         path={"module_id": module_of(published=False)}, body=lambda p: {"score": 90},
         label="draft module of teacher_1"),
    Case("api/learning-modules/<uuid:module_id>/complete", "POST", "401 403 400 400 403 400 403 403 400",
         path={"module_id": the("module")}, body=lambda p: {"score": 90},
         given=(module_of(), module_completed_by("child_a", "teen_a", "child_b", "student_1")),
         label="module already completed"),
    Case("api/child/activities", "GET", CHILD_ROLES_2XX, given=(module_of(),)),
    Case("api/child/activities/<uuid:module_id>/complete", "POST", CHILD_ROLES_2XX, body=lambda p: {"score": 80},
         label="published module of teacher_1"),
    Case("api/child/activities/<uuid:module_id>/complete", "POST", "401 403 404 404 403 404 403 403 404",
         path={"module_id": module_of(published=False)}, body=lambda p: {"score": 80},
         label="draft module of teacher_1"),
    Case("api/child/activities/<uuid:module_id>/complete", "POST", "401 403 400 400 403 400 403 403 400",
         path={"module_id": the("module")}, body=lambda p: {"score": 80},
         given=(module_of(), module_completed_by("child_a", "teen_a", "child_b", "student_1")),
         label="module already completed"),
    # Assigned modules (§14, D-9): teacher_1 assigned the module to class_1, so child_a and student_1
    # have a progress row; teen_a (in no class) and child_b (class_2) have none: their progress is 404
    # "Module progress record not found", their content 403 "You don't have access to this module"
    # (the module is published, so its existence is no secret).
    Case("api/child/assigned-modules", "GET", CHILD_ROLES_2XX, given=(module_of(assigned_to="class_1"),)),
    Case("api/child/modules/<uuid:module_id>/progress", "PUT", "401 403 2xx 404 403 404 403 403 2xx",
         path={"module_id": module_of(assigned_to="class_1")}, body=lambda p: {"status": "completed", "score": 80},
         label="module assigned to class_1"),
    Case("api/child/modules/<uuid:module_id>/progress", "PUT", "401 403 404 404 403 404 403 403 404",
         path={"module_id": module_of(published=False)}, body=lambda p: {"status": "in_progress", "score": 40},
         label="draft module of teacher_1"),
    Case("api/child/modules/<uuid:module_id>/progress", "PUT", "401 403 2xx 404 403 404 403 403 2xx",
         path={"module_id": module_of(published=False, assigned_to="class_1")},
         body=lambda p: {"status": "in_progress", "score": 40}, label="draft module of teacher_1 assigned to class_1"),
    Case("api/child/modules/<uuid:module_id>/content", "GET", "401 403 2xx 403 403 403 403 403 2xx",
         path={"module_id": module_of(assigned_to="class_1")}, label="module assigned to class_1"),
    Case("api/child/modules/<uuid:module_id>/content", "GET", "401 403 404 404 403 404 403 403 404",
         path={"module_id": module_of(published=False)}, label="draft module of teacher_1"),
    # A module its author unpublished after assigning it stays open to the students it was assigned to,
    # and to them only.
    Case("api/child/modules/<uuid:module_id>/content", "GET", "401 403 2xx 404 403 404 403 403 2xx",
         path={"module_id": module_of(published=False, assigned_to="class_1")},
         label="draft module of teacher_1 assigned to class_1"),
    # Opening a module to read it (not in API.md): any child role on a published module (its progress row
    # is created and its content answered), a draft only for the students it was assigned to.
    Case("api/child/modules/<uuid:module_id>/start", "POST", CHILD_ROLES_2XX, label="published module of teacher_1"),
    Case("api/child/modules/<uuid:module_id>/start", "POST", "401 403 404 404 403 404 403 403 404",
         path={"module_id": module_of(published=False)}, label="draft module of teacher_1"),
    Case("api/child/modules/<uuid:module_id>/start", "POST", "401 403 2xx 404 403 404 403 403 2xx",
         path={"module_id": module_of(published=False, assigned_to="class_1")},
         label="draft module of teacher_1 assigned to class_1"),
    # Server-graded quiz (not in API.md; the same rule as completing): any child role on a published module.
    Case("api/child/modules/<uuid:module_id>/quiz", "POST", CHILD_ROLES_2XX, body=quiz_answers,
         label="published module of teacher_1, right answers"),
    Case("api/child/modules/<uuid:module_id>/quiz", "POST", "401 403 404 404 403 404 403 403 404",
         path={"module_id": module_of(published=False)}, body=quiz_answers, label="draft module of teacher_1"),
    # Teen explore (§15): role older_child only.
    Case("api/teen/explore", "GET", TEEN_ONLY, given=(module_of(),)),

    # --- dashboards and progress (§9, §10, §14, §15) ------------------------------------------------
    # Column order:                                                       anon pA  cA  tA  pB  cB  t1  t2  s1 (cpA)
    # /api/dashboard/{role}: the caller's own role only (403 "Role mismatch"); an unknown role is 400.
    Case("api/dashboard/<str:user_role>", "GET", "401 403 2xx 403 403 2xx 403 403 2xx",
         path={"user_role": literal("younger_child")}, given=(coins("child_a"), task_of()),
         label="user_role=younger_child"),
    Case("api/dashboard/<str:user_role>", "GET", TEEN_ONLY, path={"user_role": literal("older_child")},
         label="user_role=older_child"),
    Case("api/dashboard/<str:user_role>", "GET", "401 2xx 403 403 2xx 403 403 403 403",
         path={"user_role": literal("parent")}, given=(redemption_of(),), label="user_role=parent"),
    Case("api/dashboard/<str:user_role>", "GET", TEACHERS_2XX, path={"user_role": literal("teacher")},
         given=(module_of(assigned_to="class_1"),), label="user_role=teacher"),
    Case("api/dashboard/<str:user_role>", "GET", "401 400 400 400 400 400 400 400 400",
         path={"user_role": literal("admin")}, label="user_role=admin (unknown)"),
    # Daily goals (§9): the child itself or its parent; a sibling or its teacher 403, others 404.
    Case("api/progress-goals/<userref:user_id>", "GET", "401 2xx 2xx 403 404 404 403 404 404",
         given=(coins("child_a"),), label="user_id=child_a"),
    Case("api/progress-goals/<userref:user_id>", "GET", SIGNED_IN_2XX, path={"user_id": "me"}, label="user_id=me"),
    # The daily-goal tick is a stub that echoes and stores nothing (§9): any signed-in user.
    Case("api/progress-goals/<str:goal_id>/update", "PUT", SIGNED_IN_2XX, path={"goal_id": literal("lessons")},
         body=lambda p: {"current": 2}),
    Case("api/child/dashboard", "GET", CHILD_ROLES_2XX, given=(goal_of("child_a"), module_of())),
    Case("api/child/stats", "GET", CHILD_ROLES_2XX, given=(coins("child_a"),)),
    # The child's "Me" screen: its own achievements, classes and conversions, child roles only.
    Case("api/child/me", "GET", CHILD_ROLES_2XX, given=(redemption_of(),)),
    Case("api/teen/dashboard", "GET", TEEN_ONLY, given=(coins("teen_a"), goal_of("teen_a"))),
    Case("api/teen/analytics", "GET", TEEN_ONLY, given=(coins("teen_a"),)),
    # The parent's screens (§10): role parent only; another family's child is 404 (decision 4), and a
    # parent is no child of its own (`me` is 404, as on PUT /api/users/children/me).
    Case("api/parent/dashboard", "GET", "401 2xx 403 403 2xx 403 403 403 403",
         given=(coins("child_a"), redemption_of())),
    Case("api/parent/children/goals", "GET", "401 2xx 403 403 2xx 403 403 403 403", given=(goal_of("child_a"),)),
    Case("api/parent/children/<userref:child_id>/progress", "GET", "401 2xx 403 403 404 403 403 403 403",
         given=(coins("child_a"), module_of(), module_completed_by("child_a")), label="child_id=child_a"),
    Case("api/parent/children/<userref:child_id>/progress", "GET", "401 404 403 403 404 403 403 403 403",
         path={"child_id": "me"}, label="child_id=me"),
    Case("api/parent/children/<userref:child_id>/streak-pause", "PUT", "401 2xx 403 403 404 403 403 403 403",
         body=lambda p: {"paused_from": "2030-08-01", "paused_until": "2030-08-14"}, label="child_id=child_a"),
    Case("api/parent/children/<userref:child_id>/streak-pause", "DELETE", "401 2xx 403 403 404 403 403 403 403",
         given=(streak_paused("child_a"),), label="child_id=child_a, paused"),

    # --- teachers and classes ----------------------------------------------------------------------
    # Column order:                                                       anon pA  cA  tA  pB  cB  t1  t2  s1 (cpA)
    # Every teacher route refuses the other roles up front (403, §11/§12), before any lookup. A class
    # (class_1 unless said) is its teacher's: another teacher's class is 404, as a missing one is, and
    # so are a draft module and the students of another teacher (decision 4).
    Case("api/teacher/dashboard", "GET", TEACHERS_2XX, given=(module_of(assigned_to="class_1"),)),
    Case("api/teacher/profile", "GET", TEACHERS_2XX),
    Case("api/teacher/analytics/performance", "GET", TEACHERS_2XX,
         given=(module_of(), module_completed_by("child_a"))),
    Case("api/teacher/students/available", "GET", TEACHERS_2XX),
    Case("api/teacher/classes", "GET", TEACHERS_2XX),
    Case("api/teacher/classes", "POST", TEACHERS_2XX, body=new_class_body),
    Case("api/teacher/classes/<uuid:class_id>", "GET", TEACHER_1_2XX,
         given=(module_of(), module_completed_by("child_a")), label="class_1"),
    Case("api/teacher/classes/<uuid:class_id>", "GET", TEACHER_2_2XX, path={"class_id": "class_2"}, label="class_2"),
    Case("api/teacher/classes/<uuid:class_id>/students", "GET", TEACHER_1_2XX, label="class_1"),
    # A teacher's "add student" only invites, with one answer whatever the email (decision 13): a
    # child's, one already enrolled, an adult's or nobody's.
    Case("api/teacher/classes/<uuid:class_id>/students", "POST", TEACHER_1_2XX,
         body=lambda p: {"email": p.teen_a.email}, label="class_1, teen_a by email"),
    Case("api/teacher/classes/<uuid:class_id>/students", "POST", TEACHER_1_2XX,
         body=lambda p: {"email": p.student_1.email}, label="class_1, student_1 already enrolled"),
    Case("api/teacher/classes/<uuid:class_id>/students", "POST", TEACHER_1_2XX,
         body=lambda p: {"email": p.parent_b.email}, label="class_1, parent_b's email"),
    Case("api/teacher/classes/<uuid:class_id>/students", "POST", TEACHER_2_2XX, path={"class_id": "class_2"},
         body=lambda p: {"email": f"nobody.{unique()}@example.com"}, label="class_2, nobody's email"),
    Case("api/teacher/classes/<uuid:class_id>/assigned-modules", "GET", TEACHER_1_2XX,
         given=(module_of(assigned_to="class_1"),), label="class_1"),
    # A class's progress as CSV: its own teacher only.
    Case("api/teacher/classes/<uuid:class_id>/progress.csv", "GET", TEACHER_1_2XX,
         given=(module_of(assigned_to="class_1"),), label="class_1"),
    Case("api/teacher/classes/<uuid:class_id>/progress.csv", "GET", TEACHER_2_2XX, path={"class_id": "class_2"},
         label="class_2"),
    # Modules: a teacher lists and edits its own; another teacher's (draft or published) is 404.
    Case("api/teacher/modules", "GET", TEACHERS_2XX, given=(module_of(), module_of(published=False, name="draft"))),
    Case("api/teacher/modules", "POST", TEACHERS_2XX, body=new_module_body),
    Case("api/teacher/modules/<uuid:module_id>", "PUT", TEACHER_1_2XX,
         body=lambda p: {"title": "Renamed module", "published": True}, label="published module of teacher_1"),
    Case("api/teacher/modules/<uuid:module_id>", "PUT", TEACHER_1_2XX, path={"module_id": module_of(published=False)},
         body=lambda p: {"published": True}, label="draft module of teacher_1"),
    Case("api/teacher/modules/<uuid:module_id>", "DELETE", TEACHER_1_2XX, label="published module of teacher_1"),
    Case("api/teacher/modules/<uuid:module_id>", "DELETE", TEACHER_1_2XX,
         path={"module_id": module_of(published=False)}, label="draft module of teacher_1"),
    # Assigning: a module the teacher wrote or a published one, to its own class only.
    Case("api/teacher/modules/<uuid:module_id>/assign", "POST", TEACHER_1_2XX, body=assign_body("class_1"),
         label="published module of teacher_1 to class_1"),
    Case("api/teacher/modules/<uuid:module_id>/assign", "POST", TEACHER_2_2XX, body=assign_body("class_2"),
         label="published module of teacher_1 to class_2"),
    # Only a published module is assigned: its own draft is a 400 for its author (naming module_id).
    Case("api/teacher/modules/<uuid:module_id>/assign", "POST", "401 403 403 403 403 403 400 404 403",
         path={"module_id": module_of(published=False)}, body=assign_body("class_1"),
         label="draft module of teacher_1 to class_1"),
    Case("api/teacher/modules/<uuid:module_id>/assign", "POST", "401 403 403 403 403 403 404 404 403",
         path={"module_id": module_of(published=False)}, body=assign_body("class_2"),
         label="draft module of teacher_1 to class_2"),
    # A student's progress on a module: its own students only. §11's 403 "You don't have access to this
    # student's progress" stays for a person the teacher can see who is not its student (itself, `me`);
    # any other student is outside its scope and answers 404 like a missing id (decision 4).
    Case("api/teacher/students/<userref:student_id>/modules/<uuid:module_id>/progress", "GET", TEACHER_1_2XX,
         path={"module_id": module_of(assigned_to="class_1")}, label="child_a, module assigned to class_1"),
    Case("api/teacher/students/<userref:student_id>/modules/<uuid:module_id>/progress", "GET", TEACHER_2_2XX,
         path={"student_id": "child_b"}, label="child_b, published module of teacher_1"),
    Case("api/teacher/students/<userref:student_id>/modules/<uuid:module_id>/progress", "GET",
         "401 403 403 403 403 403 404 404 403", path={"student_id": "teen_a"},
         label="teen_a (in no class), published module of teacher_1"),
    Case("api/teacher/students/<userref:student_id>/modules/<uuid:module_id>/progress", "GET", TEACHER_1_2XX,
         path={"student_id": "student_1", "module_id": module_of(published=False)},
         label="student_1, draft module of teacher_1"),
    Case("api/teacher/students/<userref:student_id>/modules/<uuid:module_id>/progress", "GET", NOBODY,
         path={"student_id": "me"}, label="student_id=me (not a student)"),
    # Classes, generic (§12): `/api/teachers/{id}/classes` is the caller's own; another teacher is out
    # of scope (404, as for another family's parent on /api/users/{id}/children), `me` is the caller.
    Case("api/teachers/<userref:teacher_id>/classes", "GET", TEACHER_1_2XX, label="teacher_id=teacher_1"),
    Case("api/teachers/<userref:teacher_id>/classes", "GET", TEACHERS_2XX, path={"teacher_id": "me"},
         label="teacher_id=me"),
    # Its own student is someone teacher_1 sees but is not itself: 403 "Can only view your own classes".
    Case("api/teachers/<userref:teacher_id>/classes", "GET", "401 403 403 403 403 403 403 404 403",
         path={"teacher_id": "child_a"}, label="teacher_id=child_a"),
    Case("api/teachers/<userref:teacher_id>/classes", "POST", TEACHER_1_2XX, body=new_class_body,
         label="teacher_id=teacher_1"),
    Case("api/teachers/<userref:teacher_id>/classes", "POST", TEACHERS_2XX, path={"teacher_id": "me"},
         body=new_class_body, label="teacher_id=me"),
    Case("api/classes/<uuid:class_id>", "PUT", TEACHER_1_2XX, body=lambda p: {"name": "Renamed class"},
         label="class_1"),
    Case("api/classes/<uuid:class_id>", "DELETE", TEACHER_1_2XX, given=(module_of(assigned_to="class_1"),),
         label="class_1"),
    Case("api/classes/<uuid:class_id>/students", "GET", TEACHER_1_2XX, label="class_1"),
    Case("api/classes/<uuid:class_id>/students", "POST", TEACHER_1_2XX, body=lambda p: {"student_id": str(p.teen_a.pk)},
         label="class_1, teen_a by id"),
    Case("api/classes/<uuid:class_id>/students", "POST", TEACHER_1_2XX,
         body=lambda p: {"student_id": str(p.student_1.pk)}, label="class_1, student_1 already enrolled"),
    Case("api/classes/<uuid:class_id>/students", "POST", TEACHER_1_2XX,
         body=lambda p: {"student_id": str(uuid.uuid4())}, label="class_1, an unknown id"),
    Case("api/classes/<uuid:class_id>/students/<userref:student_id>", "DELETE", TEACHER_1_2XX,
         label="class_1, child_a"),
    Case("api/classes/<uuid:class_id>/students/<userref:student_id>", "DELETE", "401 403 403 403 403 403 404 404 403",
         path={"student_id": "child_b"}, label="class_1, child_b (not in it)"),
    # Joining with a class code (decision 4): child roles only; already enrolled 409, unknown code 404.
    Case("api/classes/join", "POST", "401 403 409 2xx 403 2xx 403 403 409",
         body=lambda p: {"class_code": p.class_1.class_code}, label="class_1's code"),
    Case("api/classes/join", "POST", "401 403 2xx 2xx 403 409 403 403 2xx",
         body=lambda p: {"class_code": p.class_2.class_code.lower()}, label="class_2's code, lower case"),
    Case("api/classes/join", "POST", "401 403 404 404 403 404 403 403 404",
         body=lambda p: {"class_code": unused_class_code()}, label="unknown code"),
    # Class invitations (decision 13): every child reads its own; only a child without a parent
    # (student_1) answers them, everyone else is refused up front (403). Another child's invitation is
    # 404, one already answered 409.
    Case("api/child/invitations", "GET", CHILD_ROLES_2XX,
         given=(invitation_of("teen_a", "class_1"), invitation_of("student_1", "class_2"))),
    *[case for action in ("accept", "decline") for case in (
        Case(f"api/child/invitations/<uuid:invitation_id>/{action}", "POST", "401 403 403 403 403 403 403 403 2xx",
             path={"invitation_id": invitation_of("student_1", "class_2")}, label="student_1's, to class_2"),
        Case(f"api/child/invitations/<uuid:invitation_id>/{action}", "POST", "401 403 403 403 403 403 403 403 409",
             path={"invitation_id": invitation_of("student_1", "class_2", decided="declined")},
             label="student_1's, already declined"),
        Case(f"api/child/invitations/<uuid:invitation_id>/{action}", "POST", "401 403 403 403 403 403 403 403 404",
             path={"invitation_id": invitation_of("teen_a", "class_1")}, label="teen_a's, to class_1"),
    )],
]

# Patterns that are deliberately not in the matrix, each with the reason. A prefix ends with "/".
ALLOW_LIST = {
    # The Django admin is session-authenticated HTML, not the JSON API; its scoping per role is the
    # subject of the admin tests (QUALITY.md, "Django admin as a parent and as a teacher").
    "admin/": "Django admin, covered by the admin tests",
    # The catch-all answering 404 JSON for unknown /api paths: it has no persona semantics and is
    # checked by test_unknown_api_path_is_404_json below.
    views.API_CATCH_ALL: "unknown /api paths, see test_unknown_api_path_is_404_json",
    # Every other path is a route of the web app: its index.html for everyone (coincraft/tests/test_webapp.py).
    webapp.ROUTE_PATTERN: "the web app's history fallback, see coincraft/tests/test_webapp.py",
}


# --- enumerating the project's routes --------------------------------------------------------------


def _walk(patterns, prefix=""):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            yield from _walk(pattern.url_patterns, prefix + str(pattern.pattern))
        elif isinstance(pattern, URLPattern):
            yield prefix + str(pattern.pattern), pattern


def _allow_listed(template: str) -> bool:
    return any(template == key or (key.endswith("/") and template.startswith(key)) for key in ALLOW_LIST)


def project_routes() -> dict[str, set[str]]:
    """Every route template of the project -> the HTTP methods its view implements."""
    routes: dict[str, set[str]] = {}
    for template, pattern in _walk(get_resolver().url_patterns):
        if _allow_listed(template):
            continue
        callback = pattern.callback
        view_class = getattr(callback, "view_class", None)
        methods = set()
        if getattr(callback, "actions", None):  # a viewset routed with as_view({method: action})
            methods = {m.upper() for m in callback.actions if m not in ("options", "head")}
        elif view_class is not None:
            methods = {m.upper() for m in view_class.http_method_names
                       if m not in ("options", "head") and hasattr(view_class, m)}
        routes.setdefault(template, set()).update(methods)
    return routes


def matrix_methods() -> dict[str, set[str]]:
    methods: dict[str, set[str]] = {}
    for case in MATRIX:
        methods.setdefault(case.route, set()).add(case.method)
    return methods


# --- making one request -----------------------------------------------------------------------------


def fill_path(route: str, scene: Scene, overrides: dict) -> str:
    def value(match):
        ref = overrides.get(match.group(1), PATH_DEFAULTS.get(match.group(1)))
        assert ref is not None, f"no value for path parameter {match.group(1)!r} of {route}"
        if callable(ref):
            return str(ref(scene).pk)
        return "me" if ref == "me" else str(scene[ref].pk)

    return "/" + re.sub(r"<(?:\w+:)?(\w+)>", value, route)


def prepare(case: Case, personas: Personas) -> tuple[str, dict | None]:
    """Everything a cell needs before its request: the ``given`` state, the path's objects, the body."""
    scene = Scene(personas)
    for given in case.given:
        made = given(scene)
        if isinstance(made, dict):
            scene.objects.update(made)
    url = fill_path(case.route, scene, case.path)
    return url, (None if case.body is None else case.body(scene))


def client_as(persona: str, personas: Personas) -> APIClient:
    return client_for(None if persona == ANONYMOUS else personas[persona])


def send(client: APIClient, case: Case, url: str, body: dict | None):
    if body is None:
        return client.generic(case.method, url)
    if case.form:
        return client.generic(case.method, url, urlencode(body), content_type="application/x-www-form-urlencoded")
    return client.generic(case.method, url, json.dumps(body), content_type="application/json")


def response_class(status_code: int) -> str:
    return "2xx" if 200 <= status_code < 300 else str(status_code)


def _body_text(response) -> str:
    return response.content.decode(errors="replace")[:300]


# --- the tests --------------------------------------------------------------------------------------

CELLS = [pytest.param(case, persona, id=f"{case.name} as {persona}") for case in MATRIX for persona in COLUMNS]


@pytest.mark.parametrize(("case", "persona"), CELLS)
def test_route_answers_the_matrix_class_for_each_persona(case, persona, personas):
    # given
    url, body = prepare(case, personas)
    client = client_as(persona, personas)
    expected = case.expected[persona]
    refused_write = case.method in WRITE_METHODS and expected != "2xx"
    # A refused write changes nothing, and a read never writes (profiles and budgets exist without it).
    changes_nothing = refused_write or case.method in ("GET", "HEAD")
    before = database_rows() if changes_nothing else None
    # when
    response = send(client, case, url, body)
    # then
    assert response_class(response.status_code) == expected, (
        f"{case.method} {url} as {persona}: expected {expected}, got {response.status_code}: {_body_text(response)}"
    )
    if expected != "2xx":
        assert isinstance(response.json().get("detail"), str), f"error without a string detail: {_body_text(response)}"
    if changes_nothing:
        assert database_rows() == before, f"{case.method} {url} as {persona} changed rows"


def test_every_route_of_the_project_is_in_the_matrix():
    # given
    routes = project_routes()
    covered = matrix_methods()
    # then
    missing = sorted(set(routes) - set(covered))
    assert not missing, (
        "these routes have no row in coincraft/tests/test_route_matrix.py MATRIX (add one Case per method, "
        "or an ALLOW_LIST entry with the reason): " + ", ".join(missing)
    )
    stale = sorted(set(covered) - set(routes))
    assert not stale, "these MATRIX routes no longer exist in the URLconf: " + ", ".join(stale)


def test_every_method_a_view_implements_is_in_the_matrix():
    # given
    routes = project_routes()
    covered = matrix_methods()
    # then
    mismatched = {
        route: {"view implements": sorted(methods), "matrix has": sorted(covered.get(route, set()))}
        for route, methods in routes.items()
        if route in covered and methods != covered[route]
    }
    assert not mismatched, f"the matrix and the views disagree on methods: {mismatched}"


def test_every_matrix_route_is_served_with_and_without_a_trailing_slash():
    # given
    bare_only = {"openapi.yaml", "redocs"}  # documented without a slash and served only so
    # then
    for route in matrix_methods():
        if route in bare_only:
            continue
        sample = re.sub(r"<(?:(\w+):)?\w+>", lambda m: "1" if m.group(1) == "int" else str(uuid.uuid4()), route)
        bare, slashed = resolve("/" + sample), resolve("/" + sample + "/")
        assert bare.route == route, f"/{sample} reaches {bare.route}"
        assert slashed.route == route, f"/{sample}/ reaches {slashed.route}"
        assert (slashed.func, slashed.kwargs) == (bare.func, bare.kwargs), f"/{route} and /{route}/ differ"
        assert _route_of("/" + sample + "//") != route, f"/{route}// is served"


def _route_of(path: str) -> str | None:
    try:
        return resolve(path).route
    except Resolver404:
        return None


def test_api_routes_reverse_without_the_trailing_slash():
    # given
    names = [(template, pattern.name) for template, pattern in _walk(get_resolver().url_patterns)
             if template.startswith("api/") and pattern.name and "<" not in template]
    # then
    assert names
    for template, name in names:
        assert reverse(name) == "/" + template


def _twin_cells():
    seen, cells = set(), []
    for case in MATRIX:
        if case.route in {"openapi.yaml", "redocs"} or (case.route, case.method) in seen:
            continue
        seen.add((case.route, case.method))
        cells.append(pytest.param(case, id=case.name))
    return cells


@pytest.mark.parametrize("case", _twin_cells())
def test_trailing_slash_twin_answers_like_the_bare_path(case, personas):
    # given: the persona of the family, who reaches most routes
    persona = "parent_a"
    url, body = prepare(case, personas)
    # when
    response = send(client_as(persona, personas), case, url + "/", body)
    # then
    expected = case.expected[persona]
    assert response_class(response.status_code) == expected, (
        f"{case.method} {url} as {persona}: expected {expected}, got {response.status_code}: {_body_text(response)}"
    )


def _not_allowed_method(allowed: set[str]) -> str:
    return next(m for m in ("DELETE", "PATCH", "PUT", "POST", "GET", "TRACE") if m not in allowed)


@pytest.mark.parametrize("route", sorted(matrix_methods()))
def test_a_method_the_route_does_not_allow_is_405_json(route, personas):
    # given: a signed-in caller, so that authentication is not what answers
    allowed = matrix_methods()[route]
    method = _not_allowed_method(allowed)
    url, _ = prepare(next(case for case in MATRIX if case.route == route), personas)
    # when
    response = client_for(personas.parent_a).generic(method, url)
    # then
    assert response.status_code == 405, f"{method} {url}: expected 405, got {response.status_code}"
    assert response["Content-Type"].startswith("application/json"), f"{method} {url}: {response['Content-Type']}"
    assert isinstance(response.json().get("detail"), str), _body_text(response)
    advertised = {m.strip() for m in response["Allow"].split(",")} - {"OPTIONS", "HEAD"}
    assert advertised == allowed, f"{method} {url}: Allow says {sorted(advertised)}, the matrix {sorted(allowed)}"


@pytest.mark.parametrize("persona", [ANONYMOUS, "parent_a"])
@pytest.mark.parametrize(("method", "path"), [
    ("GET", "/api/no-such-route"),
    ("POST", "/api/no-such-route/"),
    ("GET", "/api/users/not-a-user-id/coins"),
    ("DELETE", "/api"),
])
def test_unknown_api_path_is_404_json(method, path, persona, personas):
    # when
    response = client_as(persona, personas).generic(method, path)
    # then
    assert response.status_code == 404, f"{method} {path}: {response.status_code}"
    assert response.json() == {"detail": "Not found"}


def test_missing_user_and_other_familys_user_answer_the_same(personas):
    # given
    client = client_for(personas.parent_b)
    # when
    missing = client.get(f"/api/users/{uuid.uuid4()}/coins")
    foreign = client.get(f"/api/users/{personas.child_a.pk}/coins")
    # then
    assert (missing.status_code, missing.json()) == (foreign.status_code, foreign.json())
    assert foreign.status_code == 404


PUBLIC_CASES = [pytest.param(case, id=case.name) for case in MATRIX if case.expected[ANONYMOUS] == "2xx"]


@pytest.mark.parametrize("case", PUBLIC_CASES)
def test_public_route_ignores_a_stale_token(case, personas):
    # given: the app attaches whatever token it has, even an expired or garbage one (§0.2)
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION="Bearer not-a-valid-token")
    url, body = prepare(case, personas)
    # when
    response = send(client, case, url, body)
    # then
    assert response_class(response.status_code) == "2xx", f"{case.method} {url}: {response.status_code}"


SAMPLE_PATH_VALUES = {"int": ["7"], "str": ["sample"], "uuid": [str(uuid.uuid4())],
                      "userid": [str(uuid.uuid4())], "userref": ["me", str(uuid.uuid4())]}


def _sample_paths(template: str) -> list[str]:
    """The paths a route template stands for, each converter filled with its sample values."""
    paths = [template]
    for converter in re.findall(r"<(\w+):\w+>", template):
        paths = [re.sub(r"<\w+:\w+>", value, path, count=1)
                 for path in paths for value in SAMPLE_PATH_VALUES[converter]]
    return paths


def test_every_api_path_resolves_to_its_own_route():
    # given: the API's routes, in the order the resolver tries them (no route may shadow another's path)
    routes = [(template, pattern.name) for template, pattern in _walk(get_resolver().url_patterns)
              if template.startswith("api/") and pattern.name]
    # then
    assert len(routes) > 100
    for template, name in routes:
        for path in _sample_paths(template.removesuffix("/?")):
            assert resolve("/" + path).url_name == name, f"/{path} is served by another route than {template}"
