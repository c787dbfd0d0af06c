"""A class's progress and quiz results as CSV, for its teacher (the API and the admin)."""

from __future__ import annotations

from collections.abc import Iterator

from classroom import selectors
from coincraft.spreadsheets import csv_lines


def class_progress_csv(classroom) -> Iterator[str]:
    """One row per student and assigned module, with the student's overall performance."""
    grid = selectors.class_progress(classroom)
    header = ["student", "email", "performance", "needs_support", "module", "status", "score", "time_spent_minutes",
              "failed_attempts", "completed_at"]

    def rows():
        for line in grid.rows():
            student, p = line["student"], line["perf"]
            for assignment, row, _ in line["cells"] or [(None, None, False)]:
                yield [student.name, student.email, p.performance, p.needs_support,
                       assignment.module.title if assignment else "", row.status if row else "not_assigned",
                       row.score if row else "", row.time_spent if row else 0, row.failed_attempts if row else 0,
                       row.completed_at.isoformat() if row and row.completed_at else ""]

    return csv_lines(header, rows())


def _choices(answer) -> str:
    return "; ".join(f"{option.letter}. {option.option_text}" for option in answer.choices)


def quiz_questions_csv(report: selectors.ClassQuizReport) -> Iterator[str]:
    """The quiz's questions, hardest first, as the report's first table reads them."""
    header = ["question_number", "question", "students_answered", "students_in_class", "percent_right_first_try",
              "right_answer", "most_chosen_wrong_answer", "chosen_by"]

    def rows():
        for result in report.quiz.hardest_first():
            wrong = result.most_chosen_wrong
            yield [result.number, result.question.question_text, result.answered, len(report.students),
                   "" if result.percent_correct is None else result.percent_correct,
                   "; ".join(f"{o.letter}. {o.option_text}" for o in result.options if o.is_correct),
                   f"{wrong[0].letter}. {wrong[0].option_text}" if wrong else "", wrong[1] if wrong else 0]

    return csv_lines(header, rows())


def quiz_answers_csv(report: selectors.ClassQuizReport) -> Iterator[str]:
    """One row per student and question: its first answer, and whether it was right then or later."""
    header = ["student", "email", "quiz_tries", "module_score", "question_number", "question", "first_answer",
              "right_first_try", "right_on_a_later_try"]

    def rows():
        for student, progress, answers in report.rows():
            tries = progress.quiz_attempts if progress else 0
            score = "" if progress is None or progress.score is None else progress.score
            for result, answer in zip(report.quiz.questions, answers):
                yield [student.name, student.email, tries, score, result.number, result.question.question_text,
                       _choices(answer) if answer else "", "" if answer is None else answer.is_correct,
                       "" if answer is None or answer.is_correct else answer.right_later]

    return csv_lines(header, rows())
