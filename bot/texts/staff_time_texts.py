"""What a staff member reads about their own time (issue 17, P5): their hours, `/away me`, the confirms
of a claim or handoff while away, cover reminders and the end-of-day note. EN/ES; no gendered roles
("la persona líder del equipo", "quien está de guardia")."""

from __future__ import annotations

from bot.texts import render

TEXTS = {
    # -- /atento me ------------------------------------------------------------------------------
    "me_summary": {
        "en": "Your time: {hours} in {tz}{zone_note}. {away} {digest}",
        "es": "Tu horario: {hours} en {tz}{zone_note}. {away} {digest}",
    },
    "zone_from_workspace": {
        "en": " (the team's time zone: your Slack profile has none)",
        "es": " (la zona horaria del equipo: tu perfil de Slack no tiene ninguna)",
    },
    "hours_line": {"en": "{start}–{end} on working days", "es": "{start}–{end} los días laborables"},
    "hours_line_overnight": {
        "en": "{start}–{end} on working days (a night shift: it ends the next morning)",
        "es": "{start}–{end} los días laborables (turno de noche: termina a la mañana siguiente)",
    },
    "not_away": {"en": "You're not marked away.", "es": "No constas como ausente."},
    "away_summary": {"en": "You're off {until} ({why}).", "es": "No estás {until} ({why})."},
    "digest_on_line": {
        "en": "End-of-day note at {at}.",
        "es": "Nota de fin de jornada a las {at}.",
    },
    "digest_off_line": {
        "en": "No end-of-day note (`/atento digest me 17:00` turns it on).",
        "es": "Sin nota de fin de jornada (`/atento digest me 17:00` la activa).",
    },
    "hours_set": {
        "en": "Your working hours are now {hours}, in {tz}. DMs, reminders and digests wait for them.",
        "es": "Tu horario es ahora {hours}, en {tz}. Los mensajes privados, recordatorios y resúmenes lo respetan.",
    },
    "hours_default": {
        "en": "Your working hours follow the team's again: {hours}, in {tz}.",
        "es": "Tu horario vuelve a ser el del equipo: {hours}, en {tz}.",
    },
    "malformed_hours": {
        "en": "I couldn't read “{said}” as working hours. Try `/atento me hours 08:00-16:00` "
        "(or `22:00-06:00` for a night shift).",
        "es": "No entendí “{said}” como horario. Prueba `/atento me hours 08:00-16:00` "
        "(o `22:00-06:00` para un turno de noche).",
    },
    "empty_shift": {
        "en": "“{said}” starts and ends at the same time. Try `/atento me hours 08:00-16:00`.",
        "es": "“{said}” empieza y termina a la misma hora. Prueba `/atento me hours 08:00-16:00`.",
    },
    "unknown_zone": {
        "en": "I don't know the time zone “{said}”. Use a name such as `Europe/Madrid` or `America/Panama`, "
        "or leave it out to use your Slack profile's.",
        "es": "No conozco la zona horaria “{said}”. Usa un nombre como `Europe/Madrid` o `America/Panama`, "
        "o no pongas ninguna para usar la de tu perfil de Slack.",
    },
    "usage:me": {
        "en": "Usage: `/atento me` (your time) · `/atento me hours 08:00-16:00 [Europe/Madrid]` · "
        "`/atento me hours default` · `/atento digest me 17:00` · `/atento digest me off`",
        "es": "Uso: `/atento me` (tu horario) · `/atento me hours 08:00-16:00 [Europe/Madrid]` · "
        "`/atento me hours default` · `/atento digest me 17:00` · `/atento digest me off`",
    },
    # -- /away me --------------------------------------------------------------------------------
    "away_noted": {
        "en": "Noted: you're away until {back}. DMs and reminders wait until you're back; reminders about "
        "your promises due before then go to whoever is on duty, or to the team lead.",
        "es": "Anotado: no estás hasta el {back}. Los mensajes privados y recordatorios esperan a tu vuelta; los "
        "recordatorios de tus promesas que vencen antes van a quien esté de guardia, o a la persona líder del equipo.",
    },
    "away_in_past": {
        "en": "I read “{said}” as {day}, which has passed. Try `/away me until monday` or `/away me until 2027-01-04`.",
        "es": "Entendí “{said}” como el {day}, que ya pasó. Prueba `/away me hasta lunes` o `/away me hasta 2027-01-04`.",
    },
    "away_unreadable": {
        "en": "I couldn't read “{said}” as a day. Try `/away me until monday` or `/away me until 2027-01-04`.",
        "es": "No entendí “{said}” como un día. Prueba `/away me hasta lunes` o `/away me hasta 2027-01-04`.",
    },
    "away_too_far": {
        "en": "I read “{said}” as {day}, more than 90 days away. Pick a nearer day, or set a Slack status.",
        "es": "Entendí “{said}” como el {day}, a más de 90 días. Elige un día más cercano o pon un estado de Slack.",
    },
    "away_list_title": {"en": "When you're away:", "es": "Cuándo no estás:"},
    "away_list_window": {"en": "• away {until} (`/away me`)", "es": "• fuera {until} (`/away me`)"},
    "away_list_status": {
        "en": "• your Slack status “{status}” reads as away {until}",
        "es": "• tu estado de Slack “{status}” se lee como ausencia {until}",
    },
    "away_list_status_open": {
        "en": "• your Slack status “{status}” reads as away, with no end set: I read it again every day",
        "es": "• tu estado de Slack “{status}” se lee como ausencia, sin fin: lo vuelvo a leer cada día",
    },
    "away_cleared": {
        "en": "Welcome back: {count} away window(s) cleared. DMs and reminders reach you in your hours again.",
        "es": "De vuelta: {count} ausencia(s) borrada(s). Los mensajes y recordatorios te llegan de nuevo en tu horario.",
    },
    "away_nothing_to_clear": {
        "en": "You had no `/away me` window to clear.",
        "es": "No tenías ninguna ausencia de `/away me` que borrar.",
    },
    "usage:away_me": {
        "en": "Usage: `/away me until monday` · `/away me until 2027-01-04` · `/away me list` · `/away me clear`",
        "es": "Uso: `/away me hasta lunes` · `/away me hasta 2027-01-04` · `/away me list` · `/away me clear`",
    },
    # -- why someone cannot be reached (codes of policies.staff_availability) ---------------------
    "why:away": {"en": "away", "es": "ausencia"},
    "why:status": {"en": "Slack status", "es": "estado de Slack"},
    "why:status_no_expiry": {"en": "Slack status, no end set", "es": "estado de Slack, sin fin"},
    "why:holiday": {"en": "public holiday", "es": "día festivo"},
    "why:outside_hours": {"en": "outside working hours", "es": "fuera de horario"},
    "why:no_working_time": {"en": "no working hours", "es": "sin horario laboral"},
    "until_day": {"en": "until {day}", "es": "hasta el {day}"},
    "until_unknown": {"en": "until the status changes", "es": "hasta que cambie el estado"},
    # -- claim and handoff while away -------------------------------------------------------------
    "claim_away_confirm": {
        "en": "You're off {until} ({why}). Claim {ref} anyway? The customer will be told you own it.",
        "es": "No estás {until} ({why}). ¿Tomar {ref} de todos modos? Se le dirá a quien la pidió que es tuya.",
    },
    "claim_anyway": {"en": "Claim anyway", "es": "Tomarla igualmente"},
    "handoff_away_confirm": {
        "en": "{target} is off {until} ({why}). Hand {ref} to them anyway?",
        "es": "{target} no está {until} ({why}). ¿Pasarle {ref} de todos modos?",
    },
    "handoff_anyway": {"en": "Hand off anyway", "es": "Pasarla igualmente"},
    # -- a promise due while its owner is away ----------------------------------------------------
    "owner_away_then": {
        "en": "You're away then ({until}, `/away me`) — hand off or change the date?",
        "es": "Estarás fuera entonces ({until}, `/away me`): ¿la pasas a alguien o cambias la fecha?",
    },
    "cover_reminder": {
        "en": "Covering for {owner} (off {until}): their promise to {name} on {ref} is due {due} "
        "({left} from now). “{sentence}” <{link}|Open thread>",
        "es": "Cubres a {owner} (no está {until}): su promesa a {name} en {ref} vence el {due} "
        "(dentro de {left}). “{sentence}” <{link}|Abrir hilo>",
    },
    "owner_off": {
        "en": "{ref} (owner {owner}, off {until}: {why}) has had no first reply: <{link}|Open thread>",
        "es": "{ref} (de {owner}, que no está {until}: {why}) sigue sin primera respuesta: <{link}|Abrir hilo>",
    },
    "waiting_owner_off": {
        "en": "{customer} wrote last on {ref} a business day ago and its owner {owner} is off {until} ({why}): "
        "<{link}|Open thread>",
        "es": "{customer} escribió lo último en {ref} hace un día laborable y {owner}, que la lleva, no está "
        "{until} ({why}): <{link}|Abrir hilo>",
    },
    # -- /atento digest me ------------------------------------------------------------------------
    "day_digest_on": {
        "en": "Every working day at {at} ({tz}) you'll get your open requests, the customers waiting on you and "
        "your promises due by tomorrow. First: {first}.",
        "es": "Cada día laborable a las {at} ({tz}) recibirás tus solicitudes abiertas, los clientes que esperan "
        "tu respuesta y tus promesas que vencen hasta mañana. La primera: {first}.",
    },
    "day_digest_off": {"en": "Your end-of-day note is off.", "es": "Tu nota de fin de jornada está desactivada."},
    "day_digest_none": {"en": "You had no end-of-day note to stop.", "es": "No tenías nota de fin de jornada."},
    "day_digest_time": {
        "en": "I couldn't read “{said}” as a time. Try `/atento digest me 17:00` or `/atento digest me off`.",
        "es": "No entendí “{said}” como una hora. Prueba `/atento digest me 17:00` o `/atento digest me off`.",
    },
    "day_title": {"en": "Your day, before it ends · {day}", "es": "Tu día, antes de que acabe · {day}"},
    "day_open": {"en": "Your open requests ({n})", "es": "Tus solicitudes abiertas ({n})"},
    "day_waiting": {"en": "Customers waiting on you ({n})", "es": "Clientes que esperan tu respuesta ({n})"},
    "day_promises": {"en": "Your promises due by tomorrow ({n})", "es": "Tus promesas que vencen hasta mañana ({n})"},
    "day_waiting_since": {"en": "waiting since {at}", "es": "espera desde {at}"},
    "day_due": {"en": "due {at}", "es": "vence {at}"},
    "day_quiet": {
        "en": "Nothing open on you, nobody waiting, no promise due by tomorrow. Have a good evening.",
        "es": "Nada abierto a tu nombre, nadie esperando, ninguna promesa para mañana. Buena tarde.",
    },
    "day_more": {"en": "and {n} more — see `/requests mine`", "es": "y {n} más — ver `/requests mine`"},
}


def say(key: str, language: str, **values) -> str:
    return render.pick(TEXTS, key, language, **values)
