"""History when joining (issue 16, P8): which customer requests of the last week nobody on staff answered.

A staff answer counts wherever it was posted, as it does live (policies/requests.py): in the request's
thread, or top-level when it mentions the customer, or top-level within `STAFF_ANSWER_MINUTES` of the
one customer request then waiting. Pure: the channel's lines in, the unanswered ones' ts out.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import timedelta

STAFF_ANSWER_MINUTES = 30


@dataclass(frozen=True)
class Line:
    """One top-level message of the channel's history.

    `asks`: a customer request or chase (intent request/status); `answered_in_thread`: someone other
    than its author replied in its thread; `mentions`: the users a staff line mentions."""

    ts: str
    user: str
    role: str  # customer | staff
    asks: bool = False
    answered_in_thread: bool = False
    mentions: tuple[str, ...] = ()


def unanswered(lines: Iterable[Line]) -> list[str]:
    """The ts of every customer request no staff member answered, oldest first."""
    waiting: list[Line] = []
    for line in sorted(lines, key=lambda line: float(line.ts)):
        if line.role == "customer":
            if line.asks and not line.answered_in_thread:
                waiting.append(line)
        elif line.role == "staff":
            waiting = _after_staff(waiting, line)
    return [line.ts for line in waiting]


def _after_staff(waiting: list[Line], staff: Line) -> list[Line]:
    named = [line for line in waiting if line.user in staff.mentions]
    if named:
        return [line for line in waiting if line.user not in staff.mentions]
    if len(waiting) == 1 and _seconds(staff.ts) - _seconds(waiting[0].ts) <= _WINDOW:
        return []
    return waiting


_WINDOW = timedelta(minutes=STAFF_ANSWER_MINUTES).total_seconds()


def _seconds(ts: str) -> float:
    return float(ts)
