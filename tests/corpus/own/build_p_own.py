# ruff: noqa: E501
"""Builds fresh-2026-12-03-P-own.jsonl: an eighth probe set of the 2026-12-03 round, written after the O-own fixes and
scored before any further change. Slack statuses, typos (asta, vacasiones, tommorow, wensday), quoted mail headers,
signatures, plans, tagging and mailing lists, and distractors that tell of returns and habits. Every label is
computed with datetime (and the first business day of May with `holidays`)."""

from datetime import datetime

from probe import CO, FRI, MON, SAT, THU, TUE, WED, C, P, S, at, in_zone, line, named, save

line(
    "window",
    "🌴 OOO 12/22–1/2, back 1/4",
    "en",
    C,
    "2026-12-15T10:00",
    "America/New_York",
    away=(named(2026, 12, 22), named(2027, 1, 4), P),
)
line(
    "window",
    "asta el lunes no estoy, estoy de vacasiones",
    "es",
    C,
    "2027-03-10T10:00",
    "America/Mexico_City",
    away=(None, named(2027, 3, 15, MON), P),
)
line(
    "window",
    "out tommorow and wensday, back thrusday",
    "en",
    C,
    "2027-02-15T10:00",
    "America/Chicago",
    away=(named(2027, 2, 16), named(2027, 2, 18, THU), P),
)
line(
    "window",
    "Regreso a la oficina el 2 de setiembre.",
    "es",
    C,
    "2027-08-20T10:00",
    "America/Lima",
    away=(None, named(2027, 9, 2), P),
)
line(
    "window",
    "I'm away on business next week and the week after; back on the 26th.",
    "en",
    C,
    "2027-04-07T10:00",
    "Europe/London",
    away=(named(2027, 4, 12, MON), named(2027, 4, 26), P),
)
line(
    "window",
    "Hey! Quick note - I'm on holiday from Saturday till the 18th, Maria's covering.",
    "en",
    C,
    "2027-06-02T10:00",
    "Europe/Dublin",
    away=(named(2027, 6, 5, SAT), named(2027, 6, 18), P),
)
line(
    "window",
    "Mañana me opero y estaré de reposo toda la semana que viene.",
    "es",
    C,
    "2027-03-04T10:00",
    "America/Santiago",
    away=(named(2027, 3, 5), named(2027, 3, 15, MON), P),
)
line(
    "window",
    "Estamos cerrados mañana por el feriado, el lunes atendemos normal.",
    "es",
    C,
    "2027-04-01T10:00",
    "America/Argentina/Buenos_Aires",
    away=(named(2027, 4, 2), named(2027, 4, 5, MON), CO),
)
line(
    "window",
    "I'll be offline during the company retreat, Mar 8-10.",
    "en",
    C,
    "2027-03-01T10:00",
    "America/Denver",
    away=(named(2027, 3, 8), named(2027, 3, 11), P),
)
line(
    "window",
    "Out this Fri for a family thing",
    "en",
    C,
    "2027-04-05T10:00",
    "America/Toronto",
    away=(named(2027, 4, 9, FRI), named(2027, 4, 10), P),
)
line(
    "window",
    "Vuelvo a estar disponible a partir del 10 de enero.",
    "es",
    C,
    "2026-12-20T10:00",
    "Europe/Madrid",
    away=(None, named(2027, 1, 10), P),
)
line(
    "window",
    "Estaré de viaje de negocios entre el martes y el jueves.",
    "es",
    C,
    "2027-05-03T10:00",
    "America/Bogota",
    away=(named(2027, 5, 4, TUE), named(2027, 5, 7), P),
)
line(
    "window",
    "OOO — back Monday 1/11. For urgent matters contact support@acme.com",
    "en",
    C,
    "2027-01-06T10:00",
    "America/Chicago",
    away=(None, named(2027, 1, 11, MON), P),
)
line(
    "window",
    "Me voy de vacaciones. Regreso el 19 de abril.",
    "es",
    C,
    "2027-04-05T10:00",
    "America/Mexico_City",
    away=(None, named(2027, 4, 19), P),
)
line(
    "window",
    "Hola! Les aviso que del 1 al 15 de agosto estaré de vacaciones, cualquier cosa escriban a Paula.",
    "es",
    C,
    "2027-07-20T10:00",
    "America/Montevideo",
    away=(named(2027, 8, 1), named(2027, 8, 16), P),
)
line(
    "window",
    "I'm on call this weekend but off Monday.",
    "en",
    C,
    "2027-02-10T10:00",
    "America/Los_Angeles",
    away=(named(2027, 2, 15, MON), named(2027, 2, 16), P),
)

for text, lang, now, tz in [
    ("no need to remind me again, I've got it on my calendar", "en", "2027-02-08T10:00", "America/New_York"),
    ("Porfa dejen de etiquetarme en este hilo, gracias.", "es", "2027-03-03T10:00", "America/Bogota"),
    ("Please take me off the reminder list for this ticket.", "en", "2027-01-21T10:00", "Europe/London"),
    ("Pueden dejar de hacerme seguimiento, yo me pongo en contacto.", "es", "2027-04-12T10:00", "America/Lima"),
]:
    line("optout", text, lang, C, now, tz, opt=True)

line(
    "promise",
    "Re: your question — I'll have an answer by Wednesday midday.",
    "en",
    S,
    "2027-03-01T10:00",
    "Europe/London",
    due=at(named(2027, 3, 3, WED), 12),
)
line(
    "promise",
    "Mañana te escribo sin falta antes de las 11.",
    "es",
    S,
    "2027-01-25T10:00",
    "Europe/Madrid",
    due=at(named(2027, 1, 26), 11),
)
line(
    "promise",
    "You can expect the credit note on Monday.",
    "en",
    S,
    "2027-02-03T10:00",
    "America/Chicago",
    due=at(named(2027, 2, 8, MON), 17),
)
line(
    "promise",
    "Para el jueves 18 te lo tengo.",
    "es",
    S,
    "2027-03-10T10:00",
    "America/Bogota",
    due=at(named(2027, 3, 18, THU), 17),
)
line(
    "promise",
    "We'll get you a quote by the end of the week.",
    "en",
    S,
    "2027-04-13T10:00",
    "America/New_York",
    due=at(named(2027, 4, 16, FRI), 17),
)
line(
    "promise",
    "Lo tendrán listo el día 30 antes del mediodía.",
    "es",
    S,
    "2027-04-20T10:00",
    "America/Santiago",
    due=at(named(2027, 4, 30), 12),
)
line(
    "promise",
    "I'll push the config change tonight around 9.",
    "en",
    S,
    "2027-02-16T10:00",
    "America/Denver",
    due=at(named(2027, 2, 16), 21),
)
line(
    "promise",
    "Les envío el reporte mensual el primer día hábil de mayo.",
    "es",
    S,
    "2027-04-21T10:00",
    "America/Mexico_City",
    due=at(named(2027, 5, 3, MON), 17),
)
line(
    "promise",
    "Should be done by Thursday 5pm Eastern.",
    "en",
    S,
    "2027-01-11T10:00",
    "America/Chicago",
    due=in_zone(named(2027, 1, 14, THU), 17, 0, "America/New_York", "America/Chicago"),
)
line(
    "promise",
    "Te lo mando en media hora.",
    "es",
    S,
    "2027-02-02T10:15",
    "America/Argentina/Buenos_Aires",
    due=datetime(2027, 2, 2, 10, 45),
)
line(
    "promise",
    "I'll follow up Monday morning with the details.",
    "en",
    S,
    "2027-03-17T10:00",
    "America/Toronto",
    due=at(named(2027, 3, 22, MON), 12),
)
line(
    "promise",
    "Lo revisamos y te confirmamos el viernes.",
    "es",
    S,
    "2027-01-26T10:00",
    "America/Lima",
    due=at(named(2027, 1, 29, FRI), 17),
)
line(
    "promise",
    "We're planning to deliver the feature on June 1st.",
    "en",
    S,
    "2027-05-10T10:00",
    "Europe/London",
    due=at(named(2027, 6, 1), 17),
)
line(
    "promise",
    "The fix will be out in the next release, on the 14th.",
    "en",
    S,
    "2027-04-05T10:00",
    "America/New_York",
    due=at(named(2027, 4, 14), 17),
)

for text, lang, role, now, tz in [
    (
        "On Mon, Jan 4, 2027 at 10:00 AM John Smith wrote: > can you check?",
        "en",
        C,
        "2027-01-05T10:00",
        "America/New_York",
    ),
    ("El martes pasado hablé con Juan sobre esto.", "es", C, "2027-02-17T10:00", "Europe/Madrid"),
    ("Tracking number 1Z999AA10123456784, shipped 3/2.", "en", S, "2027-03-05T10:00", "America/Chicago"),
    ("We're a 24/7 operation, so no holidays for us 😅", "en", C, "2027-01-12T10:00", "America/Denver"),
    ("Mi horario es de 9 a 5, de lunes a jueves.", "es", C, "2027-03-01T10:00", "America/Bogota"),
    ("Q1 results come out April 15.", "en", C, "2027-03-25T10:00", "America/New_York"),
    ("La reunión del lunes se pasó al martes.", "es", C, "2027-02-03T10:00", "America/Mexico_City"),
    ("We're migrating to Okta sometime in May.", "en", C, "2027-04-06T10:00", "Europe/London"),
    ("Los días 5 y 6 hubo caídas intermitentes.", "es", C, "2027-04-09T10:00", "America/Santiago"),
    ("Hope you had a great Easter!", "en", S, "2027-03-30T10:00", "Europe/Dublin"),
    ("Monday's call is cancelled, sorry.", "en", C, "2027-02-10T10:00", "America/Toronto"),
    ("¿Cuándo vence mi licencia? Creo que el 15.", "es", C, "2027-04-01T10:00", "America/Lima"),
    ("I'll be honest, I forgot about the March deadline.", "en", C, "2027-04-02T10:00", "America/Chicago"),
    ("el equipo de Chile trabaja con otro horario, una hora más", "es", C, "2027-01-20T10:00", "America/Santiago"),
    ("Our SLA is 4 business hours.", "en", S, "2027-02-15T10:00", "America/New_York"),
    ("Happy new year!! 🥂 2027 here we go", "en", C, "2027-01-01T10:00", "America/Los_Angeles"),
    ("Se me pasó la fecha del 10, perdón.", "es", C, "2027-03-12T10:00", "America/Argentina/Buenos_Aires"),
    ("Just got back from vacation, catching up now.", "en", C, "2027-01-04T10:00", "America/Chicago"),
    ("Desde el lunes estamos con problemas de login.", "es", C, "2027-02-11T10:00", "Europe/Madrid"),
    ("The outage window is 2–4am UTC every Sunday.", "en", S, "2027-03-03T10:00", "Europe/London"),
    ("Ya volví de las vacaciones, ¿en qué quedamos?", "es", C, "2027-01-11T10:00", "America/Mexico_City"),
    ("The invoice dated 12/30/2026 is still unpaid.", "en", S, "2027-01-20T10:00", "America/New_York"),
]:
    line("distractor", text, lang, role, now, tz)

save("fresh-2026-12-03-P-own.jsonl")
