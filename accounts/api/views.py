"""Auth (API.md §2), users (§3) and parent-created children (§10). Thin: parse, call, render."""

from django.http import HttpResponse
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import status
from rest_framework.response import Response

from accounts import scoping, screens, services, throttling
from accounts.api import serializers as s
from accounts.api.base import ApiView, ScopedView, cached_screen, only
from accounts.api.throttles import EmailLinkThrottle
from accounts.models import Role, User
from accounts.tokens import TokenRefused, refresh_exchange, session_end, tokens_for
from coincraft.api import PublicView, validate
from coincraft.exceptions import error_response
from coincraft.schema import ERROR, NULL_BODY

OPERATORS_DELETE = only((), "Only operators can delete accounts", operators=True)


def json_null(status_code: int) -> HttpResponse:
    """The JSON body ``null`` (API.md §2); DRF renders ``Response(None)`` as an empty, untyped body."""
    return HttpResponse(b"null", status=status_code, content_type="application/json")


def _bearer_token(request) -> str | None:
    parts = request.META.get("HTTP_AUTHORIZATION", "").split()
    return parts[1] if len(parts) == 2 and parts[0].lower() == "bearer" else None


# --- auth --------------------------------------------------------------------------------------------


def signed_in(user: User) -> dict:
    """What signing in answers (``AuthResponseSerializer``; ``TokenSerializer`` reads the tokens of it):
    the tokens, the user and the zone its days follow."""
    return {**tokens_for(user), "user": user, "time_zone": user.time_zone}


# The app signs in with a form (OAuth2's password flow); JSON works as well.
LOGIN_BODIES = {"application/x-www-form-urlencoded": s.LoginInSerializer, "application/json": s.LoginInSerializer}


class LoginView(PublicView):
    """Form-encoded (the app) or JSON sign-in with the email as ``username``."""

    answer = s.TokenSerializer

    @extend_schema(request=LOGIN_BODIES, responses={200: s.TokenSerializer, 429: ERROR}, tags=["auth"])
    def post(self, request):
        data = validate(s.LoginInSerializer, request.data)
        user = services.login_authenticate(email=data["login"], password=data["password"], request=request)
        return Response(self.answer(signed_in(user)).data)


@extend_schema_view(post=extend_schema(responses={200: s.AuthResponseSerializer, 429: ERROR}))
class JsonLoginView(LoginView):
    """Sign-in that also returns the user (JSON body)."""

    answer = s.AuthResponseSerializer


class RegisterView(PublicView):
    @extend_schema(request=s.RegisterInSerializer, responses={201: s.AuthResponseSerializer}, tags=["auth"])
    def post(self, request):
        data = validate(s.RegisterInSerializer, request.data)
        user = services.user_register(email=data["email"], password=data["password"], name=data["name"],
                                      role=data["role"], avatar_url=data.get("avatar_url") or None, age=data.get("age"))
        return Response(s.AuthResponseSerializer(signed_in(user)).data, status=status.HTTP_201_CREATED)


class LogoutView(PublicView):
    """Signs out: the session of the presented access token (and of a refresh token in the body) ends, so
    every token issued in it stops working."""

    @extend_schema(request=s.LogoutInSerializer, responses={200: s.SuccessSerializer}, tags=["auth"])
    def post(self, request):
        # A body that is not the documented one (a refresh token that is no text, or far too long) is
        # refused like any bad input, and ends nothing.
        data = validate(s.LogoutInSerializer, request.data)
        for token in (_bearer_token(request), data.get("refresh_token")):
            if token:
                session_end(token)
        return Response(s.SuccessSerializer({"success": True, "message": "Successfully logged out"}).data)


class RefreshView(PublicView):
    """Each refresh token works once: the next tokens of its session, or 401."""

    @extend_schema(request=s.RefreshInSerializer, responses={200: s.TokenSerializer, 401: ERROR}, tags=["auth"])
    def post(self, request):
        data = validate(s.RefreshInSerializer, request.data)
        try:
            return Response(s.TokenSerializer(refresh_exchange(data["token"])).data)
        except TokenRefused as refused:
            return error_response(refused.detail, status.HTTP_401_UNAUTHORIZED)


class ForgotPasswordView(PublicView):
    throttle_classes = [EmailLinkThrottle]
    send = staticmethod(services.password_reset_request)

    @extend_schema(request=s.EmailInSerializer, responses={202: NULL_BODY, 429: ERROR}, tags=["auth"])
    def post(self, request):
        self.send(email=validate(s.EmailInSerializer, request.data)["email"])
        return json_null(status.HTTP_202_ACCEPTED)


class RequestVerifyView(ForgotPasswordView):
    send = staticmethod(services.verification_request)


class ResetPasswordView(PublicView):
    @extend_schema(request=s.ResetPasswordInSerializer, responses={200: NULL_BODY}, tags=["auth"])
    def post(self, request):
        data = validate(s.ResetPasswordInSerializer, request.data)
        services.password_reset_confirm(token=data["token"], password=data["password"])
        return json_null(status.HTTP_200_OK)


class VerifyView(ApiView):
    """POST (public): confirm an email with its token. GET (signed in): is my token valid?"""

    def public(self) -> bool:
        return self.request is not None and self.request.method == "POST"

    def get_authenticators(self):
        return [] if self.public() else super().get_authenticators()

    def get_permissions(self):
        return [] if self.public() else super().get_permissions()

    @extend_schema(responses={200: s.TokenCheckSerializer}, tags=["auth"])
    def get(self, request):
        return Response(s.TokenCheckSerializer({"valid": True, "user": request.user}).data)

    @extend_schema(request=s.VerifyInSerializer, responses={200: s.UserReadSerializer}, tags=["auth"])
    def post(self, request):
        data = validate(s.VerifyInSerializer, request.data)
        user = services.verification_confirm(token=data["token"])
        return Response(s.UserReadSerializer(user).data)


# --- users -------------------------------------------------------------------------------------------


class MeView(ApiView):
    allowed = {"DELETE": OPERATORS_DELETE}
    user_with_child_profile = False  # the caller's own user row is the whole answer

    @extend_schema(responses={200: s.UserReadSerializer}, tags=["users"])
    @cached_screen(key=screens.own_row_key)
    def get(self, request):
        return Response(s.UserReadSerializer(request.user).data)

    @extend_schema(request=s.UserUpdateInSerializer, responses={200: s.UserReadSerializer}, tags=["users"])
    def patch(self, request):
        data = validate(s.UserUpdateInSerializer, request.data)
        user = services.user_update(actor=request.user, user=request.user, **data, ip=throttling.client_ip(request))
        return Response(s.UserReadSerializer(user).data)

    put = patch

    @extend_schema(responses={204: None, 403: ERROR}, tags=["users"])
    def delete(self, request):
        """``me`` is the caller's id here too (§0.6): deleting an account stays an operator's act."""
        services.user_deactivate(actor=request.user, user=request.user)
        return Response(status=status.HTTP_204_NO_CONTENT)


class UserDetailView(ScopedView):
    """Read a person you may see; update yourself; operators may patch or delete anyone."""

    queryset = User.objects.select_related("child_profile")
    lookup_url_kwarg = "user_id"
    not_found = "User not found"
    allowed = {"PATCH": only((), "Only operators can modify other accounts", operators=True),
               "DELETE": OPERATORS_DELETE}

    @property
    def error_messages(self):
        return {"email_taken": "Email already registered"} if self.request.method == "PUT" else {}

    @extend_schema(responses={200: s.UserDetailSerializer, 403: ERROR}, tags=["users"])
    def get(self, request, user_id):
        user = self.get_object()
        scoping.require(scoping.may_view_profile(request.user, user))
        money = scoping.may_act_for(request.user, user) or scoping.is_operator(request.user)
        return Response(s.UserDetailSerializer(user, context={"with_child_profile": money}).data)

    @extend_schema(request=s.UserUpdateInSerializer, responses={200: s.UserReadSerializer, 403: ERROR}, tags=["users"])
    def patch(self, request, user_id):
        user = self.get_object()
        scoping.require(request.method == "PATCH" or user.pk == request.user.pk)  # PATCH: `allowed`; PUT: oneself
        data = validate(s.UserUpdateInSerializer, request.data)
        user = services.user_update(actor=request.user, user=user, **data, ip=throttling.client_ip(request))
        return Response(s.UserReadSerializer(user).data)

    put = patch

    @extend_schema(responses={204: None, 403: ERROR}, tags=["users"])
    def delete(self, request, user_id):
        services.user_deactivate(actor=request.user, user=self.get_object())
        return Response(status=status.HTTP_204_NO_CONTENT)


class UserChildrenView(ScopedView):
    """A parent lists or creates its family's children (``parent_id`` is ``me``, the caller's id or, for a
    co-parent, its family's first parent's: ``scoping.names_family_parent``)."""

    queryset = User.objects.select_related("child_profile").order_by("created_at")
    allowed = {"GET": only(Role.PARENT, "Only parents can view their children"),
               "POST": only(Role.PARENT, "Only parents can create child accounts")}

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        rule = self.rule_for(request)
        if rule is not None:  # the parent's own family only
            scoping.require(scoping.names_family_parent(request.user, self.resolve_user(kwargs["parent_id"])),
                            rule.message)

    @extend_schema(responses={200: s.ChildSummarySerializer(many=True), 403: ERROR}, tags=["users"])
    def get(self, request, parent_id):
        children = self.get_queryset().filter(scoping.children_q(request.user))
        return Response(s.ChildSummarySerializer(children, many=True).data)

    @extend_schema(request=s.ChildCreateInSerializer, responses={201: s.UserReadSerializer, 403: ERROR}, tags=["users"])
    def post(self, request, parent_id):
        data = validate(s.ChildCreateInSerializer, request.data)
        child, _ = services.child_create(actor=request.user, name=data["name"], age=data["age"], email=data["email"],
                                         password=data["password"], avatar_url=data.get("avatar_url") or None)
        return Response(s.UserReadSerializer(child).data, status=status.HTTP_201_CREATED)


class ParentChildrenView(ApiView):
    """``POST /api/parent/children``: the parent dashboard's "add a child" form."""

    allowed = only(Role.PARENT, "Only parents can add children")

    @extend_schema(request=s.ParentChildCreateInSerializer,
                   responses={200: s.ChildCreatedSerializer, 403: ERROR}, tags=["parent"])
    def post(self, request):
        data = validate(s.ParentChildCreateInSerializer, request.data)
        child, password = services.child_create(
            actor=request.user, name=data["name"], age=data["age"], email=data.get("email") or None,
            password=data.get("password") or None, role=data.get("role"), avatar_url=data.get("avatar_url") or None)
        return Response(s.ChildCreatedSerializer({
            "success": True, "message": f"Child account created successfully for {child.name}", "child": child,
            "password": password, "age": data["age"]}).data)

