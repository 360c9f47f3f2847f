"""Interactive payloads read into typed values: a button press, a message shortcut, a modal's submission.

Handlers read a payload once, here, and hand the values to one service; services never see Block Kit.
Slack Connect: the person may belong to the other organisation (their `team_id`), while the workspace we
act in is always the installing one (Bolt's authorize result, else `view.app_installed_team_id`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any


def installation_of(context) -> str:
    """The installing workspace as Bolt authorized the request."""
    result = context.get("authorize_result") if context else None
    return (result.team_id if result else None) or (context.get("team_id") if context else None) or ""


def _dict(value: Any) -> dict:
    return value if isinstance(value, dict) else {}


def _user(body: dict) -> tuple[str, str | None]:
    user = _dict(body.get("user"))
    return str(user.get("id") or ""), user.get("team_id")


@dataclass(frozen=True)
class ButtonPress:
    """A click on one of our buttons (block_actions)."""

    workspace_id: str
    user_id: str
    user_team: str | None  # the presser's organisation: the customer's in a Slack Connect channel
    channel_id: str | None
    message_ts: str | None
    thread_ts: str | None
    action_id: str
    value: str
    response_url: str | None = None
    trigger_id: str = ""


@dataclass(frozen=True)
class ShortcutUse:
    """A message shortcut run on a message (message_action)."""

    workspace_id: str
    user_id: str
    user_team: str | None
    channel_id: str
    message_ts: str
    thread_ts: str | None  # the message's thread, when it is a reply
    callback_id: str
    response_url: str | None = None
    trigger_id: str = ""


@dataclass(frozen=True)
class ViewSubmission:
    """A modal's submission (view_submission): its values flat, block_id → value (each of our input
    blocks holds one element; a select gives its chosen value, checkboxes the list of chosen values)."""

    workspace_id: str
    user_id: str
    user_team: str | None
    callback_id: str
    private_metadata: str
    values: Mapping[str, Any] = field(default_factory=dict)


def read_button(body: dict, context=None) -> ButtonPress:
    action = _dict((body.get("actions") or [{}])[0])
    container = _dict(body.get("container"))
    message = _dict(body.get("message"))
    user_id, user_team = _user(body)
    return ButtonPress(
        workspace_id=installation_of(context) or str(_dict(body.get("team")).get("id") or ""),
        user_id=user_id,
        user_team=user_team,
        channel_id=_dict(body.get("channel")).get("id") or container.get("channel_id"),
        message_ts=container.get("message_ts") or message.get("ts"),
        thread_ts=container.get("thread_ts") or message.get("thread_ts"),
        action_id=str(action.get("action_id") or ""),
        value=str(action.get("value") or ""),
        response_url=body.get("response_url"),
        trigger_id=str(body.get("trigger_id") or ""),
    )


def read_shortcut(body: dict, context=None) -> ShortcutUse:
    message = _dict(body.get("message"))
    user_id, user_team = _user(body)
    return ShortcutUse(
        workspace_id=installation_of(context) or str(_dict(body.get("team")).get("id") or ""),
        user_id=user_id,
        user_team=user_team,
        channel_id=str(_dict(body.get("channel")).get("id") or ""),
        message_ts=str(message.get("ts") or body.get("message_ts") or ""),
        thread_ts=message.get("thread_ts"),
        callback_id=str(body.get("callback_id") or ""),
        response_url=body.get("response_url"),
        trigger_id=str(body.get("trigger_id") or ""),
    )


def read_submission(body: dict, context=None) -> ViewSubmission:
    view = _dict(body.get("view"))
    user_id, user_team = _user(body)
    installed = view.get("app_installed_team_id") or view.get("team_id") or _dict(body.get("team")).get("id")
    return ViewSubmission(
        workspace_id=installation_of(context) or str(installed or ""),
        user_id=user_id,
        user_team=user_team,
        callback_id=str(view.get("callback_id") or ""),
        private_metadata=str(view.get("private_metadata") or ""),
        values=flat_values(_dict(view.get("state"))),
    )


def element_value(element: dict) -> Any:
    """What one input element holds, as a plain value."""
    kind = element.get("type")
    if kind in ("static_select", "external_select", "radio_buttons"):
        return _dict(element.get("selected_option")).get("value")
    if kind == "checkboxes":
        return [o.get("value") for o in element.get("selected_options") or []]
    if kind == "conversations_select":
        return element.get("selected_conversation")
    if kind == "channels_select":
        return element.get("selected_channel")
    if kind == "users_select":
        return element.get("selected_user")
    if kind == "multi_users_select":
        return element.get("selected_users") or []
    if kind == "timepicker":
        return element.get("selected_time")
    if kind == "datepicker":
        return element.get("selected_date")
    return element.get("value")


def flat_values(state: dict) -> dict[str, Any]:
    """Slack's view.state.values ({block_id: {action_id: element}}) as {block_id: value}."""
    out: dict[str, Any] = {}
    for block_id, actions in _dict(state.get("values")).items():
        for element in _dict(actions).values():
            out[block_id] = element_value(_dict(element))
    return out
