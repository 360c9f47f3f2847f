# ruff: noqa: E501
"""Builds fresh-2026-12-03-X-own2.jsonl: the second probe set of the X/Y round, written after the W-own fixes and
scored before any further change: a mixed batch in the blind batches' proportions (16 windows, 11 promises, 3
opt-outs, 10 distractors) in new voices (Australian, Canadian, Peruvian usted, rioplatense, Chilean, Spain, US Slack).
Every label is computed with datetime (and `holidays` for named days)."""

from datetime import timedelta

import holidays
from probe import CO, FRI, MON, THU, TUE, WED, C, P, S, at, in_zone, line, named, save

D = timedelta(days=1)
W = "window"
line(
    W,
    "G'day all, I'm on annual leave from Monday 14 June, returning Monday 28 June.",
    "en",
    C,
    "2027-06-09T10:00",
    "Australia/Sydney",
    away=(named(2027, 6, 14, MON), named(2027, 6, 28, MON), P),
)
line(
    W,
    "Buenos días. Le informo que estaré fuera de la oficina del miércoles 7 al viernes 9 de julio por un viaje de trabajo. A mi regreso le confirmo lo pendiente.",
    "es",
    C,
    "2027-07-02T10:00",
    "America/Lima",
    away=(named(2027, 7, 7, WED), named(2027, 7, 10), P),
)
line(
    W,
    "ojo q mañana y el jueves no laburo, vuelvo el viernes",
    "es",
    C,
    "2027-09-14T10:00",
    "America/Argentina/Buenos_Aires",
    away=(named(2027, 9, 15), named(2027, 9, 17, FRI), P),
)
line(
    W,
    "Heads-up: our Calgary warehouse is closed Aug 2 for the civic holiday.",
    "en",
    C,
    "2027-07-28T10:00",
    "America/Edmonton",
    away=(named(2027, 8, 2, MON), named(2027, 8, 3), CO),
)
line(
    W,
    "Estaré de vacaciones a partir del 20 de diciembre y hasta el 3 de enero inclusive.",
    "es",
    C,
    "2027-12-13T10:00",
    "Europe/Madrid",
    away=(named(2027, 12, 20, MON), named(2028, 1, 4), P),
)
line(
    W,
    "pto tmrw + fri, back mon",
    "en",
    C,
    "2027-10-06T10:00",
    "America/New_York",
    away=(named(2027, 10, 7, THU), named(2027, 10, 11, MON), P),
)
line(
    W,
    "Mi licencia por maternidad empieza el 1 de marzo y dura 14 semanas.",
    "es",
    C,
    "2027-02-10T10:00",
    "America/Santiago",
    away=(named(2027, 3, 1, MON), named(2027, 3, 1) + timedelta(weeks=14), P),
)
thanks = [d for d, n in holidays.country_holidays("US", years=2027).items() if "Thanksgiving" in n][0]
line(
    W,
    "We'll be closed Thanksgiving Day and the day after.",
    "en",
    C,
    "2027-11-15T10:00",
    "America/Chicago",
    away=(thanks, thanks + 2 * D, CO),
)
line(
    W,
    "Hola equipo, este viernes no hay atención en nuestra sucursal de Medellín por inventario; el lunes abrimos normal.",
    "es",
    C,
    "2027-04-12T10:00",
    "America/Bogota",
    away=(named(2027, 4, 16, FRI), named(2027, 4, 19, MON), CO),
)
line(
    W,
    "I'm travelling to Singapore for a client workshop next week, so I'll be mostly offline until the 22nd.",
    "en",
    C,
    "2027-11-10T10:00",
    "Europe/London",
    away=(named(2027, 11, 15, MON), named(2027, 11, 22, MON), P),
)
line(
    W,
    "Desde el lunes 5 y por tres semanas estoy en Alemania capacitándome, casi sin conexión.",
    "es",
    C,
    "2027-04-01T10:00",
    "America/Mexico_City",
    away=(named(2027, 4, 5, MON), named(2027, 4, 26), P),
)
line(
    W,
    "Quick note — I'm out sick today, should be back tomorrow.",
    "en",
    C,
    "2027-01-19T10:00",
    "America/Toronto",
    away=(None, named(2027, 1, 20), P),
)
line(
    W,
    "La planta de Rancagua para por mantención del 12 al 16 de julio.",
    "es",
    C,
    "2027-07-01T10:00",
    "America/Santiago",
    away=(named(2027, 7, 12, MON), named(2027, 7, 17), CO),
)
line(
    W,
    "Me tomo el puente: viernes y lunes libres, nos vemos el martes.",
    "es",
    C,
    "2027-04-28T10:00",
    "Europe/Madrid",
    away=(named(2027, 4, 30, FRI), named(2027, 5, 4, TUE), P),
)
line(
    W,
    "Parental leave starts the day after tomorrow; I'm back on 1 September.",
    "en",
    C,
    "2027-05-10T10:00",
    "Europe/Dublin",
    away=(named(2027, 5, 12), named(2027, 9, 1), P),
)
line(
    W,
    "Semana que viene estoy de vacas, cualquier cosa hablá con Lucho.",
    "es",
    C,
    "2027-02-17T10:00",
    "America/Montevideo",
    away=(named(2027, 2, 22, MON), named(2027, 3, 1, MON), P),
)

F = "promise"
line(
    F,
    "Te confirmo el cambio de plan mañana antes de las 11.",
    "es",
    S,
    "2027-03-09T10:00",
    "America/Bogota",
    due=at(named(2027, 3, 10), 11),
)
line(
    F,
    "We'll have the root-cause analysis to you by end of day Thursday.",
    "en",
    S,
    "2027-05-03T10:00",
    "America/Denver",
    due=at(named(2027, 5, 6, THU), 17),
)
line(
    F,
    "Le hago llegar la factura corregida el próximo lunes.",
    "es",
    S,
    "2027-06-16T10:00",
    "America/Lima",
    due=at(named(2027, 6, 21, MON), 17),
)
line(
    F,
    "Patch should be live by 9am Eastern tomorrow.",
    "en",
    S,
    "2027-08-18T10:00",
    "America/Los_Angeles",
    due=in_zone(named(2027, 8, 19), 9, 0, "America/New_York", "America/Los_Angeles"),
)
line(
    F,
    "Dejame que lo miro y a más tardar el viernes te respondo.",
    "es",
    S,
    "2027-10-12T10:00",
    "America/Argentina/Buenos_Aires",
    due=at(named(2027, 10, 15, FRI), 17),
)
line(
    F,
    "Will get the updated SOW over first thing Monday.",
    "en",
    S,
    "2027-09-09T10:00",
    "America/New_York",
    due=at(named(2027, 9, 13, MON), 9),
)
line(
    F,
    "Os lo dejo configurado antes del mediodía del jueves.",
    "es",
    S,
    "2027-11-22T10:00",
    "Europe/Madrid",
    due=at(named(2027, 11, 25, THU), 12),
)
line(
    F,
    "You'll have the credentials within 2 hours.",
    "en",
    S,
    "2027-02-03T14:00",
    "Europe/London",
    due=at(named(2027, 2, 3), 16),
)
line(
    F,
    "Mañana a primera hora les mando el acta de la reunión.",
    "es",
    S,
    "2027-01-20T10:00",
    "America/Mexico_City",
    due=at(named(2027, 1, 21), 9),
)
line(
    F,
    "Expect the migration report no later than the 30th.",
    "en",
    S,
    "2027-06-21T10:00",
    "America/Chicago",
    due=at(named(2027, 6, 30), 17),
)
line(
    F,
    "Lo subo a producción esta noche a las 10.",
    "es",
    S,
    "2027-03-15T10:00",
    "America/Santiago",
    due=at(named(2027, 3, 15), 22),
)

for text, lang, now, tz in [
    (
        "Porfa no nos manden más recordatorios de la renovación, ya decidimos y les avisamos nosotros.",
        "es",
        "2027-05-04T10:00",
        "America/Argentina/Buenos_Aires",
    ),
    (
        "Kindly cease sending payment reminders; our AP team will contact you.",
        "en",
        "2027-08-09T10:00",
        "Australia/Sydney",
    ),
    ("Dejad de escribirme por este tema hasta que vuelva a daros señales.", "es", "2027-10-19T10:00", "Europe/Madrid"),
]:
    line("optout", text, lang, C, now, tz, opt=True)

for text, lang, role, now, tz in [
    ("¿El lunes 15 es feriado en Colombia?", "es", C, "2027-11-08T10:00", "America/Bogota"),
    ("Our auditors were onsite Mar 2–4 and found nothing.", "en", C, "2027-03-10T10:00", "America/New_York"),
    ("Can you send the invoice before the 28th?", "en", C, "2027-05-17T10:00", "America/Chicago"),
    (
        "El webinar es el jueves 18 a las 16 h, ¿alguien de ustedes se suma?",
        "es",
        C,
        "2027-11-10T10:00",
        "America/Mexico_City",
    ),
    ("Our fiscal year closes on June 30.", "en", C, "2027-05-20T10:00", "America/Los_Angeles"),
    ("Tuvimos el almacén cerrado toda la semana pasada por la mudanza.", "es", C, "2027-09-13T10:00", "America/Lima"),
    ("Do you guys work on Boxing Day?", "en", C, "2027-12-15T10:00", "Europe/London"),
    ("La promo de 3 meses gratis vence el 31.", "es", C, "2027-08-16T10:00", "America/Santiago"),
    (
        "My colleague Ana is on holiday until the 9th, so I'm covering her tickets.",
        "en",
        C,
        "2027-08-02T10:00",
        "Europe/Dublin",
    ),
    ("Gracias por la reunión del martes, quedó todo claro.", "es", C, "2027-06-17T10:00", "Europe/Madrid"),
]:
    line("distractor", text, lang, role, now, tz)

save("fresh-2026-12-03-X-own2.jsonl")
