"""Load the benchmark's data set into the configured database and write the logins to a JSON file.

Run by bench/run.py as ``python bench/load.py OUT.json --families N --entries M --classes C
--students S``. People, profiles, classes and items go through the project's services; the ledger
history is bulk-inserted with consistent balances (each entry's balance_after and the final balance
agree, so check_ledger stays clean).
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


def load(families: int, entries: int, classes: int, students: int, big_entries: int) -> dict:
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
    # one child with a long history and one with a short one, for the growth figure
    big = _user("bench.big@example.com", "Big History", Role.CHILD)
    small = _user("bench.small@example.com", "Short History", Role.CHILD)
    User.objects.bulk_create([big, small])
    ChildProfile.objects.bulk_create([ChildProfile(user=big, parent=parents[0], age=10),
                                      ChildProfile(user=small, parent=parents[0], age=10)])
    for child, count in ((big, big_entries), (small, 10)):
        with transaction.atomic():
            _ledger(child, count)
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
    # goals and pending tasks for the write benchmarks
    writers = []
    for i in range(min(families, 16)):
        child = children[2 * i]
        child.child_profile = ChildProfile.objects.get(user=child)
        services.ledger_post(actor=None, child=child, type="earn", amount=100_000, delta=100_000,
                             description="Benchmark coins", category="test")
        goal = services.goal_create(actor=child, owner=child, title="Bench goal", target_amount=10_000_000)
        tasks = []
        for t in range(60):
            task = services.task_create(actor=parents[i], assigned_to=child, title=f"Chore {t}", coins_reward=3)
            services.task_update(actor=child, task=task, status="completed")
            tasks.append(str(task.pk))
        writers.append({"child": access_token_for(child), "parent": access_token_for(parents[i]),
                        "goal": str(goal.pk), "tasks": tasks})
    items = [str(pk) for pk in ShopItem.objects.filter(audience=Role.CHILD).values_list("pk", flat=True)]
    return {
        "seconds": round(time.monotonic() - started, 1),
        "rows": Transaction.objects.count(),
        "parents": [access_token_for(p) for p in parents[:50]],
        "children": [access_token_for(c) for c in children[:100:2]],
        "teachers": [access_token_for(t) for t in teachers[:20]],
        "big": {"token": access_token_for(big), "id": str(big.pk)},
        "small": {"token": access_token_for(small), "id": str(small.pk)},
        "writers": writers,
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
    args = parser.parse_args()
    data = load(args.families, args.entries, args.classes, args.students, args.big_entries)
    Path(args.out).write_text(json.dumps(data))
    print(f"loaded {data['rows']} ledger rows in {data['seconds']} s")
