"""`atento demo`: a scripted week in a shared channel, played against the real bot with no Slack.

The real HTTP app, services and timers run on a temporary SQLite file; Slack is the built-in
stand-in; time is a fake clock that jumps from one scripted moment or due timer to the next. What
people say goes in as signed Slack requests; what the bot says is read back from the stand-in's
record of Web API calls; why it stayed quiet comes from the timers it settled as skipped.
"""

from __future__ import annotations

import logging
import re
import tempfile
import textwrap
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import func, select

from bot.platform.clock import FakeClock
from bot.platform.config import Settings
from bot.platform.models import Channel, Request, Timer, Workspace
from bot.sandbox.simulator import CUSTOMER_TEAM, OUR_TEAM, SIGNING_SECRET, ServedApp, SlackSender, message_event, ts_at
from bot.sandbox.standin import StandinSlack
from bot.slack.workspaces import ensure_channel
from bot.texts import render

PANAMA, MADRID = ZoneInfo("America/Panama"), ZoneInfo("Europe/Madrid")
START = datetime(2026, 12, 14, 8, 50, tzinfo=PANAMA)  # a Monday
PEOPLE = {
    "UCARLA": ("Carla Pérez", {"en": "Acme, Madrid", "es": "Acme, Madrid"}),
    "UANA": ("Ana García", {"en": "support, Panama", "es": "soporte, Panamá"}),
    "UBEA": ("Bea Ruiz", {"en": "support, Panama", "es": "soporte, Panamá"}),
    "ULOLA": ("Lola Méndez", {"en": "team lead, Panama", "es": "jefa del equipo, Panamá"}),
}
CHANNELS = {"CSHARED": "#acme-support", "CTRIAGE": "#support-triage"}
# Why a timer stayed quiet is recorded in English (policies' reasons, for operators); the Spanish
# week reads those it meets in Spanish.
REASONS_ES = {
    "answered since": "ya se respondió",
    "claimed since": "ya tiene responsable",
    "owner changed since": "cambió de responsable",
    "the customer answered": "el cliente respondió",
    "no open, owned request": "no hay solicitud abierta con responsable",
    "nothing is waiting on them": "no hay nada esperándole",
    "resurfaced to the owner this morning already": "ya se recordó a la responsable esta mañana",
    "the customer asked not to be chased until they write again": (
        "el cliente pidió que no le insistamos hasta que escriba"
    ),
    "the deadline has passed": "el plazo ya pasó",
    "unclaimed: the unclaimed ladder speaks for it": "sin responsable: ya avisa la escalada de no asignadas",
    "request resolved": "solicitud resuelta",
    "request withdrawn": "solicitud retirada",
    "promise kept": "promesa cumplida",
    "promise renegotiated": "promesa renegociada",
    "promise cancelled": "promesa cancelada",
    "we promised them an update: the next move is ours": "les prometimos novedades: el siguiente paso es nuestro",
}

QUIET = {  # the timers whose silence is worth telling, and what they are in plain words
    "en": {
        "escalation.unclaimed": "escalating an unclaimed request",
        "reminder.first_response": "reminding the owner nobody answered",
        "reminder.waiting": "telling the owner the customer waits",
        "reminder.customer_silent": "nudging about a silent customer",
        "availability.resurface": "resurfacing the request",
        "promise.reminder": "a promise reminder",
        "promise.due": "the promise deadline check",
    },
    "es": {
        "escalation.unclaimed": "escalar una solicitud sin responsable",
        "reminder.first_response": "recordar que nadie respondió",
        "reminder.waiting": "avisar de que el cliente espera",
        "reminder.customer_silent": "avisar de un cliente en silencio",
        "availability.resurface": "volver a mostrar la solicitud",
        "promise.reminder": "un recordatorio de promesa",
        "promise.due": "la comprobación del plazo",
    },
}
MENTION = re.compile(r"<([@#])([UC][A-Z0-9]+)(?:\|[^>]*)?>")

WORDS = {
    "en": {
        "title": "Atento demo: one week in #acme-support (shared with Acme). Times: Panama · Madrid.",
        "in_thread": "in the thread",
        "only": "only {who} sees",
        "dm": "DM to {who}",
        "bot": "Atento",
        "form": "a form opens for {who}: “{title}”",
        "fills": "{who} fills it in: {what}",
        "clicks": "{who} clicks “{button}”",
        "quiet": "Atento stays quiet ({what}): {why}",
        "end": "End of the week: {requests} request, {posts} messages from Atento, {quiet} times it chose silence.",
    },
    "es": {
        "title": "Demo de Atento: una semana en #acme-support (compartido con Acme). Horas: Panamá · Madrid.",
        "in_thread": "en el hilo",
        "only": "solo lo ve {who}",
        "dm": "mensaje directo a {who}",
        "bot": "Atento",
        "form": "se abre un formulario para {who}: “{title}”",
        "fills": "{who} lo rellena: {what}",
        "clicks": "{who} pulsa «{button}»",
        "quiet": "Atento calla ({what}): {why}",
        "end": "Fin de la semana: {requests} solicitud, {posts} mensajes de Atento, {quiet} veces eligió callar.",
    },
}
SCRIPT = {
    "en": {
        "ask": "Hi! Since this morning the invoice export fails with error 500. Can you take a look?",
        "promise": "Thanks Carla, I can reproduce it. I'll get back to you by Wednesday EOD.",
        "away": "Great, thanks. Heads up: our office is closed Thursday and Friday for the company holiday, "
        "back on Monday.",
        "more_time": "monday 12:00",
        "note": "the fix is written and in review; it needs one more day of testing.",
        "handoff": "Bea knows the exporter best; the fix is in review",
        "question": "Carla, quick question: do the failing invoices all have credit notes?",
        "fixed": "Good morning Carla! Fixed: the export handles credit notes again. Sorry for the wait.",
        "thanks": "ok, thanks!",
        "chase": "Any update on this?",
        "back": "Sorry, the problem is back: the export fails again with error 500.",
    },
    "es": {
        "ask": "¡Hola! Desde esta mañana la exportación de facturas falla con el error 500. ¿Lo podéis mirar?",
        "promise": "Gracias Carla, lo reproduzco. Te lo tengo listo el miércoles al final del día.",
        "away": "Genial, gracias. Aviso: la oficina cierra jueves y viernes por las fiestas de la empresa, "
        "volvemos el lunes.",
        "more_time": "lunes 12:00",
        "note": "el arreglo está escrito y en revisión; necesita un día más de pruebas.",
        "handoff": "Bea es quien mejor conoce el exportador; el arreglo está en revisión",
        "question": "Carla, una pregunta rápida: ¿todas las facturas que fallan tienen notas de crédito?",
        "fixed": "¡Buenos días Carla! Arreglado: la exportación vuelve a aceptar notas de crédito. Perdona la espera.",
        "thanks": "¡ok, gracias!",
        "chase": "¿Novedades?",
        "back": "Perdón, el problema volvió: la exportación falla otra vez con el error 500.",
    },
}


@dataclass
class Step:
    at: datetime
    run: Callable[[], None]


class Demo:
    def __init__(self, language: str = "en", out: Callable[[str], None] = print):
        self.lang = language if language in WORDS else "en"
        self.w, self.say = WORDS[self.lang], SCRIPT[self.lang]
        self.out = out
        self.lines: list[str] = []
        self.seen_calls = 0
        self.quiet_count = 0
        self.told: set[int] = set()
        self.last_header = ""
        self.thread = ""

    # -- the world ---------------------------------------------------------------------------
    def run(self) -> list[str]:
        logging.getLogger("atento").setLevel(logging.ERROR)
        with tempfile.TemporaryDirectory() as folder, StandinSlack() as slack:
            self.slack = slack
            self._people(slack)
            self.clock = FakeClock(START)
            settings = Settings(
                SLACK_BOT_TOKEN="xoxb-demo",
                SLACK_SIGNING_SECRET=SIGNING_SECRET,
                SLACK_API_URL=slack.api_url,
                DATABASE_URL=f"sqlite:///{folder}/demo.db",
                ATENTO_OUTBOX_CHANNEL_SECONDS=0,
            )
            from bot.app import build
            from bot.platform.db import upgrade

            upgrade(settings.database_url)
            with ServedApp(build(settings, self.clock)) as served:
                self.bot, self.send = served, SlackSender(served.url, self.clock)
                self._settings()
                self.emit(self.w["title"], header=False)
                for step in self.script():
                    self.until(step.at)
                    step.run()
                    self.settle()
                self.until(self.clock.now() + timedelta(minutes=30))
                with served.atento.sessions() as session:
                    requests = session.scalar(select(func.count()).select_from(Request))
                posts = len([c for c in slack.calls() if c.method in ("chat.postMessage", "chat.postEphemeral")])
                self.emit(self.w["end"].format(requests=requests, posts=posts, quiet=self.quiet_count))
        return self.lines

    def _people(self, slack: StandinSlack) -> None:
        es = self.lang == "es"
        slack.add_channel("CSHARED", name="acme-support", shared=True)
        slack.add_channel("CTRIAGE", name="support-triage", shared=False)
        slack.add_user("UANA", name="Ana García", locale="es-ES" if es else "en-US")
        slack.add_user("UBEA", name="Bea Ruiz", locale="es-ES" if es else "en-US")
        slack.add_user("ULOLA", name="Lola Méndez", locale="es-ES" if es else "en-US")
        slack.add_user("UCARLA", team_id=CUSTOMER_TEAM, name="Carla Pérez")

    def _settings(self) -> None:
        with self.bot.atento.sessions.begin() as session:
            workspace = session.get(Workspace, OUR_TEAM)
            workspace.settings = {
                **(workspace.settings or {}),
                "lead": "ULOLA",
                "language": self.lang,  # the team's language: what staff read
                "hours": {"tz": "America/Panama", "days": [0, 1, 2, 3, 4], "start": "09:00", "end": "18:00"},
            }

    def _channel(self) -> None:
        with self.bot.atento.sessions.begin() as session:
            channel = session.get(Channel, (OUR_TEAM, "CSHARED"))
            channel.customer_org_name, channel.timezone, channel.country = "Acme", "Europe/Madrid", "ES"
            channel.triage_channel_id = "CTRIAGE"
            channel.language = self.lang

    # -- the week ------------------------------------------------------------------------------
    def script(self) -> list[Step]:
        s = self.say

        def day(d: int, h: int, m: int = 0) -> datetime:
            return datetime(2026, 12, d, h, m, tzinfo=PANAMA)

        return [
            Step(day(14, 8, 55), lambda: self.command("ULOLA", "/atento", "digest weekly fri 09:00")),
            Step(day(14, 9, 0), self._channel_known),
            Step(day(14, 9, 5), lambda: self.customer(s["ask"], opens=True)),
            Step(day(14, 9, 30), lambda: self.command("UANA", "/claim", "REQ-1")),
            Step(day(14, 9, 40), lambda: self.staff("UANA", s["promise"])),
            Step(day(14, 10, 15), lambda: self.customer(s["away"])),
            Step(day(14, 11, 0), lambda: self.customer(s["thanks"], top_level=True)),  # issue 16: opens nothing
            Step(day(16, 17, 5), lambda: self.need_more_time("UANA", s["more_time"], s["note"])),
            Step(day(17, 9, 10), lambda: self.command("UANA", "/handoff", f"REQ-1 <@UBEA|bea> {s['handoff']}")),
            Step(day(17, 11, 0), lambda: self.staff("UBEA", s["question"])),
            Step(day(21, 9, 15), lambda: self.customer(s["chase"])),  # issue 16: the owner hears at once
            Step(day(21, 9, 30), lambda: self.staff("UBEA", s["fixed"])),
            Step(day(21, 9, 40), lambda: self.command("UBEA", "/resolve", "REQ-1")),
            Step(day(22, 10, 0), lambda: self.customer(s["back"])),  # reopens REQ-1, Bea hears at once
        ]

    def _channel_known(self) -> None:
        # What the team set with /atento settings when the bot joined: Acme's timezone, country,
        # language, and the internal triage channel.
        with self.bot.atento.sessions.begin() as session:
            ensure_channel(session, OUR_TEAM, "CSHARED", shared=True, now=self.clock.now())
        self._channel()

    # -- people act ------------------------------------------------------------------------------
    def customer(self, text: str, opens: bool = False, top_level: bool = False) -> None:
        ts = ts_at(self.clock.now())
        self.emit(f"{self.who('UCARLA')} → {CHANNELS['CSHARED']}: “{text}”")
        thread = None if opens or top_level else self.thread
        self.send.event(message_event(text=text, user="UCARLA", ts=ts, thread_ts=thread))
        if opens:
            self.thread = ts

    def staff(self, user: str, text: str) -> None:
        ts = ts_at(self.clock.now())
        self.emit(f"{self.who(user)} → {CHANNELS['CSHARED']} ({self.w['in_thread']}): “{text}”")
        self.send.event(message_event(text=text, user=user, ts=ts, thread_ts=self.thread, user_team=OUR_TEAM))

    def command(self, user: str, command: str, text: str) -> None:
        shown = text.replace("<@UBEA|bea>", "@Bea")
        self.emit(f"{self.who(user)}: {command} {shown}")
        answer = self.send.command(command, text, user=user).json() or {}
        if answer.get("text"):
            self.emit(f"  {self.w['bot']} ({self.w['only'].format(who=self.name(user))}): {answer['text']}")

    def need_more_time(self, user: str, when: str, note: str) -> None:
        dms = [
            c for c in self.slack.calls("chat.postMessage") if c.args.get("channel") == user and c.args.get("blocks")
        ]
        button = next(
            e for c in reversed(dms) for b in c.args["blocks"] for e in b.get("elements", [])
            if e.get("action_id") == "promise_more_time"
        )  # fmt: skip
        self.emit(self.w["clicks"].format(who=self.who(user), button=button["text"]["text"]))
        self.send.action("promise_more_time", button["value"], user=user, channel=f"D{user}")
        self.settle(quietly=True)
        view = self.slack.calls("views.open")[-1].args["view"]
        self.emit("  " + self.w["form"].format(who=self.name(user), title=view["title"]["text"]))
        self.emit("  " + self.w["fills"].format(who=self.name(user), what=f"“{when}” — “{note}”"))
        values = {
            "when": {"when": {"type": "plain_text_input", "value": when}},
            "note": {"note": {"type": "plain_text_input", "value": note}},
        }
        self.send.view_submission("promise_edit", values, user=user, private_metadata=view["private_metadata"])

    # -- the bot answers -----------------------------------------------------------------------
    def until(self, moment: datetime) -> None:
        """Move the clock to `moment`, stopping at every timer that falls due on the way."""
        while True:
            with self.bot.atento.sessions() as session:
                due = session.scalar(select(func.min(Timer.due_at)).where(Timer.state == "pending"))
            if due is None or due > moment:
                break
            self.clock.set(max(self.clock.now(), due + timedelta(seconds=1)))
            self.settle()
        self.clock.set(max(self.clock.now(), moment))

    def settle(self, quietly: bool = False) -> None:
        started = self.clock.now()
        for _ in range(30):
            if not self.bot.atento.sweeper.sweep().did_work:
                break
        self.report(started, quietly)

    def report(self, since: datetime, quietly: bool) -> None:
        calls = self.slack.calls()
        for call in calls[self.seen_calls :]:
            line = self.describe(call)
            if line and not quietly:
                self.emit(line)
        self.seen_calls = len(calls)
        with self.bot.atento.sessions() as session:
            skipped = session.scalars(
                select(Timer).where(Timer.state == "skipped", Timer.fired_at >= since - timedelta(seconds=1))
            ).all()
        for timer in skipped:
            what = QUIET[self.lang].get(timer.kind)
            if what and timer.id not in self.told:
                self.told.add(timer.id)
                self.quiet_count += 1
                why = timer.result or "—"
                why = REASONS_ES.get(why, why) if self.lang == "es" else why
                self.emit("  " + self.w["quiet"].format(what=what, why=why))

    def describe(self, call) -> str | None:
        args, bot = call.args, self.w["bot"]
        if call.method == "chat.postMessage":
            channel = args.get("channel", "")
            if channel in CHANNELS:
                where = CHANNELS[channel] + (f" ({self.w['in_thread']})" if args.get("thread_ts") else "")
            else:
                where = self.w["dm"].format(who=self.name(channel))
            return f"{bot} → {where}: {self.text_of(args)}"
        if call.method == "chat.postEphemeral":
            return f"{bot} ({self.w['only'].format(who=self.name(args.get('user', '')))}): {self.text_of(args)}"
        if call.method == "reactions.add":
            return f"{bot} reacts :{args.get('name')}:"
        return None

    def text_of(self, args: dict) -> str:
        """The words a person would read: mentions as names, links shortened."""
        text = self.raw_text(args).replace("https://atento-support.slack.com/archives/", "…/")

        def named(match: re.Match) -> str:
            if match[1] == "@":
                return "@" + self.name(match[2]).split()[0]
            return CHANNELS.get(match[2], "#" + match[2])

        return MENTION.sub(named, text)

    @staticmethod
    def raw_text(args: dict) -> str:
        blocks = args.get("blocks") or []
        if blocks and blocks[0].get("type") == "header":  # a digest: its sections, one per line
            parts = [blocks[0]["text"]["text"]]
            for block in blocks[1:]:
                if block.get("type") == "section":
                    parts.append(block["text"]["text"])
                elif block.get("type") == "context":
                    parts += [e.get("text", "") for e in block.get("elements", [])]
            return "\n".join(parts)
        return args.get("text", "")

    # -- output -----------------------------------------------------------------------------------
    def name(self, user: str) -> str:
        return PEOPLE.get(user, (user, ""))[0]

    def who(self, user: str) -> str:
        name, roles = PEOPLE.get(user, (user, {}))
        return f"{name} ({roles.get(self.lang, '')})"

    def emit(self, text: str, header: bool = True) -> None:
        if header:
            now = self.clock.now()
            panama = now.astimezone(PANAMA)
            stamp = f"{render.day(panama, self.lang)} {panama:%H:%M} · {now.astimezone(MADRID):%H:%M}"
            if stamp != self.last_header:
                self.last_header = stamp
                self._print("")
                self._print(f"[{stamp}]")
        for i, line in enumerate(text.splitlines() or [""]):
            wrapped = textwrap.wrap(
                line, 110, subsequent_indent="    ", break_on_hyphens=False, break_long_words=False
            ) or [""]
            for piece in wrapped:
                self._print(("  " if i else "") + piece)

    def _print(self, line: str) -> None:
        self.lines.append(line)
        self.out(line)


def run_demo(language: str = "en", out: Callable[[str], None] = print) -> list[str]:
    """Play the week; returns the transcript's lines (also given to `out` as they come)."""
    return Demo(language, out).run()
