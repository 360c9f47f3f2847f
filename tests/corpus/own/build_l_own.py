# ruff: noqa: E501
"""Builds fresh-2026-12-03-L-own.jsonl: a fourth probe set of the 2026-12-03 round, written after the K-own fixes
and scored before any further change. Not aimed at known misses: a mixed batch in the proportions of the blind
batches (windows, promises, opt-outs, distractors), in many voices. Every label is computed with datetime."""

from datetime import datetime

from probe import CO, FRI, MON, THU, WED, C, P, S, at, in_zone, line, named, save

line(
    "window",
    "Hola equipo, les cuento que desde el 22 de diciembre hasta el 2 de enero la oficina de Bogotá estará cerrada. Retomamos el lunes 4.",
    "es",
    C,
    "2026-12-14T10:00",
    "America/Bogota",
    away=(named(2026, 12, 22), named(2027, 1, 4, MON), CO),
)
line(
    "window",
    "Gone fishing 🎣 till the 3rd, no laptop",
    "en",
    C,
    "2027-04-27T10:00",
    "America/Denver",
    away=(None, named(2027, 5, 3), P),
)
line(
    "window",
    "I'm taking Friday off.",
    "en",
    C,
    "2027-02-02T10:00",
    "America/Chicago",
    away=(named(2027, 2, 5, FRI), named(2027, 2, 6), P),
)
line(
    "window",
    "No voy a estar disponible la primera semana de marzo.",
    "es",
    C,
    "2027-02-15T10:00",
    "America/Mexico_City",
    away=(named(2027, 3, 1, MON), named(2027, 3, 8, MON), P),
)
line(
    "window",
    "OOO Dec 23 – Jan 3, back on the 4th",
    "en",
    C,
    "2026-12-10T10:00",
    "America/New_York",
    away=(named(2026, 12, 23), named(2027, 1, 4), P),
)
line(
    "window",
    "Nos vamos de inventario el lunes 12 y martes 13, el miércoles volvemos a atender.",
    "es",
    C,
    "2027-04-07T10:00",
    "America/Lima",
    away=(named(2027, 4, 12, MON), named(2027, 4, 14, WED), CO),
)
line(
    "window",
    "I'm at the dentist this afternoon, back online tomorrow morning.",
    "en",
    C,
    "2027-01-19T10:00",
    "Europe/London",
    away=(None, named(2027, 1, 20), P),
)
line(
    "window",
    "Semana que viene estoy de vacas 🏖️",
    "es",
    C,
    "2027-01-13T10:00",
    "America/Argentina/Buenos_Aires",
    away=(named(2027, 1, 18, MON), named(2027, 1, 25, MON), P),
)
line(
    "window",
    "The office will be closed on Presidents' Day.",
    "en",
    C,
    "2027-02-08T10:00",
    "America/New_York",
    away=(named(2027, 2, 15, MON), named(2027, 2, 16), CO),
)
line(
    "window",
    "Mañana es feriado acá, así que no vamos a estar; el viernes seguimos.",
    "es",
    C,
    "2027-03-31T10:00",
    "America/Argentina/Buenos_Aires",
    away=(named(2027, 4, 1, THU), named(2027, 4, 2, FRI), CO),
)
line(
    "window",
    "Annual leave from 19 April, returning 3 May.",
    "en",
    C,
    "2027-04-06T10:00",
    "Europe/London",
    away=(named(2027, 4, 19), named(2027, 5, 3), P),
)
line(
    "window",
    "Hi! I'll be offline Wed-Fri this week for a family wedding 💍",
    "en",
    C,
    "2027-03-08T10:00",
    "America/Toronto",
    away=(named(2027, 3, 10, WED), named(2027, 3, 13), P),
)
line(
    "window",
    "De baja por maternidad; me reincorporo el 1 de septiembre.",
    "es",
    C,
    "2027-05-10T10:00",
    "Europe/Madrid",
    away=(None, named(2027, 9, 1), P),
)
line(
    "window",
    "Heads up team: site visit at the client's plant all day Thursday.",
    "en",
    C,
    "2027-01-25T10:00",
    "America/Chicago",
    away=(named(2027, 1, 28, THU), named(2027, 1, 29), P),
)
line(
    "window",
    "estoy fuera por un tema familiar, vuelvo pasado mañana",
    "es",
    C,
    "2027-02-10T10:00",
    "America/Santiago",
    away=(None, named(2027, 2, 12), P),
)
line(
    "window",
    "Out tomorrow for a medical appointment.",
    "en",
    C,
    "2027-03-15T10:00",
    "America/New_York",
    away=(named(2027, 3, 16), named(2027, 3, 17), P),
)
line(
    "window",
    "La semana del 8 al 12 de febrero estoy de viaje por Europa.",
    "es",
    C,
    "2027-01-28T10:00",
    "America/Mexico_City",
    away=(named(2027, 2, 8), named(2027, 2, 13), P),
)
line(
    "window",
    "Hasta el lunes no hay nadie en la oficina.",
    "es",
    C,
    "2027-04-01T10:00",
    "Europe/Madrid",
    away=(None, named(2027, 4, 5, MON), CO),
)
line(
    "window",
    "I'm on jury duty Monday and Tuesday, back Wednesday.",
    "en",
    C,
    "2027-02-04T10:00",
    "America/Los_Angeles",
    away=(named(2027, 2, 8, MON), named(2027, 2, 10, WED), P),
)
line(
    "window",
    "I'm out until after MLK Day.",
    "en",
    C,
    "2027-01-11T10:00",
    "America/New_York",
    away=(None, named(2027, 1, 19), P),
)
line(
    "window",
    "ya estamos de vuelta el 7 de enero, ¡felices fiestas!",
    "es",
    C,
    "2026-12-22T10:00",
    "Europe/Madrid",
    away=(None, named(2027, 1, 7), CO),
)
line(
    "window",
    "Vacation Apr 26 - 30. Reachable by phone for emergencies.",
    "en",
    C,
    "2027-04-15T10:00",
    "America/Denver",
    away=(named(2027, 4, 26), named(2027, 5, 1), P),
)

line(
    "promise",
    "Let me check with billing and I'll get back to you by Thursday.",
    "en",
    S,
    "2027-02-08T10:00",
    "America/New_York",
    due=at(named(2027, 2, 11, THU), 17),
)
line(
    "promise",
    "Lo reviso y te digo algo mañana temprano.",
    "es",
    S,
    "2027-03-02T16:00",
    "America/Bogota",
    due=at(named(2027, 3, 3), 9),
)
line(
    "promise",
    "I'll have the refund processed within 5 business days.",
    "en",
    S,
    "2027-01-11T10:00",
    "Europe/London",
    due=at(named(2027, 1, 18, MON), 17),
)
line(
    "promise",
    "Dame hasta el viernes y te lo dejo funcionando.",
    "es",
    S,
    "2027-04-13T10:00",
    "Europe/Madrid",
    due=at(named(2027, 4, 16, FRI), 17),
)
line(
    "promise",
    "We'll send the updated quote first thing Monday.",
    "en",
    S,
    "2027-01-14T10:00",
    "America/Toronto",
    due=at(named(2027, 1, 18, MON), 9),
)
line(
    "promise",
    "Te mando el acta hoy antes de las 6.",
    "es",
    S,
    "2027-02-16T11:00",
    "America/Lima",
    due=at(named(2027, 2, 16), 18),
)
line(
    "promise",
    "Expect an update from engineering by end of day Friday (Pacific).",
    "en",
    S,
    "2027-03-08T10:00",
    "America/New_York",
    due=in_zone(named(2027, 3, 12, FRI), 17, 0, "America/Los_Angeles", "America/New_York"),
)
line(
    "promise",
    "Mañana a las 10:30 hora peninsular os paso el informe.",
    "es",
    S,
    "2027-02-22T10:00",
    "Atlantic/Canary",
    due=in_zone(named(2027, 2, 23), 10, 30, "Europe/Madrid", "Atlantic/Canary"),
)
line(
    "promise",
    "I'll circle back on this next week.",
    "en",
    S,
    "2027-01-20T10:00",
    "America/Chicago",
    due=at(named(2027, 1, 29, FRI), 17),
)
line(
    "promise",
    "Queda resuelto para el 15 a más tardar.",
    "es",
    S,
    "2027-03-02T10:00",
    "America/Argentina/Buenos_Aires",
    due=at(named(2027, 3, 15), 17),
)
line(
    "promise",
    "Patch ETA: tomorrow 2pm GMT",
    "en",
    S,
    "2027-01-26T10:00",
    "Europe/Madrid",
    due=in_zone(named(2027, 1, 27), 14, 0, "UTC", "Europe/Madrid"),
)
line(
    "promise",
    "You'll hear back from us before the end of the month.",
    "en",
    S,
    "2027-04-12T10:00",
    "America/Chicago",
    due=at(named(2027, 4, 30), 17),
)
line(
    "promise",
    "Esta misma tarde te lo dejo listo.",
    "es",
    S,
    "2027-02-09T10:00",
    "America/Mexico_City",
    due=at(named(2027, 2, 9), 15),
)
line(
    "promise",
    "Will do — by noon tomorrow at the latest.",
    "en",
    S,
    "2027-03-18T16:00",
    "Europe/London",
    due=at(named(2027, 3, 19), 12),
)
line(
    "promise",
    "Le confirmamos el jueves 11 por la tarde.",
    "es",
    S,
    "2027-03-05T10:00",
    "America/Santiago",
    due=at(named(2027, 3, 11, THU), 15),
)
line(
    "promise",
    "I'll ping you in an hour with the results.",
    "en",
    S,
    "2027-02-23T10:20",
    "America/Denver",
    due=datetime(2027, 2, 23, 11, 20),
)

for text, lang, now, tz in [
    ("pls stop with the reminders, we know 🙃", "en", "2027-01-15T10:00", "America/New_York"),
    ("Ya está bien de avisos, cuando tengamos algo os decimos.", "es", "2027-02-17T10:00", "Europe/Madrid"),
    (
        "We'd appreciate it if you stopped following up on this until the audit is done.",
        "en",
        "2027-03-10T10:00",
        "Europe/London",
    ),
    ("Favor de no enviar más recordatorios sobre esta factura.", "es", "2027-04-05T10:00", "America/Mexico_City"),
    ("No more check-ins needed, we'll reach out if anything changes.", "en", "2027-01-27T10:00", "America/Chicago"),
    (
        "Dejá de mandarme mensajes por este tema, yo te escribo.",
        "es",
        "2027-02-25T10:00",
        "America/Argentina/Buenos_Aires",
    ),
]:
    line("optout", text, lang, C, now, tz, opt=True)

for text, lang, role, now, tz in [
    ("Thanks for yesterday's call at 3pm, super helpful.", "en", C, "2027-01-21T10:00", "America/New_York"),
    ("El contrato 2027-04 se firmó el 2 de marzo.", "es", C, "2027-03-09T10:00", "Europe/Madrid"),
    ("Feliz día del trabajador 🛠️", "es", C, "2027-05-01T10:00", "America/Mexico_City"),
    ("Our fiscal year ends March 31.", "en", C, "2027-02-10T10:00", "America/Chicago"),
    ("La versión 10.2 del 5/3 arregló el bug.", "es", C, "2027-03-12T10:00", "America/Bogota"),
    ("The API rate limit resets every day at midnight UTC.", "en", S, "2027-02-03T10:00", "Europe/London"),
    ("Hubo un corte de luz el martes a las 11 y se cayó todo.", "es", C, "2027-04-08T10:00", "America/Lima"),
    ("Last week's maintenance window ran from 10pm to 2am.", "en", S, "2027-01-18T10:00", "America/Denver"),
    ("¿Vieron el partido del domingo? 😅", "es", C, "2027-03-01T10:00", "America/Argentina/Buenos_Aires"),
    ("Our team in Lima is 2 hours behind Madrid.", "en", C, "2027-02-02T10:00", "Europe/Madrid"),
    ("I joined the company in January 2025.", "en", C, "2027-01-12T10:00", "America/Toronto"),
    ("Los precios cambian a partir del 1 de julio.", "es", S, "2027-05-04T10:00", "Europe/Madrid"),
    ("The report for Q4 2026 is attached.", "en", C, "2027-01-08T10:00", "America/New_York"),
    ("Mi jefe está de vacaciones, así que yo llevo el tema.", "es", C, "2027-02-16T10:00", "America/Santiago"),
    ("Reminder that the office Christmas party is on the 18th 🎄", "en", C, "2026-12-07T10:00", "America/Chicago"),
    ("Nos vemos en la feria de Barcelona el año que viene.", "es", C, "2027-03-22T10:00", "Europe/Madrid"),
]:
    line("distractor", text, lang, role, now, tz)

save("fresh-2026-12-03-L-own.jsonl")
