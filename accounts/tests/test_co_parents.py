"""A family's second guardian: scoping, the invitation by email, accepting once, removing, and the
admin's family page. ``coparent_a`` (conftest) is family A's co-parent from the start."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from accounts import scoping, services
from accounts.models import CoParentInvitation, ParentProfile, Role, User
from accounts.tests.admin_helpers import content, messages_of
from accounts.tests.factories import ChildFactory, ParentFactory, TeacherFactory
from coincraft.exceptions import Forbidden, InvalidInput

FAMILY = reverse("admin:family")
STRONG_PASSWORD = "Plum-Orbit-7342!"


def visible_names(actor) -> set[str]:
    return set(scoping.scoped(actor, User.objects.all()).values_list("name", flat=True))


def invite(actor, email: str) -> str | None:
    """Invite ``email`` through the service; the token of the emailed link, or None when no email went."""
    before = len(mail.outbox)
    services.co_parent_invite(actor=actor, email=email, link_for=lambda token: f"https://example.test/j/{token}/")
    if len(mail.outbox) == before:
        return None
    return re.search(r"/j/([\w-]+)/", mail.outbox[-1].body).group(1)


def join_url(token: str) -> str:
    return reverse("admin:family_join", args=[token])


@pytest.fixture
def newcomer(db):
    """A parent account of its own, no family yet: who accepts while signed in."""
    return ParentFactory(name="New Co-parent", email="new.coparent@example.com")


# --- scoping -----------------------------------------------------------------------------------------


def test_a_co_parent_sees_its_family_and_no_other(personas):
    # then
    assert visible_names(personas.coparent_a) == {"Co-parent A", "Parent A", "Child A", "Teen A"}
    assert scoping.family_parent_id(personas.coparent_a) == personas.parent_a.pk


def test_the_first_parent_and_the_children_see_the_co_parent(personas):
    # then
    assert "Co-parent A" in visible_names(personas.parent_a)
    assert "Co-parent A" in visible_names(personas.child_a)
    assert "Co-parent A" not in visible_names(personas.parent_b) | visible_names(personas.child_b)


def test_a_co_parent_is_the_guardian_of_its_familys_children_only(personas):
    # then
    assert scoping.is_guardian_of(personas.coparent_a, personas.child_a)
    assert scoping.is_guardian_of(personas.coparent_a, personas.teen_a)
    assert not scoping.is_guardian_of(personas.coparent_a, personas.child_b)
    assert not scoping.is_guardian_of(personas.coparent_a, personas.student_1)
    assert scoping.may_act_for(personas.coparent_a, personas.child_a)


def test_the_family_children_of_a_co_parent_are_the_first_parents(personas):
    # when
    children = set(User.objects.filter(scoping.children_q(personas.coparent_a)).values_list("name", flat=True))
    # then
    assert children == {"Child A", "Teen A"}


def test_nobody_but_a_parent_has_children(personas):
    # then: a child's or a teacher's "children" are nobody, even a child's siblings
    for actor in (personas.child_a, personas.teacher_1, personas.student_1):
        assert not User.objects.filter(scoping.children_q(actor)).exists()


def test_a_removed_co_parent_sees_nothing_of_the_family(personas):
    # when
    services.co_parent_remove(actor=personas.parent_a, co_parent=personas.coparent_a)
    # then
    personas.coparent_a.refresh_from_db()
    assert visible_names(personas.coparent_a) == {"Co-parent A"}
    assert not scoping.is_guardian_of(personas.coparent_a, personas.child_a)
    assert "Co-parent A" not in visible_names(personas.parent_a)


def test_only_the_first_parent_manages_the_guardians(personas):
    # then
    assert scoping.manages_guardians(personas.parent_a)
    assert not scoping.manages_guardians(personas.coparent_a)


def test_a_co_parents_visibility_is_one_query_and_loads_nothing(personas, django_assert_num_queries):
    # given: the co-parent as a request loads it (its row only)
    coparent = User.objects.get(pk=personas.coparent_a.pk)
    # then
    with django_assert_num_queries(1):
        assert len(list(scoping.scoped(coparent, User.objects.all()))) == 4
    with django_assert_num_queries(0):
        assert scoping.family_parent_id(coparent) == personas.parent_a.pk


def test_a_user_cannot_be_its_own_co_parent_nor_a_childs(personas):
    # given
    from django.db import IntegrityError, transaction

    # then
    with pytest.raises(IntegrityError), transaction.atomic():
        User.objects.filter(pk=personas.parent_b.pk).update(co_parent_of=personas.parent_b.pk)
    with pytest.raises(IntegrityError), transaction.atomic():
        User.objects.filter(pk=personas.child_b.pk).update(co_parent_of=personas.parent_b.pk)


# --- inviting ----------------------------------------------------------------------------------------


def test_an_invitation_emails_a_single_use_link(personas):
    # when
    token = invite(personas.parent_a, "Someone.New@Example.com")
    # then
    (sent,) = mail.outbox
    assert sent.to == ["someone.new@example.com"]
    assert "Parent A" in sent.subject
    invitation = CoParentInvitation.objects.get(family_parent=personas.parent_a)
    assert invitation.address == "someone.new@example.com"
    assert token not in invitation.token_hash  # only a digest of the token is kept
    assert invitation.expires_at > timezone.now() + timedelta(days=6)


@pytest.mark.parametrize("address", ["nobody.yet@example.com", "parent.b@example.com", "child.b@example.com",
                                     "teacher.1@example.com", "teen.a@example.com", "coparent.a@example.com",
                                     "parent.a@example.com"])
def test_inviting_tells_the_inviter_the_same_whatever_the_address(client, personas, address):
    # given
    client.force_login(personas.parent_a)
    # when
    response = client.post(FAMILY, {"action": "invite", "email": address}, follow=True)
    # then: one answer, and the address listed as waiting, whoever it belongs to
    assert response.status_code == 200
    assert messages_of(response) == [services.INVITATION_SENT]
    assert CoParentInvitation.objects.filter(family_parent=personas.parent_a, address=address).exists()
    assert address in content(response)


def test_the_invitation_link_is_on_the_site_like_every_emailed_link(client, personas, settings):
    # given: the site's address, whatever host the inviter's browser used
    settings.FRONTEND_URL = "https://coincraft.example.org"
    client.force_login(personas.parent_a)
    # when
    client.post(FAMILY, {"action": "invite", "email": "nobody.yet@example.com"})
    # then
    token = re.search(r"/family/join/([\w-]+)/", mail.outbox[-1].body).group(1)
    assert f"https://coincraft.example.org{join_url(token)}" in mail.outbox[-1].body


@pytest.mark.parametrize("address", ["child.b@example.com", "teen.a@example.com", "teacher.1@example.com",
                                     "parent.a@example.com", "coparent.a@example.com"])
def test_no_link_reaches_an_address_that_could_not_accept(personas, address):
    # when
    token = invite(personas.parent_a, address)
    # then: a child's address never becomes a co-parent, nor a teacher's, nor the family's own
    assert token is None
    assert mail.outbox == []


def test_a_parent_of_another_family_is_sent_the_link(personas):
    # when
    token = invite(personas.parent_a, personas.parent_b.email)
    # then
    assert token is not None


def test_inviting_again_replaces_the_link_not_used_yet(personas):
    # given
    first = invite(personas.parent_a, "someone.new@example.com")
    # when
    second = invite(personas.parent_a, "someone.new@example.com")
    # then
    assert CoParentInvitation.objects.filter(family_parent=personas.parent_a).count() == 1
    assert services.co_parent_invitation_find(token=first) is None
    assert services.co_parent_invitation_find(token=second) is not None


@pytest.mark.parametrize("actor", ["coparent_a", "child_a", "teacher_1"])
def test_only_a_familys_first_parent_invites(personas, actor):
    # when / then
    with pytest.raises(Forbidden):
        invite(personas[actor], "someone.new@example.com")
    assert not CoParentInvitation.objects.exists()


def test_invitations_are_limited_like_the_other_emailed_links(personas, settings):
    # given
    from coincraft.exceptions import TooManyRequests

    settings.EMAIL_LINK_LIMIT_PER_ADDRESS = 2
    invite(personas.parent_a, "someone.new@example.com")
    invite(personas.parent_a, "someone.new@example.com")
    # when / then
    with pytest.raises(TooManyRequests):
        invite(personas.parent_a, "someone.new@example.com")
    assert len(mail.outbox) == 2


# --- accepting ---------------------------------------------------------------------------------------


def test_a_signed_in_parent_accepts_and_shares_the_family(client, personas, newcomer):
    # given
    token = invite(personas.parent_a, newcomer.email)
    client.force_login(newcomer)
    # when
    page = client.get(join_url(token))
    response = client.post(join_url(token), follow=True)
    # then
    assert page.status_code == 200 and "Parent A" in content(page)
    assert response.redirect_chain[-1][0] == FAMILY
    newcomer.refresh_from_db()
    assert newcomer.co_parent_of_id == personas.parent_a.pk
    assert scoping.is_guardian_of(newcomer, personas.child_a)
    invitation = CoParentInvitation.objects.get()
    assert invitation.accepted_by == newcomer and invitation.accepted_at is not None


def test_someone_new_makes_a_parent_account_and_joins(client, personas):
    # given
    token = invite(personas.parent_a, "brand.new@example.com")
    # when
    page = client.get(join_url(token))
    response = client.post(join_url(token), {"name": "Brand New", "password1": STRONG_PASSWORD,
                                             "password2": STRONG_PASSWORD}, follow=True)
    # then: a parent account for the invited address, signed in, in the family
    assert page.status_code == 200
    assert "brand.new@example.com" in content(page) and "password1" in content(page)
    user = User.objects.get(email="brand.new@example.com")
    assert (user.role, user.name, user.co_parent_of_id) == (Role.PARENT, "Brand New", personas.parent_a.pk)
    assert ParentProfile.objects.filter(user=user).exists()
    assert user.check_password(STRONG_PASSWORD)
    assert client.session.get("_auth_user_id") == str(user.pk)
    assert response.redirect_chain[-1][0] == FAMILY
    assert "Child A" in content(response)


def test_a_new_account_needs_a_valid_password(client, personas):
    # given
    token = invite(personas.parent_a, "brand.new@example.com")
    # when
    response = client.post(join_url(token), {"name": "Brand New", "password1": "123", "password2": "123"})
    # then
    assert response.status_code == 200
    assert response.context["form"].errors
    assert not User.objects.filter(email="brand.new@example.com").exists()
    assert services.co_parent_invitation_find(token=token) is not None


def test_a_used_link_is_refused(client, personas, newcomer):
    # given
    token = invite(personas.parent_a, newcomer.email)
    services.co_parent_accept(token=token, actor=newcomer)
    # when
    page = client.get(join_url(token))
    again = client.post(join_url(token), {"name": "Someone", "password1": STRONG_PASSWORD,
                                          "password2": STRONG_PASSWORD})
    # then
    assert page.status_code == again.status_code == 404
    assert "no longer valid" in content(page)
    with pytest.raises(InvalidInput):
        services.co_parent_accept(token=token, actor=newcomer)


def test_an_expired_link_is_refused(client, personas):
    # given
    token = invite(personas.parent_a, "brand.new@example.com")
    CoParentInvitation.objects.update(expires_at=timezone.now() - timedelta(seconds=1))
    # when
    response = client.post(join_url(token), {"name": "Brand New", "password1": STRONG_PASSWORD,
                                             "password2": STRONG_PASSWORD})
    # then
    assert response.status_code == 404
    assert not User.objects.filter(email="brand.new@example.com").exists()


@pytest.mark.parametrize("token", ["not-a-token", "x" * 43])
def test_an_unknown_link_answers_like_a_used_one(client, db, token):
    # when
    response = client.get(join_url(token))
    # then
    assert response.status_code == 404
    assert "no longer valid" in content(response)
    with pytest.raises(InvalidInput):
        services.co_parent_accept(token=token, name="Someone", password=STRONG_PASSWORD)


def test_the_link_is_for_the_invited_address_only(personas):
    # given: a parent account without a family, signed in, opens a link sent to another address
    other = ParentFactory(email="other.parent@example.com")
    token = invite(personas.parent_a, "brand.new@example.com")
    # when / then
    with pytest.raises(Forbidden):
        services.co_parent_accept(token=token, actor=other)
    assert other.co_parent_of_id is None


def test_a_new_account_cannot_take_an_address_already_used(personas):
    # given: the address made an account after the invitation was sent
    token = invite(personas.parent_a, "late.comer@example.com")
    ParentFactory(email="late.comer@example.com")
    # when / then
    with pytest.raises(InvalidInput, match="sign in"):
        services.co_parent_accept(token=token, name="Late", password=STRONG_PASSWORD)


def test_a_parent_with_a_family_of_its_own_cannot_join_another(personas):
    # given
    token = invite(personas.parent_a, personas.parent_b.email)
    # when / then: parent_b has child_b
    with pytest.raises(InvalidInput, match="one family"):
        services.co_parent_accept(token=token, actor=personas.parent_b)
    personas.parent_b.refresh_from_db()
    assert personas.parent_b.co_parent_of_id is None


def test_a_childs_or_a_teachers_account_cannot_accept(personas):
    # given: an invitation whose link somehow reached a child's or a teacher's signed-in account
    teacher = TeacherFactory(email="teacher.invited@example.com")
    child = ChildFactory(email="child.invited@example.com")
    for account in (teacher, child):
        CoParentInvitation.objects.create(family_parent=personas.parent_a, address=account.email,
                                          token_hash=services._token_hash(f"token-{account.pk}"),
                                          expires_at=timezone.now() + timedelta(days=1))
        # when / then
        with pytest.raises(Forbidden):
            services.co_parent_accept(token=f"token-{account.pk}", actor=account)
        with pytest.raises(InvalidInput):
            services.co_parent_accept(token=f"token-{account.pk}", name="Someone", password=STRONG_PASSWORD)
    assert not User.objects.filter(co_parent_of=personas.parent_a).exclude(pk=personas.coparent_a.pk).exists()


def test_joining_without_an_invitation_follows_the_same_rules(personas, newcomer):
    # when / then: a co-parent has no co-parents, a parent with a family of its own joins none, nor a child
    with pytest.raises(InvalidInput, match="first parent"):
        services.co_parent_join(user=newcomer, head=personas.coparent_a)
    with pytest.raises(InvalidInput, match="one family"):
        services.co_parent_join(user=personas.parent_b, head=personas.parent_a)
    with pytest.raises(Forbidden):
        services.co_parent_join(user=personas.child_b, head=personas.parent_a)
    assert list(User.objects.filter(co_parent_of__isnull=False)) == [personas.coparent_a]
    # when: a parent with no family joins
    services.co_parent_join(user=newcomer, head=personas.parent_a)
    # then: it is the family's second guardian, as an accepted invitation makes it
    newcomer.refresh_from_db()
    assert newcomer.co_parent_of_id == personas.parent_a.pk
    assert visible_names(newcomer) == visible_names(personas.coparent_a) | {"New Co-parent"}


# --- removing ----------------------------------------------------------------------------------------


def test_the_first_parent_removes_the_co_parent_in_the_admin(client, personas):
    # given
    client.force_login(personas.parent_a)
    # when
    response = client.post(FAMILY, {"action": "remove", "id": personas.coparent_a.pk}, follow=True)
    # then
    personas.coparent_a.refresh_from_db()
    assert personas.coparent_a.co_parent_of_id is None
    assert messages_of(response) == ["Co-parent A is no longer a parent of your family."]
    assert "coparent.a@example.com" not in content(response)


def test_a_co_parent_cannot_remove_the_first_parent_nor_another(client, personas, newcomer):
    # given
    services.co_parent_accept(token=invite(personas.parent_a, newcomer.email), actor=newcomer)
    client.force_login(personas.coparent_a)
    # when
    first = client.post(FAMILY, {"action": "remove", "id": personas.parent_a.pk}, follow=True)
    other = client.post(FAMILY, {"action": "remove", "id": newcomer.pk}, follow=True)
    # then
    assert all(m.startswith("Nothing changed") for m in messages_of(first) + messages_of(other))
    newcomer.refresh_from_db()
    assert newcomer.co_parent_of_id == personas.parent_a.pk


def test_a_co_parent_leaves_the_family(client, personas):
    # given
    client.force_login(personas.coparent_a)
    # when
    response = client.post(FAMILY, {"action": "remove", "id": personas.coparent_a.pk}, follow=True)
    # then
    assert messages_of(response) == ["You left the family."]
    personas.coparent_a.refresh_from_db()
    assert personas.coparent_a.co_parent_of_id is None


def test_another_family_cannot_remove_the_co_parent(client, personas):
    # given
    client.force_login(personas.parent_b)
    # when
    response = client.post(FAMILY, {"action": "remove", "id": personas.coparent_a.pk}, follow=True)
    # then
    assert messages_of(response) == ["Nothing changed: Not found"]
    personas.coparent_a.refresh_from_db()
    assert personas.coparent_a.co_parent_of_id == personas.parent_a.pk


# --- the family page ---------------------------------------------------------------------------------


@pytest.mark.parametrize("persona", ["parent_a", "coparent_a"])
def test_both_parents_see_each_other_on_the_family_page(client, personas, persona):
    # given
    client.force_login(personas[persona])
    # when
    response = client.get(FAMILY)
    # then
    body = content(response)
    assert response.status_code == 200
    for email in ("parent.a@example.com", "coparent.a@example.com"):
        assert email in body
    assert "Child A" in body and "Teen A" in body
    assert "parent.b@example.com" not in body and "Child B" not in body
    assert ("Send the invitation" in body) == (persona == "parent_a")


@pytest.mark.parametrize("persona", ["teacher_1"])
def test_the_family_page_is_a_parents(client, personas, persona):
    # given
    client.force_login(personas[persona])
    # when
    response = client.get(FAMILY)
    # then
    assert response.status_code == 302


def test_the_family_page_links_from_the_index(client, personas):
    # given
    client.force_login(personas.coparent_a)
    # then
    assert FAMILY in content(client.get(reverse("admin:index")))


@pytest.mark.parametrize("size", [1, 8], ids=["small-family", "large-family"])
def test_the_family_page_runs_a_constant_number_of_queries(client, personas, django_assert_num_queries, size):
    # given
    for n in range(size):
        ChildFactory(profile__parent=personas.parent_a)
        CoParentInvitation.objects.create(family_parent=personas.parent_a, address=f"invited.{n}@example.com",
                                          token_hash=f"{n:064d}", expires_at=timezone.now() + timedelta(days=1))
    client.force_login(personas.parent_a)
    # when
    with django_assert_num_queries(6):
        response = client.get(FAMILY)
    # then
    assert response.status_code == 200
    assert content(response).count("invited.") == size


def test_the_co_parent_changes_the_familys_settings(client, personas):
    # when
    services.parent_settings_update(actor=personas.coparent_a, auto_approval_limit=40)
    # then: the family's settings are the first parent's profile
    assert ParentProfile.objects.get(user=personas.parent_a).auto_approval_limit == 40
    assert ParentProfile.objects.get(user=personas.coparent_a).auto_approval_limit == 0


def test_a_child_added_by_the_co_parent_joins_the_family(personas):
    # when
    child, _ = services.child_create(actor=personas.coparent_a, name="Baby A", age=6)
    # then
    assert child.child_profile.parent_id == personas.parent_a.pk
    assert "Baby A" in visible_names(personas.parent_a)



# --- the migration -----------------------------------------------------------------------------------


@pytest.mark.django_db(transaction=True)
def test_the_migration_keeps_every_family_as_it_was_and_undoes_cleanly():
    # given: a family written before co-parents existed
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor

    before = [("accounts", "0009_teacherprofile_weekly_class_summary")]
    executor = MigrationExecutor(connection)
    executor.migrate(before)
    old = executor.loader.project_state(before).apps
    parent = old.get_model("accounts", "User").objects.create(email="old.parent@example.com", name="Old",
                                                               role="parent")
    child = old.get_model("accounts", "User").objects.create(email="old.child@example.com", name="Kid",
                                                              role="younger_child")
    old.get_model("accounts", "ChildProfile").objects.create(user_id=child.pk, parent_id=parent.pk)
    # when
    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())
    # then: the parent is its family's first parent, with its child, and no co-parent
    parent = User.objects.get(pk=parent.pk)
    assert parent.co_parent_of_id is None and scoping.manages_guardians(parent)
    assert visible_names(parent) == {"Old", "Kid"}
    # and back again, then forward (the co-parent column and the invitations go, the family stays)
    executor = MigrationExecutor(connection)
    executor.migrate(before)
    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())
    assert User.objects.filter(pk__in=[parent.pk, child.pk]).count() == 2
