# ruff: noqa: E501
"""Builds fresh-2026-12-02-F-own.jsonl: the rule author's own sentences for the eight classes of batch E's
misses, written before the rules that read them. Every label is computed here with datetime, never typed."""

from datetime import date, datetime, timedelta

from probe import FRI, MON, THU, TUE, WED, D, coming, in_zone, next_monday, save

LINES = []


def line(cls, text, lang, role, now, tz, away=None, opt=False, due=None):
    expect = {"unavailable": None, "opt_out": opt, "promise": None}
    if away:
        start, resume, scope = away
        expect["unavailable"] = {"start": start.isoformat(), "resume": resume.isoformat(), "scope": scope}
    if due:
        expect["promise"] = {"due": due.strftime("%Y-%m-%dT%H:%M")}
    LINES.append(
        {
            "text": text,
            "lang": lang,
            "role": role,
            "now": now.strftime("%Y-%m-%dT%H:%M"),
            "tz": tz,
            "class": cls,
            "expect": expect,
        }
    )


def at(s):
    return datetime.fromisoformat(s)


# 1. a resume-marker day after an away day is the resume
n = at("2026-12-08T10:00")
t = n.date()  # Tuesday
line(
    1,
    "The shop is shut tomorrow for a stock count, we open again Thursday.",
    "en",
    "customer",
    n,
    "America/Chicago",
    (t + D, coming(t, THU), "company"),
)
n = at("2027-01-12T16:10")
t = n.date()  # Tuesday
line(
    1,
    "Closed today for the move; opening again tomorrow morning.",
    "en",
    "customer",
    n,
    "America/Denver",
    (t, t + D, "company"),
)
n = at("2026-12-14T09:05")
t = n.date()  # Monday
line(
    1,
    "Tomorrow and the day after I'm at a trade show, back in the office Thursday.",
    "en",
    "customer",
    n,
    "America/New_York",
    (t + D, coming(t, THU), "person"),
)
n = at("2027-02-03T11:30")
t = n.date()  # Wednesday
line(
    1,
    "I'm off tomorrow, dentist. Anything else, Friday.",
    "en",
    "customer",
    n,
    "Europe/Dublin",
    (t + D, coming(t, FRI), "person"),
)
n = at("2026-12-10T12:00")
t = n.date()  # Thursday
line(
    1,
    "hoy no estoy en la oficina, cualquier duda el lunes",
    "es",
    "customer",
    n,
    "America/Bogota",
    (t, coming(t, MON), "person"),
)
n = at("2027-01-19T08:15")
t = n.date()  # Tuesday
line(
    1,
    "Mañana cerramos por inventario, abrimos el jueves como siempre.",
    "es",
    "customer",
    n,
    "America/Mexico_City",
    (t + D, coming(t, THU), "company"),
)
n = at("2026-12-21T17:40")
t = n.date()  # Monday
line(
    1,
    "Mañana y pasado estoy de viaje, el jueves ya estoy por acá.",
    "es",
    "customer",
    n,
    "America/Argentina/Buenos_Aires",
    (t + D, coming(t, THU), "person"),
)
n = at("2027-02-09T10:00")
t = n.date()  # Tuesday
line(
    1,
    "Pasado mañana no estoy, tengo un curso; cualquier cosa el viernes.",
    "es",
    "customer",
    n,
    "Europe/Madrid",
    (t + 2 * D, coming(t, FRI), "person"),
)
n = at("2027-01-05T13:00")
t = n.date()  # Tuesday
line(
    1,
    "la tienda esta cerrada hoy por el feriado local, abre manana normal",
    "es",
    "customer",
    n,
    "America/Lima",
    (t, t + D, "company"),
)
n = at("2026-12-15T09:00")
t = n.date()  # Tuesday
line(
    1,
    "We're closed Thursday and Friday for the offsite, open again on Monday.",
    "en",
    "customer",
    n,
    "America/Los_Angeles",
    (coming(t, THU), coming(t, MON), "company"),
)

# 2. typos in the absence words, "all week"
n = at("2026-12-14T15:20")
t = n.date()  # Monday
line(
    2,
    "out of ofice all week, will reply when I can",
    "en",
    "customer",
    n,
    "America/New_York",
    (t, next_monday(t), "person"),
)
n = at("2027-01-13T10:00")
t = n.date()  # Wednesday
line(2, "Im on vacaton until monday", "en", "customer", n, "America/Chicago", (t, coming(t, MON), "person"))
n = at("2026-12-16T08:00")
t = n.date()
line(2, "I'm out of the offcie tomorrow", "en", "customer", n, "Europe/London", (t + D, t + 2 * D, "person"))
n = at("2027-01-11T09:30")
t = n.date()  # Monday
line(
    2,
    "I'm travelling the whole week, slow replies",
    "en",
    "customer",
    n,
    "America/Denver",
    (t, next_monday(t), "person"),
)
n = at("2027-02-01T12:00")
t = n.date()
line(2, "estoy de vacasiones hasta el 8", "es", "customer", n, "America/Bogota", (t, date(2027, 2, 8), "person"))
n = at("2026-12-09T16:00")
t = n.date()  # Wednesday
line(
    2,
    "Esta semana estoy fuera de la ofcina, vuelvo el lunes.",
    "es",
    "customer",
    n,
    "America/Santiago",
    (t, coming(t, MON), "person"),
)
n = at("2027-01-18T10:10")
t = n.date()  # Monday
line(
    2,
    "toda la semana estoy en capacitacion, respondo lento",
    "es",
    "customer",
    n,
    "America/Mexico_City",
    (t, next_monday(t), "person"),
)
n = at("2026-12-17T11:00")
t = n.date()
line(2, "mañana estoy de bacaciones", "es", "customer", n, "Europe/Madrid", (t + D, t + 2 * D, "person"))
n = at("2027-01-25T14:00")
t = n.date()  # Monday
line(
    2,
    "Our whole team is at a confernce all week.",
    "en",
    "customer",
    n,
    "America/Los_Angeles",
    (t, next_monday(t), "company"),
)

# 3. a future "desde X" is the start
n = at("2026-12-03T15:30")
t = n.date()
line(
    3,
    "Estaré fuera desde el 22 de diciembre y vuelvo el 4 de enero.",
    "es",
    "customer",
    n,
    "America/Bogota",
    (date(2026, 12, 22), date(2027, 1, 4), "person"),
)
n = at("2027-01-07T09:00")
t = n.date()
line(
    3,
    "La planta va a estar parada desde el 20 de enero hasta el 27 de enero inclusive.",
    "es",
    "customer",
    n,
    "America/Lima",
    (date(2027, 1, 20), date(2027, 1, 28), "company"),
)
n = at("2026-12-10T10:00")
t = n.date()
line(
    3,
    "desde el 23 de diciembre no estoy, regreso el 2 de enero",
    "es",
    "customer",
    n,
    "America/Mexico_City",
    (date(2026, 12, 23), date(2027, 1, 2), "person"),
)
n = at("2027-02-01T10:00")
t = n.date()
line(
    3,
    "Les aviso que desde el 15 de febrero estoy de licencia, vuelvo el 1 de marzo.",
    "es",
    "customer",
    n,
    "America/Santiago",
    (date(2027, 2, 15), date(2027, 3, 1), "person"),
)
n = at("2026-12-04T10:00")
t = n.date()
line(
    3,
    "Nuestra oficina cierra desde el 24 de diciembre y reabrimos el 7 de enero.",
    "es",
    "customer",
    n,
    "Europe/Madrid",
    (date(2026, 12, 24), date(2027, 1, 7), "company"),
)
n = at("2026-12-02T09:00")
t = n.date()
line(
    3,
    "From December 18 I'm on leave, back January 6.",
    "en",
    "customer",
    n,
    "America/New_York",
    (date(2026, 12, 18), date(2027, 1, 6), "person"),
)
n = at("2027-01-04T09:00")
t = n.date()
line(
    3,
    "vamos a estar cerrados desde el 10 de enero, volvemos el 13 de enero",
    "es",
    "customer",
    n,
    "America/Panama",
    (date(2027, 1, 10), date(2027, 1, 13), "company"),
)
n = at("2026-12-15T10:00")
t = n.date()
line(
    3,
    "Voy a estar de vacaciones desde el 28 de diciembre hasta el 8 de enero.",
    "es",
    "customer",
    n,
    "America/Argentina/Buenos_Aires",
    (date(2026, 12, 28), date(2027, 1, 8), "person"),
)

# 4. the moment attached to the commitment, not a date that describes a past fact
n = at("2026-12-09T11:00")
t = n.date()  # Wednesday
line(
    4,
    "We traced the sync errors to the certificate rotated on December 1. I'll send you the full postmortem by Friday noon.",
    "en",
    "staff",
    n,
    "America/New_York",
    due=datetime.combine(coming(t, FRI), datetime.min.time()).replace(hour=12),
)
n = at("2026-12-11T10:30")
t = n.date()  # Friday
line(
    4,
    "The export job you ran on Nov 30 hit the old limit. We'll have the raised limit deployed by Monday EOD, no action needed on your side.",
    "en",
    "staff",
    n,
    "America/Chicago",
    due=datetime.combine(coming(t, MON), datetime.min.time()).replace(hour=17),
)
n = at("2027-01-14T15:00")
t = n.date()  # Thursday
line(
    4,
    "Hola Carla: el cobro duplicado es de la factura emitida el 2 de enero. Te confirmo la devolución el martes antes de las 3 de la tarde.",
    "es",
    "staff",
    n,
    "America/Mexico_City",
    due=datetime.combine(coming(t, TUE), datetime.min.time()).replace(hour=15),
)
n = at("2026-12-16T09:00")
t = n.date()  # Wednesday
line(
    4,
    "Revisamos los registros del 10 de diciembre, cuando tuvimos el corte. A más tardar el viernes les enviamos el informe.",
    "es",
    "staff",
    n,
    "America/Bogota",
    due=datetime.combine(coming(t, FRI), datetime.min.time()).replace(hour=17),
)
n = at("2027-02-02T14:00")
t = n.date()  # Tuesday
line(
    4,
    "Your plan was upgraded on January 28 and the invoice (dated Jan 29) is correct. I'll have the credit note for you by Thursday at 10am.",
    "en",
    "staff",
    n,
    "Europe/Dublin",
    due=datetime.combine(coming(t, THU), datetime.min.time()).replace(hour=10),
)
n = at("2026-12-07T16:00")
t = n.date()  # Monday
line(
    4,
    "El parche que se publicó el 1 de diciembre causó el problema. Como muy tarde el jueves 10 a las 9 de la mañana tendrán la corrección.",
    "es",
    "staff",
    n,
    "America/Lima",
    due=datetime(2026, 12, 10, 9),
)
n = at("2027-01-20T10:00")
t = n.date()  # Wednesday
line(
    4,
    "Thanks for the logs from January 15. The fix is in review; you'll have it in production no later than Friday 4pm.",
    "en",
    "staff",
    n,
    "America/Los_Angeles",
    due=datetime.combine(coming(t, FRI), datetime.min.time()).replace(hour=16),
)
n = at("2026-12-14T12:00")
t = n.date()  # Monday
line(
    4,
    "Vimos que el error empezó el 11 de diciembre, después del despliegue. Te escribo mañana a primera hora con la causa.",
    "es",
    "staff",
    n,
    "Europe/Madrid",
    due=datetime.combine(t + D, datetime.min.time()).replace(hour=9),
)

# 5. named zones by region
n = at("2027-01-28T13:15")
t = n.date()
line(
    5,
    "I'll send the contract by 10am Pacific tomorrow.",
    "en",
    "staff",
    n,
    "America/Mexico_City",
    due=in_zone(t + D, 10, 0, "America/Los_Angeles", "America/Mexico_City"),
)
n = at("2026-12-10T09:00")
t = n.date()  # Thursday
line(
    5,
    "We'll have the fix live by 3pm Eastern on Friday.",
    "en",
    "staff",
    n,
    "America/Bogota",
    due=in_zone(coming(t, FRI), 15, 0, "America/New_York", "America/Bogota"),
)
n = at("2027-02-01T08:00")
t = n.date()
line(
    5,
    "You'll get the report tomorrow at 9 am Central Time.",
    "en",
    "staff",
    n,
    "America/Los_Angeles",
    due=in_zone(t + D, 9, 0, "America/Chicago", "America/Los_Angeles"),
)
n = at("2026-12-15T10:00")
t = n.date()
line(
    5,
    "Te lo envío mañana a las 11 hora del este.",
    "es",
    "staff",
    n,
    "America/Lima",
    due=in_zone(t + D, 11, 0, "America/New_York", "America/Lima"),
)
n = at("2027-01-11T10:00")
t = n.date()  # Monday
line(
    5,
    "Les confirmo el miércoles a las 4 de la tarde hora del pacífico.",
    "es",
    "staff",
    n,
    "America/Mexico_City",
    due=in_zone(coming(t, WED), 16, 0, "America/Los_Angeles", "America/Mexico_City"),
)
n = at("2026-12-18T12:00")
t = n.date()
line(
    5,
    "I'll get back to you by 5pm Eastern Time today.",
    "en",
    "staff",
    n,
    "Europe/Madrid",
    due=in_zone(t, 17, 0, "America/New_York", "Europe/Madrid"),
)
n = at("2027-01-06T09:00")
t = n.date()
line(
    5,
    "Mañana a las 8 am hora central le mando la cotización.",
    "es",
    "staff",
    n,
    "America/Bogota",
    due=in_zone(t + D, 8, 0, "America/Chicago", "America/Bogota"),
)
n = at("2026-12-22T15:00")
t = n.date()
line(
    5,
    "We'll deploy the patch tomorrow 7am Mountain.",
    "en",
    "staff",
    n,
    "America/New_York",
    due=in_zone(t + D, 7, 0, "America/Denver", "America/New_York"),
)


# 6. "before the week/day/month is out"
def hour(day, h):
    return datetime(day.year, day.month, day.day, h)


def friday(t):
    return t + timedelta(days=(4 - t.weekday()) % 7)


n = at("2026-12-16T08:40")
t = n.date()
line(
    6,
    "Te paso el presupuesto antes de que acabe la semana.",
    "es",
    "staff",
    n,
    "Europe/Madrid",
    due=hour(friday(t), 17),
)
n = at("2027-01-12T11:00")
t = n.date()
line(
    6,
    "I'll have the migration plan to you before the week is out.",
    "en",
    "staff",
    n,
    "America/New_York",
    due=hour(friday(t), 17),
)
n = at("2026-12-08T10:00")
t = n.date()
line(
    6,
    "We'll send the signed copy before the end of the week.",
    "en",
    "staff",
    n,
    "America/Chicago",
    due=hour(friday(t), 17),
)
n = at("2027-02-02T09:30")
t = n.date()
line(
    6,
    "Les enviamos la factura corregida antes de que termine el día.",
    "es",
    "staff",
    n,
    "America/Bogota",
    due=hour(t, 17),
)
n = at("2026-12-21T10:00")
t = n.date()
line(6, "I'll get you an answer before the day is out.", "en", "staff", n, "Europe/Dublin", due=hour(t, 17))
n = at("2027-01-13T15:00")
t = n.date()
line(
    6,
    "Le confirmo la fecha antes de que se acabe la semana.",
    "es",
    "staff",
    n,
    "America/Santiago",
    due=hour(friday(t), 17),
)
n = at("2026-12-09T12:00")
t = n.date()
line(6, "You'll have the new build by week's end.", "en", "staff", n, "America/Los_Angeles", due=hour(friday(t), 17))
n = at("2027-01-05T09:00")
t = n.date()
line(
    6,
    "Lo tendrán instalado antes de que finalice la semana.",
    "es",
    "staff",
    n,
    "America/Lima",
    due=hour(friday(t), 17),
)

# 7. formal opt-outs
n = at("2027-01-14T16:20")
t = n.date()
for text, lang in [
    (
        "Please refrain from sending any further reminders about this invoice; we will reach out once it is approved.",
        "en",
    ),
    ("We would ask you to abstain from further follow-ups until our board has met.", "en"),
    ("Kindly hold off on the reminders for now. We'll be in touch.", "en"),
    ("We request that you discontinue the follow-up emails regarding the renewal.", "en"),
    ("Les pedimos que se abstengan de enviar más recordatorios sobre la renovación.", "es"),
    ("Le solicitamos que suspenda el envío de avisos hasta que le confirmemos el presupuesto.", "es"),
    ("Agradeceríamos que no nos enviaran más notificaciones sobre este tema; nosotros los contactaremos.", "es"),
    ("Por favor absténganse de hacer seguimiento a esta solicitud, les escribimos cuando tengamos novedades.", "es"),
    ("Please refrain from contacting us about this until further notice.", "en"),
]:
    line(7, text, lang, "customer", n, "America/Mexico_City", opt=True)

# 8. facts, not statements: reminders of a date, past windows
n = at("2027-01-08T12:50")
t = n.date()
for text, lang, role in [
    ("Te recuerdo que tu suscripción se renueva el 15 de febrero.", "es", "staff"),
    ("Just a reminder that your trial ends on January 20.", "en", "staff"),
    ("Les informo que el contrato vence el 28 de febrero de 2027.", "es", "staff"),
    ("Friendly reminder: your annual plan renews on March 3.", "en", "staff"),
    ("Le comento que la factura tiene fecha de vencimiento el 30 de enero.", "es", "staff"),
    ("From January 2 to January 5 we had intermittent timeouts, mostly in the afternoon.", "en", "customer"),
    ("desde el 3 hasta el 6 de enero hubo cortes en la sincronización", "es", "customer"),
    ("We were down from Monday till Wednesday last week because of the storm.", "en", "customer"),
    ("Entre el 2 y el 4 de enero tuvimos la oficina cerrada por la mudanza, por eso no respondimos.", "es", "customer"),
    ("Until January 6 we had the old version installed, then we upgraded.", "en", "customer"),
]:
    line(8, text, lang, role, n, "America/Bogota")

# Probes written after the first round of rule changes and run before the second: 7 of the first 10 lines below
# were right then (misses: "el viernes ya me encuentras", "se hizo el 15 de diciembre", "went well on Dec 18");
# the last line was added after the second round.
n = at("2026-12-22T10:00")
t = n.date()  # Tuesday
line(
    1,
    "Office closed Friday for the holiday, we reopen Monday",
    "en",
    "customer",
    n,
    "America/New_York",
    (coming(t, FRI), coming(t, MON), "company"),
)
line(
    1,
    "no estoy el jueves, el viernes ya me encuentras",
    "es",
    "customer",
    n,
    "America/Bogota",
    (coming(t, THU), coming(t, FRI), "person"),
)
line(
    4,
    "The server was restarted on Dec 20 after the incident. You will have the RCA by Wednesday at 2pm.",
    "en",
    "staff",
    n,
    "America/New_York",
    due=hour(coming(t, WED), 14),
)
line(
    4,
    "La migración que se hizo el 15 de diciembre dejó datos duplicados; el lunes 28 a primera hora se los dejamos corregidos.",
    "es",
    "staff",
    n,
    "America/Bogota",
    due=hour(date(2026, 12, 28), 9),
)
line(
    4,
    "Call with you went well on Dec 18. We will send the proposal Thursday 10am Pacific.",
    "en",
    "staff",
    n,
    "America/Chicago",
    due=in_zone(coming(t, THU), 10, 0, "America/Los_Angeles", "America/Chicago"),
)
line(
    6,
    "Te mando el informe antes de que acabe el mes",
    "es",
    "staff",
    n,
    "Europe/Madrid",
    due=hour(date(2026, 12, 31), 17),
)
line(
    7,
    "We kindly request that you stop sending reminders about invoice 5521.",
    "en",
    "customer",
    n,
    "Europe/Madrid",
    opt=True,
)
line(8, "the week of Dec 14 we had a lot of downtime", "en", "customer", n, "Europe/Madrid")
line(8, "Recuerde que la factura vence el 30 de diciembre", "es", "staff", n, "Europe/Madrid")
line(2, "out of offce till jan 4", "en", "customer", n, "Europe/Madrid", (t, date(2027, 1, 4), "person"))
line(
    5,
    "I'll send it by 5pm Central.",
    "en",
    "staff",
    n,
    "America/New_York",
    due=in_zone(t, 17, 0, "America/Chicago", "America/New_York"),
)

# Third round: 15 probes written after the second round and run before the third: 11/15 right then (misses: "Friday
# business as usual", "Thursday works for a call", "refrain from further calls", "no hay nadie en la oficina" as the
# company's absence).
n = at("2027-01-12T11:00")
t = n.date()  # Tuesday
line(
    1,
    "Warehouse is shut Thursday for the audit; Friday business as usual.",
    "en",
    "customer",
    n,
    "America/Chicago",
    (coming(t, THU), coming(t, FRI), "company"),
)
line(2, "out sick today, hopefully back in tomorow", "en", "customer", n, "America/Chicago", (t, t + D, "person"))
line(
    2, "estoy fuera de la oficiona toda esta semana", "es", "customer", n, "America/Lima", (t, next_monday(t), "person")
)
line(
    3,
    "A partir del 20 de enero estoy de baja, regreso el 3 de febrero",
    "es",
    "customer",
    n,
    "Europe/Madrid",
    (date(2027, 1, 20), date(2027, 2, 3), "person"),
)
line(
    4,
    "Quick recap: the outage on Jan 8 was caused by DNS. We will share the written report by Friday end of day.",
    "en",
    "staff",
    n,
    "America/New_York",
    due=hour(coming(t, FRI), 17),
)
line(
    4,
    "El pedido que llegó el 5 de enero venía incompleto; el jueves a más tardar les enviamos lo que falta.",
    "es",
    "staff",
    n,
    "America/Bogota",
    due=hour(coming(t, THU), 17),
)
line(
    5,
    "I will confirm by 11am Eastern on Thursday.",
    "en",
    "staff",
    n,
    "Europe/London",
    due=in_zone(coming(t, THU), 11, 0, "America/New_York", "Europe/London"),
)
line(6, "We will circle back before the week is over.", "en", "staff", n, "America/Denver", due=hour(friday(t), 17))
line(7, "Please refrain from further calls or emails on this matter.", "en", "customer", n, "America/Denver", opt=True)
line(
    7,
    "Solicitamos que se abstengan de llamarnos hasta nuevo aviso.",
    "es",
    "customer",
    n,
    "America/Mexico_City",
    opt=True,
)
line(8, "Les recuerdo que el mantenimiento programado es el sábado 16 de enero.", "es", "staff", n, "America/Bogota")
line(8, "From Jan 4 through Jan 6 we saw 502 errors on checkout.", "en", "customer", n, "America/New_York")
line(8, "The week before last we were closed for inventory.", "en", "customer", n, "America/New_York")
line(
    1,
    "mañana no hay nadie en la oficina, el jueves retomamos",
    "es",
    "customer",
    n,
    "America/Santiago",
    (t + D, coming(t, THU), "company"),
)
line(
    1,
    "Tomorrow I am at a workshop all day, Thursday works for a call.",
    "en",
    "customer",
    n,
    "America/Santiago",
    (t + D, coming(t, THU), "person"),
)

out = save("fresh-2026-12-02-F-own.jsonl", LINES, report=False)
print(len(LINES), "lines ->", out)
