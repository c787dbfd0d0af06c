"""The child's "Me" screen (``GET /api/child/me``): its level, achievements, classes and conversions.

It reads every app: its level (learning), its classes (classroom) and its conversions (economy).
A fixed number of queries whatever the history's size.
"""

from drf_spectacular.utils import extend_schema
from rest_framework.response import Response

from accounts.api.base import ApiView, cached_screen, only
from accounts.models import CHILD_ROLES
from classroom import selectors
from coincraft.schema import ERROR
from dashboards.api import serializers as s
from economy import selectors as money
from learning import selectors as learning
from learning.api.figures import child_profile, progress_of


class ChildMeView(ApiView):
    allowed = only(CHILD_ROLES, "Only children can access this endpoint")

    @extend_schema(responses={200: s.ChildMeSerializer, 403: ERROR}, tags=["child"])
    @cached_screen
    def get(self, request):
        child = request.user
        profile = child_profile(child)
        return Response(s.ChildMeSerializer({
            "profile": {"id": child.pk, "name": child.name, "avatar": child.avatar_url, "coins": profile.coins,
                        **progress_of(profile)},
            "achievements": learning.achievements_of(child), "classes": selectors.classes_of(child),
            "conversions": {"exchange_rate": money.exchange_rate_of(child),
                            "pending": money.conversions_waiting(child),
                            "declined": money.conversions_declined(child)},
        }).data)
