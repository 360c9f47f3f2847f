# ruff: noqa: E501
"""Builds fresh-2026-12-03-T-own.jsonl: a twelfth probe set of the 2026-12-03 round, written after the S-own fixes and
scored before any further change. Spanglish, arrows and emoji between dates, resumes with a clock, weeks relative to a
holiday, "no need to chase" in many forms, and facts of trials, sales and releases as distractors. Every label is
computed with datetime."""

from probe import CO, FRI, MON, THU, TUE, WED, C, P, S, at, line, named, save

line(
    "window",
    "Estoy OOO hasta el lunes, cualquier cosa mi compañero Leo.",
    "es",
    C,
    "2027-03-03T10:00",
    "America/Mexico_City",
    away=(None, named(2027, 3, 8, MON), P),
)
line(
    "window",
    "I'm de vacaciones until Jan 7, back on the 8th!",
    "en",
    C,
    "2026-12-18T10:00",
    "America/Los_Angeles",
    away=(None, named(2027, 1, 8), P),
)
line(
    "window",
    "Vacation: Dec 20 → Jan 3",
    "en",
    C,
    "2026-12-09T10:00",
    "America/Chicago",
    away=(named(2026, 12, 20), named(2027, 1, 4), P),
)
line(
    "window",
    "🏖️ 26/12 al 2/1 🏖️ no estoy",
    "es",
    C,
    "2026-12-14T10:00",
    "Europe/Madrid",
    away=(named(2026, 12, 26), named(2027, 1, 3), P),
)
line(
    "window",
    "Off today and tomorrow, back online Monday 9am.",
    "en",
    C,
    "2027-02-11T10:00",
    "America/New_York",
    away=(None, named(2027, 2, 15, MON), P),
)
line(
    "window",
    "I'm away the week after Easter, back the following Monday.",
    "en",
    C,
    "2027-03-15T10:00",
    "Europe/London",
    away=(named(2027, 3, 29, MON), named(2027, 4, 5, MON), P),
)
line(
    "window",
    "La semana después de Reyes me voy de viaje, vuelvo el 18.",
    "es",
    C,
    "2026-12-28T10:00",
    "Europe/Madrid",
    away=(named(2027, 1, 11, MON), named(2027, 1, 18), P),
)
line(
    "window",
    "Back in the office Tuesday after the long weekend.",
    "en",
    C,
    "2027-05-27T10:00",
    "America/New_York",
    away=(None, named(2027, 6, 1, TUE), P),
)
line(
    "window",
    "Regreso el primero de marzo.",
    "es",
    C,
    "2027-02-17T10:00",
    "America/Bogota",
    away=(None, named(2027, 3, 1), P),
)
line(
    "window",
    "Estaré fuera hasta el treinta.",
    "es",
    C,
    "2027-04-12T10:00",
    "America/Lima",
    away=(None, named(2027, 4, 30), P),
)
line(
    "window",
    "gone till wed, kid's sick 🤒",
    "en",
    C,
    "2027-01-25T10:00",
    "America/Denver",
    away=(None, named(2027, 1, 27, WED), P),
)
line(
    "window",
    "Out the 4th through the 8th, inclusive.",
    "en",
    C,
    "2027-05-01T10:00",
    "America/Chicago",
    away=(named(2027, 5, 4), named(2027, 5, 9), P),
)
line(
    "window",
    "Se nos viene el cierre de año, así que estaremos cerrados del 31 al 3.",
    "es",
    C,
    "2026-12-20T10:00",
    "America/Santiago",
    away=(named(2026, 12, 31), named(2027, 1, 4), CO),
)
line(
    "window",
    "tomorrow I'm at the dentist in the morning and off the rest of the day",
    "en",
    C,
    "2027-03-16T10:00",
    "Europe/Dublin",
    away=(named(2027, 3, 17), named(2027, 3, 18), P),
)
line(
    "window",
    "Me voy de vacaciones pasado mañana y vuelvo en diez días.",
    "es",
    C,
    "2027-02-08T10:00",
    "America/Argentina/Buenos_Aires",
    away=(named(2027, 2, 10), named(2027, 2, 18), P),
)
line(
    "window",
    "I'm OOO for the next 3 days.",
    "en",
    C,
    "2027-04-05T10:00",
    "America/Toronto",
    away=(None, named(2027, 4, 8), P),
)

line(
    "promise",
    "I'll try my best, but you'll have it by Tuesday for sure.",
    "en",
    S,
    "2027-02-03T10:00",
    "America/Chicago",
    due=at(named(2027, 2, 9, TUE), 17),
)
line(
    "promise",
    "Mañana a las 9 en punto te confirmo.",
    "es",
    S,
    "2027-03-22T18:00",
    "Europe/Madrid",
    due=at(named(2027, 3, 23), 9),
)
line(
    "promise",
    "ETA is Thursday 11am your time (CET).",
    "en",
    S,
    "2027-01-26T10:00",
    "Europe/Madrid",
    due=at(named(2027, 1, 28, THU), 11),
)
line(
    "promise",
    "Te lo mando hoy sí o sí antes de irme, tipo 6.",
    "es",
    S,
    "2027-02-16T10:00",
    "America/Bogota",
    due=at(named(2027, 2, 16), 18),
)
line(
    "promise",
    "We'll post an update here every day, and the full fix lands Friday.",
    "en",
    S,
    "2027-04-12T10:00",
    "America/New_York",
    due=at(named(2027, 4, 16, FRI), 17),
)
line(
    "promise",
    "Le confirmo por este medio el martes 20 antes de las 14 h.",
    "es",
    S,
    "2027-04-13T10:00",
    "America/Mexico_City",
    due=at(named(2027, 4, 20, TUE), 14),
)
line(
    "promise",
    "Give me till Monday and I'll have a proper answer.",
    "en",
    S,
    "2027-03-04T10:00",
    "Europe/London",
    due=at(named(2027, 3, 8, MON), 17),
)
line(
    "promise",
    "Lo tenés para el 5 de abril, te lo aseguro.",
    "es",
    S,
    "2027-03-24T10:00",
    "America/Argentina/Buenos_Aires",
    due=at(named(2027, 4, 5), 17),
)
line(
    "promise",
    "I'll send the revised invoice first thing Wednesday.",
    "en",
    S,
    "2027-02-22T10:00",
    "America/Los_Angeles",
    due=at(named(2027, 2, 24, WED), 9),
)
line(
    "promise",
    "Para el viernes a las 5 de la tarde queda todo cargado.",
    "es",
    S,
    "2027-01-18T10:00",
    "America/Lima",
    due=at(named(2027, 1, 22, FRI), 17),
)

for text, lang, now, tz in [
    ("Don't bother following up, we'll get back to you.", "en", "2027-03-11T10:00", "America/Chicago"),
    ("No hace falta el seguimiento, nosotros les avisamos.", "es", "2027-02-15T10:00", "America/Bogota"),
    ("No es necesario que me recuerden nada, ya está agendado.", "es", "2027-01-27T10:00", "Europe/Madrid"),
    ("I'll reach out — no need to chase.", "en", "2027-04-06T10:00", "America/Denver"),
]:
    line("optout", text, lang, C, now, tz, opt=True)

for text, lang, role, now, tz in [
    ("Can't wait for the holidays! 🎄", "en", C, "2026-12-10T10:00", "America/Chicago"),
    ("¿Cuándo vuelve Marta de sus vacaciones?", "es", C, "2027-02-03T10:00", "Europe/Madrid"),
    ("Out of curiosity, when is your office closed for Christmas?", "en", C, "2026-12-01T10:00", "Europe/London"),
    ("Our next release is planned for the 15th.", "en", C, "2027-03-02T10:00", "America/New_York"),
    ("Your trial ends on Friday.", "en", S, "2027-02-08T10:00", "America/Chicago"),
    ("La promo termina el lunes.", "es", S, "2027-03-10T10:00", "America/Mexico_City"),
    ("We shipped v4 on Tuesday and it's been smooth.", "en", C, "2027-04-15T10:00", "America/Los_Angeles"),
    ("El curso empieza el 3 de mayo y dura dos semanas.", "es", C, "2027-04-20T10:00", "America/Lima"),
    ("My manager is back tomorrow, I'll ask her.", "en", C, "2027-01-19T10:00", "America/Toronto"),
    (
        "Estuvimos cerrados por inventario del 2 al 4, perdón la demora.",
        "es",
        C,
        "2027-01-07T10:00",
        "America/Santiago",
    ),
    ("What time does your support close on Friday?", "en", C, "2027-03-24T10:00", "America/Denver"),
    (
        "El feriado del lunes nos agarró con el tema abierto.",
        "es",
        C,
        "2027-03-24T10:00",
        "America/Argentina/Buenos_Aires",
    ),
    ("Happy holidays from all of us! 🎁", "en", S, "2026-12-22T10:00", "America/New_York"),
    ("El cliente viaja el 10 y necesita el informe antes.", "es", C, "2027-03-01T10:00", "Europe/Madrid"),
]:
    line("distractor", text, lang, role, now, tz)

save("fresh-2026-12-03-T-own.jsonl")
