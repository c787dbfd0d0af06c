"""A child answers its class invitations (decision 13): ``/api/child/invitations``.

A child without a parent accepts or declines the invitations it received; a child with a parent
reads them, and its parent answers in the admin inbox (403 here). Another child's invitation is a
404, as a missing one is.
"""

from drf_spectacular.utils import extend_schema
from rest_framework.response import Response

from accounts import scoping
from accounts.api.base import ApiView
from accounts.models import CHILD_ROLES
from classroom import selectors, services
from classroom.api import serializers as out
from classroom.models import Classroom, Invitation
from coincraft.schema import ERROR

ANSWER_ROLE = "Only children can answer class invitations"


def _class_read(classroom: Classroom) -> dict:
    # Not the class code: with it a child could join without the answer its parent is asked for.
    return {"id": str(classroom.pk), "name": classroom.name, "description": classroom.description,
            "teacher_name": classroom.teacher.user.name}


class ChildInvitationsView(ApiView):
    @extend_schema(responses={200: out.ChildInvitationOut(many=True), 403: ERROR}, tags=["child"],
                   description="The class invitations waiting for an answer, oldest first. `can_answer` is false "
                               "when the child has a parent: the parent answers in its inbox.")
    def get(self, request):
        child = request.user
        scoping.require_role(child, CHILD_ROLES, "Only children can access this endpoint")
        can_answer = scoping.family_parent_id(child) is None
        return Response([{"id": str(i.pk), "class": _class_read(i.classroom), "invited_at": i.created_at,
                          "status": i.status, "can_answer": can_answer}
                         for i in selectors.invitations_waiting(child)])


class _AnswerView(ApiView):
    def _answerable(self, request, invitation_id) -> Invitation:
        scoping.require_role(request.user, CHILD_ROLES, ANSWER_ROLE)
        scoping.require(scoping.family_parent_id(request.user) is None, services.PARENT_ANSWERS)
        return self.get_visible_or_404(Invitation.objects.all(), detail="Invitation not found", pk=invitation_id)


class ChildInvitationAcceptView(_AnswerView):
    @extend_schema(request=None, responses={200: out.InvitationAnsweredOut, 403: ERROR, 404: ERROR, 409: ERROR},
                   tags=["child"], description="Join the class (its assigned modules follow). 409 once answered.")
    def post(self, request, invitation_id):
        invitation = self._answerable(request, invitation_id)
        enrolment = services.invitation_accept(actor=request.user, invitation=invitation)
        classroom = enrolment.classroom
        return Response({"message": f"You joined {classroom.name}", "status": "accepted",
                         "class": _class_read(classroom)})


class ChildInvitationDeclineView(_AnswerView):
    @extend_schema(request=None, responses={200: out.InvitationAnsweredOut, 403: ERROR, 404: ERROR, 409: ERROR},
                   tags=["child"], description="Say no; the teacher is not told. 409 once answered.")
    def post(self, request, invitation_id):
        invitation = services.invitation_decline(actor=request.user,
                                                 invitation=self._answerable(request, invitation_id))
        return Response({"message": "Invitation declined", "status": "declined",
                         "class": _class_read(invitation.classroom)})
