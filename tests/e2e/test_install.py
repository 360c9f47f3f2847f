"""Multi-workspace install (issue 7): OAuth v2 through the real HTTP endpoint against a stand-in
`oauth.v2.access`, uninstall, and two workspaces that never see each other's data."""

from __future__ import annotations

import re
import urllib.error
import urllib.request

import pytest
from sqlalchemy import select

from bot.app import build
from bot.platform.config import Settings
from bot.platform.models import DigestSubscription, Promise, Request, Timer, Workspace
from bot.sandbox.simulator import CUSTOMER_TEAM, SIGNING_SECRET, ServedApp, SlackSender, envelope, message_event, ts_at
from tests.support.drivers import drain

SECOND, THIRD = ("T0SECOND", "xoxb-second", "code-second"), ("T0THIRD", "xoxb-third", "code-third")


@pytest.fixture
def multi(db, clock, slack):
    """The bot with SLACK_CLIENT_ID / SLACK_CLIENT_SECRET: no bot token, installs by OAuth."""
    for team, token, code in (SECOND, THIRD):
        slack.add_workspace(team, f"{team} Inc", token=token, code=code)
        slack.add_user("UANA", name=f"Ana of {team}", token=token)  # the same user id in both workspaces
        slack.add_user("UCARLA", team_id=CUSTOMER_TEAM, name="Carla Pérez", token=token)
    slack.add_channel("CSHARED", name="acme-support", shared=True)
    settings = Settings(
        SLACK_CLIENT_ID="1111.2222",
        SLACK_CLIENT_SECRET="client-secret",
        SLACK_SIGNING_SECRET=SIGNING_SECRET,
        SLACK_API_URL=slack.api_url,
        DATABASE_URL=db.url,
    )
    with ServedApp(build(settings, clock)) as served:
        served.send = SlackSender(served.url, clock)
        served.drain = lambda: drain(served.atento.sweeper)
        yield served


def get(url: str, cookie: str | None = None) -> tuple[int, dict, str]:
    request = urllib.request.Request(url, headers={"Cookie": cookie} if cookie else {})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, dict(response.headers), response.read().decode()
    except urllib.error.HTTPError as e:
        return e.code, dict(e.headers), e.read().decode()


def install(bot, code: str) -> int:
    status, headers, page = get(f"{bot.url}/slack/install")
    assert status == 200
    state = re.search(r"state=([\w-]+)", page).group(1)
    cookie = headers["Set-Cookie"].split(";")[0]
    return get(f"{bot.url}/slack/oauth_redirect?code={code}&state={state}", cookie)[0]


def customer_asks(bot, clock, team: str, text: str) -> None:
    event = message_event(text=text, user="UCARLA", ts=ts_at(clock.now()), installed_team=team)
    assert bot.send.event(event).status == 200
    for _ in range(3):
        bot.drain()
        clock.advance(seconds=1)


def requests_of(bot, team: str) -> list[Request]:
    with bot.atento.sessions() as session:
        return list(session.scalars(select(Request).where(Request.workspace_id == team).order_by(Request.id)))


def test_install_by_oauth_then_serve_the_new_workspace_with_its_own_token(multi, clock, slack):
    status, headers, page = get(f"{multi.url}/slack/install")
    assert status == 200 and "https://slack.com/oauth/v2/authorize?state=" in page
    assert "client_id=1111.2222" in page and "chat:write" in page
    assert headers["Set-Cookie"].startswith("slack-app-oauth-state=")

    assert install(multi, "code-second") == 200
    (exchange,) = slack.calls("oauth.v2.access")
    assert exchange.args["code"] == "code-second"
    with multi.atento.sessions() as session:
        workspace = session.get(Workspace, "T0SECOND")
        assert workspace is not None and workspace.active

    customer_asks(multi, clock, "T0SECOND", "Exports fail")
    (request,) = requests_of(multi, "T0SECOND")
    assert request.number == 1
    (logged,) = [c for c in slack.calls("chat.postMessage") if c.args["text"].startswith("Logged as REQ-1")]
    assert logged.token == "xoxb-second"


def test_a_forged_or_replayed_oauth_state_installs_nothing(multi, slack):
    status, _, _ = get(f"{multi.url}/slack/oauth_redirect?code=code-third&state=forged")
    assert status in (400, 401)
    status, headers, page = get(f"{multi.url}/slack/install")
    state = re.search(r"state=([\w-]+)", page).group(1)
    cookie = headers["Set-Cookie"].split(";")[0]
    assert get(f"{multi.url}/slack/oauth_redirect?code=code-third&state={state}", "slack-app-oauth-state=other")[0] in (
        400,
        401,
    )
    assert get(f"{multi.url}/slack/oauth_redirect?code=code-third&state={state}", cookie)[0] == 200
    assert get(f"{multi.url}/slack/oauth_redirect?code=code-third&state={state}", cookie)[0] in (400, 401)  # replay
    assert len(slack.calls("oauth.v2.access")) == 1
    with multi.atento.sessions() as session:
        assert [w.id for w in session.scalars(select(Workspace))] == ["T0THIRD"]


def test_uninstall_disables_the_workspace_and_stops_its_timers_only(multi, clock, slack):
    assert install(multi, "code-second") == 200 and install(multi, "code-third") == 200
    customer_asks(multi, clock, "T0SECOND", "Exports fail")
    customer_asks(multi, clock, "T0THIRD", "Invoices are wrong")
    gone = envelope({"type": "app_uninstalled", "event_ts": ts_at(clock.now())}, installed_team="T0SECOND")
    gone["team_id"] = "T0SECOND"
    assert multi.send.event(gone).status == 200
    with multi.atento.sessions() as session:
        assert not session.get(Workspace, "T0SECOND").active and session.get(Workspace, "T0THIRD").active
        pending = session.scalars(select(Timer.workspace_id).where(Timer.state == "pending")).all()
    assert "T0SECOND" not in pending and "T0THIRD" in pending
    calls_before = len(slack.calls())
    customer_asks(multi, clock, "T0SECOND", "Hello? Anyone?")
    clock.advance(hours=3)
    multi.drain()
    assert len(requests_of(multi, "T0SECOND")) == 1, "an uninstalled workspace still logs requests"
    assert not [c for c in slack.calls()[calls_before:] if c.token == "xoxb-second"]


def test_two_workspaces_with_colliding_ids_never_see_each_other(multi, clock, slack):
    assert install(multi, "code-second") == 200 and install(multi, "code-third") == 200
    customer_asks(multi, clock, "T0SECOND", "Second's secret export is broken")
    clock.advance(minutes=11)
    customer_asks(multi, clock, "T0THIRD", "Third's own export is broken")
    assert [r.number for r in requests_of(multi, "T0SECOND")] == [1]
    assert [r.number for r in requests_of(multi, "T0THIRD")] == [1]

    listing = multi.send.command("/requests", "open", user="UANA", team_id="T0THIRD").json()
    shown = " ".join(b["text"]["text"] for b in listing["blocks"] if b["type"] == "section")
    assert "Third's own export is broken" in shown and "Second's secret" not in shown

    promised = multi.send.command("/promise", "1 friday 17:00", user="UANA", team_id="T0THIRD").json()["text"]
    assert "Tracked: update REQ-1" in promised
    claimed = multi.send.command("/claim", "1", user="UANA", team_id="T0SECOND").json()["text"]
    assert claimed.startswith("You own REQ-1 now.")
    with multi.atento.sessions() as session:
        (promise,) = session.scalars(select(Promise)).all()
        assert session.get(Request, promise.request_id).workspace_id == "T0THIRD"
        owners = {r.workspace_id: r.owner_user_id for r in session.scalars(select(Request))}
    assert owners == {"T0SECOND": "UANA", "T0THIRD": "UANA"}

    multi.send.command("/atento", "digest daily 09:00", user="UANA", team_id="T0SECOND")
    with multi.atento.sessions() as session:
        assert [s.workspace_id for s in session.scalars(select(DigestSubscription))] == ["T0SECOND"]
    clock.advance(days=1, hours=1)
    for _ in range(3):
        multi.drain()
        clock.advance(seconds=1)
    digests = [
        c for c in slack.calls("chat.postMessage") if c.args.get("blocks") and "digest" in c.args["text"].lower()
    ]
    assert digests and all(c.token == "xoxb-second" for c in digests)
    body = str(digests[-1].args["blocks"])
    assert "Second's secret export is broken" in body and "Third's own export is broken" not in body
