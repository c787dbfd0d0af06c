"""A parent's rights over its child's data: download everything stored about it, or delete the account."""

import json

from django.http import HttpResponse
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import status
from rest_framework.response import Response

from accounts import scoping
from accounts.api.base import ApiView
from accounts.models import Role, User
from coincraft.exceptions import NotFound
from coincraft.schema import ERROR
from privacy import exports, services
from privacy.api.responses import ChildDataOutSerializer

PARENTS_ONLY = "Only a child's parent can download or delete its data"


def _own_child(view, child_id) -> User:
    scoping.require_role(view.request.user, Role.PARENT, PARENTS_ONLY)
    child = view.resolve_user(str(child_id), detail="Child not found")
    if not scoping.is_guardian_of(view.request.user, child):
        raise NotFound("Child not found")
    return child


class ChildDataView(ApiView):
    """Everything stored about the child (GET, as JSON) or the account deleted (DELETE)."""

    @extend_schema(responses={200: OpenApiResponse(ChildDataOutSerializer, description="All the child's data"),
                              403: ERROR, 404: ERROR}, tags=["family bank"])
    def get(self, request, child_id):
        child = _own_child(self, child_id)
        body = json.dumps(exports.child_data(child), cls=exports.JSON_ENCODER, indent=1)
        response = HttpResponse(body, content_type="application/json")
        response["Content-Disposition"] = f'attachment; filename="coincraft-data-{child.pk}.json"'
        return response

    @extend_schema(responses={204: None, 403: ERROR, 404: ERROR}, tags=["family bank"])
    def delete(self, request, child_id):
        services.child_account_delete(actor=request.user, child=_own_child(self, child_id))
        return Response(status=status.HTTP_204_NO_CONTENT)
