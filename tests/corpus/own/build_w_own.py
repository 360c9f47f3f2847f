# ruff: noqa: E501
"""Builds fresh-2026-12-03-W-own.jsonl: the probe set of the X/Y round, written after reading the failure lists of
blind batches X and Y (no line of them copied or rephrased) and scored before any rule change. Nine classes of their
misses, 8-10 new sentences each in other words and shapes, plus distractors near those classes. Every label is
computed with datetime (and `holidays` for named days); the `form` tag is the class."""

from datetime import timedelta

import holidays
from probe import CO, FRI, MON, SAT, THU, TUE, WED, C, P, S, at, line, named, save

D = timedelta(days=1)


def holiday(country, year, name):  # the date `holidays` gives a named day
    found = [d for d, n in holidays.country_holidays(country, years=year, language="en_US").items() if name in n]
    assert len(found) == 1, (country, year, name, found)
    return found[0]


def weeks(start, n):
    return start + timedelta(weeks=n)


# 1. duration after a start: "N weeks / a fortnight / un mes" counted from the first day away
F = "duration"
line(
    F,
    "Starting Monday the 8th I'm on leave for three weeks.",
    "en",
    C,
    "2027-03-03T10:00",
    "America/Chicago",
    away=(named(2027, 3, 8, MON), weeks(named(2027, 3, 8), 3), P),
)
line(
    F,
    "A partir del 3 de mayo me tomo 10 días de vacaciones.",
    "es",
    C,
    "2027-04-27T10:00",
    "Europe/Madrid",
    away=(named(2027, 5, 3, MON), named(2027, 5, 3) + 10 * D, P),
)
line(
    F,
    "Desde el martes 2 me voy un mes a Chile por trabajo, sin acceso al correo.",
    "es",
    C,
    "2027-01-28T10:00",
    "America/Lima",
    away=(named(2027, 2, 2, TUE), named(2027, 3, 2), P),
)
line(
    F,
    "I'm off for a week from tomorrow.",
    "en",
    C,
    "2027-05-11T10:00",
    "Europe/Dublin",
    away=(named(2027, 5, 12), named(2027, 5, 19), P),
)
line(
    F,
    "Me ausento dos semanas a partir del lunes; cualquier duda, Paula.",
    "es",
    C,
    "2027-02-03T10:00",
    "America/Bogota",
    away=(named(2027, 2, 8, MON), weeks(named(2027, 2, 8), 2), P),
)
line(
    F,
    "Out for 5 days starting Thursday (family stuff).",
    "en",
    C,
    "2027-06-07T10:00",
    "America/Denver",
    away=(named(2027, 6, 10, THU), named(2027, 6, 15), P),
)
line(
    F,
    "Estaré de viaje desde el 14 de junio durante tres semanas.",
    "es",
    C,
    "2027-06-01T10:00",
    "America/Santiago",
    away=(named(2027, 6, 14, MON), weeks(named(2027, 6, 14), 3), P),
)
line(
    F,
    "Taking a fortnight off from the 19th of July.",
    "en",
    C,
    "2027-07-05T10:00",
    "Europe/London",
    away=(named(2027, 7, 19, MON), weeks(named(2027, 7, 19), 2), P),
)
line(
    F,
    "Me voy de excedencia seis meses desde el 1 de septiembre.",
    "es",
    C,
    "2027-07-20T10:00",
    "Europe/Madrid",
    away=(named(2027, 9, 1), named(2028, 3, 1), P),
)
line(
    F,
    "heads up: my parental leave kicks off next Monday, 12 weeks",
    "en",
    C,
    "2027-04-14T10:00",
    "America/New_York",
    away=(named(2027, 4, 19, MON), weeks(named(2027, 4, 19), 12), P),
)

# 2. a company's closure by other verbs, sites and holidays
F = "closure"
line(
    F,
    "Nuestro almacén de Guadalajara no va a operar el viernes 17.",
    "es",
    C,
    "2027-09-13T10:00",
    "America/Mexico_City",
    away=(named(2027, 9, 17, FRI), named(2027, 9, 18), CO),
)
labor = holiday("US", 2027, "Labor Day")
line(
    F,
    "The plant won't be running on Labor Day.",
    "en",
    C,
    "2027-08-31T10:00",
    "America/Chicago",
    away=(labor, labor + D, CO),
)
line(
    F,
    "No abrimos el sábado 12 por inventario.",
    "es",
    C,
    "2027-06-08T10:00",
    "America/Argentina/Buenos_Aires",
    away=(named(2027, 6, 12, SAT), named(2027, 6, 13), CO),
)
line(
    F,
    "El lunes 16 de agosto es festivo y la delegación de Vigo no abre.",
    "es",
    C,
    "2027-08-10T10:00",
    "Europe/Madrid",
    away=(named(2027, 8, 16, MON), named(2027, 8, 17), CO),
)
line(
    F,
    "There won't be anyone at the warehouse on Friday, company picnic.",
    "en",
    C,
    "2027-06-21T10:00",
    "America/Los_Angeles",
    away=(named(2027, 6, 25, FRI), named(2027, 6, 26), CO),
)
line(
    F,
    "Nobody will be at the front desk Dec 24 through Dec 26.",
    "en",
    C,
    "2027-12-15T10:00",
    "America/Toronto",
    away=(named(2027, 12, 24), named(2027, 12, 27), CO),
)
line(
    F,
    "Les comento que el centro de atención no operará del 1 al 3 de enero.",
    "es",
    C,
    "2027-12-20T10:00",
    "America/Bogota",
    away=(named(2028, 1, 1), named(2028, 1, 4), CO),
)
line(
    F,
    "Our Denver site is fully shut down the week of the 12th for maintenance.",
    "en",
    C,
    "2027-07-06T10:00",
    "America/Denver",
    away=(named(2027, 7, 12, MON), named(2027, 7, 19), CO),
)
pichincha = holiday("EC", 2027, "Pichincha")
line(
    F,
    "ojo, el lunes la oficina de Quito no atiende, es feriado",
    "es",
    C,
    "2027-05-21T10:00",
    "America/Guayaquil",
    away=(pichincha, pichincha + D, CO),
)

# 3. a named holiday or a named week is the first day away, not today
F = "named-start"
memorial = holiday("US", 2027, "Memorial Day")
line(
    F,
    "Out Memorial Day, back Tuesday.",
    "en",
    C,
    "2027-05-26T10:00",
    "America/New_York",
    away=(memorial, memorial + D, P),
)
carnival = sorted(
    d for d, n in holidays.country_holidays("EC", years=2027, language="en_US").items() if "Carnival" in n
)
line(
    F,
    "Toda la semana de Carnaval estoy fuera.",
    "es",
    C,
    "2027-02-01T10:00",
    "America/Guayaquil",
    away=(carnival[0], carnival[0] + 7 * D, P),
)
good_friday = holiday("ES", 2027, "Good Friday")
line(
    F,
    "El Jueves Santo y el Viernes Santo no estoy.",
    "es",
    C,
    "2027-03-22T10:00",
    "Europe/Madrid",
    away=(good_friday - D, good_friday + D, P),
)
thanks = holiday("US", 2027, "Thanksgiving")
line(
    F,
    "Thanksgiving week I'm fully offline.",
    "en",
    C,
    "2027-11-10T10:00",
    "America/Chicago",
    away=(thanks - 3 * D, thanks + 4 * D, P),
)
patrick = holiday("IE", 2027, "Patrick")
line(
    F,
    "Off St Patrick's Day, back on the 18th.",
    "en",
    C,
    "2027-03-12T10:00",
    "Europe/Dublin",
    away=(patrick, named(2027, 3, 18), P),
)
easter_monday = good_friday + 3 * D
line(
    F,
    "El lunes de Pascua me lo tomo libre, el martes ya estoy.",
    "es",
    C,
    "2027-03-24T10:00",
    "Europe/Madrid",
    away=(easter_monday, easter_monday + D, P),
)
mlk = holiday("US", 2027, "Martin Luther King")
line(F, "MLK Day I'm out, back Tuesday.", "en", C, "2027-01-12T10:00", "America/Chicago", away=(mlk, mlk + D, P))
line(
    F,
    "I'm taking the whole of Holy Week off.",
    "en",
    C,
    "2027-03-15T10:00",
    "America/Mexico_City",
    away=(good_friday - 4 * D, good_friday + 3 * D, P),
)
hispanidad = holiday("ES", 2027, "National Day")
line(
    F,
    "El día de la Hispanidad no estoy, vuelvo el 13.",
    "es",
    C,
    "2027-10-06T10:00",
    "Europe/Madrid",
    away=(hispanidad, named(2027, 10, 13), P),
)
line(
    F,
    "Año Nuevo y el 2 no hay nadie en la oficina.",
    "es",
    C,
    "2026-12-28T10:00",
    "America/Bogota",
    away=(named(2027, 1, 1), named(2027, 1, 3), CO),
)

# 4. resume verbs: the day someone picks things up again
F = "resume-verb"
line(
    F,
    "El miércoles no estoy; el jueves me reincorporo.",
    "es",
    C,
    "2027-06-07T10:00",
    "Europe/Madrid",
    away=(named(2027, 6, 9, WED), named(2027, 6, 10, THU), P),
)
line(
    F,
    "Off Friday for a wedding, picking things back up Monday.",
    "en",
    C,
    "2027-04-13T10:00",
    "America/Chicago",
    away=(named(2027, 4, 16, FRI), named(2027, 4, 19, MON), P),
)
line(
    F,
    "Mañana no estoy, el viernes me pongo al día con todo.",
    "es",
    C,
    "2027-02-23T10:00",
    "America/Argentina/Buenos_Aires",
    away=(named(2027, 2, 24), named(2027, 2, 26, FRI), P),
)
line(
    F,
    "I'm out Thursday and Friday; will catch up with everyone on Monday.",
    "en",
    C,
    "2027-05-04T10:00",
    "Europe/Dublin",
    away=(named(2027, 5, 6, THU), named(2027, 5, 10, MON), P),
)
line(
    F,
    "El lunes 6 cerramos; el martes retomamos normal.",
    "es",
    C,
    "2027-11-30T10:00",
    "America/Santiago",
    away=(named(2027, 12, 6, MON), named(2027, 12, 7), CO),
)
line(
    F,
    "Offline Mon–Tue next week, I'll be back at it Wednesday.",
    "en",
    C,
    "2027-01-20T10:00",
    "America/Los_Angeles",
    away=(named(2027, 1, 25, MON), named(2027, 1, 27, WED), P),
)
line(
    F,
    "El jueves estoy en un funeral, el viernes vuelvo a la carga.",
    "es",
    C,
    "2027-03-16T10:00",
    "America/Lima",
    away=(named(2027, 3, 18, THU), named(2027, 3, 19, FRI), P),
)
line(
    F,
    "We're closed Monday for the move; normal service resumes Tuesday.",
    "en",
    C,
    "2027-08-26T10:00",
    "Europe/London",
    away=(named(2027, 8, 30, MON), named(2027, 8, 31, TUE), CO),
)
line(
    F,
    "No estoy el martes, el miércoles me reengancho.",
    "es",
    C,
    "2027-10-22T10:00",
    "Europe/Madrid",
    away=(named(2027, 10, 26, TUE), named(2027, 10, 27, WED), P),
)

# 5. absence told by an activity: audits, courses, jury duty, installs, surgery, trade shows
F = "activity"
line(
    F,
    "Estaré en una auditoría externa el lunes y el martes, sin poder contestar.",
    "es",
    C,
    "2027-05-05T10:00",
    "America/Bogota",
    away=(named(2027, 5, 10, MON), named(2027, 5, 12), P),
)
line(
    F,
    "I'm at a training course all day Thursday.",
    "en",
    C,
    "2027-06-08T10:00",
    "America/New_York",
    away=(named(2027, 6, 10, THU), named(2027, 6, 11), P),
)
line(
    F,
    "Del 4 al 6 estoy en un curso en Valencia, desconectado.",
    "es",
    C,
    "2027-10-01T10:00",
    "Europe/Madrid",
    away=(named(2027, 10, 4), named(2027, 10, 7), P),
)
line(
    F,
    "Jury duty Monday, so I won't be around.",
    "en",
    C,
    "2027-09-08T10:00",
    "America/Chicago",
    away=(named(2027, 9, 13, MON), named(2027, 9, 14), P),
)
line(
    F,
    "Tengo inventario en la bodega todo el viernes, no voy a poder ver nada.",
    "es",
    C,
    "2027-04-05T10:00",
    "America/Santiago",
    away=(named(2027, 4, 9, FRI), named(2027, 4, 10), P),
)
line(
    F,
    "On a customer site visit Tues–Wed with no signal.",
    "en",
    C,
    "2027-03-05T10:00",
    "Europe/London",
    away=(named(2027, 3, 9, TUE), named(2027, 3, 11), P),
)
line(
    F,
    "Jueves y viernes estoy en formación interna, no podré atenderos.",
    "es",
    C,
    "2027-11-08T10:00",
    "Europe/Madrid",
    away=(named(2027, 11, 11, THU), named(2027, 11, 13), P),
)
line(
    F,
    "Doing an onsite install in Monterrey all next week, basically unreachable.",
    "en",
    C,
    "2027-08-11T10:00",
    "America/Mexico_City",
    away=(named(2027, 8, 16, MON), named(2027, 8, 23), P),
)
line(
    F,
    "El miércoles tengo una cirugía y no voy a estar conectado, vuelvo el jueves.",
    "es",
    C,
    "2027-07-12T10:00",
    "America/Argentina/Buenos_Aires",
    away=(named(2027, 7, 14, WED), named(2027, 7, 15, THU), P),
)
line(
    F,
    "Heading to a trade show in Vegas Monday through Wednesday.",
    "en",
    C,
    "2027-01-06T10:00",
    "America/Los_Angeles",
    away=(named(2027, 1, 11, MON), named(2027, 1, 14), P),
)

# 6. dates of other sentences stay out of the window; a past meeting is no absence
F = "other-dates"
line(
    F,
    "Quick update: the invoice from Jan 4 is paid. Also, I'm out Friday, back Monday.",
    "en",
    C,
    "2027-01-13T10:00",
    "America/New_York",
    away=(named(2027, 1, 15, FRI), named(2027, 1, 18, MON), P),
)
line(
    F,
    "Recap: contract signed on the 2nd, kickoff planned for the 20th. I'm away on the 10th and 11th.",
    "en",
    C,
    "2027-08-04T10:00",
    "Europe/London",
    away=(named(2027, 8, 10, TUE), named(2027, 8, 12), P),
)
line(
    F,
    "Les confirmo que el pago del 30 de junio ya se acreditó. Por otro lado, estaré de vacaciones del 12 al 23 de julio.",
    "es",
    C,
    "2027-07-05T10:00",
    "America/Lima",
    away=(named(2027, 7, 12, MON), named(2027, 7, 24), P),
)
line(
    F,
    "Gracias por la reunión de ayer. Queremos migrar antes del 1 de abril. Yo estoy fuera el jueves.",
    "es",
    C,
    "2027-03-09T10:00",
    "Europe/Madrid",
    away=(named(2027, 3, 11, THU), named(2027, 3, 12), P),
)
line(
    F,
    "We need the audit report before the Oct 15 board meeting; heads up that I'm off Monday and Tuesday.",
    "en",
    C,
    "2027-10-06T10:00",
    "America/Chicago",
    away=(named(2027, 10, 11, MON), named(2027, 10, 13), P),
)
line(
    F,
    "La renovación vence el 28 de febrero. Aviso que el lunes 8 no estoy.",
    "es",
    C,
    "2027-02-03T10:00",
    "America/Bogota",
    away=(named(2027, 2, 8, MON), named(2027, 2, 9), P),
)
line(
    F,
    "After the March 9 steering committee we'll circle back, please hold off on follow-ups till then.",
    "en",
    C,
    "2027-03-01T10:00",
    "Asia/Singapore",
    opt=True,
)
line(
    F,
    "Tras la junta del 14 de mayo les decimos algo, no hace falta que nos escriban.",
    "es",
    C,
    "2027-05-03T10:00",
    "America/Mexico_City",
    opt=True,
)
line(
    F,
    "Since the outage on the 3rd we've been fine. I'm on PTO the 20th–24th.",
    "en",
    C,
    "2027-09-14T10:00",
    "America/Denver",
    away=(named(2027, 9, 20, MON), named(2027, 9, 25), P),
)

# 7. promises: subjectless commitments, "before the weekend", a latest day beside a soft estimate
F = "promise"
line(
    F,
    "Shipping the patch to staging Thursday.",
    "en",
    S,
    "2027-04-12T10:00",
    "America/Chicago",
    due=at(named(2027, 4, 15, THU), 17),
)
line(
    F,
    "Getting you the numbers by noon tomorrow.",
    "en",
    S,
    "2027-05-18T10:00",
    "Europe/London",
    due=at(named(2027, 5, 19), 12),
)
line(
    F,
    "Will circle back with the draft on Monday.",
    "en",
    S,
    "2027-06-09T10:00",
    "America/New_York",
    due=at(named(2027, 6, 14, MON), 17),
)
line(
    F,
    "Te mando el presupuesto antes del finde.",
    "es",
    S,
    "2027-09-14T10:00",
    "Europe/Madrid",
    due=at(named(2027, 9, 17, FRI), 17),
)
line(
    F,
    "Les envío el informe antes del fin de semana sin falta.",
    "es",
    S,
    "2027-10-19T10:00",
    "America/Bogota",
    due=at(named(2027, 10, 22, FRI), 17),
)
line(
    F,
    "Should take me a day or two, Thursday at the very latest.",
    "en",
    S,
    "2027-03-01T10:00",
    "America/Denver",
    due=at(named(2027, 3, 4, THU), 17),
)
line(
    F,
    "Lo tendrás en unos días, como tarde el miércoles.",
    "es",
    S,
    "2027-02-05T10:00",
    "America/Santiago",
    due=at(named(2027, 2, 10, WED), 17),
)
line(
    F,
    "I'll try for tomorrow, but Friday latest.",
    "en",
    S,
    "2027-08-10T10:00",
    "America/Los_Angeles",
    due=at(named(2027, 8, 13, FRI), 17),
)
line(
    F,
    "Dropping the signed copy in your inbox Wednesday.",
    "en",
    S,
    "2027-11-01T10:00",
    "Europe/Dublin",
    due=at(named(2027, 11, 3, WED), 17),
)
line(
    F,
    "Te lo paso en el correr de la semana, a más tardar el jueves.",
    "es",
    S,
    "2027-06-14T10:00",
    "America/Montevideo",
    due=at(named(2027, 6, 17, THU), 17),
)

# 8. opt-outs: follow-up as the thing to stop, in other words
F = "optout"
for text, lang, now, tz in [
    (
        "Por favor dejen de darle seguimiento a esto, yo les escribo cuando tenga novedades.",
        "es",
        "2027-03-02T10:00",
        "America/Bogota",
    ),
    ("No hace falta que me hagáis seguimiento, ya os contactaré yo.", "es", "2027-04-20T10:00", "Europe/Madrid"),
    ("Stop following up on this one, we'll ping you.", "en", "2027-02-11T10:00", "America/New_York"),
    ("Pueden suspender el seguimiento; nosotros los buscamos.", "es", "2027-05-18T10:00", "America/Lima"),
    ("No more check-ins on this please, I'll reach out.", "en", "2027-06-03T10:00", "Europe/London"),
    ("Ya no le den seguimiento al caso 2210 por ahora, les aviso.", "es", "2027-01-26T10:00", "America/Mexico_City"),
    ("Quit chasing me about the renewal — I'll get back to you.", "en", "2027-09-07T10:00", "America/Chicago"),
    (
        "Les pido que no me contacten más por el tema de la licencia hasta que yo les escriba.",
        "es",
        "2027-08-17T10:00",
        "America/Santiago",
    ),
    ("Hold the follow-up emails, I'll be in touch.", "en", "2027-10-12T10:00", "America/Toronto"),
]:
    line(F, text, lang, C, now, tz, opt=True)

# 9. questions and reports of the past, near the classes above: they state nothing
for text, lang, role, now, tz in [
    ("¿Ustedes trabajan el 24 de diciembre?", "es", C, "2027-12-10T10:00", "America/Bogota"),
    ("Is your office open on Good Friday?", "en", C, "2027-03-17T10:00", "Europe/London"),
    ("¿Cuándo regresa Marta de la licencia? Creo que el 15.", "es", C, "2027-02-08T10:00", "America/Lima"),
    ("When does your support team come back from the holidays?", "en", C, "2027-12-21T10:00", "America/Chicago"),
    ("La versión 2.4 se publicó el jueves 4 con las correcciones.", "es", C, "2027-03-08T10:00", "Europe/Madrid"),
    ("el parche salio el lunes 8 y ya anda todo", "es", C, "2027-02-10T10:00", "America/Argentina/Buenos_Aires"),
    ("El envio llego el miercoles 3 sin problemas.", "es", C, "2027-11-05T10:00", "America/Mexico_City"),
    ("Last year you guys closed from Dec 24 to Jan 3, right?", "en", C, "2027-11-15T10:00", "America/New_York"),
    ("¿Van a cerrar por el puente de diciembre?", "es", C, "2027-11-29T10:00", "Europe/Madrid"),
    (
        "we were out the whole week of the 8th because of the flu, sorry for the silence",
        "en",
        C,
        "2027-02-17T10:00",
        "America/Denver",
    ),
    ("El pedido se despacho el viernes 12.", "es", C, "2027-03-15T10:00", "America/Santiago"),
    ("Le damos seguimiento a su caso y le escribimos pronto.", "es", S, "2027-04-07T10:00", "America/Bogota"),
    ("We follow up on every ticket within 2 business days.", "en", S, "2027-05-12T10:00", "America/Chicago"),
    ("The plant runs Monday through Saturday.", "en", C, "2027-06-02T10:00", "America/Detroit"),
    ("Our warehouse doesn't operate on Sundays.", "en", C, "2027-07-14T10:00", "America/Phoenix"),
    ("Spring break for the kids starts on the 15th, crazy times.", "en", C, "2027-03-08T10:00", "America/New_York"),
    ("Cerramos el trimestre el 31 de marzo.", "es", C, "2027-03-10T10:00", "America/Mexico_City"),
    ("El cierre contable es el viernes 26.", "es", C, "2027-11-15T10:00", "America/Lima"),
    ("La auditoría fue el lunes y salió bien.", "es", C, "2027-05-12T10:00", "Europe/Madrid"),
    ("Our training course last week was great.", "en", C, "2027-06-15T10:00", "Europe/Dublin"),
    ("Is Memorial Day a holiday for your team?", "en", C, "2027-05-20T10:00", "America/Los_Angeles"),
    ("I was out two weeks in January, thanks for covering.", "en", C, "2027-02-15T10:00", "America/Toronto"),
    ("¿Qué días no opera su centro de distribución en agosto?", "es", C, "2027-07-01T10:00", "America/Mexico_City"),
    (
        "The trade show starts on May 10 in Las Vegas — are you going?",
        "en",
        C,
        "2027-04-20T10:00",
        "America/Los_Angeles",
    ),
    ("Tres semanas de prueba gratis a partir del alta.", "es", S, "2027-01-18T10:00", "America/Bogota"),
    ("We shut down the old server last Friday.", "en", C, "2027-09-20T10:00", "America/Chicago"),
    ("La licencia de Office vence en dos semanas.", "es", C, "2027-06-21T10:00", "America/Santiago"),
    ("Semana Santa es la semana del 22 de marzo este año.", "es", C, "2027-02-25T10:00", "America/Guatemala"),
]:
    line("distractor", text, lang, role, now, tz)

save("fresh-2026-12-03-W-own.jsonl")
