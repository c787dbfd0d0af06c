"""The child's "Me" screen (``GET /api/child/me``): its level, achievements, classes and conversions.

It reads every app: its level (learning), its classes (classroom) and its conversions (economy).
One statement besides the sign-in's, whatever the history's size.
"""

from drf_spectacular.utils import extend_schema
from rest_framework.response import Response

from accounts import scoping
from accounts.api.base import ApiView
from accounts.models import CHILD_ROLES
from classroom import selectors
from coincraft.schema import ERROR
from dashboards.api import responses_me as out
from economy import selectors as money
from learning import selectors as learning
from learning.api.figures import achievement_read, child_profile, progress_of


class ChildMeView(ApiView):
    @extend_schema(responses={200: out.ChildMeOut, 403: ERROR}, tags=["child"])
    def get(self, request):
        scoping.require_role(request.user, CHILD_ROLES, "Only children can access this endpoint")
        child = request.user
        profile = child_profile(child)
        achievements, classes = learning.achievements_of(child), selectors.classes_of(child)
        waiting, rate = money.conversions_waiting(child), money.exchange_rate_of(child)
        return Response({
            "profile": {"id": str(child.pk), "name": child.name, "avatar": child.avatar_url, "coins": profile.coins,
                        **progress_of(profile)},
            "achievements": [{**achievement_read(a), "earned": a["earned_at"] is not None} for a in achievements],
            "classes": classes,
            "conversions": {"exchange_rate": rate, "pending": waiting},
        })
