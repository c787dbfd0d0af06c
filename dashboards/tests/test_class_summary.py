"""``manage.py send_class_summaries`` emails each teacher who asked for it (on its teacher profile, off
by default) last week in its classes: per assigned module how many students are done and how many are
overdue, who needs support, the hardest question of the week, with links to the class's pages. Once
per teacher and week, like the parents' digest; a teacher opts in on its profile's admin page."""

from __future__ import annotations

from contextlib import contextmanager
from datetime import UTC, date, datetime, time, timedelta
from io import StringIO
from unittest import mock

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse

from accounts.models import TeacherProfile
from accounts.tests.admin_helpers import admin_url, changeform_data, content
from accounts.tests.factories import TeacherFactory
from classroom import selectors
from classroom import services as class_services
from classroom.models import ClassSummaryLog
from classroom.tests.factories import ClassroomFactory
from coincraft.days import latest_today
from coincraft.exceptions import InvalidInput
from dashboards.class_summary import class_summaries_send
from learning import services as learning_services
from learning.tests.helpers import quiz_module

WEEK = "2026-03-09"  # a Monday: the summary covers Monday 2 to Sunday 8 March


@contextmanager
def at(day: date, hour: int = 12):
    moment = datetime.combine(day, time(hour), tzinfo=UTC)
    with mock.patch("django.utils.timezone.now", return_value=moment):
        yield


def submit(child, built, *, single: bool, multiple: bool):
    answers = {str(k): v for k, v in built.answers(single=single, multiple=multiple)["answers"].items()}
    return learning_services.quiz_submit(actor=child, module=built.module, answers=answers)


def opt_in(*teachers) -> None:
    TeacherProfile.objects.filter(user__in=teachers).update(weekly_class_summary=True)


def send(*args) -> str:
    out = StringIO()
    call_command("send_class_summaries", *args, stdout=out)
    return out.getvalue()


@pytest.fixture
def a_week(personas):
    """teacher_1's quiz module, assigned to class_1 on 3 March, due 6 March: on 4 March child_a missed
    the first question, then passed; student_1 failed three times. teacher_2's class_2 has it too, where
    child_b failed once on 5 March. A week before, child_a answered another quiz (not this week's)."""
    with at(date(2026, 2, 24)):
        earlier = quiz_module(created_by=personas.teacher_1, title="Earlier Quiz", points_reward=0)
        class_services.module_assign(actor=personas.teacher_1, classroom=personas.class_1, module=earlier.module)
        submit(personas.student_1, earlier, single=True, multiple=False)
    with at(date(2026, 3, 3)):
        built = quiz_module(created_by=personas.teacher_1, title="Saving Quiz", points_reward=0)
        class_services.module_assign(actor=personas.teacher_1, classroom=personas.class_1, module=built.module,
                                     due_date=datetime(2026, 3, 6, 17, tzinfo=UTC))
        class_services.module_assign(actor=personas.teacher_2, classroom=personas.class_2, module=built.module)
    with at(date(2026, 3, 4)):
        submit(personas.child_a, built, single=False, multiple=True)
        submit(personas.child_a, built, single=True, multiple=True)
        for _ in range(3):
            submit(personas.student_1, built, single=False, multiple=False)
    with at(date(2026, 3, 5)):
        submit(personas.child_b, built, single=True, multiple=False)
    return built


# --- who receives it -------------------------------------------------------------------------------------


def test_nobody_receives_a_summary_without_asking_for_it(personas, a_week):
    # when
    out = send("--date", WEEK)

    # then
    assert mail.outbox == []
    assert "0 class summary(ies) sent, 0 skipped (nothing happened), of 0 teachers" in out
    assert TeacherFactory().teacher_profile.weekly_class_summary is False


def test_a_teacher_who_asked_receives_its_classes_week(personas, a_week, settings):
    # given
    settings.FRONTEND_URL = "https://coincraft.example.org"
    opt_in(personas.teacher_1)

    # when
    with at(date(2026, 3, 9), hour=7):
        out = send("--date", WEEK, "-v2")

    # then
    assert "sent to teacher.1@example.com" in out
    (summary,) = mail.outbox
    assert summary.to == ["teacher.1@example.com"]
    assert summary.subject == "Your classes' week: Mar 02 - Mar 08"
    body = summary.body
    assert "Class One (2 students)" in body
    assert "- Saving Quiz: 1 of 2 done, 1 overdue, due Mar 06." in body
    assert "- Earlier Quiz: 0 of 2 done." in body
    assert "- Needs support: Student One." in body
    assert ('- Hardest question of the week (Saving Quiz): "Where do savings go?", right on the first try for 0 '
            'of 2 (0%).') in body
    class_1 = personas.class_1
    quiz_report = reverse("admin:classroom_classroom_quiz_report", args=[class_1.pk, a_week.module.pk])
    assert f"(0%). https://coincraft.example.org{quiz_report}" in body
    assert f"- The class: https://coincraft.example.org/admin/classroom/classroom/{class_1.pk}/change/" in body
    assert selectors.NEEDS_SUPPORT_RULE in body
    assert "Child B" not in body and "Class Two" not in body


def test_the_hardest_question_counts_only_the_weeks_first_answers(personas, a_week):
    # given: the earlier quiz was answered the week before
    with at(date(2026, 3, 9)):
        hardest = selectors.hardest_question(personas.class_1, datetime(2026, 3, 2, tzinfo=UTC),
                                             datetime(2026, 3, 8, 23, 59, tzinfo=UTC))
        earlier = selectors.hardest_question(personas.class_1, datetime(2026, 2, 23, tzinfo=UTC),
                                             datetime(2026, 3, 1, 23, 59, tzinfo=UTC))
        empty = selectors.hardest_question(personas.class_1, datetime(2026, 3, 9, tzinfo=UTC),
                                           datetime(2026, 3, 15, 23, 59, tzinfo=UTC))

    # then
    assert (hardest.module_title, hardest.question_text, hardest.answered, hardest.correct) == (
        "Saving Quiz", "Where do savings go?", 2, 0)
    assert (earlier.module_title, earlier.answered) == ("Earlier Quiz", 1)
    assert empty is None


def test_a_week_without_answers_says_so(personas, a_week):
    # given
    opt_in(personas.teacher_1)

    # when
    send("--date", "2026-03-16")

    # then
    (summary,) = mail.outbox
    assert "- No quiz answered this week." in summary.body


def test_a_teacher_without_students_is_skipped(personas):
    # given
    lonely = TeacherFactory(email="lonely.teacher@example.com")
    ClassroomFactory(teacher=lonely.teacher_profile, name="Empty Class")
    opt_in(lonely)

    # when
    out = send("--date", WEEK, "-v2")

    # then
    assert mail.outbox == []
    assert "skipped lonely.teacher@example.com: nothing happened that week" in out
    assert "0 class summary(ies) sent, 1 skipped (nothing happened), of 1 teachers" in out
    assert not ClassSummaryLog.objects.exists()


# --- once a week; never ahead; dry runs; quiet ---------------------------------------------------------


def test_a_summary_is_sent_once_per_week(personas, a_week):
    # given
    opt_in(personas.teacher_1, personas.teacher_2)
    send("--date", WEEK)

    # when: the same week again (another day of it), then the next week
    again = send("--date", "2026-03-12")
    next_week = send("--date", "2026-03-16")

    # then
    assert "0 class summary(ies) sent" in again
    assert "2 class summary(ies) sent" in next_week
    assert sorted(m.to[0] for m in mail.outbox) == ["teacher.1@example.com", "teacher.1@example.com",
                                                    "teacher.2@example.com", "teacher.2@example.com"]
    assert ClassSummaryLog.objects.count() == 4


def test_a_dry_run_sends_and_records_nothing(personas, a_week):
    # given
    opt_in(personas.teacher_1)

    # when
    out = send("--date", WEEK, "--dry-run")

    # then
    assert "would send to teacher.1@example.com" in out
    assert "1 class summary(ies) would be sent" in out
    assert mail.outbox == [] and not ClassSummaryLog.objects.exists()


def test_verbosity_0_is_quiet(personas, a_week):
    # given
    opt_in(personas.teacher_1)

    # when
    out = send("--date", WEEK, "-v0")

    # then
    assert out == ""
    assert len(mail.outbox) == 1


def test_the_service_refuses_a_day_after_today(personas, a_week):
    # given
    opt_in(personas.teacher_1)
    tomorrow = latest_today() + timedelta(days=1)

    # when / then
    for dry_run in (False, True):
        with pytest.raises(InvalidInput, match="has not come yet"):
            class_summaries_send(today=tomorrow, dry_run=dry_run)
    assert mail.outbox == [] and not ClassSummaryLog.objects.exists()


# --- the teacher's choice, on its profile's admin page ---------------------------------------------------


def test_a_teacher_opts_in_on_its_profile_page(client, personas):
    # given
    client.force_login(personas.teacher_1)
    profile = personas.teacher_1.teacher_profile
    url = admin_url(TeacherProfile, "change", profile.pk)
    page = client.get(url)
    assert "Weekly class summary by email" in content(page)
    assert "Off unless you tick it." in content(page)
    assert page.context["adminform"].form["weekly_class_summary"].value() is False

    # when
    response = client.post(url, changeform_data(page, weekly_class_summary="on"))

    # then
    assert response.status_code == 302
    profile.refresh_from_db()
    assert profile.weekly_class_summary is True


def test_a_teacher_cannot_opt_another_teacher_in(client, personas):
    # given
    client.force_login(personas.teacher_1)
    own = client.get(admin_url(TeacherProfile, "change", personas.teacher_1.teacher_profile.pk))
    other = personas.teacher_2.teacher_profile

    # when
    response = client.post(admin_url(TeacherProfile, "change", other.pk),
                           changeform_data(own, weekly_class_summary="on"))

    # then
    assert response.status_code in (302, 403, 404)
    other.refresh_from_db()
    assert other.weekly_class_summary is False
