"""API.md §6 (tasks) and the parent's task routes of §10 over the DRF test client.

The task state machine is D-4: the child moves pending | in_progress | rejected to in_progress or
completed; its parent approves completed (paying ``coins_reward`` exactly once; a repeat is 409) or
rejects pending | in_progress | completed (paying nothing).

Personas (root conftest): family A is ``parent_a`` with ``child_a`` and ``teen_a``; family B is
``parent_b`` with ``child_b``; ``teacher_1`` teaches ``child_a``.
"""

from __future__ import annotations

import uuid
from datetime import timedelta

import pytest
from django.utils import timezone

from accounts.tests.helpers import parent_ref, paths_naming_another_parent
from economy.models import Task, Transaction
from economy.tests.factories import TaskFactory
from economy.tests.helpers import (
    BAD_COINS,
    BAD_COINS_IDS,
    MISSING,
    NUL,
    TASK_SHAPE,
    assert_bad_input,
    assert_books_balance,
    assert_error,
    assert_types,
    balance,
    body_with,
    books,
    ledger_sum,
)

BAD_OPTIONAL_REWARDS = [v for v in BAD_COINS if v is not MISSING]
BAD_OPTIONAL_REWARD_IDS = [i for i in BAD_COINS_IDS if i != "missing"]


def stamp(task: Task, *, minutes_ago: int) -> None:
    Task.objects.filter(pk=task.pk).update(created_at=timezone.now() - timedelta(minutes=minutes_ago))


def task_body(child, **extra) -> dict:
    return {"title": "Tidy room", "description": "All of it", "coins_reward": 15, "assigned_to": str(child.pk),
            **extra}


def task_entries(task: Task) -> list[Transaction]:
    return list(Transaction.objects.filter(reference_type="task", reference_id=str(task.pk)))


# --- GET /api/tasks and GET /api/parents/{id}/tasks ---------------------------------------------------


def test_parent_lists_the_tasks_it_assigned_newest_first(personas, as_user):
    # given
    older = TaskFactory(assigned_to=personas.child_a)
    newer = TaskFactory(assigned_to=personas.teen_a, due_date=timezone.now() + timedelta(days=1))
    stamp(older, minutes_ago=20)
    stamp(newer, minutes_ago=10)
    TaskFactory(assigned_to=personas.child_b)
    # when
    response = as_user(personas.parent_a).get("/api/tasks")
    # then
    assert response.status_code == 200
    rows = response.json()
    assert [r["id"] for r in rows] == [str(newer.pk), str(older.pk)]
    for row in rows:
        assert_types(row, TASK_SHAPE)
        assert row["assigned_by"] == str(personas.parent_a.pk)
    assert rows[1]["assigned_to"] == str(personas.child_a.pk)
    assert (rows[1]["status"], rows[1]["coins_reward"], rows[1]["requires_approval"]) == ("pending", 10, True)
    assert rows[0]["due_date"] is not None


def test_child_lists_only_the_tasks_assigned_to_it(personas, as_user):
    # given
    mine = TaskFactory(assigned_to=personas.child_a)
    TaskFactory(assigned_to=personas.teen_a)
    TaskFactory(assigned_to=personas.child_b)
    # when
    rows = as_user(personas.child_a).get("/api/tasks").json()
    # then
    assert [r["id"] for r in rows] == [str(mine.pk)]
    assert rows[0]["assigned_to"] == str(personas.child_a.pk)


def test_teacher_has_no_tasks(personas, as_user):
    # given
    TaskFactory(assigned_to=personas.child_a)
    # when
    response = as_user(personas.teacher_1).get("/api/tasks")
    # then
    assert response.status_code == 200
    assert response.json() == []


def test_parent_lists_its_assigned_tasks_by_id(personas, as_user):
    # given
    task = TaskFactory(assigned_to=personas.child_a)
    TaskFactory(assigned_to=personas.child_b)
    # when
    by_id = as_user(personas.parent_a).get(f"/api/parents/{personas.parent_a.pk}/tasks")
    by_me = as_user(personas.parent_a).get("/api/parents/me/tasks")
    # then
    assert by_id.status_code == by_me.status_code == 200
    assert [r["id"] for r in by_id.json()] == [r["id"] for r in by_me.json()] == [str(task.pk)]
    assert_types(by_id.json()[0], TASK_SHAPE)


def test_a_child_may_not_list_a_parents_tasks(personas, as_user):
    # when
    response = as_user(personas.child_a).get(f"/api/parents/{personas.parent_a.pk}/tasks")
    # then
    assert_error(response, 403, "Only parents can view their assigned tasks")


def test_another_parents_task_list_is_not_found(personas, as_user):
    # given
    TaskFactory(assigned_to=personas.child_b)
    # when
    response = as_user(personas.parent_a).get(f"/api/parents/{personas.parent_b.pk}/tasks")
    # then
    assert_error(response, 404)


@pytest.mark.parametrize("path, reader", [("/api/tasks", "parent_a"), ("/api/tasks", "child_a"),
                                          ("/api/parents/me/tasks", "parent_a")])
@pytest.mark.parametrize("size", [1, 30])
def test_task_lists_run_a_constant_number_of_queries(personas, as_user, django_assert_num_queries, size, path,
                                                     reader):
    # given
    TaskFactory.create_batch(size, assigned_to=personas.child_a)
    client = as_user(personas[reader])
    # when
    with django_assert_num_queries(2):
        response = client.get(path)
    # then
    assert len(response.json()) == size


# --- a family's co-parent: the same tasks under either parent's id -------------------------------------


def parents_tasks_url(personas, ref: str) -> str:
    return f"/api/parents/{parent_ref(personas, ref)}/tasks"


def family_tasks(personas) -> list[Task]:
    """A task each parent of family A set (the co-parent's the newer), and one of family B."""
    first = TaskFactory(assigned_to=personas.child_a)
    stamp(first, minutes_ago=20)
    second = TaskFactory(assigned_to=personas.teen_a, assigned_by=personas.coparent_a)
    stamp(second, minutes_ago=10)
    TaskFactory(assigned_to=personas.child_b)
    return [second, first]


@pytest.mark.parametrize("reader, ref", [("coparent_a", "parent_a"), ("coparent_a", "coparent_a"),
                                         ("coparent_a", "me"), ("parent_a", "parent_a"), ("parent_a", "me")])
def test_the_family_tasks_are_the_same_for_both_parents_under_either_id(personas, as_user, reader, ref):
    # given
    tasks = family_tasks(personas)
    # when
    response = as_user(personas[reader]).get(parents_tasks_url(personas, ref))
    # then: the tasks both parents set, newest first, whoever asks and whichever parent the path names
    assert response.status_code == 200, response.content
    assert [r["id"] for r in response.json()] == [str(t.pk) for t in tasks]
    assert response.json() == as_user(personas[reader]).get("/api/tasks").json()


@pytest.mark.parametrize("ref", ["parent_a", "coparent_a"])
def test_the_co_parent_sets_a_task_under_either_parents_id(personas, as_user, ref):
    # when
    response = as_user(personas.coparent_a).post(parents_tasks_url(personas, ref), task_body(personas.child_a),
                                                 format="json")
    # then
    assert response.status_code == 200, response.content
    task = Task.objects.get(pk=response.json()["id"])
    assert (task.assigned_by_id, task.assigned_to_id) == (personas.coparent_a.pk, personas.child_a.pk)


@pytest.mark.parametrize("actor, ref, status", paths_naming_another_parent("child_a"))
def test_a_path_naming_another_parent_lists_and_sets_no_task(personas, as_user, actor, ref, status):
    # given
    family_tasks(personas)
    client, url = as_user(personas[actor]), parents_tasks_url(personas, ref)
    # when
    listed = client.get(url)
    created = client.post(url, task_body(personas.child_a if actor != "parent_b" else personas.child_b),
                          format="json")
    # then
    if status == 403:
        assert_error(listed, 403, "Only parents can view their assigned tasks")
        assert_error(created, 403, "Only parents can assign tasks")
    else:
        assert_error(listed, 404)
        assert_error(created, 404)
    assert Task.objects.count() == 3


@pytest.mark.parametrize("size", [1, 30])
def test_the_co_parents_task_list_under_the_first_parents_id_runs_a_constant_number_of_queries(
        personas, as_user, django_assert_num_queries, size):
    # given
    TaskFactory.create_batch(size, assigned_to=personas.child_a)
    client = as_user(personas.coparent_a)
    # when: the caller, the named parent, the tasks
    with django_assert_num_queries(3):
        response = client.get(parents_tasks_url(personas, "parent_a"))
    # then
    assert len(response.json()) == size


# --- POST /api/tasks, POST /api/parents/{id}/tasks ----------------------------------------------------


@pytest.mark.parametrize("path", ["/api/tasks", "/api/parents/me/tasks"])
def test_parent_assigns_a_task_to_its_child(personas, as_user, path):
    # given
    body = task_body(personas.teen_a, due_date="2030-01-02", requires_approval=False, status="approved",
                     id=str(uuid.uuid4()))
    # when
    response = as_user(personas.parent_a).post(path, body, format="json")
    # then
    assert response.status_code == 200, response.json()
    created = response.json()
    assert_types(created, TASK_SHAPE)
    assert (created["title"], created["coins_reward"], created["status"], created["requires_approval"],
            created["assigned_to"], created["assigned_by"]) == (
        "Tidy room", 15, "pending", False, str(personas.teen_a.pk), str(personas.parent_a.pk))
    assert created["due_date"] in ("2030-01-02T00:00:00Z", "2030-01-02T00:00:00+00:00")
    task = Task.objects.get(pk=created["id"])
    assert (task.status, task.assigned_to_id, task.assigned_by_id) == ("pending", personas.teen_a.pk,
                                                                       personas.parent_a.pk)
    assert Transaction.objects.count() == 0


def test_requires_approval_defaults_to_true(personas, as_user):
    # when
    response = as_user(personas.parent_a).post("/api/tasks", task_body(personas.child_a), format="json")
    # then
    assert response.status_code == 200
    assert response.json()["requires_approval"] is True


@pytest.mark.parametrize("path, detail", [("/api/tasks", "Only parents can create tasks"),
                                          ("/api/parents/me/tasks", "Only parents can assign tasks")])
@pytest.mark.parametrize("actor", ["child_a", "teacher_1"])
def test_only_parents_create_tasks(personas, as_user, path, detail, actor):
    # when
    response = as_user(personas[actor]).post(path, task_body(personas.child_a), format="json")
    # then
    assert_error(response, 403, detail)
    assert Task.objects.count() == 0


@pytest.mark.parametrize("path", ["/api/tasks", "/api/parents/me/tasks"])
@pytest.mark.parametrize("assignee", ["child_b", "parent_a", "teacher_1", "student_1", "unknown"])
def test_tasks_go_only_to_ones_own_children(personas, as_user, path, assignee):
    # given
    target = str(uuid.uuid4()) if assignee == "unknown" else str(personas[assignee].pk)
    # when
    response = as_user(personas.parent_a).post(path, {**task_body(personas.child_a), "assigned_to": target},
                                               format="json")
    # then
    assert_error(response, 400, "Can only assign tasks to your children")
    assert Task.objects.count() == 0


def test_another_parents_task_route_is_not_found_for_assigning(personas, as_user):
    # when
    response = as_user(personas.parent_a).post(f"/api/parents/{personas.parent_b.pk}/tasks",
                                               task_body(personas.child_a), format="json")
    # then
    assert_error(response, 404)
    assert Task.objects.count() == 0


@pytest.mark.parametrize("path", ["/api/tasks", "/api/parents/me/tasks"])
@pytest.mark.parametrize("value", BAD_COINS, ids=BAD_COINS_IDS)
def test_bad_rewards_are_refused(personas, as_user, value, path):
    # when
    response = as_user(personas.parent_a).post(path, body_with(task_body(personas.child_a), "coins_reward", value),
                                               format="json")
    # then
    assert_bad_input(response, "coins_reward")
    assert Task.objects.count() == 0


@pytest.mark.parametrize("field, value", [
    ("title", MISSING), ("title", ""), ("title", None), ("title", NUL), ("title", "t" * 201),
    ("description", NUL), ("due_date", "next week"), ("requires_approval", "perhaps"), ("requires_approval", 1),
    ("assigned_to", "not-a-uuid"), ("assigned_to", ["x"]),
])
def test_bad_task_fields_are_refused(personas, as_user, field, value):
    # when
    response = as_user(personas.parent_a).post("/api/tasks", body_with(task_body(personas.child_a), field, value),
                                               format="json")
    # then
    assert_bad_input(response, field)
    assert Task.objects.count() == 0


# --- GET /api/parent/tasks ----------------------------------------------------------------------------


def test_parent_task_screen_lists_its_childrens_tasks_newest_first(personas, as_user):
    # given
    first = TaskFactory(assigned_to=personas.child_a)
    second = TaskFactory(assigned_to=personas.teen_a, status="completed", completed_at=timezone.now())
    stamp(first, minutes_ago=5)
    stamp(second, minutes_ago=1)
    TaskFactory(assigned_to=personas.child_b)
    # when
    response = as_user(personas.parent_a).get("/api/parent/tasks")
    # then
    assert response.status_code == 200
    rows = response.json()
    assert [r["id"] for r in rows] == [str(second.pk), str(first.pk)]
    for row in rows:
        assert_types(row, TASK_SHAPE)
    assert rows[0]["completed_at"] is not None


def test_parent_task_screen_filters_by_status_and_child(personas, as_user):
    # given
    now = timezone.now()
    pending = TaskFactory(assigned_to=personas.child_a, due_date=now + timedelta(days=2))
    overdue = TaskFactory(assigned_to=personas.child_a, due_date=now - timedelta(days=2))
    done = TaskFactory(assigned_to=personas.teen_a, status="completed", completed_at=now,
                       due_date=now - timedelta(days=2))
    approved = TaskFactory(assigned_to=personas.teen_a, status="approved")
    client = as_user(personas.parent_a)

    def ids(**query):
        response = client.get("/api/parent/tasks", query)
        assert response.status_code == 200, response.json()
        return {r["id"] for r in response.json()}

    # when / then
    assert ids(status="pending") == {str(pending.pk), str(overdue.pk)}
    assert ids(status="overdue") == {str(overdue.pk)}
    assert ids(status="completed") == {str(done.pk)}
    assert ids(status="whatever") == {str(t.pk) for t in (pending, overdue, done, approved)}
    assert ids(child_id=str(personas.teen_a.pk)) == {str(done.pk), str(approved.pk)}
    assert ids(child_id=str(personas.child_a.pk), status="overdue") == {str(overdue.pk)}
    assert ids(child_id=str(personas.child_b.pk)) == set()


def test_parent_task_screen_refuses_a_malformed_child_id(personas, as_user):
    # when
    response = as_user(personas.parent_a).get("/api/parent/tasks", {"child_id": "nope"})
    # then
    assert_bad_input(response, "child_id")


@pytest.mark.parametrize("actor", ["child_a", "teen_a", "teacher_1"])
def test_only_parents_see_the_family_task_screen(personas, as_user, actor):
    # when
    response = as_user(personas[actor]).get("/api/parent/tasks")
    # then
    assert_error(response, 403, "Only parents can view family tasks")


@pytest.mark.parametrize("query", [{}, {"status": "pending"}, {"status": "overdue", "child_id": "CHILD"}])
@pytest.mark.parametrize("size", [1, 30])
def test_parent_task_screen_runs_a_constant_number_of_queries(personas, as_user, django_assert_num_queries, size,
                                                              query):
    # given
    TaskFactory.create_batch(size, assigned_to=personas.child_a, due_date=timezone.now() - timedelta(days=1))
    client = as_user(personas.parent_a)
    query = {k: (str(personas.child_a.pk) if v == "CHILD" else v) for k, v in query.items()}
    # when
    with django_assert_num_queries(2):
        response = client.get("/api/parent/tasks", query)
    # then
    assert len(response.json()) == size


# --- POST /api/parent/tasks ---------------------------------------------------------------------------


def test_parent_creates_a_task_from_the_parent_screen(personas, as_user):
    # given
    body = {"assigned_to": str(personas.child_a.pk), "title": "Walk the dog", "due_date": "2030-06-01T08:30:00Z"}
    # when
    response = as_user(personas.parent_a).post("/api/parent/tasks", body, format="json")
    # then
    assert response.status_code == 200, response.json()
    payload = response.json()
    assert payload["success"] is True
    assert payload["message"] == "Task 'Walk the dog' created successfully"
    assert_types(payload["task"], TASK_SHAPE)
    assert (payload["task"]["coins_reward"], payload["task"]["description"], payload["task"]["requires_approval"],
            payload["task"]["status"]) == (10, "", True, "pending")
    assert payload["task"]["due_date"].startswith("2030-06-01T08:30:00")
    assert Task.objects.get(pk=payload["task"]["id"]).assigned_to_id == personas.child_a.pk


def test_parent_screen_requires_assigned_to(personas, as_user):
    # when
    response = as_user(personas.parent_a).post("/api/parent/tasks", {"title": "X"}, format="json")
    # then
    assert_error(response, 400, "assigned_to field is required")
    assert Task.objects.count() == 0


def test_parent_screen_refuses_another_familys_child(personas, as_user):
    # when
    response = as_user(personas.parent_a).post("/api/parent/tasks", {"title": "X",
                                                                      "assigned_to": str(personas.child_b.pk)},
                                               format="json")
    # then
    assert_error(response, 400, "Child does not belong to your account")
    assert Task.objects.count() == 0


def test_parent_screen_requires_a_title(personas, as_user):
    # when
    response = as_user(personas.parent_a).post("/api/parent/tasks", {"assigned_to": str(personas.child_a.pk)},
                                               format="json")
    # then
    assert_bad_input(response, "title")
    assert Task.objects.count() == 0


@pytest.mark.parametrize("actor", ["child_a", "teacher_1"])
def test_only_parents_create_tasks_from_the_parent_screen(personas, as_user, actor):
    # when
    response = as_user(personas[actor]).post("/api/parent/tasks", {"title": "X",
                                                                   "assigned_to": str(personas.child_a.pk)},
                                             format="json")
    # then
    assert_error(response, 403, "Only parents can create tasks")
    assert Task.objects.count() == 0


@pytest.mark.parametrize("value", BAD_OPTIONAL_REWARDS, ids=BAD_OPTIONAL_REWARD_IDS)
def test_parent_screen_refuses_bad_rewards(personas, as_user, value):
    # when
    response = as_user(personas.parent_a).post("/api/parent/tasks", {
        "title": "X", "assigned_to": str(personas.child_a.pk), "coins_reward": value}, format="json")
    # then
    assert_bad_input(response, "coins_reward")
    assert Task.objects.count() == 0


# --- PUT /api/tasks/{id}: the child's progress ---------------------------------------------------------


@pytest.mark.parametrize("start", ["pending", "in_progress", "rejected"])
def test_child_completes_its_task(personas, as_user, start):
    # given
    task = TaskFactory(assigned_to=personas.child_a, status=start)
    # when
    response = as_user(personas.child_a).put(f"/api/tasks/{task.pk}", {"status": "completed"}, format="json")
    # then
    assert response.status_code == 200, response.json()
    assert_types(response.json(), TASK_SHAPE)
    assert response.json()["status"] == "completed"
    assert response.json()["completed_at"] is not None
    task.refresh_from_db()
    assert task.status == "completed" and task.completed_at is not None
    assert Transaction.objects.count() == 0


def test_child_starts_its_task(personas, as_user):
    # given
    task = TaskFactory(assigned_to=personas.child_a)
    # when
    response = as_user(personas.child_a).put(f"/api/tasks/{task.pk}", {"status": "in_progress"}, format="json")
    # then
    assert response.status_code == 200
    task.refresh_from_db()
    assert task.status == "in_progress"


def test_child_cannot_change_the_reward_while_completing(personas, as_user):
    # given
    task = TaskFactory(assigned_to=personas.child_a, coins_reward=10, title="Dishes")
    # when
    response = as_user(personas.child_a).put(f"/api/tasks/{task.pk}", {
        "status": "completed", "coins_reward": 9999, "title": "Easy money"}, format="json")
    # then
    assert response.status_code == 200
    task.refresh_from_db()
    assert (task.coins_reward, task.title, task.status) == (10, "Dishes", "completed")


def test_child_cannot_edit_its_task(personas, as_user):
    # given
    task = TaskFactory(assigned_to=personas.child_a, coins_reward=10)
    before = books()
    # when
    response = as_user(personas.child_a).put(f"/api/tasks/{task.pk}", {"coins_reward": 500}, format="json")
    # then
    assert_error(response, 403, "Insufficient permissions")
    assert books() == before


def test_child_cannot_approve_its_own_task(personas, as_user):
    # given
    task = TaskFactory(assigned_to=personas.child_a, status="completed")
    before = books()
    # when
    response = as_user(personas.child_a).put(f"/api/tasks/{task.pk}", {"status": "approved"}, format="json")
    # then
    assert_error(response, 403, "Only the assigning parent can approve/reject tasks")
    assert books() == before


def test_an_approved_task_cannot_be_completed_again(personas, as_user):
    # given
    task = TaskFactory(assigned_to=personas.child_a, status="approved")
    before = books()
    # when
    response = as_user(personas.child_a).put(f"/api/tasks/{task.pk}", {"status": "completed"}, format="json")
    # then
    assert_error(response, 400, "Task cannot be completed in current state")
    assert books() == before


def test_parent_cannot_complete_the_childs_task(personas, as_user):
    # given
    task = TaskFactory(assigned_to=personas.child_a)
    before = books()
    # when
    response = as_user(personas.parent_a).put(f"/api/tasks/{task.pk}", {"status": "completed"}, format="json")
    # then
    assert_error(response, 403, "Only the assigned child can complete tasks")
    assert books() == before


def test_a_sibling_cannot_complete_the_task(personas, as_user):
    # given
    task = TaskFactory(assigned_to=personas.child_a)
    before = books()
    # when
    response = as_user(personas.teen_a).put(f"/api/tasks/{task.pk}", {"status": "completed"}, format="json")
    # then
    assert_error(response, 403)
    assert books() == before


def test_another_familys_task_is_not_found_for_its_parent(personas, as_user):
    # given
    task = TaskFactory(assigned_to=personas.child_a, status="completed")
    before = books()
    client = as_user(personas.parent_b)
    # when
    update = client.put(f"/api/tasks/{task.pk}", {"status": "approved"}, format="json")
    reject = client.put(f"/api/tasks/{task.pk}/reject")
    delete = client.delete(f"/api/tasks/{task.pk}")
    # then
    for response in (update, reject, delete):
        assert_error(response, 404, "Task not found")
    assert books() == before


@pytest.mark.parametrize("actor", ["child_b", "teacher_2"])
def test_another_familys_task_is_not_found_for_other_roles(personas, as_user, actor):
    # given: reject and delete are parent routes, so other roles are refused before any lookup
    task = TaskFactory(assigned_to=personas.child_a, status="completed")
    before = books()
    client = as_user(personas[actor])
    # when
    update = client.put(f"/api/tasks/{task.pk}", {"status": "completed"}, format="json")
    reject = client.put(f"/api/tasks/{task.pk}/reject")
    delete = client.delete(f"/api/tasks/{task.pk}")
    # then
    assert_error(update, 404, "Task not found")
    assert_error(reject, 403, "Only the assigning parent can reject tasks")
    assert_error(delete, 403, "Only the assigning parent can delete tasks")
    assert books() == before


@pytest.mark.parametrize("path", ["/api/tasks/not-a-uuid", "/api/tasks/0b5c3c1e-7d3e-4f0a-9a59-2f1d6c1e9a10"],
                         ids=["malformed", "unknown"])
def test_malformed_or_unknown_task_ids_are_not_found(personas, as_user, path):
    # when
    response = as_user(personas.parent_a).put(path, {"status": "approved"}, format="json")
    # then
    assert_error(response, 404)


@pytest.mark.parametrize("field, value", [("status", "done"), ("title", ""), ("title", NUL), ("title", "t" * 201),
                                          ("description", NUL), ("due_date", "tomorrow"),
                                          ("requires_approval", 0)])
def test_bad_task_updates_are_refused(personas, as_user, field, value):
    # given
    task = TaskFactory(assigned_to=personas.child_a)
    before = books()
    # when
    response = as_user(personas.parent_a).put(f"/api/tasks/{task.pk}", {field: value}, format="json")
    # then
    assert_bad_input(response, field)
    assert books() == before


@pytest.mark.parametrize("value", BAD_OPTIONAL_REWARDS, ids=BAD_OPTIONAL_REWARD_IDS)
def test_bad_rewards_are_refused_on_update(personas, as_user, value):
    # given
    task = TaskFactory(assigned_to=personas.child_a)
    before = books()
    # when
    response = as_user(personas.parent_a).put(f"/api/tasks/{task.pk}", {"coins_reward": value}, format="json")
    # then
    assert_bad_input(response, "coins_reward")
    assert books() == before


# --- PUT /api/tasks/{id}: the parent's edits and decisions ---------------------------------------------


def test_assigning_parent_edits_an_open_task(personas, as_user):
    # given
    task = TaskFactory(assigned_to=personas.child_a, coins_reward=10)
    # when
    response = as_user(personas.parent_a).put(f"/api/tasks/{task.pk}", {
        "title": "Bigger chore", "coins_reward": 25, "description": None, "due_date": "2030-01-01",
        "requires_approval": False}, format="json")
    # then
    assert response.status_code == 200, response.json()
    task.refresh_from_db()
    assert (task.title, task.coins_reward, task.description, task.requires_approval, task.status) == (
        "Bigger chore", 25, None, False, "pending")
    assert Transaction.objects.count() == 0


def test_an_approved_task_cannot_be_edited(personas, as_user):
    # given
    task = TaskFactory(assigned_to=personas.child_a, status="approved")
    before = books()
    # when
    response = as_user(personas.parent_a).put(f"/api/tasks/{task.pk}", {"coins_reward": 50}, format="json")
    # then
    assert_error(response, 400)
    assert books() == before


def test_approving_through_the_update_pays_exactly_once(personas, as_user):
    # given
    child = personas.child_a
    task = TaskFactory(assigned_to=child, status="completed", coins_reward=12, title="Laundry")
    client = as_user(personas.parent_a)
    # when
    first = client.put(f"/api/tasks/{task.pk}", {"status": "approved"}, format="json")
    second = client.put(f"/api/tasks/{task.pk}", {"status": "approved"}, format="json")
    # then
    assert first.status_code == 200, first.json()
    assert first.json()["status"] == "approved" and first.json()["approved_at"] is not None
    assert_error(second, 409)
    assert balance(child) == 12
    (entry,) = task_entries(task)
    assert (entry.type, entry.amount, entry.delta, entry.category, entry.source, entry.description) == (
        "earn", 12, 12, "task", "parent_approval", "Task completed: Laundry")
    assert ledger_sum(child) == 12
    assert_books_balance()


@pytest.mark.parametrize("start", ["pending", "in_progress", "rejected"])
def test_approving_an_unfinished_task_is_refused(personas, as_user, start):
    # given
    task = TaskFactory(assigned_to=personas.child_a, status=start)
    before = books()
    # when
    response = as_user(personas.parent_a).put(f"/api/tasks/{task.pk}", {"status": "approved"}, format="json")
    # then
    assert_error(response, 400, "Task must be completed before approval")
    assert books() == before


def test_a_task_cannot_be_moved_back_to_pending(personas, as_user):
    # given
    task = TaskFactory(assigned_to=personas.child_a, status="completed")
    # when
    response = as_user(personas.parent_a).put(f"/api/tasks/{task.pk}", {"status": "pending"}, format="json")
    # then
    assert_error(response, 400)
    task.refresh_from_db()
    assert task.status == "completed"


# --- PUT /api/tasks/{id}/reject -----------------------------------------------------------------------


@pytest.mark.parametrize("start", ["pending", "in_progress", "completed"])
def test_parent_rejects_an_open_task_without_paying(personas, as_user, start):
    # given
    task = TaskFactory(assigned_to=personas.child_a, status=start)
    # when
    response = as_user(personas.parent_a).put(f"/api/tasks/{task.pk}/reject")
    # then
    assert response.status_code == 200, response.json()
    assert_types(response.json(), TASK_SHAPE)
    assert response.json()["status"] == "rejected"
    task.refresh_from_db()
    assert task.status == "rejected"
    assert Transaction.objects.count() == 0


def test_rejecting_through_the_update_works_too(personas, as_user):
    # given
    task = TaskFactory(assigned_to=personas.child_a, status="completed")
    # when
    response = as_user(personas.parent_a).put(f"/api/tasks/{task.pk}", {"status": "rejected"}, format="json")
    # then
    assert response.status_code == 200
    assert response.json()["status"] == "rejected"


@pytest.mark.parametrize("start", ["approved", "rejected"])
def test_rejecting_a_decided_task_is_a_conflict(personas, as_user, start):
    # given
    task = TaskFactory(assigned_to=personas.child_a, status=start)
    before = books()
    # when
    response = as_user(personas.parent_a).put(f"/api/tasks/{task.pk}/reject")
    # then
    assert_error(response, 409)
    assert books() == before


def test_child_cannot_reject_its_task(personas, as_user):
    # given
    task = TaskFactory(assigned_to=personas.child_a, status="completed")
    before = books()
    # when
    response = as_user(personas.child_a).put(f"/api/tasks/{task.pk}/reject")
    # then
    assert_error(response, 403, "Only the assigning parent can reject tasks")
    assert books() == before


# --- DELETE /api/tasks/{id} ---------------------------------------------------------------------------


def test_assigning_parent_deletes_a_task(personas, as_user):
    # given
    task = TaskFactory(assigned_to=personas.child_a)
    # when
    response = as_user(personas.parent_a).delete(f"/api/tasks/{task.pk}")
    # then
    assert response.status_code == 200
    assert response.json() == {"message": "Task deleted successfully"}
    assert not Task.objects.filter(pk=task.pk).exists()


def test_child_cannot_delete_its_task(personas, as_user):
    # given
    task = TaskFactory(assigned_to=personas.child_a)
    # when
    response = as_user(personas.child_a).delete(f"/api/tasks/{task.pk}")
    # then
    assert_error(response, 403, "Only the assigning parent can delete tasks")
    assert Task.objects.filter(pk=task.pk).exists()


# --- PUT /api/parent/tasks/{id}/approve ---------------------------------------------------------------


def test_parent_approves_a_completed_task_and_pays_once(personas, as_user, give_coins):
    # given
    child = personas.teen_a
    give_coins(child, 5)
    task = TaskFactory(assigned_to=child, status="completed", coins_reward=30, title="Mow lawn")
    client = as_user(personas.parent_a)
    # when
    first = client.put(f"/api/parent/tasks/{task.pk}/approve")
    second = client.put(f"/api/parent/tasks/{task.pk}/approve")
    # then
    assert first.status_code == 200, first.json()
    body = first.json()
    assert (body["success"], body["coins_awarded"], body["message"]) == (
        True, 30, "Task 'Mow lawn' approved successfully")
    assert_types(body["task"], TASK_SHAPE)
    assert body["task"]["status"] == "approved" and body["task"]["approved_at"] is not None
    assert_error(second, 409)
    assert balance(child) == 35
    (entry,) = task_entries(task)
    assert (entry.type, entry.amount, entry.delta, entry.balance_after, entry.category, entry.source,
            entry.reference_id, entry.actor_id) == (
        "earn", 30, 30, 35, "task", "parent_approval", str(task.pk), personas.parent_a.pk)
    assert_books_balance()


def test_approval_ignores_requires_approval_false_and_still_pays_once(personas, as_user):
    # given
    task = TaskFactory(assigned_to=personas.child_a, status="completed", coins_reward=7, requires_approval=False)
    # when
    response = as_user(personas.parent_a).put(f"/api/parent/tasks/{task.pk}/approve")
    # then
    assert response.status_code == 200
    assert balance(personas.child_a) == 7
    assert len(task_entries(task)) == 1


@pytest.mark.parametrize("start", ["pending", "in_progress", "rejected"])
def test_parent_cannot_approve_an_unfinished_task(personas, as_user, start):
    # given
    task = TaskFactory(assigned_to=personas.child_a, status=start)
    before = books()
    # when
    response = as_user(personas.parent_a).put(f"/api/parent/tasks/{task.pk}/approve")
    # then
    assert_error(response, 400, "Task must be completed before approval")
    assert books() == before


@pytest.mark.parametrize("actor", ["child_a", "teacher_1"])
def test_only_parents_approve_from_the_parent_screen(personas, as_user, actor):
    # given
    task = TaskFactory(assigned_to=personas.child_a, status="completed")
    before = books()
    # when
    response = as_user(personas[actor]).put(f"/api/parent/tasks/{task.pk}/approve")
    # then
    assert_error(response, 403, "Only parents can approve tasks")
    assert books() == before


@pytest.mark.parametrize("task_id", ["OTHER", "UNKNOWN", "not-a-uuid"])
def test_approving_a_task_of_another_family_is_not_found(personas, as_user, task_id):
    # given
    task = TaskFactory(assigned_to=personas.child_b, status="completed")
    path_id = {"OTHER": str(task.pk), "UNKNOWN": str(uuid.uuid4())}.get(task_id, task_id)
    before = books()
    # when
    response = as_user(personas.parent_a).put(f"/api/parent/tasks/{path_id}/approve")
    # then
    assert_error(response, 404)
    if task_id != "not-a-uuid":
        assert response.json()["detail"] == "Task not found or not associated with your children"
    assert books() == before
