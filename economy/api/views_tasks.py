"""Tasks (API.md §6) and the parent's task routes (§10): one viewset per family of routes."""

from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework.response import Response

from accounts import scoping
from accounts.api.base import ScopedViewSet, only
from accounts.models import Role, User
from coincraft.api import MessageSerializer, validate
from coincraft.exceptions import InvalidInput, NotFound
from coincraft.schema import ERROR
from economy import selectors, services
from economy.api import serializers as s
from economy.models import Task


class TaskRoutes(ScopedViewSet):
    queryset = Task.objects.select_related("assigned_to__child_profile")
    lookup_url_kwarg = "task_id"
    not_found = "Task not found"

    def create_task(self, serializer_class) -> Task:
        data = validate(serializer_class, self.request.data)
        child = self.visible(User.objects.select_related("child_profile")).filter(pk=data.pop("assigned_to")).first()
        if child is None:
            raise InvalidInput(field="assigned_to", code="not_your_child")
        return services.task_create(actor=self.request.user, assigned_to=child, **data)


@extend_schema(tags=["tasks"])
class TaskViewSet(TaskRoutes):
    """``/api/tasks`` and ``/api/tasks/{id}``: a parent's tasks are those it set, a child's its own."""

    allowed = {"create": only(Role.PARENT, "Only parents can create tasks"),
               "destroy": only(Role.PARENT, "Only the assigning parent can delete tasks", operators=True),
               "reject": only(Role.PARENT, "Only the assigning parent can reject tasks", operators=True)}
    error_messages = {"not_your_child": "Can only assign tasks to your children"}

    @extend_schema(responses={200: s.TaskReadSerializer(many=True)})
    def list(self, request, **kwargs):
        tasks = selectors.tasks_for(request.user, self.get_queryset())[:selectors.DEFAULT_LIST_BOUND]
        return Response(s.TaskReadSerializer(tasks, many=True).data)

    @extend_schema(request=s.TaskCreateInSerializer, responses={200: s.TaskReadSerializer, 403: ERROR})
    def create(self, request, **kwargs):
        return Response(s.TaskReadSerializer(self.create_task(s.TaskCreateInSerializer)).data)

    @extend_schema(request=s.TaskUpdateInSerializer, responses={200: s.TaskReadSerializer, 403: ERROR, 409: ERROR})
    def update(self, request, task_id):
        task = self.get_object()
        data = validate(s.TaskUpdateInSerializer, request.data, partial=True)
        return Response(s.TaskReadSerializer(services.task_update(actor=request.user, task=task, **data)).data)

    @extend_schema(responses={200: MessageSerializer, 403: ERROR})
    def destroy(self, request, task_id):
        services.task_delete(actor=request.user, task=self.get_object())
        return Response(MessageSerializer({"message": "Task deleted successfully"}).data)

    @extend_schema(request=s.RejectInSerializer, responses={200: s.TaskReadSerializer, 403: ERROR, 409: ERROR})
    def reject(self, request, task_id):
        task = self.get_object()
        reason = validate(s.RejectInSerializer, request.data).get("reason")
        task = services.task_reject(actor=request.user, task=task, reason=reason)
        return Response(s.TaskReadSerializer(task).data)


@extend_schema_view(list=extend_schema(responses={200: s.TaskReadSerializer(many=True), 403: ERROR}))
class ParentTasksByIdViewSet(TaskViewSet):
    """``/api/parents/{parent_id}/tasks``: the tasks its family's parents assigned; ``parent_id`` is ``me``, the
    caller's id or, for a co-parent, its family's first parent's (``scoping.names_family_parent``)."""

    allowed = {"list": only(Role.PARENT, "Only parents can view their assigned tasks"),
               "create": only(Role.PARENT, "Only parents can assign tasks")}

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        scoping.require(scoping.names_family_parent(request.user, self.resolve_user(kwargs["parent_id"])),
                        self.allowed[self.action].message)


@extend_schema(tags=["parent"])
class ParentTaskViewSet(TaskRoutes):
    """``/api/parent/tasks``: every task of the parent's children, with the screen's filters; approval."""

    allowed = {"list": only(Role.PARENT, "Only parents can view family tasks"),
               "create": only(Role.PARENT, "Only parents can create tasks"),
               "approve": only(Role.PARENT, "Only parents can approve tasks")}
    error_messages = {"not_your_child": "Child does not belong to your account"}
    not_found = "Task not found or not associated with your children"

    @extend_schema(parameters=[s.ParentTasksQuerySerializer],
                   responses={200: s.TaskReadSerializer(many=True), 403: ERROR})
    def list(self, request):
        query = validate(s.ParentTasksQuerySerializer, request.query_params)
        tasks = selectors.family_tasks(request.user, self.get_queryset(), status=query.get("status"),
                                       child_id=query.get("child_id"))
        return Response(s.TaskReadSerializer(tasks[:selectors.DEFAULT_LIST_BOUND], many=True).data)

    @extend_schema(request=s.ParentTaskCreateInSerializer, responses={200: s.TaskCreatedSerializer, 403: ERROR})
    def create(self, request):
        task = self.create_task(s.ParentTaskCreateInSerializer)
        return Response(s.TaskCreatedSerializer(
            {"success": True, "task": task, "message": f"Task '{task.title}' created successfully"}).data)

    @extend_schema(request=None, responses={200: s.TaskApprovedSerializer, 403: ERROR, 409: ERROR})
    def approve(self, request, task_id):
        task = self.get_object()
        if not scoping.is_guardian_of(request.user, task.assigned_to):
            raise NotFound(self.not_found)
        task = services.task_approve(actor=request.user, task=task)
        return Response(s.TaskApprovedSerializer(
            {"success": True, "task": task, "message": f"Task '{task.title}' approved successfully"}).data)
