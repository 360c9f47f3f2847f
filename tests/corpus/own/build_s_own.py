# ruff: noqa: E501
"""Builds fresh-2026-12-03-S-own.jsonl: an eleventh probe set of the 2026-12-03 round, written after the R-own fixes
and scored before any further change. Sentence shapes rather than words: passives, conditionals, a window beside a
question or a request, lists, relative clauses, and statements that come after a greeting. Every label is computed
with datetime."""

from probe import CO, FRI, MON, SAT, THU, WED, C, P, S, at, line, named, save

line(
    "window",
    "The office will remain closed until Monday the 12th while the floors are redone.",
    "en",
    C,
    "2027-04-06T10:00",
    "America/Chicago",
    away=(None, named(2027, 4, 12, MON), CO),
)
line(
    "window",
    "I'm out until Monday — can you ping Carla if it's urgent?",
    "en",
    C,
    "2027-02-10T10:00",
    "America/New_York",
    away=(None, named(2027, 2, 15, MON), P),
)
line(
    "window",
    "Estoy fuera hasta el jueves; ¿me pueden mandar el resumen por correo?",
    "es",
    C,
    "2027-03-15T10:00",
    "America/Bogota",
    away=(None, named(2027, 3, 18, THU), P),
)
line(
    "window",
    "If anything comes up, note that I'm away from Wednesday to Friday.",
    "en",
    C,
    "2027-01-25T10:00",
    "Europe/London",
    away=(named(2027, 1, 27, WED), named(2027, 1, 30), P),
)
line(
    "window",
    "Quick update:\n- off Thursday and Friday\n- back Monday\n- Ana covers",
    "en",
    C,
    "2027-03-09T10:00",
    "America/Toronto",
    away=(named(2027, 3, 11, THU), named(2027, 3, 15, MON), P),
)
line(
    "window",
    "Hola! Solo para avisar que el equipo de compras, que es el que firma, no está hasta el 21.",
    "es",
    C,
    "2027-04-12T10:00",
    "America/Mexico_City",
    away=(None, named(2027, 4, 21), CO),
)
line(
    "window",
    "Good morning! Just a note that I'll be on leave next week. Back on the 24th.",
    "en",
    C,
    "2027-05-12T10:00",
    "Europe/Dublin",
    away=(named(2027, 5, 17, MON), named(2027, 5, 24, MON), P),
)
line(
    "window",
    "Buenas! Les cuento que a partir de mañana y hasta fin de mes voy a estar de licencia.",
    "es",
    C,
    "2027-04-20T10:00",
    "America/Argentina/Buenos_Aires",
    away=(named(2027, 4, 21), named(2027, 4, 30), P),
)
line(
    "window",
    "Our support will be unavailable on Saturday due to scheduled maintenance.",
    "en",
    C,
    "2027-02-24T10:00",
    "America/Denver",
    away=(named(2027, 2, 27, SAT), named(2027, 2, 28), CO),
)
line(
    "window",
    "No voy a poder atender llamadas el lunes ni el martes porque estaré en una auditoría.",
    "es",
    C,
    "2027-03-03T10:00",
    "Europe/Madrid",
    away=(named(2027, 3, 8, MON), named(2027, 3, 10), P),
)
line(
    "window",
    "Since I'm off on Friday, let's pick this up Monday.",
    "en",
    C,
    "2027-01-13T10:00",
    "America/Los_Angeles",
    away=(named(2027, 1, 15, FRI), named(2027, 1, 18, MON), P),
)
line(
    "window",
    "Como estaré de viaje la semana que viene, retomamos el 22.",
    "es",
    C,
    "2027-03-10T10:00",
    "America/Lima",
    away=(named(2027, 3, 15, MON), named(2027, 3, 22), P),
)
line(
    "window",
    "We're closed over the Christmas period (24 Dec – 2 Jan) and reopen on 4 January.",
    "en",
    C,
    "2026-12-08T10:00",
    "Europe/London",
    away=(named(2026, 12, 24), named(2027, 1, 4), CO),
)
line(
    "window",
    "Les recuerdo que el viernes no estaré; el lunes seguimos con el tema.",
    "es",
    C,
    "2027-02-16T10:00",
    "America/Santiago",
    away=(named(2027, 2, 19, FRI), named(2027, 2, 22, MON), P),
)
line(
    "window",
    "Due to a family emergency I'll be offline until further notice, likely back Thursday.",
    "en",
    C,
    "2027-04-13T10:00",
    "America/Chicago",
    away=(None, named(2027, 4, 15, THU), P),
)
line(
    "window",
    "Esta semana y la que viene estoy de vacaciones.",
    "es",
    C,
    "2027-01-05T10:00",
    "Europe/Madrid",
    away=(None, named(2027, 1, 18, MON), P),
)

line(
    "promise",
    "If all goes well, you'll have the patch by Wednesday noon.",
    "en",
    S,
    "2027-03-08T10:00",
    "Europe/London",
    due=at(named(2027, 3, 10, WED), 12),
)
line(
    "promise",
    "Una vez que recibamos los logs, te damos respuesta el mismo día, y a más tardar el viernes.",
    "es",
    S,
    "2027-02-01T10:00",
    "America/Bogota",
    due=at(named(2027, 2, 5, FRI), 17),
)
line(
    "promise",
    "The report, which finance asked for last week, will be in your inbox tomorrow by 10.",
    "en",
    S,
    "2027-01-19T10:00",
    "America/New_York",
    due=at(named(2027, 1, 20), 10),
)
line(
    "promise",
    "Hola Ana, buenas. Te lo dejo cargado hoy antes de las 7 de la tarde.",
    "es",
    S,
    "2027-03-23T10:00",
    "America/Mexico_City",
    due=at(named(2027, 3, 23), 19),
)
line(
    "promise",
    "Thanks for bearing with us! We expect to have the integration live on the 3rd.",
    "en",
    S,
    "2027-04-20T10:00",
    "America/Chicago",
    due=at(named(2027, 5, 3), 17),
)
line(
    "promise",
    "En cuanto lo tenga te lo paso, calculo que el jueves por la mañana.",
    "es",
    S,
    "2027-01-26T10:00",
    "Europe/Madrid",
    due=at(named(2027, 1, 28, THU), 12),
)
line(
    "promise",
    "Once legal signs off, we'll send the contract — by Friday at the latest.",
    "en",
    S,
    "2027-02-15T10:00",
    "America/Toronto",
    due=at(named(2027, 2, 19, FRI), 17),
)
line(
    "promise",
    "Mañana sin falta a primera hora lo revisa el equipo y te contestamos antes del mediodía.",
    "es",
    S,
    "2027-04-05T16:00",
    "America/Lima",
    due=at(named(2027, 4, 6), 12),
)
line(
    "promise",
    "Good news: the fix is ready and will ship in tonight's deploy.",
    "en",
    S,
    "2027-03-11T10:00",
    "America/Los_Angeles",
    due=at(named(2027, 3, 11), 20),
)
line(
    "promise",
    "Les enviaremos el informe final dentro de los próximos 3 días hábiles.",
    "es",
    S,
    "2027-02-10T10:00",
    "America/Santiago",
    due=at(named(2027, 2, 15, MON), 17),
)

for text, lang, now, tz in [
    ("If possible, please stop sending the daily digest to my inbox.", "en", "2027-03-02T10:00", "Europe/London"),
    (
        "Les pido que por ahora no me manden seguimientos, cualquier novedad les escribo yo.",
        "es",
        "2027-02-08T10:00",
        "America/Mexico_City",
    ),
    ("We'd rather not get any more reminders on this one.", "en", "2027-01-20T10:00", "America/Chicago"),
    (
        "Ya no me manden recordatorios, por favor, está todo resuelto de nuestro lado.",
        "es",
        "2027-04-14T10:00",
        "America/Bogota",
    ),
]:
    line("optout", text, lang, C, now, tz, opt=True)

for text, lang, role, now, tz in [
    ("If you're out next week, who should we contact?", "en", S, "2027-03-03T10:00", "America/New_York"),
    ("¿Hasta cuándo están cerrados por las fiestas?", "es", C, "2026-12-21T10:00", "Europe/Madrid"),
    ("The person who was off last week is back now.", "en", C, "2027-02-15T10:00", "America/Chicago"),
    ("Cuando volví el lunes ya estaba arreglado, gracias.", "es", C, "2027-03-10T10:00", "America/Lima"),
    ("Let me know if you'll be around on Friday for the demo.", "en", S, "2027-01-13T10:00", "Europe/London"),
    ("El equipo que atendía los viernes ya no existe.", "es", C, "2027-02-02T10:00", "America/Bogota"),
    ("Our offices, which were closed on the 1st, are open as usual.", "en", C, "2027-01-05T10:00", "America/Toronto"),
    ("¿Les queda bien que la reunión sea el martes 9 a las 11?", "es", S, "2027-03-03T10:00", "Europe/Madrid"),
    ("As discussed on Monday's call, the scope is final.", "en", S, "2027-04-07T10:00", "America/Denver"),
    ("Si el jueves no hay novedades, les aviso.", "es", C, "2027-02-22T10:00", "America/Santiago"),
    ("Is the office closed on Good Friday in Mexico?", "en", C, "2027-03-15T10:00", "America/Mexico_City"),
    (
        "La migración que hicimos el 3 de marzo salió perfecta.",
        "es",
        C,
        "2027-03-09T10:00",
        "America/Argentina/Buenos_Aires",
    ),
    ("Reminder: daylight saving time ends on November 7.", "en", S, "2027-10-25T10:00", "America/New_York"),
    ("Quedamos en vernos el 15, ¿sigue en pie?", "es", C, "2027-04-08T10:00", "America/Mexico_City"),
]:
    line("distractor", text, lang, role, now, tz)

save("fresh-2026-12-03-S-own.jsonl")
