# ruff: noqa: E501
"""Builds fresh-2026-12-03-M-own.jsonl: a fifth probe set of the 2026-12-03 round, written after the L-own fixes and
scored before any further change. A mixed batch like L-own in other voices: capitals, abbreviations (thru, pto, tmrw,
Weds), US numeric dates, voseo and Mexican/Colombian/Argentine/Spanish colloquial forms, business days over a
holiday, targets and plans without a listed verb. Every label is computed with datetime."""

from datetime import datetime

from probe import CO, FRI, MON, SAT, THU, TUE, WED, C, P, S, at, in_zone, line, named, save

line(
    "window",
    "out thru 1/15, back 1/18",
    "en",
    C,
    "2027-01-11T10:00",
    "America/Chicago",
    away=(None, named(2027, 1, 18), P),
)
line("window", "Back Weds 👋", "en", C, "2027-02-15T10:00", "Europe/London", away=(None, named(2027, 2, 17, WED), P))
line(
    "window",
    "ahorita ando de viaje, regreso el lunes",
    "es",
    C,
    "2027-03-03T10:00",
    "America/Mexico_City",
    away=(None, named(2027, 3, 8, MON), P),
)
line(
    "window",
    "Estoy en el finde largo, el martes vuelvo",
    "es",
    C,
    "2027-03-20T10:00",
    "America/Bogota",
    away=(None, named(2027, 3, 23, TUE), P),
)
line(
    "window",
    "I'M OUT OF THE OFFICE UNTIL MONDAY 3/8",
    "en",
    C,
    "2027-03-03T10:00",
    "America/New_York",
    away=(None, named(2027, 3, 8, MON), P),
)
line(
    "window",
    "vacaciones del 27/12 al 9/1 🎄",
    "es",
    C,
    "2026-12-15T10:00",
    "Europe/Madrid",
    away=(named(2026, 12, 27), named(2027, 1, 10), P),
)
line(
    "window",
    "Leaving for Japan on Saturday, back in the office on the 26th.",
    "en",
    C,
    "2027-04-12T10:00",
    "America/Toronto",
    away=(named(2027, 4, 17, SAT), named(2027, 4, 26), P),
)
line(
    "window",
    "Mañana no vengo, tengo turno con el médico.",
    "es",
    C,
    "2027-02-22T10:00",
    "America/Argentina/Buenos_Aires",
    away=(named(2027, 2, 23), named(2027, 2, 24), P),
)
line(
    "window",
    "We're shut from Christmas Eve until the 4th of January.",
    "en",
    C,
    "2026-12-10T10:00",
    "Europe/London",
    away=(named(2026, 12, 24), named(2027, 1, 4), CO),
)
line(
    "window",
    "Estaré desconectado del 3 al 10 de mayo.",
    "es",
    C,
    "2027-04-20T10:00",
    "America/Santiago",
    away=(named(2027, 5, 3), named(2027, 5, 11), P),
)
line(
    "window",
    "pto next mon + tue",
    "en",
    C,
    "2027-01-27T10:00",
    "America/Denver",
    away=(named(2027, 2, 1, MON), named(2027, 2, 3), P),
)
line(
    "window",
    "Out on paternity leave starting Feb 1 for 6 weeks.",
    "en",
    C,
    "2027-01-20T10:00",
    "America/New_York",
    away=(named(2027, 2, 1), named(2027, 3, 15), P),
)
line(
    "window",
    "No estaré en la oficina el 19 y el 20.",
    "es",
    C,
    "2027-04-12T10:00",
    "Europe/Madrid",
    away=(named(2027, 4, 19), named(2027, 4, 21), P),
)
line(
    "window",
    "Closed Good Friday, open again Monday.",
    "en",
    C,
    "2027-03-22T10:00",
    "America/Chicago",
    away=(named(2027, 3, 26, FRI), named(2027, 3, 29, MON), CO),
)
line(
    "window",
    "De vacaciones hasta el domingo 14, el lunes 15 ya estoy.",
    "es",
    C,
    "2027-03-08T10:00",
    "America/Lima",
    away=(None, named(2027, 3, 15, MON), P),
)
line(
    "window",
    "at a summit in Lisbon next week, back the following Monday",
    "en",
    C,
    "2027-02-03T10:00",
    "Europe/Dublin",
    away=(named(2027, 2, 8, MON), named(2027, 2, 15, MON), P),
)
line(
    "window",
    "Me voy de licencia el 1 de junio y vuelvo el 1 de julio.",
    "es",
    C,
    "2027-05-10T10:00",
    "America/Argentina/Buenos_Aires",
    away=(named(2027, 6, 1), named(2027, 7, 1), P),
)
line(
    "window",
    "not around tmrw, catch u thurs",
    "en",
    C,
    "2027-03-09T10:00",
    "America/Los_Angeles",
    away=(named(2027, 3, 10), named(2027, 3, 11, THU), P),
)
line(
    "window",
    "Monday is a bank holiday here, so we're off until Tuesday.",
    "en",
    C,
    "2027-04-30T10:00",
    "Europe/London",
    away=(named(2027, 5, 3, MON), named(2027, 5, 4, TUE), CO),
)
line(
    "window",
    "Hola! Estoy de vacaciones hasta el 5 de enero inclusive 🌴",
    "es",
    C,
    "2026-12-20T10:00",
    "America/Mexico_City",
    away=(None, named(2027, 1, 6), P),
)
line(
    "window",
    "OOO today (sick), back tomorrow hopefully",
    "en",
    C,
    "2027-02-01T10:00",
    "America/New_York",
    away=(None, named(2027, 2, 2), P),
)
line(
    "window",
    "Les comento que el viernes 30 la empresa no trabaja por el día del trabajador, retomamos el lunes 3.",
    "es",
    C,
    "2027-04-26T10:00",
    "America/Lima",
    away=(named(2027, 4, 30, FRI), named(2027, 5, 3, MON), CO),
)

line(
    "promise",
    "I should have the numbers for you by COB tomorrow.",
    "en",
    S,
    "2027-02-09T10:00",
    "America/New_York",
    due=at(named(2027, 2, 10), 17),
)
line(
    "promise",
    "Mañana a primera hora lo tenés en tu casilla.",
    "es",
    S,
    "2027-03-10T18:00",
    "America/Argentina/Buenos_Aires",
    due=at(named(2027, 3, 11), 9),
)
line(
    "promise",
    "ETA: 2 business days.",
    "en",
    S,
    "2027-01-14T10:00",
    "America/Chicago",
    due=at(named(2027, 1, 19, TUE), 17),
)
line(
    "promise", "Te lo resuelvo hoy mismo.", "es", S, "2027-02-02T11:00", "Europe/Madrid", due=at(named(2027, 2, 2), 17)
)
line(
    "promise",
    "We're targeting Friday the 19th for the fix.",
    "en",
    S,
    "2027-03-10T10:00",
    "Europe/London",
    due=at(named(2027, 3, 19, FRI), 17),
)
line(
    "promise",
    "Para el martes a más tardar tenés la propuesta.",
    "es",
    S,
    "2027-04-07T10:00",
    "America/Argentina/Buenos_Aires",
    due=at(named(2027, 4, 13, TUE), 17),
)
line(
    "promise",
    "I'll get the invoice re-issued before 3 today.",
    "en",
    S,
    "2027-01-28T10:00",
    "America/Toronto",
    due=at(named(2027, 1, 28), 15),
)
line(
    "promise",
    "Se lo envío en cuanto lo tenga, a más tardar el lunes.",
    "es",
    S,
    "2027-02-17T10:00",
    "America/Mexico_City",
    due=at(named(2027, 2, 22, MON), 17),
)
line(
    "promise", "No later than EOW.", "en", S, "2027-03-16T10:00", "America/Denver", due=at(named(2027, 3, 19, FRI), 17)
)
line(
    "promise",
    "Mañana por la tarde le hago la llamada de seguimiento.",
    "es",
    S,
    "2027-01-19T10:00",
    "America/Lima",
    due=at(named(2027, 1, 20), 15),
)
line(
    "promise",
    "I'll send it over in 30 minutes.",
    "en",
    S,
    "2027-02-03T10:40",
    "America/Chicago",
    due=datetime(2027, 2, 3, 11, 10),
)
line(
    "promise",
    "Te paso la cotización el 3 de marzo sin falta.",
    "es",
    S,
    "2027-02-22T10:00",
    "America/Bogota",
    due=at(named(2027, 3, 3), 17),
)
line(
    "promise",
    "Hotfix lands tonight.",
    "en",
    S,
    "2027-04-06T09:00",
    "America/Los_Angeles",
    due=at(named(2027, 4, 6), 20),
)
line(
    "promise",
    "Quedamos en que el jueves 8 a las 11 le mando el informe.",
    "es",
    S,
    "2027-04-05T10:00",
    "Europe/Madrid",
    due=at(named(2027, 4, 8, THU), 11),
)
line(
    "promise",
    "I'll confirm by 17:00 CET on Wednesday.",
    "en",
    S,
    "2027-03-01T10:00",
    "America/New_York",
    due=in_zone(named(2027, 3, 3, WED), 17, 0, "Europe/Paris", "America/New_York"),
)
line(
    "promise",
    "Lo dejo listo para el 15 de enero del 2027.",
    "es",
    S,
    "2026-12-20T10:00",
    "America/Caracas",
    due=at(named(2027, 1, 15), 17),
)

line(
    "optout",
    "plz no more pings till next week, I'm swamped",
    "en",
    C,
    "2027-02-10T10:00",
    "America/New_York",
    away=(None, named(2027, 2, 15, MON), P),
    # label fixed in the Z1/Z2 round: a stop bounded by a day is a window, not an opt-out (the conventions: an opt-out
    # lasts until they write again; blind batch Z2's writer labels "no me contacten hasta el 21 de junio" so)
    opt=False,
)
for text, lang, now, tz in [
    ("No nos manden más correos automáticos por este ticket, gracias.", "es", "2027-03-02T10:00", "America/Bogota"),
    ("Kindly cease the follow-up emails; we will be in touch.", "en", "2027-01-19T10:00", "Europe/London"),
    ("Para de escribirme con esto, porfa, yo te aviso.", "es", "2027-02-23T10:00", "Europe/Madrid"),
    ("You can stop chasing, we'll let you know once procurement signs.", "en", "2027-04-14T10:00", "America/Chicago"),
    ("Por favor eviten enviarme recordatorios; yo me comunico.", "es", "2027-03-29T10:00", "America/Lima"),
]:
    line("optout", text, lang, C, now, tz, opt=True)

for text, lang, role, now, tz in [
    ("The webinar is at 11am ET on Thursday, link in the invite.", "en", C, "2027-02-08T10:00", "America/New_York"),
    ("Nuestra oficina abre de lunes a viernes de 8 a 17.", "es", C, "2027-01-12T10:00", "America/Bogota"),
    ("I was OOO last week so I missed your email.", "en", C, "2027-03-15T10:00", "America/Chicago"),
    ("El ticket 4521 se abrió el 14 de enero.", "es", S, "2027-01-20T10:00", "Europe/Madrid"),
    ("Do you know if the 2.4 release is still planned for March?", "en", C, "2027-02-01T10:00", "Europe/London"),
    ("Feliz Día de Reyes 👑", "es", C, "2027-01-06T10:00", "Europe/Madrid"),
    ("The invoice says 02/03/2027 but we paid on the 1st.", "en", C, "2027-03-04T10:00", "America/Denver"),
    ("El viernes fue feriado acá y no había nadie.", "es", C, "2027-04-05T10:00", "America/Argentina/Buenos_Aires"),
    ("We moved to the new CRM in Q3.", "en", C, "2027-01-14T10:00", "America/Toronto"),
    ("¿A qué hora abren mañana?", "es", C, "2027-02-09T10:00", "America/Mexico_City"),
    ("Our renewal date is June 30.", "en", C, "2027-04-20T10:00", "America/Chicago"),
    ("Estuve en el congreso de Lima la semana pasada, muy bueno.", "es", C, "2027-03-22T10:00", "America/Lima"),
    ("Sent you the file at 9:42 this morning.", "en", C, "2027-02-17T14:00", "America/New_York"),
    ("¿El 24 atienden normal?", "es", C, "2026-12-16T10:00", "America/Santiago"),
    ("Attaching the Jan 2027 usage report.", "en", C, "2027-02-03T10:00", "Europe/London"),
    ("Mañana es el cumple de mi hija 🎂", "es", C, "2027-03-11T10:00", "America/Bogota"),
]:
    line("distractor", text, lang, role, now, tz)

save("fresh-2026-12-03-M-own.jsonl")
