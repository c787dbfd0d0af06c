from coincraft.api import api_path
from economy.api import views_child as child
from economy.api import views_family as family
from economy.api import views_ledger as ledger
from economy.api import views_shop as shop
from economy.api import views_tasks as tasks

LIST_CREATE = {"get": "list", "post": "create"}
UPDATE_DESTROY = {"put": "update", "delete": "destroy"}
goals = ledger.GoalViewSet.as_view

urlpatterns = [
    # §3 a child's balance, and its parent's edit of its age and balance
    api_path("users/children/<userref:child_id>", ledger.ChildProfileUpdateView.as_view(), "users-child-update"),
    api_path("users/<userref:user_id>/coins", ledger.CoinsView.as_view(), "users-coins"),
    # §4 transactions, §5 goals
    api_path("users/<userref:user_id>/transactions", ledger.UserTransactionsView.as_view(), "users-transactions"),
    api_path("users/<userref:user_id>/goals", goals({"get": "list", "post": "create"}), "users-goals"),
    api_path("users/<userref:user_id>/goals/<uuid:goal_id>", goals({"put": "update", "delete": "destroy"}),
              "users-goal-detail"),
    api_path("users/<userref:user_id>/goals/<uuid:goal_id>/contribute", goals({"post": "contribute"}),
              "users-goal-contribute"),
    api_path("users/<userref:user_id>/goals/<uuid:goal_id>/withdraw", goals({"post": "withdraw"}),
              "users-goal-withdraw"),
    api_path("goals/<uuid:goal_id>", goals({"post": "update", "delete": "destroy"}), "goal-detail"),
    api_path("goals/<uuid:goal_id>/progress", goals({"put": "progress"}), "goal-progress"),
    api_path("goals/<uuid:goal_id>/amount", goals({"post": "amount"}), "goal-amount"),
    # §6 tasks and §10 parent tasks
    api_path("tasks", tasks.TaskViewSet.as_view({"get": "list", "post": "create"}), "tasks"),
    api_path("tasks/<uuid:task_id>", tasks.TaskViewSet.as_view({"put": "update", "delete": "destroy"}),
              "task-detail"),
    api_path("tasks/<uuid:task_id>/reject", tasks.TaskViewSet.as_view({"put": "reject"}), "task-reject"),
    api_path("parents/<userref:parent_id>/tasks",
              tasks.ParentTasksByIdViewSet.as_view({"get": "list", "post": "create"}), "parents-tasks"),
    api_path("parent/tasks", tasks.ParentTaskViewSet.as_view({"get": "list", "post": "create"}), "parent-tasks"),
    api_path("parent/tasks/<uuid:task_id>/approve", tasks.ParentTaskViewSet.as_view({"put": "approve"}),
              "parent-task-approve"),
    # §8 shop
    api_path("shop/items", shop.ShopItemsView.as_view(), "shop-items"),
    api_path("shop/owned_items", shop.OwnedItemsView.as_view(), "shop-owned-items"),
    api_path("shop/purchase_requests", shop.PurchaseRequestsView.as_view(), "shop-purchase-requests"),
    api_path("shop/purchase_requests/<uuid:request_id>/approve",
              shop.PurchaseDecisionViewSet.as_view({"put": "approve"}), "shop-purchase-approve"),
    api_path("shop/purchase_requests/<uuid:request_id>/reject",
              shop.PurchaseDecisionViewSet.as_view({"put": "reject"}), "shop-purchase-reject"),
    api_path("shop/<userref:user_id>/purchase", shop.PurchaseView.as_view(), "shop-purchase"),
    api_path("shop/<userref:user_id>/transactions", shop.ShopTransactionsView.as_view(), "shop-transactions"),
    # §13 redemptions and §10 parent money routes
    api_path("users/<userref:user_id>/conversion-requests", shop.ConversionRequestsView.as_view(),
              "users-conversion-requests"),
    api_path("parents/<userref:parent_id>/redemption-requests", shop.ParentRedemptionRequestsView.as_view(),
              "parents-redemption-requests"),
    api_path("redemption-requests/<uuid:request_id>/approve",
              shop.RedemptionDecisionViewSet.as_view({"put": "approve"}), "redemption-approve"),
    api_path("redemption-requests/<uuid:request_id>/reject",
              shop.RedemptionDecisionViewSet.as_view({"put": "reject"}), "redemption-reject"),
    api_path("parent/redemptions", shop.ParentRedemptionsView.as_view(), "parent-redemptions"),
    api_path("parent/settings", shop.ParentSettingsView.as_view(), "parent-settings"),
    # §10 parent screens
    api_path("parent/children/goals", ledger.ChildrenGoalsViewSet.as_view({"get": "list"}), "parent-children-goals"),
    # the family bank
    api_path("parent/allowances", family.AllowanceViewSet.as_view(LIST_CREATE), "parent-allowances"),
    api_path("parent/allowances/<uuid:plan_id>", family.AllowanceViewSet.as_view(UPDATE_DESTROY),
              "parent-allowance-detail"),
    api_path("parent/recurring-chores", family.RecurringChoreViewSet.as_view(LIST_CREATE), "parent-recurring-chores"),
    api_path("parent/recurring-chores/<uuid:plan_id>", family.RecurringChoreViewSet.as_view(UPDATE_DESTROY),
              "parent-recurring-chore-detail"),
    api_path("parent/children/<userref:child_id>/interest", family.InterestView.as_view(), "parent-child-interest"),
    api_path("parent/children/<userref:child_id>/ledger.csv", family.ChildLedgerCsvView.as_view(),
              "parent-child-ledger-csv"),
    # §14 child and §15 teen money screens
    api_path("child/goals", child.ChildGoalViewSet.as_view(LIST_CREATE), "child-goals"),
    api_path("child/goals/<uuid:goal_id>/progress", child.ChildGoalViewSet.as_view({"put": "progress"}),
              "child-goal-progress"),
    api_path("child/transactions", child.ChildTransactionsView.as_view(), "child-transactions"),
    api_path("teen/budget", child.TeenBudgetView.as_view(), "teen-budget"),
    api_path("teen/goals", child.TeenGoalViewSet.as_view(LIST_CREATE), "teen-goals"),
    api_path("teen/conversion-requests", child.TeenConversionRequestsView.as_view(), "teen-conversion-requests"),
]
