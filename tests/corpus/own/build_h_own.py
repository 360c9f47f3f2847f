# ruff: noqa: E501
"""Builds fresh-2026-12-02-H-own.jsonl: the rule fixer's own sentences for the five classes of batch G's misses,
written before the rules that read them. Every label is computed here with datetime, never typed."""

from datetime import datetime

from probe import FRI, MON, THU, TUE, WED, D, coming, next_monday, save

LINES = []


def line(cls, text, lang, role, now, tz, away=None, opt=False, due=None):
    now = datetime.fromisoformat(now)
    expect = {"unavailable": None, "opt_out": opt, "promise": None}
    if away:
        start, resume, scope = away(now.date())
        expect["unavailable"] = {"start": start.isoformat(), "resume": resume.isoformat(), "scope": scope}
    if due:
        expect["promise"] = {"due": due(now).strftime("%Y-%m-%dT%H:%M")}
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


def at_day(day, hour):
    return datetime(day.year, day.month, day.day, hour)


def week_after(t):  # away next week, back the Monday after
    return next_monday(t), next_monday(t) + 7 * D, "person"


# 1. "the week after" as a resume; emoji beside words hide nothing
line(1, "off next week 🏖️ back the week after", "en", "customer", "2027-01-14T11:00", "America/New_York", week_after)
line(1, "✈️✈️ out next week, back the week after!!", "en", "customer", "2027-02-03T09:30", "America/Bogota", week_after)
line(
    1,
    "Next week I'm on PTO 🌴🌴 — back the week after, ping me then",
    "en",
    "customer",
    "2027-01-20T16:00",
    "America/Chicago",
    week_after,
)
line(
    1,
    "heads up: conference all next week 🎤, I'm back the following week",
    "en",
    "customer",
    "2027-03-03T10:00",
    "Europe/Dublin",
    week_after,
)
line(1, "I'm away next week🙂back the week after", "en", "customer", "2027-02-11T08:00", "America/Denver", week_after)
line(
    1,
    "Estoy de vacaciones la semana que viene 😎 vuelvo la semana siguiente",
    "es",
    "customer",
    "2027-01-27T12:00",
    "America/Mexico_City",
    week_after,
)
line(
    1,
    "la semana próxima no estoy 🙏 regreso la semana siguiente",
    "es",
    "customer",
    "2027-02-17T15:00",
    "America/Lima",
    week_after,
)
line(
    1,
    "🚀out🚀 tomorrow, back monday",
    "en",
    "customer",
    "2027-01-13T17:00",
    "America/Los_Angeles",
    lambda t: (t + D, coming(t, MON), "person"),
)
line(
    1,
    "🤒🤒 no estoy mañana, vuelvo el viernes 💪",
    "es",
    "customer",
    "2027-02-23T10:00",
    "America/Santiago",
    lambda t: (t + D, coming(t, FRI), "person"),
)
line(
    1, "ooo all next week 🏔️⛷️ back the week after ✌️", "en", "customer", "2027-03-10T13:00", "America/Toronto", week_after
)

# 2. our office/branch/sede/sucursal + a place, not open / won't attend → company
line(
    2,
    "Our Bogotá office won't be open on Friday, we're back Monday.",
    "en",
    "customer",
    "2027-01-19T10:00",
    "America/Bogota",
    lambda t: (coming(t, FRI), coming(t, MON), "company"),
)
line(
    2,
    "Nuestra sucursal de Monterrey no abrirá el lunes 15 por inventario; el martes abrimos normal.",
    "es",
    "customer",
    "2027-02-10T09:00",
    "America/Monterrey",
    lambda t: (coming(t, MON), coming(t, MON) + D, "company"),
)
line(
    2,
    "La sede de Quito no atenderá mañana por el feriado local, retomamos el jueves.",
    "es",
    "customer",
    "2027-03-02T11:00",
    "America/Guayaquil",
    lambda t: (t + D, coming(t, THU), "company"),
)
line(
    2,
    "FYI our Madrid office won't be open next week, back on the 22nd",
    "en",
    "customer",
    "2027-03-10T10:00",
    "Europe/Madrid",
    lambda t: (next_monday(t), next_monday(t) + 7 * D, "company"),
)
line(
    2,
    "Nuestra oficina de Lima no atenderá del 10 al 12 de febrero.",
    "es",
    "customer",
    "2027-02-03T15:00",
    "America/Lima",
    lambda t: (t.replace(day=10), t.replace(day=13), "company"),
)
line(
    2,
    "The Denver branch won't be open tomorrow due to the storm; we reopen Thursday.",
    "en",
    "customer",
    "2027-01-26T18:00",
    "America/Denver",
    lambda t: (t + D, coming(t, THU), "company"),
)
line(
    2,
    "Nuestra sede en Santiago no abrirá el viernes; retomamos el lunes.",
    "es",
    "customer",
    "2027-01-06T12:00",
    "America/Santiago",
    lambda t: (coming(t, FRI), coming(t, MON), "company"),
)
line(
    2,
    "Our office in Austin won't be open this Friday, back to normal Monday",
    "en",
    "customer",
    "2027-02-16T09:00",
    "America/Chicago",
    lambda t: (coming(t, FRI), coming(t, MON), "company"),
)
line(
    2,
    "Les informamos que nuestra sucursal Medellín no atenderá el lunes 1 de marzo; el martes retomamos.",
    "es",
    "customer",
    "2027-02-24T08:30",
    "America/Bogota",
    lambda t: (coming(t, MON), coming(t, TUE), "company"),
)

# 3. a promise beside fact dates ("the charge from Jan 5", "del 3 de febrero"): past dates are facts
line(
    3,
    "The charge from Jan 5 was a duplicate; I'll refund it and confirm by Friday EOD.",
    "en",
    "staff",
    "2027-01-19T10:00",
    "America/New_York",
    due=lambda n: at_day(coming(n.date(), FRI), 17),
)
line(
    3,
    "La factura del 2 de enero ya está corregida. Te envío el PDF nuevo mañana a primera hora.",
    "es",
    "staff",
    "2027-01-12T16:00",
    "America/Bogota",
    due=lambda n: at_day(n.date() + D, 9),
)
line(
    3,
    "About the invoice of December 28: it was issued twice. I'll send the credit note on Monday.",
    "en",
    "staff",
    "2027-01-06T11:00",
    "America/Chicago",
    due=lambda n: at_day(coming(n.date(), MON), 17),
)
line(
    3,
    "El pago de 150 USD del 10 de enero quedó registrado; te aviso el viernes antes de las 12 cuando esté conciliado.",
    "es",
    "staff",
    "2027-01-26T09:00",
    "America/Lima",
    due=lambda n: at_day(coming(n.date(), FRI), 12),
)
line(
    3,
    "Hi Tom, the renewal of Feb 1 went through fine and the refund for the order from Feb 9 is approved. I'll confirm it landed on Thursday by noon. Your next billing date is May 1.",
    "en",
    "staff",
    "2027-02-22T14:00",
    "America/Denver",
    due=lambda n: at_day(coming(n.date(), THU), 12),
)
line(
    3,
    "Revisé el pedido del 15 de febrero: el envío de 30 EUR se cobró dos veces. Te confirmo mañana antes del mediodía. Tu plan vence el 30 de junio.",
    "es",
    "staff",
    "2027-02-25T10:00",
    "Europe/Madrid",
    due=lambda n: at_day(n.date() + D, 12),
)
line(
    3,
    "Sobre el ticket del 4 de enero: lo escalé a ingeniería y te escribo el lunes a las 10.",
    "es",
    "staff",
    "2027-01-20T17:00",
    "America/Mexico_City",
    due=lambda n: at_day(coming(n.date(), MON), 10),
)
line(
    3,
    "The Jan 8 charge of $45 was reversed. I'll confirm the new balance on Wednesday. Next invoice goes out on April 1.",
    "en",
    "staff",
    "2027-01-25T12:00",
    "America/Los_Angeles",
    due=lambda n: at_day(coming(n.date(), WED), 17),
)
line(
    3,
    "Me encargo del reembolso del 12 de febrero y te confirmo el martes antes de mediodía.",
    "es",
    "staff",
    "2027-02-18T11:00",
    "America/Santiago",
    due=lambda n: at_day(coming(n.date(), TUE), 12),
)
line(
    3,
    "Re the outage of Mar 2: credit is approved. I'll send you the report tomorrow by 3pm.",
    "en",
    "staff",
    "2027-03-08T09:00",
    "Europe/London",
    due=lambda n: at_day(n.date() + D, 15),
)

# 4. a window and an opt-out in one sentence; formal Spanish asks not to follow up
line(
    4,
    "out from Monday till the 15th - no reminders please, I'll reach out when I'm back",
    "en",
    "customer",
    "2027-02-04T10:00",
    "America/New_York",
    lambda t: (coming(t, MON), t.replace(day=15), "person"),
    opt=True,
)
line(
    4,
    "on leave tomorrow until Feb 3, pls no pings",
    "en",
    "customer",
    "2027-01-27T15:00",
    "America/Chicago",
    lambda t: (t + D, t.replace(month=2, day=3), "person"),
    opt=True,
)
line(
    4,
    "Estoy de vacaciones hasta el 20 de enero, sin recordatorios porfa, yo les escribo a la vuelta.",
    "es",
    "customer",
    "2027-01-08T09:00",
    "America/Bogota",
    lambda t: (t, t.replace(day=20), "person"),
    opt=True,
)
line(
    4,
    "Les solicitamos no enviar más recordatorios hasta que les escribamos.",
    "es",
    "customer",
    "2027-02-02T10:00",
    "America/Caracas",
    opt=True,
)
line(
    4,
    "Le pedimos no hacer seguimientos sobre este tema; nosotros lo contactamos.",
    "es",
    "customer",
    "2027-03-04T12:00",
    "America/Lima",
    opt=True,
)
line(
    4,
    "Les rogamos no realizar más seguimientos hasta nuevo aviso.",
    "es",
    "customer",
    "2027-01-21T16:00",
    "Europe/Madrid",
    opt=True,
)
line(
    4,
    "I'm off till Monday, no nudges pls",
    "en",
    "customer",
    "2027-02-10T17:30",
    "America/Denver",
    lambda t: (t, coming(t, MON), "person"),
    opt=True,
)
line(
    4,
    "De viaje desde mañana hasta el 5 de marzo; por favor sin seguimientos, los busco al regresar.",
    "es",
    "customer",
    "2027-02-25T11:00",
    "America/Santiago",
    lambda t: (t + D, t.replace(month=3, day=5), "person"),
    opt=True,
)
line(
    4,
    "off all next week 🙏 no pings please",
    "en",
    "customer",
    "2027-01-14T09:00",
    "America/Los_Angeles",
    week_after,
    opt=True,
)
line(
    4,
    "Te pido no mandar recordatorios, yo te aviso cuando lo tengamos.",
    "es",
    "customer",
    "2027-03-01T10:00",
    "America/Mexico_City",
    opt=True,
)

# 5. questions about a date and needs with a deadline are no statement
line(
    5,
    "Can you tell us whether this will be fixed before Friday?",
    "en",
    "customer",
    "2027-01-12T10:00",
    "America/New_York",
)
line(
    5,
    "Will the fix be live before the end of the month? Our audit is on the 28th.",
    "en",
    "customer",
    "2027-02-09T11:00",
    "America/Chicago",
)
line(
    5,
    "Back in January we reported the same bug; is it going to be fixed by March 15?",
    "en",
    "customer",
    "2027-03-01T09:00",
    "America/Denver",
)
line(5, "Necesitamos la respuesta el viernes como muy tarde.", "es", "customer", "2027-02-15T12:00", "America/Bogota")
line(5, "We need your sign-off by Friday at the latest.", "en", "staff", "2027-01-25T14:00", "Europe/Dublin")
line(5, "Requerimos el informe antes del lunes a las 10.", "es", "customer", "2027-03-03T10:00", "America/Lima")
line(
    5,
    "¿Nos pueden confirmar si quedará resuelto antes del cierre de mes el 31 de marzo?",
    "es",
    "customer",
    "2027-03-10T15:00",
    "Europe/Madrid",
)
line(
    5,
    "We need the export by Wednesday noon so we can close the books.",
    "en",
    "customer",
    "2027-02-01T08:00",
    "America/Los_Angeles",
)
line(
    5,
    "Back in February we had the same problem with the sync.",
    "en",
    "customer",
    "2027-03-15T10:00",
    "America/Toronto",
)
line(
    5,
    "Necesitamos que nos confirmen el martes como máximo, por favor.",
    "es",
    "staff",
    "2027-01-18T09:00",
    "America/Santiago",
)
line(5, "Is there any chance this gets fixed before March 31?", "en", "customer", "2027-03-02T13:00", "America/Chicago")

# 6. probes written after the rule changes (scored before any further change)
line(
    6,
    "Vacaciones la semana que viene ✈️, de vuelta la semana siguiente",
    "es",
    "customer",
    "2027-02-09T10:00",
    "America/Bogota",
    week_after,
)
line(
    6,
    "La tienda de Cali no abrirá el sábado; abrimos el lunes normal.",
    "es",
    "customer",
    "2027-03-03T09:00",
    "America/Bogota",
    lambda t: (coming(t, 5), coming(t, MON), "company"),
)
line(
    6,
    "Our Lisbon office will be closed Friday for a local holiday.",
    "en",
    "customer",
    "2027-01-11T10:00",
    "Europe/Lisbon",
    lambda t: (coming(t, FRI), coming(t, FRI) + D, "company"),
)
line(
    6,
    "The refund for the charge from Mar 1 is approved; I'll send the receipt by Thursday.",
    "en",
    "staff",
    "2027-03-16T10:00",
    "America/New_York",
    due=lambda n: at_day(coming(n.date(), THU), 17),
)
line(
    6,
    "Te cuento: la factura de 1.200 MXN del 5 de enero ya quedó anulada, te mando la nueva el viernes.",
    "es",
    "staff",
    "2027-01-20T12:00",
    "America/Mexico_City",
    due=lambda n: at_day(coming(n.date(), FRI), 17),
)
line(
    6,
    "traveling from Monday until the 20th, please no follow-ups",
    "en",
    "customer",
    "2027-01-13T11:00",
    "America/Chicago",
    lambda t: (coming(t, MON), t.replace(day=20), "person"),
    opt=True,
)
line(
    6,
    "Le solicitamos no enviar recordatorios mientras revisamos internamente.",
    "es",
    "customer",
    "2027-02-01T10:00",
    "America/Lima",
    opt=True,
)
line(
    6,
    "Can you check whether the patch goes out before Tuesday?",
    "en",
    "customer",
    "2027-02-04T10:00",
    "America/Denver",
)
line(6, "We need the signed contract by Monday EOD.", "en", "staff", "2027-01-27T10:00", "Europe/London")
line(6, "Necesitamos su respuesta antes del viernes a las 12.", "es", "staff", "2027-03-01T10:00", "Europe/Madrid")
line(
    6,
    "Back in March we ran the same migration without issues.",
    "en",
    "customer",
    "2027-04-10T10:00",
    "America/Los_Angeles",
)
line(
    6,
    "Estamos fuera del 2 al 6 de marzo, sin mensajes por favor",
    "es",
    "customer",
    "2027-02-25T10:00",
    "America/Santiago",
    lambda t: (t.replace(month=3, day=2), t.replace(month=3, day=7), "company"),
    opt=True,
)
line(
    6,
    "no reminders pls 🙏 I'm out until the 9th",
    "en",
    "customer",
    "2027-03-02T10:00",
    "America/Toronto",
    lambda t: (t, t.replace(day=9), "person"),
    opt=True,
)
line(
    6,
    "I'll confirm the credit for the invoice dated Feb 2 tomorrow before noon.",
    "en",
    "staff",
    "2027-02-18T15:00",
    "America/Chicago",
    due=lambda n: at_day(n.date() + D, 12),
)
line(
    6,
    "Nuestra planta de Toluca no atenderá pedidos la próxima semana; retomamos el lunes 22.",
    "es",
    "customer",
    "2027-03-09T10:00",
    "America/Mexico_City",
    lambda t: (next_monday(t), next_monday(t) + 7 * D, "company"),
)

out = save("fresh-2026-12-02-H-own.jsonl", LINES, report=False)
print(f"{len(LINES)} lines -> {out.name}")
