"""Own intent corpus h (round 3): batch 3's miss classes in other words, written before any rule change."""

# ruff: noqa: E501

import json

L = []


def add(intent, lang, text, refs=()):
    L.append(
        {
            "text": text,
            "lang": lang,
            "role": "customer",
            "expect": {"intent": intent, "references": list(refs)},
            "class": CLS,
        }
    )


CLS = "status-names-problem"
add("status", "en", "hi again! any news about the duplicate charges problem?")
add("status", "es", "hola, ¿hay avances con lo del reporte de nómina que no cuadraba?")
add("status", "en", "good morning, what's the ETA on the fix for the SSO login failures?")
add("status", "es", "¿Para cuándo tendrían resuelto el tema de las facturas duplicadas?")
add("status", "en", "we're still waiting to hear back about the slow dashboard, it's been 5 days")
add("status", "es", "LLEVAMOS DOS SEMANAS CON LO DEL ERROR DE EXPORTACIÓN Y NADIE RESPONDE")
add(
    "status",
    "en",
    "Sorry to bother you again, but my boss asks me every single morning about the missing payslips and I have nothing to tell him",
)
add(
    "status", "es", "¿Alguna novedad del problema con la sincronización del calendario? Mi jefe me lo pregunta a diario"
)
add("status", "en", "bumpp")
add("status", "es", "subo esto")
add(
    "status",
    "en",
    "Still waiting for an answer on the tax rounding error from last week, please, our audit is on Friday",
)
add("status", "es", "cómo va lo de los correos rebotados? seguimos sin saber nada")
add("request", "en", "any progress on the invoice mismatch? also the credit notes now show the wrong VAT")
add("request", "en", "how is the export bug going? btw can you also add Pedro as admin")
CLS = "still-failing-or-ask-after-thanks"
add("request", "en", "we cleared the cache like you said, still nothing on the payroll screen")
add("request", "en", "the imports from Monday are still sitting in 'queued' 🙄")
add("request", "es", "probé con otro navegador y el PDF sigue saliendo en blanco")
add("request", "en", "after the update the sync still drops half the contacts")
add("request", "es", "todavía no nos llegan los correos de confirmación, ya revisamos spam")
add("request", "en", "no luck with the new token, the webhook still gets rejected")
add("request", "es", "reinstalamos el lector y las etiquetas siguen sin imprimirse")
add("request", "en", "Thanks for yesterday! Now I wanted to ask you to reset the password for the warehouse account")
add("request", "es", "Gracias por la ayuda del lunes. Les quería pedir si pueden agregar a Lucía como aprobadora")
add("request", "es", "mil gracias por lo del viernes! ahora quisiera pedirles que habiliten el módulo de viáticos")
add("request", "en", "the invoices you regenerated are still on last month's rate")
add("request", "es", "los reportes siguen en 'generando' desde anoche")
add("request", "en", "updated the app like you suggested and the card payments are still bouncing")
add("request", "es", "ya reiniciamos el router y la terminal todavía no conecta")
add("request", "es", "ya actualizamos el navegador y las transferencias siguen rebotando")
add("request", "es", "los archivos que subimos ayer siguen en 'pendiente' 😩")
add("request", "en", "the uploads from this morning are still in 'processing'")
add("request", "en", "thanks for sorting the invoice! I wanted to ask you to add two more seats to our plan")
add("request", "es", "Gracias por todo! Les queríamos pedir que den de baja a Marta del portal")
CLS = "info-works-cancel-will-send-report"
add("info", "en", "the payslips are showing up now")
add("info", "es", "ya están entrando los pedidos")
add("info", "en", "orders are syncing through now")
add("info", "en", "NEVER MIND THE SSO TICKET, OUR IT GUY HAD DISABLED THE APP 🙈")
add("info", "es", "no hace falta que revisen la impresora, estaba desconectada")
add("info", "en", "no need to look into the export anymore, someone here had the wrong filter on")
add("info", "en", "I'll send you the screenshots of the error this afternoon")
add("info", "es", "el lunes les paso el log completo del error")
add(
    "info",
    "en",
    "Quick update from us. This morning we reinstalled the agent, checked the firewall rules and restarted the server twice. We'll keep an eye on it over the weekend.",
)
add(
    "info",
    "es",
    "Les cuento lo que hicimos: revisamos los permisos, borramos la caché y volvimos a cargar el archivo. Por ahora viene bien.",
)
add("info", "en", "tomorrow we'll forward you the files that failed so you can reproduce it")
add("request", "en", "Quick update from our side: we restarted the server but the error is still there")
CLS = "greeting-event-smalltalk"
add("greeting", "en", "how did the workshop in Madrid go? looked fun from the pictures")
add("greeting", "es", "¿qué tal estuvo el viaje a Cancún? vi las fotos en Instagram")
add("greeting", "en", "did you enjoy the summit in Berlin?")
add("greeting", "es", "¿cómo les fue en la feria de Bogotá?")
add("greeting", "en", "saw your talk from the meetup on YouTube, how did it go?")
add("greeting", "en", "was the team offsite in Porto as sunny as it looked?")
add("greeting", "es", "¿y qué tal la conferencia en Lima? se veía buenísima en LinkedIn")
add("greeting", "en", "how was the trip back from the expo?")
add("greeting", "es", "¿volvieron bien del congreso?")
add("request", "en", "how was the migration supposed to handle archived users?")
add("request", "en", "how did the recording of our onboarding call get deleted?")
CLS = "references-other-numbers"
add("request", "en", "the printer at store #12 can't print receipts")
add("request", "es", "en la tienda #45 no abre el punto de venta")
add("request", "en", "room #3 screen shows no signal when we share from the app")
add("request", "en", "line #7 of the import file gets rejected")
add("status", "en", "still waiting on #88", [88])
add("request", "es", "la sucursal #9 sigue sin poder facturar, ver req 102", [102])
add("request", "en", "build #431 broke the login page")
add("request", "en", "the item #22 in the catalogue has the wrong price")
add("request", "en", "branch #4 and #5 can't log in")
add("status", "es", "sobre la #61, ¿alguna novedad?", [61])
add("request", "es", "la caja #2 del local de Palermo cobra doble")

# Probes written after the first round of changes, before the rules were run on them (scored, then fixed by class).

CLS = "probe-2"
for intent, lang, text, refs in [
    ("request", "en", "still waiting on REQ-12 and now the login page shows a 500", [12]),
    ("request", "es", "lo de la factura ya está, pero ahora necesitamos agregar un usuario", []),
    ("request", "es", "¿alguna novedad? además el reporte de ventas sale vacío", []),
    ("status", "en", "checking in re: the broken CSV import from Tuesday, anything new?", []),
    ("status", "es", "¿Cómo van con el tema del error 500 en el login?", []),
    ("status", "en", "any eta for the fix to the slow search?", []),
    ("status", "es", "hace 10 días que reportamos lo de las notificaciones duplicadas y nada", []),
    (
        "status",
        "es",
        "perdón la insistencia, pero mi cliente me reclama todos los días por las facturas que no llegan",
        [],
    ),
    ("status", "en", "pingg", []),
    ("request", "en", "reset the password as you said, still can't get in", []),
    ("request", "en", "the scheduled emails are still stuck in 'draft'", []),
    ("request", "es", "las órdenes de ayer siguen figurando como 'en tránsito'", []),
    ("request", "en", "cleared cookies, no luck", []),
    ("request", "en", "Thank you for the help earlier! We'd also like to ask you to enable SSO for our sandbox", []),
    ("info", "en", "the webhooks are firing again", []),
    ("info", "en", "no need to reset Ana's password after all, it was in her notes", []),
    ("info", "en", "we'll upload the error logs to the shared drive tonight", []),
    ("info", "es", "les reenviamos mañana el archivo que falla", []),
    (
        "info",
        "en",
        "Update from our side: we rolled back the plugin, rebooted the terminals and cleared the queue. Monitoring for now.",
        [],
    ),
    ("greeting", "en", "how was the flight back from Denver?", []),
    ("greeting", "es", "¿qué tal les fue en la boda?", []),
    ("greeting", "en", "did the team enjoy the hackathon last week?", []),
    ("request", "en", "how was the invoice for November calculated?", []),
    ("status", "en", "did you get the files I sent for the import?", []),
    ("request", "en", "terminal #3 in store #8 freezes at checkout", []),
    ("request", "en", "same as #57, the export is empty again", [57]),
    ("status", "en", "re #77: any news?", [77]),
]:
    add(intent, lang, text, refs)
# Probes written after the second round, aimed at what the new cues could steal (precision), before running them.
CLS = "probe-3"
for intent, lang, text, refs in [
    ("request", "en", "any update? we also noticed the totals are off by one cent", []),
    ("request", "en", "I'll send the logs, but the sync failed again this morning", []),
    ("request", "en", "no need to hurry, but the payroll export is broken", []),
    ("request", "es", "no hace falta que me llamen, pero el portal no carga", []),
    ("request", "en", "we restarted everything and the app still crashes", []),
    ("request", "en", "we migrated to the new domain and now nobody can log in", []),
    ("request", "en", "how was the conference call recording uploaded twice?", []),
    ("request", "en", "did you enjoy the webinar? also, can we get the slides?", []),
    ("request", "en", "the orders are still processing since yesterday", []),
    ("status", "en", "REQ-40 is still in progress?", [40]),
    ("request", "es", "el pedido #5512 sigue en preparación, ¿pueden revisar?", []),
    ("request", "en", "my manager asks every week for an export of all users, can you automate it?", []),
    ("request", "es", "mañana les mando el archivo y les pido que lo carguen", []),
    ("request", "en", "saw the photos of the new office, looks great! btw the printer there can't connect", []),
    ("status", "en", "it's been 2 days with the invoices missing and no reply", []),
]:
    add(intent, lang, text, refs)
with open("tests/corpus/intents-own-2026-12-02-h.jsonl", "w") as f:
    for c in L:
        f.write(json.dumps(c, ensure_ascii=False) + "\n")
print(len(L))
