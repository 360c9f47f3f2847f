"""Claims: one named person owns each request (P2). Claim, take over, release, hand off, resolve.

Every change is audited with its actor. The customer is told who owns their request, in their
language, in the request's thread; staff get private answers. Slack calls go through the outbox.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Protocol
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

import bot.requests.staff_time as staff_time
from bot.platform.clock import Clock
from bot.platform.db import read_only, unit_of_work
from bot.platform.models import Channel, Person, Request
from bot.platform.settings import channel_settings, workspace_settings
from bot.requests import customer_notices, escalations, people
from bot.requests.home_refresh import schedule_refresh
from bot.requests.lookup import Answer, by_number, lead_of, unknown, workspace_url
from bot.requests.rows import record_event, thread_request_of
from bot.slack import outbox
from bot.slack.port import SlackPermanent, SlackPort, SlackTransient
from bot.slack.workspaces import Installations
from bot.texts import answers, render, staff_texts
from bot.texts.calendar_words import day_time
from bot.texts.language import person_language, team_language
from bot.texts.staff_time_texts import say as staff_time_say
from policies import claims as rules
from policies import staff_availability as staff_rules


class OpenPromises(Protocol):
    """A request's open promises, as ownership moves and closes them: bot.promises.service, handed in
    by bot.app (promises sit a floor above requests, so ownership does not import them)."""

    def follow_owner(self, session: Session, request: Request, new_owner: str, now: datetime) -> str | None: ...

    def close_open(self, session: Session, request: Request, actor: str, how: str, now: datetime) -> None: ...


class Claims:
    def __init__(
        self,
        sessions: sessionmaker[Session],
        clock: Clock,
        installations: Installations,
        port: SlackPort,
        promises: OpenPromises,
        notify=lambda: None,
    ):
        self.sessions = sessions
        self.clock = clock
        self.installations = installations
        self.port = port
        self.promises = promises
        self.notify = notify

    # -- who is acting ---------------------------------------------------------------------
    def know(self, workspace_id: str, user_id: str, team_id: str | None = None) -> rules.Actor:
        """The actor as our workspace knows them; an unknown author is looked up once (users.info).

        Commands and buttons are answered within Slack's three seconds, so this lookup is the one
        Slack call made before answering; it happens outside any transaction and is cached.
        """
        installation = self.installations.get(workspace_id)
        if installation is None:
            return rules.Actor(user_id, "unknown")
        ours = {installation.team_id, installation.enterprise_id} - {None}
        if team_id and team_id not in ours:
            return rules.Actor(user_id, "customer")
        with read_only(self.sessions) as session:
            person = session.get(Person, (workspace_id, user_id))
            if people.is_fetched(person) and not people.is_stale(person, self.clock.now()):
                return rules.Actor(user_id, person.role, person.deleted)
        try:
            user = self.port.call(installation.bot_token, "users.info", user=user_id)["user"]
        except (SlackTransient, SlackPermanent):
            if person is not None:
                return rules.Actor(user_id, person.role, person.deleted)
            return rules.Actor(user_id, "unknown")
        with unit_of_work(self.sessions) as session:
            person = people.cache_profile(
                session, workspace_id, user, self.clock.now(), installation.team_id, installation.enterprise_id
            )
            return rules.Actor(user_id, person.role, person.deleted)

    def language_of(self, workspace_id: str, user_id: str) -> str:
        """The language to answer this person in (bot.texts.language.person_language); their profile is
        looked up first if we have never seen them (`know`), since it carries their locale."""
        self.know(workspace_id, user_id)
        with read_only(self.sessions) as session:
            return person_language(session, workspace_id, user_id)

    # -- use cases ---------------------------------------------------------------------------
    def claim(
        self,
        workspace_id: str,
        user_id: str,
        number: int | None,
        *,
        channel_id: str | None = None,
        confirmed: bool = False,
        confirmed_away: bool = False,
        team_id: str | None = None,
    ) -> Answer:
        """`confirmed`: a takeover was confirmed (which confirms claiming while away too); `confirmed_away`:
        claiming while away was (issue 17: it asks first, saying when they are back)."""
        actor = self.know(workspace_id, user_id, team_id)
        language = self.language_of(workspace_id, user_id)
        if actor.role != "staff":
            return Answer(answers.say("only_staff", language))
        if number is None:
            return self._offer_oldest(workspace_id, channel_id, language)
        now = self.clock.now()
        with unit_of_work(self.sessions) as session:
            request = by_number(session, workspace_id, number, lock=True)
            if request is None:
                return unknown(number, language)
            verdict = rules.may_claim(actor, facts(request), confirmed=confirmed)
            if isinstance(verdict, rules.Refused):
                return Answer(refusal(verdict, request, language))
            away = None
            if not (confirmed or confirmed_away):
                mine = staff_time.facts_of(session, workspace_id, user_id, now)
                away = staff_rules.may_claim_while_away(mine, now)
                away = away if isinstance(away, staff_rules.Confirm) else None
            if away is not None:
                away_text = staff_time_say(
                    "claim_away_confirm",
                    language,
                    why=staff_time_say(f"why:{away.reason}", language),
                    until=staff_time.back_text(session, workspace_id, away.back_at, user_id, language),
                    ref=request.reference,
                )
            if isinstance(verdict, rules.Confirm):
                owner = f"<@{verdict.previous_owner}>"
                text = answers.say("takeover_confirm", language, ref=request.reference, owner=owner)
                text = f"{away_text} {text}" if away is not None else text
                button = answers.say("takeover_button", language)
                return Answer(text, confirm_blocks(text, "claim_takeover", request.number, button))
            if away is not None:
                button = staff_time_say("claim_anyway", language)
                return Answer(away_text, confirm_blocks(away_text, "claim_away", request.number, button))
            previous = request.owner_user_id
            held = take(session, request, user_id, now)
            if previous:
                took = staff_texts.say(
                    "took_over",
                    team_language(session, workspace_id),
                    actor=f"<@{user_id}>",
                    ref=request.reference,
                )
                self._dm(session, request, previous, took, now, "claim")
                due = self.promises.follow_owner(session, request, user_id, now)
                if due:  # to whoever is claiming now: no need to wait for their hours
                    self._dm(session, request, user_id, due, now, "claim", hold=False)
            customer = people.customer_name(session, request)
            answer = Answer(own_now(request, customer, held, language))
        self.notify()
        return answer

    def claim_from_message(
        self, workspace_id: str, user_id: str, channel_id: str, ts: str, thread_ts: str | None
    ) -> Answer:
        """The "Claim request" message shortcut: any message of a request's thread names the request."""
        with read_only(self.sessions) as session:
            found = thread_request_of(session, workspace_id, channel_id, thread_ts or ts) or thread_request_of(
                session, workspace_id, channel_id, ts
            )
            number = session.get(Request, found.request_id).number if found else None
        if number is None:
            return Answer(answers.say("not_a_request_message", self.language_of(workspace_id, user_id)))
        return self.claim(workspace_id, user_id, number, channel_id=channel_id)

    def react(self, workspace_id: str, user_id: str, channel_id: str, ts: str, emoji: str) -> str:
        """A reaction on a request's message (issue 16): staff's 👀 claims it, the owner's ✅ resolves it;
        customers' reactions and other emoji do nothing. Both emoji are workspace settings
        (`reactions: {"claim": "eyes", "resolve": "white_check_mark"}`). Returns a code for the log."""
        with read_only(self.sessions) as session:
            settings = workspace_settings(session, workspace_id)
            chosen = {"claim": settings.claim_emoji, "resolve": settings.resolve_emoji}
            if emoji not in (chosen["claim"], chosen["resolve"]):
                return "ignored: not_our_emoji"
            found = thread_request_of(session, workspace_id, channel_id, ts)
            number = session.get(Request, found.request_id).number if found else None
        if number is None:
            return "ignored: not_a_request_message"
        if self.know(workspace_id, user_id).role != "staff":
            return "ignored: not_staff"
        if emoji == chosen["claim"]:
            answer = self.claim(workspace_id, user_id, number, channel_id=channel_id)
            if answer.blocks:  # a takeover, or a claim while away, asks first: never by an emoji alone
                if answer.blocks[-1]["elements"][0]["action_id"] != "claim_away":
                    return "ignored: owned_by_someone_else"
                self.tell_privately(workspace_id, channel_id, user_id, answer)  # only they see "Claim anyway"
                return "asked: claimer_away"
        else:
            answer = self.resolve(workspace_id, user_id, number)
        self.tell_privately(workspace_id, channel_id, user_id, Answer(answer.text))
        return "claimed_by_reaction" if emoji == chosen["claim"] else "resolved_by_reaction"

    def release(self, workspace_id: str, user_id: str, number: int) -> Answer:
        actor = self.know(workspace_id, user_id)
        now = self.clock.now()
        with unit_of_work(self.sessions) as session:
            language = person_language(session, workspace_id, user_id)
            request = by_number(session, workspace_id, number, lock=True)
            if request is None:
                return unknown(number, language)
            verdict = rules.may_release(actor, facts(request), lead=lead_of(session, workspace_id))
            if isinstance(verdict, rules.Refused):
                return Answer(refusal(verdict, request, language))
            record_event(session, request.id, user_id, "released", {"from": request.owner_user_id}, now)
            request.owner_user_id, request.claimed_at = None, None
            escalations.on_released(session, request, now)
            schedule_refresh(session, workspace_id, [user_id], now)
            self._back_to_triage(session, request, user_id, now)
            return Answer(staff_texts.say("back_in_queue", language, ref=request.reference))

    def resolve(self, workspace_id: str, user_id: str, number: int, note: str = "") -> Answer:
        actor = self.know(workspace_id, user_id)
        now = self.clock.now()
        with unit_of_work(self.sessions) as session:
            language = person_language(session, workspace_id, user_id)
            request = by_number(session, workspace_id, number, lock=True)
            if request is None:
                return unknown(number, language)
            verdict = rules.may_resolve(actor, facts(request), lead=lead_of(session, workspace_id))
            if isinstance(verdict, rules.Refused):
                if verdict.reason == "not_yours":
                    record_event(session, request.id, user_id, "resolve_refused", {"owner": request.owner_user_id}, now)
                return Answer(refusal(verdict, request, language))
            request.state, request.resolved_at = "resolved", now
            self.promises.close_open(session, request, user_id, "resolved", now)
            schedule_refresh(session, workspace_id, [user_id, request.owner_user_id], now)
            record_event(session, request.id, user_id, "resolved", {"note": note[:1000]} if note else {}, now)
            held = close_the_loop(session, request, now)
            told = told_later(request, people.customer_name(session, request), held, language)
            return Answer(staff_texts.say("resolved", language, ref=request.reference) + told)

    def hand_off(
        self, workspace_id: str, user_id: str, number: int, target_id: str, note: str = "", *, confirmed: bool = False
    ) -> Answer:
        """Pass a request on with its context. To someone away (not merely after hours) it asks first,
        saying when they are back (issue 17); `confirmed`: the actor said yes."""
        actor = self.know(workspace_id, user_id)
        target = self.know(workspace_id, target_id)
        now = self.clock.now()
        with unit_of_work(self.sessions) as session:
            answering = person_language(session, workspace_id, user_id)
            request = by_number(session, workspace_id, number, lock=True)
            if request is None:
                return unknown(number, answering)
            verdict = rules.may_hand_off(actor, target, facts(request))
            if isinstance(verdict, rules.Refused):
                return Answer(refusal(verdict, request, answering, target=f"<@{target_id}>"))
            theirs = staff_time.facts_of(session, workspace_id, target_id, now)
            away = staff_rules.may_hand_off_to(theirs, now, confirmed=confirmed)
            if isinstance(away, staff_rules.Confirm) and away.reason != staff_rules.OUTSIDE_HOURS:
                text = staff_time_say(
                    "handoff_away_confirm",
                    answering,
                    target=f"<@{target_id}>",
                    why=staff_time_say(f"why:{away.reason}", answering),
                    until=staff_time.back_text(session, workspace_id, away.back_at, target_id, answering),
                    ref=request.reference,
                )
                value = json.dumps({"n": request.number, "to": target_id, "note": note[:1500]})
                button = staff_time_say("handoff_anyway", answering)
                return Answer(text, render.with_button(text, "handoff_away", value, button, primary=True))
            previous = request.owner_user_id
            request.owner_user_id, request.claimed_at = target_id, now
            request.handoff_count += 1
            escalations.on_claimed(session, request, now)
            schedule_refresh(session, workspace_id, [user_id, previous, target_id], now)
            record_event(
                session,
                request.id,
                user_id,
                "handed_off",
                {"from": previous, "to": target_id, "note": note[:1000]},
                now,
            )
            link = render.thread_link(workspace_url(session, workspace_id), request.channel_id, request.thread_ts)
            language = team_language(session, workspace_id)
            context = staff_texts.say("handed_to_you", language, actor=f"<@{user_id}>", ref=request.reference)
            context += f": {note}" if note else "."
            opening = staff_texts.say("open_the_thread", language)
            context += f"\n“{render.short(request.excerpt)}”\n<{link}|{opening}>"
            due = self.promises.follow_owner(session, request, target_id, now)
            self._dm(session, request, target_id, context + (f"\n{due}" if due else ""), now, "claim")
            held = tell_customer(session, request, "handed_off", target_id, now)
            told = told_later(request, people.customer_name(session, request), held, answering)
            handed = staff_texts.say("handed_now", answering, ref=request.reference, target=f"<@{target_id}>")
            answer = Answer(handed + told)
        self.notify()
        return answer

    def listing(self, workspace_id: str, user_id: str, channel_id: str | None, what: str) -> Answer:
        """`/requests [mine|unclaimed|open|@person|#channel]` as a Block Kit list with links."""
        actor = self.know(workspace_id, user_id)
        with read_only(self.sessions) as session:
            language = person_language(session, workspace_id, user_id)
            if actor.role != "staff":
                return Answer(answers.say("only_staff", language))
            query = select(Request).where(Request.workspace_id == workspace_id, Request.state == "open")
            title = answers.say("list:open", language)
            if what in ("", "mine"):
                query, title = query.where(Request.owner_user_id == user_id), answers.say("list:mine", language)
            elif what == "unclaimed":
                query, title = query.where(Request.owner_user_id.is_(None)), answers.say("list:unclaimed", language)
            elif what.startswith("<@"):
                person = what[2:].split("|")[0].rstrip(">")
                query = query.where(Request.owner_user_id == person)
                title = answers.say("list:person", language, who=f"<@{person}>")
            elif what.startswith("<#"):
                channel = what[2:].split("|")[0].rstrip(">")
                query = query.where(Request.channel_id == channel)
                title = answers.say("list:channel", language, where=f"<#{channel}>")
            elif what != "open":
                return Answer(answers.say("usage:/requests", language))
            rows = session.scalars(query.order_by(Request.created_at).limit(21)).all()
            url = workspace_url(session, workspace_id)
        return Answer(title, requests_blocks(title, rows, url, language))

    def tell_privately(self, workspace_id: str, channel_id: str, user_id: str, answer: Answer) -> None:
        """An ephemeral answer to a button press (only the person who pressed sees it)."""
        args = {"channel": channel_id, "user": user_id, "text": answer.text}
        if answer.blocks:
            args["blocks"] = answer.blocks
        with unit_of_work(self.sessions) as session:
            outbox.queue(
                session,
                now=self.clock.now(),
                workspace_id=workspace_id,
                method="chat.postEphemeral",
                args=args,
                purpose="claim",
                subject=f"user:{user_id}",
            )
        self.notify()

    # -- helpers -------------------------------------------------------------------------------
    def _offer_oldest(self, workspace_id: str, channel_id: str | None, language: str) -> Answer:
        with read_only(self.sessions) as session:
            request = session.scalars(
                select(Request)
                .where(
                    Request.workspace_id == workspace_id,
                    Request.channel_id == channel_id,
                    Request.state == "open",
                    Request.owner_user_id.is_(None),
                )
                .order_by(Request.created_at)
                .limit(1)
            ).first()
            if request is None:
                return Answer(answers.say("nothing_unclaimed", language))
            who, what = people.customer_name(session, request), render.short(request.excerpt, 150)
            text = answers.say("oldest_unclaimed", language, ref=request.reference, who=who, what=what)
            button = answers.say("claim_ref", language, ref=request.reference)
            return Answer(text, confirm_blocks(text, "claim_confirm", request.number, button))

    def _back_to_triage(self, session: Session, request: Request, user_id: str, now: datetime) -> None:
        """A released request goes back to triage at once, with its Claim button."""
        channel = session.get(Channel, (request.workspace_id, request.channel_id))
        if channel is None or not channel.triage_channel_id:
            return
        language = team_language(session, request.workspace_id)
        excerpt = render.short(request.excerpt, 150)
        text = staff_texts.say(
            "back_to_triage", language, ref=request.reference, actor=f"<@{user_id}>", excerpt=excerpt
        )
        post_to_triage(session, request, channel.triage_channel_id, text, language, now)

    def _dm(
        self, session: Session, request: Request, user_id: str, text: str, now: datetime, purpose: str, hold=True
    ) -> int:
        """A DM about `request`; to anyone but the person acting, held to their working hours (P5)."""
        send = staff_time.direct_message if hold else outbox.direct_message
        return send(
            session,
            now=now,
            workspace_id=request.workspace_id,
            user_id=user_id,
            text=text,
            purpose=purpose,
            subject=f"request:{request.id}",
        )


def take(
    session: Session, request: Request, user_id: str, now: datetime, how: str | None = None
) -> customer_notices.Held | None:
    """`user_id` owns the request from now: audited, ladders stopped, Homes refreshed, customer told (or the
    notice held for when they are back: returned)."""
    previous = request.owner_user_id
    request.owner_user_id, request.claimed_at = user_id, now
    data = {"from": previous} if previous else {}
    if how:
        data["how"] = how
    record_event(session, request.id, user_id, "taken_over" if previous else "claimed", data, now)
    escalations.on_claimed(session, request, now)
    schedule_refresh(session, request.workspace_id, [user_id, previous], now)
    return tell_customer(session, request, "owner", user_id, now)


def own_now(request: Request, customer: str, held: customer_notices.Held | None, language: str) -> str:
    """ "You own REQ-1 now", and whether the customer has been told, or when they will be (P7: no false "told")."""
    if held is None:
        return staff_texts.say("own_now", language, ref=request.reference, customer=customer)
    if held.until is None:
        return staff_texts.say("own_now_opted_out", language, ref=request.reference, customer=customer)
    when = day_time(held.until.astimezone(ZoneInfo(held.zone)), language)
    return staff_texts.say("own_now_held", language, ref=request.reference, customer=customer, when=when)


def told_later(request: Request, customer: str, held: customer_notices.Held | None, language: str) -> str:
    """ " Carla is away or outside their hours: they'll be told Mon 4 Jan 09:00, their time." when the gate
    holds the customer's notice; nothing when they have been told (P7: staff are not told a false "told")."""
    if held is None:
        return ""
    if held.until is None:
        return " " + staff_texts.say("told_when_they_write", language, customer=customer)
    when = day_time(held.until.astimezone(ZoneInfo(held.zone)), language)
    return " " + staff_texts.say("told_later", language, customer=customer, when=when)


def tell_customer(
    session: Session, request: Request, key: str, owner_id: str, now: datetime
) -> customer_notices.Held | None:
    """One short thread message naming the owner, in the customer's language (P2, P7), through the one
    gate: held while they are away or off, folded with what else is held (bot.requests.customer_notices)."""
    kind = {"owner": "claim", "handed_off": "handoff"}[key]
    return customer_notices.notice(session, request, kind, owner_id, now)


def close_the_loop(session: Session, request: Request, now: datetime) -> customer_notices.Held | None:
    """P7/P8: the customer hears, in their thread and language, that their request is resolved and that
    replying there is enough (it reopens); on by default, off per channel (`tell_resolved`); through the gate."""
    if not channel_settings(session, request.workspace_id, request.channel_id).tell_resolved:
        return None
    return customer_notices.notice(session, request, "resolution", request.owner_user_id, now)


def facts(request: Request) -> rules.Facts:
    return rules.Facts(request.state, request.owner_user_id)


def refusal(verdict: rules.Refused, request: Request, language: str, target: str = "") -> str:
    owner = f"<@{request.owner_user_id}>" if request.owner_user_id else answers.say("nobody", language)
    state = answers.state_word(request.state, language)
    return answers.say(verdict.reason, language, ref=request.reference, state=state, owner=owner, target=target)


def confirm_blocks(text: str, action_id: str, number: int, label: str) -> list[dict]:
    return render.with_button(text, action_id, str(number), label, primary=True)


def requests_blocks(title: str, rows: list[Request], url: str | None, language: str) -> list[dict]:
    """A list within Slack's limits: 20 items at most, then a hint."""
    blocks: list[dict] = [{"type": "header", "text": {"type": "plain_text", "text": title[:150]}}]
    if not rows:
        blocks.append({"type": "section", "text": {"type": "mrkdwn", "text": answers.say("none_now", language)}})
    for request in rows[:20]:
        owner = f"<@{request.owner_user_id}>" if request.owner_user_id else answers.say("unclaimed_mark", language)
        link = render.thread_link(url, request.channel_id, request.thread_ts)
        line = (
            f"*<{link}|{request.reference}>* · <#{request.channel_id}> · {owner}\n{render.short(request.excerpt, 140)}"
        )
        blocks.append({"type": "section", "text": {"type": "mrkdwn", "text": line}})
    if len(rows) > 20:
        blocks.append(
            {
                "type": "context",
                "elements": [{"type": "mrkdwn", "text": answers.say("and_more", language)}],
            }
        )
    return blocks


def post_to_triage(
    session: Session, request, triage_channel_id: str, text: str, language: str, now: datetime, dedupe_key=None
) -> int:
    """A post about `request` in the internal triage channel, with its Claim button (never where customers read)."""
    return outbox.queue(
        session,
        now=now,
        workspace_id=request.workspace_id,
        method="chat.postMessage",
        args={
            "channel": triage_channel_id,
            "text": text,
            "blocks": render.with_claim_button(text, request.number, language),
            "unfurl_links": False,
        },
        purpose="claim",
        subject=f"request:{request.id}",
        dedupe_key=dedupe_key,
    )
