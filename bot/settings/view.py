"""`/atento settings`: the modal (Block Kit) and saving what it returns."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from bot.platform.clock import Clock
from bot.platform.db import read_only, unit_of_work
from bot.platform.models import Channel, Workspace
from bot.platform.settings import WorkspaceSettings, channel_settings, workspace_settings
from bot.slack.workspaces import ensure_channel
from bot.texts import answers
from bot.texts.calendar_words import WEEKDAYS_SHORT
from bot.texts.language import person_language, say
from policies.settings import validate
from policies.stored_settings import DEFAULT_END, DEFAULT_START

CHANNEL_TARGETS = (
    ("ch_triage_after", "triage_after", "ch_triage_after"),
    ("ch_lead_after", "lead_after", "ch_lead_after"),
    ("ch_first_response", "first_response_target", "ch_first_response"),
)


class Translate:
    """`t(key)`: the modal's text `settings.<key>` from the catalogue, in `language`."""

    def __init__(self, language: str):
        self.language = language

    def __call__(self, key: str, **values) -> str:
        return say(f"settings.{key}", self.language, **values)


def _option(value: str, label: str) -> dict:
    return {"text": {"type": "plain_text", "text": label}, "value": value}


def _input(block_id: str, label: str, element: dict, optional: bool = False) -> dict:
    return {
        "type": "input",
        "block_id": block_id,
        "optional": optional,
        "label": {"type": "plain_text", "text": label},
        "element": {**element, "action_id": block_id},
    }


def _text(initial: str | None, placeholder: str = "") -> dict:
    element = {"type": "plain_text_input"}
    if initial:
        element["initial_value"] = initial
    if placeholder:
        element["placeholder"] = {"type": "plain_text", "text": placeholder}
    return element


def _select(options: list[tuple[str, str]], initial: str) -> dict:
    choices = [_option(v, label) for v, label in options]
    return {
        "type": "static_select",
        "options": choices,
        "initial_option": next(c for c in choices if c["value"] == initial),
    }


def _number(initial: int) -> dict:
    return {"type": "number_input", "is_decimal_allowed": False, "initial_value": str(initial)}


class SettingsView:
    """The settings modal: only staff open it or save it."""

    def __init__(self, sessions: sessionmaker[Session], clock: Clock, know):
        self.sessions = sessions
        self.clock = clock
        self.know = know

    def _refusal(self, workspace_id: str, user_id: str, team_id: str | None) -> str | None:
        """The answer to someone outside the support team; None for staff."""
        if self.know(workspace_id, user_id, team_id).role == "staff":
            return None
        with read_only(self.sessions) as session:
            return answers.say("only_staff:settings", person_language(session, workspace_id, user_id))

    def open(self, workspace_id: str, channel_id: str | None, user_id: str, team_id: str | None = None) -> dict | str:
        """The modal to open for this person; a refusal (a string) for anyone but staff."""
        return self._refusal(workspace_id, user_id, team_id) or self.build(workspace_id, channel_id, user_id)

    def build(self, workspace_id: str, channel_id: str | None, user_id: str = "") -> dict:
        """The modal for this workspace and, when run in a channel, that channel, in the language of
        the person who opened it."""
        with read_only(self.sessions) as session:
            t = Translate(person_language(session, workspace_id, user_id))
            half_time = _option("half", t("half_time"))
            settings = workspace_settings(session, workspace_id)
            channel = session.get(Channel, (workspace_id, channel_id)) if channel_id else None
            own_settings = channel_settings(session, workspace_id, channel_id)
            blocks: list[dict] = []
            if channel_id:
                blocks += [
                    {"type": "header", "text": {"type": "plain_text", "text": t("this_channel")}},
                    _input(
                        "ch_org",
                        t("customer_org"),
                        _text(channel.customer_org_name if channel else None, "Acme Corp"),
                        optional=True,
                    ),
                    _input(
                        "ch_language",
                        t("customer_language"),
                        _select(
                            [("auto", t("detect_language")), ("en", "English"), ("es", "Español")],
                            (channel.language if channel else None) or "auto",
                        ),
                    ),
                    _input(
                        "ch_register",
                        t("register"),
                        _select([("usted", t("register_usted")), ("tu", t("register_tu"))], own_settings.register),
                    ),
                    _input(
                        "ch_country",
                        t("customer_country"),
                        _text(channel.country if channel else None, "PA"),
                        optional=True,
                    ),
                    _input(
                        "ch_triage",
                        t("triage_channel"),
                        {
                            "type": "conversations_select",
                            "filter": {"include": ["public", "private"], "exclude_external_shared_channels": True},
                            **(
                                {"initial_conversation": channel.triage_channel_id}
                                if channel and channel.triage_channel_id
                                else {}
                            ),
                        },
                        optional=True,
                    ),
                    _input(
                        "ch_ack",
                        t("ack_mode"),
                        _select(
                            [
                                ("reply", t("ack_reply")),
                                ("reaction", t("ack_reaction")),
                                ("none", t("ack_none")),
                            ],
                            channel.ack_mode if channel else "reply",
                        ),
                    ),
                    _input(
                        "ch_grouping",
                        t("grouping"),
                        _number(channel.grouping_minutes if channel else 10),
                    ),
                    _input(
                        "ch_tell_resolved",
                        t("tell_resolved"),
                        _select([("on", t("yes")), ("off", t("no"))], "on" if own_settings.tell_resolved else "off"),
                    ),
                ]
                customer_hours = own_settings.customer_hours
                blocks += [
                    _input(
                        "ch_customer_start",
                        t("customer_start"),
                        {"type": "timepicker", "initial_time": customer_hours["start"]},
                    ),
                    _input(
                        "ch_customer_end",
                        t("customer_end"),
                        {"type": "timepicker", "initial_time": customer_hours["end"]},
                    ),
                ]
                own = own_settings.ladder
                for block_id, key, label in CHANNEL_TARGETS:
                    element = {"type": "number_input", "is_decimal_allowed": False}
                    if key in own:
                        element["initial_value"] = str(own[key])
                    blocks.append(
                        _input(
                            block_id,
                            t("channel_override", label=t(label)),
                            element,
                            optional=True,
                        )
                    )
            hours, ladder, promises = settings.hours, settings.ladder, settings.promises
            days = [_option(str(i), name) for i, name in enumerate(WEEKDAYS_SHORT[t.language])]
            chosen = [d for d in days if int(d["value"]) in hours.days]
            blocks += [
                {"type": "header", "text": {"type": "plain_text", "text": t("whole_workspace")}},
                _input("ws_tz", t("team_tz"), _text(hours.tz, "America/Panama")),
                _input(
                    "ws_language",
                    t("team_language"),
                    _select([("en", "English"), ("es", "Español")], settings.language),
                    optional=True,
                ),
                _input(
                    "ws_days",
                    t("working_days"),
                    {"type": "checkboxes", "options": days, **({"initial_options": chosen} if chosen else {})},
                ),
                _input(
                    "ws_start", t("day_starts"), {"type": "timepicker", "initial_time": hours.start.strftime("%H:%M")}
                ),
                _input("ws_end", t("day_ends"), {"type": "timepicker", "initial_time": hours.end.strftime("%H:%M")}),
                _input(
                    "ws_country",
                    t("team_country"),
                    _text(hours.country, "PA"),
                    optional=True,
                ),
                _input(
                    "ws_lead",
                    t("team_lead"),
                    {"type": "users_select", **({"initial_user": settings.lead} if settings.lead else {})},
                    optional=True,
                ),
                _input(
                    "ws_on_duty",
                    t("on_duty"),
                    {
                        "type": "multi_users_select",
                        **({"initial_users": list(settings.on_duty)} if settings.on_duty else {}),
                    },
                    optional=True,
                ),
                _input(
                    "ws_triage_after",
                    t("ws_triage_after"),
                    _number(ladder.triage_after),
                ),
                _input(
                    "ws_lead_after",
                    t("ws_lead_after"),
                    _number(ladder.lead_after),
                ),
                _input(
                    "ws_first_response",
                    t("ws_first_response"),
                    _number(ladder.first_response_target),
                ),
                _input(
                    "ws_promise_half",
                    t("promise_half"),
                    {
                        "type": "checkboxes",
                        "options": [half_time],
                        **({"initial_options": [half_time]} if promises.at_half_time else {}),
                    },
                    optional=True,
                ),
                _input(
                    "ws_promise_before",
                    t("promise_before"),
                    _number(promises.before_due_business_minutes),
                    optional=True,
                ),
            ]
        return {
            "type": "modal",
            "callback_id": "atento_settings",
            "private_metadata": channel_id or "",
            "title": {"type": "plain_text", "text": t("title")},
            "submit": {"type": "plain_text", "text": t("save")},
            "close": {"type": "plain_text", "text": t("cancel")},
            "blocks": blocks,
        }

    def save(
        self,
        workspace_id: str,
        channel_id: str | None,
        values: Mapping[str, Any],
        user_id: str = "",
        team_id: str | None = None,
    ) -> dict[str, str]:
        """Validate and store a submission (`values`: block_id → value); returns {block_id: error} to show
        in the modal, in the language of the person who submitted it. Only staff change settings."""
        if refusal := self._refusal(workspace_id, user_id, team_id):
            return {"ws_tz": refusal}
        values = dict(values)
        with read_only(self.sessions) as session:
            language = person_language(session, workspace_id, user_id)
        problems = validate(values)
        if problems:
            return {
                field: say(f"settings.error:{code}", language, **facts) for field, (code, facts) in problems.items()
            }
        now = self.clock.now()
        with unit_of_work(self.sessions) as session:
            if channel_id:
                channel = ensure_channel(session, workspace_id, channel_id, shared=False, now=now)
                channel.customer_org_name = (values.get("ch_org") or "")[:200] or None
                channel.language = None if values["ch_language"] == "auto" else values["ch_language"]
                channel.country = (values.get("ch_country") or "").upper() or None
                channel.triage_channel_id = values.get("ch_triage") or None
                channel.ack_mode = values["ch_ack"]
                channel.grouping_minutes = int(values["ch_grouping"])
                own = {
                    key: int(values[block]) for block, key, _ in CHANNEL_TARGETS if values.get(block) not in (None, "")
                }
                customer_hours = {
                    "start": values.get("ch_customer_start") or DEFAULT_START.strftime("%H:%M"),
                    "end": values.get("ch_customer_end") or DEFAULT_END.strftime("%H:%M"),
                }
                channel.settings = {
                    **(channel.settings or {}),
                    "ladder": own,
                    "customer_hours": customer_hours,
                    "tell_resolved": values.get("ch_tell_resolved", "on") != "off",  # issue 16: on by default
                    "register": "tu" if values.get("ch_register") == "tu" else "usted",  # issue 17: usted by default
                }
            workspace = session.get(Workspace, workspace_id)
            workspace.settings = {
                **(workspace.settings or {}),
                "hours": {
                    "tz": values["ws_tz"],
                    "days": sorted(int(d) for d in values["ws_days"]),
                    "start": values["ws_start"],
                    "end": values["ws_end"],
                    "country": (values.get("ws_country") or "").upper() or None,
                },
                "lead": values.get("ws_lead") or None,
                "language": values.get("ws_language") or WorkspaceSettings.from_json(workspace.settings).language,
                "on_duty": values.get("ws_on_duty") or [],
                "ladder": {
                    "triage_after": int(values["ws_triage_after"]),
                    "lead_after": int(values["ws_lead_after"]),
                    "first_response_target": int(values["ws_first_response"]),
                },
            }
            if "ws_promise_half" in values or values.get("ws_promise_before") not in (None, ""):
                workspace.settings = {
                    **workspace.settings,
                    "promises": {
                        "at_half_time": "half" in (values.get("ws_promise_half") or []),
                        "before_due_business_minutes": int(values.get("ws_promise_before") or 0),
                    },
                }
        return {}
