"""What the support team reads, in the team's language (bot.texts.language.team_language).

Promises and digests speak each person's own language (their Slack locale); these are the texts
addressed to the team at large: claim answers, triage posts, escalations, hints, resurfacing.
"""

from __future__ import annotations

from bot.texts import render

TEXTS = {
    "own_now": {
        "en": "You own {ref} now. {customer} has been told.",
        "es": "Ahora {ref} es tuya. {customer} ya lo sabe.",
    },
    "own_now_held": {
        "en": "You own {ref} now. {customer} is away or outside their hours: they'll be told {when}, their time.",
        "es": "Ahora {ref} es tuya. {customer} no está o está fuera de su horario: lo sabrá el {when} (su hora).",
    },
    "told_later": {
        "en": "{customer} is away or outside their hours: they'll be told {when}, their time.",
        "es": "{customer} no está o está fuera de su horario: lo sabrá el {when} (su hora).",
    },
    "told_when_they_write": {
        "en": "{customer} asked not to be chased: they'll be told when they write again.",
        "es": "{customer} pidió que no le insistamos: lo sabrá cuando vuelva a escribir.",
    },
    "own_now_opted_out": {
        "en": "You own {ref} now. {customer} asked not to be chased: they'll be told when they write again.",
        "es": "Ahora {ref} es tuya. {customer} pidió que no le insistamos: lo sabrá cuando vuelva a escribir.",
    },
    "back_in_queue": {"en": "{ref} is back in the queue, unclaimed.", "es": "{ref} vuelve a la cola, sin responsable."},
    "resolved": {"en": "{ref} resolved.", "es": "{ref} resuelta."},
    "handed_now": {
        "en": "{ref} is now {target}'s; they have your note and the thread.",
        "es": "{ref} es ahora de {target}; tiene tu nota y el hilo.",
    },
    "handed_to_you": {"en": "{actor} handed {ref} to you", "es": "{actor} te ha pasado {ref}"},
    "open_the_thread": {"en": "Open the thread", "es": "Abrir el hilo"},
    "open_thread": {"en": "Open thread", "es": "Abrir hilo"},
    "took_over": {"en": "{actor} took over {ref} from you.", "es": "{actor} se ha quedado con {ref}."},
    "unclaimed": {
        "en": "{ref} from {customer} has waited {minutes} business minutes with no owner: “{excerpt}” <{link}|Open thread>",
        "es": "{ref} de {customer} lleva {minutes} minutos laborables sin responsable: “{excerpt}” <{link}|Abrir hilo>",
    },
    "waiting": {
        "en": "{customer} wrote last on {ref} a business day ago and is waiting for an answer: <{link}|Open thread>",
        "es": "{customer} escribió lo último en {ref} hace un día laborable y espera respuesta: <{link}|Abrir hilo>",
    },
    "no_first_reply_owner": {
        "en": "Nobody has answered {ref} yet, and it's yours: <{link}|reply in the thread>.",
        "es": "Nadie ha respondido aún {ref}, y es tuya: <{link}|responde en el hilo>.",
    },
    "no_first_reply_lead": {
        "en": "{ref} (owner {owner}) has had no first reply for {minutes} business minutes: <{link}|Open thread>",
        "es": "{ref} (de {owner}) lleva {minutes} minutos laborables sin primera respuesta: <{link}|Abrir hilo>",
    },
    "status_away": {
        "en": "{name}'s Slack status says away until {day}",
        "es": "El estado de Slack de {name} dice ausente hasta el {day}",
    },
    "company_away": {
        "en": "{name} said the company is away until {day}",
        "es": "{name} dijo que la empresa no está hasta el {day}",
    },
    "person_away": {"en": "{name} said they are away until {day}", "es": "{name} dijo que no está hasta el {day}"},
    "reaches_them": {
        "en": "{said}; your message reaches them while away. Their first working moment is {day} {time} their time: "
        "Slack's own *Schedule message* (the arrow beside *Send*) can post a message then. Or I can remind you when they're back.",
        "es": "{said}; tu mensaje le llega mientras no está. Su primer momento laborable es el {day} a las {time} (su hora): "
        "*Programar mensaje* de Slack (la flecha junto a *Enviar*) puede publicar un mensaje entonces. O puedo recordártelo cuando vuelva.",
    },
    "remind_back": {"en": "Remind me when they're back", "es": "Recuérdamelo cuando vuelva"},
    "opted_out": {
        "en": "{name} asked not to be chased on this until they write again.",
        "es": "{name} pidió que no le insistamos con esto hasta que vuelva a escribir.",
    },
    "back": {
        "en": "{customer} is back (away until {day}): {ref} is waiting on their answer.",
        "es": "{customer} ha vuelto (no estaba hasta el {day}): {ref} espera su respuesta.",
    },
    "back_to_triage": {
        "en": "{ref} is unclaimed again (released by {actor}): “{excerpt}”",
        "es": "{ref} vuelve a estar sin responsable (la liberó {actor}): “{excerpt}”",
    },
    "silent_customer": {
        "en": "{ref} has been waiting on {customer}'s answer for {days} of their business days. A gentle follow-up?",
        "es": "{ref} lleva {days} días laborables (de su calendario) esperando la respuesta de {customer}. ¿Un recordatorio amable?",
    },
    "the_customer": {"en": "the customer", "es": "el cliente"},
    "The_customer": {"en": "The customer", "es": "El cliente"},
    "later_expired": {
        "en": "That button has expired; post your message again when the customer is back.",
        "es": "Ese botón ha caducado; publica tu mensaje de nuevo cuando el cliente vuelva.",
    },
    "later_not_author": {
        "en": "Only the author of that message can ask for this reminder.",
        "es": "Solo quien escribió ese mensaje puede pedir este recordatorio.",
    },
    "later_back_already": {
        "en": "They are back already: you can write to them now.",
        "es": "Ya ha vuelto: puedes escribirle ahora.",
    },
    "remind_set": {
        "en": "I'll remind you {when}, your time, with your message and the thread.",
        "es": "Te lo recordaré el {when} (tu hora), con tu mensaje y el hilo.",
    },
    "remind_dm": {
        "en": "{customer} is back: this is what you wrote in {ref}'s thread while they were away.\n> {said}\n<{link}|Open the thread>",
        "es": "{customer} ha vuelto: esto escribiste en el hilo de {ref} mientras no estaba.\n> {said}\n<{link}|Abrir el hilo>",
    },
    "away_recorded": {"en": "Recorded: away until {day}.", "es": "Anotado: ausente hasta el {day}."},
    "away_far": {
        "en": "{name} said “{said}”: away until {day}, more than 90 days ahead, so I haven't applied it. Record it?",
        "es": "{name} dijo «{said}»: ausente hasta el {day}, a más de 90 días, así que no lo he aplicado. ¿Lo anoto?",
    },
    "away_record_button": {"en": "Record it", "es": "Anotarlo"},
    "history_offer": {
        "en": "{count} unanswered customer messages in <#{channel}> since {day}. Import them as requests?",
        "es": "{count} mensajes de clientes sin respuesta en <#{channel}> desde el {day}. ¿Importarlos como solicitudes?",
    },
    "history_import": {"en": "Import", "es": "Importar"},
    "history_imported": {"en": "Imported {count}: {refs}.", "es": "Importadas {count}: {refs}."},
    "history_done": {"en": "Already imported.", "es": "Ya se importaron."},
    "history_staff_only": {
        "en": "Only the support team can import.",
        "es": "Solo el equipo de soporte puede importar.",
    },
    "follows": {"en": "\n_Follows {ref}_", "es": "\n_Sigue a {ref}_"},
    "chased_owner": {
        "en": "{customer} is asking for an update on {ref}: “{said}” <{link}|Open thread>",
        "es": "{customer} pide novedades de {ref}: “{said}” <{link}|Abrir hilo>",
    },
    "chased_unowned": {
        "en": "{customer} is asking for an update on {ref}, which nobody has claimed: “{said}” <{link}|Open thread>",
        "es": "{customer} pide novedades de {ref}, que nadie ha tomado: “{said}” <{link}|Abrir hilo>",
    },
    "reopened_owner": {
        "en": "{customer} says the problem is back: {ref} is open again, and still yours. “{said}” <{link}|Open thread>",
        "es": "{customer} dice que el problema volvió: {ref} está abierta de nuevo y sigue siendo tuya. “{said}” <{link}|Abrir hilo>",
    },
    "reopened_unowned": {
        "en": "{ref} is open again: {customer} says the problem is back, and nobody owns it. “{said}” <{link}|Open thread>",
        "es": "{ref} está abierta de nuevo: {customer} dice que el problema volvió, y no tiene responsable. “{said}” <{link}|Abrir hilo>",
    },
    "answer_in_thread": {
        "en": "Counted as your answer to {customer} on {ref}. Next time, answer in its thread: they get notified "
        "there and the record stays in one place. <{link}|Open thread>",
        "es": "Lo cuento como tu respuesta a {customer} en {ref}. La próxima vez, responde en su hilo: allí le llega "
        "el aviso y todo queda en un solo lugar. <{link}|Abrir hilo>",
    },
}


def say(key: str, language: str, **values) -> str:
    return render.pick(TEXTS, key, language, **values)
