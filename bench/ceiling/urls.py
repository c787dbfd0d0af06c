from django.urls import path
from rest_framework.response import Response
from rest_framework.views import APIView


class MeView(APIView):
    """The signed-in user, as simplejwt loaded it."""

    def get(self, request):
        user = request.user
        return Response({"id": str(user.pk), "email": user.email, "name": user.name, "role": user.role})


urlpatterns = [path("api/ceiling/me", MeView.as_view())]
