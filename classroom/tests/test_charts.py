"""A teacher's class progress per module, as a chart on ``/admin/classroom/classroom/<id>/progress/``:
it renders with data, says so when empty, and nobody else opens it."""

from __future__ import annotations

import re

import pytest
from django.utils import timezone

from accounts.tests.admin_helpers import content
from classroom import services as classes
from classroom.models import Classroom
from classroom.tests.factories import ClassroomFactory
from learning.models import UserModuleProgress
from learning.tests.factories import ModuleFactory

SVG = '<svg xmlns="http://www.w3.org/2000/svg" role="img"'


def svgs(html: str) -> list[str]:
    """The charts of a page (the admin's own theme icons are SVG too, without ``role="img"``)."""
    return re.findall(r'<svg[^>]*role="img".*?</svg>', html, flags=re.S)


def signed_in(client, user):
    client.force_login(user)
    return client


def progress_url(classroom) -> str:
    return f"/admin/classroom/classroom/{classroom.pk}/progress/"


# --- the teacher's class progress page ---------------------------------------------------------------


def test_a_teacher_sees_its_class_progress_per_module_as_a_chart(personas, client):
    # given: two modules assigned to class 1; child A completed the first with 80, student 1 started it
    budgeting = ModuleFactory(title="Budgeting", created_by=personas.teacher_1)
    saving = ModuleFactory(title="Saving", created_by=personas.teacher_1)
    for module in (budgeting, saving):
        classes.module_assign(actor=personas.teacher_1, classroom=personas.class_1, module=module)
    UserModuleProgress.objects.filter(user=personas.child_a, module=budgeting).update(
        status="completed", is_completed=True, score=80, progress_percentage=100, completed_at=timezone.now())
    UserModuleProgress.objects.filter(user=personas.student_1, module=budgeting).update(
        status="in_progress", progress_percentage=50)
    # when
    response = signed_in(client, personas.teacher_1).get(progress_url(personas.class_1))
    # then
    assert response.status_code == 200
    html = content(response)
    (chart,) = svgs(html)
    assert chart.startswith(SVG)
    assert "<title>Class One: progress per module</title>" in chart
    assert "<title>% of students done: 50</title>" in chart and "<title>Mean score: 80</title>" in chart
    assert "Budgeting" in chart and "Saving" in chart
    assert "Child A" in html and "Student One" in html


def test_a_class_without_modules_says_so(personas, client):
    # when
    html = content(signed_in(client, personas.teacher_1).get(progress_url(personas.class_1)))
    # then
    (chart,) = svgs(html)
    assert chart.startswith(SVG) and "No module assigned yet" in chart and "<rect" not in chart


def test_a_class_whose_modules_nobody_started_says_so(personas, client):
    # given
    classes.module_assign(actor=personas.teacher_1, classroom=personas.class_1,
                          module=ModuleFactory(created_by=personas.teacher_1))
    # when
    html = content(signed_in(client, personas.teacher_1).get(progress_url(personas.class_1)))
    # then
    (chart,) = svgs(html)
    assert "No progress on the assigned modules yet" in chart and "No module assigned yet" not in chart


def test_an_empty_class_shows_an_empty_chart_and_its_code(personas, client):
    # given
    empty = ClassroomFactory(teacher=personas.teacher_1.teacher_profile, name="Empty class")
    # when
    html = content(signed_in(client, personas.teacher_1).get(progress_url(empty)))
    # then
    (chart,) = svgs(html)
    assert "No module assigned yet" in chart
    assert "No students are enrolled yet" in html and empty.class_code in html


@pytest.mark.parametrize("persona", ["teacher_2", "parent_a"])
def test_nobody_else_opens_a_class_progress_page(personas, client, persona):
    # given
    classes.module_assign(actor=personas.teacher_1, classroom=personas.class_1,
                          module=ModuleFactory(title="Secret plan", created_by=personas.teacher_1))
    # when
    response = signed_in(client, personas[persona]).get(progress_url(personas.class_1))
    # then
    assert response.status_code == 404
    assert svgs(content(response)) == [] and "Secret plan" not in content(response)
    assert Classroom.objects.filter(pk=personas.class_1.pk).exists()
