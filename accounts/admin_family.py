"""A family's parents in the admin: who shares the family, inviting a second guardian, accepting.

- ``/admin/family/`` (any parent): the family's parents, its first parent first, then its co-parents,
  and its children. The first parent invites an address (``services.co_parent_invite``: the same
  answer whatever the address), sees the invitations it sent and removes a co-parent; a co-parent may
  leave. Every write is a call of ``accounts.services``.
- ``/admin/family/join/<token>/`` (the emailed link): a signed-in parent accepts for its own account;
  someone signed out makes a parent account for the invited address (a name and a password) and is
  signed in. An unknown, used or expired link answers one page, "no longer valid".
"""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.contrib.auth import login
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_protect

from accounts import scoping, services, throttling
from accounts.admin_forms import check_new_password
from accounts.models import CoParentInvitation, Role, User
from coincraft.exceptions import DomainError
from coincraft.links import absolute_url

INVITATIONS_SHOWN = 50


class InviteForm(forms.Form):
    email = forms.EmailField(max_length=320, label="Email of the parent to invite")


class NewParentForm(forms.Form):
    name = forms.CharField(max_length=100, label="Your name")
    password1 = forms.CharField(label="Password", widget=forms.PasswordInput, strip=False)
    password2 = forms.CharField(label="Password again", widget=forms.PasswordInput, strip=False)

    def __init__(self, *args, address: str = "", **kwargs):
        super().__init__(*args, **kwargs)
        self.address = address

    def clean(self):
        data = super().clean()
        check_new_password(self, data, User(email=self.address, name=data.get("name") or ""))
        return data


def family_view(site, request):
    """The family's parents and children; the first parent's invitations and its invite form."""
    actor = request.user
    if actor.role != Role.PARENT:
        return redirect(reverse("admin:index"))
    manages = scoping.manages_guardians(actor)
    form = InviteForm(request.POST if request.method == "POST" and request.POST.get("action") == "invite" else None)
    if request.method == "POST":
        if _family_post(request, actor, form):
            return redirect(reverse("admin:family"))
    head = scoping.family_parent_id(actor)
    people = list(User.objects.filter(scoping.family_q(head)).select_related("child_profile")
                  .order_by("created_at", "pk"))
    parents = sorted((p for p in people if p.role == Role.PARENT), key=lambda p: p.pk != head)
    children = [p for p in people if p.is_child_role]
    invitations = []
    if manages:
        invitations = list(CoParentInvitation.objects.filter(family_parent=actor, accepted_at__isnull=True)
                           .order_by("-created_at")[:INVITATIONS_SHOWN])
    context = {**site.each_context(request), "title": "Your family", "parents": parents, "children": children,
               "head_id": head, "manages": manages, "invitations": invitations, "form": form}
    return TemplateResponse(request, "admin/family.html", context)


def _family_post(request, actor, form) -> bool:
    """Run the posted action; ``True`` when done (or refused with a message), ``False`` to show the form."""
    action = request.POST.get("action")
    try:
        if action == "invite":
            if not form.is_valid():
                return False
            link = absolute_url(reverse("admin:family_join", args=["TOKEN"]))
            services.co_parent_invite(actor=actor, email=form.cleaned_data["email"],
                                      link_for=lambda token: link.replace("TOKEN", token),
                                      ip=throttling.client_ip(request))
            messages.success(request, services.INVITATION_SENT)
        elif action == "remove":
            co_parent = scoping.get_visible_or_404(actor, User.objects.filter(role=Role.PARENT),
                                                   pk=request.POST.get("id"))
            services.co_parent_remove(actor=actor, co_parent=co_parent)
            if co_parent.pk == actor.pk:
                messages.success(request, "You left the family.")
            else:
                messages.success(request, f"{co_parent.name} is no longer a parent of your family.")
        else:
            messages.warning(request, "Nothing changed: unknown request")
    except DomainError as exc:
        messages.warning(request, f"Nothing changed: {exc.detail}")
    return True


def join_view_for(site):
    """The view of the emailed link, open to everyone (it is not behind the admin's sign-in)."""

    @never_cache
    @csrf_protect
    def join(request, token):
        return join_view(site, request, token)

    return join


def join_view(site, request, token):
    invitation = services.co_parent_invitation_find(token=token)
    context = {**site.each_context(request), "title": "Share a family", "invitation": invitation,
               "signed_in": request.user.is_authenticated}
    if invitation is None:
        return TemplateResponse(request, "admin/family_join.html", context, status=404)
    form = None
    if not request.user.is_authenticated:
        form = NewParentForm(request.POST if request.method == "POST" else None, address=invitation.address)
        context["login_url"] = reverse("admin:login") + f"?next={request.path}"
    if request.method == "POST":
        try:
            if request.user.is_authenticated:
                services.co_parent_accept(token=token, actor=request.user)
            elif form.is_valid():
                user = services.co_parent_accept(token=token, name=form.cleaned_data["name"],
                                                 password=form.cleaned_data["password1"])
                login(request, user, backend="accounts.backends.EmailBackend")
            else:
                return TemplateResponse(request, "admin/family_join.html", {**context, "form": form})
        except DomainError as exc:
            context["problem"] = exc.detail
        else:
            messages.success(request, f"Welcome to the family of {invitation.family_parent.name}.")
            return redirect(reverse("admin:family"))
    return TemplateResponse(request, "admin/family_join.html", {**context, "form": form})
