# ruff: noqa: E501
"""Builds fresh-2026-12-03-R-own.jsonl: a tenth probe set of the 2026-12-03 round, written after the Q-own fixes and
scored before any further change. Emails with greetings, ticket numbers and signatures as a support desk receives them,
zones across the weeks when the US has changed its clocks and Europe has not, closures with reasons, recaps as
distractors. Every label is computed with datetime."""

from probe import CO, FRI, MON, SAT, THU, TUE, WED, C, P, S, at, in_zone, line, named, save

line(
    "window",
    "Hi Support,\n\nJust a heads-up that I'll be out of the office from Wednesday 17 March through Friday 19 March for a family matter. My colleague Dana (dana@corp.example) can approve changes while I'm away.\n\nThanks,\nRob",
    "en",
    C,
    "2027-03-12T09:00",
    "America/New_York",
    away=(named(2027, 3, 17, WED), named(2027, 3, 20), P),
)
line(
    "window",
    "Buenas tardes:\n\nLes escribo para avisarles que mi empresa cierra por vacaciones colectivas desde el 27 de diciembre. Retomamos actividades el lunes 10 de enero.\n\nSaludos,\nClaudia",
    "es",
    C,
    "2026-12-15T16:00",
    "America/Bogota",
    away=(named(2026, 12, 27), named(2027, 1, 10), CO),
)
line(
    "window",
    "Re: ticket 88213 — I'm travelling to the Hannover fair next week, so I won't be able to test the fix until the 29th.",
    "en",
    C,
    "2027-03-17T10:00",
    "Europe/Berlin",
    away=(named(2027, 3, 22, MON), named(2027, 3, 29), P),
)
line(
    "window",
    "hola, estoy de licencia por enfermedad hasta el viernes inclusive, el lunes lo reviso",
    "es",
    C,
    "2027-04-13T10:00",
    "America/Argentina/Buenos_Aires",
    away=(None, named(2027, 4, 19, MON), P),
)
line(
    "window",
    "FYI the whole finance team is at our annual planning offsite Mon–Tue, back Wednesday.",
    "en",
    C,
    "2027-01-29T10:00",
    "America/Chicago",
    away=(named(2027, 2, 1, MON), named(2027, 2, 3, WED), CO),
)
line(
    "window",
    "Te aviso que mañana no hay nadie en la sucursal por la fumigación; el viernes abrimos normal.",
    "es",
    C,
    "2027-02-10T10:00",
    "America/Lima",
    away=(named(2027, 2, 11), named(2027, 2, 12, FRI), CO),
)
line(
    "window",
    "Hello, I'm covering for a colleague this week and I'm myself away from the 24th to the 28th, back March 1st.",
    "en",
    C,
    "2027-02-15T10:00",
    "Europe/London",
    away=(named(2027, 2, 24), named(2027, 3, 1), P),
)
line(
    "window",
    "Dear all, please note our offices in Mexico City will be closed on Monday 15 March (national holiday). We will be back on Tuesday.",
    "en",
    C,
    "2027-03-10T10:00",
    "America/Mexico_City",
    away=(named(2027, 3, 15, MON), named(2027, 3, 16, TUE), CO),
)
line(
    "window",
    "Mañana viajo a Santiago por trabajo y vuelvo el domingo, así que hasta el lunes no podré revisar nada.",
    "es",
    C,
    "2027-03-03T10:00",
    "America/Lima",
    away=(named(2027, 3, 4), named(2027, 3, 8, MON), P),
)
line(
    "window",
    "i'm out from thursday to next tuesday, tests will have to wait",
    "en",
    C,
    "2027-01-19T10:00",
    "America/Denver",
    away=(named(2027, 1, 21, THU), named(2027, 1, 27), P),
)
line(
    "window",
    "Te cuento que voy a estar de vacaciones las próximas dos semanas.",
    "es",
    C,
    "2027-02-03T10:00",
    "America/Mexico_City",
    away=(None, named(2027, 2, 17), P),
)
line(
    "window",
    "Our warehouse will be shut for the Easter weekend, Good Friday to Easter Monday inclusive.",
    "en",
    C,
    "2027-03-20T10:00",
    "Europe/London",
    away=(named(2027, 3, 26, FRI), named(2027, 3, 30), CO),
)
line(
    "window",
    "Hola equipo, les informo que estaré de viaje del 3 al 7 de mayo sin acceso a mi laptop. Cualquier urgencia, llamen a Pedro.",
    "es",
    C,
    "2027-04-26T10:00",
    "America/Santiago",
    away=(named(2027, 5, 3), named(2027, 5, 8), P),
)
line(
    "window",
    "Out at a customer site all of next week; I'll check Slack in the evenings only.",
    "en",
    C,
    "2027-05-05T10:00",
    "America/Toronto",
    away=(named(2027, 5, 10, MON), named(2027, 5, 17, MON), P),
)
line(
    "window",
    "Desde mañana y hasta el miércoles 14 inclusive estaré en una capacitación en Bogotá.",
    "es",
    C,
    "2027-04-08T10:00",
    "America/Bogota",
    away=(named(2027, 4, 9), named(2027, 4, 15), P),
)
line(
    "window",
    "PTO Friday + Monday, back Tues 🙌",
    "en",
    C,
    "2027-02-09T10:00",
    "America/Los_Angeles",
    away=(named(2027, 2, 12, FRI), named(2027, 2, 16, TUE), P),
)
line(
    "window",
    "Nuestra planta en Rosario estará parada del 15 al 19 de marzo por mantenimiento anual.",
    "es",
    C,
    "2027-03-02T10:00",
    "America/Argentina/Buenos_Aires",
    away=(named(2027, 3, 15), named(2027, 3, 20), CO),
)
line(
    "window",
    "I'm in back-to-back workshops all day tomorrow, free again on Thursday.",
    "en",
    C,
    "2027-02-23T10:00",
    "America/New_York",
    away=(named(2027, 2, 24), named(2027, 2, 25, THU), P),
)
line(
    "window",
    "Aviso: estaré fuera de la oficina hasta el lunes 5 de abril, con acceso limitado al correo.",
    "es",
    C,
    "2027-03-26T10:00",
    "Europe/Madrid",
    away=(None, named(2027, 4, 5, MON), P),
)
line(
    "window",
    "Closing the office for the day tomorrow due to the snowstorm — back Friday.",
    "en",
    C,
    "2027-02-03T10:00",
    "America/Chicago",
    away=(named(2027, 2, 4), named(2027, 2, 5, FRI), CO),
)

line(
    "promise",
    "Hi Javier, sorry for the delay on ticket 88213. I'll send you the corrected export by Thursday at 9:00 CET.",
    "en",
    S,
    "2027-03-22T10:00",
    "America/New_York",
    due=in_zone(named(2027, 3, 25, THU), 9, 0, "Europe/Paris", "America/New_York"),
)
line(
    "promise",
    "Hola Marta, ya escalé el caso con ingeniería. Te actualizo mañana antes de las 5 de la tarde.",
    "es",
    S,
    "2027-02-16T10:00",
    "Europe/Madrid",
    due=at(named(2027, 2, 17), 17),
)
line(
    "promise",
    "We've identified the issue. A fix will be deployed this Friday evening.",
    "en",
    S,
    "2027-04-13T10:00",
    "Europe/London",
    due=at(named(2027, 4, 16, FRI), 20),
)
line(
    "promise",
    "Disculpa la demora. Te confirmo la nueva fecha el lunes a primera hora.",
    "es",
    S,
    "2027-01-27T10:00",
    "America/Santiago",
    due=at(named(2027, 2, 1, MON), 9),
)
line(
    "promise",
    "Thanks for the logs from Tuesday. We'll have a root-cause summary for you by end of day tomorrow.",
    "en",
    S,
    "2027-03-04T10:00",
    "America/Chicago",
    due=at(named(2027, 3, 5), 17),
)
line(
    "promise",
    "Les hago llegar la propuesta a más tardar el 20 de abril.",
    "es",
    S,
    "2027-04-06T10:00",
    "America/Mexico_City",
    due=at(named(2027, 4, 20), 17),
)
line(
    "promise",
    "I'll get the refund processed and confirm by 3pm Eastern today.",
    "en",
    S,
    "2027-03-16T10:00",
    "America/Los_Angeles",
    due=in_zone(named(2027, 3, 16), 15, 0, "America/New_York", "America/Los_Angeles"),
)
line(
    "promise",
    "La nueva versión queda instalada el sábado a las 22 h; el domingo temprano te aviso cómo salió.",
    "es",
    S,
    "2027-02-17T10:00",
    "America/Bogota",
    due=at(named(2027, 2, 20, SAT), 22),
)
line(
    "promise",
    "We'll circle back with the pricing in two days.",
    "en",
    S,
    "2027-01-12T10:00",
    "America/Toronto",
    due=at(named(2027, 1, 14), 17),
)
line(
    "promise",
    "Mañana al final de la mañana te paso el informe.",
    "es",
    S,
    "2027-03-10T10:00",
    "Europe/Madrid",
    due=at(named(2027, 3, 11), 12),
)
line(
    "promise",
    "You'll have the new API keys before noon Friday, Pacific time.",
    "en",
    S,
    "2027-02-08T10:00",
    "America/New_York",
    due=in_zone(named(2027, 2, 12, FRI), 12, 0, "America/Los_Angeles", "America/New_York"),
)
line(
    "promise",
    "Te lo soluciono antes del cierre del día.",
    "es",
    S,
    "2027-04-05T10:00",
    "America/Lima",
    due=at(named(2027, 4, 5), 17),
)
line(
    "promise",
    "Following up on your email from the 2nd: I'll send the signed order form on Monday.",
    "en",
    S,
    "2027-03-10T10:00",
    "Europe/Dublin",
    due=at(named(2027, 3, 15, MON), 17),
)
line(
    "promise",
    "Le confirmamos la instalación para el jueves 11 a las 8:30.",
    "es",
    S,
    "2027-03-04T10:00",
    "America/Caracas",
    due=at(named(2027, 3, 11, THU), 8),
)

for text, lang, now, tz in [
    (
        "Dear team, kindly stop the weekly status reminders for ticket 88213; we will contact you once the audit concludes.",
        "en",
        "2027-03-09T10:00",
        "Europe/London",
    ),
    (
        "Por favor no me vuelvan a escribir por este tema hasta que yo les avise.",
        "es",
        "2027-02-22T10:00",
        "America/Mexico_City",
    ),
    (
        "No need to chase us on the invoice, it's with our AP team and they'll confirm.",
        "en",
        "2027-01-26T10:00",
        "America/Chicago",
    ),
    (
        "Les pido que ya no me etiqueten en el canal, yo reviso cuando pueda.",
        "es",
        "2027-04-07T10:00",
        "America/Bogota",
    ),
    ("Os agradecería que dejarais de mandar recordatorios automáticos.", "es", "2027-01-14T10:00", "Europe/Madrid"),
]:
    line("optout", text, lang, C, now, tz, opt=True)

# label fixed after scoring: "back from leave on the 22nd" states the window too (as in K-own's "back from leave on the 9th")
line(
    "optout",
    "Please pause all follow-ups until I'm back from leave on the 22nd.",
    "en",
    C,
    "2027-03-08T10:00",
    "America/New_York",
    away=(None, named(2027, 3, 22), P),
    opt=True,
)

for text, lang, role, now, tz in [
    (
        "Recap: on Feb 2 the sync job failed at 03:00 UTC and was re-run manually at 09:15.",
        "en",
        S,
        "2027-02-04T10:00",
        "Europe/London",
    ),
    (
        "El reporte de ventas del 1 al 28 de febrero ya está en la carpeta compartida.",
        "es",
        C,
        "2027-03-02T10:00",
        "America/Mexico_City",
    ),
    ("Our contract with you started on 1 April 2025.", "en", C, "2027-03-15T10:00", "Europe/Dublin"),
    ("Hola, ¿el horario de soporte cambia en Semana Santa?", "es", C, "2027-03-10T10:00", "America/Bogota"),
    ("The training session is on the 12th at 3pm, invite sent.", "en", S, "2027-04-05T10:00", "America/Chicago"),
    ("Gracias por la reunión de ayer a las 10, muy útil.", "es", C, "2027-01-21T10:00", "America/Santiago"),
    (
        "We were closed from the 1st to the 3rd for the holiday; catching up now.",
        "en",
        C,
        "2027-01-05T10:00",
        "America/Toronto",
    ),
    ("El pedido 44871 se entregó el 15 de marzo a las 14:20.", "es", S, "2027-03-18T10:00", "America/Lima"),
    ("Can you remind me when our renewal is due? I think it's in June.", "en", C, "2027-04-02T10:00", "America/Denver"),
    (
        "Mi compañero Luis está fuera hasta el lunes, cualquier cosa conmigo.",
        "es",
        C,
        "2027-02-10T10:00",
        "Europe/Madrid",
    ),
    ("Merry Christmas! See you all in January 🎄", "en", C, "2026-12-23T10:00", "America/New_York"),
    (
        "Hace una semana les envié los logs del 3 de marzo.",
        "es",
        C,
        "2027-03-10T10:00",
        "America/Argentina/Buenos_Aires",
    ),
    ("Office hours are 9:00–17:30 Monday to Friday, UK time.", "en", S, "2027-01-11T10:00", "Europe/London"),
    ("¿Ustedes cierran el 25 de diciembre?", "es", C, "2026-12-15T10:00", "America/Mexico_City"),
    ("The old dashboard will be retired on June 30, 2027.", "en", S, "2027-04-20T10:00", "America/New_York"),
    ("El 8 de marzo fue día libre para muchas de nosotras.", "es", C, "2027-03-10T10:00", "America/Santiago"),
    (
        "Daylight saving starts on March 14 here, so our meeting shifts an hour.",
        "en",
        C,
        "2027-03-08T10:00",
        "America/Chicago",
    ),
    ("Feliz puente a todos 🙌", "es", C, "2026-12-04T10:00", "Europe/Madrid"),
    ("Our finance team closes the books on the 5th of every month.", "en", C, "2027-02-10T10:00", "Europe/Berlin"),
    ("Te adjunto la factura con fecha 28/02/2027.", "es", S, "2027-03-03T10:00", "America/Bogota"),
]:
    line("distractor", text, lang, role, now, tz)

save("fresh-2026-12-03-R-own.jsonl")
