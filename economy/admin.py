"""The family bank in the admin.

Parents get three sections of the approval inbox (``accounts.admin_inbox``: tasks awaiting approval,
purchase requests, redemptions of their own children, with approve/reject buttons and actions that
call the same services as the app and report "already decided" instead of paying twice; a rejection
may say why, and the child reads it in the app), one-off chores set from "Add" (through the service
the app uses), their children's goals and ledger (read-only), and a "give or deduct coins" form. On
the parent's home page (``accounts.admin_home``) each child's card gets its open goals, this week's
coins earned and spent and links to its ledger and goals. Operators manage the shop catalogue.
Nobody edits the ledger. Lists name the child (not its email), and leave the name out when they show
one child only. What the services decide or change is in each object's history (``accounts.history``).
"""

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.helpers import ActionForm
from django.contrib.admin.widgets import AdminDateWidget
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, StreamingHttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.formats import date_format
from django.utils.html import format_html, format_html_join
from django.utils.timezone import localtime

from accounts import scoping
from accounts.admin import ChildAccountAdmin, ParentProfileAdmin
from accounts.admin_home import ChildCardPart, child_card_part_register
from accounts.admin_inbox import InboxSection, inbox_section_register
from accounts.admin_site import ReadOnlyAdminMixin, ScopedModelAdmin, ServicesKeepHistory, child_filter
from accounts.models import CHILD_ROLES, ChildAccount, ParentProfile, Role
from coincraft.charts import bar_chart, line_chart
from coincraft.days import day_end, this_week_start, today_for
from coincraft.exceptions import DomainError, InvalidInput, NotFound
from coincraft.spreadsheets import csv_lines
from economy import selectors, services
from economy.exports import LEDGER_HEADER, entry_rows
from economy.models import (
    REJECTION_REASON_MAX_LENGTH,
    AllowanceSchedule,
    ChoreRepeat,
    Goal,
    InterestSetting,
    PurchaseRequest,
    RecurringChore,
    RedemptionRequest,
    ShopItem,
    Task,
    Transaction,
)
from economy.weekdays import EVERY_DAY, NO_DAY_MESSAGE, Weekday, weekdays_display, weekdays_format, weekdays_parse

# What the child page's weekly chart counts (``economy.categories``' rules, as the home page's cards).
WEEKLY_CHART_TITLE = ("Coins earned (chores, lessons, games; not pocket money or interest) "
                      "and spent (gifts given included) per week")


def _decide_each(modeladmin, request, queryset, decide, verb, **extra):
    done = refused = 0
    for obj in queryset:
        try:
            decide(actor=request.user, obj=obj, **extra)
            done += 1
        except DomainError as exc:
            refused += 1
            modeladmin.message_user(request, f"{obj}: {exc.detail}", messages.WARNING)
    if done:
        modeladmin.message_user(request, f"{done} {verb}.", messages.SUCCESS)
    if refused and not done:
        modeladmin.message_user(request, "Nothing was changed.", messages.INFO)


def _reject_each(modeladmin, request, queryset, reject, verb):
    """Reject the selected rows with the reason typed beside the actions (none when left empty)."""
    try:
        reason = services.rejection_reason_clean(request.POST.get("reason"))
    except InvalidInput as exc:
        modeladmin.message_user(request, f"Nothing was changed: {exc.detail}.", messages.ERROR)
        return
    _decide_each(modeladmin, request, queryset, reject, verb, reason=reason)


class DecisionActionForm(ActionForm):
    """The actions' bar, with the reason a rejection may give (the child reads it in the app)."""

    reason = forms.CharField(
        required=False, label="Reason (if you reject):",
        widget=forms.TextInput(attrs={"maxlength": REJECTION_REASON_MAX_LENGTH, "size": 30,
                                      "placeholder": "optional: your child reads it"}))


def child_column(field: str):
    """A list column naming the row's child (its name only), sorted by it."""

    @admin.display(description="Child", ordering=f"{field}__name")
    def child(self, obj):
        return getattr(obj, field).name

    return child


# The query parameters that narrow a list to one child: the "by child" filter, and the ledger's link on
# a child's page.
ONE_CHILD_PARAMETERS = ("child", "user__id__exact", "user_id", "assigned_to__id__exact")


class ChildColumnAdmin(ScopedModelAdmin):
    """A list whose "Child" column goes when the list is narrowed to one child (it would repeat the same
    name on every line)."""

    def get_list_display(self, request):
        fields = list(super().get_list_display(request))
        if any(request.GET.get(name) for name in ONE_CHILD_PARAMETERS):
            fields = [f for f in fields if f != "child"]
        return fields


class ParentDecisionAdmin(ChildColumnAdmin):
    """Read-only rows a parent decides on with actions; nothing is edited by hand. Each list reads what,
    who and its status first, so that a phone shows what waits without scrolling sideways."""

    role_actions = {Role.PARENT: {"view", "change"}}
    actions = ["approve_selected", "reject_selected"]
    action_form = DecisionActionForm

    def has_add_permission(self, request, *args):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        # Rows change only through the approve/reject actions (the services). A row's own page is
        # read-only: its "Save" would write the stale row back over a decision taken meanwhile
        # (approved -> completed again, then paid a second time).
        return obj is None and super().has_change_permission(request, obj)

    def get_readonly_fields(self, request, obj=None):
        return [f.name for f in self.model._meta.fields]

    def may_change_object(self, request, obj):
        return scoping.is_guardian_of(request.user, obj.user if hasattr(obj, "user") else obj.assigned_to)

    def get_actions(self, request):
        actions = super().get_actions(request)
        if request.user.role != Role.PARENT and not request.user.is_superuser:
            actions.pop("approve_selected", None)
            actions.pop("reject_selected", None)
        return actions


class OneOffChoreForm(forms.ModelForm):
    """A chore set once by a parent for one of its children (``services.task_create``, as the app's)."""

    coins_reward = forms.IntegerField(label="Coins", min_value=1, max_value=100_000,
                                      help_text="Paid when you approve it done.")
    due_on = forms.DateField(label="Due on", required=False, widget=AdminDateWidget,
                             help_text="Optional: the last day to do it (today or later).")
    description = forms.CharField(required=False, max_length=5000, widget=forms.Textarea(attrs={"rows": 3, "cols": 60}),
                                  help_text="Optional: what to do, as your child reads it.")
    parent = None  # the signed-in parent, whose family's clock says which day is today (``TaskAdmin.get_form``)

    class Meta:
        model = Task
        fields = ["title", "assigned_to", "coins_reward", "description"]
        labels = {"assigned_to": "Child"}

    def clean_due_on(self):
        day = self.cleaned_data.get("due_on")
        if day is not None and day < today_for(self.parent):
            raise forms.ValidationError("Choose today or a later day.")
        return day


@admin.register(Task)
class TaskAdmin(ServicesKeepHistory, ParentDecisionAdmin):
    """A parent's chores: decided with the actions, read one by one, and set once from "Add" (a
    one-off chore; recurring ones have their own page)."""

    list_display = ["title", "child", "status", "coins_reward", "due_date", "completed_at", "approved_at"]
    list_filter = ["status", child_filter("assigned_to")]
    search_fields = ["title"]
    list_select_related = ["assigned_to"]
    child = child_column("assigned_to")
    add_fields = ["title", "assigned_to", "coins_reward", "due_on", "description"]

    def has_add_permission(self, request, *args):
        # Set by the child's parent through the service (an operator has no children to set chores for).
        user = request.user
        return user.is_active and user.role == Role.PARENT and not user.is_superuser

    def get_fields(self, request, obj=None):
        return self.add_fields if obj is None else super().get_fields(request, obj)

    def get_readonly_fields(self, request, obj=None):
        return [] if obj is None else super().get_readonly_fields(request, obj)

    def get_form(self, request, obj=None, change=False, **kwargs):
        if obj is None:
            kwargs["form"] = OneOffChoreForm
        form = super().get_form(request, obj, change=change, **kwargs)
        form.parent = request.user  # (a class made for this request by the admin's form factory)
        return form

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        field = super().formfield_for_foreignkey(db_field, request, **kwargs)
        if db_field.name == "assigned_to":
            field.queryset = field.queryset.filter(scoping.children_q(request.user), role__in=CHILD_ROLES) \
                .order_by("name")
            field.label_from_instance = lambda child: child.name
        return field

    def save_model(self, request, obj, form, change):
        if change:
            raise PermissionDenied  # (a chore's page is read-only: it changes through the actions)
        data = form.cleaned_data
        due = data.get("due_on")
        task = services.task_create(
            actor=request.user, assigned_to=data["assigned_to"], title=data["title"],
            coins_reward=data["coins_reward"], description=data.get("description") or None,
            due_date=day_end(due, request.user) if due else None)
        obj.pk, obj.assigned_by, obj.due_date = task.pk, task.assigned_by, task.due_date
        obj._state.adding, obj._state.db = False, task._state.db

    def save_related(self, request, form, formsets, change):
        pass  # (nothing but the chore itself, written by the service)

    @admin.action(description="Approve and pay the selected completed tasks")
    def approve_selected(self, request, queryset):
        _decide_each(self, request, queryset, lambda actor, obj: services.task_approve(actor=actor, task=obj),
                     "task(s) approved and paid")

    @admin.action(description="Reject the selected tasks (with the reason typed, if any)")
    def reject_selected(self, request, queryset):
        _reject_each(self, request, queryset,
                     lambda actor, obj, reason: services.task_reject(actor=actor, task=obj, reason=reason),
                     "task(s) rejected")


@admin.register(PurchaseRequest)
class PurchaseRequestAdmin(ParentDecisionAdmin):
    list_display = ["item", "child", "status", "price", "auto_approved", "created_at", "approved_at"]
    list_filter = ["status", child_filter("user")]
    list_select_related = ["item", "user"]
    child = child_column("user")

    @admin.action(description="Approve the selected purchases (the coins are paid)")
    def approve_selected(self, request, queryset):
        _decide_each(self, request, queryset,
                     lambda actor, obj: services.purchase_approve(actor=actor, request=obj), "purchase(s) approved")

    @admin.action(description="Reject the selected purchases (with the reason typed, if any)")
    def reject_selected(self, request, queryset):
        _reject_each(self, request, queryset,
                     lambda actor, obj, reason: services.purchase_reject(actor=actor, request=obj, reason=reason),
                     "purchase(s) rejected")


@admin.register(RedemptionRequest)
class RedemptionRequestAdmin(ParentDecisionAdmin):
    list_display = ["child", "status", "money", "coins_amount", "created_at", "approved_at"]
    list_filter = ["status", child_filter("user")]
    list_select_related = ["user"]
    child = child_column("user")

    @admin.display(description="money", ordering="cash_amount")
    def money(self, obj):
        return obj.cash_label

    @admin.action(description="Approve the selected conversions (pay the money yourself)")
    def approve_selected(self, request, queryset):
        _decide_each(self, request, queryset,
                     lambda actor, obj: services.redemption_approve(actor=actor, request=obj),
                     "conversion(s) approved")

    @admin.action(description="Reject the selected conversions (the coins go back; with the reason typed, if any)")
    def reject_selected(self, request, queryset):
        _reject_each(self, request, queryset,
                     lambda actor, obj, reason: services.redemption_reject(actor=actor, request=obj, reason=reason),
                     "conversion(s) rejected")


@admin.register(Transaction)
class TransactionAdmin(ReadOnlyAdminMixin, ChildColumnAdmin):
    """The ledger: readable by the family's parent, editable by no one. A child's own ledger (the link
    on its page, or the "by child" filter) leaves its name out of every line. Each line reads when,
    who, why and the coins it moved before the rest, so that a phone shows them without scrolling, then
    what the entry was in words and the balance after; the ledger's type and category are filters."""

    role_actions = {Role.PARENT: {"view"}}
    list_display = ["when", "child", "description", "coins", "kind", "balance_after"]
    list_filter = [child_filter("user"), "type", "category"]
    search_fields = ["description"]
    list_select_related = ["user"]
    date_hierarchy = "created_at"
    child = child_column("user")

    @admin.display(description="When", ordering="created_at")
    def when(self, obj):
        """Day and time on the signed-in user's clock, short ("7 Dec 2026, 09:23")."""
        return date_format(localtime(obj.created_at), "j M Y, H:i")

    @admin.display(description="Coins", ordering="delta")
    def coins(self, obj):
        """What the entry did to the balance, signed (a goal's coins leave it: "-20")."""
        return f"{obj.delta:+d}" if obj.delta else "0"

    @admin.display(description="Kind")
    def kind(self, obj):
        """What the entry is ("Pocket money", "Back from a goal"), as the child's coin history names it."""
        return obj.kind.label


@admin.register(Goal)
class GoalAdmin(ReadOnlyAdminMixin, ChildColumnAdmin):
    role_actions = {Role.PARENT: {"view"}}
    list_display = ["title", "child", "saved", "reached", "deadline"]
    list_filter = [child_filter("user"), "is_completed", "category"]
    list_select_related = ["user"]
    child = child_column("user")

    @admin.display(description="Saved", ordering="current_amount")
    def saved(self, obj):
        """The coins in the goal against its target, in one column and on one line ("105 of 120")."""
        return f"{obj.current_amount}\u00a0of\u00a0{obj.target_amount}"

    @admin.display(description="Reached", boolean=True, ordering="is_completed")
    def reached(self, obj):
        return obj.is_completed


@admin.register(ShopItem)
class ShopItemAdmin(ScopedModelAdmin):
    """The catalogue is run by operators."""

    role_actions: dict = {}
    list_display = ["name", "audience", "category", "price", "emoji", "available"]
    list_filter = ["audience", "category", "available"]
    search_fields = ["name"]


# --- "give or deduct coins" on a child's page ---------------------------------------------------------


class CoinAdjustmentForm(forms.Form):
    amount = forms.IntegerField(help_text="Positive to give coins, negative to deduct them.",
                                min_value=-1_000_000, max_value=1_000_000)
    reason = forms.CharField(max_length=500, help_text="Your child sees this in its history.")

    def clean_amount(self):
        amount = self.cleaned_data["amount"]
        if amount == 0:
            raise forms.ValidationError("Give or deduct at least one coin.")
        return amount


def coin_adjustment_view(model_admin, request, object_id):
    try:
        child = scoping.get_visible_or_404(request.user, ChildAccount.objects.select_related("child_profile"),
                                           pk=object_id)
    except NotFound:
        raise Http404("No such child")
    if not scoping.is_guardian_of(request.user, child):
        return redirect(reverse("admin:accounts_childaccount_changelist"))
    form = CoinAdjustmentForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            entry = services.balance_adjust(actor=request.user, child=child, delta=form.cleaned_data["amount"],
                                            reason=form.cleaned_data["reason"])
        except DomainError as exc:
            form.add_error("amount", exc.detail)
        else:
            model_admin.message_user(request, f"Done: {child.name} now has {entry.balance_after} coins.",
                                     messages.SUCCESS)
            return redirect(reverse("admin:accounts_childaccount_change", args=[child.pk]))
    context = {**model_admin.admin_site.each_context(request), "title": f"Give or deduct coins: {child.name}",
               "child": child, "form": form, "opts": model_admin.model._meta}
    return TemplateResponse(request, "admin/economy/coin_adjustment.html", context)


class ChildAccountMoneyAdmin(ChildAccountAdmin):
    """A child's page as its parent reads it, with its money: a link to give or deduct coins (a
    ledger entry through ``services.balance_adjust``), the ledger, a teen's budget split, and charts of
    the balance and of what it earned and spent. Registered in place of the accounts app's page."""

    readonly_fields = [*ChildAccountAdmin.readonly_fields, "money", "budget", "charts"]
    guardian_fields = ("money", "budget", "classes", "charts")

    def get_guardian_fields(self, obj):
        # only a teen splits its balance between saving, spending and wants (in the app)
        fields = super().get_guardian_fields(obj)
        return fields if obj.role == Role.TEEN else tuple(name for name in fields if name != "budget")

    @admin.display(description="Budget")
    def budget(self, obj):
        split = " · ".join(f"{c.name.capitalize()} {c.percentage} %" for c in selectors.budget_of(obj))
        return f"{split} of the balance, as {obj.name} set it in the app"

    def get_urls(self):
        view = self.admin_site.admin_view(lambda request, object_id: coin_adjustment_view(self, request, object_id))
        return [path("<uuid:object_id>/coins/", view, name="accounts_childaccount_coins"), *super().get_urls()]

    @admin.display(description="Charts")
    def charts(self, obj):
        balance = line_chart([(day.strftime("%b %d"), coins) for day, coins in selectors.balance_history(obj)],
                             title=f"{obj.name}'s balance over the last 90 days", empty="No coins moved yet")
        weekly = bar_chart([(week.strftime("%b %d"), [earned, spent])
                            for week, earned, spent in selectors.weekly_totals(obj)],
                           series=["Earned", "Spent"], title=WEEKLY_CHART_TITLE,
                           empty="Nothing earned or spent in the last 12 weeks")
        return format_html("<div><h4>Balance, last 90 days</h4>{}<h4>{}</h4>{}</div>",
                           balance, WEEKLY_CHART_TITLE, weekly)

    @admin.display(description="Money")
    def money(self, obj):
        coins = reverse("admin:accounts_childaccount_coins", args=[obj.pk])
        ledger = reverse("admin:economy_transaction_changelist") + f"?user__id__exact={obj.pk}"
        return format_html('<a href="{}">Give or deduct coins</a> · <a href="{}">See the ledger</a>', coins, ledger)


admin.site.unregister(ChildAccount)
admin.site.register(ChildAccount, ChildAccountMoneyAdmin)


class FamilySettingsAdmin(ParentProfileAdmin):
    """The family's settings with the interest each child earns on its savings (set per child, on its
    own page, since each child may have its own rate): registered in place of the accounts app's page."""

    readonly_fields = [*ParentProfileAdmin.readonly_fields, "interest"]
    fieldsets = [*ParentProfileAdmin.fieldsets, ("Interest on savings", {
        "fields": ["interest"],
        "description": "Interest rewards saving: each period, a child earns this share of the coins it keeps in "
                       "its goals, never more than the cap. You pay for these coins too."})]

    @admin.display(description="Each child")
    def interest(self, obj):
        children = list(ChildAccount.objects.filter(scoping.children_q(obj.user)).order_by("name"))
        settings = {s.child_id: s for s in InterestSetting.objects.filter(child__in=children)}
        if not children:
            return "No children yet."
        rows = []
        for child in children:
            setting = settings.get(child.pk)
            if setting is None:
                link = reverse("admin:economy_interestsetting_add") + f"?child={child.pk}"
                rows.append(format_html('<li>{}: no interest. <a href="{}">Give interest</a></li>', child.name, link))
                continue
            link = reverse("admin:economy_interestsetting_change", args=[setting.pk])
            period = "week" if setting.period == "weekly" else "month"
            rate = f"{setting.rate_percent:f}".rstrip("0").rstrip(".")
            state = (f"{rate}% a {period}, at most {setting.cap} coins a {period}"
                     if setting.active else "stopped")
            rows.append(format_html('<li>{}: {}. <a href="{}">Change</a></li>', child.name, state, link))
        return format_html('<ul style="margin:0;padding-left:1.2em">{}</ul>',
                           format_html_join("", "{}", ((row,) for row in rows)))


admin.site.unregister(ParentProfile)
admin.site.register(ParentProfile, FamilySettingsAdmin)


# --- the approval inbox (``accounts.admin_inbox``) and the parent's home page (``accounts.admin_home``) ----


def _coins(n: int) -> str:
    return f"{n} coin{'' if n == 1 else 's'}"


def _task(task) -> str:
    return f"{task.assigned_to.name}'s chore {task.title}"


def _purchase(purchase) -> str:
    return f"{purchase.user.name}'s purchase of {purchase.item.name}"


def _conversion(redemption) -> str:
    return f"{redemption.user.name}'s conversion of {_coins(redemption.coins_amount)} ({redemption.cash_label})"


for section in (
    InboxSection(
        name="tasks", kind="task", title="Chores done, waiting for your approval",
        template="admin/economy/inbox_tasks.html", child="assigned_to",
        waiting=lambda actor: scoping.scoped(actor, Task.objects.filter(status="completed"))
        .select_related("assigned_to").order_by("completed_at", "id"),
        decisions={"approve": lambda actor, obj: services.task_approve(actor=actor, task=obj),
                   "reject": lambda actor, obj, reason=None: services.task_reject(actor=actor, task=obj,
                                                                                  reason=reason)},
        reject_with_reason=True,
        describe=_task,
        said={"approve": lambda task: f"{task.assigned_to.name} was paid {_coins(task.coins_reward)} for {task.title}.",
              "reject": lambda task: f"{_task(task)} was rejected; nothing was paid."},
        noun=("chore", "chores"), approve_all="Approve and pay all {n}"),
    InboxSection(
        name="purchases", kind="purchase", title="Shop purchases",
        template="admin/economy/inbox_purchases.html", child="user",
        waiting=lambda actor: scoping.scoped(actor, PurchaseRequest.objects.filter(status="pending"))
        .select_related("user__child_profile", "item").order_by("created_at", "id"),
        decisions={"approve": lambda actor, obj: services.purchase_approve(actor=actor, request=obj),
                   "reject": lambda actor, obj, reason=None: services.purchase_reject(actor=actor, request=obj,
                                                                                      reason=reason)},
        reject_with_reason=True,
        describe=lambda purchase: f"{_purchase(purchase)} ({_coins(purchase.price)})",
        said={"approve": lambda purchase: f"{_purchase(purchase)} was approved ({_coins(purchase.price)}).",
              "reject": lambda purchase: f"{_purchase(purchase)} was rejected; no coins moved."},
        noun=("purchase", "purchases"),
        legend="Approving pays the price from the child's balance now: a request it cannot pay is refused."),
    InboxSection(
        name="redemptions", kind="redemption", title="Coins to pocket money",
        template="admin/economy/inbox_redemptions.html", child="user",
        waiting=lambda actor: scoping.scoped(actor, RedemptionRequest.objects.filter(status="pending"))
        .select_related("user__child_profile").order_by("created_at", "id"),
        decisions={"approve": lambda actor, obj: services.redemption_approve(actor=actor, request=obj),
                   "reject": lambda actor, obj, reason=None: services.redemption_reject(actor=actor, request=obj,
                                                                                        reason=reason)},
        reject_with_reason=True,
        describe=_conversion,
        said={"approve": lambda r: f"{_conversion(r)} was approved; pay {r.user.name} {r.cash_label}.",
              "reject": lambda r: f"{_conversion(r)} was rejected; the coins went back."},
        noun=("conversion", "conversions"), approve_all="Approve all {n} (I paid)",
        legend="The coins were set aside when your child asked: approving moves no coins (you pay the money), "
               "rejecting gives them back."),
):
    inbox_section_register(section)


def _goals_of_children(parent, children) -> dict:
    return {child_id: [{"goal": goal, "percent": min(100, goal.current_amount * 100 // goal.target_amount)}
                       for goal in goals]
            for child_id, goals in selectors.family_goals_open(parent).items()}


def _week_of_children(parent, children) -> dict:
    money = selectors.family_money_since(parent, this_week_start(parent))
    return {child.pk: money.get(child.pk, {"earned": 0, "spent": 0, "given": 0}) for child in children}


def _money_links(child) -> list[tuple[str, str]]:
    return [("Ledger", f"{reverse('admin:economy_transaction_changelist')}?child={child.pk}"),
            ("Goals", f"{reverse('admin:economy_goal_changelist')}?child={child.pk}"),
            ("Give or deduct coins", reverse("admin:accounts_childaccount_coins", args=[child.pk]))]


def _bank_of_children(parent, children) -> dict:
    """Each child's pocket money, with its next payday, and its savings interest; a link to set it up."""
    plans = selectors.family_bank_plans(parent)
    set_up = reverse("admin:economy_allowanceschedule_add")
    return {child.pk: {**plans.get(child.pk, selectors.NO_PLANS), "set_up": f"{set_up}?child={child.pk}"}
            for child in children}


child_card_part_register(ChildCardPart(name="goals", template="admin/economy/home_goals.html",
                                       read=_goals_of_children, links=_money_links))
child_card_part_register(ChildCardPart(name="week", template="admin/economy/home_week.html",
                                       read=_week_of_children))
child_card_part_register(ChildCardPart(name="bank", template="admin/economy/home_bank.html",
                                       read=_bank_of_children))


# --- the family bank: schedules set up by parents -------------------------------------------------------


class FamilyPlanAdmin(ServicesKeepHistory, ScopedModelAdmin):
    """A parent's allowances, recurring chores and interest for its own children, saved and stopped
    through the services (which keep each one's history)."""

    role_actions = {Role.PARENT: {"view", "add", "change", "delete"}}
    exclude = ["created_by"]
    list_select_related = ["child"]

    def may_change_object(self, request, obj):
        return scoping.is_guardian_of(request.user, obj.child)

    def get_changeform_initial_data(self, request):
        """A new plan starts today on the parent's clock, unless the link that opened the page says
        otherwise (``?child=`` from a child's card picks the child)."""
        return {"start_date": today_for(request.user), **super().get_changeform_initial_data(request)}

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        field = super().formfield_for_foreignkey(db_field, request, **kwargs)
        if db_field.name == "child":
            field.queryset = field.queryset.filter(role__in=(Role.CHILD, Role.TEEN))
            if not request.user.is_superuser:
                field.queryset = field.queryset.filter(scoping.children_q(request.user))
        return field

    def save_model(self, request, obj, form, change):
        if not scoping.is_guardian_of(request.user, obj.child):
            raise PermissionDenied
        if not change:
            services.plan_create(actor=request.user, plan=obj)
            return
        # The form has copied its values onto ``obj``; the service changes the stored plan, so that
        # its history says what changed from what.
        stored = type(obj).objects.select_related("child").get(pk=obj.pk)
        services.plan_update(actor=request.user, obj=stored,
                             **{name: form.cleaned_data[name] for name in form.changed_data
                                if name in form.cleaned_data})

    def delete_model(self, request, obj):
        services.plan_delete(actor=request.user, obj=obj)

    def delete_queryset(self, request, queryset):
        for obj in queryset:
            services.plan_delete(actor=request.user, obj=obj)


@admin.register(AllowanceSchedule)
class AllowanceScheduleAdmin(FamilyPlanAdmin):
    list_display = ["child", "amount", "paid_when", "gate", "start_date", "next_payday", "active"]
    list_filter = ["active", "kind", child_filter("child")]
    radio_fields = {"weekday": admin.HORIZONTAL}

    def get_queryset(self, request):
        # (what each row's next payday needs, read with the rows)
        return selectors.allowances_with_paydays(super().get_queryset(request))

    @admin.display(description="next payday")
    def next_payday(self, schedule):
        """The next payday not paid yet, on the family's clock; none once the allowance is stopped."""
        return selectors.next_payday_of(schedule) if schedule.active else None


class WeekdayCheckboxes(forms.TypedMultipleChoiceField):
    """A recurring chore's days as one checkbox per day, read and written as the model stores them
    ("0,3", `economy.weekdays`)."""

    widget = forms.CheckboxSelectMultiple

    def __init__(self, **kwargs):
        kwargs.setdefault("error_messages", {"required": NO_DAY_MESSAGE})
        super().__init__(choices=Weekday.choices, coerce=int, **kwargs)

    def prepare_value(self, value):
        if isinstance(value, str):  # the stored value, shown as ticked boxes
            try:
                return weekdays_parse(value)
            except ValidationError:
                return []  # stored before days were checked: the parent ticks them again
        return value

    def clean(self, value):
        return weekdays_format(super().clean(value))

    def has_changed(self, initial, data):
        return super().has_changed(self.prepare_value(initial), data)


class RecurringChoreForm(forms.ModelForm):
    days_of_week = WeekdayCheckboxes(label="Days of the week", initial=EVERY_DAY,
                                     help_text="For a chore repeating on some days of the week: the days it is due.")

    class Meta:
        model = RecurringChore
        fields = ["child", "title", "description", "coins_reward", "repeat", "days_of_week", "every_n_days",
                  "day_of_month", "start_date", "active"]
        widgets = {"description": forms.Textarea(attrs={"rows": 3, "cols": 60})}


@admin.register(RecurringChore)
class RecurringChoreAdmin(FamilyPlanAdmin):
    form = RecurringChoreForm
    list_display = ["title", "child", "coins_reward", "repeat", "days", "every_n_days", "active"]
    list_filter = ["active", "repeat", child_filter("child")]

    @admin.display(description="Days", ordering="days_of_week")
    def days(self, obj):
        return weekdays_display(obj.days_of_week) if obj.repeat == ChoreRepeat.DAYS_OF_WEEK else "-"


@admin.register(InterestSetting)
class InterestSettingAdmin(FamilyPlanAdmin):
    list_display = ["child", "rate_percent", "period", "cap", "start_date", "active"]
    list_filter = ["active", "period"]


@admin.action(description="Download the selected entries as CSV")
def download_ledger_csv(modeladmin, request, queryset):
    response = StreamingHttpResponse(csv_lines(LEDGER_HEADER, entry_rows(queryset)),
                                     content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="ledger.csv"'
    return response


TransactionAdmin.actions = [download_ledger_csv]
