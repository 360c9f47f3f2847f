"""`/atento settings`: the modal (Block Kit) and saving what it returns."""

from __future__ import annotations

from sqlalchemy.orm import Session, sessionmaker

from bot.platform.clock import Clock
from bot.platform.db import read_only, unit_of_work
from bot.platform.models import Channel, Workspace
from bot.slack.workspaces import ensure_channel
from bot.texts import answers
from policies.settings import validate

CHANNEL_TARGETS = (
    ("ch_triage_after", "triage_after", "Unclaimed: tell triage after"),
    ("ch_lead_after", "lead_after", "Unclaimed: tell the lead after"),
    ("ch_first_response", "first_response_target", "First-response target"),
)
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
DIAS = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]
# The modal's words in Spanish, by their English text (English needs no table).
SPANISH = {
    "Unclaimed: tell triage after": "Sin responsable: avisar a triaje tras",
    "Unclaimed: tell the lead after": "Sin responsable: avisar a la responsable tras",
    "First-response target": "Objetivo de primera respuesta",
    "at half the time left before the deadline": "a mitad del tiempo que queda hasta el plazo",
    "This channel": "Este canal",
    "Customer organisation": "Organización del cliente",
    "Customers' language": "Idioma de los clientes",
    "Detect from their words": "Detectarlo por lo que escriben",
    "Customers' country (public holidays)": "País de los clientes (festivos)",
    "Internal triage channel": "Canal interno de triaje",
    "How a request is acknowledged": "Cómo se acusa recibo de una solicitud",
    "A short reply in the thread": "Una respuesta breve en el hilo",
    "A reaction only": "Solo una reacción",
    "When a request is resolved, tell the customer in its thread": "Al resolver una solicitud, avisar al cliente en su hilo",
    "Yes": "Sí",
    "No": "No",
    "Nothing": "Nada",
    "Messages within this many minutes are one request": "Mensajes dentro de estos minutos son una sola solicitud",
    "Customers' day starts (their time)": "El día de los clientes empieza (su hora)",
    "Customers' day ends (their time)": "El día de los clientes termina (su hora)",
    "{label}, this channel (empty: the workspace's)": "{label}, este canal (vacío: el del espacio de trabajo)",
    "The whole workspace": "Todo el espacio de trabajo",
    "Team timezone": "Zona horaria del equipo",
    "Team's language (what staff read)": "Idioma del equipo (lo que lee el equipo)",
    "Working days": "Días laborables",
    "Day starts": "El día empieza",
    "Day ends": "El día termina",
    "Team's country (public holidays)": "País del equipo (festivos)",
    "Team lead": "Responsable del equipo",
    "On duty (told when a channel has no triage channel)": "De guardia (se les avisa si un canal no tiene canal de triaje)",
    "Unclaimed: tell triage after (business minutes)": "Sin responsable: avisar a triaje tras (minutos laborables)",
    "Unclaimed: tell the lead after (business minutes)": "Sin responsable: avisar a la responsable tras (minutos laborables)",
    "First-response target (business minutes)": "Objetivo de primera respuesta (minutos laborables)",
    "Promises: remind the owner": "Promesas: recordar a la responsable",
    "Promises: also remind this many business minutes before due (0: no)": "Promesas: recordar también estos minutos laborables antes del plazo (0: no)",
    "Atento settings": "Ajustes de Atento",
    "Save": "Guardar",
    "Cancel": "Cancelar",
}


class Translate:
    """`t(text)`: the modal's English `text`, or its Spanish."""

    def __init__(self, language: str):
        self.language = language

    def __call__(self, text: str) -> str:
        return SPANISH.get(text, text) if self.language == "es" else text


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
    def __init__(self, sessions: sessionmaker[Session], clock: Clock):
        self.sessions = sessions
        self.clock = clock

    def build(self, workspace_id: str, channel_id: str | None, user_id: str = "") -> dict:
        """The modal for this workspace and, when run in a channel, that channel, in the language of
        the person who opened it."""
        with read_only(self.sessions) as session:
            t = Translate(answers.language_for(session, workspace_id, user_id))
            half_time = _option("half", t("at half the time left before the deadline"))
            workspace = session.get(Workspace, workspace_id)
            settings = dict(workspace.settings or {}) if workspace else {}
            channel = session.get(Channel, (workspace_id, channel_id)) if channel_id else None
            blocks: list[dict] = []
            if channel_id:
                blocks += [
                    {"type": "header", "text": {"type": "plain_text", "text": t("This channel")}},
                    _input(
                        "ch_org",
                        t("Customer organisation"),
                        _text(channel.customer_org_name if channel else None, "Acme Corp"),
                        optional=True,
                    ),
                    _input(
                        "ch_language",
                        t("Customers' language"),
                        _select(
                            [("auto", t("Detect from their words")), ("en", "English"), ("es", "Español")],
                            (channel.language if channel else None) or "auto",
                        ),
                    ),
                    _input(
                        "ch_country",
                        t("Customers' country (public holidays)"),
                        _text(channel.country if channel else None, "PA"),
                        optional=True,
                    ),
                    _input(
                        "ch_triage",
                        t("Internal triage channel"),
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
                        t("How a request is acknowledged"),
                        _select(
                            [
                                ("reply", t("A short reply in the thread")),
                                ("reaction", t("A reaction only")),
                                ("none", t("Nothing")),
                            ],
                            channel.ack_mode if channel else "reply",
                        ),
                    ),
                    _input(
                        "ch_grouping",
                        t("Messages within this many minutes are one request"),
                        _number(channel.grouping_minutes if channel else 10),
                    ),
                    _input(
                        "ch_tell_resolved",
                        t("When a request is resolved, tell the customer in its thread"),
                        _select(
                            [("on", t("Yes")), ("off", t("No"))],
                            "off"
                            if ((channel.settings or {}) if channel else {}).get("tell_resolved") is False
                            else "on",
                        ),
                    ),
                ]
                customer_hours = ((channel.settings or {}) if channel else {}).get("customer_hours") or {}
                blocks += [
                    _input(
                        "ch_customer_start",
                        t("Customers' day starts (their time)"),
                        {"type": "timepicker", "initial_time": customer_hours.get("start", "09:00")},
                    ),
                    _input(
                        "ch_customer_end",
                        t("Customers' day ends (their time)"),
                        {"type": "timepicker", "initial_time": customer_hours.get("end", "18:00")},
                    ),
                ]
                own = ((channel.settings or {}) if channel else {}).get("ladder") or {}
                for block_id, key, label in CHANNEL_TARGETS:
                    element = {"type": "number_input", "is_decimal_allowed": False}
                    if key in own:
                        element["initial_value"] = str(own[key])
                    blocks.append(
                        _input(
                            block_id,
                            t("{label}, this channel (empty: the workspace's)").format(label=t(label)),
                            element,
                            optional=True,
                        )
                    )
            hours = settings.get("hours") or {}
            ladder = settings.get("ladder") or {}
            promises = settings.get("promises") or {}
            days = [_option(str(i), name) for i, name in enumerate(DAYS if t.language == "en" else DIAS)]
            chosen = [d for d in days if int(d["value"]) in hours.get("days", range(5))]
            blocks += [
                {"type": "header", "text": {"type": "plain_text", "text": t("The whole workspace")}},
                _input("ws_tz", t("Team timezone"), _text(hours.get("tz") or "UTC", "America/Panama")),
                _input(
                    "ws_language",
                    t("Team's language (what staff read)"),
                    _select([("en", "English"), ("es", "Español")], settings.get("language") or "en"),
                    optional=True,
                ),
                _input(
                    "ws_days",
                    t("Working days"),
                    {"type": "checkboxes", "options": days, **({"initial_options": chosen} if chosen else {})},
                ),
                _input(
                    "ws_start", t("Day starts"), {"type": "timepicker", "initial_time": hours.get("start", "09:00")}
                ),
                _input("ws_end", t("Day ends"), {"type": "timepicker", "initial_time": hours.get("end", "18:00")}),
                _input(
                    "ws_country",
                    t("Team's country (public holidays)"),
                    _text(hours.get("country"), "PA"),
                    optional=True,
                ),
                _input(
                    "ws_lead",
                    t("Team lead"),
                    {"type": "users_select", **({"initial_user": settings["lead"]} if settings.get("lead") else {})},
                    optional=True,
                ),
                _input(
                    "ws_on_duty",
                    t("On duty (told when a channel has no triage channel)"),
                    {
                        "type": "multi_users_select",
                        **({"initial_users": settings["on_duty"]} if settings.get("on_duty") else {}),
                    },
                    optional=True,
                ),
                _input(
                    "ws_triage_after",
                    t("Unclaimed: tell triage after (business minutes)"),
                    _number(ladder.get("triage_after", 15)),
                ),
                _input(
                    "ws_lead_after",
                    t("Unclaimed: tell the lead after (business minutes)"),
                    _number(ladder.get("lead_after", 60)),
                ),
                _input(
                    "ws_first_response",
                    t("First-response target (business minutes)"),
                    _number(ladder.get("first_response_target", 30)),
                ),
                _input(
                    "ws_promise_half",
                    t("Promises: remind the owner"),
                    {
                        "type": "checkboxes",
                        "options": [half_time],
                        **({"initial_options": [half_time]} if promises.get("at_half_time", True) else {}),
                    },
                    optional=True,
                ),
                _input(
                    "ws_promise_before",
                    t("Promises: also remind this many business minutes before due (0: no)"),
                    _number(promises.get("before_due_business_minutes", 120)),
                    optional=True,
                ),
            ]
        return {
            "type": "modal",
            "callback_id": "atento_settings",
            "private_metadata": channel_id or "",
            "title": {"type": "plain_text", "text": t("Atento settings")},
            "submit": {"type": "plain_text", "text": t("Save")},
            "close": {"type": "plain_text", "text": t("Cancel")},
            "blocks": blocks,
        }

    def save(self, workspace_id: str, channel_id: str | None, state: dict, user_id: str = "") -> dict[str, str]:
        """Validate and store a submission; returns {block_id: error} to show in the modal, in the
        language of the person who submitted it."""
        values = read_values(state)
        with read_only(self.sessions) as session:
            language = answers.language_for(session, workspace_id, user_id)
        errors = validate(values, language)
        if errors:
            return errors
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
                    "start": values.get("ch_customer_start") or "09:00",
                    "end": values.get("ch_customer_end") or "18:00",
                }
                channel.settings = {
                    **(channel.settings or {}),
                    "ladder": own,
                    "customer_hours": customer_hours,
                    "tell_resolved": values.get("ch_tell_resolved", "on") != "off",  # issue 16: on by default
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
                "language": values.get("ws_language") or (workspace.settings or {}).get("language") or "en",
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


def read_values(state: dict) -> dict:
    """Flatten Slack's view.state.values into {block_id: raw value}."""
    out = {}
    for block_id, actions in (state.get("values") or {}).items():
        for element in actions.values():
            kind = element.get("type")
            if kind == "static_select":
                out[block_id] = (element.get("selected_option") or {}).get("value")
            elif kind == "checkboxes":
                out[block_id] = [o["value"] for o in element.get("selected_options") or []]
            elif kind == "conversations_select":
                out[block_id] = element.get("selected_conversation")
            elif kind == "users_select":
                out[block_id] = element.get("selected_user")
            elif kind == "multi_users_select":
                out[block_id] = element.get("selected_users") or []
            elif kind == "timepicker":
                out[block_id] = element.get("selected_time")
            else:
                out[block_id] = element.get("value")
    return out
