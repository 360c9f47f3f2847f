"""Intake (issue 2): messages in, requests, acknowledgements and the audit trail, on the stand-in Slack.
Signatures, retries and the HTTP edge are in tests/e2e/test_http_edge.py."""

from __future__ import annotations

from sqlalchemy import func, select

from bot.platform.models import Channel, Person, Timer
from bot.sandbox.simulator import CUSTOMER_TEAM, OUR_TEAM, envelope, message_event, ts_at
from tests.support.flow import audit_kinds, requests_of


def claim_button_of(message: dict) -> str | None:
    """The REQ number behind the message's Claim button, if it has one."""
    for block in message.get("blocks") or []:
        for element in block.get("elements") or []:
            if element.get("action_id") == "claim_request":
                return element["value"]
    return None


def customer_says(bot, clock, text, **kw):
    payload = message_event(text=text, user="UCARLA", ts=ts_at(clock.now()), **kw)
    return payload, bot.send.event(payload)


def staff_member(slack, user="USTAFF", **fields):
    return slack.add_user(user, name="Ana García", **fields)


def test_a_customer_message_opens_one_request_and_one_acknowledgement_in_its_thread(bot, clock, slack):
    payload, reply = customer_says(bot, clock, "The CSV export is broken since this morning")
    assert reply.status == 200
    bot.drain()
    (request,) = requests_of(bot)
    assert (request.reference, request.state, request.customer_user_id) == (
        "REQ-1",
        "open",
        "UCARLA",
    )
    (ack,) = slack.posts("CSHARED")
    assert (ack["channel"], ack["thread_ts"]) == ("CSHARED", payload["event"]["ts"])
    assert ack["text"] == "Logged as REQ-1. A named person from our team will take it."
    assert "blocks" not in ack and claim_button_of(ack) is None  # issue 17: no button where customers read


def test_the_acknowledgement_speaks_the_customers_language(bot, clock, slack):
    customer_says(bot, clock, "Hola, no podemos exportar las facturas de este mes")
    bot.drain()
    assert slack.posts("CSHARED")[0]["text"] == "Registrado como REQ-1. Una persona de nuestro equipo se hará cargo."


def test_a_hello_and_a_burst_within_a_minute_is_one_request_that_reads_as_the_problem(bot, clock, slack):
    for text in ("Hi team", "our dashboard shows no data", "since the upgrade to 3.2"):
        customer_says(bot, clock, text)
        clock.advance(seconds=20)
    bot.drain()
    (request,) = requests_of(bot)
    assert request.excerpt == "our dashboard shows no data"  # issue 16: a hello alone opens nothing
    assert len(slack.posts("CSHARED")) == 1
    assert audit_kinds(bot) == ["opened", "joined"]


def test_after_the_grouping_window_the_same_customer_opens_a_new_request(bot, clock, slack):
    customer_says(bot, clock, "The CSV export is broken")
    clock.advance(minutes=11)
    customer_says(bot, clock, "The PDF export is broken too")
    bot.drain()
    assert [r.reference for r in requests_of(bot)] == ["REQ-1", "REQ-2"]


def test_a_staff_top_level_message_opens_nothing(bot, clock, slack):
    staff_member(slack)
    bot.send.event(
        message_event(
            text="Reminder: maintenance tonight",
            user="USTAFF",
            user_team=OUR_TEAM,
            ts=ts_at(clock.now()),
        )
    )
    bot.drain()  # users.info places the unknown author: staff
    bot.drain()
    assert requests_of(bot) == []
    with bot.atento.sessions() as session:
        assert session.get(Person, (OUR_TEAM, "USTAFF")).role == "staff"
        results = session.scalars(select(Timer.result).where(Timer.kind == "intake.classified")).all()
    assert results == ["ignored: a staff message opens nothing"]  # the inbox records why, for operators


def test_bot_messages_and_channel_joins_open_nothing(bot, clock, slack):
    now = ts_at(clock.now())
    modern_bot = message_event(text="Deploy finished", user="UBOT", ts=now, bot_id="B999", user_team=OUR_TEAM)
    classic = message_event(
        text="webhook says hi",
        user="UBOT",
        ts=ts_at(clock.now()),
        subtype="bot_message",
        user_team=None,
    )
    ourselves = message_event(
        text="Logged as REQ-9",
        user="UATENTO",
        ts=ts_at(clock.now()),
        bot_id="BATENTO",
        user_team=OUR_TEAM,
    )
    join = message_event(
        text="<@UCARLA> has joined the channel",
        user="UCARLA",
        ts=ts_at(clock.now()),
        subtype="channel_join",
    )
    for payload in (modern_bot, classic, ourselves, join):
        assert bot.send.event(payload).status == 200
    bot.drain()
    assert requests_of(bot) == []
    assert slack.posts() == []


def test_the_bots_own_messages_are_dropped_before_the_inbox(bot, clock, slack):
    ours = message_event(text="Logged as REQ-9", user="UATENTO", ts=ts_at(clock.now()), user_team=OUR_TEAM)
    by_bot_id = message_event(text="Logged as REQ-8", user="UOTHER", ts=ts_at(clock.now()), bot_id="BATENTO")
    for payload in (ours, by_bot_id):
        assert bot.send.event(payload).status == 200
    with bot.atento.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Timer).where(Timer.kind == "intake.message")) == 0


def test_a_guest_of_our_own_workspace_is_a_customer(bot, clock, slack):
    slack.add_user("UGUEST", name="Gina Guest", is_restricted=True)
    bot.send.event(
        message_event(
            text="Can someone help with SSO?",
            user="UGUEST",
            user_team=OUR_TEAM,
            ts=ts_at(clock.now()),
            shared=False,
            channel="CINTERNAL",
        )
    )
    bot.drain()
    (request,) = requests_of(bot)
    assert request.customer_user_id == "UGUEST"
    assert len(slack.posts("CINTERNAL")) == 1


def test_thread_replies_record_customer_and_staff_activity_and_the_first_response(bot, clock, slack):
    staff_member(slack)
    opening, _ = customer_says(bot, clock, "Our invoices are duplicated")
    thread = opening["event"]["ts"]
    clock.advance(minutes=7)
    staff_reply_ts = ts_at(clock.now())
    bot.send.event(
        message_event(
            text="Looking into it",
            user="USTAFF",
            user_team=OUR_TEAM,
            ts=staff_reply_ts,
            thread_ts=thread,
        )
    )
    bot.drain()
    clock.advance(minutes=3)
    customer_reply_ts = ts_at(clock.now())
    answer = "It happens on every invoice since Monday"
    bot.send.event(message_event(text=answer, user="UCARLA", ts=customer_reply_ts, thread_ts=thread))
    bot.drain()
    (request,) = requests_of(bot)
    assert request.first_staff_reply_at.timestamp() == float(staff_reply_ts)
    assert request.last_staff_at.timestamp() == float(staff_reply_ts)
    assert request.last_customer_at.timestamp() == float(customer_reply_ts)
    assert audit_kinds(bot) == ["opened", "first_response"]


def test_an_edit_of_the_opening_message_updates_the_excerpt(bot, clock, slack):
    opening, _ = customer_says(bot, clock, "Exprot broken")
    ts = opening["event"]["ts"]
    edit = envelope(
        {
            "type": "message",
            "subtype": "message_changed",
            "hidden": True,
            "channel": "CSHARED",
            "ts": ts_at(clock.now()),
            "event_ts": ts_at(clock.now()),
            "message": {
                "type": "message",
                "user": "UCARLA",
                "text": "Export broken",
                "ts": ts,
                "edited": {"user": "UCARLA", "ts": ts_at(clock.now())},
            },
            "previous_message": {
                "type": "message",
                "user": "UCARLA",
                "text": "Exprot broken",
                "ts": ts,
            },
        }
    )
    assert bot.send.event(edit).status == 200
    bot.drain()
    assert requests_of(bot)[0].excerpt == "Export broken"


def test_deleting_the_opening_message_withdraws_the_request_and_keeps_it(bot, clock, slack):
    opening, _ = customer_says(bot, clock, "the export to Excel is broken")
    deletion = envelope(
        {
            "type": "message",
            "subtype": "message_deleted",
            "hidden": True,
            "channel": "CSHARED",
            "ts": ts_at(clock.now()),
            "deleted_ts": opening["event"]["ts"],
            "event_ts": ts_at(clock.now()),
            "previous_message": {
                "type": "message",
                "user": "UCARLA",
                "text": "never mind",
                "ts": opening["event"]["ts"],
            },
        }
    )
    assert bot.send.event(deletion).status == 200
    bot.drain()
    (request,) = requests_of(bot)
    assert request.state == "withdrawn"
    assert audit_kinds(bot) == ["opened", "withdrawn"]


def test_reaction_mode_acknowledges_with_a_reaction_only(bot, clock, slack):
    customer_says(bot, clock, "first message creates the channel row")
    bot.drain()
    with bot.atento.sessions.begin() as session:
        session.get(Channel, (OUR_TEAM, "CSHARED")).ack_mode = "reaction"
    clock.advance(minutes=15)
    opening, _ = customer_says(bot, clock, "The invoices page is blank")
    bot.drain()
    reactions = [c.args for c in slack.calls("reactions.add")]
    assert reactions == [{"channel": "CSHARED", "timestamp": opening["event"]["ts"], "name": "ticket"}]


def test_a_triage_channel_gets_the_request_with_a_link_to_its_thread(bot, clock, slack):
    customer_says(bot, clock, "The login page is down")
    bot.drain()
    with bot.atento.sessions.begin() as session:
        session.get(Channel, (OUR_TEAM, "CSHARED")).triage_channel_id = "CTRIAGE"
    clock.advance(minutes=15)
    opening, _ = customer_says(bot, clock, "Payments fail with error 402")
    bot.drain()
    (triage,) = slack.posts("CTRIAGE")
    assert "REQ-2" in triage["text"] and "Payments fail with error 402" in triage["text"]
    assert claim_button_of(triage) == "2"
    assert f"/archives/CSHARED/p{opening['event']['ts'].replace('.', '')}" in triage["text"]


def test_when_the_bot_joins_a_channel_it_learns_it_is_shared_and_introduces_itself_once(bot, clock, slack):
    slack.add_channel("CNEW", name="globex-support", shared=True)
    joined = envelope(
        {
            "type": "member_joined_channel",
            "user": "UATENTO",
            "channel": "CNEW",
            "channel_type": "C",
            "team": OUR_TEAM,
            "inviter": "USTAFF",
            "event_ts": ts_at(clock.now()),
        }
    )
    again = dict(joined, event_id="EvAGAIN")
    assert bot.send.event(joined).status == 200
    bot.drain()
    bot.send.event(again)
    bot.drain()
    intros = slack.posts("CNEW")
    assert len(intros) == 1 and "Atento" in intros[0]["text"]
    with bot.atento.sessions() as session:
        channel = session.get(Channel, (OUR_TEAM, "CNEW"))
        assert (channel.is_shared, channel.name) == (True, "globex-support")


def test_external_authors_profile_is_cached_from_users_info(bot, clock, slack):
    slack.add_user("UCARLA", team_id=CUSTOMER_TEAM, name="Carla Pérez")
    customer_says(bot, clock, "hello")
    bot.drain()
    with bot.atento.sessions() as session:
        carla = session.get(Person, (OUR_TEAM, "UCARLA"))
    assert (carla.role, carla.display_name, carla.is_stranger) == ("customer", "Carla Pérez", True)


def test_unusual_messages_are_stored_safely_with_a_truncated_excerpt_and_empty_ones_open_nothing(bot, clock, slack):
    long_text = "The export fails: " + "ñ" * 40_000
    blocks_only = message_event(text="", user="UCARLA", ts=ts_at(clock.now()), channel="C1")
    file_only = message_event(
        text="",
        user="UCARLA",
        ts=ts_at(clock.now()),
        channel="C2",
        subtype="file_share",
        files=[{"id": "F1", "name": "error.png"}],
    )
    for payload in (
        message_event(text=long_text, user="UCARLA", ts=ts_at(clock.now()), channel="C0"),
        blocks_only,
        file_only,
        message_event(
            text="The export is broken 🧯🔥 中文 עברית \u202e nul\x00byte",
            user="UCARLA",
            ts=ts_at(clock.now()),
            channel="C3",
        ),
    ):
        assert bot.send.event(payload).status == 200
    bot.drain()
    excerpts = [r.excerpt for r in requests_of(bot)]
    assert len(excerpts) == 2  # issue 16: an empty message or a file alone asks nothing
    assert len(excerpts[0]) == 500 and excerpts[0].endswith("…")
    assert excerpts[1] == "The export is broken 🧯🔥 中文 עברית \u202e nulbyte"


def test_a_customers_profile_is_fetched_once_and_again_after_a_day(bot, clock, slack):
    slack.add_user("UCARLA", team_id=CUSTOMER_TEAM, name="Carla Pérez")
    customer_says(bot, clock, "first")
    bot.drain()
    clock.advance(minutes=30)
    customer_says(bot, clock, "second, same day")
    bot.drain()
    assert len(slack.calls("users.info")) == 1
    clock.advance(hours=25)
    customer_says(bot, clock, "the next day")
    bot.drain()
    assert len(slack.calls("users.info")) == 2


def test_a_customer_with_an_open_request_has_their_status_reread_daily_without_activity(bot, clock, slack):
    slack.add_user("UCARLA", team_id=CUSTOMER_TEAM, name="Carla Pérez")
    customer_says(bot, clock, "Export broken")
    bot.drain()
    assert len(slack.calls("users.info")) == 1
    slack.state.users["UCARLA"]["profile"].update({"status_text": "Vacation", "status_emoji": ":palm_tree:"})
    clock.advance(days=1, seconds=1)
    bot.drain()
    assert len(slack.calls("users.info")) == 2
    with bot.atento.sessions() as session:
        assert session.get(Person, (OUR_TEAM, "UCARLA")).status_text == "Vacation"


def test_on_sqlite_the_sweep_reads_a_message_before_it_takes_the_write_lock(bot, clock, slack, db, monkeypatch):
    """Issue 20: what a message says (its intent, its stated absence) is read once, before the batch's write
    transaction on SQLite (acks wait for its one writer), and the transaction uses that reading."""
    import bot.availability.statements as statements_module
    import policies.understanding.intent as intent_module
    from bot.platform.db import WriterLock

    lock = WriterLock.of(db.engine.url.database) if db.dialect == "sqlite" else None
    calls = []

    def spied(name, real):
        def call(*args, **kwargs):
            calls.append((name, lock._threads.locked() if lock else None))
            return real(*args, **kwargs)

        return call

    monkeypatch.setattr(statements_module, "understand", spied("understand", statements_module.understand))
    monkeypatch.setattr(intent_module, "intent_of", spied("intent", intent_module.intent_of))
    customer_says(bot, clock, "The CSV export is broken since this morning")
    bot.drain()
    assert [r.reference for r in requests_of(bot)] == ["REQ-1"]
    assert slack.posts("CSHARED")[0]["text"] == "Logged as REQ-1. A named person from our team will take it."
    held = False if db.dialect == "sqlite" else None
    assert sorted(calls) == [("intent", held), ("understand", held)]
