"""The Home tab (issue 3): the viewer's open requests and the unclaimed ones in their channels."""

from __future__ import annotations

from bot.sandbox.simulator import CUSTOMER_TEAM, OUR_TEAM, envelope, ts_at
from tests.support.flow import says
from tests.support.team import people


def open_home(bot, clock, user: str) -> None:
    event = {
        "type": "app_home_opened",
        "user": user,
        "channel": "D0HOME",
        "tab": "home",
        "event_ts": ts_at(clock.now()),
    }
    assert bot.send.event(envelope(event, shared=False, envelope_team=OUR_TEAM)).status == 200
    bot.drain()


def home_of(slack, user: str) -> list[str]:
    """The texts of the last Home view published for `user`."""
    views = [c.args["view"] for c in slack.calls("views.publish") if c.args.get("user_id") == user]
    assert views, f"no Home view published for {user}"
    return [b["text"]["text"] for b in views[-1]["blocks"] if "text" in b]


def customer_asks(bot, clock, text: str, channel: str = "CSHARED") -> None:
    says(bot, clock, text, channel=channel)
    bot.drain()
    clock.advance(minutes=11)


def test_opening_home_shows_what_is_waiting(bot, clock, slack):
    people(slack, "UANA", "UCARLA")
    customer_asks(bot, clock, "Exports fail")
    open_home(bot, clock, "UANA")
    texts = home_of(slack, "UANA")
    assert texts[0:2] == ["Your open requests", "Nothing is waiting on you. :sparkles:"]
    assert texts[2] == "Unclaimed in your channels" and "REQ-1" in texts[3] and "Exports fail" in texts[3]


def test_a_claim_refreshes_the_home_tab(bot, clock, slack):
    people(slack, "UANA", "UCARLA")
    customer_asks(bot, clock, "Exports fail")
    customer_asks(bot, clock, "Invoices are wrong", channel="COTHER")
    bot.send.command("/claim", "1", user="UANA")
    bot.drain()
    texts = home_of(slack, "UANA")
    assert texts[0] == "Your open requests" and "REQ-1" in texts[1]
    # Ana works in CSHARED only, so COTHER's unclaimed request is not "in her channels".
    assert texts[2:] == ["Unclaimed in your channels", "Every request has an owner."]


def test_the_home_tab_shows_the_viewers_promises_soonest_first(bot, clock, slack):
    people(slack, "UANA", "UCARLA")
    customer_asks(bot, clock, "Exports fail")
    customer_asks(bot, clock, "Invoices are wrong")
    bot.send.command("/promise", "2 friday 17:00 send the corrected invoices", user="UANA")
    bot.send.command("/promise", "1 tomorrow 12:00", user="UANA")
    bot.drain()
    texts = home_of(slack, "UANA")
    assert texts[0] == "Your promises"
    assert "REQ-1" in texts[1] and "due *Thu 17 Dec 12:00*" in texts[1]
    assert "REQ-2" in texts[2] and "send the corrected invoices" in texts[2]
    assert texts[3] == "Your open requests"


def test_the_home_tab_speaks_the_viewers_language(bot, clock, slack):
    slack.add_user("ULUIS", name="Luis Mora", locale="es-ES")
    slack.add_user("UCARLA", team_id=CUSTOMER_TEAM, name="Carla Pérez")
    customer_asks(bot, clock, "Exports fail")
    customer_asks(bot, clock, "Invoices are wrong")
    bot.send.command("/claim", "1", user="ULUIS")
    bot.send.command("/promise", "1 mañana 12:00", user="ULUIS")
    bot.drain()
    texts = home_of(slack, "ULUIS")
    assert texts[0] == "Tus promesas"
    assert "REQ-1" in texts[1] and "vence *jue 17 de dic 12:00*" in texts[1]
    assert texts[2] == "Tus solicitudes abiertas" and "REQ-1" in texts[3]
    assert texts[4] == "Sin responsable en tus canales" and "REQ-2" in texts[5]
    views = [c.args["view"] for c in slack.calls("views.publish") if c.args.get("user_id") == "ULUIS"]
    buttons = [b["accessory"]["text"]["text"] for b in views[-1]["blocks"] if "accessory" in b]
    assert buttons == ["Tomar"]
