"""The signed-in user's written-out read (accounts.authentication) equals the ORM's."""

import uuid

import pytest
from django.core.exceptions import ValidationError

from accounts.authentication import user_with_child_profile
from accounts.models import User

pytestmark = pytest.mark.django_db


def values(instance) -> dict:
    return {field.attname: getattr(instance, field.attname) for field in instance._meta.concrete_fields}


@pytest.mark.parametrize("persona", ["child_a", "teen_a", "student_1", "parent_a", "teacher_1"])
def test_the_user_and_its_child_profile_are_read_as_the_orm_reads_them(persona, personas, django_assert_num_queries):
    # given
    pk = personas[persona].pk
    orm = User.objects.select_related("child_profile").get(pk=pk)
    # when
    with django_assert_num_queries(1):
        user = user_with_child_profile(str(pk))
    # then
    assert values(user) == values(orm)
    assert (user._state.adding, user._state.db) == (False, orm._state.db)
    with django_assert_num_queries(0):
        if hasattr(orm, "child_profile"):
            assert values(user.child_profile) == values(orm.child_profile)
            assert user.child_profile.user is user
            assert user.child_profile._state.adding is False
        else:
            assert not hasattr(user, "child_profile")  # ChildProfile.DoesNotExist, from the cache


def test_a_user_read_so_saves_as_an_update(personas):
    # given
    user = user_with_child_profile(personas.child_a.pk)
    # when
    user.name = "Renamed"
    user.save()
    user.child_profile.coins += 0
    user.child_profile.save()
    # then
    assert User.objects.get(pk=user.pk).name == "Renamed"
    assert User.objects.filter(email=user.email).count() == 1


def test_an_unknown_user_is_none_and_a_malformed_id_is_refused_as_the_orm_refuses_it(db):
    assert user_with_child_profile(uuid.uuid4()) is None
    with pytest.raises(ValidationError):
        User.objects.filter(pk="not-a-uuid").first()
    with pytest.raises(ValidationError):
        user_with_child_profile("not-a-uuid")
