"""The end-of-day note (issue 17): when it goes and what it holds; pure."""

from __future__ import annotations

from datetime import datetime, time
from zoneinfo import ZoneInfo

from policies.business_time import Schedule
from policies.staff_day import OwnPromise, OwnRequest, day_note, next_note_at, waits_on_staff
from policies.staff_hours import parse_hours, staff_hours

MADRID = ZoneInfo("Europe/Madrid")
SPAIN = staff_hours(Schedule(tz="Europe/Madrid", country="ES"), "Europe/Madrid")


def madrid(day: int, hour: int, minute: int = 0, month: int = 12) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=MADRID)


def test_the_note_goes_at_its_time_on_working_days_only():
    assert next_note_at(SPAIN, time(17), madrid(16, 10)) == madrid(16, 17)
    assert next_note_at(SPAIN, time(17), madrid(16, 17)) == madrid(17, 17), "strictly after"
    assert next_note_at(SPAIN, time(17), madrid(18, 18)) == madrid(21, 17), "not at the weekend"
    assert next_note_at(SPAIN, time(17), madrid(24, 18)) == madrid(28, 17), "not on Christmas Day in Spain"


def test_a_night_shift_keeps_its_note_on_its_working_days():
    night = staff_hours(Schedule(tz="Europe/Madrid"), "Europe/Madrid", parse_hours("22:00-06:00"))
    assert next_note_at(night, time(5, 30), madrid(18, 23)) == madrid(21, 5, 30)


def request(number: int, customer_at: datetime | None, staff_at: datetime | None) -> OwnRequest:
    return OwnRequest(number, "C1", f"{number}.0", "Carla", "export broken", customer_at, staff_at)


def test_who_waits_on_you_wrote_last():
    assert waits_on_staff(request(1, madrid(16, 10), None))
    assert waits_on_staff(request(1, madrid(16, 11), madrid(16, 10)))
    assert not waits_on_staff(request(1, madrid(16, 10), madrid(16, 11)))
    assert not waits_on_staff(request(1, None, None))


def test_the_note_holds_promises_due_by_the_end_of_tomorrow_in_their_zone():
    now = madrid(16, 17)
    promises = [
        OwnPromise(1, "C1", "1.0", "Carla", madrid(17, 23, 59)),
        OwnPromise(2, "C1", "2.0", "Dora", madrid(18, 0, 0)),
        OwnPromise(3, "C1", "3.0", "Eva", madrid(16, 18)),
    ]
    note = day_note([request(1, madrid(16, 9), None), request(2, None, None)], promises, "Europe/Madrid", now)
    assert [p.number for p in note.promises] == [3, 1]
    assert [r.number for r in note.waiting] == [1]
    assert [r.number for r in note.open_requests] == [1, 2] and not note.quiet
    assert day_note([], [], "Europe/Madrid", now).quiet
