import factory

from learning.models import Module, ModuleSection, QuizOption, QuizQuestion, UserModuleProgress


class ModuleFactory(factory.django.DjangoModelFactory):
    """A published module worth 40 coins; pass ``created_by=<teacher>`` for an authored one."""

    class Meta:
        model = Module

    title = factory.Sequence(lambda n: f"Module {n:03d}")
    description = "Learn about money"
    category = "Saving"
    difficulty = "easy"
    estimated_duration = 20
    points_reward = 40
    is_published = True
    created_by = None


class SectionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ModuleSection

    module = factory.SubFactory(ModuleFactory)
    title = factory.Sequence(lambda n: f"Section {n}")
    type = "lesson"
    content = "Coins can be saved."
    order_index = factory.Sequence(lambda n: n + 1)


class QuestionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = QuizQuestion

    section = factory.SubFactory(SectionFactory, type="quiz", title="Module Quiz")
    question_text = factory.Sequence(lambda n: f"Question {n}?")
    explanation = "Because."
    points = 1
    order_index = factory.Sequence(lambda n: n + 1)


class OptionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = QuizOption

    question = factory.SubFactory(QuestionFactory)
    option_text = factory.Sequence(lambda n: f"Option {n}")
    is_correct = False
    order_index = factory.Sequence(lambda n: n + 1)


class ProgressFactory(factory.django.DjangoModelFactory):
    """An "assigned" progress row (what a teacher's assignment gives a student)."""

    class Meta:
        model = UserModuleProgress

    module = factory.SubFactory(ModuleFactory)
    status = "assigned"
