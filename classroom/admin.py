"""Classes in the admin, with the family's consent (decision 13).

- A teacher runs its own classes: it invites children by email (never picks from a list of
  children), sees the addresses it invited as waiting until a family accepts (a declined address,
  or one that is no child's, looks the same), sees the students once enrolled, and may remove one.
- A parent answers invitations in its inbox (a section registered here) and may take a child out
  of a class at any time ("Enrolments": its children's classes).
- Operators see everything.

The teacher's pages about a class beside its own (progress, a module's quiz results, a student's
learning, their CSV files) are ``classroom.admin_reports``, routed by ``ClassroomAdmin.get_urls``; its
home page, a card per class, is ``classroom.admin_home``.
"""

import copy
from datetime import time
from functools import partial

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.widgets import AdminSplitDateTime
from django.core.validators import validate_email
from django.template.defaultfilters import pluralize
from django.urls import path, reverse
from django.utils.html import format_html

from accounts import scoping
from accounts.admin_inbox import InboxSection, inbox_section_register
from accounts.admin_site import ScopedModelAdmin, child_filter, home_page_register
from accounts.models import Role, TeacherProfile
from classroom import admin_home, admin_reports, selectors, services
from classroom import scoping as classroom_scoping
from classroom.exports import class_progress_csv
from classroom.models import Classroom, Enrolment, Invitation, ModuleAssignment
from coincraft.exceptions import DomainError
from learning.admin import module_page_links_register
from learning.models import Module

MAX_INVITATIONS_AT_ONCE = 100


class EnrolmentInline(admin.TabularInline):
    model = Enrolment
    extra = 0
    fields = ["student", "created_at", "learning"]
    readonly_fields = ["student", "created_at", "learning"]
    verbose_name = "enrolled student"
    template = "admin/classroom/enrolment_inline.html"  # the table, then the rule of "needs support"

    def get_queryset(self, request):
        return selectors.enrolments_with_performance(super().get_queryset(request)
                                                     .select_related("student", "classroom"))

    @admin.display(description="Learning")
    def learning(self, obj):
        if obj.pk is None:
            return ""
        perf = selectors.StudentPerformance.of(obj)
        url = reverse("admin:classroom_classroom_student", args=[obj.classroom_id, obj.student_id])
        text = format_html('<a href="{}">See its learning</a> · mean score {} ({} completed)', url,
                           perf.performance, perf.modules_completed)
        if perf.needs_support:
            text = format_html('{} · <strong class="cc-flag">{}</strong>', text, "⚠ needs support")
        return text

    def has_add_permission(self, request, obj=None):
        return False  # children are invited by email on the class form; their family decides

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return obj is None or request.user.is_superuser or obj.teacher.user_id == request.user.pk

    def has_view_permission(self, request, obj=None):
        return True


class InvitationInline(admin.TabularInline):
    """The addresses the teacher invited, until a family accepts: never which of them is a child's."""

    model = Invitation
    extra = 0
    fields = ["address", "created_at", "answer"]
    readonly_fields = fields
    verbose_name = "invitation sent"
    verbose_name_plural = "invitations sent (the child appears among the students once its family accepts)"

    def get_queryset(self, request):
        return selectors.invitations_sent(super().get_queryset(request))

    @admin.display(description="Answer")
    def answer(self, obj):
        return "Waiting for the family"

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def has_view_permission(self, request, obj=None):
        return True


class ModuleAssignmentInline(admin.TabularInline):
    model = ModuleAssignment
    extra = 0
    fields = ["module", "due_date", "students_done", "quiz_results", "created_at"]
    readonly_fields = fields
    verbose_name = "assigned module"

    def get_queryset(self, request):
        return selectors.assignments_with_completion(super().get_queryset(request)
                                                     .select_related("module", "classroom"))

    @admin.display(description="Students done")
    def students_done(self, obj):
        if obj.pk is None:
            return ""
        done = f"{obj.students_done} of {obj.students}"
        if obj.students_late:
            return format_html('{} · <strong class="cc-late">overdue for {} student{}</strong>', done,
                               obj.students_late, pluralize(obj.students_late))
        return done

    @admin.display(description="Quiz results")
    def quiz_results(self, obj):
        if obj.pk is None:
            return ""
        url = reverse("admin:classroom_classroom_quiz_report", args=[obj.classroom_id, obj.module_id])
        return format_html('<a href="{}">Which questions students miss</a>', url)

    def has_add_permission(self, request, obj=None):
        return False  # assigned with "Assign a module" on the class form, through the service

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return obj is None or request.user.is_superuser or obj.teacher.user_id == request.user.pk

    def has_view_permission(self, request, obj=None):
        return True


class DueDateField(forms.SplitDateTimeField):
    """A due date picked with the admin's own calendar (and clock): a day without a time is due at the
    end of that day."""

    END_OF_DAY = time(23, 59)

    def __init__(self, **kwargs):
        super().__init__(widget=AdminSplitDateTime, **kwargs)

    def compress(self, data_list):
        if data_list and data_list[0] not in self.empty_values and data_list[1] in self.empty_values:
            data_list = [data_list[0], self.END_OF_DAY]
        return super().compress(data_list)


UNPUBLISHED_CHOICE = ("Choose a published module: a draft cannot be assigned to a class (publish it on its page "
                      "first).")


class ClassroomForm(forms.ModelForm):
    assign_module = forms.ModelChoiceField(
        queryset=Module.objects.none(), required=False, error_messages={"invalid_choice": UNPUBLISHED_CHOICE},
        help_text="Give every student of the class this module (students who join later get it too). Only "
                  "published modules are listed: publish a draft on its page to assign it.",
    )
    assign_due_date = DueDateField(required=False, help_text="Optional. A day without a time is due at the end "
                                                              "of that day.")
    invite_students = forms.CharField(
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text="Emails to invite, separated by commas or new lines. Each child's family is asked; the child "
                  "appears among the students once its family accepts. Children may also join with the class code.",
    )
    # The teacher a new class will belong to when the form has no "teacher" field (set by ClassroomAdmin).
    acting_teacher_id = None

    class Meta:
        model = Classroom
        fields = ["name", "description", "grade", "is_active"]

    def clean(self):
        data = super().clean()
        # (teacher, name) is unique; without a "teacher" field Django's own check skips it, and the
        # database would refuse the save with an IntegrityError instead of a message on the field.
        name = data.get("name")
        teacher_id = self.instance.teacher_id or self.acting_teacher_id
        if "teacher" not in self.fields and name and teacher_id and Classroom.objects.filter(
            teacher_id=teacher_id, name=name
        ).exclude(pk=self.instance.pk).exists():
            self.add_error("name", f"You already have a class named '{name}'.")
        return data

    def clean_invite_students(self):
        """The emails, checked for their form only: whether one belongs to a child is never told."""
        raw = self.cleaned_data.get("invite_students") or ""
        emails = list(dict.fromkeys(e.strip().lower() for e in raw.replace(",", "\n").splitlines() if e.strip()))
        malformed = []
        for email in emails:
            try:
                validate_email(email)
            except forms.ValidationError:
                malformed.append(email)
        if malformed:
            raise forms.ValidationError(f"Not an email address: {', '.join(malformed)}")
        if len(emails) > MAX_INVITATIONS_AT_ONCE:
            raise forms.ValidationError(f"Invite at most {MAX_INVITATIONS_AT_ONCE} addresses at a time.")
        return emails


@admin.register(Classroom)
class ClassroomAdmin(ScopedModelAdmin):
    role_actions = {Role.TEACHER: {"view", "add", "change", "delete"}}
    form = ClassroomForm
    # Explicit: the student count's GROUP BY drops Meta.ordering, and autocomplete pages the result.
    ordering = ["-created_at"]
    list_display = ["name", "class_code", "grade", "is_active", "student_count", "created_at"]
    list_filter = ["is_active"]
    search_fields = ["name", "class_code"]
    readonly_fields = ["class_code", "created_at", "progress"]
    inlines = [EnrolmentInline, InvitationInline, ModuleAssignmentInline]
    actions = ["download_progress_csv"]

    @admin.action(description="Download the selected class's progress as CSV")
    def download_progress_csv(self, request, queryset):
        classes = list(queryset[:2])
        if len(classes) != 1:
            self.message_user(request, "Choose exactly one class to download.", messages.WARNING)
            return None
        return admin_reports.csv_response(class_progress_csv(classes[0]),
                                          f"class-{classes[0].class_code}-progress.csv")

    @admin.display(description="Progress")
    def progress(self, obj):
        url = reverse("admin:classroom_classroom_progress", args=[obj.pk])
        return format_html('<a href="{}">See every student\'s progress on the assigned modules</a>', url)

    def get_urls(self):
        def page(route, view, name):
            return path(route, self.admin_site.admin_view(partial(view, self)), name=f"classroom_classroom_{name}")

        return [
            page("<uuid:object_id>/progress/", admin_reports.class_progress_view, "progress"),
            page("<uuid:object_id>/progress.csv", admin_reports.class_progress_csv_view, "progress_csv"),
            page("<uuid:object_id>/modules/<uuid:module_id>/quiz/", admin_reports.quiz_report_view, "quiz_report"),
            page("<uuid:object_id>/modules/<uuid:module_id>/quiz-questions.csv",
                 admin_reports.quiz_questions_csv_view, "quiz_questions_csv"),
            page("<uuid:object_id>/modules/<uuid:module_id>/quiz-answers.csv",
                 admin_reports.quiz_answers_csv_view, "quiz_answers_csv"),
            page("<uuid:object_id>/students/<uuid:student_id>/", admin_reports.student_view, "student"),
            *super().get_urls(),
        ]

    def change_view(self, request, object_id, form_url="", extra_context=None):
        extra_context = {**(extra_context or {}), "needs_support_rule": selectors.NEEDS_SUPPORT_RULE}
        return super().change_view(request, object_id, form_url, extra_context)

    def get_queryset(self, request):
        from django.db.models import Count

        return super().get_queryset(request).annotate(num_students=Count("enrolments"))

    @admin.display(description="Students", ordering="num_students")
    def student_count(self, obj):
        return obj.num_students

    def get_fields(self, request, obj=None):
        fields = ["name", "description", "grade", "is_active", "invite_students", "class_code", "created_at"]
        if obj is not None:
            fields[5:5] = ["assign_module", "assign_due_date", "progress"]
        if request.user.is_superuser:
            fields.insert(0, "teacher")
        return fields

    def may_change_object(self, request, obj):
        return obj.teacher.user_id == request.user.pk

    def has_add_permission(self, request, *args):
        return request.user.is_active and request.user.role == Role.TEACHER

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)
        if request.user.is_superuser and "teacher" not in form.base_fields:
            form.base_fields["teacher"] = forms.ModelChoiceField(queryset=TeacherProfile.objects.all())
        if "assign_module" in form.base_fields:
            # A copy: the declared field is one object shared by every request's form class, so setting
            # its queryset in place would hand this teacher's choices to a concurrent request.
            assign_module = copy.deepcopy(form.base_fields["assign_module"])
            assign_module.queryset = scoping.scoped(request.user, Module.objects.filter(is_published=True))
            form.base_fields["assign_module"] = assign_module
        if obj is None and "teacher" not in form.base_fields:
            own = TeacherProfile.objects.filter(user=request.user).values_list("pk", flat=True)
            form.acting_teacher_id = own.first()
        return form

    def save_model(self, request, obj, form, change):
        data = form.cleaned_data
        if change:
            super().save_model(request, obj, form, change)
        else:
            try:
                created = services.classroom_create(
                    actor=request.user, name=data["name"], description=data.get("description") or "",
                    grade=data.get("grade") or "", teacher=data.get("teacher") if request.user.is_superuser else None,
                )
            except DomainError as exc:
                messages.error(request, exc.detail)
                return
            obj.pk, obj.class_code, obj.teacher = created.pk, created.class_code, created.teacher
            obj._state.adding = False
        emails = data.get("invite_students") or []
        if emails:
            services.invitations_send(actor=request.user, classroom=obj, emails=emails)
            messages.info(request, f"Invitation sent to {len(emails)} address(es). A child appears among the "
                                   "students once its family accepts.")
        if data.get("assign_module"):
            try:
                _, new_rows, _ = services.module_assign(actor=request.user, classroom=obj, module=data["assign_module"],
                                                        due_date=data.get("assign_due_date"))
            except DomainError as exc:
                messages.warning(request, f"The module was not assigned: {exc.detail}")
            else:
                messages.info(request, f"'{data['assign_module'].title}' assigned ({new_rows} new student(s)).")


    def save_formset(self, request, form, formset, change):
        if formset.model is not Enrolment:
            return super().save_formset(request, form, formset, change)
        # Removing a student is the service's (the only change this inline allows).
        formset.save(commit=False)
        for enrolment in formset.deleted_objects:
            services.enrolment_remove(actor=request.user, classroom=enrolment.classroom, student=enrolment.student)


@admin.register(Enrolment)
class EnrolmentAdmin(ScopedModelAdmin):
    """A parent's children's classes: it may take a child out of one at any time (teachers remove
    students on the class's own page)."""

    role_actions = {Role.PARENT: {"view", "delete"}}
    list_display = ["student", "class_name", "teacher", "created_at"]
    list_filter = [child_filter("student")]
    list_select_related = ["student", "classroom__teacher__user"]
    fields = ["student", "class_name", "teacher", "created_at"]
    readonly_fields = fields
    ordering = ["student__name", "created_at"]

    @admin.display(description="Class", ordering="classroom__name")
    def class_name(self, obj):
        return obj.classroom.name

    @admin.display(description="Teacher")
    def teacher(self, obj):
        return obj.classroom.teacher.user.name

    def has_add_permission(self, request, *args):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def may_change_object(self, request, obj):
        return classroom_scoping.may_take_out_of_class(request.user, obj.classroom, obj.student)

    def has_delete_permission(self, request, obj=None):
        # Deleting a class takes its enrolments along, and the admin asks this of each of them: its
        # teacher may (it has no list of enrolments here, only its class's page).
        if obj is not None and request.user.role == Role.TEACHER:
            return classroom_scoping.may_take_out_of_class(request.user, obj.classroom, obj.student)
        return super().has_delete_permission(request, obj)

    def delete_model(self, request, obj):
        services.enrolment_remove(actor=request.user, classroom=obj.classroom, student=obj.student)

    def delete_queryset(self, request, queryset):
        for enrolment in queryset.select_related("classroom__teacher", "student__child_profile"):
            services.enrolment_remove(actor=request.user, classroom=enrolment.classroom, student=enrolment.student)


def _invitation(invitation) -> str:
    return f"{invitation.student.name}'s invitation to {invitation.classroom.name}"


inbox_section_register(InboxSection(
    name="invitations", kind="invitation", title="Class invitations",
    template="admin/classroom/inbox_invitations.html", child="student",
    waiting=lambda actor: selectors.invitations_waiting(actor, limit=None),
    decisions={"approve": lambda actor, obj: services.invitation_accept(actor=actor, invitation=obj),
               "reject": lambda actor, obj: services.invitation_decline(actor=actor, invitation=obj)},
    describe=_invitation,
    said={"approve": lambda invitation: f"{invitation.student.name} joined {invitation.classroom.name} "
                                        f"({invitation.classroom.teacher.user.name}'s class).",
          "reject": lambda invitation: f"{_invitation(invitation)} was declined; the teacher is not told."},
    noun=("invitation", "invitations"), approved="accepted", approve_all="Accept all {n}",
    legend="A teacher asks to have your child in a class. Until you accept, the teacher sees nothing of your "
           "child, not even whether this email belongs to one; declining tells the teacher nothing either.",
))


def _quiz_results_of_module(request, module) -> list[tuple[str, str]]:
    """On a module's admin page: its quiz results in each of the teacher's classes it is assigned to."""
    assignments = (scoping.scoped(request.user, ModuleAssignment.objects.filter(module=module, is_active=True))
                   .select_related("classroom").order_by("classroom__name"))
    return [(f"Quiz results in {a.classroom.name}",
             reverse("admin:classroom_classroom_quiz_report", args=[a.classroom_id, module.pk])) for a in assignments]


module_page_links_register(_quiz_results_of_module)

# A teacher's home page: a card per class (``classroom.admin_home``).
home_page_register(Role.TEACHER, admin_home.teacher_home)
