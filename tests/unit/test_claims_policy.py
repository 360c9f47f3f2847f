"""Who may claim, release, hand off or resolve (pure policy)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from policies.claims import (
    Actor,
    Allowed,
    Confirm,
    Facts,
    Refused,
    may_claim,
    may_hand_off,
    may_release,
    may_resolve,
    parse_reference,
)

ANA, BEA, LEAD = Actor("UANA", "staff"), Actor("UBEA", "staff"), Actor("ULEAD", "staff")
CARLA = Actor("UCARLA", "customer")
OPEN, ANAS = Facts("open", None), Facts("open", "UANA")


@pytest.mark.parametrize(
    ("text", "number"), [("REQ-12", 12), ("req-12", 12), ("12", 12), (" REQ 7 ", 7), ("#3", 3), ("REQ#9", 9)]
)
def test_references_read_as_numbers(text, number):
    assert parse_reference(text) == number


@pytest.mark.parametrize("text", ["", "REQ-", "twelve", "12a", "REQ-1-2", "-5", "REQ-12 extra", "1234567890"])
def test_anything_else_is_not_a_reference(text):
    assert parse_reference(text) is None


@given(st.text(max_size=40))
def test_parse_reference_never_raises(text):
    result = parse_reference(text)
    assert result is None or result >= 0


def test_staff_claim_an_unclaimed_request():
    assert may_claim(ANA, OPEN) == Allowed()


@pytest.mark.parametrize(
    "actor", [CARLA, Actor("UB", "bot"), Actor("UX", "unknown"), Actor("UGONE", "staff", deleted=True)]
)
def test_only_active_staff_may_claim(actor):
    assert may_claim(actor, OPEN) == Refused("only_staff")


def test_taking_over_asks_for_confirmation_then_is_allowed():
    assert may_claim(BEA, ANAS) == Confirm("UANA")
    assert may_claim(BEA, ANAS, confirmed=True) == Allowed()


def test_claiming_your_own_or_a_closed_request_is_refused():
    assert may_claim(ANA, ANAS) == Refused("already_yours")
    assert may_claim(ANA, Facts("resolved", None)) == Refused("not_open")


def test_release_is_for_the_owner_or_the_lead():
    assert may_release(ANA, ANAS) == Allowed()
    assert may_release(LEAD, ANAS, lead="ULEAD") == Allowed()
    assert may_release(BEA, ANAS) == Refused("not_yours")
    assert may_release(ANA, OPEN) == Refused("not_claimed")


def test_resolve_is_for_the_owner_or_the_lead():
    assert may_resolve(ANA, ANAS) == Allowed()
    assert may_resolve(LEAD, ANAS, lead="ULEAD") == Allowed()
    assert may_resolve(BEA, ANAS) == Refused("not_yours")
    assert may_resolve(CARLA, ANAS) == Refused("only_staff")


@pytest.mark.parametrize(
    ("target", "reason"),
    [
        (CARLA, "target_not_staff"),
        (Actor("UGUEST", "customer"), "target_not_staff"),
        (Actor("UBOT", "bot"), "target_bot"),
        (Actor("UGONE", "staff", deleted=True), "target_deactivated"),
        (ANA, "target_already_owner"),
    ],
)
def test_hand_off_refuses_customers_guests_bots_and_the_deactivated(target, reason):
    assert may_hand_off(ANA, target, ANAS) == Refused(reason)


def test_hand_off_to_a_colleague():
    assert may_hand_off(ANA, BEA, ANAS) == Allowed()
    assert may_hand_off(CARLA, BEA, ANAS) == Refused("only_staff")
