"""Questions written before they had a kind keep how the app showed and scored them: the migration
makes one with several correct options a "pick all that are right" question (kind "multiple"), every
other one a single-answer question."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from learning.models import QuizQuestion
from learning.tests.factories import OptionFactory, QuestionFactory

BEFORE_KINDS = [("learning", "0006_quiz_answers")]


def question(*correct: bool) -> QuizQuestion:
    made = QuestionFactory()
    for index, right in enumerate(correct, start=1):
        OptionFactory(question=made, is_correct=right, order_index=index)
    return made


@pytest.mark.django_db(transaction=True)
def test_the_migration_gives_existing_questions_the_kind_their_correct_options_meant():
    # given: questions from before kinds (their kind column is dropped going back, and added again)
    one_right, two_right, all_right, none_right, no_options = (
        question(True, False, False), question(True, True, False), question(True, True), question(False, False),
        question())
    executor = MigrationExecutor(connection)
    executor.migrate(BEFORE_KINDS)

    # when
    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())

    # then
    kinds = dict(QuizQuestion.objects.values_list("pk", "kind"))
    assert [kinds[q.pk] for q in (one_right, two_right, all_right, none_right, no_options)] == [
        "single", "multiple", "multiple", "single", "single"]
