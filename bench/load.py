"""Load the benchmark's data set into the configured database and write the logins to a JSON file.

Run by bench/run.py as ``python bench/load.py OUT.json --families N --entries M ...``. People,
profiles, classes and items go through the project's services; the ledger history is bulk-inserted
with consistent balances (each entry's balance_after and the final balance agree, so check_ledger
stays clean). For the growth measure, three more children of the first family: one with a long
history (10,000 entries), one with a short one (10), and one with the short history plus a busy
day: 5,000 goal contributions today, made through the goal service like the app's own.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
import uuid
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "coincraft.settings")

import django  # noqa: E402

django.setup()

from django.db import transaction  # noqa: E402
from django.utils import timezone  # noqa: E402

from accounts.models import ChildProfile, ParentProfile, Role, TeacherProfile, User  # noqa: E402
from accounts.tokens import access_token_for  # noqa: E402
from classroom.models import Classroom, Enrolment  # noqa: E402
from economy import services  # noqa: E402
from economy.catalogue import catalogue_load  # noqa: E402
from economy.models import ShopItem, Transaction  # noqa: E402
from learning.curriculum import starter_load  # noqa: E402

PASSWORD_HASH = "!unusable"  # benchmark users sign in with tokens minted here


# A child's ledger grows by a few entries a day (chores, lessons, a purchase): the history is spaced
# so that a long history is long in time, and every child has the same few entries today.
SPACING = timedelta(hours=3)


def _ledger(child: User, entries: int) -> None:
    """``entries`` earn/spend rows, one every ``SPACING`` up to now, and the profile's totals to match."""
    rows, balance, earned, now = [], 0, 0, timezone.now()
    for i in range(entries):
        earn = i % 3 != 2 or balance < 5
        amount = 7 if earn else 5
        balance += amount if earn else -amount
        earned += amount if earn else 0
        rows.append(Transaction(user=child, type="earn" if earn else "spend", amount=amount,
                                delta=amount if earn else -amount, balance_after=balance,
                                description="Chore reward" if earn else "Snack", category="task" if earn else "shop",
                                created_at=now - (entries - i) * SPACING))
    # created_at is auto_now_add: switched off here so that the history keeps its dates.
    field = Transaction._meta.get_field("created_at")
    field.auto_now_add = False
    try:
        Transaction.objects.bulk_create(rows, batch_size=2000)
    finally:
        field.auto_now_add = True
    ChildProfile.objects.filter(user=child).update(coins=balance, coins_earned=earned)


def _user(email, name, role):
    return User(id=uuid.uuid4(), email=email, name=name, role=role, password=PASSWORD_HASH)


def _busy_day(child: User, contributions: int) -> None:
    """``contributions`` goal contributions of one coin today, through the service that the API calls."""
    services.ledger_post(actor=None, child=child, type="earn", amount=contributions, delta=contributions,
                         description="Pocket money", category="allowance")
    goal = services.goal_create(actor=child, owner=child, title="Piggy bank", target_amount=10_000_000)
    for _ in range(contributions):
        services.goal_contribute(actor=child, goal=goal, amount=1)


def load(families: int, entries: int, classes: int, students: int, big_entries: int, busy_entries: int,
         buyers: int, tasks: int) -> dict:
    started = time.monotonic()
    catalogue_load()
    starter_load()
    parents, children = [], []
    for f in range(families):
        parents.append(_user(f"bench.parent{f}@example.com", f"Parent {f}", Role.PARENT))
        children.append(_user(f"bench.child{f}@example.com", f"Child {f}", Role.CHILD))
        children.append(_user(f"bench.teen{f}@example.com", f"Teen {f}", Role.TEEN))
    with transaction.atomic():
        User.objects.bulk_create(parents + children, batch_size=1000)
        ParentProfile.objects.bulk_create([ParentProfile(user=p, require_approval=False) for p in parents])
        ChildProfile.objects.bulk_create([ChildProfile(user=c, parent=parents[i // 2], age=9 if i % 2 == 0 else 14)
                                          for i, c in enumerate(children)])
    for child in children:
        with transaction.atomic():
            _ledger(child, entries)
    # a long history, a short one, and the short one with a busy day today, for the growth figure
    big = _user("bench.big@example.com", "Big History", Role.CHILD)
    small = _user("bench.small@example.com", "Short History", Role.CHILD)
    busy = _user("bench.busy@example.com", "Busy Day", Role.CHILD)
    User.objects.bulk_create([big, small, busy])
    ChildProfile.objects.bulk_create([ChildProfile(user=child, parent=parents[0], age=10)
                                      for child in (big, small, busy)])
    for child, count in ((big, big_entries), (small, 10), (busy, 10)):
        with transaction.atomic():
            _ledger(child, count)
    busy = User.objects.select_related("child_profile").get(pk=busy.pk)
    _busy_day(busy, busy_entries)
    teachers = []
    pool = list(children)
    for c in range(classes):
        teacher = _user(f"bench.teacher{c}@example.com", f"Teacher {c}", Role.TEACHER)
        teacher.save()
        TeacherProfile.objects.create(user=teacher)
        classroom = Classroom.objects.create(teacher=teacher.teacher_profile, name=f"Class {c}")
        Enrolment.objects.bulk_create([Enrolment(classroom=classroom, student=pool[(c * students + s) % len(pool)])
                                       for s in range(students)], ignore_conflicts=True)
        teachers.append(teacher)
    # coins, goals and completed tasks for the write benchmarks: the first ``buyers`` children (one a
    # family) can buy every item once; the first 16 have a goal and ``tasks`` tasks for their parent
    # to approve.
    writers, shoppers = [], []
    for i in range(min(families, max(buyers, 16))):
        child = children[2 * i]
        child.child_profile = ChildProfile.objects.get(user=child)
        services.ledger_post(actor=None, child=child, type="earn", amount=100_000, delta=100_000,
                             description="Benchmark coins", category="test")
        if i < buyers:
            shoppers.append(access_token_for(child))
        if i >= 16:
            continue
        goal = services.goal_create(actor=child, owner=child, title="Bench goal", target_amount=10_000_000)
        task_ids = []
        for t in range(tasks):
            task = services.task_create(actor=parents[i], assigned_to=child, title=f"Chore {t}", coins_reward=3)
            services.task_update(actor=child, task=task, status="completed")
            task_ids.append(str(task.pk))
        writers.append({"child": access_token_for(child), "parent": access_token_for(parents[i]),
                        "goal": str(goal.pk), "tasks": task_ids})
    items = [str(pk) for pk in ShopItem.objects.filter(audience=Role.CHILD).values_list("pk", flat=True)]
    return {
        "seconds": round(time.monotonic() - started, 1),
        "rows": Transaction.objects.count(),
        "parents": [access_token_for(p) for p in parents[:50]],
        "children": [access_token_for(c) for c in children[:100:2]],
        "teachers": [access_token_for(t) for t in teachers[:20]],
        "big": {"token": access_token_for(big), "id": str(big.pk)},
        "small": {"token": access_token_for(small), "id": str(small.pk)},
        "busy": {"token": access_token_for(busy), "id": str(busy.pk)},
        "writers": writers,
        "buyers": shoppers,
        "items": items,
    }


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--families", type=int, default=200)
    parser.add_argument("--entries", type=int, default=1000)
    parser.add_argument("--classes", type=int, default=20)
    parser.add_argument("--students", type=int, default=25)
    parser.add_argument("--big-entries", type=int, default=10_000)
    parser.add_argument("--busy-entries", type=int, default=5_000, help="goal contributions today")
    parser.add_argument("--buyers", type=int, default=100, help="children with coins to buy every item once")
    parser.add_argument("--tasks", type=int, default=60, help="completed tasks per writer (16 writers)")
    args = parser.parse_args()
    data = load(args.families, args.entries, args.classes, args.students, args.big_entries, args.busy_entries,
                args.buyers, args.tasks)
    Path(args.out).write_text(json.dumps(data))
    print(f"loaded {data['rows']} ledger rows in {data['seconds']} s")
