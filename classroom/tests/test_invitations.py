"""Class enrolment needs the family's consent (API.md decision 13).

A teacher's "add student" (by email or id, on either route, or ``student_ids`` on class creation) only
invites: it answers the same whatever the address, runs the same statements, and enrols nobody. The
invited child stays invisible to the teacher until its family accepts: its parent in the admin inbox
(``test_admin_invitations``), or the child itself through ``/api/child/invitations`` when it has no
parent. Joining with the class code stays the child's own way in.

Personas (root conftest): ``teacher_1`` runs ``class_1`` with ``child_a`` and ``student_1`` (a child
with no parent); ``teacher_2`` runs ``class_2`` with ``child_b``; ``teen_a`` (parent_a's) is in no class.
"""

from __future__ import annotations

import uuid

import pytest

from classroom import selectors, services
from classroom.api.views import INVITED
from classroom.models import Enrolment, Invitation
from classroom.tests.factories import ClassroomFactory, invitation_for, invite
from coincraft.exceptions import Conflict, Forbidden
from coincraft.testing.rows import database_rows
from coincraft.testing.threads import run_concurrently
from learning.models import UserModuleProgress
from learning.tests.factories import ModuleFactory
from learning.tests.helpers import assert_error, assert_types

from conftest import client_for, make_personas

CHILD_INVITATION_SHAPE = {"id": "uuid", "invited_at": "datetime", "status": str, "can_answer": bool, "class": dict}
CLASS_SHAPE = {"id": "uuid", "name": str, "description": str, "teacher_name": str}


ANSWERED = {"accept": "accepted", "decline": "declined"}


def enrolled(classroom) -> set:
    return set(Enrolment.objects.filter(classroom=classroom).values_list("student_id", flat=True))


def accept_url(invitation) -> str:
    return f"/api/child/invitations/{invitation.pk}/accept"


def decline_url(invitation) -> str:
    return f"/api/child/invitations/{invitation.pk}/decline"


# --- inviting: one answer, the same work, nobody enrolled --------------------------------------------


ADD_STUDENT_ROUTES = ["/api/teacher/classes/{}/students", "/api/classes/{}/students"]
ADDRESSES = {
    "a-childs-email": lambda p: {"email": p.teen_a.email},
    "a-childs-id": lambda p: {"student_id": str(p.teen_a.pk)},
    "an-adults-email": lambda p: {"email": p.parent_b.email},
    "an-adults-id": lambda p: {"student_id": str(p.teacher_2.pk)},
    "an-unknown-email": lambda p: {"email": "nobody@example.com"},
    "a-random-id": lambda p: {"student_id": str(uuid.uuid4())},
    "an-enrolled-childs-email": lambda p: {"email": p.student_1.email},
    "an-enrolled-childs-id": lambda p: {"student_id": str(p.child_a.pk)},
    "a-child-already-invited": lambda p: {"email": p.child_b.email},
}
# Signing in, the class, matching the address, recording it: one statement each; then raising the
# screen revisions of whoever it reached and of the teacher (accounts.screens.touch): three.
ADD_STUDENT_QUERIES = 7


@pytest.mark.parametrize("route", ADD_STUDENT_ROUTES)
@pytest.mark.parametrize("address", ADDRESSES)
def test_add_student_gives_one_answer_and_runs_the_same_queries_whatever_the_address(
        personas, as_user, django_assert_num_queries, route, address):
    # given: child_b was invited before, by its id
    invite(personas.class_1, student_ids=[personas.child_b.pk])
    client = as_user(personas.teacher_1)
    body = ADDRESSES[address](personas)
    # when
    with django_assert_num_queries(ADD_STUDENT_QUERIES):
        response = client.post(route.format(personas.class_1.pk), body, format="json")
    # then
    assert (response.status_code, response.json()) == (202, INVITED)
    assert enrolled(personas.class_1) == {personas.child_a.pk, personas.student_1.pk}


@pytest.mark.parametrize("route", ADD_STUDENT_ROUTES)
def test_an_invitation_enrols_nobody_until_the_family_accepts(personas, as_user, route):
    # given
    module = ModuleFactory(created_by=personas.teacher_1)
    services.module_assign(actor=personas.teacher_1, classroom=personas.class_1, module=module)
    # when
    as_user(personas.teacher_1).post(route.format(personas.class_1.pk), {"email": personas.teen_a.email},
                                     format="json")
    # then
    invitation = invitation_for(personas.teen_a, personas.class_1)
    assert (invitation.status, invitation.invited_by, invitation.decided_by, invitation.decided_at) == (
        "pending", personas.teacher_1, None, None)
    assert personas.teen_a.pk not in enrolled(personas.class_1)
    assert not UserModuleProgress.objects.filter(user=personas.teen_a, module=module).exists()


def test_reinviting_creates_no_second_invitation(personas):
    # when: the same child by email three times (any case), then by its id
    for email in ("teen.a@example.com", "TEEN.A@example.com", " teen.a@example.com "):
        invite(personas.class_1, email)
    invite(personas.class_1, student_ids=[personas.teen_a.pk])
    # then: one invitation reaches the child; each address is recorded once
    assert Invitation.objects.filter(student=personas.teen_a).count() == 1
    assert sorted(personas.class_1.invitations.values_list("address", flat=True)) == sorted(
        ["teen.a@example.com", str(personas.teen_a.pk)])


def test_a_declined_invitation_is_never_sent_again(personas):
    # given
    invite(personas.class_1, personas.teen_a.email)
    services.invitation_decline(actor=personas.parent_a, invitation=invitation_for(personas.teen_a, personas.class_1))
    # when
    invite(personas.class_1, personas.teen_a.email)
    invite(personas.class_1, student_ids=[personas.teen_a.pk])
    # then
    assert list(Invitation.objects.filter(student=personas.teen_a).values_list("status", flat=True)) == ["declined"]
    assert list(selectors.invitations_waiting(personas.parent_a)) == []


def test_an_invitation_of_another_class_is_its_own(personas):
    # given
    other = ClassroomFactory(teacher=personas.teacher_2.teacher_profile, name="Other")
    # when
    invite(personas.class_1, personas.teen_a.email)
    invite(other, personas.teen_a.email)
    # then
    assert {i.classroom_id for i in selectors.invitations_waiting(personas.parent_a)} == {personas.class_1.pk,
                                                                                          other.pk}


# --- the teacher sees nothing of an invited child until it is enrolled --------------------------------


def teacher_1_reads(as_user, personas) -> dict:
    client = as_user(personas.teacher_1)
    class_id = personas.class_1.pk
    module = ModuleFactory(created_by=personas.teacher_1)
    return {
        "students": client.get(f"/api/teacher/classes/{class_id}/students"),
        "class students": client.get(f"/api/classes/{class_id}/students"),
        "class detail": client.get(f"/api/teacher/classes/{class_id}"),
        "available": client.get("/api/teacher/students/available"),
        "dashboard": client.get("/api/teacher/dashboard"),
        "analytics": client.get("/api/teacher/analytics/performance"),
        "csv": client.get(f"/api/teacher/classes/{class_id}/progress.csv"),
        "progress": client.get(f"/api/teacher/students/{personas.teen_a.pk}/modules/{module.pk}/progress"),
        "profile": client.get(f"/api/users/{personas.teen_a.pk}"),
    }


def body_of(response) -> str:
    return b"".join(response.streaming_content).decode() if response.streaming else response.content.decode()


def test_the_teacher_sees_nothing_of_an_invited_child_until_its_family_accepts(personas, as_user):
    # given
    as_user(personas.teacher_1).post(f"/api/classes/{personas.class_1.pk}/students",
                                     {"student_id": str(personas.teen_a.pk)}, format="json")
    # when
    before = teacher_1_reads(as_user, personas)
    services.invitation_accept(actor=personas.parent_a, invitation=invitation_for(personas.teen_a, personas.class_1))
    after = teacher_1_reads(as_user, personas)
    # then
    for name, response in before.items():
        text = body_of(response)
        assert personas.teen_a.name not in text and personas.teen_a.email not in text, name
    assert (before["progress"].status_code, before["profile"].status_code) == (404, 404)
    assert before["dashboard"].json()["stats"]["total_students"] == 2
    assert before["students"].json()["total_students"] == 2
    assert after["students"].json()["total_students"] == 3
    assert personas.teen_a.email in body_of(after["class students"])
    assert after["progress"].status_code == 200
    assert after["dashboard"].json()["stats"]["total_students"] == 3


def test_a_declined_invitation_and_an_unmatched_address_look_the_same_to_the_teacher(personas):
    # given
    invite(personas.class_1, personas.teen_a.email, "nobody@example.com")
    services.invitation_decline(actor=personas.parent_a, invitation=invitation_for(personas.teen_a, personas.class_1))
    # when
    sent = {i.address: i for i in selectors.invitations_sent(personas.class_1.invitations.all())}
    # then: what the teacher reads of them is the address and when, nothing else
    assert set(sent) == {personas.teen_a.email, "nobody@example.com"}
    assert {frozenset(i.get_deferred_fields()) for i in sent.values()} == {
        frozenset({"student_id", "status", "invited_by_id", "decided_by_id", "decided_at", "updated_at"})}


# --- a child answers: without a parent itself, with one through its parent ---------------------------


@pytest.fixture
def invited(personas):
    """teacher_2 invites student_1 (no parent) to class_2; teacher_1 invites teen_a and child_b to class_1."""
    invite(personas.class_2, personas.student_1.email)
    invite(personas.class_1, personas.teen_a.email, personas.child_b.email)
    return {"student_1": invitation_for(personas.student_1, personas.class_2),
            "teen_a": invitation_for(personas.teen_a, personas.class_1),
            "child_b": invitation_for(personas.child_b, personas.class_1)}


def test_a_child_lists_its_own_waiting_invitations(personas, as_user, invited):
    # when
    own = as_user(personas.student_1).get("/api/child/invitations")
    with_parent = as_user(personas.teen_a).get("/api/child/invitations")
    # then
    assert own.status_code == 200
    [row] = own.json()
    assert_types(row, CHILD_INVITATION_SHAPE)
    assert_types(row["class"], CLASS_SHAPE)
    assert (row["id"], row["status"], row["can_answer"], row["class"]["name"], row["class"]["teacher_name"]) == (
        str(invited["student_1"].pk), "pending", True, "Class Two", "Teacher Two")
    assert [(r["id"], r["can_answer"]) for r in with_parent.json()] == [(str(invited["teen_a"].pk), False)]
    assert personas.class_2.class_code not in own.content.decode()  # the family's answer is the way in


@pytest.mark.parametrize("persona", ["parent_a", "teacher_1"])
def test_invitations_are_listed_for_children_only(personas, as_user, invited, persona):
    # when
    response = as_user(personas[persona]).get("/api/child/invitations")
    # then
    assert_error(response, 403, "Only children can access this endpoint")


def test_a_child_without_a_parent_accepts_and_joins_the_class(personas, as_user, invited):
    # given
    module = ModuleFactory(created_by=personas.teacher_2)
    services.module_assign(actor=personas.teacher_2, classroom=personas.class_2, module=module)
    # when
    response = as_user(personas.student_1).post(accept_url(invited["student_1"]))
    # then
    assert response.status_code == 200
    body = response.json()
    assert (body["message"], body["status"], body["class"]["id"]) == (
        "You joined Class Two", "accepted", str(personas.class_2.pk))
    assert enrolled(personas.class_2) == {personas.child_b.pk, personas.student_1.pk}
    invitation = Invitation.objects.get(pk=invited["student_1"].pk)
    assert (invitation.status, invitation.decided_by) == ("accepted", personas.student_1)
    assert invitation.decided_at is not None
    assert UserModuleProgress.objects.get(user=personas.student_1, module=module).status == "assigned"
    students = as_user(personas.teacher_2).get(f"/api/classes/{personas.class_2.pk}/students").json()
    assert personas.student_1.email in {s["email"] for s in students}
    assert as_user(personas.student_1).get("/api/child/invitations").json() == []


def test_a_child_without_a_parent_declines(personas, as_user, invited):
    # when
    response = as_user(personas.student_1).post(decline_url(invited["student_1"]))
    # then
    assert (response.status_code, response.json()["status"], response.json()["message"]) == (
        200, "declined", "Invitation declined")
    assert enrolled(personas.class_2) == {personas.child_b.pk}
    assert Invitation.objects.get(pk=invited["student_1"].pk).decided_by == personas.student_1


@pytest.mark.parametrize(("first", "second"), [("accept", "accept"), ("accept", "decline"), ("decline", "accept"),
                                               ("decline", "decline")])
def test_answering_an_invitation_twice_is_a_409_and_changes_nothing(personas, as_user, invited, first, second):
    # given
    client = as_user(personas.student_1)
    urls = {"accept": accept_url(invited["student_1"]), "decline": decline_url(invited["student_1"])}
    client.post(urls[first])
    before = database_rows()
    # when
    response = client.post(urls[second])
    # then
    assert_error(response, 409, f"This invitation was already {ANSWERED[first]}")
    assert database_rows() == before


@pytest.mark.parametrize("action", ["accept", "decline"])
@pytest.mark.parametrize("persona", ["teen_a", "child_b"])
def test_a_child_with_a_parent_cannot_answer_its_invitation(personas, as_user, invited, action, persona):
    # given
    before = database_rows()
    url = (accept_url if action == "accept" else decline_url)(invited[persona])
    # when
    response = as_user(personas[persona]).post(url)
    # then
    assert_error(response, 403, "Your parent answers your class invitations")
    assert database_rows() == before


@pytest.mark.parametrize("action", ["accept", "decline"])
def test_another_childs_invitation_is_a_404(personas, as_user, invited, action):
    # given
    before = database_rows()
    url = (accept_url if action == "accept" else decline_url)(invited["teen_a"])
    # when
    response = as_user(personas.student_1).post(url)
    # then
    assert_error(response, 404, "Invitation not found")
    assert database_rows() == before


@pytest.mark.parametrize("persona", ["parent_a", "teacher_1", "teacher_2"])
def test_only_children_answer_invitations_in_the_api(personas, as_user, invited, persona):
    # given
    before = database_rows()
    # when
    response = as_user(personas[persona]).post(accept_url(invited["student_1"]))
    # then
    assert_error(response, 403, "Only children can answer class invitations")
    assert database_rows() == before


def test_a_parent_from_another_family_cannot_answer(personas, invited):
    # given
    before = database_rows()
    # when / then: its inbox never holds the invitation, and the service refuses it
    assert invited["teen_a"] not in list(selectors.invitations_waiting(personas.parent_b))
    with pytest.raises(Forbidden):
        services.invitation_accept(actor=personas.parent_b, invitation=invited["teen_a"])
    assert database_rows() == before


@pytest.mark.parametrize("count", [1, 12], ids=["one-invitation", "twelve-invitations"])
def test_a_childs_invitations_list_runs_a_constant_number_of_queries(personas, as_user, django_assert_num_queries,
                                                                     count):
    # given
    for n in range(count):
        invite(ClassroomFactory(name=f"Invited {n}"), personas.student_1.email)
    client = as_user(personas.student_1)
    # when
    with django_assert_num_queries(2):
        response = client.get("/api/child/invitations")
    # then
    assert len(response.json()) == count


# --- joining with the class code stays the child's own way in -----------------------------------------


def test_joining_with_the_code_answers_a_waiting_invitation(personas, as_user, invited):
    # when
    response = as_user(personas.teen_a).post("/api/classes/join", {"class_code": personas.class_1.class_code},
                                             format="json")
    # then
    assert response.status_code == 200
    assert personas.teen_a.pk in enrolled(personas.class_1)
    invitation = Invitation.objects.get(pk=invited["teen_a"].pk)
    assert (invitation.status, invitation.decided_by) == ("accepted", personas.teen_a)
    assert list(selectors.invitations_waiting(personas.parent_a)) == []


# --- two answers at the same moment ---------------------------------------------------------------------


@pytest.mark.django_db(transaction=True)
def test_two_simultaneous_answers_decide_an_invitation_once():
    # given
    personas = make_personas()
    invite(personas.class_2, personas.student_1.email)
    invitation = invitation_for(personas.student_1, personas.class_2)
    client_accepts, client_declines = client_for(personas.student_1), client_for(personas.student_1)
    # when
    results = run_concurrently([lambda: client_accepts.post(accept_url(invitation)),
                                lambda: client_declines.post(decline_url(invitation))])
    # then
    assert sorted(r.status_code for r in results) == [200, 409]
    decided = Invitation.objects.get(pk=invitation.pk)
    assert (decided.status == "accepted") == (personas.student_1.pk in enrolled(personas.class_2))
    assert Enrolment.objects.filter(student=personas.student_1).count() == (2 if decided.status == "accepted" else 1)
    with pytest.raises(Conflict):
        services.invitation_accept(actor=personas.student_1, invitation=invitation)
