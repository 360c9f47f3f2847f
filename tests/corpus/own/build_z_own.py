# ruff: noqa: E501
"""Builds fresh-2026-12-03-Z-own.jsonl: the probe set of the Z1/Z2 round, written after reading the failure lists of
blind batches Z1 and Z2 (no line of them copied or rephrased) and scored before any rule change. Seven classes of
their misses, 7-8 new sentences each in other words and shapes, plus 20 distractors near those classes (someone
else's absence, plans called off or only possible, "but I'm working", questions about the reader, maintenance
notices). Every label is computed with datetime; the `form` tag is the class."""

from datetime import timedelta

from probe import CO, FRI, MON, THU, TUE, WED, C, P, line, named, save

D = timedelta(days=1)
Y = 2027

# 1. scope: a site, practice or unit of the company closed ("the lab", "the clinic", "la administración",
#    "tenemos cerrado", "our hub"); a company word in another sentence leaves one's own absence the person's
F = "scope"
line(
    F,
    "Quick note: the lab is shut from Sept 6 to Sept 10 while we recalibrate the equipment.",
    "en",
    C,
    "2027-09-01T10:00",
    "America/Denver",
    away=(named(Y, 9, 6, MON), named(Y, 9, 11), CO),
)
line(
    F,
    "The dental practice will be closed on Friday the 17th for staff training; normal hours resume Monday.",
    "en",
    C,
    "2027-09-13T09:00",
    "Europe/London",
    away=(named(Y, 9, 17, FRI), named(Y, 9, 20, MON), CO),
)
line(
    F,
    "La administración no atiende el jueves 16 ni el viernes 17 por las fiestas; el lunes 20 seguimos normal.",
    "es",
    C,
    "2027-09-13T10:00",
    "America/Santiago",
    away=(named(Y, 9, 16, THU), named(Y, 9, 20, MON), CO),
)
line(
    F,
    "Tenemos cerrado por reformas del 4 al 8 de octubre.",
    "es",
    C,
    "2027-09-28T10:00",
    "Europe/Madrid",
    away=(named(Y, 10, 4, MON), named(Y, 10, 9), CO),
)
line(
    F,
    "El consultorio no va a abrir el lunes 11 de octubre; el martes atendemos como siempre.",
    "es",
    C,
    "2027-10-06T10:00",
    "America/Bogota",
    away=(named(Y, 10, 11, MON), named(Y, 10, 12, TUE), CO),
)
line(
    F,
    "Our regional hub goes offline for the system migration Thursday and Friday, back up Monday the 18th.",
    "en",
    C,
    "2027-10-11T10:00",
    "America/New_York",
    away=(named(Y, 10, 14, THU), named(Y, 10, 18, MON), CO),
)
line(
    F,
    "Our finance team finally hired a controller, great news. Separately, I'm away Wednesday and Thursday myself, back Friday.",
    "en",
    C,
    "2027-10-18T10:00",
    "America/Toronto",
    away=(named(Y, 10, 20, WED), named(Y, 10, 22, FRI), P),
)
line(
    F,
    "Nuestra empresa cumple 20 años este mes 🎉. Yo estoy de vacaciones del 8 al 12 de noviembre.",
    "es",
    C,
    "2027-11-02T10:00",
    "America/Lima",
    away=(named(Y, 11, 8, MON), named(Y, 11, 13), P),
)

# 2. the first day away named in another clause: "X is a holiday …, nobody in", "el 21 y 22 tengo …, esos días …"
F = "named-earlier"
line(
    F,
    "El 2 de noviembre es feriado acá, no habrá nadie en la oficina; el 3 ya estamos.",
    "es",
    C,
    "2027-10-27T10:00",
    "America/Mexico_City",
    away=(named(Y, 11, 2, TUE), named(Y, 11, 3), CO),
)
line(
    F,
    "Thanksgiving is Thursday the 25th, and the office is dark that day and the day after. Back Monday.",
    "en",
    C,
    "2027-11-19T10:00",
    "America/Chicago",
    away=(named(Y, 11, 25, THU), named(Y, 11, 29, MON), CO),
)
line(
    F,
    "El viernes 8 tengo el examen final del máster, así que ese día no me conecto. El lunes 11 vuelvo.",
    "es",
    C,
    "2027-10-04T10:00",
    "Europe/Madrid",
    away=(named(Y, 10, 8, FRI), named(Y, 10, 11, MON), P),
)
line(
    F,
    "el 21 y 22 tengo la boda de mi hermano en Cali, esos días ando desconectado jaja. el lunes 25 estoy de nuevo",
    "es",
    C,
    "2027-10-14T10:00",
    "America/Bogota",
    away=(named(Y, 10, 21, THU), named(Y, 10, 25, MON), P),
)
line(
    F,
    "Remembrance Day is on Thursday the 11th; the shop won't be open, and we'll pick things up again on the 12th.",
    "en",
    C,
    "2027-11-08T10:00",
    "America/Toronto",
    away=(named(Y, 11, 11, THU), named(Y, 11, 12), CO),
)
line(
    F,
    "Monday the 6th of December is our annual team day, so I won't be at my desk. Tuesday I'm back.",
    "en",
    C,
    "2027-12-01T10:00",
    "Europe/Dublin",
    away=(named(Y, 12, 6, MON), named(Y, 12, 7, TUE), P),
)
line(
    F,
    "Les comento que el 8 de diciembre es feriado y la oficina no abre; retomamos el 9.",
    "es",
    C,
    "2027-12-02T10:00",
    "America/Argentina/Buenos_Aires",
    away=(named(Y, 12, 8, WED), named(Y, 12, 9), CO),
)
line(
    F,
    "We're closed on the 24th for Christmas Eve, plus the following Monday. Back on the 28th.",
    "en",
    C,
    "2027-12-15T10:00",
    "America/New_York",
    away=(named(Y, 12, 24, FRI), named(Y, 12, 28, TUE), CO),
)

# 3. words for next week: "la otra semana", "la que viene", "sem q viene", a holiday's name beside "next week"
F = "week-words"
line(
    F,
    "La otra semana ando de viaje por trabajo, hablamos a la vuelta.",
    "es",
    C,
    "2027-09-08T10:00",
    "America/Bogota",
    away=(named(Y, 9, 13, MON), named(Y, 9, 20, MON), P),
)
line(
    F,
    "Esta semana todavía estoy, pero la que viene me voy de vacaciones.",
    "es",
    C,
    "2027-08-11T10:00",
    "Europe/Madrid",
    away=(named(Y, 8, 16, MON), named(Y, 8, 23, MON), P),
)
line(
    F,
    "la sem q viene no estoy, me voy al sur 🏔️",
    "es",
    C,
    "2027-08-04T10:00",
    "America/Santiago",
    away=(named(Y, 8, 9, MON), named(Y, 8, 16, MON), P),
)
line(
    F,
    "I'm out next week (Thanksgiving trip to see my folks), back on the 29th.",
    "en",
    C,
    "2027-11-17T10:00",
    "America/Chicago",
    away=(named(Y, 11, 22, MON), named(Y, 11, 29, MON), P),
)
line(
    F,
    "La próxima semana (Semana Santa) no estoy, vuelvo el lunes 29.",
    "es",
    C,
    "2027-03-17T10:00",
    "Europe/Madrid",
    away=(named(Y, 3, 22, MON), named(Y, 3, 29, MON), P),
)
line(
    F,
    "I'm in a training bootcamp the whole of next week (eight hours a day), so I'll be slow to answer.",
    "en",
    C,
    "2027-09-15T10:00",
    "America/Los_Angeles",
    away=(named(Y, 9, 20, MON), named(Y, 9, 27, MON), P),
)
line(
    F,
    "Semana que viene estoy en auditoría externa todo el tiempo, mejor lo vemos el lunes 18.",
    "es",
    C,
    "2027-10-06T10:00",
    "America/Lima",
    away=(named(Y, 10, 11, MON), named(Y, 10, 18, MON), P),
)
line(
    F,
    "Ojo: la otra semana cerramos por inventario, volvemos el lunes 15 de noviembre.",
    "es",
    C,
    "2027-11-03T10:00",
    "America/Guatemala",
    away=(named(Y, 11, 8, MON), named(Y, 11, 15, MON), CO),
)

# 4. absence without the usual words: leave ("licencia por paternidad", "reposo"), being tied up, "mñn"
F = "absence"
line(
    F,
    "Me tomo licencia por paternidad del 6 al 24 de septiembre.",
    "es",
    C,
    "2027-08-30T10:00",
    "America/Montevideo",
    away=(named(Y, 9, 6, MON), named(Y, 9, 25), P),
)
line(
    F,
    "Tengo licencia por estudio el jueves 23 y el viernes 24, el lunes 27 vuelvo.",
    "es",
    C,
    "2027-09-20T10:00",
    "America/Argentina/Buenos_Aires",
    away=(named(Y, 9, 23, THU), named(Y, 9, 27, MON), P),
)
line(
    F,
    "I'm tied up in a board review all this week, realistically I can look at it next Monday.",
    "en",
    C,
    "2027-10-04T10:00",
    "America/New_York",
    away=(named(Y, 10, 4, MON), named(Y, 10, 11, MON), P),
)
line(
    F,
    "Stuck at jury duty until Wednesday the 20th, can't check messages.",
    "en",
    C,
    "2027-10-15T10:00",
    "America/Denver",
    away=(named(Y, 10, 15, FRI), named(Y, 10, 20, WED), P),
)
line(
    F,
    "mñn me ausento todo el día por un trámite, pasado mñn estoy",
    "es",
    C,
    "2027-10-12T10:00",
    "America/Caracas",
    away=(named(Y, 10, 13, WED), named(Y, 10, 14, THU), P),
)
line(
    F,
    "The front office won't open on Monday for the bank holiday; phones are answered again from Tuesday.",
    "en",
    C,
    "2027-08-26T10:00",
    "Europe/London",
    away=(named(Y, 8, 30, MON), named(Y, 8, 31, TUE), CO),
)
line(
    F,
    "Me operan el lunes 4 y tengo reposo médico hasta el 15 de octubre.",
    "es",
    C,
    "2027-09-29T10:00",
    "America/Caracas",
    away=(named(Y, 10, 4, MON), named(Y, 10, 15), P),
)
line(
    F,
    "el lunes 13 me cojo el día libre para la mudanza",
    "es",
    C,
    "2027-09-08T10:00",
    "Europe/Madrid",
    away=(named(Y, 9, 13, MON), named(Y, 9, 14, TUE), P),
)

# 5. resume words: "reopening", "replies wait for", "se reanuda", "vuelvo a estar operativo", "taking calls again"
F = "resume"
line(
    F,
    "Plant closed from 20 Dec, reopening Tuesday 4 January.",
    "en",
    C,
    "2027-12-10T10:00",
    "Australia/Melbourne",
    away=(named(Y, 12, 20, MON), named(2028, 1, 4, TUE), CO),
)
line(
    F,
    "We're closed Thursday the 11th for Veterans Day, so replies will have to wait for Friday.",
    "en",
    C,
    "2027-11-08T10:00",
    "America/Chicago",
    away=(named(Y, 11, 11, THU), named(Y, 11, 12, FRI), CO),
)
line(
    F,
    "Cerramos el viernes 1 de octubre por fumigación; la atención se reanuda el lunes 4.",
    "es",
    C,
    "2027-09-27T10:00",
    "America/Lima",
    away=(named(Y, 10, 1, FRI), named(Y, 10, 4, MON), CO),
)
line(
    F,
    "Estoy fuera desde el martes 2 de noviembre y vuelvo a estar operativo el lunes 8.",
    "es",
    C,
    "2027-10-27T10:00",
    "Europe/Madrid",
    away=(named(Y, 11, 2, TUE), named(Y, 11, 8, MON), P),
)
line(
    F,
    "Off from the 13th, taking calls again from the 20th.",
    "en",
    C,
    "2027-09-07T10:00",
    "Europe/Dublin",
    away=(named(Y, 9, 13, MON), named(Y, 9, 20, MON), P),
)
line(
    F,
    "el 15 y 16 no estamos, las respuestas quedan para el lunes 20",
    "es",
    C,
    "2027-09-10T10:00",
    "America/Mexico_City",
    away=(named(Y, 9, 15, WED), named(Y, 9, 20, MON), CO),
)
line(
    F,
    "Out of the office Thursday and Friday for a family wedding, reachable again as of Monday.",
    "en",
    C,
    "2027-10-19T10:00",
    "America/Phoenix",
    away=(named(Y, 10, 21, THU), named(Y, 10, 25, MON), P),
)

# 6. opt-outs with other stop verbs and objects
F = "opt-out"
line(
    F,
    "Frenen los recordatorios, por favor; cuando tengamos presupuesto les escribimos.",
    "es",
    C,
    "2027-09-01T10:00",
    "America/Argentina/Buenos_Aires",
    opt=True,
)
line(
    F,
    "Corten con los correos de seguimiento, el tema está parado de nuestro lado.",
    "es",
    C,
    "2027-09-20T10:00",
    "America/Bogota",
    opt=True,
)
line(
    F,
    "Hold off on the follow-ups for now, we'll reach out once legal signs off.",
    "en",
    C,
    "2027-09-22T10:00",
    "America/New_York",
    opt=True,
)
line(
    F,
    "Please put the reminders on ice; I'll ping you when we're ready to move.",
    "en",
    C,
    "2027-10-05T10:00",
    "Europe/London",
    opt=True,
)
line(
    F,
    "Dejen de mandarme avisos por este caso, yo los contacto si hace falta.",
    "es",
    C,
    "2027-10-12T10:00",
    "America/Mexico_City",
    opt=True,
)
line(
    F,
    "Parad un poco con los seguimientos, que cuando haya novedades os aviso.",
    "es",
    C,
    "2027-10-18T10:00",
    "Europe/Madrid",
    opt=True,
)
line(
    F,
    "Kindly stop the chaser emails, we'll be in touch when the budget is approved.",
    "en",
    C,
    "2027-11-02T10:00",
    "Asia/Kolkata",
    opt=True,
)

# 7. distractors near those classes: nothing stated
F = "distractor"
for text, lang, now, tz in [
    (
        "Our project sponsor, Ms. Okafor, is travelling until 14 October; the sign-off will wait for her.",
        "en",
        "2027-10-04T10:00",
        "Europe/London",
    ),
    (
        "El contador está de licencia hasta el 20 de septiembre, así que los balances se atrasan.",
        "es",
        "2027-09-06T10:00",
        "America/Montevideo",
    ),
    (
        "Te aviso que Marta, tu contacto de compras, está de vacaciones hasta el 5 de noviembre; mientras yo te atiendo.",
        "es",
        "2027-10-25T10:00",
        "America/Mexico_City",
    ),
    (
        "Jamal on our side begins paternity leave on the 8th, please copy me on everything from then on.",
        "en",
        "2027-11-01T10:00",
        "America/New_York",
    ),
    (
        "El que está de viaje la semana que viene es mi jefe, yo sigo en la oficina.",
        "es",
        "2027-09-08T10:00",
        "America/Bogota",
    ),
    (
        "If the migration slips to November we might have to close the warehouse for a day, but nothing is decided.",
        "en",
        "2027-10-01T10:00",
        "America/Chicago",
    ),
    (
        "Pensaba tomarme el viernes libre pero al final no, así que seguimos con la demo.",
        "es",
        "2027-09-06T10:00",
        "Europe/Madrid",
    ),
    (
        "I was going to take next week off but I've postponed it, so the rollout is still on.",
        "en",
        "2027-09-08T10:00",
        "America/Denver",
    ),
    (
        "El lunes es feriado pero yo trabajo igual, cualquier cosa escríbanme.",
        "es",
        "2027-10-08T10:00",
        "America/Bogota",
    ),
    ("It's a public holiday here on Monday but I'll be online as usual.", "en", "2027-08-26T10:00", "Europe/London"),
    ("Saw your auto-reply yesterday, are you back in the office now?", "en", "2027-10-19T10:00", "America/Toronto"),
    ("¿Ya volviste de las vacaciones? Necesito que revises el contrato.", "es", "2027-08-30T10:00", "America/Santiago"),
    (
        "Could we book the training for the week of November 15? Thursday suits us best.",
        "en",
        "2027-11-03T10:00",
        "America/Los_Angeles",
    ),
    (
        "Aviso de sistemas: habrá una actualización de la plataforma la noche del jueves 14, sin impacto esperado.",
        "es",
        "2027-10-11T10:00",
        "America/Bogota",
    ),
    (
        "Reminder: scheduled maintenance on our portal this Saturday from 10pm to midnight.",
        "en",
        "2027-10-13T10:00",
        "America/New_York",
    ),
    (
        "Nuestra gerente regional estará en la feria de Hannover hasta el 30 de abril, la reunión queda para mayo.",
        "es",
        "2027-04-19T10:00",
        "Europe/Madrid",
    ),
    (
        "Their whole team is off until Jan 3, so the client's approval will come late.",
        "en",
        "2027-12-20T10:00",
        "America/Chicago",
    ),
    (
        "Si al final cerramos por inventario en diciembre, les avisamos con tiempo.",
        "es",
        "2027-11-10T10:00",
        "America/Lima",
    ),
    (
        "Last year we closed between Christmas and New Year, not sure about this year yet.",
        "en",
        "2027-11-22T10:00",
        "America/Toronto",
    ),
    (
        "Mi socio se va de vacaciones en agosto, yo me quedo acá todo el mes.",
        "es",
        "2027-07-05T10:00",
        "America/Argentina/Cordoba",
    ),
]:
    line(F, text, lang, C, now, tz)

save("fresh-2026-12-03-Z-own.jsonl")
