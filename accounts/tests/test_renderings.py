"""The hand-built answers of the hot screens render exactly as the serializers they stand for."""

import pytest
from rest_framework.renderers import JSONRenderer

from accounts.api.serializers import ChildSummarySerializer, UserReadSerializer, child_summary, user_read
from accounts.models import User

render = JSONRenderer().render


@pytest.mark.django_db
@pytest.mark.parametrize("who", ["parent_a", "child_a", "teen_a", "teacher_1"])
def test_user_read_renders_as_the_user_serializer(personas, who):
    user = User.objects.get(pk=personas[who].pk)
    assert render(user_read(user)) == render(UserReadSerializer(user).data)


@pytest.mark.django_db
def test_child_summary_renders_as_the_child_summary_serializer(personas, give_coins):
    # given children with coins, an age and a streak's worth of activity
    give_coins(personas["child_a"], 30)
    children = list(User.objects.filter(pk__in=[personas["child_a"].pk, personas["teen_a"].pk])
                    .select_related("child_profile").order_by("email"))
    # then
    assert render([child_summary(c) for c in children]) == render(ChildSummarySerializer(children, many=True).data)
    assert b'"coins":30' in render([child_summary(c) for c in children])
