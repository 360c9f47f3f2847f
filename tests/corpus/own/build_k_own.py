# ruff: noqa: E501
"""Builds fresh-2026-12-03-K-own.jsonl: a third probe set of the 2026-12-03 round, written after the J-own fixes and
scored before any further change. Its classes are those blind batch H missed (read from its failure list; no line
of H is copied or rephrased), plus forms of the Duckling measure: a named colleague beside one's own absence,
"reachable again from", typed "were" for "we're", ranges of weekday + day with "ambos inclusive", absence adjectives,
"the week after next" in Spanish, a start said with "desde … hasta", opt-outs beside windows in any register, a
commitment with "quedo en", a zone after "de la mañana", clock facts of the past, part of the day before the clock,
"fortnight", "el miércoles que viene". Every label is computed with datetime."""

from probe import CO, FRI, MON, THU, TUE, WED, C, P, S, at, in_zone, line, named, save

# a colleague named beside one's own absence: the person's, not the company's
line(
    "scope",
    "I'm on maternity leave from the 1st until June 14. In the meantime our finance team lead, Priya, can approve anything urgent.",
    "en",
    C,
    "2027-04-22T10:00",
    "America/New_York",
    away=(named(2027, 5, 1), named(2027, 6, 14), P),
)
line(
    "scope",
    "Estaré en un retiro de dirección del lunes 12 al miércoles 14 de abril; mientras tanto, mi equipo de soporte les atiende.",
    "es",
    C,
    "2027-04-06T10:00",
    "Europe/Madrid",
    away=(named(2027, 4, 12, MON), named(2027, 4, 15), P),
)
line(
    "scope",
    "Away at our sales kickoff Tue–Thu. Marco from the ops team has the details if anything comes up.",
    "en",
    C,
    "2027-01-22T10:00",
    "America/Chicago",
    away=(named(2027, 1, 26, TUE), named(2027, 1, 29), P),
)
line(
    "scope",
    "Me voy de licencia por paternidad desde el lunes hasta el 3 de mayo; cualquier cosa, hablen con Ana del área de compras.",
    "es",
    C,
    "2027-04-14T10:00",
    "America/Bogota",
    away=(named(2027, 4, 19, MON), named(2027, 5, 3), P),
)

# resume words: "reachable again from", "back to work on", typed "were" for "we're"
line(
    "resume",
    "At a customer workshop all week, reachable again from Monday.",
    "en",
    C,
    "2027-02-16T09:00",
    "America/Denver",
    away=(None, named(2027, 2, 22, MON), P),
)
line(
    "resume",
    "Training in Boston until Wednesday, available again from Thursday.",
    "en",
    C,
    "2027-03-08T09:00",
    "America/New_York",
    away=(None, named(2027, 3, 11, THU), P),
)
line(
    "resume",
    "warehouse is closed for stocktake today and tomorrow, were back friday",
    "en",
    C,
    "2027-03-03T09:00",
    "America/Chicago",
    away=(None, named(2027, 3, 5, FRI), CO),
)
line(
    "resume",
    "De viaje hasta el jueves; a partir del viernes ya me pueden llamar.",
    "es",
    C,
    "2027-02-22T09:00",
    "America/Lima",
    away=(None, named(2027, 2, 26, FRI), P),
)

# ranges of weekday + day, "ambos inclusive", "desde … hasta … inclusive"
line(
    "range",
    "Estaré de vacaciones del lunes 15 al viernes 19 de febrero, ambos inclusive.",
    "es",
    C,
    "2027-02-04T10:00",
    "Europe/Madrid",
    away=(named(2027, 2, 15, MON), named(2027, 2, 20), P),
)
line(
    "range",
    "La tienda permanecerá cerrada desde el martes 6 hasta el jueves 8 de abril inclusive por reformas.",
    "es",
    C,
    "2027-03-30T10:00",
    "America/Mexico_City",
    away=(named(2027, 4, 6, TUE), named(2027, 4, 9), CO),
)
line(
    "range",
    "I'll be out from Thursday the 11th to Tuesday the 16th, inclusive.",
    "en",
    C,
    "2027-03-02T10:00",
    "Europe/London",
    away=(named(2027, 3, 11, THU), named(2027, 3, 17), P),
)
line(
    "range",
    "Cerramos por inventario desde el lunes 1 hasta el miércoles 3 de marzo, ambos días incluidos.",
    "es",
    C,
    "2027-02-23T10:00",
    "America/Santiago",
    away=(named(2027, 3, 1, MON), named(2027, 3, 4), CO),
)
line(
    "range",
    "On leave Friday the 7th through Monday the 10th (inclusive).",
    "en",
    C,
    "2027-05-03T10:00",
    "America/Toronto",
    away=(named(2027, 5, 7, FRI), named(2027, 5, 11), P),
)

# absence adjectives and conditions
line(
    "absence",
    "Hoy estoy indispuesta, mañana retomo.",
    "es",
    C,
    "2027-01-13T10:00",
    "America/Bogota",
    away=(None, named(2027, 1, 14), P),
)
line(
    "absence",
    "estoy con reposo médico hasta el viernes",
    "es",
    C,
    "2027-03-15T10:00",
    "America/Caracas",
    away=(None, named(2027, 3, 19, FRI), P),
)
line(
    "absence",
    "Under the weather today, should be back tomorrow.",
    "en",
    C,
    "2027-02-09T08:00",
    "America/Los_Angeles",
    away=(None, named(2027, 2, 10), P),
)
line(
    "absence",
    "Estoy internado en la clínica, calculo volver el lunes.",
    "es",
    C,
    "2027-04-07T10:00",
    "America/Argentina/Buenos_Aires",
    away=(None, named(2027, 4, 12, MON), P),
)
line(
    "absence",
    "I'm on bereavement leave till next Tuesday.",
    "en",
    C,
    "2027-01-27T10:00",
    "Europe/Dublin",
    away=(None, named(2027, 2, 2, TUE), P),
)

# weeks counted in Spanish and English
line(
    "weeks",
    "Estoy de viaje y vuelvo la semana después de la que viene.",
    "es",
    C,
    "2027-02-02T10:00",
    "America/Mexico_City",
    away=(None, named(2027, 2, 15, MON), P),
)
line(
    "weeks",
    "No estoy hasta dentro de dos semanas.",
    "es",
    C,
    "2027-03-10T10:00",
    "Europe/Madrid",
    away=(None, named(2027, 3, 24), P),
)
line(
    "weeks",
    "Off for a fortnight from tomorrow.",
    "en",
    C,
    "2027-01-18T10:00",
    "Europe/London",
    away=(named(2027, 1, 19), named(2027, 2, 2), P),
)
line(
    "weeks",
    "Estoy de vacaciones hasta el miércoles que viene.",
    "es",
    C,
    "2027-02-09T10:00",
    "Europe/Madrid",
    away=(None, named(2027, 2, 17, WED), P),
)

# opt-outs beside windows, any register
line(
    "optout",
    "I'm on leave until April 26. Please hold off on any reminders in the meantime; I'll get in touch when I'm back.",
    "en",
    C,
    "2027-04-12T10:00",
    "America/New_York",
    away=(None, named(2027, 4, 26), P),
    opt=True,
)
line(
    "optout",
    "Out till Friday 🙏 pls pause the pings, I'll follow up when I'm back",
    "en",
    C,
    "2027-03-16T10:00",
    "America/Denver",
    away=(None, named(2027, 3, 19, FRI), P),
    opt=True,
)
line(
    "optout",
    "Would you mind not calling me about the upgrade? I'll reach out once we decide.",
    "en",
    C,
    "2027-02-11T10:00",
    "America/Chicago",
    opt=True,
)
line(
    "optout",
    "Le agradeceré que no me envíe más notificaciones sobre esta incidencia hasta que yo le escriba.",
    "es",
    C,
    "2027-01-25T10:00",
    "Europe/Madrid",
    opt=True,
)
line(
    "optout",
    "No hace falta que nos estéis avisando cada día, ya os escribimos nosotros.",
    "es",
    C,
    "2027-03-04T10:00",
    "Europe/Madrid",
    opt=True,
)
line(
    "optout",
    "Me voy de vacaciones mañana hasta el 12 de abril, así que les pido que no me manden seguimientos; lo retomo a mi vuelta.",
    "es",
    C,
    "2027-03-30T10:00",
    "America/Lima",
    away=(named(2027, 3, 31), named(2027, 4, 12), P),
    opt=True,
)
line(
    "optout",
    "hey can u stop the automated emails on this ticket til i get back to u? thx",
    "en",
    C,
    "2027-02-24T10:00",
    "America/Bogota",
    opt=True,
)
line(
    "optout",
    "Cerrados por vacaciones hasta el 10 de enero. No es necesario que nos recuerden el tema, los contactamos al volver.",
    "es",
    C,
    "2026-12-22T10:00",
    "America/Argentina/Buenos_Aires",
    away=(None, named(2027, 1, 10), CO),
    opt=True,
)

# promises: "quedo en", zones after parts of the day, part of day before the clock
line(
    "promise",
    "Quedo en mandarle el contrato revisado el jueves por la mañana.",
    "es",
    S,
    "2027-03-09T10:00",
    "America/Panama",
    due=at(named(2027, 3, 11, THU), 12),
)
line(
    "promise",
    "Quedamos en enviarles la cotización mañana a primera hora.",
    "es",
    S,
    "2027-01-26T15:00",
    "America/Bogota",
    due=at(named(2027, 1, 27), 9),
)
line(
    "promise",
    "Le haremos llegar el acceso mañana antes de las 9 de la mañana, hora de Madrid.",
    "es",
    S,
    "2027-02-15T10:00",
    "America/Mexico_City",
    due=in_zone(named(2027, 2, 16), 9, 0, "Europe/Madrid", "America/Mexico_City"),
)
line(
    "promise",
    "I'll call you tomorrow in the evening at seven.",
    "en",
    S,
    "2027-03-02T10:00",
    "America/New_York",
    due=at(named(2027, 3, 3), 19),
)
line(
    "promise",
    "You'll have the draft in a fortnight.",
    "en",
    S,
    "2027-01-11T10:00",
    "Europe/London",
    due=at(named(2027, 1, 25), 17),
)
line(
    "promise",
    "Te lo paso el miércoles que viene sin falta.",
    "es",
    S,
    "2027-04-13T10:00",
    "Europe/Madrid",
    due=at(named(2027, 4, 21, WED), 17),
)
line(
    "promise",
    "Me comprometo a tenerlo listo para el día 20 a las 18 h, hora de Lima.",
    "es",
    S,
    "2027-04-05T10:00",
    "America/Bogota",
    due=in_zone(named(2027, 4, 20), 18, 0, "America/Lima", "America/Bogota"),
)
line(
    "promise",
    "We'll push the hotfix tonight around 11 pm ET.",
    "en",
    S,
    "2027-02-18T10:00",
    "America/Chicago",
    due=in_zone(named(2027, 2, 18), 23, 0, "America/New_York", "America/Chicago"),
)
line(
    "promise",
    "Cuenta con la respuesta del equipo legal antes del fin de semana.",
    "es",
    S,
    "2027-03-16T10:00",
    "America/Santiago",
    due=at(named(2027, 3, 19, FRI), 17),
)
line(
    "promise",
    "Te lo dejo listo para pasado mañana al mediodía.",
    "es",
    S,
    "2027-05-03T10:00",
    "America/Caracas",
    due=at(named(2027, 5, 5), 12),
)

# questions and requests: neither
for text, lang, role, now, tz in [
    ("Could you get me the signed NDA no later than Wednesday?", "en", S, "2027-03-01T10:00", "America/New_York"),
    ("¿Me harías llegar el comprobante antes del lunes?", "es", S, "2027-02-03T10:00", "America/Bogota"),
    ("Hi, is your team working over the Easter weekend?", "en", C, "2027-03-17T10:00", "Europe/London"),
    ("¿El 1 de mayo tienen guardia o están todos de vacaciones?", "es", C, "2027-04-26T10:00", "Europe/Madrid"),
    ("Will someone on your side be online on the 24th?", "en", C, "2026-12-15T10:00", "America/Chicago"),
    ("Les pediría que me manden el informe firmado para el viernes.", "es", S, "2027-01-12T10:00", "America/Lima"),
]:
    line("question", text, lang, role, now, tz)

# distractors: dates and clocks of facts
for text, lang, role, now, tz in [
    (
        "Summary: the login errors on Feb 9 started at 2pm and were fixed by 5pm the same day.",
        "en",
        S,
        "2027-02-11T10:00",
        "America/New_York",
    ),
    (
        "El incidente del martes quedó resuelto a las 18:30 de ese mismo día.",
        "es",
        S,
        "2027-03-11T10:00",
        "Europe/Madrid",
    ),
    (
        "Our office was closed from Dec 24 to Jan 2, which is why nobody answered.",
        "en",
        C,
        "2027-01-08T10:00",
        "America/Toronto",
    ),
    ("La semana pasada estuve de baja, ya estoy bien, gracias.", "es", C, "2027-02-15T10:00", "America/Bogota"),
    ("The maintenance on March 6 went smoothly, thanks team!", "en", C, "2027-03-08T10:00", "America/Denver"),
    ("Te escribí el viernes a las 4 pero no me llegó respuesta.", "es", C, "2027-04-13T10:00", "America/Mexico_City"),
    ("Attached is the invoice dated 15/03/2027.", "en", C, "2027-03-20T10:00", "Europe/London"),
    ("Ayer a medianoche se reinició el servidor solo.", "es", C, "2027-01-21T10:00", "America/Santiago"),
    ("The certificate was renewed on the 2nd at 9am.", "en", S, "2027-04-05T10:00", "America/Chicago"),
    ("En Semana Santa del año pasado tuvimos el mismo problema.", "es", C, "2027-02-02T10:00", "America/Lima"),
]:
    line("distractor", text, lang, role, now, tz)

save("fresh-2026-12-03-K-own.jsonl")
