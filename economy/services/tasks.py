"""Chores: a parent sets a task for its child; the child does it; the parent approves and pays once.

States (API.md D-4):
    pending | in_progress | rejected  -> in_progress | completed   (the child)
    completed                          -> approved                  (its parent; pays coins_reward once)
    pending | in_progress | completed  -> rejected                  (its parent; pays nothing)
    approved is final.

"Its parent" is any parent of the child's family (``accounts.scoping.is_guardian_of``): the one who set
the task, or the family's other parent (a co-parent), who approves, rejects, edits and deletes alike.
A parent who set a task and has left the family since has no say on it any more.
"""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone

from accounts import scoping
from accounts.history import ADDITION, changes_describe, history_record
from accounts.models import Role, User
from coincraft.exceptions import Conflict, Forbidden, InvalidInput
from economy.models import Task, TaskStatus, TransactionType
from economy.services.decisions import rejected_message, rejection_reason_clean
from economy.services.ledger import ledger_post

CHILD_STARTABLE = {TaskStatus.PENDING, TaskStatus.IN_PROGRESS, TaskStatus.REJECTED}
REJECTABLE = {TaskStatus.PENDING, TaskStatus.IN_PROGRESS, TaskStatus.COMPLETED}
EDITABLE_FIELDS = {"title", "description", "coins_reward", "due_date", "requires_approval"}


def _lock(task: Task) -> Task:
    return Task.objects.select_for_update(of=("self",)).select_related("assigned_to").get(pk=task.pk)


def task_create(*, actor: User, assigned_to: User | None, title: str, coins_reward: int,
                description: str | None = None, due_date=None, requires_approval: bool = True) -> Task:
    if actor.role != Role.PARENT:
        raise Forbidden("Only parents can create tasks", code="parents_only")
    if assigned_to is None or not scoping.is_guardian_of(actor, assigned_to):
        raise InvalidInput("Can only assign tasks to your children", code="not_your_child", field="assigned_to")
    with transaction.atomic():
        task = Task.objects.create(assigned_by=actor, assigned_to=assigned_to, title=title, coins_reward=coins_reward,
                                   description=description, due_date=due_date, requires_approval=requires_approval)
        due = f", due {task.due_date:%Y-%m-%d}" if task.due_date else ""
        history_record(actor=actor, obj=task, flag=ADDITION,
                       message=f"Set the chore for {assigned_to.name}: {coins_reward} coins{due}.")
    return task


def _may_decide(actor: User, task: Task) -> bool:
    return scoping.is_guardian_of(actor, task.assigned_to)


def task_approve(*, actor: User, task: Task) -> Task:
    """completed -> approved, paying the reward exactly once, in the transaction that moves the coins."""
    if not _may_decide(actor, task):
        raise Forbidden("Only the assigning parent can approve/reject tasks", code="not_deciding_parent")
    with transaction.atomic():
        task = _lock(task)
        if task.status == TaskStatus.APPROVED:
            raise Conflict("Task already approved")
        if task.status != TaskStatus.COMPLETED:
            raise InvalidInput("Task must be completed before approval")
        ledger_post(
            actor=actor, child=task.assigned_to, type=TransactionType.EARN, amount=task.coins_reward,
            delta=task.coins_reward, description=f"Task completed: {task.title}", category="task",
            source="parent_approval", reference_type="task", reference_id=str(task.pk),
        )
        task.status = TaskStatus.APPROVED
        task.approved_at = timezone.now()
        task.save(update_fields=["status", "approved_at", "updated_at"])
        history_record(actor=actor, obj=task, message=f"Approved: paid {task.coins_reward} coins.")
    return task


def task_reject(*, actor: User, task: Task, reason: str | None = None) -> Task:
    """pending | in_progress | completed -> rejected, paying nothing; ``reason`` (optional) is what the
    child reads beside the chore, kept until the next rejection."""
    if not _may_decide(actor, task):
        raise Forbidden("Only the assigning parent can reject tasks", code="not_deciding_parent")
    reason = rejection_reason_clean(reason)
    with transaction.atomic():
        task = _lock(task)
        if task.status == TaskStatus.APPROVED:
            raise Conflict("Task already approved")
        if task.status == TaskStatus.REJECTED:
            raise Conflict("Task already rejected")
        if task.status not in REJECTABLE:
            raise InvalidInput("Task cannot be rejected in current state")
        task.status = TaskStatus.REJECTED
        task.rejected_at = timezone.now()
        task.rejection_reason = reason
        task.save(update_fields=["status", "rejected_at", "rejection_reason", "updated_at"])
        history_record(actor=actor, obj=task, message=rejected_message(reason))
    return task


def _task_progress(*, actor: User, task: Task, status: str) -> Task:
    if actor.pk != task.assigned_to_id:
        raise Forbidden("Only the assigned child can complete tasks")
    with transaction.atomic():
        task = _lock(task)
        if task.status not in CHILD_STARTABLE:
            if task.status == TaskStatus.COMPLETED and status == TaskStatus.COMPLETED:
                return task  # a repeated "done" click changes nothing
            raise InvalidInput("Task cannot be completed in current state")
        task.status = status
        if status == TaskStatus.COMPLETED:
            task.completed_at = timezone.now()
        task.save(update_fields=["status", "completed_at", "updated_at"])
    return task


def task_update(*, actor: User, task: Task, status: str | None = None, reason: str | None = None,
                **fields) -> Task:
    """``PUT /api/tasks/{id}``: the child moves its task along; its parents edit or decide
    (``reason``: a rejection's, ignored otherwise)."""
    if status in (TaskStatus.IN_PROGRESS, TaskStatus.COMPLETED):
        return _task_progress(actor=actor, task=task, status=status)
    if status == TaskStatus.APPROVED:
        return task_approve(actor=actor, task=task)
    if status == TaskStatus.REJECTED:
        return task_reject(actor=actor, task=task, reason=reason)
    if not _may_decide(actor, task):
        raise Forbidden("Insufficient permissions")
    if status == TaskStatus.PENDING and task.status != TaskStatus.PENDING:
        raise InvalidInput("A task cannot be moved back to pending")
    changes = {name: value for name, value in fields.items() if name in EDITABLE_FIELDS}
    with transaction.atomic():
        task = _lock(task)
        if changes and task.status == TaskStatus.APPROVED:
            raise InvalidInput("An approved task can no longer be edited")
        before = {name: getattr(task, name) for name in changes}
        for name, value in changes.items():
            setattr(task, name, value)
        if changes:
            task.save()
            described = changes_describe(task, before)
            if described:
                history_record(actor=actor, obj=task, message=described)
    return task


def task_delete(*, actor: User, task: Task) -> None:
    if not _may_decide(actor, task):
        raise Forbidden("Only the assigning parent can delete tasks")
    task.delete()
