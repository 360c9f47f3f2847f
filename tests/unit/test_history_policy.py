"""Which customer requests of the last week nobody on staff answered (policies/history.py)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from policies.history import STAFF_ANSWER_MINUTES, Line, unanswered

MINUTE = 60.0


def customer(at_minute: float, user: str = "UCARLA", asks: bool = True, **kw) -> Line:
    return Line(f"{1_700_000_000 + at_minute * MINUTE:.6f}", user, "customer", asks=asks, **kw)


def staff(at_minute: float, *mentions: str, user: str = "UANA") -> Line:
    return Line(f"{1_700_000_000 + at_minute * MINUTE:.6f}", user, "staff", mentions=mentions)


def test_a_request_nobody_answered_is_unanswered():
    line = customer(0)
    assert unanswered([line]) == [line.ts]


def test_a_reply_in_its_thread_answers_it():
    assert unanswered([customer(0, answered_in_thread=True)]) == []


def test_a_staff_line_naming_the_customer_answers_all_of_theirs_and_only_theirs():
    carla, carla_again, diego = customer(0), customer(5), customer(6, "UDIEGO")
    assert unanswered([carla, carla_again, diego, staff(300, "UCARLA")]) == [diego.ts]


def test_a_staff_line_soon_after_the_one_waiting_request_answers_it_and_later_it_does_not():
    assert unanswered([customer(0), staff(STAFF_ANSWER_MINUTES)]) == []
    late = customer(0)
    assert unanswered([late, staff(STAFF_ANSWER_MINUTES + 1)]) == [late.ts]


def test_with_two_waiting_an_unnamed_staff_line_answers_neither():
    a, b = customer(0), customer(1, "UDIEGO")
    assert unanswered([a, b, staff(2)]) == [a.ts, b.ts]


def test_a_staff_line_before_the_request_answers_nothing_and_order_of_input_does_not_matter():
    line = customer(10)
    assert unanswered([line, staff(5, "UCARLA")]) == [line.ts]


def test_non_asking_customer_lines_are_never_unanswered():
    assert unanswered([customer(0, asks=False)]) == []


@given(st.lists(st.tuples(st.booleans(), st.integers(0, 10_000), st.sampled_from(["UCARLA", "UDIEGO"])), max_size=30))
def test_the_result_is_a_subset_of_the_asking_customer_lines_oldest_first(rows):
    lines = [customer(m, u) if is_customer else staff(m, u) for is_customer, m, u in rows]
    result = unanswered(lines)
    asking = {line.ts for line in lines if line.role == "customer"}
    assert set(result) <= asking
    assert result == sorted(result, key=float)
