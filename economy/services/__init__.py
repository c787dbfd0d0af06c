"""Every write of the coin economy. ``economy.services.<name>`` is the public surface.

- `ledger`: posting entries; the only code that changes a balance.
- `transactions`: what a child or its parent may record in the ledger directly.
- `goals`, `tasks`, `shop`, `redemptions`, `budget`: the flows built on it.

Lock order, to stay free of deadlocks: the object being decided (task, request, goal) first, the
child's balance row last (inside `ledger_post`).
"""

from economy.services.budget import budget_update  # noqa: F401
from economy.services.decisions import rejection_reason_clean  # noqa: F401
from economy.services.family import (  # noqa: F401
    allowance_create,
    interest_set,
    payday_run,
    plan_create,
    plan_delete,
    plan_update,
    recurring_chore_create,
)
from economy.services.goals import (  # noqa: F401
    goal_contribute,
    goal_create,
    goal_delete,
    goal_set_amount,
    goal_update,
    goal_withdraw,
)
from economy.services.ledger import (  # noqa: F401
    ADJUSTMENT_CATEGORY,
    InsufficientCoins,
    balance_adjust,
    balance_of,
    balance_set,
    child_profile_and_balance_update,
    ledger_post,
)
from economy.services.redemptions import (  # noqa: F401
    redemption_approve,
    redemption_create,
    redemption_reject,
)
from economy.services.shop import (  # noqa: F401
    bought_at_once,
    purchase_approve,
    purchase_reject,
    purchase_request_create,
)
from economy.services.tasks import task_approve, task_create, task_delete, task_reject, task_update  # noqa: F401
from economy.services.transactions import transaction_record  # noqa: F401
