# ruff: noqa: E501
"""Builds fresh-2026-12-03-V-own.jsonl: a last probe set of the 2026-12-03 round, written after the U-own fixes and
scored before any further change: distractors aimed at the words the last rounds added (goes live, targeting, between,
lunchtime, queda, sigo, back-to-back, digest, mute, franco, receso, for two weeks, la que viene, leaving) and a few
statements. Every label is computed with datetime."""

from probe import MON, THU, C, P, S, at, line, named, save

for text, lang, role, now, tz in [
    ("The new dashboard went live on Monday and people love it.", "en", C, "2027-03-10T10:00", "America/New_York"),
    ("Are you targeting Q3 for the SSO feature?", "en", C, "2027-04-02T10:00", "Europe/London"),
    ("We usually have lunch between 12 and 1, so calls then are hard.", "en", C, "2027-02-15T10:00", "America/Chicago"),
    ("¿Queda pendiente algo para el viernes?", "es", C, "2027-03-03T10:00", "Europe/Madrid"),
    ("Sigo con el mismo error desde el lunes.", "es", C, "2027-02-17T10:00", "America/Bogota"),
    ("I had back-to-back calls yesterday, sorry for the delay.", "en", C, "2027-01-20T10:00", "America/Denver"),
    ("Can you add my manager to the weekly digest?", "en", C, "2027-04-06T10:00", "America/Toronto"),
    ("How do I mute notifications on the mobile app?", "en", C, "2027-02-09T10:00", "America/Los_Angeles"),
    ("El franco de mi equipo es los viernes.", "es", C, "2027-03-09T10:00", "America/Argentina/Buenos_Aires"),
    ("El receso de invierno de los chicos es en julio.", "es", C, "2027-05-04T10:00", "America/Santiago"),
    ("We tested it for two weeks and it works fine.", "en", C, "2027-03-15T10:00", "America/Chicago"),
    ("La próxima versión sale la semana que viene, ¿verdad?", "es", C, "2027-02-22T10:00", "America/Mexico_City"),
    ("Our CTO is leaving the company at the end of the month.", "en", C, "2027-04-12T10:00", "America/New_York"),
    ("Quedamos el jueves a las 10 para la demo, ¿les va bien?", "es", S, "2027-03-01T10:00", "America/Lima"),
    ("The webinar goes live at 5pm CET on Thursday, register here.", "en", S, "2027-01-25T10:00", "Europe/Madrid"),
    ("Nos quedamos sin stock el martes, ya repusimos.", "es", C, "2027-02-18T10:00", "America/Bogota"),
    ("Last week I was out for a few days with the flu.", "en", C, "2027-03-22T10:00", "Europe/Dublin"),
    ("¿Hasta qué día puedo pedir la devolución?", "es", C, "2027-01-11T10:00", "Europe/Madrid"),
    ("Stop by our booth at the trade fair next week!", "en", S, "2027-04-07T10:00", "Europe/Berlin"),
    ("Pasado mañana es el cumpleaños de la empresa 🎉", "es", C, "2027-02-02T10:00", "America/Caracas"),
]:
    line("distractor", text, lang, role, now, tz)

line(
    "window",
    "Leaving for the airport tomorrow morning, back on the 14th.",
    "en",
    C,
    "2027-04-05T10:00",
    "America/Chicago",
    away=(named(2027, 4, 6), named(2027, 4, 14), P),
)
line(
    "window",
    "Esta semana y la otra estoy de licencia.",
    "es",
    C,
    "2027-03-02T10:00",
    "America/Argentina/Buenos_Aires",
    away=(None, named(2027, 3, 15, MON), P),
)
line(
    "window",
    "I'll be in workshops all day Thursday and Friday, reachable again Monday.",
    "en",
    C,
    "2027-02-01T10:00",
    "Europe/London",
    away=(named(2027, 2, 4, THU), named(2027, 2, 8, MON), P),
)
line(
    "promise",
    "The fix goes live tomorrow at 8am.",
    "en",
    S,
    "2027-03-16T10:00",
    "America/New_York",
    due=at(named(2027, 3, 17), 8),
)
line(
    "promise",
    "Queda resuelto antes del jueves, te lo aseguro.",
    "es",
    S,
    "2027-04-05T10:00",
    "America/Bogota",
    due=at(named(2027, 4, 8, THU), 17),
)
line(
    "optout",
    "Please mute the reminders on this thread, we'll get back to you.",
    "en",
    C,
    "2027-02-23T10:00",
    "America/Chicago",
    opt=True,
)

save("fresh-2026-12-03-V-own.jsonl")
