"""Private answers to a person's own command or button: help, usage, refusals, lists.

In the reader's language (bot.texts.language.person_language).
"""

from __future__ import annotations

from bot.texts import render

TEXTS = {
    "mention_help": {
        "en": "I read this channel on my own: no need to mention me. `/atento help` lists what you can do "
        "(`/claim`, `/resolve`, `/promise`, `/requests`…).",
        "es": "Leo este canal por mi cuenta: no hace falta mencionarme. `/atento help` muestra lo que puedes hacer "
        "(`/claim`, `/resolve`, `/promise`, `/requests`…).",
    },
    "dm_help": {
        "en": "Hi! I'm Atento. I work in your shared channels: I log each customer request and make sure one "
        "named person takes it. Write your request in the shared channel; staff can type `/atento help`.",
        "es": "¡Hola! Soy Atento. Trabajo en los canales compartidos: registro cada solicitud y me aseguro de que "
        "una persona concreta se haga cargo. Escriban su solicitud en el canal compartido; el equipo puede usar "
        "`/atento help`.",
    },
    "help": {
        "en": """*Atento* logs every customer request in shared channels and makes sure one named person owns it.
• `/claim [REQ-12]` take a request (no reference: this channel's oldest unclaimed)
• `/release REQ-12` give it back to the queue · `/resolve REQ-12 [note]` close it
• `/handoff REQ-12 @person [note]` pass it on with context
• `/requests [mine|unclaimed|open|@person|#channel]` list requests
• `/promise REQ-12 friday 17:00 [what]` track a promised time (promises in thread replies are tracked too)
• `/away @customer until Jan 5` record that a customer is away
• `/atento digest daily 09:00` · `weekly mon 09:00` · `#channel daily 09:00` · `off` · `preview` a digest for leads
• `/atento record #channel [since 2026-12-01]` a customer's record, to your DM
• `/atento settings` this channel's and the workspace's settings
  (hours, triage channel, lead, language…)
Buttons: *Claim* on the acknowledgement and the triage post;
the message shortcut *Claim request* on any message of a request.""",
        "es": """*Atento* registra cada solicitud de clientes en los canales compartidos y se asegura de que una persona concreta se haga cargo.
• `/claim [REQ-12]` tomar una solicitud (sin referencia: la más antigua sin responsable de este canal)
• `/release REQ-12` devolverla a la cola · `/resolve REQ-12 [nota]` cerrarla
• `/handoff REQ-12 @persona [nota]` pasarla con el contexto
• `/requests [mine|unclaimed|open|@persona|#canal]` ver solicitudes
• `/promise REQ-12 viernes 17:00 [qué]` seguir una hora prometida (también las prometidas en el hilo)
• `/away @cliente hasta 5 enero` anotar que un cliente no está
• `/atento digest daily 09:00` · `weekly lun 09:00` · `#canal daily 09:00` · `off` · `preview` un resumen para responsables
• `/atento record #canal [desde 2026-12-01]` el registro de un cliente, por mensaje privado
• `/atento settings` los ajustes de este canal y del espacio de trabajo
  (horario, canal de triaje, responsable, idioma…)
Botones: *Tomar* en el acuse y en el aviso de triaje;
el atajo de mensaje *Claim request* en cualquier mensaje de una solicitud.""",
    },
    "unavailable": {
        "en": "Sorry, {command} isn't something Atento can do yet. Requests are logged automatically in shared channels.",
        "es": "{command} no es algo que Atento sepa hacer todavía. Las solicitudes se registran solas en los canales compartidos.",
    },
    "usage:/claim": {
        "en": "Usage: `/claim [REQ-12]` — without a reference, takes this channel's oldest unclaimed request.",
        "es": "Uso: `/claim [REQ-12]`; sin referencia, toma la solicitud sin responsable más antigua de este canal.",
    },
    "usage:/release": {"en": "Usage: `/release REQ-12`", "es": "Uso: `/release REQ-12`"},
    "usage:/handoff": {
        "en": "Usage: `/handoff REQ-12 @person [note for them]`",
        "es": "Uso: `/handoff REQ-12 @persona [nota para ella]`",
    },
    "usage:/resolve": {"en": "Usage: `/resolve REQ-12 [note]`", "es": "Uso: `/resolve REQ-12 [nota]`"},
    "usage:/requests": {
        "en": "Usage: `/requests [mine|unclaimed|open|@person|#channel]`",
        "es": "Uso: `/requests [mine|unclaimed|open|@persona|#canal]`",
    },
    "usage:/promise": {
        "en": "Usage: `/promise REQ-12 friday 17:00 [what]` — e.g. `/promise 12 friday 5pm` or `/promise 12 mañana 12:00`.",
        "es": "Uso: `/promise REQ-12 viernes 17:00 [qué]`; por ejemplo `/promise 12 viernes 17:00` o `/promise 12 tomorrow 5pm`.",
    },
    "nothing_to_promise": {
        "en": "{ref} is {state}: there is nothing to promise on it.",
        "es": "{ref} está {state}: no hay nada que prometer en ella.",
    },
    "promise_gone": {"en": "That promise is no longer there.", "es": "Esa promesa ya no existe."},
    "promise_closed": {
        "en": "That promise is no longer open; use `/promise` for a new one.",
        "es": "Esa promesa ya no está abierta; usa `/promise` para una nueva.",
    },
    "usage:/away": {
        "en": "Usage: `/away @customer until Jan 5 [note]`, `/away #channel until Jan 5 [note]`, "
        "`/away list`, `/away clear @customer`",
        "es": "Uso: `/away @cliente hasta 5 enero [nota]`, `/away #canal hasta 5 enero [nota]`, "
        "`/away list`, `/away clear @cliente`",
    },
    "away_unreadable": {
        "en": "I couldn't read a future date in “{rest}”. Try `/away {target} until Jan 5`.",
        "es": "No encuentro una fecha futura en «{rest}». Prueba `/away {target} hasta 5 enero`.",
    },
    "away_too_far": {
        "en": "{day} is more than 90 days away; record a nearer date and renew it.",
        "es": "{day} queda a más de 90 días; anota una fecha más cercana y renuévala.",
    },
    "away_noted": {
        "en": "Noted: {target} is away until {day}; follow-ups wait until then.",
        "es": "Anotado: {target} no está hasta el {day}; los seguimientos esperan hasta entonces.",
    },
    "away_list_title": {"en": "*Away now or soon*", "es": "*Ausentes ahora o pronto*"},
    "away_list_line": {
        "en": "• {who} until {until} ({source}: “{said}”)",
        "es": "• {who} hasta {until} ({source}: «{said}»)",
    },
    "away_until_they_write": {"en": "they write again", "es": "que vuelva a escribir"},
    "away_nobody": {"en": "Nobody is away.", "es": "No hay nadie ausente."},
    "away_cleared": {
        "en": "Cleared {count} window(s) for {target}.",
        "es": "Borradas {count} ausencia(s) de {target}.",
    },
    "button_expired": {"en": "That button has expired.", "es": "Ese botón ha caducado."},
    "fix:gone": {"en": "That note is no longer there.", "es": "Esa nota ya no existe."},
    "fix:not_yours": {
        "en": "Only the person who said it, or the support team, can change it.",
        "es": "Solo quien lo dijo, o el equipo de soporte, puede cambiarlo.",
    },
    "fix:pick_day": {
        "en": "Pick the day you are back, or tick “I'm not away”.",
        "es": "Elige el día en que vuelves, o marca «No estoy ausente».",
    },
    "fix:past": {
        "en": "That day has passed; pick a day ahead, or tick “I'm not away”.",
        "es": "Ese día ya ha pasado; elige uno por venir, o marca «No estoy ausente».",
    },
    "fix:too_far": {
        "en": "That is more than 90 days ahead; pick a nearer day.",
        "es": "Eso queda a más de 90 días; elige un día más cercano.",
    },
    "fix:back_on": {"en": "Back on", "es": "De vuelta el"},
    "fix:or": {"en": "Or", "es": "O"},
    "fix:not_away": {"en": "I'm not away", "es": "No estoy ausente"},
    "away_nothing": {"en": "{target} had nothing recorded.", "es": "{target} no tenía nada anotado."},
    "digest_usage": {
        "en": "Usage: `/atento digest daily 09:00`, `/atento digest weekly mon 09:00`, "
        "`/atento digest #channel daily 09:00`, `/atento digest off`, `/atento digest preview` "
        "(add `en` or `es` for the language).",
        "es": "Uso: `/atento digest daily 09:00`, `/atento digest weekly lun 09:00`, "
        "`/atento digest #canal daily 09:00`, `/atento digest off`, `/atento digest preview` "
        "(añade `en` o `es` para el idioma).",
    },
    "digest_time": {
        "en": "I couldn't read that time. Use 24-hour `09:00` or `9am`.",
        "es": "No entiendo esa hora. Usa el formato de 24 horas, `09:00`, o `9am`.",
    },
    "digest_weekday": {
        "en": "Which day? Use `mon` … `sun` (or `lun` … `dom`).",
        "es": "¿Qué día? Usa `lun` … `dom` (o `mon` … `sun`).",
    },
    "digest_channel_unresolved": {
        "en": "Pick the channel from Slack's list so it becomes a link (type `#` and choose it).",
        "es": "Elige el canal de la lista de Slack para que sea un enlace (escribe `#` y elígelo).",
    },
    "digest_preview_where": {
        "en": "Run `/atento digest preview` in a channel or in your DM with Atento.",
        "es": "Usa `/atento digest preview` en un canal o en tu conversación privada con Atento.",
    },
    "digest_building": {
        "en": "Building your digest now; it will appear here, visible only to you.",
        "es": "Preparando tu resumen; aparecerá aquí y solo lo verás tú.",
    },
    "digest_on": {
        "en": "Digest for {where}: {cadence} ({tz}), in English. The first one comes {first}. `/atento digest preview` shows one now.",
        "es": "Resumen para {where}: {cadence} ({tz}), en español. El primero llega el {first}. `/atento digest preview` lo muestra ya.",
    },
    "digest_you": {"en": "you", "es": "ti"},
    "digest_cadence:daily": {"en": "daily at {at}", "es": "cada día a las {at}"},
    "digest_cadence:weekly": {"en": "every {weekday} at {at}", "es": "cada {weekday} a las {at}"},
    "record_usage": {
        "en": "Usage: `/atento record #channel [since 2026-12-01] [until 2026-12-31]`. "
        "The record comes to your DM with Atento, visible only to you.",
        "es": "Uso: `/atento record #canal [desde 2026-12-01] [hasta 2026-12-31]`. "
        "El registro te llega por mensaje privado de Atento; solo lo ves tú.",
    },
    "record_building": {
        "en": "Preparing the record of {channel} ({period}). It will arrive in your DM with Atento, visible only to you.",
        "es": "Preparando el registro de {channel} ({period}). Te llegará por mensaje privado de Atento; solo lo ves tú.",
    },
    "record_period:all": {"en": "everything until today", "es": "todo hasta hoy"},
    "record_period:since": {"en": "since {since}", "es": "desde el {since}"},
    "record_period:between": {"en": "{since} to {until}", "es": "del {since} al {until}"},
    "record_period:until": {"en": "everything until {until}", "es": "todo hasta el {until}"},
    "record_problem": {
        "en": "I can't make that record: {problem}. {usage}",
        "es": "No puedo preparar ese registro: {problem}. {usage}",
    },
    "record_not_member": {
        "en": "You are not in {channel}, so I did not send you its record. Like digests, records cover only "
        "the channels you are in: join the channel and ask again.",
        "es": "No estás en {channel}, así que no te he enviado su registro. Como los resúmenes, los registros solo "
        "cubren los canales en los que estás: únete al canal y vuelve a pedirlo.",
    },
    "record_sent": {
        "en": "The record you asked for, visible only to you: {summary}",
        "es": "El registro que pediste, solo para ti: {summary}",
    },
    "record_too_big": {
        "en": "The record of {channel} is too large to send in Slack. Ask for a shorter period "
        "(`since … until …`), or ask an admin for `atento export`.",
        "es": "El registro de {channel} es demasiado grande para enviarlo por Slack. Pide un periodo más corto "
        "(`desde … hasta …`) o pide a un administrador `atento export`.",
    },
    "upload_refused": {
        "en": "I could not send you {filename}: Slack refused the file ({error}). {fix}",
        "es": "No he podido enviarte {filename}: Slack rechazó el archivo ({error}). {fix}",
    },
    "upload_refused:missing_scope": {
        "en": "Atento lacks Slack's permission to send files: an admin of the Slack app must add the "
        "`files:write` scope and reinstall it.",
        "es": "Atento no tiene el permiso de Slack para enviar archivos: un administrador de la app de Slack "
        "debe añadir el permiso `files:write` y reinstalarla.",
    },
    "upload_refused:other": {
        "en": "An admin can see the cause in Atento's log.",
        "es": "Un administrador puede ver la causa en el registro de Atento.",
    },
    "only_staff:record": {
        "en": "Only the support team can ask for a customer's record.",
        "es": "Solo el equipo de soporte puede pedir el registro de un cliente.",
    },
    "digest_none_to_stop": {"en": "There was no digest to turn off.", "es": "No había ningún resumen que desactivar."},
    "digest_off": {
        "en": "Digest off. `/atento digest daily 09:00` turns it back on.",
        "es": "Resumen desactivado. `/atento digest daily 09:00` lo vuelve a activar.",
    },
    "only_staff": {
        "en": "Only the support team can take requests.",
        "es": "Solo el equipo de soporte puede tomar solicitudes.",
    },
    "only_staff:settings": {
        "en": "Only the support team can change settings.",
        "es": "Solo el equipo de soporte puede cambiar los ajustes.",
    },
    "only_staff:away": {
        "en": "Only the support team can record who is away.",
        "es": "Solo el equipo de soporte puede anotar quién no está.",
    },
    "only_staff:digests": {
        "en": "Only the support team can subscribe to digests.",
        "es": "Solo el equipo de soporte puede suscribirse a resúmenes.",
    },
    "only_staff:promises": {
        "en": "Only the support team can make or change promises.",
        "es": "Solo el equipo de soporte puede hacer o cambiar promesas.",
    },
    "not_open": {
        "en": "{ref} is {state}, so there is nothing to do on it.",
        "es": "{ref} está {state}: no queda nada que hacer en ella.",
    },
    "already_yours": {"en": "{ref} is already yours.", "es": "{ref} ya es tuya."},
    "not_claimed": {"en": "{ref} has no owner to release.", "es": "{ref} no tiene responsable que liberar."},
    "not_yours": {
        "en": "{ref} belongs to {owner}; only they or the team lead can do that.",
        "es": "{ref} es de {owner}; solo esa persona o la persona líder del equipo pueden hacerlo.",
    },
    "target_not_staff": {
        "en": "{target} is not a member of the support team, so {ref} can't go to them.",
        "es": "{target} no es del equipo de soporte, así que {ref} no puede pasar a sus manos.",
    },
    "target_bot": {
        "en": "{target} is a bot; {ref} needs a named person.",
        "es": "{target} es un bot; {ref} necesita una persona.",
    },
    "target_deactivated": {
        "en": "{target} has been deactivated; choose someone active.",
        "es": "{target} está desactivada; elige a alguien activo.",
    },
    "target_already_owner": {"en": "{target} already owns {ref}.", "es": "{ref} ya es de {target}."},
    "unknown_reference": {
        "en": "I can't find {ref} in this workspace. Try `/requests open` to see the open ones.",
        "es": "No encuentro {ref} en este espacio de trabajo. Prueba `/requests open` para ver las abiertas.",
    },
    "nobody": {"en": "nobody", "es": "nadie"},
    "takeover_confirm": {
        "en": "{ref} belongs to {owner}. Take it over? They'll be told privately.",
        "es": "{ref} es de {owner}. ¿Te la quedas? Se le avisará en privado.",
    },
    "takeover_button": {"en": "Take it over", "es": "Quedármela"},
    "not_a_request_message": {
        "en": "That message isn't part of a request I know. Use the shortcut on a message in a request's thread.",
        "es": "Ese mensaje no es de ninguna solicitud que conozca. Usa el atajo en un mensaje del hilo de una solicitud.",
    },
    "nothing_unclaimed": {
        "en": "Nothing unclaimed in this channel. :tada:",
        "es": "No hay nada sin responsable en este canal. :tada:",
    },
    "oldest_unclaimed": {
        "en": "Oldest unclaimed here: *{ref}* from {who}: “{what}”",
        "es": "La más antigua sin responsable aquí: *{ref}* de {who}: “{what}”",
    },
    "claim_ref": {"en": "Claim {ref}", "es": "Tomar {ref}"},
    "none_now": {"en": "None right now.", "es": "Ninguna por ahora."},
    "unclaimed_mark": {"en": "_unclaimed_", "es": "_sin responsable_"},
    "home:unclaimed": {"en": "Unclaimed in your channels", "es": "Sin responsable en tus canales"},
    "home:nothing_mine": {"en": "Nothing is waiting on you. :sparkles:", "es": "Nada te está esperando. :sparkles:"},
    "home:all_owned": {"en": "Every request has an owner.", "es": "Todas las solicitudes tienen responsable."},
    "home:and_more": {"en": "and more: see `/requests`", "es": "y más: mira `/requests`"},
    "home:promises": {"en": "Your promises", "es": "Tus promesas"},
    "home:promise_line": {"en": "*{ref}* · due *{due}*\n“{sentence}”", "es": "*{ref}* · vence *{due}*\n«{sentence}»"},
    "and_more": {
        "en": "and more: narrow it with `/requests #channel` or `@person`",
        "es": "y más: acota con `/requests #canal` o `@persona`",
    },
    "state:resolved": {"en": "resolved", "es": "resuelta"},
    "state:withdrawn": {"en": "withdrawn", "es": "retirada"},
    "list:open": {"en": "Open requests", "es": "Solicitudes abiertas"},
    "list:mine": {"en": "Your open requests", "es": "Tus solicitudes abiertas"},
    "list:unclaimed": {"en": "Unclaimed requests", "es": "Solicitudes sin responsable"},
    "list:person": {"en": "Open requests of {who}", "es": "Solicitudes abiertas de {who}"},
    "list:channel": {"en": "Open requests in {where}", "es": "Solicitudes abiertas en {where}"},
}


def say(key: str, language: str, **values) -> str:
    return render.pick(TEXTS, key, language, **values)


def state_word(state: str, language: str) -> str:
    """A request's state as a word of the reader's language (`open`, `resolved`, `withdrawn`)."""
    return say(f"state:{state}", language) if f"state:{state}" in TEXTS else state
