"""What a digest says (bot.digests), in English and Spanish: section titles and words."""

from __future__ import annotations

TITLES = {
    "new": {"en": "New requests", "es": "Solicitudes nuevas"},
    "resolved": {"en": "Resolved since the last digest", "es": "Resueltas desde el último resumen"},
    "figures": {"en": "The week in figures", "es": "La semana en cifras"},
    "unclaimed": {"en": "Unclaimed now, oldest first", "es": "Sin responsable, las más antiguas primero"},
    "first_response": {"en": "First response", "es": "Primera respuesta"},
    "due_soon": {"en": "Promises due in the next 24 hours", "es": "Promesas que vencen en 24 horas"},
    "missed": {"en": "Promises missed", "es": "Promesas incumplidas"},
    "on_hold": {"en": "Customers on hold by their own word", "es": "Clientes en pausa por decisión propia"},
    "staff_away": {"en": "On the team, away now", "es": "Del equipo, ausentes ahora"},
    "ping_pong": {"en": "Handed off three times or more", "es": "Pasadas de mano tres veces o más"},
    "load": {"en": "Open requests per owner", "es": "Solicitudes abiertas por responsable"},
}
WORDS = {
    "daily": {"en": "Daily digest", "es": "Resumen diario"},
    "weekly": {"en": "Weekly digest", "es": "Resumen semanal"},
    "quiet": {
        "en": "A quiet {period}: nothing new, nothing unclaimed, no promise due or missed.",
        "es": "Un {period} tranquilo: nada nuevo, nada sin responsable, ninguna promesa vence ni se incumplió.",
    },
    "late": {
        "en": "Sent late (the bot was not running at {due}); it covers up to now.",
        "es": "Enviado con retraso (el bot no estaba en marcha a las {due}); cubre hasta ahora.",
    },
    "since": {"en": "Since {since}", "es": "Desde {since}"},
    "more": {"en": "and {n} more — see `/requests {what}`", "es": "y {n} más — ver `/requests {what}`"},
    "median": {
        "en": "Median {median}, worst {worst} (business time).",
        "es": "Mediana {median}, peor {worst} (horario laboral).",
    },
    "unanswered": {"en": "Still without a first reply:", "es": "Aún sin primera respuesta:"},
    "age": {"en": "waiting {age}", "es": "espera {age}"},
    "owner": {"en": "owner", "es": "responsable"},
    "due": {"en": "due {at}", "es": "vence {at}"},
    "missed_at": {"en": "was due {at}", "es": "vencía {at}"},
    "until": {"en": "back {day}", "es": "vuelve el {day}"},
    "until_they_write": {"en": "until they write again", "es": "hasta que vuelva a escribir"},
    "staff_back": {"en": "back {at}", "es": "vuelve el {at}"},
    "staff_status_open": {
        "en": "until their Slack status changes",
        "es": "hasta que cambie su estado de Slack",
    },
    "company": {"en": "(whole company)", "es": "(toda la empresa)"},
    "handoffs": {"en": "{n} handoffs", "es": "{n} traspasos"},
    "resolved_at": {"en": "resolved {at}", "es": "resuelta el {at}"},
    "chart": {
        "en": "Requests opened and resolved per day, and the first response: {period}",
        "es": "Solicitudes abiertas y resueltas por día, y la primera respuesta: {period}",
    },
    "day": {"en": "day", "es": "día"},
    "week": {"en": "week", "es": "semana"},
    "unclaimed_owner": {"en": "unclaimed", "es": "sin responsable"},
}
