# ruff: noqa: E501
"""Builds fresh-2026-12-03-I-own.jsonl: the issue-18 classes in new sentences, written before any rule change of
this round. Every label is computed here with datetime (and `holidays` for named days), never typed; the `form`
tag names the class, so `bench.score_understanding` prints a score per class."""

from datetime import date, datetime, timedelta

import holidays
from probe import FRI, MON, SUN, THU, TUE, WED, D, at, coming, in_zone, named, next_monday, save

LINES = []


def nth_weekday(y, m, weekday, n):  # n-th weekday of a month (n=-1: the last)
    if n > 0:
        first = date(y, m, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = (date(y, m + 1, 1) if m < 12 else date(y + 1, 1, 1)) - D
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def working(day, country):
    return day.weekday() < 5 and day not in holidays.country_holidays(country, years=day.year)


def first_working_after(day, country):
    day += D
    while not working(day, country):
        day += D
    return day


def holiday(country, year, words):
    found = sorted(
        d
        for d, n in holidays.country_holidays(country, years=year, language="en_US").items()
        if any(w in n.lower() for w in words)
    )
    assert found, (country, year, words)
    return found


def line(form, text, lang, role, now, tz, away=None, opt=False, due=None, country=None):
    now = datetime.fromisoformat(now)
    t = now.date()
    expect = {"unavailable": None, "opt_out": opt, "promise": None}
    if away:
        start, resume, scope = away(t) if callable(away) else away
        expect["unavailable"] = {"start": start.isoformat(), "resume": resume.isoformat(), "scope": scope}
    if due:
        expect["promise"] = {"due": (due(now) if callable(due) else due).strftime("%Y-%m-%dT%H:%M")}
    row = {
        "text": text,
        "lang": lang,
        "role": role,
        "now": now.strftime("%Y-%m-%dT%H:%M"),
        "tz": tz,
        "form": form,
        "expect": expect,
    }
    if country:
        row["country"] = country
    LINES.append(row)


def today_until(resume, scope="person"):
    return lambda t: (t, resume(t) if callable(resume) else resume, scope)


C = "customer"
S = "staff"

# --- opt-outs: every person and number, any object, an optional "we'll write when" clause
for text, lang, now, tz in [
    (
        "no nos sigan mandando avisos, nosotros les escribimos cuando tengamos novedades",
        "es",
        "2027-01-12T10:00",
        "America/Bogota",
    ),
    ("parad con los mensajes porfa, que ya os escribo yo", "es", "2027-02-03T12:30", "Europe/Madrid"),
    ("no more nudges, please 🙏", "en", "2027-03-09T09:15", "America/New_York"),
    (
        "Please quit sending me reminders on this ticket; I'll reach out once legal signs off.",
        "en",
        "2026-12-14T16:00",
        "Europe/London",
    ),
    ("Deja de mandarme recordatorios, te escribo cuando tenga algo.", "es", "2027-01-21T11:00", "America/Mexico_City"),
    (
        "Dejen de enviarnos seguimientos por favor, les avisamos apenas sepamos algo.",
        "es",
        "2027-04-06T15:45",
        "America/Argentina/Buenos_Aires",
    ),
    (
        "Kindly hold off on any further follow-ups until we get back to you.",
        "en",
        "2027-02-17T08:30",
        "America/Chicago",
    ),
    ("no hace falta que me sigáis escribiendo, ya os aviso yo", "es", "2027-03-22T17:10", "Europe/Madrid"),
    (
        "stop pinging us about the renewal pls, we'll reach out when the budget's approved",
        "en",
        "2027-01-05T13:00",
        "America/Los_Angeles",
    ),
    (
        "Le ruego que no me envíe más correos de seguimiento sobre este asunto.",
        "es",
        "2027-02-24T09:00",
        "America/Lima",
    ),
    ("no sigas escribiéndome por esto, yo te aviso cuando lo tenga", "es", "2027-03-30T19:00", "America/Santiago"),
    (
        "We don't need any more reminders about the migration — we'll write when we're ready.",
        "en",
        "2027-04-19T10:20",
        "America/Toronto",
    ),
    ("Porfa no me manden más notificaciones de este caso.", "es", "2026-12-09T14:00", "America/Caracas"),
    ("pls no more follow ups on this one, i'll get back to u", "en", "2027-01-27T18:05", "America/Bogota"),
    ("Ya no me recuerden lo del contrato, yo los busco.", "es", "2027-02-11T10:40", "America/Mexico_City"),
    (
        "Could you stop the automatic notices for this request? We'll contact you when we have news.",
        "en",
        "2027-03-16T12:00",
        "America/Denver",
    ),
]:
    line("optout", text, lang, C, now, tz, opt=True)

# --- promises without a listed verb: a deadline phrase and a future moment (staff)
for text, lang, now, tz, due in [
    (
        "Expect it no later than Thursday noon.",
        "en",
        "2027-01-11T10:00",
        "America/New_York",
        lambda n: at(coming(n.date(), THU), 12),
    ),
    (
        "Para el lunes lo tienes sin falta.",
        "es",
        "2027-01-13T12:00",
        "Europe/Madrid",
        lambda n: at(coming(n.date(), MON), 17),
    ),
    ("Como muy tarde mañana a las 10.", "es", "2027-02-09T15:00", "America/Bogota", lambda n: at(n.date() + D, 10)),
    ("I'm on it, end of day tomorrow.", "en", "2027-02-16T11:00", "America/Chicago", lambda n: at(n.date() + D, 17)),
    (
        "At the latest Friday 3pm, you have my word.",
        "en",
        "2027-03-02T09:30",
        "Europe/London",
        lambda n: at(coming(n.date(), FRI), 15),
    ),
    (
        "A más tardar el miércoles al mediodía queda listo.",
        "es",
        "2027-03-08T10:00",
        "America/Mexico_City",
        lambda n: at(coming(n.date(), WED), 12),
    ),
    (
        "On it — latest Tuesday EOD.",
        "en",
        "2027-01-28T14:00",
        "America/Toronto",
        lambda n: at(coming(n.date(), TUE), 17),
    ),
    (
        "Antes del jueves a las 12 lo tenés.",
        "es",
        "2027-04-05T16:00",
        "America/Argentina/Buenos_Aires",
        lambda n: at(coming(n.date(), THU), 12),
    ),
    (
        "Listo para el viernes a primera hora.",
        "es",
        "2027-02-23T11:30",
        "America/Santiago",
        lambda n: at(coming(n.date(), FRI), 9),
    ),
    ("No later than 4pm today.", "en", "2027-03-17T10:00", "America/Denver", lambda n: at(n.date(), 16)),
    (
        "A más tardar pasado mañana al final del día.",
        "es",
        "2027-01-19T09:00",
        "America/Lima",
        lambda n: at(n.date() + 2 * D, 17),
    ),
    (
        "ETA for the fix: Wednesday noon.",
        "en",
        "2027-04-12T13:00",
        "America/Los_Angeles",
        lambda n: at(coming(n.date(), WED), 12),
    ),
    ("Sin falta mañana antes de las 9.", "es", "2027-05-04T18:00", "Europe/Madrid", lambda n: at(n.date() + D, 9)),
    ("Tomorrow by 11, guaranteed.", "en", "2027-02-02T16:00", "America/Bogota", lambda n: at(n.date() + D, 11)),
]:
    line("promise-noverb", text, lang, S, now, tz, due=due)

# --- second-person requests and questions: neither promises nor windows
for text, lang, role, now, tz in [
    ("Can you get us the export before Friday?", "en", S, "2027-01-12T10:00", "America/New_York"),
    ("¿Nos puedes mandar los logs antes del jueves?", "es", S, "2027-02-01T09:00", "Europe/Madrid"),
    (
        "Could you confirm by Monday noon whether the change works for you?",
        "en",
        S,
        "2027-03-04T15:00",
        "Europe/London",
    ),
    ("¿Me podrías reenviar la factura el martes a primera hora?", "es", S, "2027-01-28T11:00", "America/Bogota"),
    ("Please send the signed form by Thursday EOD.", "en", S, "2027-04-13T10:30", "America/Chicago"),
    ("¿Podrían enviarnos el archivo a más tardar el viernes?", "es", S, "2027-02-15T12:00", "America/Lima"),
    ("mándame la captura mañana si puedes", "es", S, "2027-03-10T17:00", "America/Mexico_City"),
    ("Are you open on December 24?", "en", C, "2026-12-10T09:00", "America/New_York"),
    ("¿Atienden el 6 de enero?", "es", C, "2026-12-28T10:00", "Europe/Madrid"),
    ("Will your support team be around over Easter?", "en", C, "2027-03-15T14:00", "America/Toronto"),
    ("¿El lunes festivo van a estar trabajando?", "es", C, "2027-03-17T09:30", "America/Bogota"),
    ("Is anyone on your side working Friday the 18th?", "en", C, "2027-06-14T10:00", "America/Chicago"),
]:
    line("question", text, lang, role, now, tz)

# --- an end with no start starts today
for text, lang, now, tz, resume in [
    ("out of office until the 12th inclusive", "en", "2027-01-05T09:00", "America/New_York", named(2027, 1, 13)),
    ("OOO thru Monday", "en", "2027-02-03T10:00", "America/Los_Angeles", lambda t: coming(t, MON) + D),
    (
        "Fuera de la oficina hasta el martes inclusive.",
        "es",
        "2027-03-03T08:00",
        "Europe/Madrid",
        lambda t: coming(t, TUE) + D,
    ),
    ("No estaré disponible hasta el 20.", "es", "2027-01-14T12:00", "America/Bogota", named(2027, 1, 20)),
    ("away till thursday, sorry!", "en", "2027-02-15T11:00", "Europe/London", lambda t: coming(t, THU)),
    ("de vacaciones hasta el lunes 11", "es", "2027-01-06T10:00", "America/Santiago", named(2027, 1, 11, MON)),
    ("Off through the 9th.", "en", "2027-04-02T15:00", "America/Chicago", named(2027, 4, 10)),
    ("sin conexión hasta el viernes", "es", "2027-02-22T09:00", "America/Mexico_City", lambda t: coming(t, FRI)),
    ("Unavailable until next Wednesday.", "en", "2027-03-11T16:00", "America/Toronto", named(2027, 3, 17, WED)),
    (
        "ando fuera hasta el domingo incluido",
        "es",
        "2027-03-24T13:00",
        "America/Argentina/Buenos_Aires",
        lambda t: coming(t, SUN) + D,
    ),
    ("Traveling — back the 22nd.", "en", "2027-02-10T07:45", "America/Denver", named(2027, 2, 22)),
]:
    line("until-only", text, lang, C, now, tz, away=today_until(resume))

# --- "from X on … back Y": both ends
for text, lang, now, tz, start, resume in [
    (
        "From Wednesday on I'm off, back the 3rd.",
        "en",
        "2027-02-22T10:00",
        "America/New_York",
        named(2027, 2, 24, WED),
        named(2027, 3, 3),
    ),
    (
        "A partir del jueves no estoy, vuelvo el 6.",
        "es",
        "2027-03-29T09:00",
        "Europe/Madrid",
        named(2027, 4, 1, THU),
        named(2027, 4, 6),
    ),
    (
        "Starting Monday I'm out, back on the 15th.",
        "en",
        "2027-03-03T12:00",
        "Europe/London",
        named(2027, 3, 8, MON),
        named(2027, 3, 15),
    ),
    (
        "desde el martes estoy de vacaciones; regreso el lunes 19",
        "es",
        "2027-04-07T10:00",
        "America/Mexico_City",
        named(2027, 4, 13, TUE),
        named(2027, 4, 19, MON),
    ),
    (
        "Off from the 22nd, back Jan 4.",
        "en",
        "2026-12-10T14:00",
        "America/Chicago",
        named(2026, 12, 22),
        named(2027, 1, 4),
    ),
    (
        "Beginning Friday I'll be away, returning Wednesday.",
        "en",
        "2027-01-18T09:00",
        "America/Toronto",
        named(2027, 1, 22, FRI),
        named(2027, 1, 27, WED),
    ),
    (
        "a partir de mañana estoy fuera, vuelvo el jueves",
        "es",
        "2027-02-15T18:00",
        "America/Santiago",
        named(2027, 2, 16),
        named(2027, 2, 18, THU),
    ),
    (
        "from next monday on i'm travelling, back on the 30th",
        "en",
        "2027-03-17T11:00",
        "America/Bogota",
        named(2027, 3, 22, MON),
        named(2027, 3, 30),
    ),
    (
        "Desde el 10 no voy a estar; retomo el 17.",
        "es",
        "2027-05-04T10:00",
        "America/Argentina/Buenos_Aires",
        named(2027, 5, 10),
        named(2027, 5, 17),
    ),
]:
    line("from-back", text, lang, C, now, tz, away=(start, resume, "person"))

# --- absence without the usual words: events and leave
for text, lang, now, tz, away in [
    (
        "At a trade fair all week, slow replies.",
        "en",
        "2027-03-02T09:00",
        "Europe/Berlin",
        lambda t: (t, next_monday(t), "person"),
    ),
    (
        "offsite Mon–Wed",
        "en",
        "2027-01-14T15:00",
        "America/New_York",
        lambda t: (coming(t, MON), coming(t, MON) + 3 * D, "person"),
    ),
    (
        "Estoy en un congreso hasta el jueves.",
        "es",
        "2027-02-08T10:00",
        "Europe/Madrid",
        lambda t: (t, coming(t, THU), "person"),
    ),
    ("de baja hasta el martes", "es", "2027-04-08T08:30", "America/Bogota", lambda t: (t, coming(t, TUE), "person")),
    (
        "El viernes estoy de permiso.",
        "es",
        "2027-01-19T12:00",
        "America/Mexico_City",
        lambda t: (coming(t, FRI), coming(t, FRI) + D, "person"),
    ),
    (
        "I'm on parental leave until March 1.",
        "en",
        "2027-01-25T10:00",
        "Europe/London",
        lambda t: (t, named(2027, 3, 1), "person"),
    ),
    (
        "Estaré en la feria de Frankfurt del 10 al 13.",
        "es",
        "2027-03-01T11:00",
        "Europe/Madrid",
        (named(2027, 3, 10), named(2027, 3, 14), "person"),
    ),
    (
        "team offsite tomorrow and Friday, back Monday",
        "en",
        "2027-02-10T16:30",
        "America/Denver",
        lambda t: (t + D, coming(t, MON), "person"),
    ),
    (
        "Esta semana ando en un congreso en Lima, la próxima ya estoy.",
        "es",
        "2027-04-13T09:00",
        "America/Lima",
        lambda t: (t, next_monday(t), "person"),
    ),
    (
        "Me dieron la baja médica; vuelvo el lunes.",
        "es",
        "2027-03-10T10:00",
        "America/Santiago",
        lambda t: (t, coming(t, MON), "person"),
    ),
    (
        "At a conference Tue–Thu next week.",
        "en",
        "2027-01-27T12:00",
        "America/Chicago",
        lambda t: (next_monday(t) + D, next_monday(t) + 4 * D, "person"),
    ),
    (
        "de licencia por maternidad hasta el 1 de junio",
        "es",
        "2027-04-20T10:00",
        "America/Argentina/Buenos_Aires",
        lambda t: (t, named(2027, 6, 1), "person"),
    ),
    (
        "on sick leave today and tomorrow",
        "en",
        "2027-02-16T08:00",
        "America/New_York",
        lambda t: (t, t + 2 * D, "person"),
    ),
]:
    line("absence-noun", text, lang, C, now, tz, away=away)

# --- named days and seasons, on the country's calendar
reyes = holiday("ES", 2027, ["epiphany"])[0]
easter_sunday = named(2027, 3, 28, SUN)
ar_carnival = holiday("AR", 2027, ["carnival"])
uy_carnival = [easter_sunday - 48 * D, easter_sunday - 47 * D]  # Uruguay's Carnival: no public holiday in `holidays`
pa_carnival = holiday("PA", 2027, ["carnival"])
us_new_year = named(2027, 1, 1)
uk_easter_monday = easter_sunday + D  # a bank holiday in England, not in the whole of GB
line(
    "holiday",
    "Estamos cerrados hasta después de Reyes.",
    "es",
    C,
    "2026-12-18T10:00",
    "Europe/Madrid",
    away=today_until(first_working_after(reyes, "ES"), "company"),
)
line(
    "holiday",
    "Me voy de vacaciones el viernes y vuelvo pasada Semana Santa.",
    "es",
    C,
    "2027-03-22T12:00",
    "Europe/Madrid",
    away=(named(2027, 3, 26, FRI), easter_sunday + D, "person"),
)
line(
    "holiday",
    "Cerramos hasta después de Carnaval.",
    "es",
    C,
    "2027-02-01T10:00",
    "America/Argentina/Buenos_Aires",
    away=today_until(first_working_after(ar_carnival[-1], "AR"), "company"),
)
line(
    "holiday",
    "I'm out till after Carnival",
    "en",
    C,
    "2027-02-02T09:00",
    "America/Montevideo",
    away=today_until(first_working_after(uy_carnival[-1], "UY")),
)
line(
    "holiday",
    "Vuelvo después de Carnaval.",
    "es",
    C,
    "2027-02-02T15:00",
    "America/Panama",
    away=today_until(first_working_after(pa_carnival[-1], "PA")),
)
line(
    "holiday",
    "back after the holidays!",
    "en",
    C,
    "2026-12-17T11:00",
    "America/New_York",
    away=today_until(first_working_after(us_new_year, "US")),
)
line(
    "holiday",
    "No estoy hasta pasado el puente.",
    "es",
    C,
    "2026-12-03T10:00",
    "Europe/Madrid",
    away=today_until(first_working_after(named(2026, 12, 8), "ES")),
)
line(
    "holiday",
    "I'm out until Christmas.",
    "en",
    C,
    "2026-12-14T09:00",
    "Europe/London",
    away=today_until(named(2026, 12, 25)),
)
line(
    "holiday",
    "Hasta Año Nuevo no vuelvo.",
    "es",
    C,
    "2026-12-21T10:00",
    "America/Bogota",
    away=today_until(named(2027, 1, 1)),
)
line(
    "holiday",
    "Out from Christmas Eve until New Year's Day.",
    "en",
    C,
    "2026-12-15T14:00",
    "America/Chicago",
    away=(named(2026, 12, 24), named(2027, 1, 1), "person"),
)
line(
    "holiday",
    "Back after Easter Monday.",
    "en",
    C,
    "2027-03-18T10:00",
    "Europe/London",
    away=today_until(uk_easter_monday + D),
)
line(
    "holiday",
    "Te lo mando después de Reyes, sin falta.",
    "es",
    S,
    "2026-12-22T12:00",
    "Europe/Madrid",
    due=at(first_working_after(reyes, "ES"), 17),
)

# --- clock times next to days, am/pm and parts of the day (staff promises)
for text, lang, now, tz, due in [
    (
        "Te lo mando el jueves a las 10.",
        "es",
        "2027-01-11T12:00",
        "Europe/Madrid",
        lambda n: at(coming(n.date(), THU), 10),
    ),
    ("I'll send it by 7 am tomorrow.", "en", "2027-02-08T17:00", "America/New_York", lambda n: at(n.date() + D, 7)),
    ("Te lo paso hoy a las 9 de la noche.", "es", "2027-03-03T10:00", "America/Bogota", lambda n: at(n.date(), 21)),
    (
        "I'll have the patch out Friday at noon.",
        "en",
        "2027-01-26T10:00",
        "Europe/London",
        lambda n: at(coming(n.date(), FRI), 12),
    ),
    ("We'll deploy it by midnight.", "en", "2027-02-18T14:00", "America/Chicago", lambda n: at(n.date() + D, 0)),
    (
        "Lo subo antes de la medianoche del viernes.",
        "es",
        "2027-04-06T11:00",
        "America/Mexico_City",
        lambda n: at(coming(n.date(), FRI) + D, 0),
    ),
    (
        "Mañana a las once y media te lo envío.",
        "es",
        "2027-03-09T16:00",
        "America/Santiago",
        lambda n: at(n.date() + D, 11),
    ),
    (
        "Te confirmo el lunes a las 16h30.",
        "es",
        "2027-02-03T10:00",
        "Europe/Madrid",
        lambda n: at(coming(n.date(), MON), 16),
    ),
    (
        "Se lo envío el martes a las 16.30.",
        "es",
        "2027-01-20T09:00",
        "America/Lima",
        lambda n: at(coming(n.date(), TUE), 16),
    ),
    (
        "I'll send the report at quarter past 4 tomorrow.",
        "en",
        "2027-03-22T09:00",
        "America/Toronto",
        lambda n: at(n.date() + D, 16),
    ),
    (
        "Lo tienes el miércoles por la tarde.",
        "es",
        "2027-02-08T12:00",
        "America/Argentina/Buenos_Aires",
        lambda n: at(coming(n.date(), WED), 15),
    ),
    (
        "I'll get it to you Tuesday at 3 in the afternoon.",
        "en",
        "2027-04-14T10:00",
        "America/Denver",
        lambda n: at(coming(n.date(), TUE), 15),
    ),
    ("I'll send it tonight at 10.", "en", "2027-01-05T11:00", "America/Los_Angeles", lambda n: at(n.date(), 22)),
    (
        "Te lo mando mañana a las 8 de la mañana.",
        "es",
        "2027-03-15T18:00",
        "America/Caracas",
        lambda n: at(n.date() + D, 8),
    ),
    (
        "I'll update you at half past two this afternoon.",
        "en",
        "2027-02-25T10:00",
        "Europe/London",
        lambda n: at(n.date(), 14),
    ),
]:
    line("clock", text, lang, S, now, tz, due=due)

# --- explicit years and numeric dates
line(
    "numeric",
    "I'm out until March 3 2027.",
    "en",
    C,
    "2027-02-15T10:00",
    "America/New_York",
    away=today_until(named(2027, 3, 3)),
)
line(
    "numeric",
    "I'll send the report by 3/15.",
    "en",
    S,
    "2027-03-01T10:00",
    "America/Chicago",
    due=at(named(2027, 3, 15), 17),
)
line(
    "numeric", "Vuelvo el 5-5-2027.", "es", C, "2027-04-20T09:00", "Europe/Madrid", away=today_until(named(2027, 5, 5))
)
line(
    "numeric",
    "Te lo entrego el 15/01/2027.",
    "es",
    S,
    "2027-01-04T11:00",
    "America/Bogota",
    due=at(named(2027, 1, 15), 17),
)
line(
    "numeric",
    "Our office is closed 2027-02-12 through 2027-02-15.",
    "en",
    C,
    "2027-02-01T10:00",
    "America/Toronto",
    away=(named(2027, 2, 12), named(2027, 2, 16), "company"),
)
line(
    "numeric",
    "Estaré fuera del 3/2 al 7/2.",
    "es",
    C,
    "2027-01-25T10:00",
    "America/Santiago",
    away=(named(2027, 2, 3), named(2027, 2, 8), "person"),
)
line(
    "numeric",
    "You'll have the contract by Jan 8th, 2027.",
    "en",
    S,
    "2026-12-28T10:00",
    "Europe/London",
    due=at(named(2027, 1, 8), 17),
)
line(
    "numeric",
    "Regreso el 1 de marzo de 2027.",
    "es",
    C,
    "2027-02-10T10:00",
    "America/Mexico_City",
    away=today_until(named(2027, 3, 1)),
)

# --- relative counts
line(
    "count",
    "I'll have it ready in 3 days.",
    "en",
    S,
    "2027-01-11T10:00",
    "America/New_York",
    due=lambda n: at(n.date() + 3 * D, 17),
)
line(
    "count", "Back in two weeks.", "en", C, "2027-02-03T10:00", "Europe/London", away=today_until(lambda t: t + 14 * D)
)
line(
    "count",
    "Te lo mando en un par de semanas.",
    "es",
    S,
    "2027-03-02T10:00",
    "Europe/Madrid",
    due=lambda n: at(n.date() + 14 * D, 17),
)
line(
    "count",
    "Dentro de 10 días lo tienes.",
    "es",
    S,
    "2027-01-20T10:00",
    "America/Bogota",
    due=lambda n: at(n.date() + 10 * D, 17),
)
line(
    "count",
    "I'm off, back two Fridays from now.",
    "en",
    C,
    "2027-02-09T10:00",
    "America/Chicago",
    away=today_until(lambda t: coming(t, FRI) + 7 * D),
)
line("count", "Te lo envío en 48 horas.", "es", S, "2027-04-05T10:00", "America/Lima", due=lambda n: n + 2 * D)
line(
    "count",
    "Vuelvo en una semana.",
    "es",
    C,
    "2027-03-04T10:00",
    "America/Santiago",
    away=today_until(lambda t: t + 7 * D),
)
line(
    "count",
    "I'll send the fix in five days.",
    "en",
    S,
    "2027-01-27T10:00",
    "America/Denver",
    due=lambda n: at(n.date() + 5 * D, 17),
)
line(
    "count",
    "estoy fuera, regreso en tres días",
    "es",
    C,
    "2027-02-22T10:00",
    "America/Mexico_City",
    away=today_until(lambda t: t + 3 * D),
)

# --- spelled-out and ordinal days
line(
    "ordinal",
    "I'm out until the first of April.",
    "en",
    C,
    "2027-03-20T10:00",
    "America/New_York",
    away=today_until(named(2027, 4, 1)),
)
line(
    "ordinal",
    "Estoy fuera hasta el primero de abril.",
    "es",
    C,
    "2027-03-15T10:00",
    "Europe/Madrid",
    away=today_until(named(2027, 4, 1)),
)
line(
    "ordinal",
    "I'll send it on the twentieth.",
    "en",
    S,
    "2027-01-05T10:00",
    "Europe/London",
    due=at(named(2027, 1, 20), 17),
)
line("ordinal", "Te lo mando el veinte.", "es", S, "2027-02-03T10:00", "America/Bogota", due=at(named(2027, 2, 20), 17))
line("ordinal", "Back on the 5th.", "en", C, "2027-03-24T10:00", "America/Chicago", away=today_until(named(2027, 4, 5)))
line(
    "ordinal",
    "Vuelvo el día quince.",
    "es",
    C,
    "2027-02-02T10:00",
    "America/Lima",
    away=today_until(named(2027, 2, 15)),
)
line(
    "ordinal",
    "You'll have it by the twenty-first.",
    "en",
    S,
    "2027-04-12T10:00",
    "America/Toronto",
    due=at(named(2027, 4, 21), 17),
)
line(
    "ordinal",
    "Regreso el treinta y uno.",
    "es",
    C,
    "2027-01-18T10:00",
    "America/Santiago",
    away=today_until(named(2027, 1, 31)),
)
line(
    "ordinal",
    "I'll deliver it the second of February.",
    "en",
    S,
    "2027-01-25T10:00",
    "America/Los_Angeles",
    due=at(named(2027, 2, 2), 17),
)

# --- days relative to a week or a month
line(
    "week-month",
    "I'll send it Thursday of next week.",
    "en",
    S,
    "2027-01-12T10:00",
    "America/New_York",
    due=lambda n: at(next_monday(n.date()) + 3 * D, 17),
)
line(
    "week-month",
    "Te lo paso el jueves de la semana próxima.",
    "es",
    S,
    "2027-02-24T10:00",
    "Europe/Madrid",
    due=lambda n: at(next_monday(n.date()) + 3 * D, 17),
)
line(
    "week-month",
    "Out until the 20th of next month.",
    "en",
    C,
    "2027-01-14T10:00",
    "Europe/London",
    away=today_until(named(2027, 2, 20)),
)
line(
    "week-month",
    "I'll deliver it the last Friday of the month.",
    "en",
    S,
    "2027-03-02T10:00",
    "America/Chicago",
    due=at(nth_weekday(2027, 3, FRI, -1), 17),
)
line(
    "week-month",
    "Vuelvo el primer lunes de marzo.",
    "es",
    C,
    "2027-02-10T10:00",
    "America/Bogota",
    away=today_until(nth_weekday(2027, 3, MON, 1)),
)
line(
    "week-month",
    "Lo tienes el segundo martes de febrero.",
    "es",
    S,
    "2027-01-20T10:00",
    "America/Mexico_City",
    due=at(nth_weekday(2027, 2, TUE, 2), 17),
)
line(
    "week-month",
    "Back the Monday after next.",
    "en",
    C,
    "2027-03-10T10:00",
    "America/Denver",
    away=today_until(lambda t: next_monday(t) + 7 * D),
)
line(
    "week-month",
    "Estoy de vacaciones hasta el miércoles de la otra semana.",
    "es",
    C,
    "2027-04-06T10:00",
    "America/Argentina/Buenos_Aires",
    away=today_until(lambda t: next_monday(t) + 2 * D),
)

# --- time zones named in the text (converted to the speaker's)
line(
    "named-tz",
    "I'll send it by 5pm CET tomorrow.",
    "en",
    S,
    "2027-01-19T10:00",
    "Europe/London",
    due=lambda n: in_zone(n.date() + D, 17, 0, "Etc/GMT-1", "Europe/London"),
)
line(
    "named-tz",
    "You'll have it Thursday 9:00 EST.",
    "en",
    S,
    "2027-02-08T10:00",
    "America/Chicago",
    due=lambda n: in_zone(coming(n.date(), THU), 9, 0, "Etc/GMT+5", "America/Chicago"),
)
line(
    "named-tz",
    "Te lo envío mañana a las 10 hora de Madrid.",
    "es",
    S,
    "2027-03-02T12:00",
    "America/Bogota",
    due=lambda n: in_zone(n.date() + D, 10, 0, "Europe/Madrid", "America/Bogota"),
)
line(
    "named-tz",
    "I'll send the quote at 3pm GMT on Friday.",
    "en",
    S,
    "2027-01-25T10:00",
    "America/New_York",
    due=lambda n: in_zone(coming(n.date(), FRI), 15, 0, "Etc/GMT", "America/New_York"),
)
line(
    "named-tz",
    "Lo tendrás el lunes a las 9 hora de Ciudad de México.",
    "es",
    S,
    "2027-02-10T10:00",
    "Europe/Madrid",
    due=lambda n: in_zone(coming(n.date(), MON), 9, 0, "America/Mexico_City", "Europe/Madrid"),
)
line(
    "named-tz",
    "Patch goes out at 10am PT tomorrow, promise.",
    "en",
    S,
    "2027-03-01T12:00",
    "America/New_York",
    due=lambda n: in_zone(n.date() + D, 10, 0, "America/Los_Angeles", "America/New_York"),
)
line(
    "named-tz",
    "I'll confirm by noon UTC tomorrow.",
    "en",
    S,
    "2027-02-16T09:00",
    "Europe/Madrid",
    due=lambda n: in_zone(n.date() + D, 12, 0, "UTC", "Europe/Madrid"),
)

# --- distractors: dates that state nothing
for text, lang, role, now, tz in [
    ("The invoice from January 5 was paid on the 12th.", "en", C, "2027-01-20T10:00", "America/New_York"),
    ("La reunión del lunes pasado fue muy útil, gracias.", "es", C, "2027-02-10T10:00", "Europe/Madrid"),
    ("We migrated to v2.3.1 on 12/01.", "en", C, "2026-12-09T10:00", "America/Chicago"),
    ("Our contract renews on March 1 every year.", "en", C, "2027-01-14T10:00", "Europe/London"),
    ("Feliz Año Nuevo a todo el equipo 🎉", "es", C, "2026-12-31T12:00", "America/Bogota"),
    ("Last Christmas the office was closed for a week.", "en", C, "2027-02-02T10:00", "America/Toronto"),
    ("Estuve de baja en enero, por eso no contesté.", "es", C, "2027-02-15T10:00", "America/Mexico_City"),
    ("I was at a conference last week, sorry for the delay.", "en", C, "2027-03-08T10:00", "America/Denver"),
    ("El pedido 20270115 llegó bien.", "es", C, "2027-01-22T10:00", "America/Lima"),
    ("Happy Easter to you and your family!", "en", C, "2027-03-26T10:00", "Europe/London"),
    ("Call me at +34 612 345 678 if needed.", "en", C, "2027-02-04T10:00", "Europe/Madrid"),
    ("¿Qué tal el puente? Nosotros bien.", "es", C, "2026-12-09T10:00", "Europe/Madrid"),
    ("The outage on Feb 3 lasted 20 minutes.", "en", S, "2027-02-05T10:00", "America/New_York"),
    ("Nuestro horario es de 9 a 18 h de lunes a viernes.", "es", C, "2027-01-11T10:00", "America/Santiago"),
    ("Our support hours are 8am–5pm EST, Monday through Friday.", "en", S, "2027-01-11T10:00", "America/New_York"),
    ("El congreso del año pasado en Lima estuvo genial.", "es", C, "2027-03-01T10:00", "America/Lima"),
    ("Remember the trade fair in 2025? Good times.", "en", C, "2027-02-22T10:00", "Europe/Berlin"),
    ("La factura 2027-0045 vence el 30 de marzo.", "es", S, "2027-03-10T10:00", "America/Bogota"),
    ("Your subscription expires on April 30, 2027.", "en", S, "2027-04-01T10:00", "America/Chicago"),
    ("Thanks for the quick fix yesterday at 4pm!", "en", C, "2027-01-27T10:00", "America/Los_Angeles"),
    ("We had our offsite in October, it went great.", "en", C, "2026-12-07T10:00", "America/New_York"),
    ("El martes 9 tuvimos una caída de 10 minutos.", "es", C, "2027-03-11T10:00", "America/Argentina/Buenos_Aires"),
    ("Reyes was lovely, the kids got bikes 🚲", "en", C, "2027-01-08T10:00", "Europe/Madrid"),
    ("Los logs del 14/02/2027 están adjuntos.", "es", C, "2027-02-16T10:00", "America/Santiago"),
    ("Merry Christmas and a happy 2027!", "en", C, "2026-12-23T10:00", "America/Chicago"),
    ("La licencia de Windows es por 12 meses.", "es", C, "2027-01-19T10:00", "America/Mexico_City"),
    ("Did you have a good Carnival?", "en", S, "2027-02-12T10:00", "America/Montevideo"),
    ("¿Cómo les fue en la feria de la semana pasada?", "es", S, "2027-03-15T10:00", "America/Bogota"),
    ("The report covers Q1 2027 (Jan 1 – Mar 31).", "en", C, "2027-04-06T10:00", "Europe/London"),
    ("La baja del usuario se tramitó el 3 de marzo.", "es", C, "2027-03-09T10:00", "Europe/Madrid"),
    ("My colleague was on parental leave until last month.", "en", C, "2027-02-18T10:00", "America/Toronto"),
    ("The permission error started at 10:30 this morning.", "en", C, "2027-01-26T14:00", "America/Chicago"),
    ("Se publicó la versión 5.4 el 28 de febrero.", "es", C, "2027-03-04T10:00", "America/Caracas"),
    ("The webinar recording from Tuesday is on the portal.", "en", S, "2027-04-15T10:00", "America/Denver"),
]:
    line("distractor", text, lang, role, now, tz)

save("fresh-2026-12-03-I-own.jsonl", LINES)
