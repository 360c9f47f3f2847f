"""Intake: every customer message lands in exactly one request, stored once (P1).

`receive` runs inside the HTTP request: the message is committed to the inbox before Slack gets
its 200, or Slack is answered non-2xx and retries. The sweep then opens, joins or updates the
request and queues the acknowledgement (an outbox row) in one transaction. No Slack call here.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, fields
from datetime import UTC, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from bot.availability import follow_ups, hints, statements
from bot.intake import addressed, judgement
from bot.platform import metrics, timers
from bot.platform.clock import Clock
from bot.platform.models import Person, Request
from bot.platform.readahead import reading
from bot.platform.settings import workspace_settings
from bot.platform.timers import FireContext
from bot.promises import service as promises
from bot.requests import customer_answers, customer_notices, escalations, people
from bot.requests import ids as request_ids
from bot.requests.ownership import post_to_triage
from bot.requests.rows import (
    OpenedRequest,
    answered_by_staff,
    channel_settings,
    insert_request,
    known_channels,
    named_request_of,
    opened_by,
    person_row,
    prefetch_channels,
    prefetch_people,
    prefetch_recent_requests,
    recent_request_of,
    record_event,
    record_message,
    request_ref,
    thread_request_of,
    touch,
)
from bot.slack import outbox
from bot.slack.inbox import InboxWriter
from bot.slack.workspaces import Installations, RequestNumbers
from bot.texts import render, staff_texts
from bot.texts.language import team_language
from policies import requests as rules
from policies import understanding
from policies.people import Author, role_of
from policies.timers import Done, Outcome, Skip
from policies.understanding.references import references_in
from policies.understanding.text import guess_language

log = logging.getLogger("atento.intake")

DAILY_PROFILE = "person.daily"

STAFF_ANSWER_MINUTES = 30  # P8: a staff top-level message this soon after the one waiting customer answers them
MENTION = re.compile(r"<@([UW][A-Z0-9]+)(?:\|[^>]*)?>")


@dataclass(frozen=True)
class IncomingMessage:
    """A message event, read off Slack's payload by the handler."""

    event_id: str
    workspace_id: str
    channel_id: str
    ts: str
    user_id: str | None
    text: str = ""
    thread_ts: str | None = None
    user_team: str | None = None
    bot_id: str | None = None
    subtype: str | None = None
    is_ext_shared: bool = False
    file_names: tuple[str, ...] = ()
    profile: dict | None = None
    channel_type: str | None = None  # "im": a direct message to the bot

    @property
    def posted_at(self) -> datetime:
        return datetime.fromtimestamp(float(self.ts), UTC)


@dataclass(frozen=True)
class EditedMessage:
    event_id: str
    workspace_id: str
    channel_id: str
    ts: str
    text: str
    file_names: tuple[str, ...] = ()


@dataclass(frozen=True)
class DeletedMessage:
    event_id: str
    workspace_id: str
    channel_id: str
    deleted_ts: str


@dataclass(frozen=True)
class Judged:
    """A message's decision and what was read to reach it."""

    decision: rules.Decision
    heard: understanding.Understanding
    intent: str | None


@dataclass
class IntakeResult:
    """What intake did, for the handler's log line and the tests."""

    # duplicate | opened | joined | activity | aside | urgent | reopened | deferred | ignored | edited | withdrawn
    action: str
    reference: str | None = None
    queued: int = 0
    detail: dict = field(default_factory=dict)

    @property
    def note(self) -> str:
        """What the inbox timer records: the action, and why when a message was ignored."""
        reason = self.detail.get("reason")
        return f"{self.action}: {reason}" if reason else self.action


class Intake:
    def __init__(
        self,
        sessions: sessionmaker[Session],
        clock: Clock,
        installations: Installations,
        notify: Callable[[], None] = lambda: None,
        numbers: RequestNumbers | None = None,
    ):
        self.sessions = sessions
        self.clock = clock
        self.installations = installations
        self.notify = notify
        self.numbers = numbers or RequestNumbers(sessions.kw["bind"])
        self.engine = sessions.kw["bind"]
        self.inbox = InboxWriter(self.engine)

    # -- use cases ---------------------------------------------------------------------------
    def receive(self, message: IncomingMessage) -> IntakeResult:
        """Store a message once, in the inbox, before Slack gets its 200.

        One row: the message as a timer due now, keyed by the event id (Slack's retries reuse it).
        The sweep then decides what it means (open, join, activity) in batches; it is poked at
        once, so the acknowledgement follows within milliseconds.
        """
        return self._enqueue(message.event_id, "intake.message", f"message:{message.channel_id}:{message.ts}", message)

    def before_messages(self, session: Session, batch: list) -> None:
        """A batch of inbox messages: their authors are read in one statement, their channels are read
        (the new ones created) together, and their customers' latest open requests are read ahead, rather
        than once per message; on PostgreSQL, the ids and numbers of the requests it will likely open are
        drawn together."""
        prefetch_people(
            session, {(t.payload["workspace_id"], t.payload["user_id"]) for t in batch if t.payload.get("user_id")}
        )
        channels: dict[tuple[str, str], bool] = {}
        customers: set[tuple[str, str, str]] = set()  # whose latest request a top-level message may join
        now = self.clock.now()
        for timer in batch:
            message = message_from(timer.payload)
            installation = self.installations.get(message.workspace_id)
            if installation is None or message.channel_type == "im":
                continue
            person = person_row(session, message.workspace_id, message.user_id) if message.user_id else None
            role = self._role(message, person, installation)
            if role == "unknown":
                continue  # decided once users.info answers, as _process does
            key = (message.workspace_id, message.channel_id)
            channels[key] = channels.get(key, False) or message.is_ext_shared
            if role == "customer" and message.user_id and (not message.thread_ts or message.thread_ts == message.ts):
                customers.add((message.workspace_id, message.channel_id, message.user_id))
        if channels:
            prefetch_channels(session, channels, now)
        prefetch_recent_requests(session, customers)
        # Those with no open request in the channel are about to open one: their ids and numbers are drawn at once.
        latest = session.info.get("recent_requests") or {}
        request_ids.expect(session, Counter(workspace for (workspace, _, _), known in latest.items() if known is None))

    def read_ahead(self, session: Session, batch: list) -> None:
        """What a batch of inbox messages say, read from their words before the batch's transaction (on
        SQLite, outside the write lock: bot.platform.readahead), in a snapshot: the readings `_judge` makes
        of a channel message, with the author, channel and zone as the snapshot knows them."""
        messages = [message_from(timer.payload) for timer in batch]
        prefetch_people(session, {(m.workspace_id, m.user_id) for m in messages if m.user_id})
        channels = known_channels(session, {(m.workspace_id, m.channel_id) for m in messages})
        for message in messages:
            installation = self.installations.get(message.workspace_id)
            if installation is None or message.channel_type == "im":
                continue
            person = person_row(session, message.workspace_id, message.user_id) if message.user_id else None
            role = self._role(message, person, installation)
            if role == "customer":
                channel = channels.get((message.workspace_id, message.channel_id))
                statements.hear(session, message, channel, person)
                if intent_reading(session, message) == "info":
                    problem_reading(session, message.text or "")
            if role in ("customer", "staff"):
                references_reading(session, message.text or "")

    def on_message(self, ctx: FireContext) -> Outcome:
        """A message from the inbox: open, join, or update a request (P1)."""
        message = message_from(ctx.timer.payload)
        return Done(self._process(ctx.session, message, ctx.now).note)

    def edited(self, edit: EditedMessage) -> IntakeResult:
        """message_changed, through the inbox, so it is applied after the message it edits."""
        return self._enqueue(edit.event_id, "intake.edited", f"edit:{edit.channel_id}:{edit.ts}", edit)

    def deleted(self, deletion: DeletedMessage) -> IntakeResult:
        """message_deleted, through the inbox, after the message it deletes."""
        subject = f"delete:{deletion.channel_id}:{deletion.deleted_ts}"
        return self._enqueue(deletion.event_id, "intake.deleted", subject, deletion)

    def _enqueue(self, event_id: str, kind: str, subject: str, facts) -> IntakeResult:
        """The inbox timer, whose dedupe key is Slack's event id (its retries reuse it; settled timers
        are kept a week, retries come within minutes), stored with group commit and no ORM session:
        this is the ack path, and bench/ingest measures it."""
        now = self.clock.now()
        values = dict(
            kind=kind,
            subject=subject,
            due_at=now,
            state="pending",
            priority=0,
            pace_key=None,
            attempts=0,
            dedupe_key=f"event:{event_id[:180]}",
            payload=shallow(facts),
            workspace_id=facts.workspace_id,
            created_at=now,
        )
        if not self.inbox.write(values):
            metrics.EVENTS_DUPLICATE.inc()
            return IntakeResult("duplicate")
        self.notify()
        return IntakeResult("queued", queued=1)

    def on_edited(self, ctx: FireContext) -> Outcome:
        """The opening message's new words become the excerpt (repeated edits collapse to the last)."""
        edit = EditedMessage(**{**ctx.timer.payload, "file_names": tuple(ctx.timer.payload.get("file_names") or ())})
        request = opened_by(ctx.session, edit.workspace_id, edit.channel_id, edit.ts)
        if request is None:
            return Skip("not the opening message of a request")
        request.excerpt = rules.excerpt(edit.text, edit.file_names)
        record_event(ctx.session, request.id, "customer", "edited", {"ts": edit.ts}, ctx.now)
        return Done(f"{request.reference} edited")

    def on_deleted(self, ctx: FireContext) -> Outcome:
        """Deleting the opening message withdraws the request; nothing is erased."""
        deletion = DeletedMessage(**ctx.timer.payload)
        request = opened_by(ctx.session, deletion.workspace_id, deletion.channel_id, deletion.deleted_ts)
        if request is None or request.state != "open":
            return Skip("not the opening message of an open request")
        request.state = "withdrawn"
        promises.close_open(ctx.session, request, "customer", "withdrawn", ctx.now)
        record_event(ctx.session, request.id, "customer", "withdrawn", {"ts": deletion.deleted_ts}, ctx.now)
        return Done(f"{request.reference} withdrawn")

    # -- timer handlers (continuations of Slack reads) ---------------------------------------
    def on_classified(self, ctx: FireContext) -> Outcome:
        """users.info answered for an author we could not place: cache them, then decide."""
        message = message_from(ctx.timer.payload["message"])
        user = (ctx.timer.payload.get("response") or {}).get("user")
        if not user:
            return Skip("users.info gave no user")
        self._cache(ctx.session, message.workspace_id, user, ctx.now)
        result = self._process(ctx.session, message, ctx.now, deferred=True)
        return Done(result.note)

    def on_profile(self, ctx: FireContext) -> Outcome:
        user = (ctx.timer.payload.get("response") or {}).get("user")
        if not user:
            return Skip("users.info gave no user")
        person = self._cache(ctx.session, ctx.timer.workspace_id, user, ctx.now)
        if person.role == "customer":  # their status is re-read daily while they have something open
            tomorrow = ctx.now + timedelta(days=1)
            timers.schedule(
                ctx.session,
                kind=DAILY_PROFILE,
                subject=f"person:{person.user_id}",
                due_at=tomorrow,
                now=ctx.now,
                workspace_id=ctx.timer.workspace_id,
                payload={"user": person.user_id},
                dedupe_key=f"daily:{ctx.timer.workspace_id}:{person.user_id}:{tomorrow.date().isoformat()}",
                priority=7,
            )
        return Done("profile cached")

    def on_daily_profile(self, ctx: FireContext) -> Outcome:
        """Once a day: re-read a customer's profile (Slack status) while they have an open request."""
        user_id, workspace_id = ctx.timer.payload["user"], ctx.timer.workspace_id
        waiting = ctx.session.scalar(
            select(Request.id).where(
                Request.workspace_id == workspace_id, Request.customer_user_id == user_id, Request.state == "open"
            )
        )
        if waiting is None:
            return Skip("no open request: no need to watch their status")
        people.queue_refresh(ctx.session, workspace_id, user_id, ctx.now)
        return Done("profile refresh queued")

    # -- the decision and its effects --------------------------------------------------------
    def _cache(self, session: Session, workspace_id: str, user: dict, now: datetime) -> Person:
        installation = self.installations.get(workspace_id)
        team = installation.team_id if installation else workspace_id
        enterprise = installation.enterprise_id if installation else None
        return people.cache_profile(session, workspace_id, user, now, team, enterprise)

    def _process(
        self, session: Session, message: IncomingMessage, now: datetime, deferred: bool = False
    ) -> IntakeResult:
        # The hot path of the product: every statement here runs on Core, on the session's
        # connection, without the ORM's identity map or flush (bench/ingest measures it).
        installation = self.installations.get(message.workspace_id)
        if installation is None:
            return IntakeResult("ignored", detail={"reason": "workspace not installed"})
        person = person_row(session, message.workspace_id, message.user_id) if message.user_id else None
        role = self._role(message, person, installation)
        queued = 0
        if role == "unknown":
            if deferred:
                return IntakeResult("ignored", detail={"reason": "author still unknown"})
            self._defer(session, message, now)
            return IntakeResult("deferred", queued=1)
        if role == "customer" and message.user_id:
            if person is None:
                people.cache_from_event(
                    session, message.workspace_id, message.user_id, message.user_team, role, message.profile, now
                )
            if people.is_stale(person, now):
                people.queue_refresh(session, message.workspace_id, message.user_id, now)
                queued += 1

        if message.channel_type == "im":
            if role not in ("customer", "staff"):
                return IntakeResult("ignored", detail={"reason": f"{role} direct message"})
            return IntakeResult("helped", queued=queued + addressed.help_direct(session, message, role, now))
        channel = channel_settings(session, message.workspace_id, message.channel_id, message.is_ext_shared, now)
        judged = self._judge(session, message, role, channel, person)
        result = self._apply(session, message, role, channel, person, judged, now, queued)
        if role == "customer" and message.user_id:  # what the gate holds for them is looked at again now
            customer_notices.wake(session, message.workspace_id, message.user_id, message.posted_at, now)
        if addressed.mentions(message, installation.bot_user_id):
            result.queued += self._addressed(session, message, role, judged.decision, now)
        return result

    def _apply(self, session, message: IncomingMessage, role, channel, person, judged, now, queued) -> IntakeResult:
        """The decision's effects, in the inbox's transaction."""
        decision = judged.decision
        if isinstance(decision, rules.Ignore):
            if role == "customer" and not judged.heard.empty:  # "we're closed 24–31 Dec" still holds follow-ups
                queued += statements.listen(session, message, None, channel, person, now, judged.heard)
            return IntakeResult("ignored", queued=queued, detail={"reason": decision.reason})
        if isinstance(decision, rules.Open):
            reference, sent, _ = self._open(
                session, message, channel, decision.thread_ts, person, now, judged.heard, decision.follows
            )
            return IntakeResult("opened", reference, queued + sent)
        this_request = request_ref(session, decision.request_id)
        if role == "customer":
            queued += statements.listen(session, message, this_request, channel, person, now, judged.heard)
        else:
            queued += hints.hint_staff(session, message, this_request, channel, now)
            follow_ups.staff_wrote(session, this_request, message.posted_at, now)
            queued += promises.heard(session, message, decision.request_id, now)
        record_message(session, message, decision.request_id, role, is_opening=False)
        if isinstance(decision, rules.ActivityNotAnswer):
            # P8: a thanks, a greeting or a stated holiday is no answer: the request keeps waiting on whom it waited.
            data = {"ts": message.ts, "intent": judged.intent, "why": decision.reason}
            record_event(session, decision.request_id, message.user_id, "aside", data, now)
            return IntakeResult("aside", this_request.reference, queued)
        if isinstance(decision, rules.Reopen):
            queued += judgement.reopen(session, this_request, message, now)
        first_reply = isinstance(decision, rules.Activity) and decision.first_staff_reply
        reference = touch(session, decision.request_id, role, message.posted_at, first_reply=first_reply)
        if role == "customer":
            escalations.customer_waiting(session, message.workspace_id, decision.request_id, message.posted_at, now)
        if isinstance(decision, rules.Reopen):
            return IntakeResult("reopened", reference, queued)
        if isinstance(decision, rules.Urgent):
            queued += judgement.chased(session, this_request, message, now)
            return IntakeResult("urgent", reference, queued)
        if isinstance(decision, rules.Join):
            record_event(session, decision.request_id, message.user_id, "joined", {"ts": message.ts}, now)
            return IntakeResult("joined", reference, queued)
        if first_reply:
            record_event(session, decision.request_id, message.user_id, "first_response", {"ts": message.ts}, now)
        if isinstance(decision, rules.Activity) and decision.top_level:
            record_event(session, decision.request_id, message.user_id, "answered_top_level", {"ts": message.ts}, now)
            queued += judgement.hint_thread(session, this_request, message, now)
        return IntakeResult("activity", reference, queued)

    def _addressed(self, session: Session, message: IncomingMessage, role: str, decision, now: datetime) -> int:
        """The bot was mentioned: a customer hears their request's state, staff get a private help."""
        if role == "staff":
            return addressed.help_staff(session, message, now)
        request_id = getattr(decision, "request_id", None)
        if role != "customer" or request_id is None:
            return 0
        session.flush()
        return addressed.tell_state(session, message, request_id, now)

    def _judge(self, session: Session, message: IncomingMessage, role: str, channel, person) -> Judged:
        """The facts of the decision, read once: the thread's request, the customer's latest, what the
        message means (intent, the requests it names, whether it only states an absence)."""
        thread_request = None
        if message.thread_ts and message.thread_ts != message.ts:
            thread_request = thread_request_of(session, message.workspace_id, message.channel_id, message.thread_ts)
        top_level = thread_request is None
        heard, intent, referenced, answers = understanding.NOTHING, None, None, None
        text = message.text or ""
        if role == "customer":
            heard = statements.hear(session, message, channel, person)
            intent = intent_reading(session, message)
            if top_level:
                named = references_reading(session, text)
                referenced = named_request_of(session, message.workspace_id, message.channel_id, named)
        elif role == "staff" and not (message.thread_ts and message.thread_ts != message.ts):
            named = references_reading(session, text)
            answers = named_request_of(session, message.workspace_id, message.channel_id, named)
            if answers is None or answers.state != "open":
                answers = answered_by_staff(
                    session,
                    message.workspace_id,
                    message.channel_id,
                    MENTION.findall(text),
                    message.posted_at,
                    STAFF_ANSWER_MINUTES,
                )
        recent = (
            recent_request_of(session, message.workspace_id, message.channel_id, message.user_id)
            if role == "customer" and top_level
            else None
        )
        decision = rules.decide(
            role=role,
            ts=message.ts,
            thread_ts=message.thread_ts,
            posted_at=message.posted_at,
            thread_request=thread_request,
            recent=recent,
            grouping_minutes=channel.grouping_minutes,
            intent=intent,
            absence_only=intent == "info" and (heard.unavailable is not None or heard.opt_out),
            referenced=referenced,
            staff_answers=answers,
            tells_problem=intent == "info" and problem_reading(session, text),
        )
        return Judged(decision, heard, intent)

    def _role(self, message: IncomingMessage, person: Person | None, installation) -> str:
        known = person if people.is_fetched(person) else None
        profile = message.profile or {}
        author = Author(
            user_id=message.user_id,
            team_id=message.user_team or (person.home_team_id if person else None),
            bot_id=message.bot_id,
            is_bot=bool(known and known.is_bot) or message.user_id == installation.bot_user_id,
            is_restricted=known.is_restricted if known else profile.get("is_restricted"),
            is_ultra_restricted=known.is_ultra_restricted if known else profile.get("is_ultra_restricted"),
        )
        return role_of(author, installation.team_id, installation.enterprise_id)

    def _defer(self, session: Session, message: IncomingMessage, now: datetime) -> None:
        """An own-workspace author we have not met: ask users.info, then decide (never before the ack)."""
        outbox.queue(
            session,
            now=now,
            workspace_id=message.workspace_id,
            method="users.info",
            args={"user": message.user_id},
            purpose="read",
            subject=f"message:{message.channel_id}:{message.ts}",
            dedupe_key=f"classify:{message.workspace_id}:{message.channel_id}:{message.ts}",
            then={"kind": "intake.classified", "payload": {"message": asdict(message)}},
        )

    def _open(
        self, session, message, channel, thread_ts, person, now, heard=None, follows=None, imported=False
    ) -> tuple[str, int, OpenedRequest]:
        language = channel.language or guess_language(message.text or "")
        number = self.numbers.next(session, message.workspace_id)  # late: SQLite holds the lock till commit
        request = OpenedRequest(
            id=0,
            workspace_id=message.workspace_id,
            number=number,
            channel_id=message.channel_id,
            thread_ts=thread_ts,
            customer_user_id=message.user_id or "",
            excerpt=rules.excerpt(message.text, message.file_names),
            language=language,
        )
        request.id = insert_request(
            session,
            workspace_id=request.workspace_id,
            number=number,
            channel_id=request.channel_id,
            thread_ts=thread_ts,
            customer_user_id=request.customer_user_id,
            excerpt=request.excerpt,
            language=language,
            state="open",
            handoff_count=0,
            created_at=message.posted_at,
            last_customer_at=message.posted_at,
            **({"follows_id": follows} if follows is not None else {}),
        )
        record_message(session, message, request.id, "customer", is_opening=True)
        opened = {"ts": message.ts, "language": language}
        follows_ref = None
        if follows is not None and (earlier := request_ref(session, follows)) is not None:
            follows_ref = opened["follows"] = earlier.reference  # P8: the problem is back, past the reopen window
        record_event(session, request.id, message.user_id, "opened", opened, now)
        # An imported message's ladder starts at the import: staff just chose to take the week on.
        since = now if imported else message.posted_at
        escalations.start_unclaimed_ladder(session, request.workspace_id, request.id, since, now, request.channel_id)
        metrics.REQUESTS_OPENED.inc()
        # Heard before the triage post, which shows staff a hesitant reading as "probably away".
        held = statements.listen(session, message, request, channel, person, now, heard)
        probably = statements.hesitant_window(session, message.workspace_id, message.ts)
        acknowledged = self._acknowledge(session, request, channel, person, now, probably, follows_ref)
        return request.reference, held + acknowledged, request

    def _acknowledge(self, session, request: OpenedRequest, channel, person, now, probably=None, follows=None) -> int:
        """P1: one visible record per request, per the channel's setting; staff see it in triage."""
        # The customer's record goes through the one gate (an answer: at once), with no button (P7):
        # Claim lives on the triage post, the App Home and the message shortcut.
        queued = customer_answers.acknowledge(session, request, channel.ack_mode, now)
        if channel.triage_channel_id:
            link = render.thread_link(
                workspace_settings(session, request.workspace_id).url, request.channel_id, request.thread_ts
            )
            team = team_language(session, request.workspace_id)
            triage = render.text(
                "triage",
                team,
                ref=request.reference,
                customer=people.display_name(person, f"<@{request.customer_user_id}>"),
                channel=request.channel_id,
                excerpt=render.short(request.excerpt),
                link=link,
                probably=(
                    render.text("probably_away", team, day=render.day(probably.resume_at, team)) if probably else ""
                )
                + (staff_texts.say("follows", team, ref=follows) if follows else ""),
            )
            queued += post_to_triage(
                session, request, channel.triage_channel_id, triage, team, now, dedupe_key=f"triage:{request.id}"
            )
        return queued


def intent_reading(session: Session, message: IncomingMessage) -> str:
    """The message's intent (info when it has neither words nor files), read ahead or now."""
    text = message.text or ""
    if not (text.strip() or message.file_names):
        return "info"
    # Loaded where messages are read, not in an HTTP worker that only stores them (issue 20: memory).
    from policies.understanding.intent import intent_of

    return reading(session, ("intent", text), lambda: intent_of(text).value)


def references_reading(session: Session, text: str):
    return reading(session, ("references", text), lambda: references_in(text))


def problem_reading(session: Session, text: str) -> bool:
    from policies.understanding.problems import tells_problem

    return reading(session, ("problem", text), lambda: tells_problem(text))


def shallow(facts) -> dict:
    """A message's fields as JSON-ready values; dataclasses.asdict would deep-copy the profile and files."""
    return {f.name: getattr(facts, f.name) for f in fields(facts)}


def message_from(payload: dict) -> IncomingMessage:
    """An IncomingMessage back from its JSON form in a timer's payload."""
    return IncomingMessage(**{**payload, "file_names": tuple(payload.get("file_names") or ())})
