"""A child answers its class invitations (decision 13): ``/api/child/invitations``.

A child without a parent accepts or declines the invitations it received; a child with a parent
reads them, and its parent answers in the admin inbox (403 here). Another child's invitation is a
404, as a missing one is.
"""

from drf_spectacular.utils import extend_schema
from rest_framework.response import Response

from accounts import scoping
from accounts.api.base import ScopedViewSet, only
from accounts.models import CHILD_ROLES
from classroom import selectors, services
from classroom.api import serializers as s
from classroom.models import Invitation
from coincraft.schema import ERROR

ANSWER = only(CHILD_ROLES, "Only children can answer class invitations")


@extend_schema(tags=["child"])
class ChildInvitationViewSet(ScopedViewSet):
    queryset = Invitation.objects.all()
    lookup_url_kwarg = "invitation_id"
    not_found = "Invitation not found"
    allowed = {"list": only(CHILD_ROLES, "Only children can access this endpoint"), "accept": ANSWER,
               "decline": ANSWER}

    @extend_schema(responses={200: s.ChildInvitationSerializer(many=True), 403: ERROR},
                   description="The class invitations waiting for an answer, oldest first. `can_answer` is false "
                               "when the child has a parent: the parent answers in its inbox.")
    def list(self, request):
        can_answer = scoping.family_parent_id(request.user) is None
        invitations = list(selectors.invitations_waiting(request.user))
        for invitation in invitations:
            invitation.can_answer = can_answer
        return Response(s.ChildInvitationSerializer(invitations, many=True).data)

    def answerable(self) -> Invitation:
        scoping.require(scoping.family_parent_id(self.request.user) is None, services.PARENT_ANSWERS)
        return self.get_object()

    @extend_schema(request=None, responses={200: s.InvitationAnsweredSerializer, 403: ERROR, 409: ERROR},
                   description="Join the class (its assigned modules follow). 409 once answered.")
    def accept(self, request, invitation_id):
        classroom = services.invitation_accept(actor=request.user, invitation=self.answerable()).classroom
        return Response(s.InvitationAnsweredSerializer(
            {"message": f"You joined {classroom.name}", "status": "accepted", "classroom": classroom}).data)

    @extend_schema(request=None, responses={200: s.InvitationAnsweredSerializer, 403: ERROR, 409: ERROR},
                   description="Say no; the teacher is not told. 409 once answered.")
    def decline(self, request, invitation_id):
        invitation = services.invitation_decline(actor=request.user, invitation=self.answerable())
        return Response(s.InvitationAnsweredSerializer(
            {"message": "Invitation declined", "status": "declined", "classroom": invitation.classroom}).data)
