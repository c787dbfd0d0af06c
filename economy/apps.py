from django.apps import AppConfig


class EconomyConfig(AppConfig):
    name = "economy"
    verbose_name = "Coins"

    def ready(self):
        from accounts.screens import EVERYONE, shown_on_screens
        from economy import models as m

        for model in (m.Transaction, m.Goal, m.OwnedItem, m.PurchaseRequest, m.RedemptionRequest, m.BudgetCategory):
            shown_on_screens(model, lambda obj: [obj.user_id])
        for model in (m.AllowanceSchedule, m.RecurringChore, m.InterestSetting):
            shown_on_screens(model, lambda plan: [plan.child_id])
        shown_on_screens(m.Task, lambda task: [task.assigned_to_id, task.assigned_by_id])
        shown_on_screens(m.AllowancePayment, lambda payment: [payment.schedule.child_id])
        shown_on_screens(m.ChoreOccurrence, lambda occurrence: [occurrence.chore.child_id])
        shown_on_screens(m.InterestPayment, lambda payment: [payment.setting.child_id])
        shown_on_screens(m.ShopItem, EVERYONE)
