"""The one gate for the bot's own customer-facing messages (issue 17, customer side), with the clock moved:
notices wait while the customer is away or off and fold into one true message when they are back;
answers go at once; the acknowledgement holds no button; a window is echoed exactly."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select

from bot.platform.models import Timer
from bot.sandbox.simulator import CUSTOMER_TEAM, OUR_TEAM
from bot.slack.workspaces import ensure_channel
from tests.support.flow import dms, request_of, says, settle, staff_says, thread_posts
from tests.support.team import PANAMA_OFFICE, people, workspace_settings

MADRID = ZoneInfo("Europe/Madrid")
PUBLIC = {"chat.postMessage", "chat.scheduleMessage", "chat.update", "reactions.add"}


def customer_in_madrid(bot, slack, *, language: str = "es", register: str | None = None, tell_resolved=True) -> None:
    """Our team works in Panama; Carla and her company are in Madrid (Spain's holidays)."""
    people(slack, "UANA", "UBEA", "ULEAD")
    slack.add_user("UCARLA", team_id=CUSTOMER_TEAM, name="Carla Pérez", tz="Europe/Madrid")
    workspace_settings(bot, lead="ULEAD", hours=dict(PANAMA_OFFICE))
    with bot.atento.sessions.begin() as session:
        channel = ensure_channel(session, OUR_TEAM, "CSHARED", shared=True, now=datetime(2026, 12, 1, tzinfo=MADRID))
        channel.country, channel.timezone, channel.language = "ES", "Europe/Madrid", language
        channel.triage_channel_id = "CTRIAGE"
        channel.settings = {
            **(channel.settings or {}),
            "tell_resolved": tell_resolved,
            **({"register": register} if register else {}),
        }


def at(clock, *moment: int) -> None:
    clock.set(datetime(*moment, tzinfo=MADRID))


def customer_writes(bot, clock, text: str, thread: str | None = None) -> str:
    ts = says(bot, clock, text, **({"thread_ts": thread} if thread else {}))
    settle(bot, clock)
    return ts


def command(bot, clock, name: str, text: str, user: str = "UANA") -> dict:
    answer = bot.send.command(name, text, user=user).json()
    settle(bot, clock)
    return answer


def sweep_days(bot, clock, *days: tuple[int, int, int, int]) -> None:
    for year, month, day, hour in days:
        at(clock, year, month, day, hour)
        bot.drain()


def gated_rows(bot) -> list[dict]:
    """What the outbox was asked to post where the customer reads (their channel), as queued."""
    with bot.atento.sessions() as session:
        rows = session.scalars(select(Timer).where(Timer.kind == "outbox").order_by(Timer.id))
        return [
            t.payload
            for t in rows
            if t.payload.get("method") in PUBLIC and t.payload.get("args", {}).get("channel") == "CSHARED"
        ]


# -- acceptance ------------------------------------------------------------------------------------------
def test_a_customer_closed_24_to_31_december_hears_nothing_until_their_first_working_morning_then_one_message(
    bot, clock, slack
):
    """Claimed and handed off inside the closure: silence, then exactly one message naming the current owner
    on their first working morning back (1 January is a holiday in Spain, then the weekend)."""
    customer_in_madrid(bot, slack)
    at(clock, 2026, 12, 16, 10, 0)
    thread = customer_writes(bot, clock, "Hola, la exportación de facturas falla con un error 500")
    customer_writes(bot, clock, "Les aviso que estaremos cerrados del 24 al 31 de diciembre", thread)
    before = len(thread_posts(slack, thread))

    at(clock, 2026, 12, 24, 16, 0)  # 10:00 in Panama
    command(bot, clock, "/claim", "REQ-1")
    at(clock, 2026, 12, 29, 17, 0)
    handed = command(bot, clock, "/handoff", "REQ-1 <@UBEA|bea> she knows the exporter")["text"]
    assert handed.endswith("Carla Pérez is away or outside their hours: they'll be told Mon 4 Jan 09:00, their time.")
    assert request_of(bot).owner_user_id == "UBEA"
    sweep_days(bot, clock, (2026, 12, 30, 12), (2026, 12, 31, 12), (2027, 1, 1, 12), (2027, 1, 2, 12))
    sweep_days(bot, clock, (2027, 1, 3, 12), (2027, 1, 4, 8))
    at(clock, 2027, 1, 4, 8, 59)
    bot.drain()
    assert thread_posts(slack, thread)[before:] == [], "a notice reached the customer while they were closed"

    at(clock, 2027, 1, 4, 9, 0, 1)
    settle(bot, clock)
    sweep_days(bot, clock, (2027, 1, 4, 15), (2027, 1, 5, 10))
    assert thread_posts(slack, thread)[before:] == ["Bea Ruiz se encarga de REQ-1."]
    assert all(row.get("gate") for row in gated_rows(bot)), gated_rows(bot)  # every post passed the gate


def test_a_customer_in_madrid_gets_no_bot_notice_at_night(bot, clock, slack):
    customer_in_madrid(bot, slack)
    at(clock, 2026, 12, 16, 10, 0)
    thread = customer_writes(bot, clock, "Hola, la exportación de facturas falla")
    at(clock, 2026, 12, 16, 23, 5)  # 17:05 in Panama: Ana claims at the end of her day
    answer = command(bot, clock, "/claim", "REQ-1")
    assert answer["text"] == (  # no false "has been told"
        "You own REQ-1 now. Carla Pérez is away or outside their hours: they'll be told Thu 17 Dec 09:00, their time."
    )
    sweep_days(bot, clock, (2026, 12, 17, 2), (2026, 12, 17, 6))
    at(clock, 2026, 12, 17, 8, 59)
    bot.drain()
    assert thread_posts(slack, thread)[1:] == []
    at(clock, 2026, 12, 17, 9, 0, 1)
    settle(bot, clock)
    at(clock, 2026, 12, 17, 12, 0)
    bot.drain()
    assert thread_posts(slack, thread)[1:] == ["Ana García se encarga de REQ-1."]


def test_a_customer_who_just_wrote_at_night_is_at_their_desk_and_hears_at_once(bot, clock, slack):
    customer_in_madrid(bot, slack)
    at(clock, 2026, 12, 16, 22, 50)
    thread = customer_writes(bot, clock, "Hola, ¿alguien puede mirar la exportación? Es urgente")
    at(clock, 2026, 12, 16, 23, 5)  # within 30 minutes of their message
    assert command(bot, clock, "/claim", "REQ-1")["text"] == "You own REQ-1 now. Carla Pérez has been told."
    assert thread_posts(slack, thread)[1:] == ["Ana García se encarga de REQ-1."]


def test_a_held_notice_wakes_when_the_customer_writes(bot, clock, slack):
    customer_in_madrid(bot, slack)
    at(clock, 2026, 12, 16, 10, 0)
    thread = customer_writes(bot, clock, "Hola, la exportación de facturas falla")
    at(clock, 2026, 12, 16, 23, 5)
    command(bot, clock, "/claim", "REQ-1")
    assert thread_posts(slack, thread)[1:] == []
    at(clock, 2026, 12, 16, 23, 40)  # still up: she writes again
    customer_writes(bot, clock, "Por cierto, también falla el PDF", thread)
    settle(bot, clock)
    assert thread_posts(slack, thread)[1:] == ["Ana García se encarga de REQ-1."]
    at(clock, 2026, 12, 17, 9, 30)
    bot.drain()
    assert thread_posts(slack, thread)[1:] == ["Ana García se encarga de REQ-1."]  # once


def test_an_opt_out_holds_the_notices_until_they_write_again(bot, clock, slack):
    customer_in_madrid(bot, slack, language="en")
    at(clock, 2026, 12, 16, 10, 0)
    thread = customer_writes(bot, clock, "The invoice export fails")
    customer_writes(bot, clock, "please stop pinging me about this, I'll reach out when ready", thread)
    assert command(bot, clock, "/claim", "REQ-1")["text"] == (
        "You own REQ-1 now. Carla Pérez asked not to be chased: they'll be told when they write again."
    )
    sweep_days(bot, clock, (2026, 12, 17, 10), (2026, 12, 18, 10))
    assert [t for t in thread_posts(slack, thread) if "taking care" in t] == []
    at(clock, 2026, 12, 18, 11, 0)
    customer_writes(bot, clock, "ok, I'm ready now", thread)
    assert [t for t in thread_posts(slack, thread) if "taking care" in t] == ["Ana García is taking care of REQ-1."]


def test_a_customer_profile_with_an_unknown_time_zone_falls_back_to_the_channels(bot, clock, slack):
    customer_in_madrid(bot, slack)
    slack.add_user("UCARLA", team_id=CUSTOMER_TEAM, name="Carla Pérez", tz="Mars/Olympus")
    at(clock, 2026, 12, 16, 10, 0)
    thread = customer_writes(bot, clock, "Hola, la exportación de facturas falla")
    at(clock, 2026, 12, 16, 23, 5)  # night in Madrid, the channel's zone
    command(bot, clock, "/claim", "REQ-1")
    assert thread_posts(slack, thread)[1:] == []
    at(clock, 2026, 12, 17, 9, 0, 1)
    settle(bot, clock)
    assert thread_posts(slack, thread)[1:] == ["Ana García se encarga de REQ-1."]


def test_the_acknowledgement_holds_no_button(bot, clock, slack):
    customer_in_madrid(bot, slack)
    at(clock, 2026, 12, 16, 10, 0)
    thread = customer_writes(bot, clock, "Hola, la exportación de facturas falla")
    (ack,) = [p for p in slack.posts("CSHARED") if p.get("thread_ts") == thread]
    assert ack["text"] == "Registrado como REQ-1. Una persona de nuestro equipo se hará cargo."
    assert "blocks" not in ack
    (triage,) = slack.posts("CTRIAGE")  # Claim stays where staff read
    assert triage["blocks"][1]["elements"][0]["action_id"] == "claim_request"


def test_el_jueves_no_estare_disponible_said_on_monday_21_december_is_thursday_24_back_monday_28(bot, clock, slack):
    """Christmas Day is a holiday in Spain and 26–27 December the weekend: we write again Monday 28."""
    customer_in_madrid(bot, slack)
    at(clock, 2026, 12, 21, 10, 0)
    thread = customer_writes(bot, clock, "Hola, la exportación de facturas falla")
    customer_writes(bot, clock, "El jueves no estaré disponible", thread)
    assert thread_posts(slack, thread)[-1] == (
        "Entendido: no estará disponible el jueves 24 de diciembre; "
        "le escribiremos de nuevo a partir del lunes 28 de diciembre."
    )


def test_a_channel_that_chose_tu_reads_tu(bot, clock, slack):
    customer_in_madrid(bot, slack, register="tu")
    at(clock, 2026, 12, 21, 10, 0)
    thread = customer_writes(bot, clock, "Hola, la exportación de facturas falla")
    customer_writes(bot, clock, "El jueves no estaré disponible", thread)
    assert thread_posts(slack, thread)[-1] == (
        "Entendido: no estarás disponible el jueves 24 de diciembre; "
        "te escribiremos de nuevo a partir del lunes 28 de diciembre."
    )


def test_a_window_of_two_days_before_a_weekend_names_its_start_and_end_in_english(bot, clock, slack):
    customer_in_madrid(bot, slack, language="en")
    at(clock, 2026, 12, 14, 10, 0)
    thread = customer_writes(bot, clock, "The invoice export fails")
    customer_writes(bot, clock, "Heads up: I'm out Thursday and Friday, back on Monday.", thread)
    assert thread_posts(slack, thread)[-1] == (
        "Noted: you're away Thursday 17 – Friday 18 December; we'll write again from Monday 21 December."
    )


# -- bad input: a notice folded while the request was resolved meanwhile --------------------------------
def closed_and_resolved_inside(bot, clock, slack, *, tell_resolved: bool) -> str:
    customer_in_madrid(bot, slack, tell_resolved=tell_resolved)
    at(clock, 2026, 12, 16, 10, 0)
    thread = customer_writes(bot, clock, "Hola, la exportación de facturas falla")
    customer_writes(bot, clock, "Les aviso que estaremos cerrados del 24 al 31 de diciembre", thread)
    at(clock, 2026, 12, 28, 16, 0)
    command(bot, clock, "/claim", "REQ-1")
    staff_says(bot, clock, "Fixed on our side; nothing needed from you.", thread_ts=thread)
    settle(bot, clock)
    resolved = command(bot, clock, "/resolve", "REQ-1")["text"]
    assert resolved.endswith("they'll be told Mon 4 Jan 09:00, their time.") == tell_resolved
    sweep_days(bot, clock, (2027, 1, 4, 9), (2027, 1, 4, 12))
    return thread


def test_a_claim_held_while_the_request_was_resolved_meanwhile_sends_nothing(bot, clock, slack):
    thread = closed_and_resolved_inside(bot, clock, slack, tell_resolved=False)
    bots = [t for t in thread_posts(slack, thread) if "REQ-1" in t and not t.startswith("Registrado")]
    assert [t for t in bots if not t.startswith("Entendido")] == []
    with bot.atento.sessions() as session:
        (held,) = session.scalars(select(Timer).where(Timer.kind == "customer.notice")).all()
        assert held.state == "skipped" and "nothing left to say: the request is resolved" in held.result
    sweep_days(bot, clock, (2027, 1, 5, 12), (2027, 1, 6, 12))
    assert [t for t in thread_posts(slack, thread) if "se encarga" in t or t.startswith("REQ-1")] == []


def test_a_claim_and_a_resolution_held_together_say_only_that_it_is_resolved(bot, clock, slack):
    thread = closed_and_resolved_inside(bot, clock, slack, tell_resolved=True)
    told = [t for t in thread_posts(slack, thread) if t.startswith("REQ-1") or "se encarga" in t]
    assert told == ["REQ-1 está resuelta. Si queda algo pendiente, responda aquí mismo."]


# -- a click: at once, and the one who clicked hears that the customer is away ----------------------------
def test_need_more_time_while_the_customer_is_away_goes_at_once_and_says_until_when(bot, clock, slack):
    customer_in_madrid(bot, slack, language="en")
    at(clock, 2026, 12, 16, 10, 0)
    thread = customer_writes(bot, clock, "The invoice export fails")
    command(bot, clock, "/claim", "REQ-1")
    command(bot, clock, "/promise", "REQ-1 friday 17:00")
    customer_writes(bot, clock, "We're closed Thursday 17 and Friday 18, back on Monday.", thread)
    at(clock, 2026, 12, 17, 16, 0)  # 10:00 in Panama; the customer's company is closed
    with bot.atento.sessions() as session:
        from bot.platform.models import Promise

        promise_id = session.scalars(select(Promise.id).where(Promise.state == "open")).one()
    values = {
        "when": {"when": {"type": "plain_text_input", "value": "monday 17:00"}},
        "note": {"note": {"type": "plain_text_input", "value": "the fix is in review"}},
    }
    reply = bot.send.view_submission("promise_edit", values, user="UANA", private_metadata=f"more:{promise_id}")
    assert reply.status == 200
    settle(bot, clock)
    assert thread_posts(slack, thread)[-1] == (
        "Update from Ana García on REQ-1: we need until Monday 21 December — the fix is in review"
    )
    (told,) = dms(slack, "UANA", "as you asked")
    assert told == (
        "Sent to Carla Pérez in REQ-1's thread, as you asked. "
        "They are away until Mon 21 Dec 09:00 (their time), so they may read it only then."
    )


def test_every_post_where_the_customer_reads_carries_the_kind_the_gate_let_through(bot, clock, slack):
    """The run-time side of tests/unit/test_customer_gate.py: a week's every kind of customer post."""
    customer_in_madrid(bot, slack, language="en")
    at(clock, 2026, 12, 14, 10, 0)
    thread = customer_writes(bot, clock, "The invoice export fails")
    customer_writes(bot, clock, "Heads up: I'm out Thursday and Friday, back on Monday.", thread)
    command(bot, clock, "/claim", "REQ-1")
    command(bot, clock, "/promise", "REQ-1 wednesday 17:00")
    customer_writes(bot, clock, "<@UATENTO> who is handling this?", thread)
    command(bot, clock, "/handoff", "REQ-1 <@UBEA|bea>")
    at(clock, 2026, 12, 15, 11, 0)
    command(bot, clock, "/resolve", "REQ-1", user="UBEA")
    rows = gated_rows(bot)
    assert {row["gate"] for row in rows} == {"ack", "window_echo", "claim", "handoff", "resolution"}
    assert len(thread_posts(slack, thread)) == len(rows) == 6
