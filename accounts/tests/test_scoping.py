"""The visibility rules of accounts.scoping, persona by persona."""

import pytest

from accounts import scoping, services
from accounts.models import User
from accounts.tests.factories import ChildFactory, ParentFactory


def _visible_names(actor):
    return set(scoping.scoped(actor, User.objects.all()).values_list("name", flat=True))


def test_parent_sees_itself_and_its_family_only(personas):
    assert _visible_names(personas.parent_a) == {"Parent A", "Child A", "Teen A", "Co-parent A"}
    assert _visible_names(personas.parent_b) == {"Parent B", "Child B"}


def test_child_sees_its_family_but_no_other(personas):
    assert _visible_names(personas.child_a) == {"Parent A", "Child A", "Teen A", "Co-parent A"}
    assert _visible_names(personas.child_b) == {"Parent B", "Child B"}


def test_child_without_a_family_sees_only_itself(personas):
    assert _visible_names(personas.student_1) == {"Student One"}


def test_teacher_sees_itself_and_its_enrolled_students(personas):
    assert _visible_names(personas.teacher_1) == {"Teacher One", "Child A", "Student One"}
    assert _visible_names(personas.teacher_2) == {"Teacher Two", "Child B"}


def test_operator_sees_everyone(personas):
    # given
    operator = User.objects.create_superuser(email="ops@example.com", password="x-long-password-1")
    # then
    assert scoping.scoped(operator, User.objects.all()).count() == User.objects.count()


def test_inactive_actor_sees_nothing(personas):
    # given
    personas.parent_a.is_active = False
    # then
    assert _visible_names(personas.parent_a) == set()


def test_guardian_and_acting_rules(personas):
    assert scoping.is_guardian_of(personas.parent_a, personas.child_a)
    assert not scoping.is_guardian_of(personas.parent_b, personas.child_a)
    assert not scoping.is_guardian_of(personas.teen_a, personas.child_a)
    assert scoping.may_act_for(personas.child_a, personas.child_a)
    assert not scoping.may_act_for(personas.teen_a, personas.child_a)


def test_a_path_names_the_family_parent_with_the_callers_id_or_its_first_parents(personas):
    names = scoping.names_family_parent
    # the caller itself, and a co-parent's first parent
    assert names(personas.parent_a, personas.parent_a)
    assert names(personas.coparent_a, personas.coparent_a)
    assert names(personas.coparent_a, personas.parent_a)
    # anyone else: the co-parent for the first parent, a child, another family's parent
    assert not names(personas.parent_a, personas.coparent_a)
    assert not names(personas.coparent_a, personas.child_a)
    assert not names(personas.child_a, personas.parent_a)
    assert not names(personas.parent_b, personas.parent_a)
    assert not names(personas.coparent_a, personas.parent_b)
    assert not names(personas.teacher_1, personas.parent_a)


def test_a_co_parent_who_left_names_its_own_family_only(personas):
    # given
    services.co_parent_remove(actor=personas.coparent_a, co_parent=personas.coparent_a)
    # then
    assert not scoping.names_family_parent(personas.coparent_a, personas.parent_a)
    assert scoping.names_family_parent(personas.coparent_a, personas.coparent_a)


def test_get_visible_or_404_hides_other_families(personas):
    # when / then
    with pytest.raises(scoping.NotFound):
        scoping.get_visible_or_404(personas.parent_b, User.objects.all(), pk=personas.child_a.pk)
    assert scoping.get_visible_or_404(personas.parent_a, User.objects.all(), pk=personas.child_a.pk) == personas.child_a


def test_visibility_filter_is_one_query_whatever_the_family_size(db, django_assert_num_queries):
    # given
    small = ParentFactory()
    ChildFactory(profile__parent=small)
    large = ParentFactory()
    for _ in range(30):
        ChildFactory(profile__parent=large)
    # then
    with django_assert_num_queries(1):
        assert len(list(scoping.scoped(small, User.objects.all()))) == 2
    with django_assert_num_queries(1):
        assert len(list(scoping.scoped(large, User.objects.all()))) == 31


def test_a_model_without_an_owner_cannot_be_scoped():
    # given
    class Unowned:
        __name__ = "Unowned"

    # then
    with pytest.raises(TypeError):
        scoping.visible_q(None, Unowned)
