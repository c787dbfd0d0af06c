"""A teacher sets its own time zone on its profile page in the admin: the due dates it types there are
read on that clock, and the admin shows them on it (``coincraft.middleware.AdminTimeZoneMiddleware``)."""

from __future__ import annotations

from datetime import UTC, datetime

from django.urls import reverse

from accounts.models import TeacherProfile
from accounts.tests.admin_helpers import admin_url, changeform_data, content
from classroom.models import Classroom, ModuleAssignment
from learning.tests.factories import ModuleFactory


def test_a_teachers_due_dates_are_typed_and_shown_on_its_own_clock(client, personas):
    # given: teacher 1 teaches in Auckland (UTC+13 in January)
    client.force_login(personas.teacher_1)
    profile = TeacherProfile.objects.get(user=personas.teacher_1)
    page = client.get(admin_url(TeacherProfile, "change", profile.pk))
    assert TeacherProfile._meta.get_field("time_zone").help_text in content(page)
    saved = client.post(admin_url(TeacherProfile, "change", profile.pk),
                        changeform_data(page, time_zone="Pacific/Auckland"))
    assert saved.status_code == 302
    module = ModuleFactory(created_by=personas.teacher_1, title="Pocket Money")
    class_page = client.get(admin_url(Classroom, "change", personas.class_1.pk))
    # when: due at 10:00 on 15 January 2030, typed in the admin
    client.post(admin_url(Classroom, "change", personas.class_1.pk),
                changeform_data(class_page, assign_module=str(module.pk), assign_due_date_0="2030-01-15",
                                assign_due_date_1="10:00:00"))
    # then: 10:00 in Auckland, 21:00 UTC the day before; the progress page shows it on the teacher's clock
    due = ModuleAssignment.objects.get(classroom=personas.class_1, module=module).due_date
    assert due == datetime(2030, 1, 14, 21, 0, tzinfo=UTC)
    progress = content(client.get(reverse("admin:classroom_classroom_progress", args=[personas.class_1.pk])))
    assert "due Jan 15" in progress and "due Jan 14" not in progress
