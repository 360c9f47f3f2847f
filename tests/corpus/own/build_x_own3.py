# ruff: noqa: E501
"""Builds fresh-2026-12-03-X-own3.jsonl: a last probe set of the X/Y round, written after the X-own2 fixes and scored
before any further change: 20 distractors aimed at the words this round added (reach out, shutdown, no abrimos,
named days that open a sentence, lengths, inventario, no estoy seguro, unreachable, semana de Carnaval, last year,
seguimiento, no hace falta que) and 6 statements. Every label is computed with datetime (and `holidays`)."""

import holidays
from probe import CO, MON, SAT, THU, C, P, S, at, line, named, save

for text, lang, role, now, tz in [
    ("Can you reach out to our finance team before the 15th?", "en", C, "2027-03-02T10:00", "America/New_York"),
    ("The shutdown on March 3 cost us a day of sales.", "en", C, "2027-03-09T10:00", "America/Chicago"),
    ("Our plant doesn't run on Sundays.", "en", C, "2027-04-05T10:00", "America/Detroit"),
    ("No abrimos los domingos, solo de lunes a sábado.", "es", C, "2027-05-11T10:00", "America/Mexico_City"),
    ("The Christmas party is on December 17 at the Hilton.", "en", C, "2027-11-29T10:00", "America/Toronto"),
    ("Cerramos el contrato el viernes pasado, ¡gracias!", "es", C, "2027-06-14T10:00", "Europe/Madrid"),
    ("¿Ustedes operan el 1 de mayo?", "es", C, "2027-04-20T10:00", "America/Bogota"),
    ("Memorial Day sale ends Monday — did you see it?", "en", C, "2027-05-25T10:00", "America/Los_Angeles"),
    ("El proyecto dura 14 semanas a partir de la firma.", "es", C, "2027-02-01T10:00", "America/Lima"),
    ("Tenemos inventario suficiente hasta el 20.", "es", C, "2027-09-06T10:00", "America/Santiago"),
    ("No estoy seguro de si el lunes 8 es feriado.", "es", C, "2027-11-02T10:00", "America/Argentina/Buenos_Aires"),
    ("Thanks for following up — the fix from the 3rd works.", "en", C, "2027-08-10T10:00", "Europe/London"),
    (
        "My manager will be unreachable next week, so approvals may be slow.",
        "en",
        C,
        "2027-07-07T10:00",
        "America/Chicago",
    ),
    ("La semana de Carnaval hay mucho tráfico en la web.", "es", C, "2027-01-25T10:00", "America/Montevideo"),
    (
        "Last year we were closed Dec 24 through Jan 2 and it worked well.",
        "en",
        C,
        "2027-10-12T10:00",
        "America/New_York",
    ),
    ("El curso de formación empieza el lunes 12, ¿se apuntan?", "es", C, "2027-04-05T10:00", "Europe/Madrid"),
    ("We reach out to every customer two weeks before renewal.", "en", S, "2027-03-16T10:00", "America/Denver"),
    ("Thanksgiving week is usually slow for us.", "en", C, "2027-10-20T10:00", "America/Chicago"),
    ("Le hicimos seguimiento al caso el martes y quedó resuelto.", "es", S, "2027-02-18T10:00", "America/Bogota"),
    ("No hace falta que me mandes el PDF, ya lo tengo.", "es", C, "2027-06-08T10:00", "Europe/Madrid"),
]:
    line("distractor", text, lang, role, now, tz)

line(
    "window",
    "Cerramos por reformas del 2 al 9 de agosto.",
    "es",
    C,
    "2027-07-20T10:00",
    "Europe/Madrid",
    away=(named(2027, 8, 2, MON), named(2027, 8, 10), CO),
)
line(
    "window",
    "I'll be unreachable Thursday through Sunday, camping.",
    "en",
    C,
    "2027-06-14T10:00",
    "America/Denver",
    away=(named(2027, 6, 17, THU), named(2027, 6, 21, MON), P),
)
columbus = [d for d, n in holidays.country_holidays("US", years=2027).items() if "Columbus" in n][0]
line(
    "window",
    "Off Columbus Day, back the 12th.",
    "en",
    C,
    "2027-10-05T10:00",
    "America/New_York",
    away=(columbus, named(2027, 10, 12), P),
)
line(
    "window",
    "Estamos de inventario el sábado 9, el lunes atendemos normal.",
    "es",
    C,
    "2027-10-04T10:00",
    "America/Lima",
    away=(named(2027, 10, 9, SAT), named(2027, 10, 11, MON), CO),
)
line(
    "promise",
    "Sending the corrected invoice over Thursday at the latest.",
    "en",
    S,
    "2027-05-10T10:00",
    "America/Chicago",
    due=at(named(2027, 5, 13, THU), 17),
)
line(
    "optout",
    "Ya no me den seguimiento por correo, yo los contacto.",
    "es",
    C,
    "2027-03-23T10:00",
    "America/Mexico_City",
    opt=True,
)

save("fresh-2026-12-03-X-own3.jsonl")
