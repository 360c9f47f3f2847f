"""The outbox: outgoing Slack calls are timers of kind `outbox`, due when they may be sent.

Delivery is at-least-once with the smallest window we can make: a message is leased in one
transaction, sent outside any transaction, and marked sent in its own short transaction right
after Slack answers. Only a crash between Slack's answer and that commit sends it twice.
Pacing (DESIGN.md "Pace of speech"): one message per channel per interval and a per-workspace
rate, reserved in the database so that every worker shares them; higher priorities go first.

Files (`upload`, Slack's files.uploadV2 into a person's DM) carry their bytes in the row, base64 in
the payload, rather than being regenerated at send time: what is sent is what was decided (a record
"since 1 Dec" does not change between the command and a retry an hour later), the outbox stays below
the domains that draw files, and a retry needs no database read but its own row. The price is size,
so files are capped (MAX_UPLOAD_BYTES) and the bytes are dropped from the row once it settles
(sent or failed): a record holds customers' words, which must not outlive delivery in the timer table.
A crash between Slack's answer and our commit uploads the file again (no metadata to check, unlike
messages); a second copy of a file in one's own DM is the lesser harm.
"""

from __future__ import annotations

import base64
import logging
import threading
import time
import uuid
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import String, cast, func, or_, select, update
from sqlalchemy.orm import Session, sessionmaker

from bot.platform import metrics, timers
from bot.platform.db import insert_ignoring_conflict, read_only, single_writer, unit_of_work
from bot.platform.models import Pace, Timer
from bot.slack.port import UPLOAD, SlackPermanent, SlackPort, SlackTransient
from policies import pacing
from policies.timers import retry_at

log = logging.getLogger("atento.outbox")

POSTING_METHODS = {"chat.postMessage", "chat.postEphemeral", "chat.scheduleMessage", "chat.update", UPLOAD}
MAX_UPLOAD_BYTES = 20 * 1024 * 1024  # the row carries the bytes (see above); a bigger record: `atento export`
MARKED = "chat.postMessage"  # messages that carry their outbox id, so a crashed send can be checked


def marked(method: str, args: dict[str, Any], timer_id: int) -> dict[str, Any]:
    """Slack message metadata naming the outbox row: how a resend after a crash is recognised."""
    if method != MARKED:
        return args
    return {**args, "metadata": {"event_type": "atento_outbox", "event_payload": {"outbox_id": str(timer_id)}}}


def queue(
    session: Session,
    *,
    now: datetime,
    workspace_id: str,
    method: str,
    args: dict[str, Any],
    purpose: str,
    subject: str,
    dedupe_key: str | None = None,
    then: dict[str, Any] | None = None,
    due_at: datetime | None = None,
    gate: str | None = None,
) -> bool:
    """Queue one Slack call. `then` names a timer to schedule with Slack's answer once it succeeds.
    `gate`: the kind of customer-facing message the one gate let through (bot.requests.customer_notices)."""
    # Slack's one-message-a-second-per-channel limit is chat.postMessage's; the workspace rate covers all posts.
    channel = args.get("channel") if method == "chat.postMessage" else None
    return timers.schedule(
        session,
        kind="outbox",
        subject=subject,
        due_at=due_at or now,
        now=now,
        workspace_id=workspace_id,
        payload={"method": method, "args": args, "purpose": purpose, "then": then, **({"gate": gate} if gate else {})},
        dedupe_key=dedupe_key,
        priority=pacing.PRIORITY.get(purpose, 5),
        pace_key=f"{workspace_id}:{channel}" if channel else None,
    )


def direct_message(
    session: Session,
    *,
    now: datetime,
    workspace_id: str,
    user_id: str,
    text: str,
    purpose: str,
    subject: str,
    dedupe_key: str | None = None,
    blocks: list[dict] | None = None,
    due_at: datetime | None = None,
) -> bool:
    """A private message to one person (posting to a user id opens the DM with the bot), now or at `due_at`."""
    args: dict[str, Any] = {"channel": user_id, "text": text}
    if blocks:
        args["blocks"] = blocks
    return queue(
        session,
        now=now,
        workspace_id=workspace_id,
        method="chat.postMessage",
        args=args,
        purpose=purpose,
        subject=subject,
        dedupe_key=dedupe_key,
        due_at=due_at,
    )


def upload(
    session: Session,
    *,
    now: datetime,
    workspace_id: str,
    to: str,
    filename: str,
    content: bytes,
    title: str,
    comment: str | None,
    purpose: str,
    subject: str,
    dedupe_key: str | None = None,
    otherwise: dict[str, Any] | None = None,
) -> bool:
    """Queue a file for a channel or, `to` a user id, for that person's DM. `otherwise` names a timer
    to schedule if Slack refuses it for good (its payload gains `error` and `fix`), so that the person
    can be told in words."""
    if len(content) > MAX_UPLOAD_BYTES:
        raise ValueError(f"{filename} is {len(content)} bytes; the outbox carries at most {MAX_UPLOAD_BYTES}")
    return timers.schedule(
        session,
        kind="outbox",
        subject=subject,
        due_at=now,
        now=now,
        workspace_id=workspace_id,
        payload={
            "method": UPLOAD,
            "args": {
                "to": to,
                "filename": filename,
                "title": title,
                "comment": comment,
                "content": base64.b64encode(content).decode("ascii"),
            },
            "purpose": purpose,
            "then": None,
            "otherwise": otherwise,
        },
        dedupe_key=dedupe_key,
        priority=pacing.PRIORITY.get(purpose, 5),
        # Paced with the messages to the same person or channel, in order: a chart lands after its digest.
        pace_key=f"{workspace_id}:{to}",
    )


@dataclass
class OutboxSettings:
    channel_interval: float = 1.0
    workspace_per_minute: int = 500
    max_attempts: int = 20
    batch_size: int = 200


class Outbox:
    """Drains due outbox timers to Slack through the port, keeping the pace."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        port: SlackPort,
        token_for: Callable[[str], str | None],
        settings: OutboxSettings | None = None,
    ):
        self.sessions = sessions
        self.port = port
        self.token_for = token_for
        self.settings = settings or OutboxSettings()
        self.monotonic: Callable[[], float] = time.monotonic  # for `budget` only (tests replace it)

    def drain(
        self,
        now: datetime,
        report,
        stopping: threading.Event | None = None,
        limit: int | None = None,
        budget: float | None = None,
    ) -> None:
        """Send what may be sent at `now`: at most one message per channel per pass, and at most `limit`
        (the sweep's share while acks arrive: each message is a write). Asked to stop, or once `budget`
        seconds are spent, it stops between two messages and gives the rest back at once (no lease left
        to lapse): the next pass sends them, after the sweep's next batches."""
        started = self.monotonic()
        token, leased = self._lease(now, report, limit)
        for n, (timer_id, workspace_id, payload, attempts, created_at, interrupted, *_) in enumerate(leased):
            spent = budget is not None and n > 0 and self.monotonic() - started >= budget
            if spent or (stopping is not None and stopping.is_set()):
                self._give_back(token, leased[n:], now)
                return
            report.attempted += 1
            if self._deliver(token, timer_id, workspace_id, payload, attempts, created_at, now, report, interrupted):
                self._give_back(token, leased[n + 1 :], now)  # Slack asked us to wait: the rest waits too
                return

    def _give_back(self, claim: str, rows: list[tuple], now: datetime) -> None:
        """The rows leased and not sent go back as they were, and so do the pace slots they took (else a
        message given back would wait its channel's next slot for nothing): each key moves back one
        interval per row given back, so that what other sweeps leased meanwhile keeps its share."""
        refunds: Counter[str] = Counter()
        with unit_of_work(self.sessions) as session:
            for timer_id, *_, due_at, slots in rows:
                session.execute(
                    update(Timer)
                    .where(Timer.id == timer_id, Timer.claim_token == claim)
                    .values(state="pending", claim_token=None, due_at=due_at, attempts=Timer.attempts - 1)
                )
                refunds.update(key for key, _before, _after in slots)
            keys = sorted(refunds)
            for pace in session.scalars(select(Pace).where(Pace.key.in_(keys)).order_by(Pace.key).with_for_update()):
                pace.next_at = pacing.given_back(pace.next_at, refunds[pace.key], self._interval(pace.key), now)

    def _lease(self, now: datetime, report, limit: int | None = None) -> tuple[str, list[tuple]]:
        claim = str(uuid.uuid4())
        first = self._first_of_each_key(now, limit)
        chosen = None
        if single_writer(self.sessions):  # rank in a snapshot; the write lock only to lease (bot.platform.db)
            with read_only(self.sessions) as session:
                chosen = list(session.scalars(first.with_only_columns(Timer.id)))
            if not chosen:
                return claim, []
        with unit_of_work(self.sessions) as session:
            if chosen is None:
                candidates = session.scalars(first.with_for_update(skip_locked=True)).all()
            else:  # those still due: another sweep may have leased some since
                candidates = session.scalars(
                    select(Timer)
                    .where(Timer.id.in_(chosen), Timer.state.in_(timers.ACTIVE), Timer.due_at <= now)
                    .order_by(Timer.priority, Timer.due_at, Timer.id)
                ).all()
            if not candidates:
                return claim, []
            pace = self._pace_rows(session, candidates, now)
            taken = []
            for timer in candidates:
                workspace_key = f"ws:{timer.workspace_id}"
                paced_keys = [timer.pace_key] if timer.pace_key else []
                waits_for = list(paced_keys)
                if timer.payload.get("method") in POSTING_METHODS:
                    paced_keys.append(workspace_key)
                    waits_for += [workspace_key, held(workspace_key)]
                blocked = [k for k in waits_for if not pacing.may_speak(pace[k].next_at, now, self._tolerance(k))]
                if blocked:
                    report.paced += 1
                    free_at = max(pace[k].next_at - timedelta(seconds=self._tolerance(k)) for k in blocked)
                    report.paced_until = min(free_at, report.paced_until or free_at)
                    metrics.OUTBOX_PACED.labels("channel" if blocked == [timer.pace_key] else "workspace").inc()
                    continue
                slots = []
                for key in paced_keys:
                    before = pace[key].next_at
                    pace[key].next_at = pacing.next_slot(before, now, self._interval(key))
                    slots.append((key, before, pace[key].next_at))
                interrupted = timer.state == "running"  # its lease lapsed: the last attempt never reported back
                due_at = timer.due_at
                timer.state, timer.claim_token = "running", claim
                timer.due_at = now + timers.LEASE
                timer.attempts += 1
                timer.fired_at = now
                taken.append(
                    (
                        timer.id,
                        timer.workspace_id,
                        dict(timer.payload),
                        timer.attempts,
                        timer.created_at,
                        interrupted,
                        due_at,
                        slots,
                    )
                )
            return claim, taken

    def _first_of_each_key(self, now: datetime, limit: int | None = None):
        """The due outbox rows that come first on their pace key (a channel, a person), best first."""
        ranked = (
            select(
                Timer.id,
                func.row_number()
                .over(
                    partition_by=func.coalesce(Timer.pace_key, cast(Timer.id, String(32))),
                    order_by=(Timer.priority, Timer.due_at, Timer.id),
                )
                .label("rank"),
            )
            .where(Timer.kind == "outbox", Timer.state.in_(timers.ACTIVE), Timer.due_at <= now)
            .subquery()
        )
        return (
            select(Timer)
            .where(Timer.id.in_(select(ranked.c.id).where(ranked.c.rank == 1)))
            .where(Timer.state.in_(timers.ACTIVE), Timer.due_at <= now)
            .order_by(Timer.priority, Timer.due_at, Timer.id)
            .limit(min(limit or self.settings.batch_size, self.settings.batch_size))
        )

    def _interval(self, key: str) -> float:
        if key.startswith("ws:"):
            return pacing.workspace_interval(self.settings.workspace_per_minute)
        return self.settings.channel_interval

    @staticmethod
    def _tolerance(key: str) -> float:
        return pacing.WORKSPACE_BURST_SECONDS if key.startswith("ws:") else 0.0

    def _pace_rows(self, session: Session, candidates: list[Timer], now: datetime) -> dict[str, Pace]:
        keys = {t.pace_key for t in candidates if t.pace_key} | {f"ws:{t.workspace_id}" for t in candidates}
        keys |= {held(f"ws:{t.workspace_id}") for t in candidates}
        fresh = [{"key": k, "next_at": None} for k in sorted(keys)]
        insert_ignoring_conflict(session, Pace, fresh, ["key"])
        rows = session.scalars(
            select(Pace).where(Pace.key.in_(sorted(keys))).order_by(Pace.key).with_for_update()
        ).all()
        return {row.key: row for row in rows}

    def _deliver(
        self, claim, timer_id, workspace_id, payload, attempts, created_at, now, report, interrupted=False
    ) -> bool:
        """Send one leased message and settle its row. True when Slack asked the workspace to wait."""
        method, args = payload["method"], marked(payload["method"], payload["args"], timer_id)
        token = self.token_for(workspace_id)
        try:
            if token is None:
                raise SlackPermanent("account_inactive")
            found = self._already_posted(token, timer_id, args) if interrupted and method == MARKED else None
            if found is not None:
                metrics.OUTBOX_RECOVERED.inc()
                log.info("outbox #%s: the interrupted attempt had reached Slack; not sending it again", timer_id)
                self._finish(
                    claim, timer_id, "done", payload.get("then"), response=found, now=now, workspace_id=workspace_id
                )
                return False
            if method == UPLOAD:
                file = {**args, "content": base64.b64decode(args["content"])}
                response = self.port.upload(token, **file)
            else:
                response = self.port.call(token, method, **args)
        except SlackTransient as e:
            self._settle_transient(claim, timer_id, workspace_id, attempts, e, now, payload)
            return e.retry_after is not None
        except SlackPermanent as e:
            otherwise = payload.get("otherwise")
            if otherwise:
                otherwise = {**otherwise, "payload": {**otherwise.get("payload", {}), "error": e.error, "fix": e.fix}}
            self._finish(
                claim,
                timer_id,
                "failed",
                otherwise,
                error=f"{e.error}: {e.fix}",
                now=now,
                workspace_id=workspace_id,
                payload=payload,
            )
            return False
        report.sent += 1
        metrics.OUTBOX_DELAY.observe(max(0.0, (now - created_at).total_seconds()))
        self._finish(
            claim,
            timer_id,
            "done",
            payload.get("then"),
            response=response,
            now=now,
            workspace_id=workspace_id,
            payload=payload,
        )
        return False

    def _already_posted(self, token: str, timer_id: int, args: dict[str, Any]) -> dict[str, Any] | None:
        """After a crash between Slack's answer and our commit: did the message reach Slack? It carries
        our outbox id in its metadata, so the channel (or thread) says. A failing check raises
        SlackTransient (retry later); a check we are not allowed to make falls back to sending."""
        channel = args["channel"]
        try:
            if channel.startswith(("U", "W")):  # a DM is addressed by user; its history by the DM's own id
                channel = self.port.call(token, "conversations.open", users=channel)["channel"]["id"]
            if args.get("thread_ts"):
                data = self.port.call(
                    token, "conversations.replies", channel=channel, ts=args["thread_ts"], include_all_metadata=True
                )
            else:
                data = self.port.call(token, "conversations.history", channel=channel, include_all_metadata=True)
        except SlackPermanent as e:
            log.warning("outbox #%s: cannot check whether it was sent (%s); sending again", timer_id, e.error)
            return None
        for message in data.get("messages") or []:
            if ((message.get("metadata") or {}).get("event_payload") or {}).get("outbox_id") == str(timer_id):
                return {"ok": True, "channel": channel, "ts": message.get("ts"), "message": message}
        return None

    def _settle_transient(
        self, claim, timer_id, workspace_id, attempts, error: SlackTransient, now, payload=None
    ) -> None:
        if attempts >= self.settings.max_attempts:
            log.error("outbox #%s failed after %s attempts: %s", timer_id, attempts, error.error)
            otherwise = (payload or {}).get("otherwise")  # a file that never got through: say so too
            if otherwise:
                told = {"error": error.error, "fix": "Slack was unreachable; ask again later"}
                otherwise = {**otherwise, "payload": {**otherwise.get("payload", {}), **told}}
            self._finish(
                claim,
                timer_id,
                "failed",
                otherwise,
                error=f"{error.error} after {attempts} attempts",
                now=now,
                workspace_id=workspace_id,
                payload=payload,
            )
            return
        again = retry_at(now, attempts, error.retry_after)
        with unit_of_work(self.sessions) as session:
            session.execute(
                update(Timer)
                .where(Timer.id == timer_id, Timer.claim_token == claim)
                .values(state="pending", due_at=again, claim_token=None, last_error=error.error)
            )
            if error.retry_after is not None:  # Slack's limit is per workspace: every post waits
                hold = held(f"ws:{workspace_id}")
                insert_ignoring_conflict(session, Pace, [{"key": hold, "next_at": None}], ["key"])
                session.execute(
                    update(Pace)
                    .where(Pace.key == hold, or_(Pace.next_at.is_(None), Pace.next_at < again))
                    .values(next_at=again)
                )

    def _finish(
        self,
        claim,
        timer_id,
        state,
        then,
        *,
        error=None,
        response=None,
        now=None,
        workspace_id=None,
        payload=None,
    ) -> None:
        settled: dict[str, Any] = {
            "state": state,
            "claim_token": None,
            "last_error": error,
            "result": "sent" if state == "done" else None,
        }
        if payload is not None and payload.get("method") == UPLOAD:  # the file's bytes do not outlive delivery
            settled["payload"] = {**payload, "args": {**payload["args"], "content": None}}
        with unit_of_work(self.sessions) as session:
            changed = session.execute(
                update(Timer).where(Timer.id == timer_id, Timer.claim_token == claim).values(**settled)
            ).rowcount
            if changed and then:
                timers.schedule(
                    session,
                    kind=then["kind"],
                    subject=then.get("subject", f"outbox:{timer_id}"),
                    due_at=now,
                    now=now,
                    workspace_id=workspace_id,
                    payload={**then.get("payload", {}), "response": response},
                    dedupe_key=f"then:{timer_id}",
                    priority=0,
                )
        metrics.TIMERS_FIRED.labels("outbox", state).inc()


def held(workspace_key: str) -> str:
    """The pace key of a workspace's Retry-After: apart from its rate's, so that giving slots back
    (one interval per message) never shortens a wait Slack asked for."""
    return f"hold:{workspace_key}"
