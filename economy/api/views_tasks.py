"""Tasks (API.md §6) and the parent's task routes (§10): one implementation behind both families."""

from drf_spectacular.utils import extend_schema, inline_serializer
from rest_framework import serializers
from rest_framework.response import Response

from accounts import scoping
from accounts.api.base import ApiView
from accounts.models import Role, User
from coincraft.api import validate
from coincraft.exceptions import InvalidInput, NotFound
from coincraft.schema import ERROR
from economy import selectors, services
from economy.api import serializers as s
from economy.models import Task


def _assignee(actor: User, assigned_to_id, detail: str) -> User | None:
    """The child named by ``assigned_to``, only if it is the actor's own (the scope decides)."""
    user = scoping.scoped(actor, User.objects.select_related("child_profile")).filter(pk=assigned_to_id).first()
    if user is None or not scoping.is_guardian_of(actor, user):
        raise InvalidInput(detail, field="assigned_to")
    return user


def _create(request, serializer_class, role_detail, not_yours_detail="Can only assign tasks to your children"):
    scoping.require_role(request.user, Role.PARENT, role_detail)
    data = validate(serializer_class, request.data)
    assigned_to = _assignee(request.user, data.pop("assigned_to"), not_yours_detail)
    return services.task_create(actor=request.user, assigned_to=assigned_to, role_detail=role_detail,
                                not_yours_detail=not_yours_detail, **data)


def _require_parent(actor: User, detail: str) -> None:
    """A route only a parent (or an operator) may use: every other role is refused up front (§0.9)."""
    scoping.require(actor.role == Role.PARENT or scoping.is_operator(actor), detail)


class TaskLookupMixin:
    def task(self, task_id, detail: str = "Task not found") -> Task:
        return self.get_visible_or_404(Task.objects.select_related("assigned_to__child_profile"), detail=detail,
                                       pk=task_id)


class TasksView(ApiView):
    @extend_schema(responses={200: s.TaskReadSerializer(many=True)}, tags=["tasks"])
    def get(self, request):
        tasks = selectors.tasks_for(request.user)[:selectors.DEFAULT_LIST_BOUND]
        return Response(s.TaskReadSerializer(tasks, many=True).data)

    @extend_schema(request=s.TaskCreateInSerializer, responses={200: s.TaskReadSerializer, 400: ERROR, 403: ERROR},
                   tags=["tasks"])
    def post(self, request):
        task = _create(request, s.TaskCreateInSerializer, "Only parents can create tasks")
        return Response(s.TaskReadSerializer(task).data)


class ParentTasksByIdView(ApiView):
    """``/api/parents/{parent_id}/tasks``: the tasks a parent assigned."""

    def _parent(self, request, parent_id, detail):
        scoping.require_role(request.user, Role.PARENT, detail)
        parent = self.resolve_user(parent_id)
        scoping.require(parent.pk == request.user.pk, detail)

    @extend_schema(responses={200: s.TaskReadSerializer(many=True), 403: ERROR}, tags=["tasks"])
    def get(self, request, parent_id):
        self._parent(request, parent_id, "Only parents can view their assigned tasks")
        tasks = selectors.tasks_for(request.user)[:selectors.DEFAULT_LIST_BOUND]
        return Response(s.TaskReadSerializer(tasks, many=True).data)

    @extend_schema(request=s.TaskCreateInSerializer, responses={200: s.TaskReadSerializer, 400: ERROR, 403: ERROR},
                   tags=["tasks"])
    def post(self, request, parent_id):
        self._parent(request, parent_id, "Only parents can assign tasks")
        task = _create(request, s.TaskCreateInSerializer, "Only parents can assign tasks")
        return Response(s.TaskReadSerializer(task).data)


class TaskDetailView(TaskLookupMixin, ApiView):
    @extend_schema(request=s.TaskUpdateInSerializer, responses={200: s.TaskReadSerializer, 400: ERROR, 403: ERROR,
                                                               404: ERROR, 409: ERROR}, tags=["tasks"])
    def put(self, request, task_id):
        task = self.task(task_id)
        data = validate(s.TaskUpdateInSerializer, request.data, partial=True)
        return Response(s.TaskReadSerializer(services.task_update(actor=request.user, task=task, **data)).data)

    @extend_schema(responses={200: inline_serializer("Message", {"message": serializers.CharField()}), 403: ERROR,
                              404: ERROR}, tags=["tasks"])
    def delete(self, request, task_id):
        _require_parent(request.user, "Only the assigning parent can delete tasks")
        services.task_delete(actor=request.user, task=self.task(task_id))
        return Response({"message": "Task deleted successfully"})


class TaskRejectView(TaskLookupMixin, ApiView):
    @extend_schema(request=None, responses={200: s.TaskReadSerializer, 400: ERROR, 403: ERROR, 404: ERROR,
                                            409: ERROR}, tags=["tasks"])
    def put(self, request, task_id):
        _require_parent(request.user, "Only the assigning parent can reject tasks")
        return Response(s.TaskReadSerializer(services.task_reject(actor=request.user, task=self.task(task_id))).data)


class ParentTasksView(ApiView):
    """``/api/parent/tasks``: every task of the parent's children, with the screen's filters."""

    @extend_schema(parameters=[s.ParentTasksQuerySerializer],
                   responses={200: s.TaskReadSerializer(many=True), 403: ERROR}, tags=["parent"])
    def get(self, request):
        scoping.require_role(request.user, Role.PARENT, "Only parents can view family tasks")
        query = validate(s.ParentTasksQuerySerializer, request.query_params)
        tasks = selectors.family_tasks(request.user, status=query.get("status"), child_id=query.get("child_id"))
        rows = s.TaskReadSerializer(tasks[:selectors.DEFAULT_LIST_BOUND], many=True).data
        return Response(rows)

    @extend_schema(request=s.ParentTaskCreateInSerializer, responses={200: inline_serializer("TaskCreated", {
        "success": serializers.BooleanField(), "task": s.TaskReadSerializer(), "message": serializers.CharField()}),
        400: ERROR, 403: ERROR}, tags=["parent"])
    def post(self, request):
        task = _create(request, s.ParentTaskCreateInSerializer, "Only parents can create tasks",
                       "Child does not belong to your account")
        return Response({"success": True, "task": s.TaskReadSerializer(task).data,
                         "message": f"Task '{task.title}' created successfully"})


class ParentTaskApproveView(TaskLookupMixin, ApiView):
    @extend_schema(request=None, responses={200: inline_serializer("TaskApproved", {
        "success": serializers.BooleanField(), "task": s.TaskReadSerializer(),
        "coins_awarded": serializers.IntegerField(), "message": serializers.CharField()}),
        400: ERROR, 403: ERROR, 404: ERROR, 409: ERROR}, tags=["parent"])
    def put(self, request, task_id):
        scoping.require_role(request.user, Role.PARENT, "Only parents can approve tasks")
        task = self.task(task_id, detail="Task not found or not associated with your children")
        if not scoping.is_guardian_of(request.user, task.assigned_to):
            raise NotFound("Task not found or not associated with your children")
        task = services.task_approve(actor=request.user, task=task)
        return Response({"success": True, "task": s.TaskReadSerializer(task).data,
                         "coins_awarded": task.coins_reward, "message": f"Task '{task.title}' approved successfully"})
