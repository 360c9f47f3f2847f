"""`/away` (staff record a window heard elsewhere) and corrections: "That's not right", "Record it"."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import UTC, datetime, time
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import or_, select, update

from bot.availability.statements import TOO_FAR, schedule_resurfacing, speaker_zone, zone_of_window
from bot.platform.db import read_only, unit_of_work
from bot.platform.models import Channel, Person, Unavailability
from bot.requests import corrections
from bot.texts import answers, render, staff_texts
from bot.texts.language import person_language
from policies.understanding import understand

_TARGET = re.compile(r"^<([@#])([UWC][A-Z0-9]+)(?:\|[^>]*)?>$")


class AwayCommands:
    """`/away`: record, list and clear windows on behalf of a customer or their whole company (staff only)."""

    def __init__(self, sessions, clock, know, notify=lambda: None):
        self.sessions, self.clock, self.know, self.notify = sessions, clock, know, notify

    def run(self, workspace_id: str, staff_id: str, text: str) -> str:
        words = (text or "").split()
        is_staff = self.know(workspace_id, staff_id).role == "staff"
        with read_only(self.sessions) as session:
            language = person_language(session, workspace_id, staff_id)
        if not is_staff:
            return answers.say("only_staff:away", language)
        if words[:1] == ["list"]:
            return self._list(workspace_id, language)
        if len(words) == 2 and words[0] == "clear" and (target := _TARGET.match(words[1])):
            return self._clear(workspace_id, target.group(1), target.group(2), language)
        if len(words) >= 3 and (target := _TARGET.match(words[0])) and words[1] in ("until", "hasta"):
            return self._record(workspace_id, staff_id, target.group(1), target.group(2), " ".join(words[2:]), language)
        return answers.say("usage:/away", language)

    def _record(self, workspace_id: str, staff_id: str, kind: str, target: str, rest: str, language: str) -> str:
        now = self.clock.now()
        with unit_of_work(self.sessions) as session:
            person = session.get(Person, (workspace_id, target)) if kind == "@" else None
            channel = session.get(Channel, (workspace_id, target)) if kind == "#" else None
            zone = speaker_zone(person, channel, session, workspace_id)
            heard = understand(f"out until {rest}", now, zone, role="customer")
            if heard.unavailable is None:
                return answers.say("away_unreadable", language, rest=rest, target=f"<{kind}{target}>")
            resume = datetime.combine(heard.unavailable.resume, time(0), tzinfo=ZoneInfo(zone))
            if resume - now > TOO_FAR:
                return answers.say("away_too_far", language, day=render.day(resume, language))
            window = Unavailability(
                workspace_id=workspace_id,
                user_id=target if kind == "@" else None,
                channel_id=target if kind == "#" else None,
                scope="person" if kind == "@" else "company",
                start_at=now,
                resume_at=resume,
                source="away",
                matched=rest[:500],
                confidence=1.0,
                created_by=staff_id,
                created_at=now,
            )
            session.add(window)
            session.flush()
            schedule_resurfacing(session, window, zone, getattr(channel, "country", None), now)
        return answers.say("away_noted", language, target=f"<{kind}{target}>", day=render.day(resume, language))

    def _list(self, workspace_id: str, language: str) -> str:
        now = self.clock.now()
        with read_only(self.sessions) as session:
            live = session.scalars(
                select(Unavailability)
                .where(Unavailability.workspace_id == workspace_id, Unavailability.cleared_at.is_(None))
                .where(or_(Unavailability.resume_at.is_(None), Unavailability.resume_at > now))
                .order_by(Unavailability.resume_at)
            ).all()
            lines = []
            for w in live:
                who = f"<@{w.user_id}>" if w.user_id else f"<#{w.channel_id}>"
                until = (
                    answers.say("away_until_they_write", language)
                    if w.resume_at is None
                    else render.day(w.resume_at, language)
                )
                said = render.short(w.matched or "", 80)
                lines.append(answers.say("away_list_line", language, who=who, until=until, source=w.source, said=said))
        if not lines:
            return answers.say("away_nobody", language)
        return "\n".join([answers.say("away_list_title", language), *lines])

    def _clear(self, workspace_id: str, kind: str, target: str, language: str) -> str:
        now = self.clock.now()
        owner = Unavailability.user_id == target if kind == "@" else Unavailability.channel_id == target
        with unit_of_work(self.sessions) as session:
            cleared = session.execute(
                update(Unavailability)
                .where(Unavailability.workspace_id == workspace_id, owner, Unavailability.cleared_at.is_(None))
                .values(cleared_at=now)
            ).rowcount
        if cleared:
            return answers.say("away_cleared", language, count=cleared, target=f"<{kind}{target}>")
        return answers.say("away_nothing", language, target=f"<{kind}{target}>")


def _channel_of(window: Unavailability | None, is_staff: bool) -> str | None:
    """The channel whose customer language a customer correcting a window reads (a company window's)."""
    return window.channel_id if window is not None and not is_staff else None


def _kept(session, window: Unavailability, chosen: dict, now: datetime) -> None:
    """Issue 18: the correction, with the words read and the window as understood, before it changes."""
    zone = zone_of_window(session, window)
    said_at = datetime.fromtimestamp(int(float(window.source_ts)), UTC) if window.source_ts else window.created_at
    corrections.keep(
        session,
        workspace_id=window.workspace_id,
        kind="unavailable",
        text=window.matched or "",
        understood=corrections.understood_away(
            window.start_at, window.resume_at, window.scope, window.matched or "", zone
        ),
        chosen=chosen,
        said_at=said_at,
        tz=zone,
        speaker=window.created_by,
        now=now,
    )


class WindowChanges:
    """ "That's not right" (the customer or staff correct or remove a window) and "Record it" (staff)."""

    def __init__(self, sessions, clock, know, notify=lambda: None):
        self.sessions, self.clock, self.know, self.notify = sessions, clock, know, notify

    def _is_staff(self, workspace_id: str, user_id: str, team_id: str | None) -> bool:
        return self.know(workspace_id, user_id, team_id).role == "staff"

    def fix_view(self, workspace_id: str, user_id: str, window_id: str, team_id: str | None = None) -> dict | str:
        """The small modal to correct the date or remove the window; a string when not allowed."""
        is_staff = self._is_staff(workspace_id, user_id, team_id)
        with read_only(self.sessions) as session:
            window = session.get(Unavailability, int(window_id)) if window_id.isdigit() else None
            language = person_language(session, workspace_id, user_id, customer_channel=_channel_of(window, is_staff))
            if window is None or window.workspace_id != workspace_id or window.cleared_at is not None:
                return answers.say("fix:gone", language)
            if not is_staff and window.created_by != user_id:
                return answers.say("fix:not_yours", language)
            resume = window.resume_at
            zone = ZoneInfo(zone_of_window(session, window))
        datepicker = {
            "type": "datepicker",
            "action_id": "resume",
            "initial_date": resume.astimezone(zone).date().isoformat(),
        }
        not_away = {"text": {"type": "plain_text", "text": answers.say("fix:not_away", language)}, "value": "remove"}
        blocks = [
            {
                "type": "input",
                "block_id": "resume",
                "optional": True,
                "label": {"type": "plain_text", "text": answers.say("fix:back_on", language)},
                "element": datepicker,
            },
            {
                "type": "input",
                "block_id": "remove",
                "optional": True,
                "label": {"type": "plain_text", "text": answers.say("fix:or", language)},
                "element": {"type": "checkboxes", "action_id": "remove", "options": [not_away]},
            },
        ]
        return {
            "type": "modal",
            "callback_id": "away_fix",
            "private_metadata": str(window_id),
            "title": {"type": "plain_text", "text": "Atento"},
            "submit": {"type": "plain_text", "text": "OK"},
            "blocks": blocks,
        }

    def apply_fix(
        self, workspace_id: str, user_id: str, window_id: str, values: Mapping[str, Any], team_id: str | None = None
    ) -> dict[str, str]:
        """Validate and apply a correction (`values`: the modal's, block_id → value); returns {block_id: error}."""
        is_staff = self._is_staff(workspace_id, user_id, team_id)
        remove = bool(values.get("remove"))
        picked = values.get("resume")
        now = self.clock.now()
        with unit_of_work(self.sessions) as session:
            window = session.get(Unavailability, int(window_id)) if str(window_id).isdigit() else None
            language = person_language(session, workspace_id, user_id, customer_channel=_channel_of(window, is_staff))
            if window is None or window.workspace_id != workspace_id or window.cleared_at is not None:
                return {"resume": answers.say("fix:gone", language)}
            if not is_staff and window.created_by != user_id:
                return {"resume": answers.say("fix:not_yours", language)}
            if remove:
                _kept(session, window, {"not_away": True}, now)
                window.cleared_at = now
                return {}
            try:
                day = datetime.fromisoformat(picked).date()
            except (TypeError, ValueError):
                return {"resume": answers.say("fix:pick_day", language)}
            zone = ZoneInfo(zone_of_window(session, window))
            resume = datetime.combine(day, time(0), tzinfo=zone)
            if resume == window.resume_at:
                return {}  # nothing was wrong after all: no correction to keep
            if resume <= now:
                return {"resume": answers.say("fix:past", language)}
            if resume - now > TOO_FAR:
                return {"resume": answers.say("fix:too_far", language)}
            _kept(session, window, {"resume": resume.isoformat()}, now)
            window.resume_at = resume
            schedule_resurfacing(session, window, str(zone), None, now)
        return {}

    def confirm(self, workspace_id: str, staff_id: str, value: str, team_id: str | None = None) -> str:
        """ "Record it": a window over 90 days that staff confirmed (only staff can)."""
        if not self._is_staff(workspace_id, staff_id, team_id):
            with read_only(self.sessions) as session:
                return answers.say("only_staff:away", person_language(session, workspace_id, staff_id))
        try:
            scope, who, start, resume, channel_id = value.split("|")
            start_at, resume_at = (datetime.fromtimestamp(int(t), self.clock.now().tzinfo) for t in (start, resume))
        except ValueError:
            with read_only(self.sessions) as session:
                return answers.say("button_expired", person_language(session, workspace_id, staff_id))
        now = self.clock.now()
        with unit_of_work(self.sessions) as session:
            window = Unavailability(
                workspace_id=workspace_id,
                user_id=None if scope == "company" else who,
                channel_id=who if scope == "company" else None,
                scope=scope,
                start_at=start_at,
                resume_at=resume_at,
                source="statement",
                matched="confirmed by staff",
                confidence=1.0,
                created_by=staff_id,
                created_at=now,
            )
            session.add(window)
            session.flush()
            zone = zone_of_window(session, window)
            schedule_resurfacing(session, window, zone, None, now)
            language = person_language(session, workspace_id, staff_id)
            day = render.day(resume_at.astimezone(ZoneInfo(zone)), language)
        return staff_texts.say("away_recorded", language, day=day)
