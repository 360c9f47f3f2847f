"""Digests for team leads (issue 6): subscriptions, and delivery by the timer sweep.

`/atento digest daily 09:00` subscribes the lead (their Slack timezone, their language);
`/atento digest #support-leads weekly mon 09:00` subscribes a channel. Each subscription has one
pending timer at its next moment. When it fires, the next one is scheduled (after now, so days
missed while the bot was down collapse into one late digest), the subscriber's channels are read
(users.conversations, through the outbox) and the digest is built from the database and posted
once: the timer row, the continuation and the post each carry a per-period dedupe key.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session, aliased, sessionmaker

from bot.digests import blocks as digest_blocks
from bot.digests.files import REFUSED, refused
from bot.platform import timers
from bot.platform.clock import Clock
from bot.platform.db import read_only, unit_of_work
from bot.platform.models import Channel, DigestSubscription, Person, Promise, Request, Unavailability
from bot.platform.settings import workspace_settings
from bot.platform.timers import FireContext
from bot.promises.service import zone_of
from bot.record import chart_png, figures_text, resolved_between, weekly_figures
from bot.record.texts import period_text
from bot.requests import staff_time
from bot.requests.lookup import workspace_url
from bot.slack import outbox
from bot.texts import answers
from bot.texts.calendar_words import day_time, weekday
from bot.texts.language import person_language
from policies import digest as rules
from policies.timers import Done, Outcome, Reschedule, Skip

DUE, BUILD, PREVIEW = "digest.due", "digest.build", "digest.preview"

PROBLEMS = {  # policy reasons → bot.texts.answers keys
    "time": "digest_time",
    "weekday": "digest_weekday",
    "channel_unresolved": "digest_channel_unresolved",
    "usage": "digest_usage",
}


class Digests:
    """`/atento digest …`: subscribe, unsubscribe, preview."""

    def __init__(self, sessions: sessionmaker[Session], clock: Clock, know, notify=lambda: None):
        self.sessions, self.clock, self.know, self.notify = sessions, clock, know, notify

    def command(self, workspace_id: str, user_id: str, words: list[str], channel_id: str | None) -> str:
        with read_only(self.sessions) as session:
            language = person_language(session, workspace_id, user_id)
        if self.know(workspace_id, user_id).role != "staff":
            return answers.say("only_staff:digests", language)
        parsed = rules.parse_command(words)
        if isinstance(parsed, rules.Invalid):
            return answers.say(PROBLEMS[parsed.reason], language)
        now = self.clock.now()
        with unit_of_work(self.sessions) as session:
            if isinstance(parsed, rules.Preview):
                if not channel_id:
                    return answers.say("digest_preview_where", language)
                read_channels(session, workspace_id, user_id, now, PREVIEW, {"reply_in": channel_id}, f"{now}")
                answer = answers.say("digest_building", language)
            elif isinstance(parsed, rules.Unsubscribe):
                answer = self._off(session, workspace_id, parsed.channel_id or user_id, language)
            else:
                answer = self._subscribe(session, workspace_id, user_id, parsed, now)
        self.notify()
        return answer

    def _subscribe(self, session: Session, workspace_id: str, user_id: str, parsed: rules.Subscribe, now) -> str:
        target = parsed.channel_id or user_id
        subscription = session.scalars(
            select(DigestSubscription)
            .where(DigestSubscription.workspace_id == workspace_id, DigestSubscription.target_id == target)
            .with_for_update()
        ).first()
        person = session.get(Person, (workspace_id, user_id))
        locale = (person.locale or "") if person else ""
        zone = zone_of(session, workspace_id, user_id)
        if subscription is None:
            subscription = DigestSubscription(workspace_id=workspace_id, target_id=target, created_at=now)
        subscription.subscriber_user_id = user_id
        subscription.every, subscription.weekday = parsed.cadence.every, parsed.cadence.weekday
        subscription.at_time = parsed.cadence.at.strftime("%H:%M")
        subscription.tz = zone
        subscription.language = parsed.language or ("es" if locale.lower().startswith("es") else "en")
        subscription.active = True
        session.add(subscription)
        session.flush()
        timers.cancel(session, kind=DUE, subject=f"digest:{subscription.id}", reason="subscription changed")
        first = schedule_next(session, subscription, now, now)
        local = first.astimezone(ZoneInfo(subscription.tz))
        lang = subscription.language
        where = f"<#{target}>" if parsed.channel_id else answers.say("digest_you", lang)
        cadence = answers.say(
            f"digest_cadence:{subscription.every}", lang, at=subscription.at_time, weekday=weekday(local, lang)
        )
        return answers.say(
            "digest_on", lang, where=where, cadence=cadence, tz=subscription.tz, first=day_time(local, lang)
        )

    def _off(self, session: Session, workspace_id: str, target: str, language: str) -> str:
        subscription = session.scalars(
            select(DigestSubscription).where(
                DigestSubscription.workspace_id == workspace_id, DigestSubscription.target_id == target
            )
        ).first()
        if subscription is None or not subscription.active:
            return answers.say("digest_none_to_stop", language)
        subscription.active, subscription.next_at = False, None
        timers.cancel(session, kind=DUE, subject=f"digest:{subscription.id}", reason="unsubscribed")
        return answers.say("digest_off", language)


def cadence_of(subscription: DigestSubscription) -> rules.Cadence:
    return rules.Cadence(subscription.every, time.fromisoformat(subscription.at_time), subscription.weekday)


def schedule_next(session: Session, subscription: DigestSubscription, after: datetime, now: datetime) -> datetime:
    """One pending timer at the next moment (its dedupe key names the period: two workers, one timer)."""
    at = rules.next_send(cadence_of(subscription), subscription.tz, after)
    subscription.next_at = at
    timers.schedule(
        session,
        kind=DUE,
        subject=f"digest:{subscription.id}",
        due_at=at,
        now=now,
        workspace_id=subscription.workspace_id,
        payload={"subscription": subscription.id, "at": at.isoformat()},
        dedupe_key=f"digest:{subscription.id}:{at.isoformat()}",
        priority=8,
    )
    return at


def read_channels(session: Session, workspace_id: str, user_id: str, now, kind: str, payload: dict, key: str) -> None:
    """Which channels the subscriber is in (a digest shows only those): users.conversations, then `kind`."""
    outbox.queue(
        session,
        now=now,
        workspace_id=workspace_id,
        method="users.conversations",
        args={"user": user_id, "types": "public_channel,private_channel", "exclude_archived": True, "limit": 1000},
        purpose="digest",
        subject=f"digest-read:{user_id}",
        dedupe_key=f"digest-read:{workspace_id}:{user_id}:{key}",
        then={"kind": kind, "subject": f"digest:{user_id}", "payload": {"user": user_id, **payload}},
    )


# -- timers ------------------------------------------------------------------------------------------
def on_due(ctx: FireContext) -> Outcome:
    """The moment has come: plan the next one, then read the subscriber's channels."""
    subscription = ctx.session.get(DigestSubscription, ctx.timer.payload["subscription"], with_for_update=True)
    scheduled = datetime.fromisoformat(ctx.timer.payload["at"])
    if subscription is None or not subscription.active:
        return Skip("unsubscribed")
    if subscription.next_at != scheduled:
        return Skip("rescheduled")
    schedule_next(ctx.session, subscription, max(ctx.now, scheduled), ctx.now)
    read_channels(
        ctx.session,
        subscription.workspace_id,
        subscription.subscriber_user_id,
        ctx.now,
        BUILD,
        {"subscription": subscription.id, "at": scheduled.isoformat()},
        f"{subscription.id}:{scheduled.isoformat()}",
    )
    return Done("channels asked for")


def on_build(ctx: FireContext) -> Outcome:
    """users.conversations answered: build the digest from the database and post it, once."""
    payload = ctx.timer.payload
    subscription = ctx.session.get(DigestSubscription, payload["subscription"], with_for_update=True)
    if subscription is None or not subscription.active:
        return Skip("unsubscribed")
    scheduled = datetime.fromisoformat(payload["at"])
    if subscription.target_id == subscription.subscriber_user_id and (
        held := staff_time.held_for(ctx.session, subscription.workspace_id, subscription.target_id, ctx.now)
    ):  # P5 for staff (issue 17): a digest DM waits for their hours; past the next one, that one covers it
        if subscription.next_at is not None and held[0] < subscription.next_at:
            return Reschedule(held[0], f"the subscriber is off ({held[1]})")
        return Skip(f"the subscriber is off ({held[1]}): the next digest covers this one")
    since = subscription.covered_until or rules.previous_send(cadence_of(subscription), subscription.tz, scheduled)
    channels = [c["id"] for c in (payload.get("response") or {}).get("channels") or []]
    digest = gather(
        ctx.session, subscription.workspace_id, channels, since, ctx.now, with_resolved=subscription.every == "daily"
    )
    figures = chart = None
    if subscription.every == "weekly" and channels:
        weekly = weekly_figures(
            ctx.session, subscription.workspace_id, channels, since, ctx.now, ctx.now, subscription.tz
        )
        figures = figures_text(weekly.report, subscription.tz, subscription.language)
        if not weekly.report.total.empty:
            chart = chart_png(weekly.days, subscription.language)
    text, blocks = digest_blocks.blocks(
        digest,
        every=subscription.every,
        scheduled=scheduled,
        late=rules.is_late(scheduled, ctx.now),
        tz=subscription.tz,
        language=subscription.language,
        workspace_url=workspace_url(ctx.session, subscription.workspace_id),
        figures=figures,
    )
    outbox.queue(
        ctx.session,
        now=ctx.now,
        workspace_id=subscription.workspace_id,
        method="chat.postMessage",
        args={"channel": subscription.target_id, "text": text, "blocks": blocks, "unfurl_links": False},
        purpose="digest",
        subject=f"digest:{subscription.id}",
        dedupe_key=f"digest-post:{subscription.id}:{scheduled.isoformat()}",
    )
    if chart is not None:  # queued after the text, so it lands beside it
        name = f"atento-week-{scheduled.astimezone(ZoneInfo(subscription.tz)):%Y-%m-%d}.png"
        period = period_text(since, ctx.now, subscription.tz, subscription.language)
        outbox.upload(
            ctx.session,
            now=ctx.now,
            workspace_id=subscription.workspace_id,
            to=subscription.target_id,
            filename=name,
            content=chart,
            title=digest_blocks.chart_title(period, subscription.language),
            comment=None,
            purpose="digest",
            subject=f"digest:{subscription.id}",
            dedupe_key=f"digest-chart:{subscription.id}:{scheduled.isoformat()}",
            otherwise={
                "kind": REFUSED,
                "subject": f"digest:{subscription.id}",
                "payload": refused(subscription.subscriber_user_id, name, subscription.language),
            },
        )
    subscription.covered_until = ctx.now
    return Done(f"digest of {len(digest.sections)} sections")


def on_preview(ctx: FireContext) -> Outcome:
    """`/atento digest preview`: the same digest, now, visible only to the person who asked."""
    payload = ctx.timer.payload
    workspace_id, user_id = ctx.timer.workspace_id, payload["user"]
    subscription = ctx.session.scalars(
        select(DigestSubscription).where(
            DigestSubscription.workspace_id == workspace_id, DigestSubscription.target_id == user_id
        )
    ).first()
    since = (subscription.covered_until if subscription else None) or ctx.now - timedelta(days=1)
    language = subscription.language if subscription else person_language(ctx.session, workspace_id, user_id)
    channels = [c["id"] for c in (payload.get("response") or {}).get("channels") or []]
    every = subscription.every if subscription else "daily"
    digest = gather(ctx.session, workspace_id, channels, since, ctx.now, with_resolved=every == "daily")
    text, blocks = digest_blocks.blocks(
        digest,
        every=every,
        scheduled=ctx.now,
        late=False,
        tz=zone_of(ctx.session, workspace_id, user_id),
        language=language,
        workspace_url=workspace_url(ctx.session, workspace_id),
    )
    outbox.queue(
        ctx.session,
        now=ctx.now,
        workspace_id=workspace_id,
        method="chat.postEphemeral",
        args={"channel": payload["reply_in"], "user": user_id, "text": text, "blocks": blocks},
        purpose="hint",
        subject=f"digest-preview:{user_id}",
    )
    return Done("preview")


# -- the facts ---------------------------------------------------------------------------------------
def gather(
    session: Session,
    workspace_id: str,
    channels: list[str],
    since: datetime,
    now: datetime,
    with_resolved: bool = False,
) -> rules.Digest:
    """Read what the digest needs, in this workspace and these channels only, and let the policy decide.
    `with_resolved`: the daily digest lists the requests resolved in the period (the weekly one counts them)."""
    hours = workspace_settings(session, workspace_id).hours
    staff_away = [rules.StaffAwayRow(*away) for away in staff_time.away_now(session, workspace_id, now)]
    if not channels:
        return rules.build(
            since=since,
            now=now,
            open_requests=[],
            new_requests=[],
            promises=[],
            holds=[],
            hours=hours,
            staff_away=staff_away,
        )
    labels = {
        row.channel_id: row.customer_org_name or (f"#{row.name}" if row.name else f"<#{row.channel_id}>")
        for row in session.execute(
            select(Channel.channel_id, Channel.customer_org_name, Channel.name).where(
                Channel.workspace_id == workspace_id, Channel.channel_id.in_(channels)
            )
        )
    }
    base = select(
        Request.number,
        Request.channel_id,
        Request.customer_user_id,
        Request.excerpt,
        Request.created_at,
        Request.owner_user_id,
        Request.first_staff_reply_at,
        Request.handoff_count,
        Request.thread_ts,
    ).where(Request.workspace_id == workspace_id, Request.channel_id.in_(channels))

    def rows(query) -> list[rules.RequestRow]:
        # Customers are named afterwards, only for the few rows a digest shows.
        return [
            rules.RequestRow(
                number=r.number,
                channel_id=r.channel_id,
                channel_label=labels.get(r.channel_id, f"<#{r.channel_id}>"),
                customer=r.customer_user_id,
                excerpt=r.excerpt,
                created_at=r.created_at,
                owner=r.owner_user_id,
                first_reply_at=r.first_staff_reply_at,
                handoffs=r.handoff_count,
                thread_ts=r.thread_ts,
            )
            for r in session.connection().execute(query)
        ]

    open_requests = rows(base.where(Request.state == "open"))
    waiting = {r.customer: r.channel_id for r in open_requests}
    digest = rules.build(
        since=since,
        now=now,
        open_requests=open_requests,
        new_requests=rows(base.where(Request.created_at > since, Request.created_at <= now)),
        promises=_promises(session, workspace_id, channels, since, now),
        holds=_holds(session, workspace_id, set(channels), waiting, now),
        hours=hours,
        resolved=resolved_between(session, workspace_id, channels, since, now) if with_resolved else (),
        staff_away=staff_away,
    )
    return _named(session, workspace_id, digest)


def _named(session: Session, workspace_id: str, digest: rules.Digest) -> rules.Digest:
    """Customer ids → display names, for the requests the digest shows."""
    shown = {i.customer for s in digest.sections for i in s.items if isinstance(i, rules.RequestRow)}
    if not shown:
        return digest
    names = {
        p.user_id: p.display_name or p.real_name
        for p in session.execute(
            select(Person.user_id, Person.display_name, Person.real_name).where(
                Person.workspace_id == workspace_id, Person.user_id.in_(shown)
            )
        )
    }

    def name(item):
        if isinstance(item, rules.RequestRow):
            return replace(item, customer=names.get(item.customer) or f"<@{item.customer}>")
        return item

    sections = tuple(replace(s, items=tuple(name(i) for i in s.items)) for s in digest.sections)
    return replace(digest, sections=sections)


def _promises(session: Session, workspace_id: str, channels: list[str], since, now) -> list[rules.PromiseRow]:
    customer = aliased(Person)
    query = (
        select(Promise, Request.number, Request.channel_id, Request.thread_ts, Request.customer_user_id)
        .add_columns(customer.display_name, customer.real_name)
        .join(Request, Request.id == Promise.request_id)
        .outerjoin(customer, and_(customer.workspace_id == workspace_id, customer.user_id == Request.customer_user_id))
        .where(
            Promise.workspace_id == workspace_id,
            Request.channel_id.in_(channels),
            or_(
                and_(Promise.state == "open", Promise.due_at < now + timedelta(hours=24)),
                and_(Promise.state == "missed", Promise.closed_at > since),
            ),
        )
    )
    return [
        rules.PromiseRow(
            number=r.number,
            channel_id=r.channel_id,
            thread_ts=r.thread_ts,
            owner=r.Promise.owner_user_id,
            customer=r.display_name or r.real_name or f"<@{r.customer_user_id}>",
            due_at=r.Promise.due_at,
            state=r.Promise.state,
            closed_at=r.Promise.closed_at,
        )
        for r in session.execute(query)
    ]


def _holds(
    session: Session, workspace_id: str, channels: set[str], customer_channel: dict[str, str], now
) -> list[rules.HoldRow]:
    """Customers who said they are away (or asked not to be chased), while it lasts, in these channels."""
    # Live statements in a workspace are few; which of them concern these channels is decided here.
    live = session.scalars(
        select(Unavailability).where(
            Unavailability.workspace_id == workspace_id,
            Unavailability.cleared_at.is_(None),
            Unavailability.source == "statement",
            Unavailability.start_at <= now,
            or_(Unavailability.resume_at.is_(None), Unavailability.resume_at > now),
        )
    ).all()
    windows = [w for w in live if w.channel_id in channels or w.user_id in customer_channel]
    users = {w.user_id for w in windows if w.user_id}
    people = {
        p.user_id: p
        for p in session.scalars(
            select(Person).where(Person.workspace_id == workspace_id, Person.user_id.in_(users or {""}))
        )
    }
    orgs = {
        c.channel_id: c
        for c in session.scalars(
            select(Channel).where(Channel.workspace_id == workspace_id, Channel.channel_id.in_(channels))
        )
    }
    team_zone = workspace_settings(session, workspace_id).tz
    holds = []
    for window in windows:
        channel = window.channel_id or customer_channel.get(window.user_id)
        if channel is None:
            continue
        who, org = people.get(window.user_id), orgs.get(channel)
        label = ((who.display_name or who.real_name) if who else None) or f"<@{window.user_id}>"
        if window.scope == "company":
            label = (org.customer_org_name if org else None) or f"<#{channel}>"
        zone = (who.tz if who else None) or (org.timezone if org else None) or team_zone
        resume_day = window.resume_at.astimezone(ZoneInfo(zone)).date() if window.resume_at else None
        holds.append(rules.HoldRow(label, channel, window.resume_at, window.scope, resume_day))
    return holds
