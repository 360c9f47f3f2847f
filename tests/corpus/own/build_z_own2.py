# ruff: noqa: E501
"""Builds fresh-2026-12-03-Z-own2.jsonl: a second probe set of the Z1/Z2 round, NOT aimed at known misses — a mixed
batch in the blind batches' proportions (12 windows, 6 promises, 3 opt-outs, 10 distractors) in new voices, written
after the Z-own fixes and scored before any further change. Every label is computed with datetime."""

from datetime import timedelta

from probe import CO, FRI, MON, THU, TUE, WED, C, P, S, at, line, named, save

D = timedelta(days=1)
Y = 2027

F = "window"
line(
    F,
    "Heads-up: I'm taking Thursday and Friday off for my sister's graduation, back Monday the 7th.",
    "en",
    C,
    "2027-06-01T10:00",
    "America/New_York",
    away=(named(Y, 6, 3, THU), named(Y, 6, 7, MON), P),
)
line(
    F,
    "Les aviso que del 12 al 16 de julio estaré en una capacitación en Guadalajara, vuelvo el lunes 19.",
    "es",
    C,
    "2027-07-05T10:00",
    "America/Mexico_City",
    away=(named(Y, 7, 12, MON), named(Y, 7, 19, MON), P),
)
line(
    F,
    "Os cuento que del 13 al 16 de agosto cerramos la oficina, el martes 17 volvemos.",
    "es",
    C,
    "2027-08-02T10:00",
    "Europe/Madrid",
    away=(named(Y, 8, 13, FRI), named(Y, 8, 17, TUE), CO),
)
line(
    F,
    "Our Sydney branch will be shut on Monday 4 October for Labour Day; normal service Tuesday.",
    "en",
    C,
    "2027-09-28T10:00",
    "Australia/Sydney",
    away=(named(Y, 10, 4, MON), named(Y, 10, 5, TUE), CO),
)
line(
    F,
    "out sick today, should be back tomorrow",
    "en",
    C,
    "2027-06-09T10:00",
    "Europe/London",
    away=(named(Y, 6, 9, WED), named(Y, 6, 10, THU), P),
)
line(
    F,
    "Ando con covid, no me esperen hasta el lunes.",
    "es",
    C,
    "2027-06-09T10:00",
    "America/Bogota",
    away=(named(Y, 6, 9, WED), named(Y, 6, 14, MON), P),
)
line(
    F,
    "La semana del 20 de septiembre estoy de vacaciones.",
    "es",
    C,
    "2027-09-08T10:00",
    "America/Lima",
    away=(named(Y, 9, 20, MON), named(Y, 9, 27, MON), P),
)
line(
    F,
    "I'm away from Wednesday the 22nd through Friday the 24th (inclusive).",
    "en",
    C,
    "2027-09-15T10:00",
    "America/Chicago",
    away=(named(Y, 9, 22, WED), named(Y, 9, 25), P),
)
line(
    F,
    "Mañana y el viernes estoy en el juicio de un cliente, retomo el lunes.",
    "es",
    C,
    "2027-10-06T10:00",
    "America/Santiago",
    away=(named(Y, 10, 7, THU), named(Y, 10, 11, MON), P),
)
line(
    F,
    "The plant shuts for annual maintenance from 27 Dec and reopens on 3 Jan.",
    "en",
    C,
    "2027-12-13T10:00",
    "Europe/Dublin",
    away=(named(Y, 12, 27, MON), named(2028, 1, 3, MON), CO),
)
line(
    F,
    "Hola! Este viernes 15 no trabajamos por aniversario de la empresa, el lunes seguimos.",
    "es",
    C,
    "2027-10-11T10:00",
    "America/Santiago",
    away=(named(Y, 10, 15, FRI), named(Y, 10, 18, MON), CO),
)
line(
    F,
    "FYI I'll be at re:Invent in Vegas all next week, replies will be patchy.",
    "en",
    C,
    "2027-11-24T10:00",
    "America/Los_Angeles",
    away=(named(Y, 11, 29, MON), named(Y, 12, 6, MON), P),
)

F = "promise"
line(
    F,
    "I'll have the revised quote over to you by Thursday noon.",
    "en",
    S,
    "2027-06-01T10:00",
    "America/New_York",
    due=at(named(Y, 6, 3, THU), 12),
)
line(
    F,
    "Te mando el informe mañana a primera hora.",
    "es",
    S,
    "2027-06-09T10:00",
    "Europe/Madrid",
    due=at(named(Y, 6, 10, THU), 9),
)
line(
    F,
    "Le confirmamos la fecha de instalación a más tardar el viernes.",
    "es",
    S,
    "2027-06-09T10:00",
    "America/Lima",
    due=at(named(Y, 6, 11, FRI), 17),
)
line(
    F,
    "We'll push the fix in the next 3 hours.",
    "en",
    S,
    "2027-06-09T10:00",
    "America/Denver",
    due=at(named(Y, 6, 9, WED), 13),
)
line(
    F,
    "Queda listo para el lunes sin falta.",
    "es",
    S,
    "2027-06-09T10:00",
    "America/Bogota",
    due=at(named(Y, 6, 14, MON), 17),
)
line(
    F,
    "You'll get the credentials by end of day.",
    "en",
    S,
    "2027-06-09T10:00",
    "Europe/London",
    due=at(named(Y, 6, 9, WED), 17),
)

F = "opt-out"
line(
    F,
    "No need to keep checking in on this one, we'll shout when we're ready.",
    "en",
    C,
    "2027-06-09T10:00",
    "America/Toronto",
    opt=True,
)
line(
    F,
    "Porfa no me sigan mandando recordatorios, yo les aviso.",
    "es",
    C,
    "2027-06-09T10:00",
    "America/Argentina/Buenos_Aires",
    opt=True,
)
line(
    F,
    "Les agradecería que suspendan los correos de seguimiento por ahora.",
    "es",
    C,
    "2027-06-09T10:00",
    "America/Bogota",
    opt=True,
)

F = "distractor"
for text, lang, role, now, tz in [
    ("Our fiscal year ends June 30.", "en", C, "2027-06-09T10:00", "America/Chicago"),
    (
        "El feriado del lunes lo tomamos como día normal, seguimos atendiendo.",
        "es",
        C,
        "2027-10-08T10:00",
        "America/Santiago",
    ),
    (
        "Mark from procurement is off until the 20th, so expect delays on POs.",
        "en",
        C,
        "2027-09-08T10:00",
        "America/New_York",
    ),
    ("¿Van a estar cerrados el 8 de diciembre?", "es", C, "2027-12-01T10:00", "America/Argentina/Buenos_Aires"),
    (
        "We had a power cut on Monday and the office was closed for the day.",
        "en",
        C,
        "2027-06-09T10:00",
        "Europe/London",
    ),
    ("Si me da covid otra vez, les aviso y me ausento unos días.", "es", C, "2027-06-09T10:00", "America/Lima"),
    (
        "Our CEO will be at the summit in Davos next week, please route approvals to me.",
        "en",
        C,
        "2027-01-13T10:00",
        "Europe/Zurich",
    ),
    ("La promo de Navidad va del 1 al 24 de diciembre.", "es", C, "2027-11-20T10:00", "America/Mexico_City"),
    ("Can you send me the report by Friday?", "en", C, "2027-06-09T10:00", "America/Denver"),
    (
        "Mi vuelo sale el jueves a las 10, pero trabajo desde el aeropuerto igual.",
        "es",
        C,
        "2027-06-09T10:00",
        "Europe/Madrid",
    ),
]:
    line(F, text, lang, role, now, tz)

save("fresh-2026-12-03-Z-own2.jsonl")
