"""Games and modules for children and teens: API.md §7, the learning parts of §14 and §15."""

from django.db.models import Prefetch, Q
from django.utils import timezone
from drf_spectacular.utils import extend_schema
from rest_framework.response import Response

from accounts import scoping
from accounts.api.base import ApiView
from accounts.models import CHILD_ROLES, Role
from coincraft.api import validate
from coincraft.exceptions import Forbidden, NotFound
from coincraft.lookups import get_or_404
from coincraft.schema import ERROR
from economy.services import balance_of
from learning import selectors, services
from learning.api import responses as out
from learning.api import serializers as s
from learning.models import Activity, Module, ModuleSection, QuizQuestion, UserActivity, UserModuleProgress

CHILD_DIFFICULTIES = ("easy", "medium")
TEEN_DIFFICULTIES = ("medium", "hard")


def activity_body(activity: Activity, completed: bool) -> dict:
    return {"id": activity.id, "title": activity.title, "description": activity.description or "",
            "difficulty": activity.difficulty, "coins": activity.coins, "color_scheme": activity.color_scheme,
            "emoji": activity.emoji, "button_text": activity.button_text, "path": activity.path,
            "completed": completed}


def module_body(module: Module, progress: UserModuleProgress | None = None, with_progress: bool = False) -> dict:
    body = {"id": str(module.pk), "title": module.title, "description": module.description,
            "category": module.category, "difficulty": module.difficulty,
            "estimated_duration": module.estimated_duration, "points_reward": module.points_reward,
            "created_by": str(module.created_by_id) if module.created_by_id else None,
            "is_published": module.is_published, "created_at": module.created_at, "updated_at": module.updated_at}
    if with_progress:
        body["user_progress"] = None if progress is None else {
            "progress_percentage": progress.progress_percentage, "is_completed": progress.is_completed,
            "score": progress.score, "time_spent": progress.time_spent, "status": progress.status,
            "assigned_at": progress.assigned_at, "due_date": progress.due_date,
            "overdue": bool(progress.due_date and not progress.is_completed and progress.due_date < timezone.now())}
    return body


def _progress_map(user, modules) -> dict:
    if user.role not in CHILD_ROLES:
        return {}
    return {p.module_id: p for p in UserModuleProgress.objects.filter(user=user, module__in=list(modules))}


def _module(actor, module_id, detail="Activity not found") -> Module:
    return scoping.get_visible_or_404(actor, Module.objects.all(), detail=detail, pk=module_id)


# --- §7 games ----------------------------------------------------------------------------------------


class ActivitiesView(ApiView):
    @extend_schema(operation_id="activities_list", parameters=[s.ActivitiesQuerySerializer],
                   responses={200: out.LearningActivityOut(many=True)}, tags=["learning"])
    def get(self, request):
        query = validate(s.ActivitiesQuerySerializer, request.query_params)
        activities = Activity.objects.all()
        if query.get("difficulty"):
            activities = activities.filter(difficulty=query["difficulty"])
        if query.get("color_scheme"):
            activities = activities.filter(color_scheme=query["color_scheme"])
        done = set(UserActivity.objects.filter(user=request.user).values_list("activity_id", flat=True)) \
            if request.user.role in CHILD_ROLES else set()
        rows = [activity_body(a, a.pk in done) for a in activities]
        if query.get("completed") is not None:
            rows = [r for r in rows if r["completed"] == query["completed"]]
        return Response(rows)


class ActivityDetailView(ApiView):
    @extend_schema(responses={200: out.LearningActivityDetailOut, 404: ERROR}, tags=["learning"])
    def get(self, request, activity_id):
        activity = get_or_404(Activity.objects.all(), "Activity not found", pk=activity_id)
        done = UserActivity.objects.filter(user=request.user, activity=activity).first()
        body = activity_body(activity, done is not None)
        body["user_progress"] = {"completed": True, "completed_at": done.completed_at} if done else None
        return Response(body)


class ActivityCompleteView(ApiView):
    @extend_schema(request=s.CompletionInSerializer,
                   responses={200: out.LearningActivityCompletionOut, 403: ERROR, 404: ERROR},
                   tags=["learning"])
    def post(self, request, activity_id):
        scoping.require_role(request.user, CHILD_ROLES, "Only children can complete activities")
        activity = get_or_404(Activity.objects.all(), "Activity not found", pk=activity_id)
        data = validate(s.CompletionInSerializer, request.data)
        done = services.GameCompletion(first_time=False, coins_earned=0, xp_earned=0)
        if data["is_completed"]:
            done = services.activity_complete(actor=request.user, activity=activity, score=data["score"],
                                              time_spent=data["time_spent"])
        return Response({"success": True, "activity_id": activity.pk, "coins_earned": done.coins_earned,
                         "first_completion": done.first_time, "xp_earned": done.xp_earned})


# --- §7 modules --------------------------------------------------------------------------------------


class LearningModulesView(ApiView):
    @extend_schema(parameters=[s.ModulesQuerySerializer], responses={200: out.LearningModuleOut(many=True)},
                   tags=["learning"])
    def get(self, request):
        query = validate(s.ModulesQuerySerializer, request.query_params)
        child = request.user.role in CHILD_ROLES
        # A child also sees the drafts a teacher assigned to it (they are on its list of lessons).
        modules = Module.objects.filter(Module.visible_q(request.user) if child else Q(is_published=True))
        if query.get("difficulty"):
            modules = modules.filter(difficulty=query["difficulty"])
        if query.get("category"):
            modules = modules.filter(category=query["category"])
        if query.get("created_by"):
            modules = modules.filter(created_by_id=query["created_by"])
        if query.get("age_group"):
            modules = modules.filter(difficulty__in=CHILD_DIFFICULTIES if query["age_group"] == Role.CHILD
                                     else TEEN_DIFFICULTIES)
        modules = list(modules.order_by("-created_at")[:200])
        progress = _progress_map(request.user, modules)
        return Response([module_body(m, progress.get(m.pk), with_progress=True) if child
                         else {**module_body(m), "user_progress": None} for m in modules])


def _completion_body(module: Module, completion, child) -> dict:
    return {"message": "Activity completed successfully",
            "activity": {"id": str(module.pk), "name": module.title, "score": completion.progress.score,
                         "coins_earned": completion.coins_earned},
            "total_coins": balance_of(child)}


def _module_completion(request, module_id) -> Response:
    """Both module-completion routes; ``is_completed: false`` records and pays nothing (as for games)."""
    scoping.require_role(request.user, CHILD_ROLES, "Only children can complete activities")
    module = _module(request.user, module_id)
    data = validate(s.CompletionInSerializer, request.data)
    if not data["is_completed"]:
        return Response({"message": "Activity not completed",
                         "activity": {"id": str(module.pk), "name": module.title, "score": None, "coins_earned": 0},
                         "total_coins": balance_of(request.user)})
    completion = services.module_complete(actor=request.user, module=module, score=data["score"],
                                          time_spent=data["time_spent"], refuse_repeat=True)
    return Response(_completion_body(module, completion, request.user))


class LearningModuleCompleteView(ApiView):
    @extend_schema(request=s.CompletionInSerializer, responses={
        200: out.LearningModuleCompletionOut, 400: ERROR, 403: ERROR, 404: ERROR}, tags=["learning"])
    def post(self, request, module_id):
        return _module_completion(request, module_id)


# --- §14 child learning ------------------------------------------------------------------------------


class ChildActivitiesView(ApiView):
    """The published easy and medium modules, as the child's activity cards."""

    @extend_schema(responses={200: out.ChildActivityCardOut(many=True), 403: ERROR}, tags=["child"])
    def get(self, request):
        scoping.require_role(request.user, CHILD_ROLES, "Only children can access activities")
        modules = list(Module.objects.filter(is_published=True, difficulty__in=CHILD_DIFFICULTIES)
                       .order_by("difficulty", "title")[:200])
        progress = _progress_map(request.user, modules)
        return Response([{
            "id": str(m.pk), "name": m.title, "description": m.description, "coins": m.points_reward,
            "duration": m.estimated_duration, "difficulty": m.difficulty,
            "completed": bool(progress.get(m.pk) and progress[m.pk].is_completed),
            "icon": f"ri-{(m.category or 'general').lower().replace(' ', '-')}-line"} for m in modules])


class ChildActivityCompleteView(ApiView):
    @extend_schema(request=s.CompletionInSerializer, responses={
        200: out.LearningModuleCompletionOut, 400: ERROR, 403: ERROR, 404: ERROR}, tags=["child"])
    def post(self, request, module_id):
        return _module_completion(request, module_id)


class AssignedModulesView(ApiView):
    @extend_schema(responses={200: out.ChildAssignedModuleOut(many=True), 403: ERROR}, tags=["child"])
    def get(self, request):
        scoping.require_role(request.user, CHILD_ROLES, "Only children/teens can access this endpoint")
        return Response(selectors.assigned_lessons(request.user, limit=200))


class ModuleProgressView(ApiView):
    @extend_schema(request=s.ModuleProgressInSerializer, responses={
        200: out.ChildModuleProgressResultOut, 400: ERROR, 403: ERROR, 404: ERROR}, tags=["child"])
    def put(self, request, module_id):
        scoping.require_role(request.user, CHILD_ROLES, "Only children/teens can update module progress")
        module = _module(request.user, module_id, detail="Module progress record not found. "
                                                           "Module may not be assigned to you.")
        data = validate(s.ModuleProgressInSerializer, request.data)
        completion = services.module_progress_update(actor=request.user, module=module, status=data["status"],
                                                     score=data.get("score"), completed_at=data.get("completed_at"),
                                                     time_spent=data.get("time_spent"),
                                                     progress_percentage=data.get("progress_percentage"))
        progress = completion.progress
        return Response({"message": "Module progress updated successfully", "status": progress.status,
                         "score": progress.score, "completed": progress.is_completed,
                         "coins_earned": completion.coins_earned})


def _content_body(module: Module, progress: UserModuleProgress) -> dict:
    """A module's sections and quiz, with the child's progress on it."""
    sections = list(ModuleSection.objects.filter(module=module).prefetch_related(
        Prefetch("questions", queryset=QuizQuestion.objects.prefetch_related("options"))))
    quiz = [q for section in sections for q in section.questions.all()]
    return {
        "module_id": str(module.pk), "title": module.title, "description": module.description,
        "points_reward": module.points_reward,
        "sections": [{"id": str(x.pk), "title": x.title, "content": x.content, "type": x.type,
                      "duration": x.duration or "5 min", "order_index": x.order_index} for x in sections],
        "quiz": [{"id": str(q.pk), "question": q.question_text, "explanation": q.explanation or "",
                  "points": q.points, "order_index": q.order_index, "multiple": q.multiple_correct,
                  "options": [{"id": str(o.pk), "text": o.option_text, "isCorrect": o.is_correct,
                               "order_index": o.order_index} for o in q.options.all()]} for q in quiz],
        "progress": {"status": progress.status, "progress_percentage": progress.progress_percentage,
                     "is_completed": progress.is_completed, "score": progress.score,
                     "coins_earned": progress.coins_earned, "due_date": progress.due_date},
    }


class ModuleContentView(ApiView):
    """Sections and quiz of a module the child has (assigned or started); ``isCorrect`` included,
    since the app also grades locally (API.md D-16.7)."""

    @extend_schema(responses={200: out.ChildModuleContentOut, 403: ERROR, 404: ERROR}, tags=["child"])
    def get(self, request, module_id):
        scoping.require_role(request.user, CHILD_ROLES, "Only children/teens can access this endpoint")
        module = _module(request.user, module_id, detail="Module not found")
        progress = UserModuleProgress.objects.filter(user=request.user, module=module).first()
        if progress is None:
            raise Forbidden("You don't have access to this module. It may not be assigned to you.")
        return Response(_content_body(module, progress))


class ModuleStartView(ApiView):
    """The child opens a module it can see (published, or assigned to it): its progress row is created
    when it has none, and the answer is the module's content, as ``GET .../content`` gives it."""

    @extend_schema(request=None, responses={200: out.ChildModuleContentOut, 403: ERROR, 404: ERROR}, tags=["child"])
    def post(self, request, module_id):
        scoping.require_role(request.user, CHILD_ROLES, "Only children/teens can access this endpoint")
        module = _module(request.user, module_id, detail="Module not found")
        progress = services.module_start(actor=request.user, module=module)
        return Response(_content_body(module, progress))


class QuizSubmitView(ApiView):
    """Answers scored on the server: ``{answers: {question_id: [option_id, ...]}}``."""

    @extend_schema(request=s.QuizAnswersInSerializer, responses={
        200: out.ChildQuizResultOut, 400: ERROR, 403: ERROR, 404: ERROR}, tags=["child"])
    def post(self, request, module_id):
        scoping.require_role(request.user, CHILD_ROLES, "Only children/teens can submit quizzes")
        module = _module(request.user, module_id, detail="Module not found")
        if not UserModuleProgress.objects.filter(user=request.user, module=module).exists() \
                and not module.is_published:
            raise NotFound("Module not found")
        answers = validate(s.QuizAnswersInSerializer, request.data)["answers"]
        result = services.quiz_submit(actor=request.user, module=module,
                                      answers={str(k): [str(v) for v in vs] for k, vs in answers.items()})
        return Response({**result, "total_coins": balance_of(request.user)})


# --- §15 teen explore --------------------------------------------------------------------------------


class TeenExploreView(ApiView):
    @extend_schema(parameters=[s.ExploreQuerySerializer],
                   responses={200: out.TeenExploreModuleOut(many=True), 403: ERROR}, tags=["teen"])
    def get(self, request):
        scoping.require_role(request.user, Role.TEEN, "Only older children can access explore activities")
        query = validate(s.ExploreQuerySerializer, request.query_params)
        modules = Module.objects.filter(is_published=True)
        if query.get("category"):
            modules = modules.filter(category__iexact=query["category"])
        if query.get("difficulty"):
            modules = modules.filter(difficulty=query["difficulty"])
        if query.get("duration") == "short":
            modules = modules.filter(estimated_duration__lt=15)
        elif query.get("duration") == "medium":
            modules = modules.filter(estimated_duration__gte=15, estimated_duration__lte=30)
        elif query.get("duration") == "long":
            modules = modules.filter(estimated_duration__gt=30)
        if query.get("search"):
            modules = modules.filter(Q(title__icontains=query["search"]) | Q(description__icontains=query["search"]))
        modules = list(modules.order_by("difficulty", "title")[:200])
        progress = _progress_map(request.user, modules)
        return Response([{
            "id": str(m.pk), "title": m.title, "description": m.description, "category": m.category,
            "difficulty": m.difficulty, "duration": m.estimated_duration, "coins": m.points_reward,
            "completed": bool(progress.get(m.pk) and progress[m.pk].is_completed),
            "rating": 4.5, "likes": 42, "bookmarked": False,
            "tags": [m.category, m.difficulty], "thumbnail": f"https://picsum.photos/300/200?random={m.pk}"}
            for m in modules])
