"""One named owner for every request: commands, buttons, takeovers, handoffs (issue 3, first part)."""

from __future__ import annotations

from sqlalchemy import select

from bot.platform.models import Workspace
from bot.sandbox.simulator import CUSTOMER_TEAM, OUR_TEAM, message_event, ts_at
from bot.slack.workspaces import ensure_channel
from tests.support.builders import another_workspace_request
from tests.support.flow import dms, ephemerals, events_of, request_of, says, settle, thread_posts
from tests.support.team import people


def open_request(bot, clock, text="The CSV export is broken", channel="CSHARED") -> str:
    thread = says(bot, clock, text, channel=channel)
    settle(bot, clock)
    clock.advance(minutes=11)  # past the grouping window: the next message is a new request
    return thread


def staff(slack):
    people(slack, "UANA", "UBEA", "UCARLA")


def test_claim_by_command_names_the_owner_to_the_customer_once(bot, clock, slack):
    staff(slack)
    thread = open_request(bot, clock)
    reply = bot.send.command("/claim", "REQ-1", user="UANA")
    settle(bot, clock)
    assert reply.status == 200 and reply.json()["text"].startswith("You own REQ-1 now.")
    assert request_of(bot).owner_user_id == "UANA"
    assert thread_posts(slack, thread)[1:] == ["Ana García is taking care of REQ-1."]
    assert ("claimed", "UANA") in events_of(bot)


def test_the_customer_sees_the_owner_in_their_language(bot, clock, slack):
    staff(slack)
    thread = open_request(bot, clock, text="Hola, no podemos exportar las facturas")
    bot.send.command("/claim", "1", user="UANA")
    settle(bot, clock)
    assert thread_posts(slack, thread)[-1] == "Ana García se encarga de REQ-1."


def test_claim_by_the_button_on_the_triage_post(bot, clock, slack):
    staff(slack)
    thread = open_request(bot, clock)
    assert bot.send.action("claim_request", "1", user="UANA", channel="CTRIAGE").status == 200
    settle(bot, clock)
    assert request_of(bot).owner_user_id == "UANA"
    assert ephemerals(slack, "UANA")[0].startswith("You own REQ-1 now.")
    assert thread_posts(slack, thread)[1:] == ["Ana García is taking care of REQ-1."]


def test_a_customer_pressing_claim_is_told_only_the_team_can_and_nothing_changes(bot, clock, slack):
    staff(slack)
    thread = open_request(bot, clock)
    assert bot.send.action("claim_request", "1", user="UCARLA", team_id=CUSTOMER_TEAM).status == 200
    settle(bot, clock)
    assert ephemerals(slack, "UCARLA") == ["Only the support team can take requests."]
    assert request_of(bot).owner_user_id is None
    assert thread_posts(slack, thread)[1:] == []
    assert [kind for kind, _ in events_of(bot)] == ["opened"]


def test_a_guest_of_ours_cannot_claim_either(bot, clock, slack):
    staff(slack)
    slack.add_user("UGUEST", name="Gina Guest", is_restricted=True)
    open_request(bot, clock)
    reply = bot.send.command("/claim", "1", user="UGUEST")
    assert reply.json()["text"] == "Only the support team can take requests."
    assert request_of(bot).owner_user_id is None


def test_taking_over_asks_first_then_tells_the_previous_owner_privately(bot, clock, slack):
    staff(slack)
    thread = open_request(bot, clock)
    bot.send.command("/claim", "1", user="UANA")
    ask = bot.send.command("/claim", "1", user="UBEA").json()
    assert "belongs to <@UANA>. Take it over?" in ask["text"]
    assert ask["blocks"][1]["elements"][0]["action_id"] == "claim_takeover"
    assert request_of(bot).owner_user_id == "UANA"

    bot.send.action("claim_takeover", "1", user="UBEA", ephemeral=True)
    settle(bot, clock)
    assert request_of(bot).owner_user_id == "UBEA"
    assert dms(slack, "UANA") == ["<@UBEA> took over REQ-1 from you."]
    assert thread_posts(slack, thread)[1:] == [
        "Ana García is taking care of REQ-1.",
        "Bea Ruiz is taking care of REQ-1.",
    ]


def test_claim_without_a_reference_offers_the_channels_oldest_unclaimed(bot, clock, slack):
    staff(slack)
    open_request(bot, clock, text="The CSV export is broken")
    open_request(bot, clock, text="The PDF export is broken")
    offer = bot.send.command("/claim", "", user="UANA", channel="CSHARED").json()
    assert "REQ-1" in offer["text"] and "The CSV export is broken" in offer["text"]
    assert offer["blocks"][1]["elements"][0]["action_id"] == "claim_confirm"
    bot.send.action("claim_confirm", "1", user="UANA", ephemeral=True)
    settle(bot, clock)
    assert request_of(bot, 1).owner_user_id == "UANA" and request_of(bot, 2).owner_user_id is None


def test_claim_in_a_channel_with_nothing_unclaimed(bot, clock, slack):
    staff(slack)
    reply = bot.send.command("/claim", "", user="UANA", channel="CQUIET").json()
    assert reply["text"] == "Nothing unclaimed in this channel. :tada:"


def test_handoff_carries_the_note_and_the_thread_and_the_customer_need_not_repeat(bot, clock, slack):
    staff(slack)
    thread = open_request(bot, clock, text="Invoices are duplicated since Monday")
    bot.send.command("/claim", "1", user="UANA")
    reply = bot.send.command("/handoff", "REQ-1 <@UBEA|bea> she needs a credit note for December", user="UANA").json()
    settle(bot, clock)
    assert "now <@UBEA>'s" in reply["text"]
    request = request_of(bot)
    assert (request.owner_user_id, request.handoff_count) == ("UBEA", 1)
    (dm,) = dms(slack, "UBEA")
    assert "she needs a credit note for December" in dm and "Invoices are duplicated since Monday" in dm
    assert f"/archives/CSHARED/p{thread.replace('.', '')}" in dm
    assert thread_posts(slack, thread)[-1] == (
        "Bea Ruiz is now taking care of REQ-1 and has the full context, so there's no need to repeat anything."
    )


def test_handoff_to_a_customer_a_bot_or_a_deactivated_user_is_refused(bot, clock, slack):
    staff(slack)
    slack.add_user("UBOT", name="deploybot", is_bot=True)
    slack.add_user("UGONE", name="Former Colleague", deleted=True)
    open_request(bot, clock)
    bot.send.command("/claim", "1", user="UANA")
    answers = {
        target: bot.send.command("/handoff", f"1 <@{target}>", user="UANA").json()["text"]
        for target in ("UCARLA", "UBOT", "UGONE")
    }
    assert answers["UCARLA"] == "<@UCARLA> is not a member of the support team, so REQ-1 can't go to them."
    assert answers["UBOT"] == "<@UBOT> is a bot; REQ-1 needs a named person."
    assert answers["UGONE"] == "<@UGONE> has been deactivated; choose someone active."
    assert request_of(bot).owner_user_id == "UANA"


def test_release_puts_it_back_without_telling_the_customer(bot, clock, slack):
    staff(slack)
    thread = open_request(bot, clock)
    bot.send.command("/claim", "1", user="UANA")
    settle(bot, clock)
    reply = bot.send.command("/release", "REQ-1", user="UANA").json()
    settle(bot, clock)
    assert reply["text"] == "REQ-1 is back in the queue, unclaimed."
    assert request_of(bot).owner_user_id is None
    assert thread_posts(slack, thread)[1:] == ["Ana García is taking care of REQ-1."]


def test_resolve_by_the_owner_and_refused_for_others_with_a_record(bot, clock, slack):
    staff(slack)
    open_request(bot, clock)
    bot.send.command("/claim", "1", user="UANA")
    refused = bot.send.command("/resolve", "1", user="UBEA").json()
    assert refused["text"] == "REQ-1 belongs to <@UANA>; only they or the team lead can do that."
    assert request_of(bot).state == "open"
    done = bot.send.command("/resolve", "REQ-1 fixed in 3.2.1", user="UANA").json()
    assert done["text"] == "REQ-1 resolved."
    assert request_of(bot).state == "resolved"
    assert events_of(bot)[-2:] == [("resolve_refused", "UBEA"), ("resolved", "UANA")]


def test_the_lead_may_resolve_someone_elses_request(bot, clock, slack):
    staff(slack)
    slack.add_user("ULEAD", name="Lola Lead")
    with bot.atento.sessions.begin() as session:
        workspace = session.get(Workspace, OUR_TEAM)
        workspace.settings = {**workspace.settings, "lead": "ULEAD"}
    open_request(bot, clock)
    bot.send.command("/claim", "1", user="UANA")
    assert bot.send.command("/resolve", "1", user="ULEAD").json()["text"] == "REQ-1 resolved."


def test_an_unknown_reference_and_another_workspaces_request_look_the_same(bot, clock, slack):
    staff(slack)
    open_request(bot, clock)
    # another workspace's REQ-2, in the same database
    another_workspace_request(bot, clock.now(), number=2, channel_id="CX", excerpt="secret", state="open")
    for reference in ("REQ-2", "REQ-99"):
        text = bot.send.command("/claim", reference, user="UANA").json()["text"]
        assert text == f"I can't find {reference} in this workspace. Try `/requests open` to see the open ones."


def test_malformed_commands_get_a_usage_line(bot, clock, slack):
    staff(slack)
    cases = {
        ("/claim", "twelve"): "Usage: `/claim [REQ-12]`",
        ("/release", ""): "Usage: `/release REQ-12`",
        ("/handoff", "REQ-1 bea"): "Usage: `/handoff REQ-12 @person [note for them]`",
        ("/resolve", "?"): "Usage: `/resolve REQ-12 [note]`",
        ("/requests", "everything"): "Usage: `/requests [mine|unclaimed|open|@person|#channel]`",
    }
    for (command, text), usage in cases.items():
        reply = bot.send.command(command, text, user="UANA")
        assert reply.status == 200 and reply.json()["text"].startswith(usage), (command, text)


def test_requests_lists_with_links_to_the_threads(bot, clock, slack):
    staff(slack)
    thread = open_request(bot, clock, text="The CSV export is broken")
    open_request(bot, clock, text="The PDF export is broken")
    bot.send.command("/claim", "1", user="UANA")
    mine = bot.send.command("/requests", "mine", user="UANA").json()
    assert mine["text"] == "Your open requests"
    lines = [b["text"]["text"] for b in mine["blocks"] if b["type"] == "section"]
    assert len(lines) == 1 and f"/archives/CSHARED/p{thread.replace('.', '')}|REQ-1>" in lines[0]
    unclaimed = bot.send.command("/requests", "unclaimed", user="UANA").json()
    assert [b["text"]["text"] for b in unclaimed["blocks"] if b["type"] == "section"][0].count("REQ-2") == 1


def test_claim_by_the_message_shortcut_on_any_message_of_the_thread(bot, clock, slack):
    staff(slack)
    thread = open_request(bot, clock)
    reply_ts = ts_at(clock.now())
    bot.send.event(message_event(text="also the PDF export", user="UCARLA", ts=reply_ts, thread_ts=thread))
    settle(bot, clock)
    assert (
        bot.send.shortcut("claim_request", user="UANA", channel="CSHARED", message_ts=reply_ts, thread_ts=thread).status
        == 200
    )
    settle(bot, clock)
    assert request_of(bot).owner_user_id == "UANA"
    assert ephemerals(slack, "UANA")[0].startswith("You own REQ-1 now.")


def test_the_shortcut_on_a_message_outside_any_request_says_so(bot, clock, slack):
    staff(slack)
    bot.send.shortcut("claim_request", user="UANA", channel="CSHARED", message_ts="1700000000.000001")
    settle(bot, clock)
    assert ephemerals(slack, "UANA") == [
        "That message isn't part of a request I know. Use the shortcut on a message in a request's thread."
    ]


def team_speaks(bot, language: str) -> None:
    with bot.atento.sessions() as session:
        workspace = session.scalars(select(Workspace)).one()
        workspace.settings = {**(workspace.settings or {}), "language": language}
        session.commit()


def test_answers_come_in_the_readers_slack_language(bot, clock, slack):
    slack.add_user("ULUIS", name="Luis Mora", locale="es-ES")
    slack.add_user("UANA", name="Ana García", locale="en-US")
    slack.add_user("UCARLA", team_id=CUSTOMER_TEAM, name="Carla Pérez")
    open_request(bot, clock)
    help_text = bot.send.command("/atento", "", user="ULUIS").json()["text"]
    assert help_text.startswith("*Atento* registra cada solicitud de clientes")
    assert (
        bot.send.command("/atento", "", user="UANA").json()["text"].startswith("*Atento* logs every customer request")
    )
    assert bot.send.command("/release", "", user="ULUIS").json()["text"] == "Uso: `/release REQ-12`"
    assert bot.send.command("/claim", "REQ-9", user="ULUIS").json()["text"] == (
        "No encuentro REQ-9 en este espacio de trabajo. Prueba `/requests open` para ver las abiertas."
    )
    assert (
        bot.send.command("/claim", "1", user="ULUIS").json()["text"] == "Ahora REQ-1 es tuya. Carla Pérez ya lo sabe."
    )
    assert bot.send.command("/claim", "1", user="ULUIS").json()["text"] == "REQ-1 ya es tuya."
    listing = bot.send.command("/requests", "mine", user="ULUIS").json()
    assert listing["text"] == "Tus solicitudes abiertas"
    assert bot.send.command("/requests", "mine", user="UANA").json()["text"] == "Your open requests"
    assert bot.send.command("/away", "list", user="ULUIS").json()["text"] == "No hay nadie ausente."
    assert bot.send.command("/nonsense", "", user="ULUIS").json()["text"].startswith("/nonsense no es algo que Atento")


def test_without_a_slack_locale_answers_follow_the_teams_language(bot, clock, slack):
    staff(slack)
    slack.add_user("UANA", name="Ana García", locale=None)
    team_speaks(bot, "es")
    open_request(bot, clock)
    assert bot.send.command("/handoff", "REQ-1 bea", user="UANA").json()["text"].startswith("Uso: `/handoff")
    assert bot.send.action("claim_request", "1", user="UCARLA", team_id=CUSTOMER_TEAM).status == 200
    settle(bot, clock)
    assert ephemerals(slack, "UCARLA") == ["Solo el equipo de soporte puede tomar solicitudes."]
    bot.send.command("/claim", "1", user="UANA")
    bot.send.command("/resolve", "1", user="UANA")
    assert bot.send.command("/release", "1", user="UANA").json()["text"] == (
        "REQ-1 está resuelta: no queda nada que hacer en ella."
    )


def test_a_guest_of_ours_cannot_take_release_resolve_hand_off_or_list_either(bot, clock, slack):
    staff(slack)
    slack.add_user("UGUEST", name="Gina Guest", is_restricted=True)
    thread = open_request(bot, clock)
    bot.send.command("/claim", "1", user="UANA")
    settle(bot, clock)
    before = events_of(bot)
    told = [
        bot.send.command(command, text, user="UGUEST").json()["text"]
        for command, text in (
            ("/release", "1"),
            ("/resolve", "1 done"),
            ("/handoff", "REQ-1 <@UANA> yours"),
            ("/requests", ""),
        )
    ]
    bot.send.shortcut("claim_request", user="UGUEST", channel="CSHARED", message_ts=thread)
    settle(bot, clock)
    assert told == ["Only the support team can take requests."] * 4
    assert ephemerals(slack, "UGUEST") == ["Only the support team can take requests."]
    assert request_of(bot).owner_user_id == "UANA" and request_of(bot).state == "open"
    assert events_of(bot) == before


def test_a_spanish_team_reads_a_release_in_triage_in_spanish(bot, clock, slack):
    staff(slack)
    slack.add_user("UANA", name="Ana García", locale=None)
    team_speaks(bot, "es")
    with bot.atento.sessions.begin() as session:
        ensure_channel(session, OUR_TEAM, "CSHARED", shared=True, now=clock.now()).triage_channel_id = "CTRIAGE"
    open_request(bot, clock)
    bot.send.command("/claim", "1", user="UANA")
    settle(bot, clock)
    assert bot.send.command("/release", "1", user="UANA").json()["text"] == "REQ-1 vuelve a la cola, sin responsable."
    settle(bot, clock)
    back = slack.posts("CTRIAGE")[-1]
    assert back["text"] == "REQ-1 vuelve a estar sin responsable (la liberó <@UANA>): “The CSV export is broken”"
    assert back["blocks"][1]["elements"][0]["text"]["text"] == "Tomar"
