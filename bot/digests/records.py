"""`/atento record #channel [since DATE] [until DATE]` (issue 19): a customer's record, as the printable
HTML page `atento export` writes, sent privately to the person who asked.

Scoped like a digest: the asker must be staff and in the channel. Which channels a person is in is
Slack's to say (users.conversations, through the outbox, after the command's ack), so the command
answers at once that the record is on its way, and the continuation either uploads the file into the
asker's DM or tells them why not. A file Slack refuses (`missing_scope`…) is said in words too.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from bot.digests.files import REFUSED, refused
from bot.digests.service import read_channels
from bot.platform.clock import Clock
from bot.platform.db import read_only, unit_of_work
from bot.platform.models import Channel
from bot.platform.timers import FireContext
from bot.record import RecordError, load_record
from bot.record.export import filename, summary
from bot.record.render import render
from bot.record.texts import day_text
from bot.slack import outbox
from bot.texts import answers
from bot.texts.language import person_language
from policies import digest as rules
from policies.timers import Done, Outcome, Skip

BUILD = "record.build"


class Records:
    """`/atento record …`: check what can be checked now, then ask Slack which channels the asker is in."""

    def __init__(self, sessions: sessionmaker[Session], clock: Clock, know, notify=lambda: None):
        self.sessions, self.clock, self.know, self.notify = sessions, clock, know, notify

    def command(self, workspace_id: str, user_id: str, words: list[str]) -> str:
        with read_only(self.sessions) as session:
            language = person_language(session, workspace_id, user_id)
        if self.know(workspace_id, user_id).role != "staff":
            return answers.say("only_staff:record", language)
        asked = rules.parse_record(words)
        if isinstance(asked, rules.RecordInvalid):
            if asked.reason == "usage":
                return answers.say("record_usage", language)
            error = (
                RecordError("date", flag=asked.flag, text=asked.text)
                if asked.reason == "date"
                else RecordError("backwards", since=asked.text.split(":")[0], until=asked.text.split(":")[1])
            )
            return self._problem(error, language)
        now = self.clock.now()
        with unit_of_work(self.sessions) as session:
            channel = _channel(session, workspace_id, asked)
            if channel is None:
                shown = f"<#{asked.channel_id}>" if asked.channel_id else f"#{asked.channel_name}"
                return self._problem(RecordError("unknown_channel", channel=shown), language)
            read_channels(
                session,
                workspace_id,
                user_id,
                now,
                BUILD,
                {
                    "channel": channel.channel_id,
                    "since": asked.since.isoformat() if asked.since else None,
                    "until": asked.until.isoformat() if asked.until else None,
                    "language": language,
                },
                f"record:{channel.channel_id}:{now.isoformat()}",
            )
        self.notify()
        return answers.say(
            "record_building", language, channel=f"<#{channel.channel_id}>", period=_period(asked, language)
        )

    @staticmethod
    def _problem(error: RecordError, language: str) -> str:
        return answers.say(
            "record_problem",
            language,
            problem=error.text(language=language),
            usage=answers.say("record_usage", language),
        )


def _channel(session: Session, workspace_id: str, asked: rules.RecordAsk) -> Channel | None:
    query = select(Channel).where(Channel.workspace_id == workspace_id)
    if asked.channel_id:
        return session.scalars(query.where(Channel.channel_id == asked.channel_id)).first()
    return session.scalars(
        query.where(func.lower(Channel.name) == asked.channel_name).order_by(Channel.channel_id)
    ).first()


def _period(asked: rules.RecordAsk, language: str) -> str:
    since = day_text(asked.since, language) if asked.since else None
    until = day_text(asked.until, language) if asked.until else None
    if since and until:
        return answers.say("record_period:between", language, since=since, until=until)
    if since:
        return answers.say("record_period:since", language, since=since)
    if until:
        return answers.say("record_period:until", language, until=until)
    return answers.say("record_period:all", language)


# -- timers ------------------------------------------------------------------------------------------
def on_build(ctx: FireContext) -> Outcome:
    """users.conversations answered: the record, if the asker is in the channel, uploaded to their DM."""
    payload = ctx.timer.payload
    workspace_id, user_id, channel_id = ctx.timer.workspace_id, payload["user"], payload["channel"]
    language = payload.get("language") or "en"
    mine = {c["id"] for c in (payload.get("response") or {}).get("channels") or []}
    if channel_id not in mine:
        outbox.direct_message(
            ctx.session,
            now=ctx.now,
            workspace_id=workspace_id,
            user_id=user_id,
            text=answers.say("record_not_member", language, channel=f"<#{channel_id}>"),
            purpose="hint",
            subject=f"record:{user_id}",
        )
        return Skip("not in the channel")
    since, until = (
        datetime.fromisoformat(d).date() if d else None for d in (payload.get("since"), payload.get("until"))
    )
    try:
        record = load_record(ctx.session, workspace_id, channel_id=channel_id, since=since, until=until, now=ctx.now)
    except RecordError as e:  # the channel went, or the period turned backwards (until before today's start)
        outbox.direct_message(
            ctx.session,
            now=ctx.now,
            workspace_id=workspace_id,
            user_id=user_id,
            text=Records._problem(e, language),
            purpose="hint",
            subject=f"record:{user_id}",
        )
        return Skip(e.key)
    name = filename(record, "html")
    try:
        outbox.upload(
            ctx.session,
            now=ctx.now,
            workspace_id=workspace_id,
            to=user_id,
            filename=name,
            content=render(record, "html"),
            title=name,
            comment=answers.say("record_sent", language, summary=summary(record)),
            purpose="hint",
            subject=f"record:{user_id}",
            dedupe_key=f"record-file:{ctx.timer.id}",
            otherwise={"kind": REFUSED, "subject": f"record:{user_id}", "payload": refused(user_id, name, language)},
        )
    except ValueError:  # over what the outbox carries
        outbox.direct_message(
            ctx.session,
            now=ctx.now,
            workspace_id=workspace_id,
            user_id=user_id,
            text=answers.say("record_too_big", language, channel=f"<#{channel_id}>"),
            purpose="hint",
            subject=f"record:{user_id}",
        )
        return Skip("too big")
    return Done(f"record of {len(record.requests)} requests queued")
