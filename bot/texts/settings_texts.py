"""The settings modal's words (bot.settings.view) and what its validation codes (policies.settings) mean."""

from __future__ import annotations

TEXTS = {
    "ch_triage_after": {"en": "Unclaimed: tell triage after", "es": "Sin responsable: avisar a triaje tras"},
    "ch_lead_after": {
        "en": "Unclaimed: tell the lead after",
        "es": "Sin responsable: avisar a la persona líder del equipo tras",
    },
    "ch_first_response": {"en": "First-response target", "es": "Objetivo de primera respuesta"},
    "half_time": {
        "en": "at half the time left before the deadline",
        "es": "a mitad del tiempo que queda hasta el plazo",
    },
    "this_channel": {"en": "This channel", "es": "Este canal"},
    "customer_org": {"en": "Customer organisation", "es": "Organización del cliente"},
    "customer_language": {"en": "Customers' language", "es": "Idioma de los clientes"},
    "detect_language": {"en": "Detect from their words", "es": "Detectarlo por lo que escriben"},
    "customer_country": {"en": "Customers' country (public holidays)", "es": "País de los clientes (festivos)"},
    "triage_channel": {"en": "Internal triage channel", "es": "Canal interno de triaje"},
    "ack_mode": {"en": "How a request is acknowledged", "es": "Cómo se acusa recibo de una solicitud"},
    "ack_reply": {"en": "A short reply in the thread", "es": "Una respuesta breve en el hilo"},
    "ack_reaction": {"en": "A reaction only", "es": "Solo una reacción"},
    "ack_none": {"en": "Nothing", "es": "Nada"},
    "tell_resolved": {
        "en": "When a request is resolved, tell the customer in its thread",
        "es": "Al resolver una solicitud, avisar al cliente en su hilo",
    },
    "register": {"en": "Customers' Spanish: formal or familiar", "es": "El español con los clientes: usted o tú"},
    "register_usted": {"en": "Formal (usted)", "es": "Usted"},
    "register_tu": {"en": "Familiar (tú)", "es": "Tú"},
    "yes": {"en": "Yes", "es": "Sí"},
    "no": {"en": "No", "es": "No"},
    "grouping": {
        "en": "Messages within this many minutes are one request",
        "es": "Mensajes dentro de estos minutos son una sola solicitud",
    },
    "customer_start": {"en": "Customers' day starts (their time)", "es": "El día de los clientes empieza (su hora)"},
    "customer_end": {"en": "Customers' day ends (their time)", "es": "El día de los clientes termina (su hora)"},
    "channel_override": {
        "en": "{label}, this channel (empty: the workspace's)",
        "es": "{label}, este canal (vacío: el del espacio de trabajo)",
    },
    "whole_workspace": {"en": "The whole workspace", "es": "Todo el espacio de trabajo"},
    "team_tz": {"en": "Team timezone", "es": "Zona horaria del equipo"},
    "team_language": {"en": "Team's language (what staff read)", "es": "Idioma del equipo (lo que lee el equipo)"},
    "working_days": {"en": "Working days", "es": "Días laborables"},
    "day_starts": {"en": "Day starts", "es": "El día empieza"},
    "day_ends": {"en": "Day ends", "es": "El día termina"},
    "team_country": {"en": "Team's country (public holidays)", "es": "País del equipo (festivos)"},
    "team_lead": {"en": "Team lead", "es": "Responsable del equipo"},
    "on_duty": {
        "en": "On duty (told when a channel has no triage channel)",
        "es": "De guardia (se les avisa si un canal no tiene canal de triaje)",
    },
    "ws_triage_after": {
        "en": "Unclaimed: tell triage after (business minutes)",
        "es": "Sin responsable: avisar a triaje tras (minutos laborables)",
    },
    "ws_lead_after": {
        "en": "Unclaimed: tell the lead after (business minutes)",
        "es": "Sin responsable: avisar a la persona líder del equipo tras (minutos laborables)",
    },
    "ws_first_response": {
        "en": "First-response target (business minutes)",
        "es": "Objetivo de primera respuesta (minutos laborables)",
    },
    "promise_half": {"en": "Promises: remind the owner", "es": "Promesas: recordar a la persona responsable"},
    "promise_before": {
        "en": "Promises: also remind this many business minutes before due (0: no)",
        "es": "Promesas: recordar también estos minutos laborables antes del plazo (0: no)",
    },
    "title": {"en": "Atento settings", "es": "Ajustes de Atento"},
    "save": {"en": "Save", "es": "Guardar"},
    "cancel": {"en": "Cancel", "es": "Cancelar"},
    # policies.settings.validate's codes
    "error:country_unknown": {
        "en": "“{code}” is not a country code I know holidays for; use two letters such as PA, ES or MX.",
        "es": "No conozco los festivos de «{code}»; usa un código de dos letras como PA, ES o MX.",
    },
    "error:minutes_range": {
        "en": "Enter whole minutes between {low} and {high}.",
        "es": "Escribe minutos enteros entre {low} y {high}.",
    },
    "error:language_choice": {
        "en": "Choose automatic, English or Spanish.",
        "es": "Elige automático, inglés o español.",
    },
    "error:register_choice": {"en": "Choose usted or tú.", "es": "Elige usted o tú."},
    "error:ack_choice": {
        "en": "Choose a reply, a reaction or nothing.",
        "es": "Elige una respuesta, una reacción o nada.",
    },
    "error:their_end_before_start": {
        "en": "Their working day must end after it starts.",
        "es": "Su jornada tiene que terminar después de empezar.",
    },
    "error:their_hours_format": {"en": "Give their hours as HH:MM.", "es": "Indica su horario como HH:MM."},
    "error:tz_unknown": {
        "en": "“{tz}” is not a timezone; use an IANA name such as America/Panama.",
        "es": "«{tz}» no es una zona horaria; usa un nombre IANA como America/Panama.",
    },
    "error:no_working_day": {"en": "Choose at least one working day.", "es": "Elige al menos un día laborable."},
    "error:end_before_start": {
        "en": "The working day must end after it starts.",
        "es": "La jornada tiene que terminar después de empezar.",
    },
    "error:hours_format": {"en": "Give the hours as HH:MM.", "es": "Indica el horario como HH:MM."},
}
