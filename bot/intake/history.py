"""History when joining (issue 16): the bot added to a shared channel reads its last week, finds customer
requests nobody on staff answered, and offers staff one *Import* in triage. Nothing is posted in the
customer's channel before someone imports; importing opens them with their original times."""

from __future__ import annotations

import logging
import re
from datetime import datetime, timedelta

from sqlalchemy import update
from sqlalchemy.orm import Session

from bot.intake.service import IncomingMessage
from bot.platform.db import unit_of_work
from bot.platform.models import Channel
from bot.platform.settings import workspace_settings
from bot.platform.timers import FireContext
from bot.requests.rows import channel_settings, person_row, thread_request_of
from bot.slack import outbox
from bot.texts import render, staff_texts
from bot.texts.language import team_language
from policies import history as past
from policies.people import Author, role_of
from policies.timers import Done, Outcome, Skip

log = logging.getLogger("atento.history")

HISTORY = "channel.history"
DAYS = 7
PAGE = 200
MAX_PAGES = 10
MAX_FOUND = 50
MENTION = re.compile(r"<@([UW][A-Z0-9]+)(?:\|[^>]*)?>")
_NOT_SPOKEN = {"channel_join", "channel_leave", "bot_message", "channel_topic", "channel_purpose", "channel_name"}


def read(
    session: Session, workspace_id: str, channel_id: str, now: datetime, cursor=None, found=None, page=1, staff=None
):
    """One page of conversations.history (paced by the outbox like every Slack call)."""
    since = now - timedelta(days=DAYS)
    args = {"channel": channel_id, "oldest": f"{since.timestamp():.6f}", "limit": PAGE}
    if cursor:
        args["cursor"] = cursor
    return outbox.queue(
        session,
        now=now,
        workspace_id=workspace_id,
        method="conversations.history",
        args=args,
        purpose="read",
        subject=f"channel:{channel_id}",
        dedupe_key=f"history:{workspace_id}:{channel_id}:{now.date().isoformat()}:{page}",
        then={
            "kind": HISTORY,
            "subject": f"channel:{channel_id}",
            "payload": {
                "channel": channel_id,
                "found": found or [],
                "staff": staff or [],
                "page": page,
                "since": since.isoformat(),
            },
        },
    )


class History:
    def __init__(self, intake, know):
        self.intake = intake
        self.know = know  # (workspace, user, team) -> Actor: users.info once for someone we never met

    def on_page(self, ctx: FireContext) -> Outcome:
        """A page of history answered: keep the unanswered customer requests; next page, or the offer."""
        payload, workspace_id = ctx.timer.payload, ctx.timer.workspace_id
        installation = self.intake.installations.get(workspace_id)
        if installation is None:
            return Skip("workspace not installed")
        response = payload.get("response") or {}
        found = list(payload.get("found") or [])
        staff = list(payload.get("staff") or [])
        channel_id = payload["channel"]
        for m in response.get("messages") or []:
            if len(found) >= MAX_FOUND:
                break
            role = self._top_level_role(ctx.session, workspace_id, m, installation)
            if role == "staff":  # a top-level staff answer counts, as it does live
                staff.append({"ts": m["ts"], "user": m["user"], "mentions": MENTION.findall(m.get("text") or "")})
            elif role == "customer" and self._unanswered_request(ctx.session, workspace_id, channel_id, m):
                found.append({"ts": m["ts"], "user": m["user"], "text": m.get("text") or "", "team": _team(m)})
        cursor = (response.get("response_metadata") or {}).get("next_cursor")
        page = int(payload.get("page") or 1)
        if response.get("has_more") and cursor and page < MAX_PAGES and len(found) < MAX_FOUND:
            read(ctx.session, workspace_id, channel_id, ctx.now, cursor, found, page + 1, staff)
            return Done(f"page {page}: {len(found)} so far")
        lines = [past.Line(f["ts"], f["user"], "customer", asks=True) for f in found]
        lines += [past.Line(s["ts"], s["user"], "staff", mentions=tuple(s["mentions"])) for s in staff]
        waiting = set(past.unanswered(lines))
        found = [f for f in found if f["ts"] in waiting]
        return self._offer(ctx.session, workspace_id, channel_id, found, ctx.now)

    def _top_level_role(self, session, workspace_id, m: dict, installation) -> str | None:
        """customer or staff for a person's top-level message; None for anything else."""
        if not m.get("ts") or not m.get("user") or m.get("bot_id") or m.get("subtype") in _NOT_SPOKEN:
            return None
        if m.get("thread_ts") and m["thread_ts"] != m["ts"]:
            return None
        person = person_row(session, workspace_id, m["user"])
        author = Author(
            user_id=m["user"],
            team_id=_team(m) or (person.home_team_id if person else None),
            is_restricted=bool(person.is_restricted) if person else None,
        )
        role = role_of(author, installation.team_id, installation.enterprise_id)
        # A member of our own workspace we have not met yet: staff for the history (a guest of ours would be a
        # customer, but only a staff line can answer one, so the doubt can only hide a request answered
        # by a guest; users.info for every author of a week would cost more than it tells).
        return "staff" if role == "unknown" else role

    def _unanswered_request(self, session, workspace_id, channel_id, m: dict) -> bool:
        if set(m.get("reply_users") or []) - {m["user"]}:
            return False  # someone else answered in the thread
        if thread_request_of(session, workspace_id, channel_id, m["ts"]) is not None:
            return False  # already a request
        from policies.understanding.intent import intent_of  # loaded where messages are read (issue 20: memory)

        text = m.get("text") or ""
        return bool(text.strip()) and intent_of(text).value in ("request", "status")

    def _offer(self, session: Session, workspace_id: str, channel_id: str, found: list, now: datetime) -> Outcome:
        if not found:
            return Done("nothing unanswered in the last week")
        found.sort(key=lambda f: float(f["ts"]))
        channel = session.get(Channel, (workspace_id, channel_id))
        target = (channel.triage_channel_id if channel else None) or workspace_settings(session, workspace_id).lead
        if not target:
            log.warning(
                "history of %s: %s unanswered, but no triage channel or lead to offer them to", channel_id, len(found)
            )
            return Skip("no triage channel or lead to offer the history to")
        channel.settings = {**(channel.settings or {}), "history": {"state": "offered", "found": found}}
        language = team_language(session, workspace_id)
        first = datetime.fromtimestamp(float(found[0]["ts"]), now.tzinfo)
        text = staff_texts.say(
            "history_offer", language, count=len(found), channel=channel_id, day=render.day(first, language)
        )
        button = staff_texts.say("history_import", language)
        outbox.queue(
            session,
            now=now,
            workspace_id=workspace_id,
            method="chat.postMessage",
            args={
                "channel": target,
                "text": text,
                "blocks": render.with_button(text, "history_import", channel_id, button),
            },
            purpose="claim",
            subject=f"channel:{channel_id}",
            dedupe_key=f"history-offer:{workspace_id}:{channel_id}",
        )
        return Done(f"offered {len(found)}")

    def import_found(self, workspace_id: str, user_id: str, team_id: str | None, channel_id: str) -> str:
        """The *Import* button: staff only, once; opens each with its original time, acknowledged in its thread."""
        intake = self.intake
        staff = self.know(workspace_id, user_id, team_id).role == "staff"
        now = intake.clock.now()
        with unit_of_work(intake.sessions) as session:
            language = team_language(session, workspace_id)
            if not staff:
                return staff_texts.say("history_staff_only", language)
            channel = session.get(Channel, (workspace_id, channel_id), with_for_update=True)
            history = ((channel.settings or {}) if channel else {}).get("history") or {}
            if history.get("state") != "offered":
                return staff_texts.say("history_done", language)
            session.execute(
                update(Channel)
                .where(Channel.workspace_id == workspace_id, Channel.channel_id == channel_id)
                .values(
                    settings={
                        **channel.settings,
                        "history": {"state": "imported", "by": user_id, "at": now.isoformat()},
                    }
                )
            )
            row = channel_settings(session, workspace_id, channel_id, True, now)
            opened = []
            for found in history.get("found") or []:
                if thread_request_of(session, workspace_id, channel_id, found["ts"]) is not None:
                    continue
                message = intake_message(workspace_id, channel_id, found)
                who = person_row(session, workspace_id, found["user"])
                reference, _, _ = intake._open(session, message, row, found["ts"], who, now, imported=True)
                opened.append(reference)
        intake.notify()
        return staff_texts.say("history_imported", language, count=len(opened), refs=", ".join(opened) or "—")


def intake_message(workspace_id: str, channel_id: str, found: dict) -> IncomingMessage:
    return IncomingMessage(
        event_id=f"import:{channel_id}:{found['ts']}",
        workspace_id=workspace_id,
        channel_id=channel_id,
        ts=found["ts"],
        user_id=found["user"],
        text=found.get("text") or "",
        user_team=found.get("team"),
        is_ext_shared=True,
    )


def _team(m: dict) -> str | None:
    return m.get("user_team") or (m.get("user_profile") or {}).get("team") or m.get("team")
