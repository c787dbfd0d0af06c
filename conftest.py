"""Personas shared by every app's tests, so that "not mine" is always tested.

Two families and two teachers:

- family A: ``parent_a`` with ``child_a`` (younger child) and ``teen_a`` (older child), and
  ``coparent_a``, a second parent of family A (``User.co_parent_of``: it sees and decides what
  ``parent_a`` does)
- family B: ``parent_b`` with ``child_b``
- ``teacher_1`` runs ``class_1``, where ``child_a`` and ``student_1`` (a child with no family) are
  enrolled; ``teacher_2`` runs ``class_2`` with ``child_b``.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from rest_framework.test import APIClient

from accounts.models import User
from accounts.tests.factories import ChildFactory, ParentFactory, TeacherFactory, TeenFactory
from accounts.tokens import access_token_for
from classroom.tests.factories import ClassroomFactory, EnrolmentFactory
from coincraft.testing.live_server import LiveServer, database_configurations, database_environment

PERSONA_NAMES = ("parent_a", "child_a", "teen_a", "parent_b", "child_b", "teacher_1", "teacher_2", "student_1",
                 "coparent_a")


@dataclass
class Personas:
    parent_a: User
    child_a: User
    teen_a: User
    parent_b: User
    child_b: User
    teacher_1: User
    teacher_2: User
    student_1: User
    coparent_a: User
    class_1: object
    class_2: object

    def __getitem__(self, name):
        return getattr(self, name)


def make_personas() -> Personas:
    parent_a = ParentFactory(name="Parent A", email="parent.a@example.com")
    parent_b = ParentFactory(name="Parent B", email="parent.b@example.com")
    child_a = ChildFactory(name="Child A", email="child.a@example.com", profile__parent=parent_a)
    teen_a = TeenFactory(name="Teen A", email="teen.a@example.com", profile__parent=parent_a)
    child_b = ChildFactory(name="Child B", email="child.b@example.com", profile__parent=parent_b)
    teacher_1 = TeacherFactory(name="Teacher One", email="teacher.1@example.com")
    teacher_2 = TeacherFactory(name="Teacher Two", email="teacher.2@example.com")
    student_1 = ChildFactory(name="Student One", email="student.1@example.com")
    coparent_a = ParentFactory(name="Co-parent A", email="coparent.a@example.com", co_parent_of=parent_a)
    class_1 = ClassroomFactory(teacher=teacher_1.teacher_profile, name="Class One")
    class_2 = ClassroomFactory(teacher=teacher_2.teacher_profile, name="Class Two")
    EnrolmentFactory(classroom=class_1, student=child_a)
    EnrolmentFactory(classroom=class_1, student=student_1)
    EnrolmentFactory(classroom=class_2, student=child_b)
    return Personas(parent_a, child_a, teen_a, parent_b, child_b, teacher_1, teacher_2, student_1, coparent_a,
                    class_1, class_2)


@pytest.fixture
def personas(db) -> Personas:
    return make_personas()


def client_for(user: User | None) -> APIClient:
    """An API client signed in as ``user`` with a real Bearer token (anonymous for None)."""
    client = APIClient()
    if user is not None:
        client.credentials(HTTP_AUTHORIZATION=f"Bearer {access_token_for(user)}")
    return client


@pytest.fixture
def api_client():
    return APIClient()


@pytest.fixture
def as_user():
    return client_for


@pytest.fixture
def give_coins():
    """Credit a child through the ledger (never by writing the balance), returning the new balance."""
    from economy.services import ledger_post

    def give(child: User, amount: int) -> int:
        entry = ledger_post(actor=None, child=child, type="earn", amount=amount, delta=amount,
                            description="Test credit", category="test")
        return entry.balance_after

    return give


@pytest.fixture(autouse=True)
def _seeded_rows(request):
    """The rows data migrations load (the six games, the achievements) for every database test.

    Transactional tests (the concurrency ones) empty every table when they finish, so a test that
    runs after one in the same worker would otherwise find no games or achievements.
    """
    marker = request.node.get_closest_marker("django_db")
    transactional = "transactional_db" in request.fixturenames or bool(marker and marker.kwargs.get("transaction"))
    if not (marker or transactional or "db" in request.fixturenames):
        return
    request.getfixturevalue("transactional_db" if transactional else "db")
    from learning.models import Achievement, Activity
    from learning.progression import achievements_ensure
    from learning.services import activities_ensure

    if not Activity.objects.exists():
        activities_ensure()
    if not Achievement.objects.exists():
        achievements_ensure()


@pytest.fixture(scope="module", params=database_configurations())
def gunicorn_server(request, django_db_setup):
    """gunicorn with 4 workers on the test database, started once per test module (and per way of
    configuring the database: see ``coincraft.tests.live_server``). Tests using it need ``transactional_db``."""
    from django.db import connections

    server = LiveServer(database_environment(request.param, connections["default"].settings_dict))
    server.start()
    yield server
    server.close()
