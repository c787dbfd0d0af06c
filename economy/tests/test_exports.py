"""A parent downloads its child's ledger as CSV (API), ``manage.py export_ledger`` writes a child's or
a family's; cells a spreadsheet would run as formulas are neutralised.
"""

from __future__ import annotations

import csv
import io
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from accounts.models import User
from economy import services
from economy.exports import LEDGER_HEADER, ledger_csv_text
from economy.models import (
    Goal,
    Task,
    Transaction,
)

from conftest import client_for

# --- building blocks ------------------------------------------------------------------------------------


def body_of(response) -> str:
    if getattr(response, "streaming", False):
        return b"".join(response.streaming_content).decode()
    return response.content.decode()


def parse(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text)))


def credit(child, amount: int, description: str = "Gift from grandma", category: str = "gift") -> Transaction:
    return services.ledger_post(actor=None, child=child, type="earn", amount=amount, delta=amount,
                                description=description, category=category)


def approved_task(parent, child, reward: int = 7, title: str = "Dishes") -> Task:
    task = services.task_create(actor=parent, assigned_to=child, title=title, coins_reward=reward)
    services.task_update(actor=child, task=task, status="completed")
    return services.task_approve(actor=parent, task=task)


def export_ledger(*args) -> str:
    out = StringIO()
    call_command("export_ledger", *args, stdout=out, stderr=StringIO())
    return out.getvalue()


# --- the ledger as CSV ----------------------------------------------------------------------------------


def test_parent_downloads_its_childs_whole_ledger_as_csv_oldest_first(personas, as_user):
    # given
    parent, child = personas.parent_a, personas.child_a
    first = credit(child, 50)
    task = approved_task(parent, child, reward=7)
    goal = Goal.objects.create(user=child, title="Kite", target_amount=100)
    services.goal_contribute(actor=child, goal=goal, amount=20)
    credit(personas.teen_a, 5)
    credit(personas.child_b, 9)
    # when
    response = as_user(parent).get(f"/api/parent/children/{child.pk}/ledger.csv")
    # then
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == f'attachment; filename="ledger-{child.pk}.csv"'
    rows = parse(body_of(response))
    assert rows[0] == LEDGER_HEADER
    entries = list(Transaction.objects.filter(user=child).order_by("created_at", "id"))
    assert len(rows) == 1 + len(entries)
    assert rows[1] == [first.created_at.isoformat(), "Child A", "earn", "50", "50", "50", "gift", "Gift from grandma",
                       "", "", "Earned"]
    by_reference = {(r[8], r[9]): r for r in rows[1:]}
    assert by_reference[("task", str(task.pk))][2:8] == ["earn", "7", "7", "57", "task", "Task completed: Dishes"]
    assert by_reference[("goal", str(goal.pk))][2:6] == ["save", "20", "-20", "37"]
    assert by_reference[("goal", str(goal.pk))][10] == "Saved"
    assert all(r[1] == "Child A" for r in rows[1:])
    assert [r[0] for r in rows[1:]] == [e.created_at.isoformat() for e in entries]


def test_ledger_csv_neutralises_cells_a_spreadsheet_would_run_as_formulas(personas, as_user):
    # given: a parent's reasons and a child's name that look like formulas
    parent, child = personas.parent_a, personas.child_a
    User.objects.filter(pk=child.pk).update(name="@SUM(A1:A9)")
    for reason in ['=HYPERLINK("http://evil.example","click")', "+1+2", "-3+4", "@A1", "Plain reason"]:
        services.balance_adjust(actor=parent, child=child, delta=5, reason=reason)
    credit(child, 1, description="\tTAB")
    services.balance_adjust(actor=parent, child=child, delta=-5, reason="Took some back")
    # when
    text = body_of(client_for(parent).get(f"/api/parent/children/{child.pk}/ledger.csv"))
    # then
    rows = parse(text)[1:]
    assert [r[7] for r in rows] == ["'=HYPERLINK(\"http://evil.example\",\"click\")", "'+1+2", "'-3+4", "'@A1",
                                    "Plain reason", "'\tTAB", "Took some back"]
    assert {r[1] for r in rows} == {"'@SUM(A1:A9)"}
    assert rows[-1][4] == "-5"  # a number stays a number


def test_ledger_csv_of_a_child_with_no_entries_is_the_header_only(personas, as_user):
    # when
    response = as_user(personas.parent_a).get(f"/api/parent/children/{personas.teen_a.pk}/ledger.csv")
    # then
    assert parse(body_of(response)) == [LEDGER_HEADER]


def test_export_ledger_writes_a_childs_ledger_to_standard_output(personas):
    # given
    credit(personas.child_a, 10)
    approved_task(personas.parent_a, personas.child_a)
    credit(personas.child_b, 99)
    # when
    out = export_ledger("--child", "CHILD.A@example.com")
    # then
    assert out == ledger_csv_text([personas.child_a])
    rows = parse(out)
    assert rows[0] == LEDGER_HEADER
    assert [r[3] for r in rows[1:]] == ["10", "7"]


def test_export_ledger_writes_a_familys_ledger_to_a_file(personas, tmp_path):
    # given
    credit(personas.child_a, 10)
    credit(personas.teen_a, 20)
    credit(personas.child_b, 99)
    target = tmp_path / "family.csv"
    # when
    out = export_ledger("--family", personas.parent_a.email, "-o", str(target))
    # then
    assert out == ""
    rows = parse(target.read_text(encoding="utf-8"))
    assert rows[0] == LEDGER_HEADER
    assert sorted((r[1], r[3]) for r in rows[1:]) == [("Child A", "10"), ("Teen A", "20")]


def test_export_ledger_writes_a_childs_ledger_to_a_file_with_the_long_option(personas, tmp_path):
    # given
    credit(personas.teen_a, 20)
    target = tmp_path / "teen.csv"
    # when
    export_ledger("--child", personas.teen_a.email, "--output", str(target))
    # then
    with open(target, encoding="utf-8", newline="") as written:
        assert written.read() == ledger_csv_text([personas.teen_a])


@pytest.mark.parametrize(("option", "email", "message"), [
    ("--child", "nobody@example.com", "No child with email nobody@example.com"),
    ("--child", "parent.a@example.com", "No child with email parent.a@example.com"),
    ("--child", "teacher.1@example.com", "No child with email teacher.1@example.com"),
    ("--family", "nobody@example.com", "No parent with email nobody@example.com"),
    ("--family", "child.a@example.com", "No parent with email child.a@example.com"),
])
def test_export_ledger_refuses_unknown_emails(personas, tmp_path, option, email, message):
    # given
    target = tmp_path / "out.csv"
    # when / # then
    with pytest.raises(CommandError, match=message):
        export_ledger(option, email, "-o", str(target))
    assert not target.exists()


def test_export_ledger_needs_a_child_or_a_family(personas):
    # when / # then
    with pytest.raises(CommandError):
        export_ledger()
