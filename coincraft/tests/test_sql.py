"""Written-out reads keep their answers when PostgreSQL prepares them (coincraft.sql)."""

import pytest
from django.db import connection

from coincraft.sql import read_together
from learning import selectors

pytestmark = pytest.mark.django_db


def test_a_screens_reads_answer_the_same_once_prepared(personas):
    # given a child with open goals and a completed module, and the dashboard's reads run once
    # (as PostgreSQL plans them afresh)
    from economy.tests.factories import GoalFactory
    from learning.tests.factories import ModuleFactory, ProgressFactory

    child = personas["child_a"]
    GoalFactory.create_batch(2, user=child)
    ProgressFactory(user=child, module=ModuleFactory(title="A saving"), is_completed=True, progress_percentage=100)

    def screen():
        return read_together(selectors.child_figures(child), selectors.open_goals(child, 4),
                             selectors.adventures_for(child, ("easy", "medium"), 6),
                             selectors.recent_achievements(child))

    first = screen()
    assert len(first[1]) == 2 and any(module["done"] for module in first[2])
    # when the same statement runs past the prepare threshold on this connection
    later = [screen() for _ in range(connection.settings_dict["OPTIONS"].get("prepare_threshold") or 5)]
    # then every answer is the first one
    assert all(answer == first for answer in later)
    if connection.vendor == "postgresql":
        # and on PostgreSQL the statement is now a prepared one, its plan kept by the server
        with connection.cursor() as cursor:
            cursor.execute("SELECT statement FROM pg_prepared_statements")
            prepared = [row[0] for row in cursor.fetchall()]
        assert any("UNION ALL" in statement and "ROW_NUMBER()" in statement for statement in prepared), prepared
