"""Consent in the admin (API.md decision 13): a parent answers its children's class invitations in
its inbox and takes a child out of a class at any time; a teacher sees an invited child only once
its family accepts.

Personas (root conftest): ``teacher_1`` runs ``class_1`` with ``child_a`` and ``student_1``;
``teacher_2`` runs ``class_2`` with ``child_b``; ``teen_a`` (parent_a's) is in no class.
"""

from __future__ import annotations

import pytest
from django.urls import reverse

from accounts.models import ChildAccount
from accounts.tests.admin_helpers import (
    admin_url,
    changeform_data,
    changelist_pks,
    content,
    messages_of,
    successes_of,
)
from accounts.tests.factories import ChildFactory
from classroom.models import Classroom, Enrolment, Invitation
from classroom.tests.factories import ClassroomFactory, EnrolmentFactory, invitation_for, invite
from coincraft.testing.rows import database_rows

INBOX = "/admin/inbox/"


def inbox_post(client, decision: str, invitation):
    return client.post(INBOX, {"kind": "invitation", "decision": decision, "id": str(invitation.pk)}, follow=True)


def enrolled(classroom) -> set:
    return set(Enrolment.objects.filter(classroom=classroom).values_list("student_id", flat=True))


def status_of(invitation) -> str:
    return Invitation.objects.values_list("status", flat=True).get(pk=invitation.pk)


@pytest.fixture
def invited(personas):
    """teacher_1 invites teen_a (family A) and child_b (family B) to class_1 by email."""
    invite(personas.class_1, personas.teen_a.email, personas.child_b.email)
    return {"a": invitation_for(personas.teen_a, personas.class_1),
            "b": invitation_for(personas.child_b, personas.class_1)}


# --- the parent's inbox ----------------------------------------------------------------------------------


def test_parent_inbox_lists_its_own_childrens_invitations_only(client, personas, invited):
    # given
    client.force_login(personas.parent_a)

    # when
    page = client.get(INBOX)
    index = client.get("/admin/")

    # then
    assert [i.pk for i in page.context["invitations"]] == [invited["a"].pk]
    body = content(page)
    assert "Teen A" in body and "Class One" in body and "Teacher One" in body
    assert personas.child_b.name not in body and str(invited["b"].pk) not in body
    assert index.context["inbox_count"] == 1


def test_parent_accepts_in_the_inbox_and_the_child_is_enrolled(client, personas, invited):
    # given
    client.force_login(personas.parent_a)

    # when
    response = inbox_post(client, "approve", invited["a"])

    # then
    assert response.redirect_chain == [(INBOX, 302)]
    assert successes_of(response) == ["Teen A joined Class One (Teacher One's class)."]
    assert personas.teen_a.pk in enrolled(personas.class_1)
    decided = Invitation.objects.get(pk=invited["a"].pk)
    assert (decided.status, decided.decided_by) == ("accepted", personas.parent_a)
    assert response.context["invitations"] == []


def test_parent_declines_in_the_inbox_and_nobody_is_enrolled(client, personas, invited):
    # given
    client.force_login(personas.parent_a)

    # when
    response = inbox_post(client, "reject", invited["a"])

    # then
    assert successes_of(response) == ["Teen A's invitation to Class One was declined; the teacher is not told."]
    assert status_of(invited["a"]) == "declined"
    assert personas.teen_a.pk not in enrolled(personas.class_1)


@pytest.mark.parametrize(("first", "second", "answered"), [
    ("approve", "approve", "accepted"), ("approve", "reject", "accepted"),
    ("reject", "approve", "declined"), ("reject", "reject", "declined"),
])
def test_a_second_click_on_a_stale_inbox_changes_nothing(client, personas, invited, first, second, answered):
    # given: the inbox open in two tabs; the first answers
    client.force_login(personas.parent_a)
    stale = client.get(INBOX)
    inbox_post(client, first, invited["a"])
    before = database_rows()

    # when: the stale tab still shows the invitation and its buttons
    assert str(invited["a"].pk) in content(stale)
    response = inbox_post(client, second, invited["a"])

    # then
    assert response.status_code == 200
    assert successes_of(response) == []
    assert f"Nothing changed: This invitation was already {answered}" in messages_of(response)
    assert database_rows() == before
    assert Enrolment.objects.filter(classroom=personas.class_1, student=personas.teen_a).count() == int(
        answered == "accepted")


@pytest.mark.parametrize("decision", ["approve", "reject"])
def test_a_parent_from_another_family_cannot_answer(client, personas, invited, decision):
    # given
    client.force_login(personas.parent_b)
    before = database_rows()

    # when
    response = inbox_post(client, decision, invited["a"])

    # then
    assert successes_of(response) == []
    assert "Nothing changed: Not found" in messages_of(response)
    assert database_rows() == before
    assert status_of(invited["a"]) == "pending"


def test_a_parents_home_counts_an_invitation_as_waiting_for_its_child(client, personas, invited):
    # given
    client.force_login(personas.parent_a)

    # when
    response = client.get("/admin/")

    # then
    (teen,) = [card for card in response.context["cards"] if card["child"].pk == personas.teen_a.pk]
    assert teen["waiting"] == 1
    assert "Class invitations (1)" in content(response)
    assert "Class One" in content(response)


def test_accept_all_enrols_each_invited_child_once_and_says_where(client, personas, invited):
    # given: Teen A is invited to a second class; Child B's invitation is family B's
    invite(personas.class_2, personas.teen_a.email)
    second = invitation_for(personas.teen_a, personas.class_2)
    client.force_login(personas.parent_a)

    # when
    response = client.post(INBOX, {"kind": "invitation", "decision": "approve_all",
                                   "ids": [str(invited["a"].pk), str(second.pk), str(invited["b"].pk)]}, follow=True)

    # then
    assert messages_of(response)[0] == "Invitations: 2 accepted, 1 not accepted."
    assert "Teen A joined Class One (Teacher One's class)." in successes_of(response)
    assert "Teen A joined Class Two (Teacher Two's class)." in successes_of(response)
    assert "Not accepted: Not found" in messages_of(response)
    assert personas.teen_a.pk in enrolled(personas.class_1) and personas.teen_a.pk in enrolled(personas.class_2)
    assert status_of(invited["b"]) == "pending"


@pytest.mark.parametrize("persona", ["teacher_1", "teacher_2"])
def test_teachers_cannot_answer_invitations(client, personas, invited, persona):
    # given
    client.force_login(personas[persona])
    before = database_rows()

    # when
    response = client.post(INBOX, {"kind": "invitation", "decision": "approve", "id": str(invited["a"].pk)})

    # then
    assert response.status_code == 302 and response.url == reverse("admin:index")
    assert database_rows() == before


@pytest.mark.parametrize("count", [1, 10], ids=["one-invitation", "ten-invitations"])
def test_the_inbox_with_invitations_runs_a_constant_number_of_queries(client, personas, django_assert_num_queries,
                                                                      count):
    # given
    for n in range(count):
        invite(ClassroomFactory(name=f"Club {n}"), personas.teen_a.email)
    client.force_login(personas.parent_a)

    # when
    with django_assert_num_queries(8):
        response = client.get(INBOX)

    # then
    assert len(response.context["invitations"]) == count


# --- the teacher sees an invited child only once its family accepts ---------------------------------------


def test_the_teacher_admin_shows_nothing_of_an_invited_child_until_accepted(client, personas, invited):
    # given
    client.force_login(personas.teacher_1)

    # when
    listing = client.get(admin_url(ChildAccount, "changelist"))
    child_page = client.get(admin_url(ChildAccount, "change", personas.teen_a.pk))
    class_page = client.get(admin_url(Classroom, "change", personas.class_1.pk))
    search = client.get(admin_url(ChildAccount, "changelist"), {"q": "teen"})

    # then
    assert changelist_pks(listing) == {personas.child_a.pk, personas.student_1.pk}
    assert child_page.status_code == 302
    assert changelist_pks(search) == set()
    body = content(class_page)
    assert personas.teen_a.name not in body and personas.child_b.name not in body
    assert personas.teen_a.email in body  # the address it typed itself, waiting like any other

    # and once family A accepts
    client.force_login(personas.parent_a)
    inbox_post(client, "approve", invited["a"])
    client.force_login(personas.teacher_1)
    assert personas.teen_a.pk in changelist_pks(client.get(admin_url(ChildAccount, "changelist")))
    assert client.get(admin_url(ChildAccount, "change", personas.teen_a.pk)).status_code == 200


def test_the_teachers_class_page_shows_a_declined_invitation_like_one_that_reached_nobody(client, personas, invited):
    # given: family A declines; family B has not answered; one address is nobody's
    invite(personas.class_1, "nobody@example.com")
    client.force_login(personas.parent_a)
    inbox_post(client, "reject", invited["a"])
    client.force_login(personas.teacher_1)

    # when
    page = client.get(admin_url(Classroom, "change", personas.class_1.pk))

    # then
    formset = next(f for f in page.context["inline_admin_formsets"] if f.formset.model is Invitation)
    rows = {form.original.address: str(form.original) for form in formset}
    assert set(rows) == {personas.teen_a.email, personas.child_b.email, "nobody@example.com"}
    assert all(text == f"Invitation of {address}" for address, text in rows.items())
    body = content(page)
    assert body.count("Waiting for the family") == 3
    assert "declined" not in body.lower() and personas.teen_a.name not in body and personas.child_b.name not in body


@pytest.mark.parametrize("count", [1, 10], ids=["one-invitation", "ten-invitations"])
def test_the_teachers_class_page_runs_a_constant_number_of_queries(client, personas, django_assert_num_queries,
                                                                   count):
    # given
    invite(personas.class_1, *[f"kid.{n}@example.com" for n in range(count)])
    client.force_login(personas.teacher_1)

    # when
    with django_assert_num_queries(10):
        response = client.get(admin_url(Classroom, "change", personas.class_1.pk))

    # then
    assert content(response).count("Waiting for the family") == count


# --- the parent takes a child out of a class --------------------------------------------------------------


def test_parent_lists_its_childrens_classes_only(client, personas):
    # given
    client.force_login(personas.parent_a)

    # when
    listing = client.get(admin_url(Enrolment, "changelist"))

    # then
    assert changelist_pks(listing) == {Enrolment.objects.get(student=personas.child_a).pk}
    assert "Class One" in content(listing) and "Teacher One" in content(listing)
    assert personas.student_1.name not in content(listing)


def test_parent_takes_its_child_out_of_a_class(client, personas):
    # given
    enrolment = Enrolment.objects.get(classroom=personas.class_1, student=personas.child_a)
    client.force_login(personas.parent_a)

    # when
    response = client.post(admin_url(Enrolment, "delete", enrolment.pk), {"post": "yes"}, follow=True)

    # then
    assert response.status_code == 200
    assert enrolled(personas.class_1) == {personas.student_1.pk}
    client.force_login(personas.teacher_1)
    assert personas.child_a.pk not in changelist_pks(client.get(admin_url(ChildAccount, "changelist")))


def test_parent_takes_its_children_out_with_the_list_action(client, personas):
    # given
    EnrolmentFactory(classroom=personas.class_2, student=personas.teen_a)
    mine = [str(pk) for pk in Enrolment.objects.filter(student__in=[personas.child_a, personas.teen_a])
            .values_list("pk", flat=True)]
    client.force_login(personas.parent_a)

    # when
    client.post(admin_url(Enrolment, "changelist"), {"action": "delete_selected", "_selected_action": mine,
                                                     "post": "yes"})

    # then
    assert len(mine) == 2
    assert not Enrolment.objects.filter(pk__in=mine).exists()
    assert enrolled(personas.class_1) == {personas.student_1.pk}
    assert enrolled(personas.class_2) == {personas.child_b.pk}


def test_parent_cannot_take_another_familys_child_out_of_a_class(client, personas):
    # given
    foreign = Enrolment.objects.get(student=personas.child_b)
    client.force_login(personas.parent_a)

    # when
    page = client.post(admin_url(Enrolment, "delete", foreign.pk), {"post": "yes"})
    action = client.post(admin_url(Enrolment, "changelist"), {
        "action": "delete_selected", "_selected_action": [str(foreign.pk)], "post": "yes"})

    # then
    assert page.status_code in (302, 403, 404) and action.status_code in (200, 302)
    assert Enrolment.objects.filter(pk=foreign.pk).exists()


@pytest.mark.parametrize("persona", ["teacher_1", "child_a"])
def test_only_parents_and_operators_have_the_list_of_enrolments(client, personas, persona):
    # given
    client.force_login(personas[persona])

    # when
    listing = client.get(admin_url(Enrolment, "changelist"))

    # then
    assert listing.status_code in (302, 403)
    assert personas.child_b.name not in content(listing)


def test_the_childs_page_links_to_its_classes(client, personas):
    # given
    client.force_login(personas.parent_a)

    # when
    page = client.get(admin_url(ChildAccount, "change", personas.child_a.pk))

    # then
    assert admin_url(Enrolment, "changelist") + f"?child={personas.child_a.pk}" in content(page)


@pytest.mark.parametrize("count", [1, 10], ids=["one-class", "ten-classes"])
def test_the_list_of_a_familys_classes_runs_a_constant_number_of_queries(client, personas, django_assert_num_queries,
                                                                         count):
    # given
    for n in range(count - 1):
        EnrolmentFactory(classroom=ClassroomFactory(name=f"Club {n}"), student=personas.teen_a)
    client.force_login(personas.parent_a)

    # when
    with django_assert_num_queries(8):
        response = client.get(admin_url(Enrolment, "changelist"))

    # then
    assert len(response.context["cl"].result_list) == count


def test_a_new_child_invited_by_email_reaches_its_parent(client, personas):
    # given: a child created by its parent after the teacher's class exists
    kid = ChildFactory(email="kid.c@example.com", profile__parent=personas.parent_a)
    client.force_login(personas.teacher_1)
    page = client.get(admin_url(Classroom, "change", personas.class_1.pk))

    client.post(admin_url(Classroom, "change", personas.class_1.pk), changeform_data(page, invite_students=kid.email))

    # when
    client.force_login(personas.parent_a)
    inbox = client.get(INBOX)

    # then
    assert [i.student_id for i in inbox.context["invitations"]] == [kid.pk]
