"""What promises say, in English and Spanish: to staff (by their Slack locale, else the words
they used) and to the customer (the request's language)."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from bot.texts import render

TEXTS = {
    "tracked": {
        "en": "Tracked: update {ref} by {due}{their_time}.",
        "es": "Anotado: novedades de {ref} antes del {due}{their_time}.",
    },
    "their_time": {"en": " ({name}'s time: {at})", "es": " (hora de {name}: {at})"},
    "remind_you": {"en": "I'll remind you {moments}.", "es": "Te lo recordaré el {moments}."},
    "remind_owner": {"en": "I'll remind {owner} {moments}.", "es": "Se lo recordaré a {owner} el {moments}."},
    "no_reminder": {
        "en": "No working time is left before then, so no reminder: only the check at the deadline.",
        "es": "No queda horario laboral antes, así que no habrá recordatorio: solo el aviso al vencer.",
    },
    "and": {"en": " and ", "es": " y el "},
    "now_owner": {"en": "You own {ref} now.", "es": "Ahora {ref} es tuya."},
    "customer_away": {
        "en": "{name} said they're away until {back}; the deadline still stands: it's ours.",
        "es": "{name} dijo que no está hasta el {back}; el plazo sigue en pie: es nuestro.",
    },
    "owner_away": {
        "en": "You're away then (Slack status: “{status}”) — hand off or change the date?",
        "es": "Estarás fuera entonces (estado de Slack: “{status}”): ¿lo pasas a alguien o cambias la fecha?",
    },
    "reminder": {
        "en": "Reminder: you told {name} you'd update {ref} by {due} ({left} from now).\n“{sentence}”",
        "es": "Recordatorio: le dijiste a {name} que tendría novedades de {ref} antes del {due} (quedan {left}).\n“{sentence}”",
    },
    "missed": {
        "en": "The time you gave {name} on {ref} ({due}) has passed: tell them now where things stand.",
        "es": "El plazo que le diste a {name} en {ref} ({due}) ha pasado: cuéntale ahora cómo va.",
    },
    "missed_lead": {
        "en": "{owner}'s promise to {name} on {ref} ({due}) passed without an update.",
        "es": "El plazo que {owner} le dio a {name} en {ref} ({due}) pasó sin novedades.",
    },
    "moved": {
        "en": "Due: {name} was promised an update by {due} (“{sentence}”).",
        "es": "Pendiente: a {name} se le prometieron novedades antes del {due} (“{sentence}”).",
    },
    "done": {"en": "Kept: {ref}'s promise is closed.", "es": "Cumplido: la promesa de {ref} queda cerrada."},
    "undone": {"en": "Stopped tracking that promise on {ref}.", "es": "Dejé de seguir esa promesa de {ref}."},
    "restored": {"en": " Back to the one before: {due}.", "es": " Vuelve a valer la anterior: {due}."},
    "not_open": {"en": "That promise is already {state}.", "es": "Esa promesa ya está {state}."},
    "button_done": {"en": "Done", "es": "Hecho"},
    "button_more": {"en": "Need more time", "es": "Necesito más tiempo"},
    "button_open": {"en": "Open thread", "es": "Abrir hilo"},
    "button_undo": {"en": "Undo", "es": "Deshacer"},
    "button_change": {"en": "Change", "es": "Cambiar"},
    "days": {"en": "{days} days", "es": "{days} días"},
    "state:kept": {"en": "kept", "es": "cumplida"},
    "state:missed": {"en": "missed", "es": "vencida"},
    "state:renegotiated": {"en": "replaced", "es": "reemplazada"},
    "state:cancelled": {"en": "cancelled", "es": "cancelada"},
    # the confirmation of "Need more time" when the customer is away (issue 17)
    "update_sent_away": {
        "en": "Sent to {name} in {ref}'s thread, as you asked. They are away until {back} (their time), so they may read it only then.",
        "es": "Enviado a {name} en el hilo de {ref}, como pediste. No está hasta el {back} (su hora), así que quizá lo lea entonces.",
    },
    "update_sent_opted_out": {
        "en": "Sent to {name} in {ref}'s thread, as you asked. They asked not to be chased until they write again.",
        "es": "Enviado a {name} en el hilo de {ref}, como pediste. Pidió que no le insistamos hasta que vuelva a escribir.",
    },
    # the "Need more time" / "Change" modal
    "modal:more": {"en": "Need more time", "es": "Necesito más tiempo"},
    "modal:change": {"en": "Change the date", "es": "Cambiar la fecha"},
    "modal:save": {"en": "Save", "es": "Guardar"},
    "modal:now_due": {
        "en": "*{ref}* · now due {due}\n“{sentence}”",
        "es": "*{ref}* · vence ahora el {due}\n“{sentence}”",
    },
    "modal:when": {"en": "New moment", "es": "Nuevo plazo"},
    "modal:when_hint": {
        "en": "e.g. monday 17:00 · lunes 12:00 · dec 21",
        "es": "p. ej. lunes 12:00 · monday 17:00 · 21 dic",
    },
    "modal:note": {"en": "A short note for the customer", "es": "Una nota breve para el cliente"},
    "not_later": {
        "en": "That's not later than the current deadline ({due}): pick a later moment.",
        "es": "Eso no es posterior al plazo actual ({due}): elige un momento más tarde.",
    },
    "moment_unreadable": {
        "en": "I couldn't find a moment in “{said}”. Try `friday 17:00`, `mañana 12:00` or `dec 21`.",
        "es": "No encuentro un momento en «{said}». Prueba `viernes 17:00`, `tomorrow 12:00` o `21 dic`.",
    },
    "moment_past": {
        "en": "“{said}” reads as {at}, which has passed. Try `friday 17:00`, `mañana 12:00` or `dec 21`.",
        "es": "«{said}» se lee como {at}, que ya ha pasado. Prueba `viernes 17:00`, `tomorrow 12:00` o `21 dic`.",
    },
}


def say(key: str, language: str, **values) -> str:
    return render.pick(TEXTS, key, language, **values)


def moment(at: datetime, tz: str, language: str, *, with_day: bool = True) -> str:
    """'Fri 18 Dec 17:00' (or 'Fri 17:00') in `tz`."""
    local = at.astimezone(ZoneInfo(tz))
    clock = local.strftime("%H:%M")
    if not with_day:
        return clock
    return f"{render.day(local, language)} {clock}"


def short_moment(at: datetime, tz: str, language: str) -> str:
    """'Thu 13:30': a reminder within the coming days needs no date."""
    local = at.astimezone(ZoneInfo(tz))
    return f"{render.day(local, language).split()[0]} {local.strftime('%H:%M')}"


def listing(items: list[str], language: str) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + say("and", language) + items[-1]


def duration(seconds: float, language: str) -> str:
    """'2 h', '45 min', '3 days' / '3 días'."""
    minutes = max(1, round(seconds / 60))
    if minutes < 90:
        return f"{minutes} min"
    hours = round(minutes / 60)
    if hours < 48:
        return f"{hours} h"
    days = round(hours / 24)
    return say("days", language, days=days)


def buttons(promise_id: int, language: str, *pairs: tuple[str, str]) -> dict:
    """An actions block of promise buttons: (action_id, text key) pairs, all carrying the promise id."""
    return {
        "type": "actions",
        "elements": [
            {
                "type": "button",
                "action_id": action_id,
                "value": str(promise_id),
                "text": {"type": "plain_text", "text": say(key, language)},
            }
            for action_id, key in pairs
        ],
    }


def section(text: str) -> dict:
    return {"type": "section", "text": {"type": "mrkdwn", "text": text[:3000]}}
