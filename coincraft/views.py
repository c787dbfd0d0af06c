"""Service endpoints: health, status, the API ping, and JSON answers for unknown API routes."""

from django.conf import settings
from django.db import DatabaseError, connection
from django.db.migrations.recorder import MigrationRecorder
from django.http import JsonResponse
from django.utils import timezone
from django.views.decorators.csrf import csrf_exempt
from drf_spectacular.utils import extend_schema, inline_serializer
from rest_framework import serializers
from rest_framework.response import Response

from coincraft.api import PublicView


def database_is_up() -> bool:
    """Whether the database answers a query (of Django's own table of applied migrations)."""
    try:
        MigrationRecorder(connection).migration_qs.exists()
        return True
    except DatabaseError:
        return False


class HealthView(PublicView):
    """Load balancers poll this: 200 when the database answers, 503 when it does not."""

    @extend_schema(responses={
        200: inline_serializer("Health", {"status": serializers.CharField(), "database": serializers.CharField()}),
        503: inline_serializer("HealthDown", {"status": serializers.CharField(), "database": serializers.CharField(),
                                              "detail": serializers.CharField()}),
    }, tags=["service"])
    def get(self, request):
        if database_is_up():
            return Response({"status": "OK", "database": "ok"})
        return Response({"status": "ERROR", "database": "down", "detail": "The database is unreachable"}, status=503)


class PingView(PublicView):
    @extend_schema(responses={200: inline_serializer("Ping", {"message": serializers.CharField(),
                                                             "timestamp": serializers.DateTimeField()})},
                   tags=["service"])
    def get(self, request):
        return Response({"message": "API is working", "timestamp": timezone.now()})


class StatusView(PublicView):
    @extend_schema(responses={200: inline_serializer("Status", {
        "status": serializers.CharField(), "environment": serializers.CharField(),
        "database_type": serializers.CharField(), "secret_key_configured": serializers.BooleanField(),
        "algorithm": serializers.CharField()})}, tags=["service"])
    def get(self, request):
        return Response({
            "status": "OK",
            "environment": "development" if settings.DEBUG else "production",
            "database_type": connection.vendor,
            "secret_key_configured": True,
            "algorithm": settings.SIMPLE_JWT["ALGORITHM"],
        })


# Any other path under /api, whatever characters it holds (a newline included): a 404 JSON.
API_CATCH_ALL = r"^api(?:/[\s\S]*)?\Z"


@csrf_exempt  # an unknown API route answers 404 JSON for every method, never the HTML CSRF page
def api_not_found(request, *args, **kwargs):
    return JsonResponse({"detail": "Not found"}, status=404)


def server_error(request, *args, **kwargs):
    return JsonResponse({"detail": "An unexpected error occurred; it has been logged."}, status=500)


def bad_request(request, exception=None, *args, **kwargs):
    return JsonResponse({"detail": "Bad request"}, status=400)
