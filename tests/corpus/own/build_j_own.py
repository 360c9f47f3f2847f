# ruff: noqa: E501
"""Builds fresh-2026-12-03-J-own.jsonl: the second probe set of the 2026-12-03 round, written after the I-own fixes
and scored before any further change. Longer, more realistic messages than I-own (several sentences, facts beside
statements, abbreviations, a company's sites, opt-outs beside windows); every label is computed with datetime."""

from probe import CO, FRI, MON, THU, TUE, WED, C, P, S, at, in_zone, line, named, save

# windows in realistic messages
line(
    "window",
    "Hi all — heads up, I'll be at the RSA conference in San Francisco Monday through Thursday next week, so replies will be slow. Back in the office Friday.",
    "en",
    C,
    "2027-04-14T10:00",
    "America/Los_Angeles",
    away=(named(2027, 4, 19, MON), named(2027, 4, 23, FRI), P),
)
line(
    "window",
    "Buenas, les aviso que nuestra planta de Querétaro para por mantenimiento del lunes 8 al miércoles 10 de marzo, ambos días incluidos. Retomamos operaciones el jueves.",
    "es",
    C,
    "2027-03-03T09:00",
    "America/Mexico_City",
    away=(named(2027, 3, 8, MON), named(2027, 3, 11, THU), CO),
)
line(
    "window",
    "I'm on paternity leave from tomorrow until February 1st; my colleague Sam will cover.",
    "en",
    C,
    "2027-01-20T11:00",
    "Europe/London",
    away=(named(2027, 1, 21), named(2027, 2, 1), P),
)
line(
    "window",
    "estaré de baja por una operación desde el jueves; calculo volver el lunes 22",
    "es",
    C,
    "2027-02-15T12:00",
    "Europe/Madrid",
    away=(named(2027, 2, 18, THU), named(2027, 2, 22, MON), P),
)
line(
    "window",
    "ooo til wed (incl.) — family stuff",
    "en",
    C,
    "2027-03-01T08:00",
    "America/New_York",
    away=(None, named(2027, 3, 4), P),
)
line(
    "window",
    "Nuestras oficinas permanecerán cerradas el jueves y viernes santo; el lunes atendemos con normalidad.",
    "es",
    C,
    "2027-03-22T10:00",
    "America/Bogota",
    away=(named(2027, 3, 25, THU), named(2027, 3, 29, MON), CO),
)
line(
    "window",
    "Vacaciones del 2 al 6 de abril (ambos inclusive). A la vuelta lo vemos.",
    "es",
    C,
    "2027-03-25T10:00",
    "Europe/Madrid",
    away=(named(2027, 4, 2), named(2027, 4, 7), P),
)
line(
    "window",
    "I'm travelling for work the week of the 15th, back online the following Monday.",
    "en",
    C,
    "2027-03-03T10:00",
    "America/Chicago",
    away=(named(2027, 3, 15, MON), named(2027, 3, 22, MON), P),
)
line(
    "window",
    "A partir del 20 de diciembre y hasta el 7 de enero estaremos cerrados por vacaciones colectivas.",
    "es",
    C,
    "2026-12-10T10:00",
    "America/Santiago",
    away=(named(2026, 12, 20), named(2027, 1, 7), CO),
)
line(
    "window",
    "Out sick today 🤧 hopefully back tmrw",
    "en",
    C,
    "2027-01-12T08:00",
    "America/Denver",
    away=(None, named(2027, 1, 13), P),
)
line(
    "window",
    "Me voy al congreso de cardiología en Sevilla del miércoles al viernes, vuelvo a la ofi el lunes",
    "es",
    C,
    "2027-02-08T10:00",
    "Europe/Madrid",
    away=(named(2027, 2, 10, WED), named(2027, 2, 15, MON), P),
)
line(
    "window",
    "Our whole team is at the company offsite Thursday and Friday, so support will be limited until Monday.",
    "en",
    C,
    "2027-01-26T10:00",
    "America/Toronto",
    away=(named(2027, 1, 28, THU), named(2027, 2, 1, MON), CO),
)
line(
    "window",
    "estoy de permiso por mudanza hasta el miércoles inclusive",
    "es",
    C,
    "2027-04-05T10:00",
    "America/Lima",
    away=(None, named(2027, 4, 8), P),
)
line(
    "window",
    "No estaré disponible entre el 24 y el 28 de mayo.",
    "es",
    C,
    "2027-05-10T10:00",
    "America/Argentina/Buenos_Aires",
    away=(named(2027, 5, 24), named(2027, 5, 29), P),
)
line(
    "window",
    "I'll be off grid from the 3rd, returning on the 10th.",
    "en",
    C,
    "2027-04-26T10:00",
    "America/Bogota",
    away=(named(2027, 5, 3), named(2027, 5, 10), P),
)
line(
    "window",
    "From the 28th I'm on leave, back Monday the 4th.",
    "en",
    C,
    "2026-12-16T10:00",
    "Europe/London",
    away=(named(2026, 12, 28), named(2027, 1, 4, MON), P),
)
line(
    "window",
    "Mañana y el viernes estoy en una capacitación fuera de la oficina, el lunes ya estoy.",
    "es",
    C,
    "2027-02-03T10:00",
    "America/Bogota",
    away=(named(2027, 2, 4, THU), named(2027, 2, 8, MON), P),
)
line(
    "window",
    "Heads-up: the Lisbon office is shut for a local holiday on Thursday, normal service Friday.",
    "en",
    C,
    "2027-04-20T10:00",
    "Europe/Lisbon",
    away=(named(2027, 4, 22, THU), named(2027, 4, 23, FRI), CO),
)
line(
    "window",
    "estoy incapacitada hasta el 15, cualquier cosa con Laura",
    "es",
    C,
    "2027-03-08T10:00",
    "America/Bogota",
    away=(None, named(2027, 3, 15), P),
)
line(
    "window",
    "i'm OOO starting thurs through the following tues",
    "en",
    C,
    "2027-02-01T10:00",
    "America/New_York",
    away=(named(2027, 2, 4, THU), named(2027, 2, 10), P),
)

# opt-outs, some beside a window
line(
    "optout",
    "Estoy fuera hasta el 18. Por favor, absténganse de enviar recordatorios; retomaré el tema a mi regreso.",
    "es",
    C,
    "2027-01-11T10:00",
    "Europe/Madrid",
    away=(None, named(2027, 1, 18), P),
    opt=True,
)
line(
    "optout",
    "Please don't send any more reminder emails on REQ-552, we're waiting on our vendor and will update you ourselves.",
    "en",
    C,
    "2027-02-09T10:00",
    "America/Chicago",
    opt=True,
)
line(
    "optout",
    "Chicos, no hace falta que me escribáis cada día, os digo algo cuando lo tenga.",
    "es",
    C,
    "2027-03-02T10:00",
    "Europe/Madrid",
    opt=True,
)
line(
    "optout",
    "Could we pause the follow-ups for now? I'll circle back once I'm back from leave on the 9th.",
    "en",
    C,
    "2027-03-01T10:00",
    "America/New_York",
    away=(None, named(2027, 3, 9), P),
    opt=True,
)
line(
    "optout",
    "Les pido por favor que no nos sigan contactando por este tema hasta nuevo aviso.",
    "es",
    C,
    "2027-01-19T10:00",
    "America/Bogota",
    opt=True,
)
line(
    "optout", "no need for check-ins this week, I'll ping you", "en", C, "2027-02-16T10:00", "America/Denver", opt=True
)
line(
    "optout",
    "Te agradecería que no me mandaras más recordatorios, ya te contesto yo.",
    "es",
    C,
    "2027-04-13T10:00",
    "America/Santiago",
    opt=True,
)
line(
    "optout",
    "Stop the auto-reminders please — I'll reach out when the PO is approved.",
    "en",
    C,
    "2027-01-28T10:00",
    "Europe/London",
    opt=True,
)

# promises in realistic messages (staff)
line(
    "promise",
    "Thanks for your patience. Our engineers identified the root cause on Monday; the fix will be deployed Thursday at 6 pm CET.",
    "en",
    S,
    "2027-02-08T15:00",
    "America/New_York",
    due=in_zone(named(2027, 2, 11, THU), 18, 0, "Europe/Paris", "America/New_York"),
)
line(
    "promise",
    "Hola Pedro, el informe corregido lo tendrás a más tardar el viernes antes del mediodía.",
    "es",
    S,
    "2027-03-09T10:00",
    "Europe/Madrid",
    due=at(named(2027, 3, 12, FRI), 12),
)
line(
    "promise",
    "We're on it. You should have the new credentials within 48 hours.",
    "en",
    S,
    "2027-01-14T15:00",
    "Europe/London",
    due=at(named(2027, 1, 16), 15),
)
line(
    "promise",
    "Quedamos así: el martes 16 a primera hora te dejo subido el parche.",
    "es",
    S,
    "2027-03-10T10:00",
    "America/Mexico_City",
    due=at(named(2027, 3, 16, TUE), 9),
)
line(
    "promise",
    "Re: invoice from Dec 15 — a corrected copy is coming your way tomorrow morning.",
    "en",
    S,
    "2027-01-05T16:00",
    "America/Chicago",
    due=at(named(2027, 1, 6), 12),
)
line(
    "promise",
    "Te confirmo antes de las 13 h de mañana, hora de Buenos Aires.",
    "es",
    S,
    "2027-01-20T10:00",
    "America/Santiago",
    due=in_zone(named(2027, 1, 21), 13, 0, "America/Argentina/Buenos_Aires", "America/Santiago"),
)
line(
    "promise",
    "The migration is scheduled for Saturday night; I'll send the summary Monday by 10.",
    "en",
    S,
    "2027-02-03T10:00",
    "America/Toronto",
    due=at(named(2027, 2, 8, MON), 10),
)
line(
    "promise",
    "Lo revisamos con el equipo y el lunes que viene les damos una respuesta.",
    "es",
    S,
    "2027-04-07T10:00",
    "America/Lima",
    due=at(named(2027, 4, 12, MON), 17),
)
line(
    "promise",
    "ETA on the patch is end of next week.",
    "en",
    S,
    "2027-03-03T10:00",
    "America/Denver",
    due=at(named(2027, 3, 12, FRI), 17),
)
line(
    "promise",
    "Sorry for the delay — you'll get the refund confirmation by close of business on the 22nd.",
    "en",
    S,
    "2027-02-16T10:00",
    "America/New_York",
    due=at(named(2027, 2, 22), 17),
)
line(
    "promise",
    "Mañana sin falta, antes de las cinco de la tarde.",
    "es",
    S,
    "2027-04-19T10:00",
    "Europe/Madrid",
    due=at(named(2027, 4, 20), 17),
)
line(
    "promise",
    "I'll have an answer for you in a couple of days.",
    "en",
    S,
    "2027-01-18T10:00",
    "Europe/London",
    due=at(named(2027, 1, 20), 17),
)
line(
    "promise",
    "Cuenta con el presupuesto para el 3 de mayo.",
    "es",
    S,
    "2027-04-20T10:00",
    "America/Argentina/Buenos_Aires",
    due=at(named(2027, 5, 3), 17),
)
line(
    "promise",
    "Will get back to you by Wednesday 9am Pacific.",
    "en",
    S,
    "2027-01-25T10:00",
    "America/Chicago",
    due=in_zone(named(2027, 1, 27, WED), 9, 0, "America/Los_Angeles", "America/Chicago"),
)

# requests and questions: neither
for text, lang, role, now, tz in [
    ("Would you be able to share the HAR file by tomorrow noon?", "en", S, "2027-02-10T10:00", "America/New_York"),
    (
        "Necesitaríamos que nos confirmes antes del viernes si seguimos adelante.",
        "es",
        S,
        "2027-03-16T10:00",
        "Europe/Madrid",
    ),
    ("Do you guys work on Good Friday?", "en", C, "2027-03-15T10:00", "America/Chicago"),
    ("¿Hasta qué hora atienden el 24?", "es", C, "2026-12-18T10:00", "America/Bogota"),
    ("Let us know by the 10th if you'd like to renew.", "en", S, "2027-02-01T10:00", "Europe/London"),
    ("will you be closed on Monday for the holiday?", "en", C, "2027-01-13T10:00", "America/New_York"),
    ("¿Te viene bien que lo revisemos el jueves a las 11?", "es", S, "2027-04-12T10:00", "America/Mexico_City"),
]:
    line("question", text, lang, role, now, tz)

# distractors
for text, lang, role, now, tz in [
    (
        "We were closed last Friday for the holiday, sorry we missed your call.",
        "en",
        C,
        "2027-01-20T10:00",
        "America/New_York",
    ),
    ("El reporte del 1 al 15 de febrero ya está en la carpeta.", "es", C, "2027-02-20T10:00", "America/Lima"),
    ("Our Q2 planning meeting is on April 3 at 10am.", "en", C, "2027-03-20T10:00", "America/Chicago"),
    ("El parche 3.2.1 salió el lunes y anda bien.", "es", C, "2027-02-11T10:00", "America/Argentina/Buenos_Aires"),
    ("Back in January we had a similar outage.", "en", C, "2027-03-02T10:00", "Europe/London"),
    ("La Semana Santa pasada estuvimos cerrados.", "es", C, "2027-04-20T10:00", "America/Mexico_City"),
    ("Can't believe it's already March 🙃", "en", C, "2027-03-01T10:00", "America/Denver"),
    ("I'll be honest, the December release was rough.", "en", C, "2027-01-08T10:00", "America/Toronto"),
    ("Nuestro horario en Semana Santa será de 9 a 13 h.", "es", C, "2027-03-10T10:00", "Europe/Madrid"),
    ("The trade fair was a success, thanks for the support.", "en", C, "2027-03-09T10:00", "Europe/Berlin"),
    ("Happy Friday! 🎉", "en", C, "2027-02-12T10:00", "America/New_York"),
    ("el 24 de diciembre fue mi último día en la empresa anterior", "es", C, "2027-01-15T10:00", "America/Bogota"),
    ("Timestamps are in UTC, e.g. 2027-01-05 14:00.", "en", S, "2027-01-06T10:00", "Europe/London"),
    ("My manager's on parental leave, so I'm covering for her.", "en", C, "2027-02-02T10:00", "America/Chicago"),
    (
        "Reminder: the webinar on Thursday at 5 pm CET has been moved online.",
        "en",
        C,
        "2027-03-08T10:00",
        "Europe/Madrid",
    ),
]:
    line("distractor", text, lang, role, now, tz)

save("fresh-2026-12-03-J-own.jsonl")
