# ruff: noqa: E501
"""Builds fresh-2026-12-03-N-own.jsonl: a sixth probe set of the 2026-12-03 round, written after the M-own fixes and
scored before any further change. Half distractors this time (the words the last rounds added — leaving, no vengo,
no trabajo, site visit, inventario, targeting, ships, para por, cierra — in sentences that state nothing), half
statements in new voices. Every label is computed with datetime."""

from datetime import datetime

from probe import CO, MON, THU, TUE, WED, C, P, S, at, line, named, save

# distractors aimed at the words added this round
for text, lang, role, now, tz in [
    (
        "No trabajo los viernes por la tarde, así que mejor escríbeme por la mañana.",
        "es",
        C,
        "2027-02-09T10:00",
        "Europe/Madrid",
    ),
    ("I'm leaving for the airport now, will read this later.", "en", C, "2027-03-04T10:00", "America/New_York"),
    ("We ship orders every Monday and Thursday.", "en", S, "2027-01-12T10:00", "America/Chicago"),
    ("El camión sale a las 6 todos los días.", "es", C, "2027-02-15T10:00", "America/Mexico_City"),
    ("Our inventory count last month took three days.", "en", C, "2027-03-10T10:00", "America/Denver"),
    ("La tienda cierra a las 21 h entre semana.", "es", C, "2027-01-20T10:00", "Europe/Madrid"),
    ("The site visit on Feb 3 went really well, thanks!", "en", C, "2027-02-08T10:00", "Europe/London"),
    ("Me voy a tomar un café y lo reviso.", "es", C, "2027-04-06T10:00", "America/Bogota"),
    ("Is the target date for the migration still March 15?", "en", C, "2027-02-22T10:00", "America/Toronto"),
    ("Nuestro plazo de entrega habitual es de 5 días hábiles.", "es", S, "2027-03-01T10:00", "America/Lima"),
    ("The office closes at 6pm on Fridays.", "en", C, "2027-01-26T10:00", "America/Los_Angeles"),
    (
        "La planta para por mantenimiento una vez al año, en agosto normalmente.",
        "es",
        C,
        "2027-02-02T10:00",
        "America/Santiago",
    ),
    (
        "No vengo de sistemas, soy de finanzas, por eso pregunto.",
        "es",
        C,
        "2027-03-16T10:00",
        "America/Argentina/Buenos_Aires",
    ),
    ("My flight got cancelled yesterday, what a week.", "en", C, "2027-04-13T10:00", "America/Chicago"),
    ("Hace dos semanas estuve de vacaciones en Cancún 🌴", "es", C, "2027-01-25T10:00", "America/Mexico_City"),
    ("The release that shipped on Tuesday fixed the export.", "en", C, "2027-03-18T10:00", "America/New_York"),
    ("Los sábados no abrimos.", "es", C, "2027-02-17T10:00", "America/Bogota"),
    ("We were closed for inventory from the 3rd to the 5th.", "en", C, "2027-02-09T10:00", "America/Denver"),
    ("¿Ustedes trabajan el 1 de mayo?", "es", C, "2027-04-26T10:00", "America/Lima"),
    ("Can you confirm the ETA for the patch?", "en", C, "2027-01-14T10:00", "Europe/London"),
    ("El técnico vino el martes a las 10 y lo dejó funcionando.", "es", C, "2027-03-11T10:00", "America/Caracas"),
    ("Our CEO is travelling to Tokyo next week for a conference.", "en", C, "2027-04-07T10:00", "America/Chicago"),
    ("Mi compañera está de baja hasta abril, yo llevo sus casos.", "es", C, "2027-03-01T10:00", "Europe/Madrid"),
    ("The warehouse team works 7am to 3pm.", "en", C, "2027-02-03T10:00", "America/Toronto"),
    ("Aviso: el 15 de marzo cambia la tarifa.", "es", S, "2027-03-02T10:00", "America/Argentina/Buenos_Aires"),
    ("Last year we were off from Christmas to New Year.", "en", C, "2027-01-18T10:00", "Europe/London"),
    ("Te mandé el archivo ayer a las 5.", "es", C, "2027-02-24T10:00", "America/Bogota"),
    ("The dashboard shows data through March 31.", "en", C, "2027-04-05T10:00", "America/New_York"),
    ("Happy Thanksgiving to everyone in the US office! 🦃", "en", C, "2027-11-25T10:00", "Europe/London"),
    ("¿Hasta cuándo dura la promoción de enero?", "es", C, "2027-01-11T10:00", "America/Santiago"),
]:
    line("distractor", text, lang, role, now, tz)

# statements in new voices
line(
    "window",
    "Me voy de viaje el jueves y vuelvo el martes siguiente.",
    "es",
    C,
    "2027-02-08T10:00",
    "Europe/Madrid",
    away=(named(2027, 2, 11, THU), named(2027, 2, 16, TUE), P),
)
line(
    "window",
    "I won't be in tomorrow or Friday — back Monday.",
    "en",
    C,
    "2027-03-03T10:00",
    "America/New_York",
    away=(named(2027, 3, 4, THU), named(2027, 3, 8, MON), P),
)
line(
    "window",
    "Estoy de home office pero sin internet hasta mañana.",
    "es",
    C,
    "2027-01-19T10:00",
    "America/Mexico_City",
    away=(None, named(2027, 1, 20), P),
)
line(
    "window",
    "Off on holiday from the 10th, back the 24th — Sam has my queue.",
    "en",
    C,
    "2027-05-03T10:00",
    "Europe/London",
    away=(named(2027, 5, 10), named(2027, 5, 24), P),
)
line(
    "window",
    "La bodega estará cerrada por fumigación el lunes 15; el martes atendemos normal.",
    "es",
    C,
    "2027-03-09T10:00",
    "America/Santiago",
    away=(named(2027, 3, 15, MON), named(2027, 3, 16, TUE), CO),
)
line(
    "window",
    "I'm out for the rest of the week, back Monday.",
    "en",
    C,
    "2027-02-17T10:00",
    "America/Chicago",
    away=(None, named(2027, 2, 22, MON), P),
)
line(
    "window",
    "Ando con licencia médica hasta el 22.",
    "es",
    C,
    "2027-04-12T10:00",
    "America/Argentina/Buenos_Aires",
    away=(None, named(2027, 4, 22), P),
)
line(
    "window",
    "We'll be closed Monday 31 May for the bank holiday.",
    "en",
    C,
    "2027-05-24T10:00",
    "Europe/London",
    away=(named(2027, 5, 31, MON), named(2027, 6, 1), CO),
)
line(
    "window",
    "Estaré de vacaciones hasta después de Semana Santa.",
    "es",
    C,
    "2027-03-15T10:00",
    "America/Bogota",
    away=(None, named(2027, 3, 29, MON), P),
)
line(
    "window",
    "traveling mon-wed next week, spotty wifi",
    "en",
    C,
    "2027-01-13T10:00",
    "America/Los_Angeles",
    away=(named(2027, 1, 18, MON), named(2027, 1, 21), P),
)
line(
    "promise",
    "Te lo mando en la mañana del jueves.",
    "es",
    S,
    "2027-02-08T10:00",
    "America/Mexico_City",
    due=at(named(2027, 2, 11, THU), 12),
)
line(
    "promise",
    "I'll have a fix for you by end of business Wednesday.",
    "en",
    S,
    "2027-03-01T10:00",
    "America/New_York",
    due=at(named(2027, 3, 3, WED), 17),
)
line(
    "promise",
    "Antes del mediodía de mañana les confirmo.",
    "es",
    S,
    "2027-01-26T16:00",
    "America/Lima",
    due=at(named(2027, 1, 27), 12),
)
line(
    "promise",
    "We'll roll it out to your workspace on the 9th at 10am.",
    "en",
    S,
    "2027-02-01T10:00",
    "Europe/London",
    due=at(named(2027, 2, 9), 10),
)
line(
    "promise",
    "Lo tenés el lunes sin falta, antes de las 12.",
    "es",
    S,
    "2027-04-07T10:00",
    "America/Argentina/Buenos_Aires",
    due=at(named(2027, 4, 12, MON), 12),
)
line(
    "promise",
    "I'll call you back in two hours.",
    "en",
    S,
    "2027-03-15T09:00",
    "America/Denver",
    due=datetime(2027, 3, 15, 11, 0),
)
line(
    "promise",
    "Le envío la factura corregida pasado mañana a primera hora.",
    "es",
    S,
    "2027-02-15T10:00",
    "Europe/Madrid",
    due=at(named(2027, 2, 17), 9),
)
line(
    "promise",
    "You'll get it Tuesday afternoon at the latest.",
    "en",
    S,
    "2027-01-20T10:00",
    "America/Toronto",
    due=at(named(2027, 1, 26, TUE), 15),
)
line(
    "optout",
    "Les agradezco que dejen de mandarme seguimientos, yo les escribo.",
    "es",
    C,
    "2027-03-23T10:00",
    "America/Bogota",
    opt=True,
)
line("optout", "Please, no further reminders about the survey.", "en", C, "2027-02-10T10:00", "Europe/London", opt=True)
line("optout", "Dejad de insistir, os aviso cuando esté.", "es", C, "2027-01-28T10:00", "Europe/Madrid", opt=True)
line(
    "optout",
    "We're good, no need to keep following up — we'll ping you.",
    "en",
    C,
    "2027-04-19T10:00",
    "America/New_York",
    opt=True,
)
line(
    "question",
    "¿Nos podrías mandar el log completo antes del miércoles a las 5?",
    "es",
    S,
    "2027-03-08T10:00",
    "America/Mexico_City",
)
line("question", "Would Thursday at 2pm work for a call?", "en", S, "2027-02-22T10:00", "America/Chicago")
line("question", "¿Van a estar cerrados el lunes festivo?", "es", C, "2027-03-17T10:00", "America/Bogota")
line("question", "Can your team send the signed copy by Friday noon?", "en", S, "2027-01-11T10:00", "Europe/London")

save("fresh-2026-12-03-N-own.jsonl")
