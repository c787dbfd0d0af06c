"""The strict input fields every serializer shares: what a whole number is, for the API.

A JSON integer or its plain decimal text is a whole number (query strings carry nothing but text, and
some clients send ``"10"`` in JSON); everything else is a 400 naming the field, never a 500, on SQLite
and PostgreSQL alike.
"""

import pytest
from rest_framework import serializers

from coincraft.api import CoinsField, StrictIntegerField, TrimmedCharField

ACCEPTED = [(10, 10), (-3, -3), (0, 0), ("10", 10), ("-3", -3), ("007", 7), (2**31 - 1, 2**31 - 1),
            (-(2**31), -(2**31))]
REFUSED = [True, False, 10.5, 10.0, "10.5", "10.0", "1e3", 1e3, "", "   ", " 10", "10 ", "+10", "--1", "0x10",
           "١٠", "1_000", None, [10], {"n": 10}, 2**31, -(2**31) - 1, 2**63, str(2**63), "9" * 2000]


class Numbers(serializers.Serializer):
    n = StrictIntegerField()


class Coins(serializers.Serializer):
    coins = CoinsField()


@pytest.mark.parametrize(("value", "expected"), ACCEPTED, ids=[repr(v) for v, _ in ACCEPTED])
def test_a_json_integer_or_its_decimal_text_is_a_whole_number(value, expected):
    # when
    serializer = Numbers(data={"n": value})
    # then
    assert serializer.is_valid(), serializer.errors
    assert serializer.validated_data["n"] == expected


@pytest.mark.parametrize("value", REFUSED, ids=[repr(v)[:20] for v in REFUSED])
def test_anything_else_is_refused_naming_the_field(value):
    # when
    serializer = Numbers(data={"n": value})
    # then
    assert not serializer.is_valid()
    assert list(serializer.errors) == ["n"]


@pytest.mark.parametrize("value", [-1, 10.5, "1e3", True, 2**31, 2**63, "", "ten"])
def test_coins_are_refused_the_same_way(value):
    # when
    serializer = Coins(data={"coins": value})
    # then
    assert not serializer.is_valid()
    assert list(serializer.errors) == ["coins"]


def test_coins_in_decimal_text_are_accepted():
    # when
    serializer = Coins(data={"coins": "10"})
    # then
    assert serializer.is_valid(), serializer.errors
    assert serializer.validated_data["coins"] == 10


@pytest.mark.parametrize("value", [2**31, 2**63, -(2**63) - 1, "9223372036854775808", 10.5, "1e3", True])
def test_an_out_of_range_or_fractional_number_in_a_body_is_a_400_on_every_database(personas, as_user, value):
    # when: the teen's budget split takes three whole percentages
    response = as_user(personas.teen_a).put("/api/teen/budget", {"saving": value, "spending": 35, "wants": 25},
                                            format="json")
    # then
    assert response.status_code == 400, response.content
    assert response.json()["detail"].startswith("saving")


@pytest.mark.parametrize("value", [str(2**31), str(2**63), "10.5", "1e3", "%ED%A0%80", "ten"])
def test_an_out_of_range_or_fractional_number_in_a_query_is_a_400(personas, as_user, value):
    # when
    response = as_user(personas.child_a).get(f"/api/users/me/transactions?limit={value}")
    # then
    assert response.status_code == 400, response.content
    assert "limit" in response.json()["detail"]


def test_a_number_in_decimal_text_is_accepted_in_a_body(personas, as_user):
    # when
    response = as_user(personas.teen_a).put("/api/teen/budget", {"saving": "50", "spending": 30, "wants": "20"},
                                            format="json")
    # then
    assert response.status_code == 200, response.content


class Named(serializers.Serializer):
    name = TrimmedCharField(max_length=10)


@pytest.mark.parametrize(("value", "valid"), [("abcdefghij", True), ("  abc  ", True), ("abcdefghij\n", False),
                                              (" abcdefghij", False), ("a\x00b", False), (10, False)])
def test_a_text_length_limit_holds_for_the_text_as_sent(value, valid):
    # when
    serializer = Named(data={"name": value})
    # then
    assert serializer.is_valid() is valid, serializer.errors
