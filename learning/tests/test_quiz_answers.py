"""Each quiz answer is kept for the teacher: ``POST /api/child/modules/{id}/quiz`` records one
`QuizAnswer` per answered question (the options chosen, right or not, the attempt) in the
transaction that scores the attempt, and its answer stays what it was. A refused or failed
submission records nothing; the teacher's report reads each student's first try."""

from __future__ import annotations

import uuid

import pytest

from accounts.tests.factories import ChildFactory
from learning import selectors, services
from learning.models import QuizAnswer, UserModuleProgress
from learning.tests.factories import OptionFactory, ProgressFactory, QuestionFactory
from learning.tests.helpers import assert_error, quiz_module


def quiz(client, module, body):
    return client.post(f"/api/child/modules/{module.pk}/quiz", body, format="json")


def recorded(child, module) -> list[tuple]:
    """(question text, attempt, right, chosen option texts) of each recorded answer."""
    return sorted((a.question.question_text, a.attempt, a.is_correct,
                   tuple(sorted(o.option_text for o in a.chosen_options.all())))
                  for a in QuizAnswer.objects.filter(student=child, module=module).select_related("question"))


# --- recording ---------------------------------------------------------------------------------------


def test_a_submitted_quiz_records_one_answer_per_question(personas, as_user):
    # given
    built = quiz_module()
    ProgressFactory(module=built.module, user=personas.child_a)

    # when
    response = quiz(as_user(personas.child_a), built.module, built.answers(single=False, multiple=True))

    # then
    assert response.status_code == 200
    assert recorded(personas.child_a, built.module) == [
        ("Where do savings go?", 1, False, ("The sofa",)),
        ("Which are needs?", 1, True, ("Food", "Water")),
    ]
    answer = QuizAnswer.objects.filter(student=personas.child_a).first()
    assert (answer.module_id, answer.student_id) == (built.module.pk, personas.child_a.pk)


def test_each_attempt_is_numbered_like_the_progress_counts_it(personas, as_user):
    # given
    built = quiz_module()
    client = as_user(personas.child_a)

    # when: a failed try, then a passed one
    quiz(client, built.module, built.answers(single=False, multiple=False))
    quiz(client, built.module, built.answers())

    # then
    assert recorded(personas.child_a, built.module) == [
        ("Where do savings go?", 1, False, ("The sofa",)),
        ("Where do savings go?", 2, True, ("A piggy bank",)),
        ("Which are needs?", 1, False, ("Toys",)),
        ("Which are needs?", 2, True, ("Food", "Water")),
    ]
    assert UserModuleProgress.objects.get(user=personas.child_a, module=built.module).quiz_attempts == 2


def test_a_question_left_out_has_no_answer_and_a_foreign_option_is_not_kept(personas, as_user):
    # given: the first question answered with another quiz's option, the second left out (and an
    # unknown question answered)
    built = quiz_module()
    other = quiz_module()
    body = {"answers": {str(built.single.pk): [str(other.single_right[0].pk)],
                        str(uuid.uuid4()): [str(built.multiple_right[0].pk)],
                        str(built.multiple.pk): []}}

    # when
    response = quiz(as_user(personas.child_a), built.module, body)

    # then
    assert response.json()["score"] == 0
    assert recorded(personas.child_a, built.module) == [("Where do savings go?", 1, False, ())]
    assert not QuizAnswer.objects.filter(module=other.module).exists()


def test_recording_answers_leaves_the_quiz_answer_as_it_was(personas, as_user):
    # given
    built = quiz_module(points_reward=40)

    # when
    body = quiz(as_user(personas.child_a), built.module, built.answers()).json()

    # then: the contract's shape, nothing about the stored answers
    assert set(body) == {"score", "passed", "results", "coins_earned", "first_completion", "xp_earned",
                         "total_coins"}
    assert [set(r) for r in body["results"]] == [{"question_id", "correct", "explanation", "correct_options"}] * 2
    assert QuizAnswer.objects.count() == 2


# --- nothing recorded when the submission fails ------------------------------------------------------


def test_a_submission_that_fails_while_paying_records_no_answer_and_no_attempt(personas, as_user, monkeypatch):
    # given: paying the module's coins fails, after the attempt and its answers were written
    built = quiz_module(points_reward=40)
    ProgressFactory(module=built.module, user=personas.child_a)

    def broken_payment(**kwargs):
        assert QuizAnswer.objects.filter(student=personas.child_a).count() == 2  # written, not yet committed
        raise RuntimeError("the ledger is down")

    monkeypatch.setattr(services, "ledger_post", broken_payment)

    # when
    with pytest.raises(RuntimeError):
        services.quiz_submit(actor=personas.child_a, module=built.module,
                             answers={str(k): v for k, v in built.answers()["answers"].items()})

    # then: the whole submission is undone
    assert not QuizAnswer.objects.exists()
    progress = UserModuleProgress.objects.get(user=personas.child_a, module=built.module)
    assert (progress.quiz_attempts, progress.failed_attempts, progress.is_completed) == (0, 0, False)


def test_a_refused_submission_records_no_answer(personas, as_user):
    # given
    built = quiz_module(created_by=personas.teacher_1)

    # when
    response = quiz(as_user(personas.teacher_1), built.module, built.answers())

    # then
    assert_error(response, 403, "Only children/teens can submit quizzes")
    assert not QuizAnswer.objects.exists()


def test_a_malformed_submission_records_no_answer(personas, as_user):
    # given
    built = quiz_module()

    # when
    response = quiz(as_user(personas.child_a), built.module, {"answers": {str(built.single.pk): ["not-a-uuid"]}})

    # then
    assert response.status_code == 400
    assert not QuizAnswer.objects.exists()


# --- the report over the answers ---------------------------------------------------------------------


def submit(child, built, single: bool, multiple: bool, *, wrong_multiple=None):
    answers = {str(k): v for k, v in built.answers(single=single, multiple=multiple)["answers"].items()}
    if wrong_multiple is not None:
        answers[str(built.multiple.pk)] = [str(o.pk) for o in wrong_multiple]
    return services.quiz_submit(actor=child, module=built.module, answers=answers)


def test_the_report_counts_each_students_first_try(personas):
    # given: child_a misses the first question, then gets it right; teen_a gets both right at once;
    # student_1 chose Food only (a right option, but not all of them) then Toys; child_b is not counted
    built = quiz_module()
    submit(personas.child_a, built, single=False, multiple=True)
    submit(personas.child_a, built, single=True, multiple=True)
    submit(personas.teen_a, built, single=True, multiple=True)
    submit(personas.student_1, built, single=True, multiple=False, wrong_multiple=built.multiple_right[:1])
    submit(personas.student_1, built, single=True, multiple=False)
    submit(personas.child_b, built, single=False, multiple=False)
    students = [personas.child_a.pk, personas.teen_a.pk, personas.student_1.pk]

    # when
    report = selectors.quiz_report(built.module, students)

    # then
    single, multiple = report.questions
    assert (single.number, single.answered, single.correct, single.percent_correct) == (1, 3, 2, 66.7)
    assert (multiple.number, multiple.answered, multiple.correct, multiple.percent_correct) == (2, 3, 2, 66.7)
    assert [(o.letter, o.option_text) for o in single.options] == [("A", "A piggy bank"), ("B", "The sofa")]
    assert single.most_chosen_wrong == (built.single_wrong[0], 1)
    assert multiple.most_chosen_wrong is None  # Food is right, though not the whole answer
    first = report.answer_of(personas.child_a.pk, single)
    assert (first.attempt, first.is_correct, first.right_later, [o.letter for o in first.choices]) == (
        1, False, True, ["B"])
    later = report.answer_of(personas.student_1.pk, multiple)
    assert (later.is_correct, later.right_later, [o.letter for o in later.choices]) == (False, False, ["A"])
    assert report.answer_of(personas.child_b.pk, single) is None


def test_the_report_puts_the_hardest_question_first_and_unanswered_ones_last(personas):
    # given: a third question nobody answered; the second is missed by more students than the first
    built = quiz_module()
    third = QuestionFactory(section=built.single.section, question_text="Unanswered?", order_index=3)
    OptionFactory(question=third, is_correct=True)
    submit(personas.child_a, built, single=True, multiple=False)
    submit(personas.teen_a, built, single=False, multiple=False)
    submit(personas.student_1, built, single=True, multiple=False)

    # when
    report = selectors.quiz_report(built.module, [personas.child_a.pk, personas.teen_a.pk, personas.student_1.pk])

    # then
    assert [(r.number, r.percent_correct) for r in report.hardest_first()] == [(2, 0.0), (1, 66.7), (3, None)]
    assert report.hardest_first()[0].most_chosen_wrong == (built.multiple_wrong[0], 3)


@pytest.mark.parametrize("students", [1, 6], ids=["one-student", "six-students"])
def test_the_report_runs_four_queries_whatever_the_number_of_students_and_tries(personas, django_assert_num_queries,
                                                                                 students):
    # given
    built = quiz_module()
    children = [ChildFactory() for _ in range(students)]
    for child in children:
        for _ in range(students):
            submit(child, built, single=False, multiple=False)

    # when
    with django_assert_num_queries(4):
        report = selectors.quiz_report(built.module, [c.pk for c in children])

    # then
    assert [r.answered for r in report.questions] == [students, students]
