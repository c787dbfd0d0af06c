"""Create (or bring back) the demo family and teacher the app's login page offers.

Idempotent: people are matched by email and created only when missing; a balance is given its
demo figure through the ledger only when the child is first created, so running it twice changes
nothing. The demo password is the one the app's demo buttons send; it is for local demos only.
"""

from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from accounts import services
from accounts.models import ChildProfile, ParentProfile, Role, User
from classroom.models import Classroom, Enrolment
from economy import services as economy
from economy.catalogue import catalogue_load
from classroom.services import module_assign
from economy.services import balance_set
from learning.curriculum import starter_load
from learning.models import Module
from learning.progression import xp_for_level

DEMO_PASSWORD = "demo123"

PARENT = {"email": "sarah@demo.com", "name": "Sarah Johnson", "avatar_url": "👩"}
TEACHER = {"email": "teacher@demo.com", "name": "Mrs. Wilson", "avatar_url": "👩‍🏫"}
CHILDREN = [
    {"email": "luna@demo.com", "name": "Luna Johnson", "role": Role.CHILD, "age": 9, "coins": 135, "level": 3,
     "streak_days": 7, "avatar_url": "👧",
     "goal": ("New Bike", 200, 40, "ri-bike-line"), "redeem": 0,
     "tasks": [("Feed the cat", 5, "pending"), ("Tidy your room", 10, "completed"), ("Water the plants", 5, "approved")]},
    {"email": "harry@demo.com", "name": "Harry Johnson", "role": Role.TEEN, "age": 14, "coins": 245, "level": 5,
     "streak_days": 12, "avatar_url": "🧑",
     "goal": ("Headphones", 300, 60, "ri-headphone-line"), "redeem": 20,
     "tasks": [("Mow the lawn", 20, "completed"), ("Wash the car", 15, "pending")]},
]
CLASS_NAME = "Money Explorers"


class Command(BaseCommand):
    help = ("Create the demo family (parent, child, teen) with goals, tasks and history, a teacher with a class, "
            "the shop catalogue and the starter curriculum; print the logins.")

    def _user(self, *, email, name, role, avatar_url):
        user = User.objects.filter(email__iexact=email).first()
        created = user is None
        if created:
            # The demo password is shorter than the validators allow; it is set directly on purpose.
            user = User.objects.create_user(email=email, password=DEMO_PASSWORD, name=name, role=role,
                                            avatar_url=avatar_url, is_verified=True)
        return user, created

    def _history(self, parent, child, spec):
        """A believable start: coins from chores, a goal with savings in it, tasks in every state."""
        goal_title, target, saved, icon = spec["goal"]
        balance_set(actor=parent, child=child, coins=spec["coins"] + saved + spec["redeem"], reason="Welcome coins")
        goal = economy.goal_create(actor=child, owner=child, title=goal_title, target_amount=target, icon=icon)
        economy.goal_contribute(actor=child, goal=goal, amount=saved)
        for title, reward, status in spec["tasks"]:
            task = economy.task_create(actor=parent, assigned_to=child, title=title, coins_reward=reward)
            if status in ("completed", "approved"):
                task = economy.task_update(actor=child, task=task, status="completed")
            if status == "approved":
                economy.task_approve(actor=parent, task=task)
        balance_set(actor=parent, child=child, coins=spec["coins"] + spec["redeem"], reason="Pocket money adjustment")
        if spec["redeem"]:
            economy.redemption_create(actor=child, child=child, coins_amount=spec["redeem"],
                                      description="Pocket money for the weekend")
        # The demo child has been at it for a while: its level and streak, as the app's demo shows them.
        ChildProfile.objects.filter(user=child).update(
            level=spec["level"], xp=xp_for_level(spec["level"]) + 10, streak_days=spec["streak_days"],
            last_activity_date=timezone.now())

    @transaction.atomic
    def handle(self, *args, **options):
        parent, _ = self._user(role=Role.PARENT, **PARENT)
        ParentProfile.objects.update_or_create(
            user=parent, defaults={"exchange_rate": "0.10", "auto_approval_limit": 50, "require_approval": True}
        )
        teacher, _ = self._user(role=Role.TEACHER, **TEACHER)
        teacher_profile = services.profile_create(user=teacher)
        if not teacher_profile.school_name:
            teacher_profile.school_name = "Maple Street Primary"
            teacher_profile.subject = "Financial literacy"
            teacher_profile.save()

        classroom = Classroom.objects.filter(teacher=teacher_profile, name=CLASS_NAME).first()
        if classroom is None:
            from classroom.services import classroom_create

            classroom = classroom_create(actor=teacher, name=CLASS_NAME,
                                         description="Saving, spending and sharing, one coin at a time.")

        for spec in CHILDREN:
            child, created = self._user(email=spec["email"], name=spec["name"], role=spec["role"],
                                        avatar_url=spec["avatar_url"])
            profile, _ = ChildProfile.objects.get_or_create(user=child, defaults={"age": spec["age"], "parent": parent})
            if created:
                self._history(parent, child, spec)
            Enrolment.objects.get_or_create(classroom=classroom, student=child)
        created_items, _ = catalogue_load()
        curriculum = starter_load()
        first_module = Module.objects.filter(slug="saving-starts-small").first()
        if first_module is not None and not classroom.assignments.filter(module=first_module).exists():
            module_assign(actor=teacher, classroom=classroom, module=first_module)

        if created_items:
            self.stdout.write(f"Shop catalogue: {created_items} items added.")
        if curriculum.created:
            self.stdout.write(f"Starter curriculum: {len(curriculum.created)} modules added.")
        self.stdout.write(self.style.SUCCESS("Demo data is ready. Sign in with password 'demo123':"))
        self.stdout.write(f"  parent   {PARENT['email']}   (app and /admin/)")
        self.stdout.write(f"  teacher  {TEACHER['email']}   (app and /admin/; class code {classroom.class_code})")
        for spec in CHILDREN:
            kind = "child " if spec["role"] == Role.CHILD else "teen  "
            self.stdout.write(f"  {kind}   {spec['email']}")
