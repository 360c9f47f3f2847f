"""bench/ingest's baseline: a Bolt app whose message listener does nothing, as a WSGI application
(`gunicorn bench.bare_bolt:application`, or waitress in the bench's own process)."""

from __future__ import annotations

from slack_bolt import App
from slack_bolt.adapter.wsgi import SlackRequestHandler
from slack_bolt.authorization import AuthorizeResult

from bot.sandbox.simulator import SIGNING_SECRET


def build() -> SlackRequestHandler:
    app = App(
        signing_secret=SIGNING_SECRET,
        authorize=lambda **_: AuthorizeResult(
            enterprise_id=None, team_id="T0ACME", bot_user_id="UATENTO", bot_id="BATENTO", bot_token="xoxb"
        ),
    )
    app.event("message")(lambda: None)
    return SlackRequestHandler(app)


application = build()
