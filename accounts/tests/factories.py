import factory

from accounts.models import ChildProfile, ParentProfile, Role, TeacherProfile, User

PASSWORD = "correct-horse-42"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"user{n}@example.com")
    name = factory.Faker("name")
    role = Role.PARENT
    password = factory.django.Password(PASSWORD)  # hashed before the one save


class ParentFactory(UserFactory):
    role = Role.PARENT
    email = factory.Sequence(lambda n: f"parent{n}@example.com")
    profile = factory.RelatedFactory("accounts.tests.factories.ParentProfileFactory", factory_related_name="user")


class ParentProfileFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ParentProfile

    user = factory.SubFactory(ParentFactory, profile=None)


class TeacherFactory(UserFactory):
    role = Role.TEACHER
    email = factory.Sequence(lambda n: f"teacher{n}@example.com")
    profile = factory.RelatedFactory("accounts.tests.factories.TeacherProfileFactory", factory_related_name="user")


class TeacherProfileFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = TeacherProfile

    user = factory.SubFactory(TeacherFactory, profile=None)


class ChildFactory(UserFactory):
    """A younger child; pass ``profile__parent=<parent>`` to put it in a family."""

    role = Role.CHILD
    email = factory.Sequence(lambda n: f"child{n}@example.com")
    profile = factory.RelatedFactory("accounts.tests.factories.ChildProfileFactory", factory_related_name="user")


class TeenFactory(ChildFactory):
    role = Role.TEEN
    email = factory.Sequence(lambda n: f"teen{n}@example.com")


class ChildProfileFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ChildProfile

    user = factory.SubFactory(ChildFactory, profile=None)
    age = factory.LazyAttribute(lambda o: 14 if o.user.role == Role.TEEN else 9)
    parent = None
    coins = 0
