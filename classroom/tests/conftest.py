"""Fixtures of the teacher's admin pages: teacher_1 signed in, and a quiz module its class has worked on."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from classroom import services as class_services
from learning.tests.helpers import quiz_module


@pytest.fixture
def teacher_1_client(client, personas):
    client.force_login(personas.teacher_1)
    return client


@pytest.fixture
def quizzed(personas):
    """teacher_1's quiz module, assigned to class_1 two days ago with a due date yesterday: child_a
    missed the first question, then passed; student_1 failed three times (and needs support). teacher_2
    assigned it to class_2, where child_b failed once."""
    built = quiz_module(created_by=personas.teacher_1, title="Saving Quiz", points_reward=0)
    class_services.module_assign(actor=personas.teacher_1, classroom=personas.class_1, module=built.module,
                                 due_date=timezone.now() - timedelta(days=1))
    class_services.module_assign(actor=personas.teacher_2, classroom=personas.class_2, module=built.module)
    built.submit(personas.child_a, single=False, multiple=True)
    built.submit(personas.child_a, single=True, multiple=True)
    for _ in range(3):
        built.submit(personas.student_1, single=False, multiple=False)
    built.submit(personas.child_b, single=True, multiple=False)
    return built
