# ruff: noqa: E501
"""Builds fresh-2026-12-03-U-own.jsonl: a thirteenth probe set of the 2026-12-03 round, written after the T-own fixes
and scored before any further change: a last mixed batch in the proportions of the blind batches, written quickly in
many voices without looking at any rule. Every label is computed with datetime."""

from datetime import datetime

from probe import CO, FRI, MON, SAT, THU, TUE, C, P, S, at, in_zone, line, named, save

line(
    "window",
    "Heads up — I'm taking next week off to move house. Back on the 19th.",
    "en",
    C,
    "2027-04-07T10:00",
    "America/Chicago",
    away=(named(2027, 4, 12, MON), named(2027, 4, 19), P),
)
line(
    "window",
    "No estaré disponible el jueves ni el viernes por un tema personal; el lunes sigo.",
    "es",
    C,
    "2027-02-15T10:00",
    "America/Bogota",
    away=(named(2027, 2, 18, THU), named(2027, 2, 22, MON), P),
)
line(
    "window",
    "Out Monday for a funeral, back Tuesday.",
    "en",
    C,
    "2027-03-11T10:00",
    "America/New_York",
    away=(named(2027, 3, 15, MON), named(2027, 3, 16, TUE), P),
)
line(
    "window",
    "Les informo que nuestras oficinas no abrirán el 1 de mayo por el Día del Trabajo.",
    "es",
    C,
    "2027-04-26T10:00",
    "America/Mexico_City",
    away=(named(2027, 5, 1), named(2027, 5, 2), CO),
)
line(
    "window",
    "OOO on Friday the 12th — back Monday.",
    "en",
    C,
    "2027-03-08T10:00",
    "Europe/London",
    away=(named(2027, 3, 12, FRI), named(2027, 3, 15, MON), P),
)
line(
    "window",
    "A partir del lunes 8 y por dos semanas estaré en la planta de Monterrey sin acceso al sistema.",
    "es",
    C,
    "2027-03-02T10:00",
    "America/Mexico_City",
    away=(named(2027, 3, 8, MON), named(2027, 3, 22, MON), P),
)
line(
    "window",
    "I'll be on a plane most of tomorrow, reachable again Thursday morning.",
    "en",
    C,
    "2027-01-26T10:00",
    "America/Denver",
    away=(named(2027, 1, 27), named(2027, 1, 28, THU), P),
)
line(
    "window",
    "Mañana me tomo el día, nos vemos el jueves.",
    "es",
    C,
    "2027-04-13T10:00",
    "Europe/Madrid",
    away=(named(2027, 4, 14), named(2027, 4, 15, THU), P),
)
line(
    "window",
    "We're closed Dec 24-26 and Dec 31-Jan 1.",
    "en",
    C,
    "2026-12-10T10:00",
    "America/Toronto",
    away=(named(2026, 12, 24), named(2026, 12, 27), CO),
)
line(
    "window",
    "Hoy salgo temprano y mañana no vengo, el viernes estoy de vuelta.",
    "es",
    C,
    "2027-02-10T10:00",
    "America/Lima",
    away=(named(2027, 2, 11), named(2027, 2, 12, FRI), P),
)
line(
    "window",
    "On parental leave from March 1 for 12 weeks.",
    "en",
    C,
    "2027-02-18T10:00",
    "America/Los_Angeles",
    away=(named(2027, 3, 1), named(2027, 5, 24), P),
)
line(
    "window",
    "Me voy a Cancún del sábado al miércoles 🌴",
    "es",
    C,
    "2027-01-20T10:00",
    "America/Mexico_City",
    away=(named(2027, 1, 23, SAT), named(2027, 1, 28), P),
)

line(
    "promise",
    "Got it — I'll have the updated SOW to you by EOD Thursday.",
    "en",
    S,
    "2027-03-02T10:00",
    "America/Chicago",
    due=at(named(2027, 3, 4, THU), 17),
)
line(
    "promise",
    "Te paso los datos el martes por la mañana.",
    "es",
    S,
    "2027-04-08T10:00",
    "America/Bogota",
    due=at(named(2027, 4, 13, TUE), 12),
)
line(
    "promise",
    "We'll have someone call you back within the hour.",
    "en",
    S,
    "2027-02-22T10:20",
    "America/New_York",
    due=datetime(2027, 2, 22, 11, 20),
)
line(
    "promise",
    "Antes del 15 tenés la factura corregida.",
    "es",
    S,
    "2027-03-03T10:00",
    "America/Argentina/Buenos_Aires",
    due=at(named(2027, 3, 15), 17),
)
line(
    "promise",
    "I'll loop back Monday with numbers.",
    "en",
    S,
    "2027-01-13T10:00",
    "Europe/London",
    due=at(named(2027, 1, 18, MON), 17),
)
line(
    "promise",
    "Esta tarde, como mucho a las 6, le envío el presupuesto.",
    "es",
    S,
    "2027-02-24T10:00",
    "Europe/Madrid",
    due=at(named(2027, 2, 24), 18),
)
line(
    "promise",
    "Fix should be live by 9am tomorrow Sydney time.",
    "en",
    S,
    "2027-03-09T10:00",
    "America/New_York",
    due=in_zone(named(2027, 3, 10), 9, 0, "Australia/Sydney", "America/New_York"),
)
line(
    "promise",
    "Les confirmo la fecha de la capacitación el lunes 12.",
    "es",
    S,
    "2027-04-06T10:00",
    "America/Santiago",
    due=at(named(2027, 4, 12, MON), 17),
)

for text, lang, now, tz in [
    ("Please stop the reminder emails — I'm aware and it's in hand.", "en", "2027-02-02T10:00", "America/Chicago"),
    ("No me manden más correos de recordatorio, gracias.", "es", "2027-03-16T10:00", "America/Lima"),
    (
        "Can we hold off on the follow-ups for a couple of weeks? I'll ping you.",
        "en",
        "2027-04-05T10:00",
        "Europe/Dublin",
    ),
]:
    line("optout", text, lang, C, now, tz, opt=True)

for text, lang, role, now, tz in [
    ("The outage yesterday from 2 to 3pm affected only EU customers.", "en", S, "2027-01-28T10:00", "Europe/London"),
    ("Nuestro año fiscal empieza el 1 de abril.", "es", C, "2027-02-09T10:00", "America/Mexico_City"),
    ("Thanks, talk soon!", "en", C, "2027-03-05T10:00", "America/Chicago"),
    ("Se venció la tarjeta el 28 de febrero y por eso falló el cobro.", "es", C, "2027-03-03T10:00", "America/Bogota"),
    ("Who's on call this weekend on your side?", "en", C, "2027-02-11T10:00", "America/New_York"),
    ("El martes 16 hubo lluvia y se cortó la luz en la planta.", "es", C, "2027-03-18T10:00", "America/Santiago"),
    ("Our payroll runs on the 25th of each month.", "en", C, "2027-01-20T10:00", "America/Toronto"),
    ("¿El soporte atiende los domingos?", "es", C, "2027-04-01T10:00", "Europe/Madrid"),
    ("I was on leave in March, so I missed that thread.", "en", C, "2027-04-12T10:00", "America/Denver"),
    ("La auditoría fue del 3 al 7 de marzo y salió bien.", "es", C, "2027-03-15T10:00", "America/Lima"),
    ("Please note the price increase takes effect on June 1.", "en", S, "2027-04-20T10:00", "America/Chicago"),
    ("Buen fin de semana a todos! 🙌", "es", C, "2027-02-12T10:00", "America/Argentina/Buenos_Aires"),
]:
    line("distractor", text, lang, role, now, tz)

save("fresh-2026-12-03-U-own.jsonl")
