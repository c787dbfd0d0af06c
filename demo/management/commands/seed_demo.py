"""Create (or bring back) the demo family and teacher the app's sign-in page offers.

Every screen of the children's app has something in it for the demo child ``luna@demo.com`` and the
demo teen ``harry@demo.com`` (password ``demo123``; their parent ``sarah@demo.com``, their teacher
``teacher@demo.com``):

- **Two parents**: Sarah made the children's accounts; ``david@demo.com`` is the family's co-parent
  (``User.co_parent_of``, linked as an accepted invitation links it: ``accounts.services.co_parent_join``),
  who sees and decides everything Sarah does, in the admin and through the API.
- **Money**: six weeks of history, from the welcome coins and the goals they started. Chores paid one
  to four weeks ago (Luna's most paid chore is "Tidy your room", 10 coins; Harry's "Take out the
  recycling", 8), so the goals' time to goal and price in chores and the teen's weekly chart mean
  something. Luna gave to a good cause and reached a goal; Harry bought a workbook his mother approved
  and spent coins on wants. Balances end at 135 (Luna) and 245 (Harry); every coin moves through the
  ledger services, dated afterwards.
- **Family bank**: Sarah pays pocket money every Saturday (Luna 10 coins, Harry 20) and Harry 3 % a week
  on the coins in his goals (at most 10 coins a week); each payday ran on its day (``payday_run``), so
  the children's histories show five paydays and Harry's five weeks of interest, and the next payday
  is the next one due.
- **Chores** in each state: to do (one overdue), waiting for the parent, paid.
- **Goals**: one near completion and one far off, each with an emoji icon; Luna has a reached one too.
- **Shop**: Sarah's auto-approval limit is 50 coins, so an item priced at or under 50 is bought at
  once and one above waits for her. Children's items at or under 50 (bought at once): Rainbow
  Sticker Pack 15, Animal Sticker Set 20, Space Sticker Sheet 25, Bouncy Ball 25,
  Glow-in-the-Dark Stars 30, Crayon Box 35, Sketchbook 40, Comic Book 45, Picture Book 50. Above 50
  (they wait): Money Stories Book 55, Toy Car 60, Paint Set 70, Puzzle (100 pieces) 80, Building
  Blocks Set 120. Every teen item costs 100 or more: all wait. Luna owns the Rainbow Sticker Pack
  and waits for the Toy Car; Harry owns the Investing Basics Workbook and waits for the Music
  Streaming Month.
- **Learning**: Mrs. Wilson's class "Money Explorers" (Luna and Harry) has "Saving Starts Small"
  due in five days; her class "Little Savers Club" (Luna) has "Needs and Wants", overdue by two
  days; her class "Saturday Savers" (class code ``SAVERS``, where only Sam Lee, ``sam@demo.com``, a
  classmate with no family here, is enrolled) has "How People Earn Money" due in a week, for Luna or
  Harry to join. Sam has tried that lesson's quiz three times without passing, so Mrs. Wilson's home
  page shows a student needing support and the lesson's quiz results have answers to read. No game
  and no module is completed yet: each still pays once. Mrs. Wilson has a
  draft of her own, "Pocket Money Plans" (not published, so only she sees it: the admin's module page
  opens on its sections and questions), with a "single" question (one correct answer) and a
  "multiple" one (pick all that are right).
- **Me**: achievements earned, every one the child's record earns (Luna's and Harry's streaks make
  them "On Fire"), so none is left to pay out by surprise on the child's next move; a pending
  conversion of 20 coins for Harry; Harry's budget is split 50 / 30 / 20 (saving, spending, wants).

Idempotent: people are matched by email and a child's history is written only when the child is
first created; classes are matched by name and assignments by class and module, so running it twice
changes nothing. The demo password is the one the app's demo buttons send; it is for local demos only.
"""

from __future__ import annotations

from contextlib import contextmanager
from datetime import datetime, timedelta

from django.contrib.admin.models import LogEntry
from django.core.management.base import BaseCommand
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from accounts import scoping, services
from accounts.models import ChildProfile, ParentProfile, Role, User
from classroom.models import Classroom, Enrolment
from classroom.services import classroom_create, module_assign
from coincraft import days
from coincraft.exceptions import DomainError
from economy import services as economy
from economy.catalogue import catalogue_load
from economy.models import Goal, OwnedItem, PurchaseRequest, ScheduleKind, ShopItem, Task, Transaction
from economy.weekdays import Weekday
from learning.curriculum import starter_load
from learning.models import Module, QuizQuestion, UserAchievement
from learning.progression import achievements_check, xp_for_level
from learning.services import FAILED_ATTEMPTS_FOR_SUPPORT, module_create, quiz_submit

DEMO_PASSWORD = "demo123"
# How far back a demo child's history starts: its welcome coins and the goals it saves toward.
HISTORY_DAYS = 42
AUTO_APPROVAL_LIMIT = 50

PARENT = {"email": "sarah@demo.com", "name": "Sarah Johnson", "avatar_url": "👩"}
# The family's second parent (a co-parent of Sarah's family).
CO_PARENT = {"email": "david@demo.com", "name": "David Johnson", "avatar_url": "👨"}
TEACHER = {"email": "teacher@demo.com", "name": "Mrs. Wilson", "avatar_url": "👩‍🏫"}
# The teacher's own draft module (unpublished: only she sees it), one question of each kind.
TEACHER_DRAFT = {
    "slug": "demo-pocket-money-plans",
    "title": "Pocket Money Plans",
    "description": "A draft lesson on planning a week's pocket money: needs first, then saving, then wants.",
    "category": "Budgeting",
    "difficulty": "easy",
    "duration": 10,
    "points_reward": 15,
    "sections": [
        {"title": "Needs come first",
         "content": "Before spending on something fun, check what you need this week, like lunch or bus fare."},
        {"title": "Save a little every week",
         "content": "Putting a few coins aside each week adds up: 5 coins a week is 20 coins a month."},
    ],
    "quiz": [
        {"question": "Which of these is a need?", "kind": "single",
         "options": [{"text": "Lunch at school", "isCorrect": True}, {"text": "A toy car"}, {"text": "Stickers"}]},
        {"question": "Pick all the ways to save", "kind": "multiple",
         "options": [{"text": "A piggy bank", "isCorrect": True}, {"text": "A savings goal", "isCorrect": True},
                     {"text": "Buying sweets every day"}]},
    ],
}
# A classmate from another family (none on CoinCraft): the class a demo child can join has a student.
CLASSMATE = {"email": "sam@demo.com", "name": "Sam Lee", "role": Role.CHILD, "avatar_url": "🧒", "age": 10}
# The lesson of Sam's class (Saturday Savers), whose quiz Sam has failed.
CLASSMATE_LESSON = "earning-money"

# A child's history, oldest first: (days ago, event). Events: ("paid", chore, reward) a chore done and
# paid; ("goal", title, target, icon) a goal created and filled to its target; ("save", goal, coins) coins
# moved into one of its open goals; ("give", coins, reason); ("buy", item) a purchase asked for and, over
# the limit, approved by the parent; ("spend", coins, category, reason) coins the child spent and
# recorded. Its open goals, made with the welcome coins: (title, target, coins saved then, icon, days to
# its date or None). Its welcome coins are what makes its balance end at "coins" (plus the conversion
# asked for, "redeem").
CHILDREN = [
    {"email": "luna@demo.com", "name": "Luna Johnson", "role": Role.CHILD, "age": 9, "coins": 135, "level": 3,
     "streak_days": 7, "avatar_url": "👧", "welcome": 127, "pocket_money": 10, "redeem": 0,
     "history": [(26, ("paid", "Tidy your room", 10)), (22, ("paid", "Water the plants", 5)),
                 (19, ("paid", "Tidy your room", 10)), (16, ("goal", "Sticker Album", 25, "📒")),
                 (15, ("paid", "Feed the cat", 5)), (12, ("paid", "Tidy your room", 10)),
                 (10, ("give", 5, "For the animal shelter")), (8, ("paid", "Water the plants", 5)),
                 (6, ("buy", "Rainbow Sticker Pack")), (5, ("paid", "Tidy your room", 10))],
     "goals": [("New Bike", 200, 40, "🚲", None), ("Art Set", 60, 52, "🎨", None)],
     "chores": [("Feed the cat", 5, "pending", 1), ("Make your bed", 3, "pending", -1),
                ("Tidy your room", 10, "completed", None)],
     "waiting_for": "Toy Car"},
    {"email": "harry@demo.com", "name": "Harry Johnson", "role": Role.TEEN, "age": 14, "coins": 245, "level": 5,
     "streak_days": 12, "avatar_url": "🧑", "welcome": 282, "pocket_money": 20, "interest": (3, 10), "redeem": 20,
     "history": [(27, ("paid", "Take out the recycling", 8)), (25, ("paid", "Mow the lawn", 20)),
                 (20, ("paid", "Take out the recycling", 8)), (17, ("paid", "Wash the car", 15)),
                 (14, ("save", "Headphones", 10)), (13, ("paid", "Take out the recycling", 8)),
                 (11, ("paid", "Mow the lawn", 20)), (9, ("buy", "Investing Basics Workbook")),
                 (7, ("save", "Headphones", 10)), (6, ("paid", "Take out the recycling", 8)),
                 (4, ("spend", 12, "wants", "Cinema snacks")), (3, ("paid", "Wash the car", 15)),
                 (2, ("paid", "Take out the recycling", 8))],
     "goals": [("Headphones", 300, 40, "🎧", None), ("Concert Ticket", 120, 105, "🎤", 21)],
     "chores": [("Wash the car", 15, "pending", 2), ("Mow the lawn", 20, "completed", None)],
     "waiting_for": "Music Streaming Month",
     "budget": {"saving": 50, "spending": 30, "wants": 20}},
]

# (name, description, students, starter module, due in days, class code or None for a random one)
CLASSES = [
    ("Money Explorers", "Saving, spending and sharing, one coin at a time.", ("luna@demo.com", "harry@demo.com"),
     "saving-starts-small", 5, None),
    ("Little Savers Club", "Small steps to big savings.", ("luna@demo.com",), "needs-and-wants", -2, None),
    ("Saturday Savers", "Join with the class code to get this week's lesson.", ("sam@demo.com",), CLASSMATE_LESSON, 7,
     "SAVERS"),
]


@contextmanager
def dated(child: User, when: datetime):
    """Move what the block writes to ``child``'s ledger, goals and awards, and the admin's history of what
    its parent did meanwhile, to ``when`` (keeping their order)."""
    start = timezone.now()
    yield
    shift = when - start
    Transaction.objects.filter(user=child, created_at__gte=start).update(created_at=F("created_at") + shift)
    Goal.objects.filter(user=child, created_at__gte=start).update(created_at=F("created_at") + shift,
                                                                  updated_at=F("updated_at") + shift)
    LogEntry.objects.filter(action_time__gte=start).update(action_time=F("action_time") + shift)
    UserAchievement.objects.filter(user=child, earned_at__gte=start).update(earned_at=F("earned_at") + shift)


class Command(BaseCommand):
    help = ("Create the demo family (parent, child, teen) with weeks of history, a teacher with classes and "
            "assigned lessons, the shop catalogue and the starter curriculum; print the logins.")

    def _failed_tries(self, child, module) -> None:
        """The child hands in the module's quiz wrong, as many times as it takes to need support."""
        questions = QuizQuestion.objects.filter(section__module=module).prefetch_related("options")
        wrong = {str(q.pk): [str(o.pk) for o in q.options.all() if not o.is_correct][:1] for q in questions}
        for _ in range(FAILED_ATTEMPTS_FOR_SUPPORT):
            quiz_submit(actor=child, module=module, answers=wrong)

    def _user(self, *, email, name, role, avatar_url):
        user = User.objects.filter(email__iexact=email).first()
        created = user is None
        if created:
            # The demo password is shorter than the validators allow; it is set directly on purpose.
            user = User.objects.create_user(email=email, password=DEMO_PASSWORD, name=name, role=role,
                                            avatar_url=avatar_url, is_verified=True)
        return user, created

    def _event(self, parent, child, event, when: datetime):
        kind, *details = event
        if kind == "paid":
            title, reward = details
            task = economy.task_create(actor=parent, assigned_to=child, title=title, coins_reward=reward)
            task = economy.task_update(actor=child, task=task, status="completed")
            economy.task_approve(actor=parent, task=task)
            Task.objects.filter(pk=task.pk).update(created_at=when - timedelta(days=1),
                                                   completed_at=when - timedelta(hours=2), approved_at=when)
        elif kind == "goal":
            title, target, icon = details
            goal = economy.goal_create(actor=child, owner=child, title=title, target_amount=target, icon=icon)
            economy.goal_contribute(actor=child, goal=goal, amount=target)
            Goal.objects.filter(pk=goal.pk).update(created_at=when - timedelta(days=7), completed_at=when,
                                                   updated_at=when)
        elif kind == "save":
            title, coins = details
            economy.goal_contribute(actor=child, goal=Goal.objects.get(user=child, title=title), amount=coins)
        elif kind == "give":
            coins, reason = details
            economy.transaction_record(actor=child, child=child, type="spend", amount=coins, description=reason,
                                       category="giving")
        elif kind == "spend":
            coins, category, reason = details
            economy.transaction_record(actor=child, child=child, type="spend", amount=coins, description=reason,
                                       category=category)
        elif kind == "buy":
            item = ShopItem.objects.get(audience=child.role, name=details[0])
            request = economy.purchase_request_create(actor=child, item_id=item.pk)
            if request.status == "pending":
                request = economy.purchase_approve(actor=parent, request=request)
            PurchaseRequest.objects.filter(pk=request.pk).update(created_at=when, approved_at=when)
            OwnedItem.objects.filter(user=child, item=item).update(created_at=when)

    def _family_bank(self, parent, child, spec, today):
        """The child's pocket money (every Saturday, five paydays whatever today's weekday) and, for the
        teen, interest on the coins in its goals (five whole weeks, Monday to Sunday), set up by its
        parent as the admin's pages set them up; each payday runs on its day in ``_history``."""
        economy.allowance_create(actor=parent, child=child, amount=spec["pocket_money"], kind=ScheduleKind.WEEKLY,
                                 weekday=Weekday.SATURDAY, start_date=today - timedelta(days=34))
        if spec.get("interest"):
            rate, cap = spec["interest"]
            economy.interest_set(actor=parent, child=child, rate_percent=rate, period="weekly", cap=cap,
                                 start_date=today - timedelta(days=today.weekday() + 35))

    def _history(self, parent, child, spec):
        """Weeks of believable history, then today's chores, requests and balance."""
        now = timezone.now()
        today = days.today_for(child)
        with dated(child, now - timedelta(days=HISTORY_DAYS)):
            economy.balance_set(actor=parent, child=child, coins=spec["welcome"], reason="Welcome coins")
            for title, target, saved, icon, due_in in spec["goals"]:
                # (a date due_in days away: the start of that day on the family's clock, as the app sends it)
                deadline = None if due_in is None else days.day_start(today + timedelta(days=due_in), child)
                goal = economy.goal_create(actor=child, owner=child, title=title, target_amount=target, icon=icon,
                                           deadline=deadline)
                economy.goal_contribute(actor=child, goal=goal, amount=saved)
            self._family_bank(parent, child, spec, today)
        events = {}
        for days_ago, event in spec["history"]:
            events.setdefault(days_ago, []).append(event)
        for days_ago in range(HISTORY_DAYS - 1, -1, -1):
            with dated(child, now - timedelta(days=days_ago)):
                for event in events.get(days_ago, []):
                    self._event(parent, child, event, now - timedelta(days=days_ago))
                economy.payday_run(today=today - timedelta(days=days_ago))
        for title, reward, status, due_in in spec["chores"]:
            # (due at the end of that day on the family's clock, as a day picked in the admin is)
            due = None if due_in is None else days.day_end(days.today_for(child) + timedelta(days=due_in), child)
            task = economy.task_create(actor=parent, assigned_to=child, title=title, coins_reward=reward, due_date=due)
            if status == "completed":
                economy.task_update(actor=child, task=task, status="completed")
        waiting = ShopItem.objects.get(audience=child.role, name=spec["waiting_for"])
        economy.purchase_request_create(actor=child, item_id=waiting.pk)
        if spec.get("budget"):
            economy.budget_update(actor=child, owner=child, percentages=spec["budget"])
        # The demo child has been at it for a while: its level and streak, as the app's demo shows them,
        # with the achievements they earn awarded now (a 7-day streak is "On Fire"), not paid out
        # by whatever the child happens to do next.
        ChildProfile.objects.filter(user=child).update(
            level=spec["level"], xp=xp_for_level(spec["level"]) + 10, streak_days=spec["streak_days"],
            last_activity_date=now)
        achievements_check(child=child)
        if spec["redeem"]:
            economy.redemption_create(actor=child, child=child, coins_amount=spec["redeem"],
                                      description="Pocket money for the weekend")

    def _co_parent(self, parent) -> User:
        """The family's co-parent, linked to Sarah's family as an accepted invitation links it; brought back
        when it left the family (not when it made a family of its own meanwhile: a parent has one)."""
        co_parent, _ = self._user(role=Role.PARENT, **CO_PARENT)
        services.profile_create(user=co_parent)
        if scoping.family_parent_id(co_parent) != parent.pk:
            try:
                services.co_parent_join(user=co_parent, head=parent)
            except DomainError as exc:
                self.stderr.write(f"{CO_PARENT['email']} is not linked to {PARENT['email']}'s family: {exc.detail}")
        return co_parent

    def _classes(self, teacher) -> list[Classroom]:
        classes = []
        for name, description, emails, slug, due_in, code in CLASSES:
            classroom = Classroom.objects.filter(teacher__user=teacher, name=name).first()
            if classroom is None:
                classroom = classroom_create(actor=teacher, name=name, description=description)
                if code and not Classroom.objects.filter(class_code=code).exists():
                    Classroom.objects.filter(pk=classroom.pk).update(class_code=code)
                    classroom.class_code = code
            for email in emails:
                Enrolment.objects.get_or_create(classroom=classroom, student=User.objects.get(email=email))
            module = Module.objects.filter(slug=slug).first()
            if module is not None and not classroom.assignments.filter(module=module).exists():
                due = days.day_end(days.today_for(teacher) + timedelta(days=due_in), teacher)
                module_assign(actor=teacher, classroom=classroom, module=module, due_date=due)
            classes.append(classroom)
        return classes

    @transaction.atomic
    def handle(self, *args, **options):
        parent, _ = self._user(role=Role.PARENT, **PARENT)
        ParentProfile.objects.update_or_create(
            user=parent, defaults={"exchange_rate": "0.10", "currency": "USD",
                                   "auto_approval_limit": AUTO_APPROVAL_LIMIT, "require_approval": True})
        self._co_parent(parent)
        teacher, _ = self._user(role=Role.TEACHER, **TEACHER)
        teacher_profile = services.profile_create(user=teacher)
        if not teacher_profile.school_name:
            teacher_profile.school_name = "Maple Street Primary"
            teacher_profile.subject = "Financial literacy"
            teacher_profile.save()
        created_items, _ = catalogue_load()
        curriculum = starter_load()

        for spec in CHILDREN:
            child, created = self._user(email=spec["email"], name=spec["name"], role=spec["role"],
                                        avatar_url=spec["avatar_url"])
            ChildProfile.objects.get_or_create(user=child, defaults={"age": spec["age"], "parent": parent})
            if created:
                self._history(parent, child, spec)
        classmate, classmate_created = self._user(**{k: v for k, v in CLASSMATE.items() if k != "age"})
        ChildProfile.objects.get_or_create(user=classmate, defaults={"age": CLASSMATE["age"]})
        classes = self._classes(teacher)
        if classmate_created:
            self._failed_tries(classmate, Module.objects.get(slug=CLASSMATE_LESSON))
        if not Module.objects.filter(slug=TEACHER_DRAFT["slug"]).exists():
            module_create(actor=teacher, published=False, **TEACHER_DRAFT)

        if created_items:
            self.stdout.write(f"Shop catalogue: {created_items} items added.")
        if curriculum.created:
            self.stdout.write(f"Starter curriculum: {len(curriculum.created)} modules added.")
        self.stdout.write(self.style.SUCCESS("Demo data is ready. Sign in with password 'demo123':"))
        self.stdout.write(f"  parent   {PARENT['email']}   (app and /admin/; auto-approves purchases up to "
                          f"{AUTO_APPROVAL_LIMIT} coins)")
        self.stdout.write(f"  parent   {CO_PARENT['email']}   (app and /admin/; the family's co-parent, with "
                          f"{PARENT['name']})")
        self.stdout.write(f"  teacher  {TEACHER['email']}   (app and /admin/)")
        for spec in CHILDREN:
            kind = "child " if spec["role"] == Role.CHILD else "teen  "
            self.stdout.write(f"  {kind}   {spec['email']}")
        for classroom in classes:
            self.stdout.write(f"  class    {classroom.name}: code {classroom.class_code}")
