"""A parent's rights over its child's data: download everything stored about it, or delete the account."""

from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import status
from rest_framework.response import Response

from accounts.api.base import ApiView, only
from accounts.models import Role
from coincraft.schema import ERROR
from privacy import exports, services
from privacy.api.serializers import ChildDataSerializer

PARENTS_ONLY = "Only a child's parent can download or delete its data"


class ChildDataView(ApiView):
    """Everything stored about the child (GET, as JSON) or the account deleted (DELETE)."""

    allowed = only(Role.PARENT, PARENTS_ONLY)

    @extend_schema(responses={200: OpenApiResponse(ChildDataSerializer, description="All the child's data"),
                              403: ERROR}, tags=["family bank"])
    def get(self, request, child_id):
        child = self.own_child(child_id)
        return Response(ChildDataSerializer(exports.child_data(child)).data, headers={
            "Content-Disposition": f'attachment; filename="coincraft-data-{child.pk}.json"'})

    @extend_schema(responses={204: None, 403: ERROR}, tags=["family bank"])
    def delete(self, request, child_id):
        services.child_account_delete(actor=request.user, child=self.own_child(child_id))
        return Response(status=status.HTTP_204_NO_CONTENT)
