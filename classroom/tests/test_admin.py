"""The classroom admin: a teacher runs its own classes and their enrolments and reaches nothing of
another teacher's; parents have no classroom admin; operators see every class."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

from accounts.models import User
from accounts.tests.admin_helpers import (
    admin_url,
    changeform_data,
    changelist_pks,
    content,
    make_operator,
    messages_of,
    sign_in,
    signed_in_user_id,
)
from accounts.tests.factories import PASSWORD, ChildFactory
from classroom.models import Classroom, Enrolment, Invitation

CLASS_CODE = re.compile(r"^[A-Z0-9]{6}$")


@pytest.fixture
def operator(db):
    return make_operator()


@pytest.fixture
def teacher_1_client(client, personas):
    client.force_login(personas.teacher_1)
    return client


def add_class(client, **fields):
    page = client.get(admin_url(Classroom, "add"))
    return client.post(admin_url(Classroom, "add"), changeform_data(page, **fields))


def enrolled_ids(classroom) -> set:
    return set(Enrolment.objects.filter(classroom=classroom).values_list("student_id", flat=True))


def invited_ids(classroom) -> set:
    return set(Invitation.objects.filter(classroom=classroom, student__isnull=False).values_list("student_id",
                                                                                                 flat=True))


def sent_rows(page) -> list[tuple[str, str]]:
    """The class page's list of invitations sent, as the teacher reads it: (address, answer)."""
    formset = next(f for f in page.context["inline_admin_formsets"] if f.formset.model is Invitation)
    cells = [{str(field.field["label"]): str(field.contents()) for fieldset in form for line in fieldset
              for field in line if hasattr(field, "contents")} for form in formset]
    return [(row["address"], row["Answer"]) for row in cells]


def autocomplete(client, term: str = "", **params):
    return client.get(reverse("admin:autocomplete"), {"term": term, **params})


ENROLMENT_CLASSROOM = {"app_label": "classroom", "model_name": "enrolment", "field_name": "classroom"}


def assert_nothing_of_class(classroom, response) -> None:
    body = content(response)
    assert classroom.name not in body
    assert classroom.class_code not in body


# --- signing in and the list of classes -------------------------------------------------------------


def test_teacher_signs_in_and_lists_only_its_own_classes(client, personas):
    # given
    response = sign_in(client, personas.teacher_1.email, PASSWORD)
    assert signed_in_user_id(client) == str(personas.teacher_1.pk)

    # when
    listing = client.get(admin_url(Classroom, "changelist"))

    # then
    assert response.status_code == 302
    assert listing.status_code == 200
    assert changelist_pks(listing) == {personas.class_1.pk}
    assert_nothing_of_class(personas.class_2, listing)


def test_teachers_class_list_counts_its_students(teacher_1_client, personas):
    # when
    listing = teacher_1_client.get(admin_url(Classroom, "changelist"))

    # then
    [row] = listing.context["cl"].result_list
    assert row.num_students == 2


@pytest.mark.parametrize("term", ["Class Two", "Two", "class"])
def test_teacher_search_never_finds_another_teachers_class(teacher_1_client, personas, term):
    # when
    response = teacher_1_client.get(admin_url(Classroom, "changelist"), {"q": term})

    # then
    assert changelist_pks(response) <= {personas.class_1.pk}
    assert personas.class_2.class_code not in content(response)


def test_teacher_search_by_another_teachers_class_code_finds_nothing(teacher_1_client, personas):
    # when
    response = teacher_1_client.get(admin_url(Classroom, "changelist"), {"q": personas.class_2.class_code})

    # then
    assert changelist_pks(response) == set()
    assert personas.class_2.name not in content(response)


def test_teacher_list_filter_counts_only_its_own_classes(teacher_1_client, personas):
    # when
    response = teacher_1_client.get(admin_url(Classroom, "changelist"), {"is_active__exact": "1", "_facets": "1"})

    # then
    assert changelist_pks(response) == {personas.class_1.pk}
    active_filter = next(spec for spec in response.context["cl"].filter_specs if spec.title == "is active")
    displays = {str(choice["display"]) for choice in active_filter.choices(response.context["cl"])}
    assert "Yes (1)" in displays


# --- another teacher's class ------------------------------------------------------------------------


@pytest.mark.parametrize("action", ["change", "history", "delete"])
def test_teacher_cannot_open_another_teachers_class(teacher_1_client, personas, action):
    # when
    response = teacher_1_client.get(admin_url(Classroom, action, personas.class_2.pk), follow=True)

    # then
    assert response.redirect_chain == [("/admin/", 302)]
    assert any("exist" in message for message in messages_of(response))
    assert_nothing_of_class(personas.class_2, response)
    assert personas.child_b.email not in content(response)


def test_teacher_cannot_change_another_teachers_class_by_posting(teacher_1_client, personas):
    # given
    class_2 = personas.class_2

    # when
    teacher_1_client.post(admin_url(Classroom, "change", class_2.pk), {
        "name": "Hijacked", "description": "mine now", "is_active": "", "invite_students": personas.teen_a.email,
        "enrolments-TOTAL_FORMS": "1", "enrolments-INITIAL_FORMS": "1", "enrolments-MIN_NUM_FORMS": "0",
        "enrolments-MAX_NUM_FORMS": "0", "enrolments-0-id": str(class_2.enrolments.get().pk),
        "enrolments-0-classroom": str(class_2.pk), "enrolments-0-DELETE": "on",
    })

    # then
    class_2.refresh_from_db()
    assert (class_2.name, class_2.description, class_2.is_active) == ("Class Two", "", True)
    assert enrolled_ids(class_2) == {personas.child_b.pk}
    assert not Invitation.objects.exists()


def test_teacher_cannot_delete_another_teachers_class(teacher_1_client, personas):
    # when
    response = teacher_1_client.post(admin_url(Classroom, "delete", personas.class_2.pk), {"post": "yes"})

    # then
    assert response.status_code in (302, 403, 404)
    assert Classroom.objects.filter(pk=personas.class_2.pk).exists()
    assert enrolled_ids(personas.class_2) == {personas.child_b.pk}


def test_teachers_bulk_delete_action_skips_another_teachers_class(teacher_1_client, personas):
    # when
    teacher_1_client.post(admin_url(Classroom, "changelist"), {
        "action": "delete_selected", "_selected_action": [str(personas.class_2.pk)], "post": "yes",
    })

    # then
    assert Classroom.objects.filter(pk=personas.class_2.pk).exists()
    assert enrolled_ids(personas.class_2) == {personas.child_b.pk}


def test_teachers_bulk_delete_action_deletes_its_own_class(teacher_1_client, personas):
    # when
    teacher_1_client.post(admin_url(Classroom, "changelist"), {
        "action": "delete_selected", "_selected_action": [str(personas.class_1.pk), str(personas.class_2.pk)],
        "post": "yes",
    })

    # then
    assert not Classroom.objects.filter(pk=personas.class_1.pk).exists()
    assert Classroom.objects.filter(pk=personas.class_2.pk).exists()
    assert User.objects.filter(pk=personas.child_a.pk).exists()


def test_teacher_cannot_remove_another_teachers_enrolment_through_its_own_class(teacher_1_client, personas):
    # given: the class_1 form, with class_2's enrolment smuggled in as a deleted row
    page = teacher_1_client.get(admin_url(Classroom, "change", personas.class_1.pk))
    foreign = personas.class_2.enrolments.get()

    # when
    teacher_1_client.post(admin_url(Classroom, "change", personas.class_1.pk), changeform_data(
        page, **{"enrolments-0-id": str(foreign.pk), "enrolments-0-DELETE": "on"},
    ))

    # then
    assert Enrolment.objects.filter(pk=foreign.pk).exists()
    assert enrolled_ids(personas.class_1) >= {personas.student_1.pk}


# --- a teacher's own classes ------------------------------------------------------------------------


def test_teacher_creates_a_class_with_a_unique_six_character_code(teacher_1_client, personas):
    # when
    first = add_class(teacher_1_client, name="Saving 101", description="Piggy banks", grade="3")
    second = add_class(teacher_1_client, name="Saving 102")

    # then
    assert first.status_code == second.status_code == 302
    created = Classroom.objects.filter(name__in=["Saving 101", "Saving 102"])
    assert {c.teacher_id for c in created} == {personas.teacher_1.teacher_profile.pk}
    codes = {c.class_code for c in created} | {personas.class_1.class_code, personas.class_2.class_code}
    assert len(codes) == 4
    assert all(CLASS_CODE.match(code) for code in codes)
    saving = Classroom.objects.get(name="Saving 101")
    assert (saving.description, saving.grade, saving.is_active) == ("Piggy banks", "3", True)


def test_teacher_class_form_offers_no_choice_of_teacher(teacher_1_client, personas):
    # when
    page = teacher_1_client.get(admin_url(Classroom, "add"))

    # then
    assert "teacher" not in page.context["adminform"].form.fields
    assert personas.teacher_2.name not in content(page)
    assert personas.teacher_2.email not in content(page)


def test_teacher_cannot_create_a_class_for_another_teacher(teacher_1_client, personas):
    # when
    add_class(teacher_1_client, name="Planted", teacher=str(personas.teacher_2.teacher_profile.pk))

    # then
    planted = Classroom.objects.get(name="Planted")
    assert planted.teacher_id == personas.teacher_1.teacher_profile.pk


def test_teacher_cannot_rewrite_the_class_code(teacher_1_client, personas):
    # given
    page = teacher_1_client.get(admin_url(Classroom, "change", personas.class_1.pk))
    code = personas.class_1.class_code

    # when
    teacher_1_client.post(admin_url(Classroom, "change", personas.class_1.pk),
                          changeform_data(page, class_code=personas.class_2.class_code, description="updated"))

    # then
    personas.class_1.refresh_from_db()
    assert personas.class_1.description == "updated"
    assert personas.class_1.class_code == code


def test_teacher_creates_a_class_and_invites_students_by_email(teacher_1_client, personas):
    # given
    kid = ChildFactory(email="new.kid@example.com")

    # when
    response = add_class(teacher_1_client, name="With Kids",
                         invite_students=f"{personas.student_1.email}, NEW.KID@example.com")

    # then: invited, not enrolled (decision 13)
    assert response.status_code == 302
    classroom = Classroom.objects.get(name="With Kids")
    assert classroom.teacher_id == personas.teacher_1.teacher_profile.pk
    assert enrolled_ids(classroom) == set()
    assert invited_ids(classroom) == {personas.student_1.pk, kid.pk}


def test_teacher_invites_a_student_by_email_to_its_class(teacher_1_client, personas):
    # given
    kid = ChildFactory(email="new.kid@example.com")
    page = teacher_1_client.get(admin_url(Classroom, "change", personas.class_1.pk))

    # when
    response = teacher_1_client.post(admin_url(Classroom, "change", personas.class_1.pk),
                                     changeform_data(page, invite_students="new.kid@example.com"))

    # then
    assert response.status_code == 302
    assert enrolled_ids(personas.class_1) == {personas.child_a.pk, personas.student_1.pk}
    assert invited_ids(personas.class_1) == {kid.pk}


def test_inviting_an_already_enrolled_student_changes_nothing(teacher_1_client, personas):
    # given
    page = teacher_1_client.get(admin_url(Classroom, "change", personas.class_1.pk))

    # when
    response = teacher_1_client.post(admin_url(Classroom, "change", personas.class_1.pk),
                                     changeform_data(page, invite_students=personas.child_a.email))

    # then
    assert response.status_code == 302
    assert Enrolment.objects.filter(classroom=personas.class_1, student=personas.child_a).count() == 1
    assert invited_ids(personas.class_1) == set()


@pytest.mark.parametrize("email", ["teen.a@example.com", "nobody@example.com", "parent.a@example.com",
                                   "teacher.2@example.com", "teacher.1@example.com", "child.a@example.com"])
def test_inviting_answers_the_same_whatever_the_email(teacher_1_client, personas, email):
    # given
    page = teacher_1_client.get(admin_url(Classroom, "change", personas.class_1.pk))

    # when
    response = teacher_1_client.post(admin_url(Classroom, "change", personas.class_1.pk),
                                     changeform_data(page, invite_students=email), follow=True)
    after = teacher_1_client.get(admin_url(Classroom, "change", personas.class_1.pk))

    # then: one message and one "waiting" row, whoever the address belongs to; nobody new is enrolled
    assert messages_of(response)[0] == ("Invitation sent to 1 address(es). A child appears among the students once "
                                        "its family accepts.")
    assert enrolled_ids(personas.class_1) == {personas.child_a.pk, personas.student_1.pk}
    assert sent_rows(after) == [(email, "Waiting for the family")]


def test_a_malformed_email_is_a_form_error_and_invites_nobody(teacher_1_client, personas):
    # given
    page = teacher_1_client.get(admin_url(Classroom, "change", personas.class_1.pk))

    # when
    response = teacher_1_client.post(admin_url(Classroom, "change", personas.class_1.pk),
                                     changeform_data(page, invite_students=f"{personas.teen_a.email}\nnot an email"))

    # then
    assert response.status_code == 200
    assert "invite_students" in response.context["adminform"].form.errors
    assert not Invitation.objects.exists()


def test_creating_a_class_with_a_malformed_email_creates_nothing(teacher_1_client, personas):
    # when
    response = add_class(teacher_1_client, name="Not Yet", invite_students="nobody at example.com")

    # then
    assert response.status_code == 200
    assert "invite_students" in response.context["adminform"].form.errors
    assert not Classroom.objects.filter(name="Not Yet").exists()


def test_teacher_removes_an_enrolment_from_its_class(teacher_1_client, personas):
    # given
    page = teacher_1_client.get(admin_url(Classroom, "change", personas.class_1.pk))
    forms = page.context["inline_admin_formsets"][0].formset.forms
    index = next(i for i, form in enumerate(forms) if form.instance.student_id == personas.child_a.pk)

    # when
    response = teacher_1_client.post(admin_url(Classroom, "change", personas.class_1.pk),
                                     changeform_data(page, **{f"enrolments-{index}-DELETE": "on"}))

    # then
    assert response.status_code == 302
    assert enrolled_ids(personas.class_1) == {personas.student_1.pk}
    assert User.objects.filter(pk=personas.child_a.pk, is_active=True).exists()
    assert enrolled_ids(personas.class_2) == {personas.child_b.pk}


def test_teachers_class_page_shows_only_its_own_students(teacher_1_client, personas):
    # when
    page = teacher_1_client.get(admin_url(Classroom, "change", personas.class_1.pk))

    # then
    body = content(page)
    assert personas.child_a.email in body and personas.student_1.email in body
    assert personas.child_b.email not in body


def test_a_removed_student_leaves_the_teachers_children_admin(teacher_1_client, personas):
    # given
    from accounts.models import ChildAccount

    Enrolment.objects.filter(classroom=personas.class_1, student=personas.student_1).delete()

    # when
    listing = teacher_1_client.get(admin_url(ChildAccount, "changelist"))
    page = teacher_1_client.get(admin_url(ChildAccount, "change", personas.student_1.pk))

    # then
    assert changelist_pks(listing) == {personas.child_a.pk}
    assert page.status_code == 302


def test_renaming_a_class_to_a_name_the_teacher_already_uses_is_a_form_error(teacher_1_client, personas):
    # given
    add_class(teacher_1_client, name="Second")
    second = Classroom.objects.get(name="Second")
    page = teacher_1_client.get(admin_url(Classroom, "change", second.pk))

    # when
    response = teacher_1_client.post(admin_url(Classroom, "change", second.pk), changeform_data(page, name="Class One"))

    # then
    assert response.status_code == 200
    assert "name" in response.context["adminform"].form.errors
    second.refresh_from_db()
    assert second.name == "Second"


def test_creating_a_class_with_a_name_the_teacher_already_uses_is_a_form_error(teacher_1_client, personas):
    # when
    response = add_class(teacher_1_client, name="Class One", invite_students=personas.teen_a.email)

    # then
    assert response.status_code == 200
    assert "name" in response.context["adminform"].form.errors
    assert Classroom.objects.filter(teacher=personas.teacher_1.teacher_profile, name="Class One").count() == 1
    assert not Invitation.objects.exists()


def test_two_teachers_may_use_the_same_class_name(client, personas):
    # given
    client.force_login(personas.teacher_2)

    # when
    response = add_class(client, name="Class One")

    # then
    assert response.status_code == 302
    assert Classroom.objects.filter(teacher=personas.teacher_2.teacher_profile, name="Class One").exists()


# --- autocomplete -------------------------------------------------------------------------------------


def test_teacher_autocomplete_of_classes_offers_only_its_own(teacher_1_client, personas):
    # when
    everything = autocomplete(teacher_1_client, "", **ENROLMENT_CLASSROOM)
    by_code = autocomplete(teacher_1_client, personas.class_2.class_code, **ENROLMENT_CLASSROOM)

    # then
    assert everything.status_code == 200
    assert {row["id"] for row in everything.json()["results"]} == {str(personas.class_1.pk)}
    assert by_code.json()["results"] == []


@pytest.mark.parametrize("persona", ["parent_a", "teacher_1"])
def test_autocomplete_of_people_is_refused_to_parents_and_teachers(client, personas, persona):
    # given
    client.force_login(personas[persona])

    # when
    students = autocomplete(client, "child", app_label="classroom", model_name="enrolment", field_name="student")
    parents = autocomplete(client, "parent", app_label="accounts", model_name="childprofile", field_name="parent")

    # then
    assert students.status_code == 403
    assert parents.status_code == 403
    assert personas.child_b.email not in content(students)


def test_parent_autocomplete_of_classes_is_refused(client, personas):
    # given
    client.force_login(personas.parent_a)

    # when
    response = autocomplete(client, "", **ENROLMENT_CLASSROOM)

    # then
    assert response.status_code == 403
    assert personas.class_1.class_code not in content(response)


# --- parents and operators ----------------------------------------------------------------------------


def test_parent_has_no_classroom_admin(client, personas):
    # given
    client.force_login(personas.parent_a)

    # when
    listing = client.get(admin_url(Classroom, "changelist"))
    deletion = client.post(admin_url(Classroom, "delete", personas.class_1.pk), {"post": "yes"})

    # then
    assert listing.status_code == 403
    assert deletion.status_code in (302, 403)
    assert Classroom.objects.filter(pk=personas.class_1.pk).exists()


def test_operator_sees_every_class(client, personas, operator):
    # given
    client.force_login(operator)

    # when
    listing = client.get(admin_url(Classroom, "changelist"))
    page = client.get(admin_url(Classroom, "change", personas.class_2.pk))

    # then
    assert changelist_pks(listing) == {personas.class_1.pk, personas.class_2.pk}
    assert page.status_code == 200
    assert personas.child_b.email in content(page)


def test_operator_autocomplete_of_classes_offers_every_class(client, personas, operator):
    # given
    client.force_login(operator)

    # when
    response = autocomplete(client, "", **ENROLMENT_CLASSROOM)

    # then
    assert {row["id"] for row in response.json()["results"]} == {str(personas.class_1.pk), str(personas.class_2.pk)}


def test_parent_cannot_open_the_classroom_admin(client, personas):
    # given
    client.force_login(personas.parent_a)

    # when
    listing = client.get(admin_url(Classroom, "changelist"))
    page = client.get(admin_url(Classroom, "change", personas.class_1.pk))
    add = client.post(admin_url(Classroom, "add"), {"name": "Parent's class", "is_active": "on"})

    # then
    assert listing.status_code == 403
    assert page.status_code in (302, 403)
    assert add.status_code == 403
    assert not Classroom.objects.filter(name="Parent's class").exists()
