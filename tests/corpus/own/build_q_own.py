# ruff: noqa: E501
"""Builds fresh-2026-12-03-Q-own.jsonl: a ninth probe set of the 2026-12-03 round, written after the P-own fixes and
scored before any further change. Leave and time-off words of each country (franco, asueto, receso, compensatorio,
vacaciones de invierno, annual leave, sabbatical, day in lieu), formal Spain (le ruego, quedo a la espera), long
messages mixing facts and statements, WFH and half days as distractors. Every label is computed with datetime."""

from probe import CO, FRI, MON, SUN, THU, TUE, WED, C, P, S, at, in_zone, line, named, save

line(
    "window",
    "Mañana estoy de franco, el jueves vuelvo.",
    "es",
    C,
    "2027-03-02T10:00",
    "America/Argentina/Buenos_Aires",
    away=(named(2027, 3, 3), named(2027, 3, 4, THU), P),
)
line(
    "window",
    "El viernes es día de asueto en la oficina, retomamos el lunes.",
    "es",
    C,
    "2027-03-16T10:00",
    "America/Mexico_City",
    away=(named(2027, 3, 19, FRI), named(2027, 3, 22, MON), CO),
)
line(
    "window",
    "Nos vamos de receso del 20 de diciembre al 6 de enero.",
    "es",
    C,
    "2026-12-09T10:00",
    "America/Mexico_City",
    away=(named(2026, 12, 20), named(2027, 1, 7), CO),
)
line(
    "window",
    "Me tomo el lunes de compensatorio, nos vemos el martes.",
    "es",
    C,
    "2027-04-08T10:00",
    "America/Santiago",
    away=(named(2027, 4, 12, MON), named(2027, 4, 13, TUE), P),
)
line(
    "window",
    "Estaré de vacaciones de invierno del 12 al 23 de julio.",
    "es",
    C,
    "2027-06-28T10:00",
    "America/Argentina/Buenos_Aires",
    away=(named(2027, 7, 12), named(2027, 7, 24), P),
)
line(
    "window",
    "On annual leave 1–12 March, back Monday 15th.",
    "en",
    C,
    "2027-02-22T10:00",
    "Europe/London",
    away=(named(2027, 3, 1), named(2027, 3, 15, MON), P),
)
line(
    "window",
    "Starting a 3-month sabbatical on June 1; back September 1.",
    "en",
    C,
    "2027-05-10T10:00",
    "America/New_York",
    away=(named(2027, 6, 1), named(2027, 9, 1), P),
)
line(
    "window",
    "Taking a day in lieu on Friday.",
    "en",
    C,
    "2027-02-23T10:00",
    "Europe/Dublin",
    away=(named(2027, 2, 26, FRI), named(2027, 2, 27), P),
)
line(
    "window",
    "Le ruego tenga en cuenta que estaré ausente hasta el día 14 inclusive.",
    "es",
    C,
    "2027-04-05T10:00",
    "Europe/Madrid",
    away=(None, named(2027, 4, 15), P),
)
line(
    "window",
    "Me ausento de la oficina del jueves al lunes; quedo a la espera de su respuesta a mi regreso.",
    "es",
    C,
    "2027-03-09T10:00",
    "Europe/Madrid",
    away=(named(2027, 3, 11, THU), named(2027, 3, 16), P),
)
line(
    "window",
    "Thanks for the update on the 3rd. FYI I'm out from the 18th to the 22nd, so let's regroup after that.",
    "en",
    C,
    "2027-03-08T10:00",
    "America/Chicago",
    away=(named(2027, 3, 18), named(2027, 3, 23), P),
)
line(
    "window",
    "Perfecto, gracias. Aviso que el lunes 26 no trabajo, es feriado puente acá.",
    "es",
    C,
    "2027-04-20T10:00",
    "America/Argentina/Buenos_Aires",
    away=(named(2027, 4, 26, MON), named(2027, 4, 27), P),
)
line(
    "window",
    "Out on medical leave starting tomorrow, expected back in 2 weeks.",
    "en",
    C,
    "2027-01-13T10:00",
    "America/Denver",
    away=(named(2027, 1, 14), named(2027, 1, 27), P),
)
line(
    "window",
    "Estamos de vacaciones de verano hasta el 1° de febrero.",
    "es",
    C,
    "2027-01-11T10:00",
    "America/Santiago",
    away=(None, named(2027, 2, 1), CO),
)
line(
    "window",
    "I'm out Thursday, back Friday.",
    "en",
    C,
    "2027-05-04T10:00",
    "America/Los_Angeles",
    away=(named(2027, 5, 6, THU), named(2027, 5, 7, FRI), P),
)
line(
    "window",
    "Esta semana estoy en capacitación, la que viene ya estoy full.",
    "es",
    C,
    "2027-02-16T10:00",
    "America/Lima",
    away=(None, named(2027, 2, 22, MON), P),
)
line(
    "window",
    "Mi último día antes de las vacaciones es el viernes; vuelvo el 10 de mayo.",
    "es",
    C,
    "2027-04-26T10:00",
    "America/Bogota",
    away=(named(2027, 5, 1), named(2027, 5, 10), P),
)
line(
    "window",
    "Heads up: our support desk is closed on the 1st for the holiday.",
    "en",
    C,
    "2027-04-26T10:00",
    "America/Chicago",
    away=(named(2027, 5, 1), named(2027, 5, 2), CO),
)

line(
    "promise",
    "Regarding the outage on the 3rd: our engineers are on it and you'll get the RCA by Friday.",
    "en",
    S,
    "2027-03-08T10:00",
    "Europe/London",
    due=at(named(2027, 3, 12, FRI), 17),
)
line(
    "promise",
    "La factura de febrero ya la corregimos; la nueva te llega mañana por la tarde.",
    "es",
    S,
    "2027-03-09T10:00",
    "America/Mexico_City",
    due=at(named(2027, 3, 10), 15),
)
line(
    "promise",
    "Quedo a la espera de los logs y le respondo el mismo día, a más tardar el jueves.",
    "es",
    S,
    "2027-01-25T10:00",
    "Europe/Madrid",
    due=at(named(2027, 1, 28, THU), 17),
)
line(
    "promise",
    "I'm going to look into it and get back to you by 4.",
    "en",
    S,
    "2027-02-10T10:00",
    "America/New_York",
    due=at(named(2027, 2, 10), 16),
)
line(
    "promise",
    "Te cuento el miércoles cómo nos fue con la prueba.",
    "es",
    S,
    "2027-04-12T10:00",
    "America/Bogota",
    due=at(named(2027, 4, 14, WED), 17),
)
line(
    "promise",
    "Expect a call from our team tomorrow between 10 and 12.",
    "en",
    S,
    "2027-01-19T10:00",
    "America/Chicago",
    due=at(named(2027, 1, 20), 12),
)
line(
    "promise",
    "El lunes 8 a las 9 en punto te mando el acceso.",
    "es",
    S,
    "2027-03-02T10:00",
    "America/Lima",
    due=at(named(2027, 3, 8, MON), 9),
)
line(
    "promise",
    "We'll have a workaround in place within 2 business days.",
    "en",
    S,
    "2027-04-08T10:00",
    "America/Toronto",
    due=at(named(2027, 4, 12, MON), 17),
)
line(
    "promise",
    "Mañana temprano le confirmamos la fecha de instalación.",
    "es",
    S,
    "2027-02-15T17:00",
    "America/Santiago",
    due=at(named(2027, 2, 16), 9),
)
line(
    "promise",
    "Will send the final deck over the weekend, by Sunday night at the latest.",
    "en",
    S,
    "2027-03-10T10:00",
    "America/Los_Angeles",
    due=at(named(2027, 3, 14, SUN), 20),
)
line(
    "promise",
    "I'll update this thread at 2:30 PT.",
    "en",
    S,
    "2027-02-03T10:00",
    "America/New_York",
    due=in_zone(named(2027, 2, 3), 14, 30, "America/Los_Angeles", "America/New_York"),
)
line(
    "promise",
    "Antes de fin de mes queda todo migrado.",
    "es",
    S,
    "2027-04-12T10:00",
    "Europe/Madrid",
    due=at(named(2027, 4, 30), 17),
)

for text, lang, now, tz in [
    ("Ya no hace falta que me manden el recordatorio semanal.", "es", "2027-02-02T10:00", "America/Bogota"),
    (
        "Could you mute the alerts for this case? We'll shout when we need you.",
        "en",
        "2027-03-15T10:00",
        "America/Chicago",
    ),
    ("Les ruego no me sigan enviando notificaciones de este caso.", "es", "2027-01-20T10:00", "Europe/Madrid"),
    (
        "We're all set for now — please hold further reminders until we reach out.",
        "en",
        "2027-04-05T10:00",
        "Europe/London",
    ),
    (
        "No me escriban más sobre la renovación, ya decidimos.",
        "es",
        "2027-03-29T10:00",
        "America/Argentina/Buenos_Aires",
    ),
    ("stop sending me these automated nudges pls", "en", "2027-02-18T10:00", "America/Denver"),
]:
    line("optout", text, lang, C, now, tz, opt=True)

for text, lang, role, now, tz in [
    ("I'm WFH tomorrow, ping me on Slack.", "en", C, "2027-02-08T10:00", "America/New_York"),
    ("Mañana trabajo desde casa, cualquier cosa por Teams.", "es", C, "2027-03-10T10:00", "Europe/Madrid"),
    ("Half day for me on Friday, but I'll check messages.", "en", C, "2027-04-06T10:00", "America/Chicago"),
    (
        "Estuve de franco el lunes y por eso no vi el correo.",
        "es",
        C,
        "2027-03-03T10:00",
        "America/Argentina/Buenos_Aires",
    ),
    ("The sabbatical policy changed on January 1.", "en", C, "2027-02-01T10:00", "Europe/London"),
    ("¿Cuántos días de vacaciones me quedan para abril?", "es", C, "2027-03-01T10:00", "America/Mexico_City"),
    ("Our annual leave year runs April to March.", "en", C, "2027-01-12T10:00", "Europe/Dublin"),
    ("El receso escolar empieza el 20 y mis hijos están felices.", "es", C, "2027-06-10T10:00", "America/Santiago"),
    ("We have a holiday party on the 17th, you're all invited!", "en", C, "2026-12-03T10:00", "America/Toronto"),
    ("Le recuerdo que el plazo de presentación vence el 31 de marzo.", "es", S, "2027-03-10T10:00", "Europe/Madrid"),
    ("Ticket #5521 was opened on 02/14 and closed on 02/16.", "en", S, "2027-02-20T10:00", "America/New_York"),
    ("El backup corre todas las noches a las 2.", "es", S, "2027-01-18T10:00", "America/Bogota"),
    ("Did the 9:30 meeting get moved to Thursday?", "en", C, "2027-03-02T10:00", "America/Chicago"),
    ("Quedo a la espera de su respuesta.", "es", C, "2027-02-09T10:00", "Europe/Madrid"),
    ("The new pricing applies from the 1st of next month.", "en", S, "2027-04-15T10:00", "Europe/London"),
    ("El 20 de julio es feriado en Colombia, ¿lo sabían?", "es", C, "2027-07-05T10:00", "America/Bogota"),
    ("Back in 2025 we used a different vendor.", "en", C, "2027-01-21T10:00", "America/Denver"),
    ("Ayer volví de las vacaciones y encontré 200 correos 😵", "es", C, "2027-01-12T10:00", "America/Lima"),
    ("I took Friday off last week, sorry for the slow reply.", "en", C, "2027-02-15T10:00", "America/Los_Angeles"),
    ("La oficina de Quito cerró en 2024.", "es", C, "2027-03-03T10:00", "America/Guayaquil"),
]:
    line("distractor", text, lang, role, now, tz)

save("fresh-2026-12-03-Q-own.jsonl")
