from coincraft.api import api_path
from economy.api import views_balance as balance
from economy.api import views_child as child
from economy.api import views_family as family
from economy.api import views_ledger as ledger
from economy.api import views_parent as parent
from economy.api import views_shop as shop
from economy.api import views_tasks as tasks

urlpatterns = [
    # §3 a child's balance, and its parent's edit of its age and balance
    *api_path("users/children/<userref:child_id>", balance.ChildProfileUpdateView.as_view(), "users-child-update"),
    *api_path("users/<userref:user_id>/coins", balance.CoinsView.as_view(), "users-coins"),
    # §4 transactions, §5 goals
    *api_path("users/<userref:user_id>/transactions", ledger.UserTransactionsView.as_view(), "users-transactions"),
    *api_path("users/<userref:user_id>/goals", ledger.UserGoalsView.as_view(), "users-goals"),
    *api_path("users/<userref:user_id>/goals/<uuid:goal_id>", ledger.UserGoalDetailView.as_view(),
              "users-goal-detail"),
    *api_path("users/<userref:user_id>/goals/<uuid:goal_id>/contribute", ledger.GoalContributeView.as_view(),
              "users-goal-contribute"),
    *api_path("users/<userref:user_id>/goals/<uuid:goal_id>/withdraw", ledger.GoalWithdrawView.as_view(),
              "users-goal-withdraw"),
    *api_path("goals/<uuid:goal_id>", ledger.GoalDetailView.as_view(), "goal-detail"),
    *api_path("goals/<uuid:goal_id>/progress", ledger.GoalProgressView.as_view(), "goal-progress"),
    *api_path("goals/<uuid:goal_id>/amount", ledger.GoalAmountView.as_view(), "goal-amount"),
    # §6 tasks and §10 parent tasks
    *api_path("tasks", tasks.TaskViewSet.as_view({"get": "list", "post": "create"}), "tasks"),
    *api_path("tasks/<uuid:task_id>", tasks.TaskViewSet.as_view({"put": "update", "delete": "destroy"}),
              "task-detail"),
    *api_path("tasks/<uuid:task_id>/reject", tasks.TaskViewSet.as_view({"put": "reject"}), "task-reject"),
    *api_path("parents/<userref:parent_id>/tasks",
              tasks.ParentTasksByIdViewSet.as_view({"get": "list", "post": "create"}), "parents-tasks"),
    *api_path("parent/tasks", tasks.ParentTaskViewSet.as_view({"get": "list", "post": "create"}), "parent-tasks"),
    *api_path("parent/tasks/<uuid:task_id>/approve", tasks.ParentTaskViewSet.as_view({"put": "approve"}),
              "parent-task-approve"),
    # §8 shop
    *api_path("shop/items", shop.ShopItemsView.as_view(), "shop-items"),
    *api_path("shop/owned_items", shop.OwnedItemsView.as_view(), "shop-owned-items"),
    *api_path("shop/purchase_requests", shop.PurchaseRequestsView.as_view(), "shop-purchase-requests"),
    *api_path("shop/purchase_requests/<uuid:request_id>/approve",
              shop.PurchaseDecisionView.as_view(decision="approve"), "shop-purchase-approve"),
    *api_path("shop/purchase_requests/<uuid:request_id>/reject",
              shop.PurchaseDecisionView.as_view(decision="reject"), "shop-purchase-reject"),
    *api_path("shop/<userref:user_id>/purchase", shop.PurchaseView.as_view(), "shop-purchase"),
    *api_path("shop/<userref:user_id>/transactions", shop.ShopTransactionsView.as_view(), "shop-transactions"),
    # §13 redemptions and §10 parent money routes
    *api_path("users/<userref:user_id>/conversion-requests", shop.ConversionRequestsView.as_view(),
              "users-conversion-requests"),
    *api_path("parents/<userref:parent_id>/redemption-requests", shop.ParentRedemptionRequestsView.as_view(),
              "parents-redemption-requests"),
    *api_path("redemption-requests/<uuid:request_id>/approve",
              shop.RedemptionDecisionView.as_view(decision="approve"), "redemption-approve"),
    *api_path("redemption-requests/<uuid:request_id>/reject",
              shop.RedemptionDecisionView.as_view(decision="reject"), "redemption-reject"),
    *api_path("parent/redemptions", shop.ParentRedemptionsView.as_view(), "parent-redemptions"),
    *api_path("parent/settings", shop.ParentSettingsView.as_view(), "parent-settings"),
    # §10 parent screens
    *api_path("parent/children/goals", parent.ChildrenGoalsView.as_view(), "parent-children-goals"),
    # the family bank
    *api_path("parent/allowances", family.AllowancesView.as_view(), "parent-allowances"),
    *api_path("parent/allowances/<uuid:plan_id>", family.AllowanceDetailView.as_view(), "parent-allowance-detail"),
    *api_path("parent/recurring-chores", family.RecurringChoresView.as_view(), "parent-recurring-chores"),
    *api_path("parent/recurring-chores/<uuid:plan_id>", family.RecurringChoreDetailView.as_view(),
              "parent-recurring-chore-detail"),
    *api_path("parent/children/<userref:child_id>/interest", family.InterestView.as_view(), "parent-child-interest"),
    *api_path("parent/children/<userref:child_id>/ledger.csv", family.ChildLedgerCsvView.as_view(),
              "parent-child-ledger-csv"),
    # §14 child and §15 teen money screens
    *api_path("child/goals", child.ChildGoalsView.as_view(), "child-goals"),
    *api_path("child/goals/<uuid:goal_id>/progress", child.ChildGoalProgressView.as_view(), "child-goal-progress"),
    *api_path("child/transactions", child.ChildTransactionsView.as_view(), "child-transactions"),
    *api_path("teen/budget", child.TeenBudgetView.as_view(), "teen-budget"),
    *api_path("teen/goals", child.TeenGoalsView.as_view(), "teen-goals"),
    *api_path("teen/conversion-requests", child.TeenConversionRequestsView.as_view(), "teen-conversion-requests"),
]
