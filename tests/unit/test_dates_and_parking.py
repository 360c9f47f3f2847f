"""Readings added in session 8 (issue 18), each beside the look-alike it must not catch: numeric dates by the
speaker's country, zones named by region, and a request set aside until the customer writes again."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from policies.understanding import understand


def read(text, tz, when, role="customer", **kw):
    zone = ZoneInfo(tz)
    return understand(text, datetime.fromisoformat(when).replace(tzinfo=zone), zone, role=role, **kw)


@pytest.mark.parametrize(
    ("tz", "start", "resume"),
    [
        ("Asia/Kolkata", date(2027, 3, 4), date(2027, 3, 9)),  # 4/3 is the 4th of March
        ("Europe/London", date(2027, 3, 4), date(2027, 3, 9)),
        ("America/Chicago", date(2027, 4, 3), date(2027, 4, 9)),  # 4/3 is April 3
    ],
)
def test_numeric_dates_are_read_the_way_the_speakers_country_writes_them(tz, start, resume):
    away = read("Off from 4/3, back 9/3" if start.month == 3 else "Off from 4/3, back 4/9", tz, "2027-02-20T10:00")
    assert away.unavailable is not None
    assert (away.unavailable.start, away.unavailable.resume) == (start, resume)


def test_a_slack_locale_outranks_the_country():
    away = read("Off from 4/3, back 4/9", "Asia/Kolkata", "2027-02-20T10:00", locale="en-US").unavailable
    assert (away.start, away.resume) == (date(2027, 4, 3), date(2027, 4, 9))


def test_a_number_over_twelve_is_the_day_whatever_the_order():
    away = read("I'm away 3/29 through 4/2", "Europe/Dublin", "2027-03-10T10:00").unavailable
    assert (away.start, away.resume) == (date(2027, 3, 29), date(2027, 4, 3))


def test_hora_del_centro_is_mexico_citys_for_a_speaker_in_mexico_and_chicagos_elsewhere():
    text = "Te marco mañana a las 10 hora del centro"
    in_mexico = read(text, "America/Tijuana", "2027-05-10T09:00", role="staff").promise
    in_florida = read(text, "America/New_York", "2027-05-10T09:00", role="staff").promise
    assert in_mexico.converted_from == "America/Mexico_City" and in_mexico.due.hour == 9
    assert in_florida.converted_from == "America/Chicago" and in_florida.due.hour == 11


@pytest.mark.parametrize(
    "text",
    [
        "Let's put this on the back burner, we'll reach out once the budget is approved.",
        "Congelen el tema por favor, nosotros les avisamos cuando haya luz verde.",
    ],
)
def test_a_request_set_aside_until_the_customer_writes_is_an_opt_out(text):
    assert read(text, "Europe/Madrid", "2027-05-10T09:00").opt_out


@pytest.mark.parametrize(
    "text",
    [
        "We paused the nightly export yesterday, can you check why it failed?",  # something else paused, a question
        "I'll get back to you this afternoon with the logs.",  # coming back, nothing set aside
        "No me mandes nada al correo de la empresa, uso el personal.",  # where to write, not whether
    ],
)
def test_look_alikes_of_setting_a_request_aside_are_not_opt_outs(text):
    assert not read(text, "Europe/Madrid", "2027-05-10T09:00").opt_out


def test_a_holiday_given_as_the_reason_is_not_the_promises_due():
    text = "Since Monday the 31st is a bank holiday here, I'll send the report on Tuesday 1 June."
    pledge = read(text, "Europe/London", "2027-05-27T10:00", role="staff").promise
    assert pledge.due.date() == date(2027, 6, 1)
