"""The parts batch G's misses taught (tests/corpus/README.md, "Batch G's classes"), each read in a sentence of
its own: a week counted from the week named before it, a site's place, a date that names what a thing is,
an opt-out beside a window, and questions, needs and "back in <month>" that state nothing."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

from policies.understanding import understand

TZ = "America/Panama"
WEDNESDAY = datetime(2027, 2, 10, 10, tzinfo=ZoneInfo(TZ))  # Wednesday 10 February 2027


def read(text, role="customer"):
    return understand(text, WEDNESDAY, TZ, role=role)


def test_the_week_after_counts_from_the_week_named_before_it():
    away = read("🏝️ not around next week 🏝️ back the week after").unavailable
    assert (away.start, away.resume) == (date(2027, 2, 15), date(2027, 2, 22))


def test_the_following_week_alone_is_next_week():
    away = read("on leave the following week").unavailable
    assert (away.start, away.resume) == (date(2027, 2, 15), date(2027, 2, 22))


def test_a_site_and_its_place_that_will_not_open_is_the_company():
    away = read("La sucursal de Arequipa no abrirá el jueves; el viernes abrimos normal.").unavailable
    assert (away.start, away.resume, away.scope) == (date(2027, 2, 11), date(2027, 2, 12), "company")


def test_a_day_before_resume_words_of_another_day_is_the_first_day_away():
    away = read("Our Porto office won't be open Thursday, we're back Friday").unavailable
    assert (away.start, away.resume, away.scope) == (date(2027, 2, 11), date(2027, 2, 12), "company")


def test_a_past_date_naming_a_charge_is_not_the_promise():
    said = "The payment of $20 from Jan 30 bounced. I'll retry it Friday before noon."
    assert read(said, role="staff").promise.due == datetime(2027, 2, 12, 12, tzinfo=ZoneInfo(TZ))


def test_a_past_date_alone_is_never_rolled_to_next_year_for_a_promise():
    assert read("Te confirmo lo del cobro del 3 de febrero.", role="staff").promise is None


def test_an_opt_out_beside_a_window_is_read_too():
    result = read("away till the 20th, pls no nudges")
    assert result.unavailable.resume == date(2027, 2, 20) and result.opt_out


def test_a_formal_request_not_to_follow_up_is_an_opt_out():
    assert read("Les rogamos no hacer más seguimientos hasta nuevo aviso.").opt_out


def test_questions_and_needs_with_a_date_state_nothing():
    for said, role in [
        ("They want to know whether it ships before March 1.", "customer"),
        ("We need your approval by Monday at the latest.", "staff"),
        ("Necesitamos su respuesta el jueves como máximo.", "staff"),
        ("Back in January we saw the same timeout.", "customer"),
    ]:
        assert read(said, role=role).empty, said


def test_back_in_a_month_still_is_a_return_when_nothing_past_is_told():
    assert read("off from Friday, back in March").unavailable.resume == date(2027, 3, 1)
