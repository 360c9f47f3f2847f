"""What a record and the figures say (bot.record), in English and Spanish."""

from __future__ import annotations

TEXTS = {
    # the record (export)
    "title": {"en": "Record of requests", "es": "Registro de solicitudes"},
    "period": {"en": "{first} to {last}", "es": "del {first} al {last}"},
    "since_start": {"en": "everything until {last}", "es": "todo hasta el {last}"},
    "generated": {"en": "Produced {at} ({tz}) by Atento.", "es": "Generado el {at} ({tz}) por Atento."},
    "zone": {"en": "times in {tz}", "es": "horas de {tz}"},
    "total:kept_of": {"en": "{kept} of {total}", "es": "{kept} de {total}"},
    "total:kept": {"en": "Promises kept", "es": "Compromisos cumplidos"},
    "business": {
        "en": "Response and resolution times count the support team's working hours: {hours}.",
        "es": "Los tiempos de respuesta y de resolución cuentan el horario de trabajo del equipo de soporte: {hours}.",
    },
    "hours": {"en": "{days} {start}–{end} ({tz}){holidays}", "es": "{days} de {start} a {end} ({tz}){holidays}"},
    "holidays": {"en": ", except public holidays in {country}", "es": ", salvo festivos de {country}"},
    "purged": {
        "en": "The texts of {count} were removed under our data-retention policy; their times, owners and promises are kept and shown.",
        "es": "Los textos de {count} se eliminaron según nuestra política de conservación de datos; sus horas, responsables y compromisos se conservan y se muestran.",
    },
    "summary": {
        "en": "{label}, {period}: {requests}, {resolved}, {open}.",
        "es": "{label}, {period}: {requests}, {resolved}, {open}.",
    },
    "summary:first": {"en": " First response: median {median}.", "es": " Primera respuesta: mediana de {median}."},
    "empty": {"en": "No requests in this period.", "es": "No hay solicitudes en este periodo."},
    "excluded": {
        "en": "This record contains what the customer wrote and when the team acted; internal notes and staff conversations are not included.",
        "es": "Este registro contiene lo que escribió el cliente y cuándo actuó el equipo; no incluye notas internas ni conversaciones del equipo.",
    },
    "total:requests": {"en": "Requests", "es": "Solicitudes"},
    "total:resolved": {"en": "Resolved", "es": "Resueltas"},
    "total:open": {"en": "Still open", "es": "Aún abiertas"},
    "total:reopened": {"en": "Reopened", "es": "Reabiertas"},
    "total:first": {"en": "First response (median)", "es": "Primera respuesta (mediana)"},
    "total:within": {"en": "9 in 10 within {p90}", "es": "9 de cada 10 en {p90} o menos"},
    "total:resolution": {"en": "Resolution (median)", "es": "Resolución (mediana)"},
    "total:promises": {
        "en": "Promises kept / missed / renegotiated",
        "es": "Compromisos cumplidos / incumplidos / renegociados",
    },
    "col:ref": {"en": "Reference", "es": "Referencia"},
    "col:asked": {"en": "Asked", "es": "Solicitada"},
    "col:request": {"en": "Request", "es": "Solicitud"},
    "col:first": {"en": "First response", "es": "Primera respuesta"},
    "col:owners": {"en": "Owner", "es": "Responsable"},
    "col:promises": {"en": "Promises", "es": "Compromisos"},
    "col:resolved": {"en": "Outcome", "es": "Resultado"},
    "text_removed": {"en": "(text removed under data retention)", "es": "(texto eliminado por conservación de datos)"},
    "text_forgotten": {"en": "(text erased on request)", "es": "(texto borrado a petición)"},
    "no_response": {"en": "not yet answered", "es": "aún sin respuesta"},
    "after": {"en": "after {duration}", "es": "a los {duration}"},
    "nobody": {"en": "nobody yet", "es": "nadie aún"},
    "claimed": {"en": "from {at}", "es": "desde {at}"},
    "handed": {"en": "handed over {at}", "es": "traspasada {at}"},
    "with_note": {"en": "with a handover note", "es": "con nota de traspaso"},
    "released": {"en": "released {at}", "es": "liberada {at}"},
    "promise": {"en": "{outcome} (due {due})", "es": "{outcome} (para el {due})"},
    "outcome:kept": {"en": "Kept", "es": "Cumplido"},
    "outcome:missed": {"en": "Missed", "es": "Incumplido"},
    "outcome:renegotiated": {"en": "Renegotiated", "es": "Renegociado"},
    "outcome:open": {"en": "Pending", "es": "Pendiente"},
    "resolved_by": {"en": "Resolved {at} by {who}", "es": "Resuelta el {at} por {who}"},
    "resolved_at": {"en": "Resolved {at}", "es": "Resuelta el {at}"},
    "resolved_in": {"en": "after {duration} of working time", "es": "tras {duration} de horario laboral"},
    "withdrawn": {"en": "Withdrawn by the customer {at}", "es": "Retirada por el cliente el {at}"},
    "open": {"en": "Open", "es": "Abierta"},
    "reopened": {"en": "reopened {at}", "es": "reabierta el {at}"},
    # errors (the CLI prints them in English; Slack shows them in the asker's language)
    "error:unknown_channel": {
        "en": "no channel {channel} is known to Atento (it must be a channel the bot is in)",
        "es": "Atento no conoce el canal {channel} (debe ser un canal donde está el bot)",
    },
    "error:unknown_org": {
        "en": "no channel belongs to an organisation named {org!r}; known: {known}",
        "es": "ningún canal pertenece a una organización llamada {org!r}; conocidas: {known}",
    },
    "error:ambiguous": {
        "en": "{what} exists in several workspaces ({workspaces}); add --workspace",
        "es": "{what} existe en varios espacios de trabajo ({workspaces}); indica --workspace",
    },
    "error:unknown_workspace": {"en": "no workspace {workspace}", "es": "no existe el espacio de trabajo {workspace}"},
    "error:backwards": {
        "en": "the period ends ({until}) before it starts ({since})",
        "es": "el periodo termina ({until}) antes de empezar ({since})",
    },
    "error:date": {
        "en": "{flag} {text!r} is not a date; use YYYY-MM-DD, e.g. 2026-10-01",
        "es": "{flag} {text!r} no es una fecha; usa AAAA-MM-DD, p. ej. 2026-10-01",
    },
    "error:format": {
        "en": "unknown format {fmt!r}: csv, json or html",
        "es": "formato desconocido {fmt!r}: csv, json o html",
    },
    # figures in plain text (weekly digest, notification, screen reader)
    "fig:period": {"en": "{first} to {last}", "es": "Del {first} al {last}"},
    "fig:quiet": {
        "en": "{period}: no requests, nothing resolved, no promises due.",
        "es": "{period}: sin solicitudes, nada resuelto, ningún compromiso vencido.",
    },
    "fig:counts": {
        "en": "{period}: {new}, {resolved}, {reopened}; {open}.",
        "es": "{period}: {new}, {resolved}, {reopened}; {open}.",
    },
    "fig:first": {
        "en": "First response: half within {median}, nine in ten within {p90}.",
        "es": "Primera respuesta: la mitad en {median} o menos, nueve de cada diez en {p90} o menos.",
    },
    "fig:resolution": {
        "en": "Resolution: half within {median}, nine in ten within {p90}.",
        "es": "Resolución: la mitad en {median} o menos, nueve de cada diez en {p90} o menos.",
    },
    "fig:business": {"en": "Times count working hours only.", "es": "Los tiempos cuentan solo horas de trabajo."},
    "fig:promises": {
        "en": "Promises: {kept}, {missed}, {renegotiated}.",
        "es": "Compromisos: {kept}, {missed}, {renegotiated}.",
    },
    "fig:by_org": {"en": "By customer:", "es": "Por cliente:"},
    "fig:org": {"en": "{org}: {new}, {resolved}{first}{promises}.", "es": "{org}: {new}, {resolved}{first}{promises}."},
    "fig:org_first": {"en": ", first response median {median}", "es": ", primera respuesta mediana {median}"},
    "fig:org_promises": {
        "en": ", promises: {kept} of {total} kept",
        "es": ", compromisos: {kept} de {total} cumplidos",
    },
    "fig:more_orgs": {"en": "And {count} more customers.", "es": "Y {count} clientes más."},
    "fig:resolved_list": {"en": "Resolved yesterday: {refs}.", "es": "Resueltas ayer: {refs}."},
    # the chart
    "chart:title": {"en": "Requests per day", "es": "Solicitudes por día"},
    "chart:opened": {"en": "Opened", "es": "Recibidas"},
    "chart:resolved": {"en": "Resolved", "es": "Resueltas"},
    "chart:first": {
        "en": "Median first response (working hours)",
        "es": "Primera respuesta mediana (horas de trabajo)",
    },
    "chart:hours": {"en": "hours", "es": "horas"},
    "chart:none": {"en": "no answers", "es": "sin respuestas"},
}

COUNTED = {  # (one, many): "1 request", "2 requests"; Spanish agrees in number
    "requests": {"en": ("request", "requests"), "es": ("solicitud", "solicitudes")},
    "new_requests": {"en": ("new request", "new requests"), "es": ("solicitud nueva", "solicitudes nuevas")},
    "new": {"en": ("new", "new"), "es": ("nueva", "nuevas")},
    "resolved": {"en": ("resolved", "resolved"), "es": ("resuelta", "resueltas")},
    "reopened": {"en": ("reopened", "reopened"), "es": ("reabierta", "reabiertas")},
    "still_open": {"en": ("still open", "still open"), "es": ("sigue abierta", "siguen abiertas")},
    "kept": {"en": ("kept", "kept"), "es": ("cumplido", "cumplidos")},
    "missed": {"en": ("missed", "missed"), "es": ("incumplido", "incumplidos")},
    "renegotiated": {"en": ("renegotiated", "renegotiated"), "es": ("renegociado", "renegociados")},
}
