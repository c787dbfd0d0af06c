"""The charts on a child's admin page (``coincraft.charts``): its parent sees its balance over the last
90 days and what it earned and spent per week; they say so when empty; a teacher never sees a child's
money; labels are escaped."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from django.utils import timezone

from accounts.models import ChildAccount
from accounts.tests.admin_helpers import admin_url, content
from accounts.tests.factories import ChildFactory, ParentFactory
from coincraft.charts import WIDTH, bar_chart, line_chart
from economy import services as money
from economy.selectors import balance_history, weekly_totals
from economy.tests.history import dated_entry, ledger_history

SVG = '<svg xmlns="http://www.w3.org/2000/svg" role="img"'


def svgs(html: str) -> list[str]:
    """The charts of a page (the admin's own theme icons are SVG too, without ``role="img"``)."""
    return re.findall(r'<svg[^>]*role="img".*?</svg>', html, flags=re.S)


def signed_in(client, user):
    client.force_login(user)
    return client


def child_page(client, child):
    response = client.get(admin_url(ChildAccount, "change", child.pk))
    assert response.status_code == 200, response.status_code
    return content(response)


# --- the parent's charts on a child's page -----------------------------------------------------------


def test_a_parent_sees_its_childs_balance_and_weekly_money_as_charts(personas, client):
    # given: 40 coins earned 30 days ago, 15 spent in the shop 10 days ago, 5 earned today
    child = personas.child_a
    dated_entry(child, 40, 30)
    dated_entry(child, 15, 10, type="spend", category="shop")
    dated_entry(child, 5, 0)
    # when
    html = child_page(signed_in(client, personas.parent_a), child)
    # then
    charts = svgs(html)
    assert len(charts) == 2 and all(chart.startswith(SVG) for chart in charts)
    balance, weekly = charts
    assert f"<title>{child.name}&#x27;s balance over the last 90 days</title>" in balance
    assert "<path d=\"M" in balance and "No coins moved yet" not in balance
    assert ("<title>Coins earned (chores, lessons, games; not pocket money or interest) and spent (gifts given "
            "included) per week</title>") in weekly
    assert "<title>Earned: 40</title>" in weekly and "<title>Spent: 15</title>" in weekly
    assert "<title>Earned: 5</title>" in weekly


def test_a_childs_page_says_so_when_no_coins_moved_yet(personas, client):
    # given
    child = ChildFactory(profile__parent=personas.parent_a, name="Newcomer")
    # when
    html = child_page(signed_in(client, personas.parent_a), child)
    # then
    charts = svgs(html)
    assert len(charts) == 2 and all(chart.startswith(SVG) for chart in charts)
    assert "No coins moved yet" in charts[0] and "<path" not in charts[0]
    assert "Nothing earned or spent in the last 12 weeks" in charts[1] and "<rect" not in charts[1]


def test_the_charts_draw_a_thousand_entries_of_history(personas, client):
    # given
    child = personas.child_a
    entries = ledger_history(child, 1000, days=84)
    # when
    html = child_page(signed_in(client, personas.parent_a), child)
    # then
    balance, weekly = svgs(html)
    assert "<path d=\"M" in balance
    assert weekly.count("<title>Earned: ") == 12 and weekly.count("<title>Spent: ") == 12
    history = balance_history(child)
    assert (len(history), history[-1][1]) == (90, entries[-1].balance_after)


def test_a_teacher_never_sees_a_students_money_charts(personas, client):
    # given: child A, in teacher 1's class, has coins
    child = personas.child_a
    dated_entry(child, 40, 3)
    # when
    html = child_page(signed_in(client, personas.teacher_1), child)
    # then: the student's page opens, without money
    assert child.name in html
    assert svgs(html) == []
    assert "balance over the last 90 days" not in html and "Earned and spent" not in html
    assert "Give or deduct coins" not in html


def test_another_familys_parent_cannot_open_the_childs_charts(personas, client):
    # given
    dated_entry(personas.child_a, 40, 3)
    # when
    response = signed_in(client, personas.parent_b).get(admin_url(ChildAccount, "change", personas.child_a.pk))
    # then: the admin's answer for an object that is not there: back to the admin, nothing drawn
    assert response.status_code == 302
    assert svgs(content(response)) == []


# --- the data behind the money charts ----------------------------------------------------------------


def test_the_balance_history_carries_each_days_closing_balance_forward(personas):
    # given: 100 days ago 7 coins; 20 days ago +40; 10 days ago -15 (twice on the same day: -10 and -5)
    child = personas.child_a
    dated_entry(child, 7, 100)
    dated_entry(child, 40, 20)
    dated_entry(child, 10, 10, type="spend", category="shop")
    dated_entry(child, 5, 10, type="spend", category="shop")
    # when
    history = balance_history(child)
    # then
    today = timezone.now().date()
    by_day = dict(history)
    assert len(history) == 90 and history[-1][0] == today
    assert history[0][1] == 7  # the balance before the window
    assert by_day[today - timedelta(days=21)] == 7
    assert by_day[today - timedelta(days=20)] == 47
    assert by_day[today - timedelta(days=11)] == 47
    assert by_day[today - timedelta(days=10)] == 32 == history[-1][1]


def test_the_weekly_totals_leave_out_what_was_not_earned_or_spent(personas):
    # given: this week a bonus of 12, an adjustment of 9, a test credit, and 4 spent in the shop
    child = personas.child_a
    money.transaction_record(actor=personas.parent_a, child=child, type="earn", amount=12, description="Bonus")
    money.balance_adjust(actor=personas.parent_a, child=child, delta=9, reason="Correction")
    money.ledger_post(actor=None, child=child, type="earn", amount=3, delta=3, description="Test credit",
                      category="test")
    money.transaction_record(actor=child, child=child, type="spend", amount=4, description="Sticker",
                             category="shop")
    # when
    weeks = weekly_totals(child)
    # then
    assert len(weeks) == 12
    assert weeks[-1][1:] == (12, 4)
    assert all(earned == spent == 0 for _, earned, spent in weeks[:-1])


# --- coincraft.charts --------------------------------------------------------------------------------


SCRIPT = "<script>alert(1)</script>"
ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;"


def test_a_line_chart_escapes_its_title_and_labels():
    # when
    svg = line_chart([("Mon", 3), (SCRIPT, 5)], title=f"Balance {SCRIPT}")  # (the last day's label is printed)
    # then
    assert svg.startswith(SVG)
    assert "<script>" not in svg
    assert f"<title>Balance {ESCAPED}</title>" in svg
    assert ESCAPED in svg.split("</title>", 1)[1]


def test_a_line_chart_labels_a_week_apart_ending_on_the_last_day():
    # given: 90 days, labelled by their number
    days = [(f"d{n}", n) for n in range(90)]
    # when
    svg = line_chart(days, title="Balance")
    # then: the last day and every 7th before it, none closer (two labels 5 days apart overlapped)
    labels = re.findall(r'<text x="([\d.]+)"[^>]*>(d\d+)</text>', svg)
    assert [label for _, label in labels] == [f"d{n}" for n in range(5, 90, 7)]
    # the last, centred under the line's end, has room for half a label ("Dec 07") before the edge
    assert WIDTH - float(labels[-1][0]) >= 20


def test_a_bar_chart_escapes_its_title_labels_and_series():
    # when
    svg = bar_chart([(SCRIPT, [1, 2])], series=[SCRIPT, "Spent"], title=SCRIPT)
    # then
    assert svg.startswith(SVG)
    assert "<script>" not in svg
    assert f"<title>{ESCAPED}</title>" in svg
    assert f"<title>{ESCAPED}: 1</title>" in svg


@pytest.mark.parametrize("chart", ["line", "bar"])
def test_an_empty_chart_escapes_its_message(chart):
    # when
    if chart == "line":
        svg = line_chart([], title="Nothing", empty=SCRIPT)
    else:
        svg = bar_chart([("Mon", [0, 0])], series=["a", "b"], title="Nothing", empty=SCRIPT)
    # then
    assert svg.startswith(SVG) and "<script>" not in svg and ESCAPED in svg


def test_a_child_named_like_a_script_is_escaped_on_its_chart(db, client):
    # given
    parent = ParentFactory()
    child = ChildFactory(profile__parent=parent, name=SCRIPT)
    dated_entry(child, 10, 2)
    # when
    html = child_page(signed_in(client, parent), child)
    # then
    assert SCRIPT not in html
    assert f"<title>{ESCAPED}&#x27;s balance over the last 90 days</title>" in html
