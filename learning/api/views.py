"""Games and modules for children and teens: API.md §7, the learning parts of §14 and §15, and a
parent's pause of its child's streak."""

from dataclasses import asdict

from django.db.models import OuterRef, Subquery, Value
from drf_spectacular.utils import extend_schema
from rest_framework import serializers
from rest_framework.response import Response

from accounts.api.base import ApiView, ScopedViewSet, only
from accounts.models import CHILD_ROLES, Role
from coincraft.api import validate
from coincraft.exceptions import Forbidden, NotFound
from coincraft.lookups import get_or_404
from coincraft.schema import ERROR
from economy.api.serializers import FamilyDayField
from economy.services import balance_of
from learning import selectors, services
from learning.api import serializers as s
from learning.models import Activity, Module, UserActivity, UserModuleProgress
from learning.progression import streak_pause, streak_pause_end

CHILDREN_ACCESS = only(CHILD_ROLES, "Only children/teens can access this endpoint")
COMPLETE = only(CHILD_ROLES, "Only children can complete activities")


# --- §7 games ----------------------------------------------------------------------------------------


@extend_schema(tags=["learning"])
class ActivityViewSet(ScopedViewSet):
    queryset = Activity.objects.all()
    lookup_url_kwarg = "activity_id"
    not_found = "Activity not found"
    allowed = {"complete": COMPLETE}

    @extend_schema(operation_id="activities_list", parameters=[s.ActivitiesQuerySerializer],
                   responses={200: s.LearningActivitySerializer(many=True)})
    def list(self, request):
        query = validate(s.ActivitiesQuerySerializer, request.query_params)
        filters = {k: query[k] for k in ("difficulty", "color_scheme") if query.get(k)}
        activities = self.get_queryset().filter(**filters).annotate(
            completed=selectors.completed_by(request.user, activity=OuterRef("pk")))
        if query.get("completed") is not None:
            activities = activities.filter(completed=query["completed"])
        return Response(s.LearningActivitySerializer(activities, many=True).data)

    @extend_schema(responses={200: s.LearningActivityDetailSerializer})
    def retrieve(self, request, activity_id):
        done = UserActivity.objects.filter(user=request.user, activity=OuterRef("pk")).values("completed_at")
        activity = get_or_404(self.get_queryset().annotate(completed_at=Subquery(done[:1])), self.not_found,
                              pk=activity_id)
        activity.completed = activity.completed_at is not None
        activity.user_progress = {"completed": True, "completed_at": activity.completed_at} \
            if activity.completed else None
        return Response(s.LearningActivityDetailSerializer(activity).data)

    @extend_schema(request=s.CompletionInSerializer,
                   responses={200: s.LearningActivityCompletionSerializer, 403: ERROR})
    def complete(self, request, activity_id):
        activity = self.get_object()
        data = validate(s.CompletionInSerializer, request.data)
        done = services.GameCompletion(first_time=False, coins_earned=0, xp_earned=0)
        if data["is_completed"]:
            done = services.activity_complete(actor=request.user, activity=activity, score=data["score"],
                                              time_spent=data["time_spent"])
        return Response(s.LearningActivityCompletionSerializer(
            {"success": True, "activity_id": activity.pk, **asdict(done)}).data)


# --- §7 modules, §14 the child's activities, §15 explore ---------------------------------------------


class ModuleViewSet(ScopedViewSet):
    """The module catalogue, as each screen shows it, and completing a module from it."""

    queryset = Module.objects.all()
    lookup_url_kwarg = "module_id"
    not_found = "Activity not found"
    allowed = {"complete": COMPLETE, "cards": only(CHILD_ROLES, "Only children can access activities"),
               "explore": only(Role.TEEN, "Only older children can access explore activities")}

    @extend_schema(parameters=[s.ModulesQuerySerializer], responses={200: s.LearningModuleSerializer(many=True)},
                   tags=["learning"])
    def list(self, request):
        query = validate(s.ModulesQuerySerializer, request.query_params)
        child = request.user.role in CHILD_ROLES
        # A child also sees the drafts a teacher assigned to it (they are on its list of lessons).
        modules = self.get_queryset() if child else self.get_queryset().filter(is_published=True)
        filters = {k: query[k] for k in ("difficulty", "category") if query.get(k)}
        if query.get("created_by"):
            filters["created_by_id"] = query["created_by"]
        if query.get("age_group"):
            filters["difficulty__in"] = selectors.DIFFICULTIES_FOR[query["age_group"]]
        modules = list(modules.filter(**filters).order_by("-created_at")[:200])
        if child:
            selectors.with_progress(request.user, modules)
        return Response(s.LearningModuleSerializer(modules, many=True).data)

    @extend_schema(request=s.CompletionInSerializer, responses={200: s.LearningModuleCompletionSerializer, 403: ERROR})
    def complete(self, request, module_id):
        """``is_completed: false`` records and pays nothing (as for games)."""
        module = self.get_object()
        data = validate(s.CompletionInSerializer, request.data)
        message, score, coins = "Activity not completed", None, 0
        if data["is_completed"]:
            completion = services.module_complete(actor=request.user, module=module, score=data["score"],
                                                  time_spent=data["time_spent"], refuse_repeat=True)
            message, score, coins = "Activity completed successfully", completion.progress.score, \
                completion.coins_earned
        return Response(s.LearningModuleCompletionSerializer({
            "message": message, "activity": {"pk": module.pk, "title": module.title, "score": score,
                                             "coins_earned": coins},
            "total_coins": balance_of(request.user)}).data)

    @extend_schema(responses={200: s.ChildActivityCardSerializer(many=True), 403: ERROR}, tags=["child"])
    def cards(self, request):
        """The published modules offered to a younger child, as its activity cards."""
        modules = self.get_queryset().filter(is_published=True, difficulty__in=selectors.DIFFICULTIES_FOR[Role.CHILD])
        return Response(s.ChildActivityCardSerializer(self.with_completed(modules), many=True).data)

    @extend_schema(parameters=[s.ExploreQuerySerializer],
                   responses={200: s.TeenExploreModuleSerializer(many=True), 403: ERROR}, tags=["teen"])
    def explore(self, request):
        query = validate(s.ExploreQuerySerializer, request.query_params)
        modules = selectors.explored(self.get_queryset().filter(is_published=True), **query)
        modules = self.with_completed(modules).annotate(rating=Value(4.5), likes=Value(42), bookmarked=Value(False))
        return Response(s.TeenExploreModuleSerializer(modules, many=True).data)

    def with_completed(self, modules):
        return modules.annotate(completed=selectors.completed_by(self.request.user, module=OuterRef("pk"))) \
            .order_by("difficulty", "title")[:200]


# --- §14 the child's modules -------------------------------------------------------------------------


@extend_schema(tags=["child"])
class ChildModuleViewSet(ScopedViewSet):
    queryset = Module.objects.all()
    lookup_url_kwarg = "module_id"
    allowed = {"assigned": CHILDREN_ACCESS, "content": CHILDREN_ACCESS, "start": CHILDREN_ACCESS,
               "progress": only(CHILD_ROLES, "Only children/teens can update module progress"),
               "quiz": only(CHILD_ROLES, "Only children/teens can submit quizzes")}

    @property
    def not_found(self) -> str:
        if self.action == "progress":
            return "Module progress record not found. Module may not be assigned to you."
        return "Module not found"

    @extend_schema(responses={200: s.ChildAssignedModuleSerializer(many=True), 403: ERROR})
    def assigned(self, request):
        return Response(s.ChildAssignedModuleSerializer(
            selectors.assigned_lessons(request.user, limit=200), many=True).data)

    @extend_schema(request=s.ModuleProgressInSerializer,
                   responses={200: s.ChildModuleProgressResultSerializer, 403: ERROR})
    def progress(self, request, module_id):
        module = self.get_object()
        data = validate(s.ModuleProgressInSerializer, request.data)
        completion = services.module_progress_update(actor=request.user, module=module, status=data["status"],
                                                     score=data.get("score"), completed_at=data.get("completed_at"),
                                                     time_spent=data.get("time_spent"),
                                                     progress_percentage=data.get("progress_percentage"))
        return Response(s.ChildModuleProgressResultSerializer(
            {"message": "Module progress updated successfully", "progress": completion.progress,
             "coins_earned": completion.coins_earned}).data)

    @extend_schema(responses={200: s.ChildModuleContentSerializer, 403: ERROR})
    def content(self, request, module_id):
        """Sections and quiz of a module the child has (assigned or started); ``isCorrect`` included,
        since the app also grades locally (API.md D-16.7)."""
        module = self.get_object()
        progress = selectors.progress_in(request.user, module)
        if progress is None:
            raise Forbidden("You don't have access to this module. It may not be assigned to you.")
        return self.content_of(module, progress)

    @extend_schema(request=None, responses={200: s.ChildModuleContentSerializer, 403: ERROR})
    def start(self, request, module_id):
        """The child opens a module it can see (published, or assigned to it): its progress row is created
        when it has none, and the answer is the module's content, as ``GET .../content`` gives it."""
        module = self.get_object()
        return self.content_of(module, services.module_start(actor=request.user, module=module))

    def content_of(self, module: Module, progress: UserModuleProgress) -> Response:
        sections = list(selectors.SECTIONS_WITH_QUIZ.filter(module=module))
        quiz = [q for section in sections for q in section.questions.all()]
        return Response(s.ChildModuleContentSerializer(
            {"module": module, "sections": sections, "quiz": quiz, "progress": progress}).data)

    @extend_schema(request=s.QuizAnswersInSerializer, responses={200: s.ChildQuizResultSerializer, 403: ERROR})
    def quiz(self, request, module_id):
        """Answers scored on the server: ``{answers: {question_id: [option_id, ...]}}``."""
        module = self.get_object()
        if not module.is_published and selectors.progress_in(request.user, module) is None:
            raise NotFound(self.not_found)
        answers = validate(s.QuizAnswersInSerializer, request.data)["answers"]
        result = services.quiz_submit(actor=request.user, module=module,
                                      answers={str(k): [str(v) for v in vs] for k, vs in answers.items()})
        return Response(s.ChildQuizResultSerializer({**result, "total_coins": balance_of(request.user)}).data)


# --- a parent pauses its child's streak --------------------------------------------------------------


class StreakPauseInSerializer(serializers.Serializer):
    # The pause's first and last days are the family's (a datetime is read on its clock: ``context["clock"]``).
    paused_from = FamilyDayField()
    paused_until = FamilyDayField()


@extend_schema(tags=["parent"])
class StreakPauseView(ApiView):
    """A parent pauses its child's streak for a holiday (``PUT``) or ends the pause (``DELETE``)."""

    allowed = only(Role.PARENT, "Only parents can pause a streak")

    @extend_schema(request=StreakPauseInSerializer, responses={200: s.StreakPauseSerializer, 403: ERROR})
    def put(self, request, child_id):
        child = self.own_child(child_id)
        data = validate(StreakPauseInSerializer, request.data, context={"clock": child})
        profile = streak_pause(actor=request.user, child=child, start=data["paused_from"], end=data["paused_until"])
        return Response(s.StreakPauseSerializer(profile).data)

    @extend_schema(responses={200: s.StreakPauseSerializer, 403: ERROR})
    def delete(self, request, child_id):
        child = self.own_child(child_id)
        streak_pause_end(actor=request.user, child=child)
        return Response(s.StreakPauseSerializer(
            {"user_id": child.pk, "streak_paused_from": None, "streak_paused_until": None}).data)
