"""Modules in the classroom admin: a teacher assigns a module from its class page (through
``classroom.services.module_assign``), choosing among the modules it may see, and reads its class's
progress; nobody else reaches that page."""

from __future__ import annotations

import re
from datetime import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from accounts.tests.admin_helpers import admin_url, changeform_data, content, make_operator, messages_of
from accounts.tests.factories import ChildFactory
from classroom import services
from classroom.admin import UNPUBLISHED_CHOICE, ClassroomAdmin
from classroom.models import Classroom, Enrolment, ModuleAssignment
from classroom.tests.factories import ClassroomFactory, invitation_for
from coincraft.exceptions import InvalidInput
from learning.models import Module, UserModuleProgress
from learning.tests.factories import ModuleFactory

DUE = {"assign_due_date_0": "2030-01-15", "assign_due_date_1": "10:00:00"}  # the calendar's day, the clock's time


def due() -> datetime:
    return timezone.make_aware(datetime(2030, 1, 15, 10, 0))


@pytest.fixture
def operator(db):
    return make_operator()


@pytest.fixture
def teacher_1_client(client, personas):
    client.force_login(personas.teacher_1)
    return client


@pytest.fixture
def modules(personas) -> dict[str, Module]:
    return {
        "own_draft": ModuleFactory(created_by=personas.teacher_1, title="Pocket Draft", is_published=False),
        "own_published": ModuleFactory(created_by=personas.teacher_1, title="Pocket Published"),
        "other_draft": ModuleFactory(created_by=personas.teacher_2, title="Secret Draft", is_published=False),
        "other_published": ModuleFactory(created_by=personas.teacher_2, title="Rival Lesson"),
        "curriculum": ModuleFactory(created_by=None, title="Starter Saving"),
    }


def class_page(client, classroom):
    return client.get(admin_url(Classroom, "change", classroom.pk))


def save_class(client, classroom, **fields):
    """Post the class's own form back with ``fields`` changed, as a browser would."""
    return client.post(admin_url(Classroom, "change", classroom.pk), changeform_data(class_page(client, classroom),
                                                                                       **fields))


def progress_url(classroom) -> str:
    return reverse("admin:classroom_classroom_progress", args=[classroom.pk])


def progress_of(module) -> dict:
    return {p.user_id: p for p in UserModuleProgress.objects.filter(module=module)}


def learning_state() -> dict:
    return {
        "assignments": sorted(ModuleAssignment.objects.values_list("classroom_id", "module_id", "due_date",
                                                                   "is_active")),
        "progress": sorted(UserModuleProgress.objects.values_list("user_id", "module_id", "status", "due_date")),
        "enrolments": sorted(Enrolment.objects.values_list("classroom_id", "student_id")),
    }


def row_of(response, student) -> str:
    """The progress table's row of ``student``."""
    rows = [row for row in re.findall(r"<tr>.*?</tr>", content(response), flags=re.S) if student.name in row]
    assert len(rows) == 1, rows
    return rows[0]


# --- assigning a module from the class page -----------------------------------------------------------


def test_assigning_a_module_gives_every_enrolled_student_an_assigned_row(teacher_1_client, personas, modules,
                                                                          monkeypatch):
    # given: the service is watched, to see the admin goes through it
    calls = []
    real = services.module_assign
    monkeypatch.setattr(services, "module_assign", lambda **kwargs: calls.append(kwargs) or real(**kwargs))
    module = modules["own_published"]

    # when
    response = save_class(teacher_1_client, personas.class_1, assign_module=str(module.pk), **DUE)

    # then
    assert response.status_code == 302
    assert [(c["actor"], c["classroom"], c["module"]) for c in calls] == [
        (personas.teacher_1, personas.class_1, module)]
    assignment = ModuleAssignment.objects.get(classroom=personas.class_1, module=module)
    assert (assignment.assigned_by_id, assignment.due_date, assignment.is_active) == (personas.teacher_1.pk, due(),
                                                                                      True)
    rows = progress_of(module)
    assert set(rows) == {personas.child_a.pk, personas.student_1.pk}
    assert {(p.status, p.assigned_by_id, p.due_date) for p in rows.values()} == {
        ("assigned", personas.teacher_1.pk, due())}
    assert not ModuleAssignment.objects.filter(classroom=personas.class_2).exists()


def test_assigning_a_module_reports_how_many_students_received_it(teacher_1_client, personas, modules):
    # when
    response = save_class(teacher_1_client, personas.class_1, assign_module=str(modules["own_published"].pk))

    # then
    messages = messages_of(teacher_1_client.get(response.url))
    assert "'Pocket Published' assigned (2 new student(s))." in messages


def test_assigning_again_updates_the_due_date_and_keeps_the_students_progress(teacher_1_client, personas, modules):
    # given: the module was assigned, and child_a has completed it since
    module = modules["own_published"]
    services.module_assign(actor=personas.teacher_1, classroom=personas.class_1, module=module)
    UserModuleProgress.objects.filter(user=personas.child_a, module=module).update(
        status="completed", is_completed=True, score=90)

    # when
    save_class(teacher_1_client, personas.class_1, assign_module=str(module.pk), **DUE)

    # then
    assert ModuleAssignment.objects.filter(classroom=personas.class_1, module=module).count() == 1
    assert ModuleAssignment.objects.get(classroom=personas.class_1, module=module).due_date == due()
    rows = progress_of(module)
    assert (rows[personas.child_a.pk].status, rows[personas.child_a.pk].score) == ("completed", 90)
    assert rows[personas.student_1.pk].status == "assigned"
    assert UserModuleProgress.objects.filter(module=module).count() == 2


def test_a_student_whose_family_accepts_later_receives_its_assigned_modules(teacher_1_client, personas, modules):
    # given
    module = modules["curriculum"]
    save_class(teacher_1_client, personas.class_1, assign_module=str(module.pk), **DUE)
    kid = ChildFactory(email="late.kid@example.com", name="Late Kid")
    response = save_class(teacher_1_client, personas.class_1, invite_students="late.kid@example.com")

    # when: the kid has no parent, so it accepts itself
    services.invitation_accept(actor=kid, invitation=invitation_for(kid, personas.class_1))

    # then
    assert response.status_code == 302
    late = UserModuleProgress.objects.get(user=kid, module=module)
    assert (late.status, late.assigned_by_id, late.due_date) == ("assigned", personas.teacher_1.pk, due())
    assert set(progress_of(module)) == {personas.child_a.pk, personas.student_1.pk, kid.pk}


def test_a_student_invited_and_a_module_assigned_in_one_save_both_take_effect(teacher_1_client, personas, modules):
    # given
    kid = ChildFactory(email="new.kid@example.com")

    # when
    save_class(teacher_1_client, personas.class_1, invite_students=kid.email,
               assign_module=str(modules["own_published"].pk))
    assigned_at_once = set(progress_of(modules["own_published"]))
    services.invitation_accept(actor=kid, invitation=invitation_for(kid, personas.class_1))

    # then: the enrolled students get the module now, the invited kid once it is in the class
    assert assigned_at_once == {personas.child_a.pk, personas.student_1.pk}
    assert set(progress_of(modules["own_published"])) == {personas.child_a.pk, personas.student_1.pk, kid.pk}


# --- which modules may be assigned --------------------------------------------------------------------


def test_module_choices_are_the_published_modules_only(teacher_1_client, personas, modules):
    # when
    page = class_page(teacher_1_client, personas.class_1)

    # then: its own draft is not offered either (only a published module may be assigned)
    choices = set(page.context["adminform"].form.fields["assign_module"].queryset.values_list("pk", flat=True))
    assert choices == {modules[name].pk for name in ("own_published", "other_published", "curriculum")}
    assert modules["other_draft"].title not in content(page)
    assert modules["own_draft"].title not in content(page)
    assert "Only published modules are listed" in content(page)


def test_its_own_draft_cannot_be_assigned_by_posting_its_id(teacher_1_client, personas, modules):
    # given
    before = learning_state()

    # when
    response = save_class(teacher_1_client, personas.class_1, assign_module=str(modules["own_draft"].pk), **DUE)

    # then
    assert response.status_code == 200
    assert response.context["adminform"].form.errors["assign_module"] == [UNPUBLISHED_CHOICE]
    assert "a draft cannot be assigned to a class" in content(response)
    assert learning_state() == before


def test_a_module_unpublished_while_the_form_was_open_is_not_assigned(teacher_1_client, personas, modules):
    # given: the class's page is open with the module offered; it is unpublished before the save
    module = modules["own_published"]
    page = class_page(teacher_1_client, personas.class_1)
    Module.objects.filter(pk=module.pk).update(is_published=False)
    before = learning_state()

    # when
    response = teacher_1_client.post(admin_url(Classroom, "change", personas.class_1.pk),
                                     changeform_data(page, assign_module=str(module.pk)))

    # then
    assert response.status_code == 200
    assert "assign_module" in response.context["adminform"].form.errors
    assert learning_state() == before


def test_the_service_refuses_a_draft_naming_the_module(personas, modules):
    # given
    before = learning_state()

    # when
    with pytest.raises(InvalidInput) as refused:
        services.module_assign(actor=personas.teacher_1, classroom=personas.class_1, module=modules["own_draft"])

    # then
    assert (refused.value.field, refused.value.detail) == ("module_id", services.UNPUBLISHED_NOT_ASSIGNABLE)
    assert learning_state() == before


# --- due dates: the admin's own calendar and clock ----------------------------------------------------


def test_the_due_date_is_picked_with_the_admins_calendar_and_clock(teacher_1_client, personas):
    # when
    page = class_page(teacher_1_client, personas.class_1)

    # then
    body = content(page)
    assert 'name="assign_due_date_0" class="vDateField"' in body
    assert 'name="assign_due_date_1" class="vTimeField"' in body
    assert "/static/admin/js/calendar.js" in body and "/static/admin/js/admin/DateTimeShortcuts.js" in body


def test_a_due_day_without_a_time_is_due_at_the_end_of_that_day(teacher_1_client, personas, modules):
    # when
    response = save_class(teacher_1_client, personas.class_1, assign_module=str(modules["own_published"].pk),
                          assign_due_date_0="2030-01-15")

    # then
    assert response.status_code == 302
    assignment = ModuleAssignment.objects.get(classroom=personas.class_1, module=modules["own_published"])
    assert assignment.due_date == timezone.make_aware(datetime(2030, 1, 15, 23, 59))


def test_a_time_without_a_day_is_refused(teacher_1_client, personas, modules):
    # given
    before = learning_state()

    # when
    response = save_class(teacher_1_client, personas.class_1, assign_module=str(modules["own_published"].pk),
                          assign_due_date_1="10:00")

    # then
    assert response.status_code == 200
    assert "assign_due_date" in response.context["adminform"].form.errors
    assert learning_state() == before


def test_another_teachers_draft_cannot_be_assigned_by_posting_its_id(teacher_1_client, personas, modules):
    # given
    before = learning_state()

    # when
    response = save_class(teacher_1_client, personas.class_1, assign_module=str(modules["other_draft"].pk))

    # then
    assert response.status_code == 200
    assert "assign_module" in response.context["adminform"].form.errors
    assert learning_state() == before


def test_one_teachers_module_choices_never_reach_another_teachers_form(rf, personas, modules):
    # given: two teachers' requests interleave (a threaded server): both forms are built, then used
    from django.contrib import admin

    model_admin: ClassroomAdmin = admin.site._registry[Classroom]
    request_1, request_2 = rf.get("/"), rf.get("/")
    request_1.user, request_2.user = personas.teacher_1, personas.teacher_2
    form_1 = model_admin.get_form(request_1, personas.class_1, change=True)
    form_2 = model_admin.get_form(request_2, personas.class_2, change=True)

    # when
    choices_1 = set(form_1(instance=personas.class_1).fields["assign_module"].queryset.values_list("pk", flat=True))
    choices_2 = set(form_2(instance=personas.class_2).fields["assign_module"].queryset.values_list("pk", flat=True))

    # then: the published modules, and neither teacher's draft
    published = {modules[name].pk for name in ("own_published", "other_published", "curriculum")}
    assert choices_1 == choices_2 == published


def test_teacher_cannot_assign_a_module_to_another_teachers_class(teacher_1_client, personas, modules):
    # given: its own class's form, aimed at teacher_2's class
    page = class_page(teacher_1_client, personas.class_1)
    before = learning_state()

    # when
    teacher_1_client.post(admin_url(Classroom, "change", personas.class_2.pk),
                          changeform_data(page, assign_module=str(modules["own_published"].pk)))

    # then
    assert learning_state() == before
    assert not UserModuleProgress.objects.filter(user=personas.child_b).exists()


def test_teacher_cannot_remove_another_teachers_assignment_through_its_own_class(teacher_1_client, personas,
                                                                                  modules):
    # given: class_2 has an assignment; class_1's form is posted with it smuggled in as a deleted row
    foreign, _, _ = services.module_assign(actor=personas.teacher_2, classroom=personas.class_2,
                                           module=modules["other_published"])
    services.module_assign(actor=personas.teacher_1, classroom=personas.class_1, module=modules["own_published"])
    page = class_page(teacher_1_client, personas.class_1)
    before = learning_state()

    # when
    teacher_1_client.post(admin_url(Classroom, "change", personas.class_1.pk), changeform_data(
        page, **{"assignments-0-id": str(foreign.pk), "assignments-0-DELETE": "on"}))

    # then
    assert ModuleAssignment.objects.filter(pk=foreign.pk).exists()
    assert learning_state() == before


def test_assigning_to_an_empty_class_warns_and_writes_nothing(teacher_1_client, personas, modules):
    # given
    empty = ClassroomFactory(teacher=personas.teacher_1.teacher_profile, name="Nobody Yet")
    before = learning_state()

    # when
    response = save_class(teacher_1_client, empty, assign_module=str(modules["own_published"].pk))

    # then
    followed = teacher_1_client.get(response.url)
    assert any("was not assigned" in m and "No students" in m for m in messages_of(followed))
    warnings = [m for m in followed.context["messages"] if "was not assigned" in str(m)]
    assert [m.level_tag for m in warnings] == ["warning"]
    assert learning_state() == before
    assert not ModuleAssignment.objects.filter(classroom=empty).exists()


# --- the progress page --------------------------------------------------------------------------------


@pytest.fixture
def class_progress(personas, modules):
    """class_1 has two modules assigned: child_a completed one with 85; student_1 failed a quiz 3 times.
    class_2 (teacher_2's) has its own module, which child_b completed."""
    services.module_assign(actor=personas.teacher_1, classroom=personas.class_1, module=modules["own_published"])
    services.module_assign(actor=personas.teacher_1, classroom=personas.class_1, module=modules["curriculum"])
    services.module_assign(actor=personas.teacher_2, classroom=personas.class_2, module=modules["other_published"])
    UserModuleProgress.objects.filter(user=personas.child_a, module=modules["own_published"]).update(
        status="completed", is_completed=True, score=85, completed_at=timezone.now())
    UserModuleProgress.objects.filter(user=personas.student_1, module=modules["own_published"]).update(
        status="in_progress", failed_attempts=3, quiz_attempts=3)
    UserModuleProgress.objects.filter(user=personas.child_b, module=modules["other_published"]).update(
        status="completed", is_completed=True, score=40, completed_at=timezone.now())
    return modules


def test_progress_page_shows_each_student_against_each_assigned_module(teacher_1_client, personas, class_progress):
    # when
    response = teacher_1_client.get(progress_url(personas.class_1))

    # then
    assert response.status_code == 200
    assert {m.pk for m in response.context["modules"]} == {class_progress["own_published"].pk,
                                                          class_progress["curriculum"].pk}
    assert [row["student"].pk for row in response.context["rows"]] == [personas.child_a.pk, personas.student_1.pk]
    body = content(response)
    assert "Pocket Published" in body and "Starter Saving" in body
    assert "Completed · 85%" in row_of(response, personas.child_a)
    assert "85% · 1 done" in row_of(response, personas.child_a)
    assert "— · none done" in row_of(response, personas.student_1)  # (no mean of nothing: not "0")
    assert "In progress" in row_of(response, personas.student_1)
    assert "3 failed" in row_of(response, personas.student_1)
    assert row_of(response, personas.student_1).count("Assigned") == 1


def test_progress_page_marks_only_students_who_need_support(teacher_1_client, personas, class_progress):
    # when
    response = teacher_1_client.get(progress_url(personas.class_1))

    # then
    assert "needs support" in row_of(response, personas.student_1)
    assert "needs support" not in row_of(response, personas.child_a)
    assert content(response).count("⚠ needs support") == 1


def test_progress_page_shows_nothing_of_another_class(teacher_1_client, personas, class_progress):
    # when
    response = teacher_1_client.get(progress_url(personas.class_1))

    # then
    body = content(response)
    assert personas.child_b.name not in body
    assert class_progress["other_published"].title not in body
    assert class_progress["other_draft"].title not in body


def test_progress_page_of_an_empty_class_renders_with_its_code(teacher_1_client, personas):
    # given
    empty = ClassroomFactory(teacher=personas.teacher_1.teacher_profile, name="Nobody Yet")

    # when
    response = teacher_1_client.get(progress_url(empty))

    # then
    assert response.status_code == 200
    assert response.context["rows"] == [] and response.context["modules"] == []
    assert "No students are enrolled yet" in content(response)
    assert empty.class_code in content(response)


def test_progress_page_of_a_class_with_students_but_no_module_says_so(teacher_1_client, personas):
    # when
    response = teacher_1_client.get(progress_url(personas.class_1))

    # then
    assert response.status_code == 200
    assert "No module is assigned to this class yet." in content(response)
    assert personas.child_a.name in content(response)


def test_class_page_links_to_its_progress_page(teacher_1_client, personas):
    # when
    page = class_page(teacher_1_client, personas.class_1)

    # then
    assert progress_url(personas.class_1) in content(page)


@pytest.mark.parametrize("persona", ["teacher_2", "parent_a", "parent_b"])
def test_progress_page_is_not_found_for_another_teacher_and_for_parents(client, personas, class_progress, persona):
    # given
    client.force_login(personas[persona])

    # when
    response = client.get(progress_url(personas.class_1))

    # then
    assert response.status_code == 404
    assert personas.child_a.name not in content(response)
    assert personas.class_1.name not in content(response)


@pytest.mark.parametrize("persona", ["child_a", "student_1", None])
def test_progress_page_sends_children_and_visitors_to_the_sign_in_page(client, personas, class_progress, persona):
    # given
    if persona:
        client.force_login(personas[persona])

    # when
    response = client.get(progress_url(personas.class_1))

    # then
    assert response.status_code == 302
    assert response.url.startswith(reverse("admin:login"))


def test_progress_page_of_a_class_that_does_not_exist_is_not_found(teacher_1_client, personas):
    # when
    response = teacher_1_client.get(reverse("admin:classroom_classroom_progress",
                                            args=["00000000-0000-0000-0000-000000000000"]))

    # then
    assert response.status_code == 404


def test_operator_sees_any_class_progress(client, operator, personas, class_progress):
    # given
    client.force_login(operator)

    # when
    response = client.get(progress_url(personas.class_2))

    # then
    assert response.status_code == 200
    assert "Completed · 40%" in row_of(response, personas.child_b)
    assert "needs support" in row_of(response, personas.child_b)


# --- deleting a module another teacher assigned ----------------------------------------------------------


def test_a_modules_delete_page_names_no_student_or_class_of_another_teacher(personas, client):
    # given: teacher_1's module, assigned by teacher_2 to class_2 (child_b has it, not started)
    module = ModuleFactory(created_by=personas.teacher_1, title="Pocket Published", is_published=True)
    services.module_assign(actor=personas.teacher_2, classroom=personas.class_2, module=module)
    client.force_login(personas.teacher_1)
    # when
    page = client.get(admin_url(Module, "delete", module.pk))
    # then: the rows are counted in the summary, never named
    assert page.status_code == 200
    body = content(page)
    for foreign in (personas.child_b.pk, personas.class_2.pk, personas.child_b.email, personas.class_2.name):
        assert str(foreign) not in body
    assert "Module assignments: 1" in body


def test_an_operator_sees_every_row_a_module_deletion_takes(personas, client):
    # given
    module = ModuleFactory(created_by=personas.teacher_1, title="Pocket Published", is_published=True)
    services.module_assign(actor=personas.teacher_2, classroom=personas.class_2, module=module)
    client.force_login(make_operator())
    # when
    body = content(client.get(admin_url(Module, "delete", module.pk)))
    # then: named
    assert f"Pocket Published for {personas.class_2.name}" in body
