"""App Home: the viewer's promises, open requests and the unclaimed ones in their channels, refreshed on
open and whenever a claim changes. Built by a timer and published through the outbox."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from bot.platform.clock import Clock
from bot.platform.db import unit_of_work
from bot.platform.models import Person, Promise, Request, RequestEvent, RequestMessage
from bot.platform.settings import workspace_settings
from bot.platform.timers import FireContext
from bot.requests.home_refresh import schedule_refresh
from bot.slack import outbox
from bot.texts import answers, promise_texts, render
from bot.texts.language import person_language
from policies.timers import Done, Outcome

SHOWN = 10  # per section; Slack allows 100 blocks in a Home tab


class Home:
    def __init__(self, sessions: sessionmaker[Session], clock: Clock, notify=lambda: None):
        self.sessions = sessions
        self.clock = clock
        self.notify = notify

    def opened(self, workspace_id: str, user_id: str) -> None:
        """app_home_opened: answer Slack at once; the view follows from the sweep."""
        with unit_of_work(self.sessions) as session:
            schedule_refresh(session, workspace_id, [user_id], self.clock.now())
        self.notify()


def on_refresh(ctx: FireContext) -> Outcome:
    user_id, workspace_id = ctx.timer.payload["user"], ctx.timer.workspace_id
    outbox.queue(
        ctx.session,
        now=ctx.now,
        workspace_id=workspace_id,
        method="views.publish",
        args={"user_id": user_id, "view": home_view(ctx.session, workspace_id, user_id)},
        purpose="hint",
        subject=f"home:{user_id}",
    )
    return Done("published")


def their_channels(session: Session, workspace_id: str, user_id: str) -> list[str]:
    """Channels where the viewer has worked on requests (replied, claimed, been handed one)."""
    replied = select(RequestMessage.channel_id).where(
        RequestMessage.workspace_id == workspace_id, RequestMessage.author_user_id == user_id
    )
    acted = (
        select(Request.channel_id)
        .join(RequestEvent, RequestEvent.request_id == Request.id)
        .where(Request.workspace_id == workspace_id, RequestEvent.actor == user_id)
    )
    owned = select(Request.channel_id).where(Request.workspace_id == workspace_id, Request.owner_user_id == user_id)
    return sorted(set(session.scalars(replied.union(acted, owned))))


def home_view(session: Session, workspace_id: str, user_id: str) -> dict:
    url = workspace_settings(session, workspace_id).url
    open_requests = select(Request).where(Request.workspace_id == workspace_id, Request.state == "open")
    mine = session.scalars(
        open_requests.where(Request.owner_user_id == user_id).order_by(Request.created_at).limit(SHOWN + 1)
    ).all()
    channels = their_channels(session, workspace_id, user_id)
    unclaimed_query = open_requests.where(Request.owner_user_id.is_(None))
    if channels:  # someone new to the team sees every channel's until they have channels of their own
        unclaimed_query = unclaimed_query.where(Request.channel_id.in_(channels))
    unclaimed = session.scalars(unclaimed_query.order_by(Request.created_at).limit(SHOWN + 1)).all()
    language = person_language(session, workspace_id, user_id)
    blocks: list[dict] = promises_due(session, workspace_id, user_id, url, language)
    for title, rows, empty in (
        (answers.say("list:mine", language), mine, answers.say("home:nothing_mine", language)),
        (answers.say("home:unclaimed", language), unclaimed, answers.say("home:all_owned", language)),
    ):
        blocks.append({"type": "header", "text": {"type": "plain_text", "text": title}})
        if not rows:
            blocks.append({"type": "section", "text": {"type": "mrkdwn", "text": empty}})
        for request in rows[:SHOWN]:
            link = render.thread_link(url, request.channel_id, request.thread_ts)
            line = f"*<{link}|{request.reference}>* · <#{request.channel_id}>\n{render.short(request.excerpt, 140)}"
            section = {"type": "section", "text": {"type": "mrkdwn", "text": line}}
            if request.owner_user_id is None:
                section["accessory"] = {
                    "type": "button",
                    "action_id": "claim_request",
                    "value": str(request.number),
                    "text": {"type": "plain_text", "text": render.CLAIM_BUTTON[language]},
                }
            blocks.append(section)
        if len(rows) > SHOWN:
            more = answers.say("home:and_more", language)
            blocks.append({"type": "context", "elements": [{"type": "mrkdwn", "text": more}]})
    return {"type": "home", "blocks": blocks}


def promises_due(session: Session, workspace_id: str, user_id: str, url: str | None, language: str) -> list[dict]:
    """ "Your promises", soonest first, when the viewer owns any open one."""
    rows = session.execute(
        select(Promise, Request)
        .join(Request, Request.id == Promise.request_id)
        .where(Promise.workspace_id == workspace_id, Promise.owner_user_id == user_id, Promise.state == "open")
        .order_by(Promise.due_at)
        .limit(SHOWN)
    ).all()
    if not rows:
        return []
    viewer = session.get(Person, (workspace_id, user_id))
    zone = (viewer.tz if viewer else None) or rows[0].Promise.tz
    title = answers.say("home:promises", language)
    blocks: list[dict] = [{"type": "header", "text": {"type": "plain_text", "text": title}}]
    for promise, request in rows:
        link = render.thread_link(url, request.channel_id, request.thread_ts)
        due = promise_texts.moment(promise.due_at, zone, language)
        sentence = render.short(promise.sentence, 140)
        line = answers.say(
            "home:promise_line", language, ref=f"<{link}|{request.reference}>", due=due, sentence=sentence
        )
        blocks.append({"type": "section", "text": {"type": "mrkdwn", "text": line}})
    return blocks
