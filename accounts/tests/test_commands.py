from django.core.management import call_command

from accounts.models import ChildProfile, User
from classroom.models import Classroom, Enrolment
from economy.models import Transaction


def test_seed_demo_creates_the_demo_family_and_is_idempotent(db):
    # when
    call_command("seed_demo")
    first = (User.objects.count(), Transaction.objects.count(), Classroom.objects.count(), Enrolment.objects.count())
    call_command("seed_demo")
    # then
    assert (User.objects.count(), Transaction.objects.count(), Classroom.objects.count(),
            Enrolment.objects.count()) == first
    luna = ChildProfile.objects.get(user__email="luna@demo.com")
    assert luna.coins == 135 and luna.parent.email == "sarah@demo.com"
    assert sum(Transaction.objects.filter(user=luna.user).values_list("delta", flat=True)) == 135
    assert User.objects.get(email="teacher@demo.com").check_password("demo123")


def test_seed_demo_users_can_sign_in(db, api_client):
    # given
    call_command("seed_demo")
    # when
    response = api_client.post("/api/auth/jwt/login", {"username": "Harry@demo.com", "password": "demo123"})
    # then
    assert response.status_code == 200
    coins = api_client.get("/api/users/me/coins", HTTP_AUTHORIZATION=f"Bearer {response.json()['access_token']}")
    assert coins.json() == 245
