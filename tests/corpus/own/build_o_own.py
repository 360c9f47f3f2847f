# ruff: noqa: E501
"""Builds fresh-2026-12-03-O-own.jsonl: a seventh probe set of the 2026-12-03 round, written after the N-own fixes and
scored before any further change. A mixed batch in formal and colloquial voices (usted, Chilean, Argentine, Mexican,
US Slack, British), with a third of distractors. Every label is computed with datetime."""

from datetime import datetime

from probe import CO, FRI, MON, THU, TUE, WED, C, P, S, at, in_zone, line, named, save

line(
    "window",
    "Estimados, les informo que estaré fuera de la oficina del 14 al 18 de junio. Durante ese periodo pueden contactar a mi asistente.",
    "es",
    C,
    "2027-06-01T10:00",
    "Europe/Madrid",
    away=(named(2027, 6, 14), named(2027, 6, 19), P),
)
line(
    "window",
    "al tiro les aviso: el lunes no estoy, vuelvo el martes",
    "es",
    C,
    "2027-04-08T10:00",
    "America/Santiago",
    away=(named(2027, 4, 12, MON), named(2027, 4, 13, TUE), P),
)
line(
    "window",
    "Heads-up: I'm out Thursday afternoon and all day Friday.",
    "en",
    C,
    "2027-02-08T10:00",
    "America/New_York",
    away=(named(2027, 2, 11, THU), named(2027, 2, 13), P),
)
line(
    "window",
    "From Monday I'm on a two-week training course; back on the 29th.",
    "en",
    C,
    "2027-03-10T10:00",
    "Europe/London",
    away=(named(2027, 3, 15, MON), named(2027, 3, 29), P),
)
line(
    "window",
    "Cerramos del 24 de diciembre al 1 de enero, ambos inclusive.",
    "es",
    C,
    "2026-12-02T10:00",
    "Europe/Madrid",
    away=(named(2026, 12, 24), named(2027, 1, 2), CO),
)
line(
    "window",
    "Im on vacay til next wed!!",
    "en",
    C,
    "2027-01-14T10:00",
    "America/Los_Angeles",
    away=(None, named(2027, 1, 20, WED), P),
)
line(
    "window",
    "De licencia por estudio del 5 al 9 de julio.",
    "es",
    C,
    "2027-06-20T10:00",
    "America/Montevideo",
    away=(named(2027, 7, 5), named(2027, 7, 10), P),
)
line(
    "window",
    "I'm off sick, hoping to be back Wednesday.",
    "en",
    C,
    "2027-03-15T10:00",
    "America/Toronto",
    away=(None, named(2027, 3, 17, WED), P),
)
line(
    "window",
    "Our Monterrey plant will be closed March 15–19 for maintenance.",
    "en",
    C,
    "2027-03-01T10:00",
    "America/Mexico_City",
    away=(named(2027, 3, 15), named(2027, 3, 20), CO),
)
line(
    "window",
    "Mañana y pasado no voy a estar, el jueves retomo.",
    "es",
    C,
    "2027-02-08T10:00",
    "America/Bogota",
    away=(named(2027, 2, 9), named(2027, 2, 11, THU), P),
)
line(
    "window",
    "I'm travelling to Bogotá next Tuesday through Thursday.",
    "en",
    C,
    "2027-04-07T10:00",
    "America/New_York",
    away=(named(2027, 4, 13, TUE), named(2027, 4, 16), P),
)
line(
    "window",
    "Estoy con gripe, hoy no me conecto; mañana sí.",
    "es",
    C,
    "2027-01-26T10:00",
    "America/Mexico_City",
    away=(None, named(2027, 1, 27), P),
)
line(
    "window",
    "Back from parental leave on May 3rd — until then please contact Ana.",
    "en",
    C,
    "2027-03-22T10:00",
    "Europe/Dublin",
    away=(None, named(2027, 5, 3), P),
)
line(
    "window",
    "Vacation next week (Mon-Fri), back the 26th",
    "en",
    C,
    "2027-04-14T10:00",
    "America/Chicago",
    away=(named(2027, 4, 19, MON), named(2027, 4, 26, MON), P),
)
line(
    "window",
    "No voy a estar hasta el 3 de enero, ¡buenas fiestas!",
    "es",
    C,
    "2026-12-18T10:00",
    "America/Bogota",
    away=(None, named(2027, 1, 3), P),
)
line(
    "window",
    "I'm at a wedding in Cartagena Friday to Monday, back Tuesday.",
    "en",
    C,
    "2027-05-04T10:00",
    "America/Bogota",
    away=(named(2027, 5, 7, FRI), named(2027, 5, 11, TUE), P),
)
line(
    "window",
    "Jueves y viernes santo no habrá atención, volvemos el lunes 29.",
    "es",
    C,
    "2027-03-17T10:00",
    "America/Mexico_City",
    away=(named(2027, 3, 25, THU), named(2027, 3, 29, MON), CO),
)
line(
    "window",
    "Hi all, OOO from 12/20 through 1/3. Happy holidays!",
    "en",
    C,
    "2026-12-10T10:00",
    "America/New_York",
    away=(named(2026, 12, 20), named(2027, 1, 4), P),
)

line(
    "promise",
    "Le remito la documentación antes del viernes 12.",
    "es",
    S,
    "2027-03-08T10:00",
    "Europe/Madrid",
    due=at(named(2027, 3, 12, FRI), 17),
)
line(
    "promise",
    "On it! Should be sorted by lunchtime.",
    "en",
    S,
    "2027-02-02T09:00",
    "Europe/London",
    due=at(named(2027, 2, 2), 12),
)
line(
    "promise",
    "You'll have my answer first thing tomorrow.",
    "en",
    S,
    "2027-01-12T15:00",
    "America/New_York",
    due=at(named(2027, 1, 13), 9),
)
line(
    "promise",
    "El martes que viene, sin falta, tienes la integración lista.",
    "es",
    S,
    "2027-04-05T10:00",
    "Europe/Madrid",
    due=at(named(2027, 4, 13, TUE), 17),
)
line(
    "promise",
    "We'll send the signed contract back by the 20th at the latest.",
    "en",
    S,
    "2027-05-10T10:00",
    "America/Chicago",
    due=at(named(2027, 5, 20), 17),
)
line(
    "promise",
    "Te confirmo a la vuelta del almuerzo, tipo 3.",
    "es",
    S,
    "2027-02-17T12:00",
    "America/Argentina/Buenos_Aires",
    due=at(named(2027, 2, 17), 15),
)
line(
    "promise",
    "Expect the migration report by 10 a.m. Monday.",
    "en",
    S,
    "2027-02-24T10:00",
    "America/Toronto",
    due=at(named(2027, 3, 1, MON), 10),
)
line(
    "promise",
    "Hoy en la noche te mando los accesos.",
    "es",
    S,
    "2027-03-04T10:00",
    "America/Mexico_City",
    due=at(named(2027, 3, 4), 20),
)
line(
    "promise",
    "I'll get back to you within 24 hours.",
    "en",
    S,
    "2027-01-19T14:00",
    "America/Denver",
    due=datetime(2027, 1, 20, 14, 0),
)
line(
    "promise",
    "Les compartimos el cronograma el miércoles 7 a las 9:30.",
    "es",
    S,
    "2027-04-01T10:00",
    "America/Lima",
    due=at(named(2027, 4, 7, WED), 9),
)
line(
    "promise",
    "The fix goes live on Thursday the 4th at 6pm UK time.",
    "en",
    S,
    "2027-02-01T10:00",
    "America/New_York",
    due=in_zone(named(2027, 2, 4, THU), 18, 0, "Europe/London", "America/New_York"),
)
line(
    "promise",
    "Te lo envío cuanto antes, como tarde el viernes.",
    "es",
    S,
    "2027-01-25T10:00",
    "America/Santiago",
    due=at(named(2027, 1, 29, FRI), 17),
)
line(
    "promise",
    "Will revert by tomorrow EOD.",
    "en",
    S,
    "2027-03-09T10:00",
    "Europe/Madrid",
    due=at(named(2027, 3, 10), 17),
)
line(
    "promise",
    "Lo subimos a producción esta noche a las 23 h.",
    "es",
    S,
    "2027-03-16T10:00",
    "Europe/Madrid",
    due=at(named(2027, 3, 16), 23),
)

for text, lang, now, tz in [
    (
        "Por favor, no me estén recordando lo del pago, ya lo tengo anotado.",
        "es",
        "2027-02-03T10:00",
        "America/Mexico_City",
    ),
    ("Enough with the follow-ups, we'll be in touch.", "en", "2027-03-09T10:00", "America/Chicago"),
    (
        "Les pedimos que suspendan los avisos automáticos hasta que les confirmemos.",
        "es",
        "2027-01-18T10:00",
        "America/Bogota",
    ),
    ("can you guys quit emailing me about this", "en", "2027-04-20T10:00", "America/Los_Angeles"),
    ("Absténgase de contactarme por este asunto; me pondré en contacto yo.", "es", "2027-02-26T10:00", "Europe/Madrid"),
    ("No follow-ups needed — I'll reach out when we're ready.", "en", "2027-01-07T10:00", "America/New_York"),
]:
    line("optout", text, lang, C, now, tz, opt=True)

for text, lang, role, now, tz in [
    ("La oficina de Lima permanece cerrada hasta nuevo aviso.", "es", C, "2027-02-01T10:00", "America/Lima"),
    ("Stepping away for a bit — back online at 3pm.", "en", C, "2027-02-01T10:00", "America/Chicago"),
    ("Los lunes tenemos comité, por eso tardo en contestar.", "es", C, "2027-03-03T10:00", "Europe/Madrid"),
    ("We had a power outage on the 2nd, all good now.", "en", C, "2027-03-10T10:00", "America/Denver"),
    ("El 14 de febrero fue San Valentín y el sistema colapsó 😅", "es", C, "2027-02-20T10:00", "America/Bogota"),
    ("Every Friday at 4pm we do a release.", "en", S, "2027-01-20T10:00", "Europe/London"),
    ("¿Trabajan el feriado del 24 de marzo?", "es", C, "2027-03-15T10:00", "America/Argentina/Buenos_Aires"),
    (
        "My colleague Juan will be out next week, please contact me instead.",
        "en",
        C,
        "2027-04-07T10:00",
        "America/New_York",
    ),
    ("El informe de marzo ya está listo.", "es", S, "2027-04-02T10:00", "America/Mexico_City"),
    ("The contract runs until December 31, 2027.", "en", S, "2027-02-15T10:00", "America/Chicago"),
    ("La garantía vence el 30 de junio.", "es", S, "2027-05-05T10:00", "Europe/Madrid"),
    ("I'll be honest with you, Monday's demo was not great.", "en", C, "2027-03-10T10:00", "America/Toronto"),
    ("We're open 24/7 including holidays.", "en", S, "2027-01-05T10:00", "America/New_York"),
    ("Hasta el viernes tienen tiempo de inscribirse al webinar.", "es", S, "2027-02-22T10:00", "America/Santiago"),
    ("Thanks! See you Monday at the kickoff 👋", "en", C, "2027-01-13T10:00", "America/Chicago"),
    ("El pago se acreditó el 1/3.", "es", C, "2027-03-05T10:00", "America/Argentina/Buenos_Aires"),
    ("Release notes for v3.1 (Feb 2027) attached.", "en", S, "2027-03-01T10:00", "Europe/London"),
    ("Ayer estuve todo el día en reuniones, perdón la demora.", "es", C, "2027-04-14T10:00", "America/Lima"),
    ("How was your long weekend?", "en", S, "2027-05-04T10:00", "Europe/London"),
    ("Nos vemos el lunes en la reunión de las 10.", "es", C, "2027-02-11T10:00", "Europe/Madrid"),
]:
    line("distractor", text, lang, role, now, tz)

save("fresh-2026-12-03-O-own.jsonl")
