"""The lessons on a parent's home page in the admin: each child's card lists the lessons its teachers
assigned that it has not completed (started ones included), soonest due first, overdue marked, the
first few named and the rest counted; completed lessons are not listed, and the lesson it reads on its
own (the latest it started without a teacher) is named apart; another family's child never shows, and
the page costs the same queries at any size."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from accounts.tests.admin_helpers import content
from accounts.tests.factories import ChildFactory
from learning.admin import CARD_LESSONS
from learning.tests.factories import ModuleFactory, ProgressFactory

HOME = "/admin/"


def lessons_on_card(response, child):
    [card] = [card for card in response.context["cards"] if card["child"].pk == child.pk]
    return next(value for part, value in card["parts"] if part.name == "lessons")


def assigned(child, title: str, due_in_days: float | None, **fields):
    """A lesson a teacher assigned to the child (as an assignment writes its progress row)."""
    due = None if due_in_days is None else timezone.now() + timedelta(days=due_in_days)
    return ProgressFactory(user=child, module=ModuleFactory(title=title), assigned_at=timezone.now(), due_date=due,
                           **fields)


def test_a_childs_card_lists_its_lessons_to_do_soonest_due_first_with_the_overdue_ones_marked(client, personas):
    # given
    assigned(personas.child_a, "No date", None)
    assigned(personas.child_a, "Next week", 7)
    assigned(personas.child_a, "Last week", -7)
    assigned(personas.child_a, "Started", 2, status="in_progress", progress_percentage=50)
    assigned(personas.child_a, "Done", -3, status="completed", is_completed=True)
    ProgressFactory(user=personas.child_a, module=ModuleFactory(title="On its own"), status="in_progress",
                    progress_percentage=40)
    assigned(personas.child_b, "Another family's", 1)
    client.force_login(personas.parent_a)

    # when
    response = client.get(HOME)

    # then
    lessons = lessons_on_card(response, personas.child_a)
    assert [(row["title"], row["overdue"]) for row in lessons["rows"]] == [
        ("Last week", True), ("Started", False), ("Next week", False)][:CARD_LESSONS]
    assert (lessons["more"], lessons["overdue"]) == (1, 1)
    assert lessons["resumed"]["title"] == "On its own"
    assert lessons_on_card(response, personas.teen_a) is None
    body = content(response)
    assert "Lessons to do <span class=\"cc-quiet\">(1 overdue)</span>" in body
    assert "overdue since" in body and "and 1 more" in body
    assert "No lesson from a teacher to do." in body  # (Teen A's card)
    assert "Reading on its own: <span>On its own</span>" in body and "(40% read)" in body
    for text in ("Done", "Another family"):
        assert text not in body


def test_a_child_reading_only_on_its_own_has_no_lesson_to_do_but_its_reading_named(client, personas):
    # given: the teen opened a lesson by itself and read nothing yet; it finished another
    ProgressFactory(user=personas.teen_a, module=ModuleFactory(title="Just opened"), status="in_progress")
    ProgressFactory(user=personas.teen_a, module=ModuleFactory(title="Finished"), status="completed",
                    is_completed=True, progress_percentage=100)
    client.force_login(personas.parent_a)

    # when
    response = client.get(HOME)

    # then
    lessons = lessons_on_card(response, personas.teen_a)
    assert (lessons["rows"], lessons["overdue"], lessons["resumed"]["title"]) == ([], 0, "Just opened")
    body = content(response)
    assert "Reading on its own: <span>Just opened</span>" in body and "(just opened)" in body
    assert "Finished" not in body


@pytest.mark.parametrize("extra", [0, 4], ids=["two-children", "six-children"])
def test_the_parents_home_with_lessons_runs_a_constant_number_of_queries(client, personas,
                                                                          django_assert_num_queries, extra):
    # given: five lessons for each child of the family, two of them overdue
    kids = [ChildFactory(name=f"Kid {n}", profile__parent=personas.parent_a) for n in range(extra)]
    for child in (personas.child_a, personas.teen_a, *kids):
        for n in range(5):
            assigned(child, f"Lesson {n} of {child.name}", n - 2.5)
    client.force_login(personas.parent_a)
    client.get(HOME)  # the session and the first request's one-off reads

    # when
    # (economy's test of the page counts 19 with recent actions to check; none here: 18, the lessons two of them:
    # those to do and those read on their own)
    with django_assert_num_queries(20):
        response = client.get(HOME)

    # then
    assert [lessons_on_card(response, child)["overdue"] for child in (personas.child_a, personas.teen_a, *kids)] \
        == [3] * (2 + extra)
