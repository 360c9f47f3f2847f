"""The `atento` command: serve, worker, migrate, timers, understand, purge, forget, export, corrections,
demo."""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import signal
import sys
import threading
from datetime import datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

EXIT_CONFIG = 2


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="atento", description="Atento: no customer request left behind.")
    commands = parser.add_subparsers(dest="command", required=True)

    serve = commands.add_parser("serve", help="run the bot: Slack over HTTP (or Socket Mode) and the timer sweep")
    serve.add_argument("--no-scheduler", action="store_true", help="HTTP only; run `atento worker` for timers")
    worker = commands.add_parser("worker", help="run the timer sweep without serving HTTP")
    worker.add_argument("--child", action="store_true", help=argparse.SUPPRESS)  # atento serve's own sweep
    commands.add_parser("migrate", help="upgrade the database schema to the latest revision")
    timers = commands.add_parser("timers", help="list pending timers")
    timers.add_argument("--tz", default="UTC", help="show due times in this timezone (default UTC)")
    timers.add_argument("--limit", type=int, default=50)
    understand = commands.add_parser("understand", help="show what a message says about time")
    understand.add_argument("text")
    understand.add_argument("--now", help="ISO moment, local to --tz when it has no offset (default: now)")
    understand.add_argument("--tz", default="UTC", help="the speaker's timezone")
    understand.add_argument("--role", choices=["customer", "staff"], help="read as (default: both)")
    understand.add_argument("--locale", help="the speaker's locale (en-US reads 5/1 as May 1, en-GB as 5 January)")
    understand.add_argument("--country", help="ISO 3166 country whose calendar names days (default: the --tz's)")
    understand.add_argument("--json", action="store_true", help="print exactly one JSON object")

    purge = commands.add_parser("purge", help="remove message texts of requests resolved long ago")
    purge.add_argument("--older-than", required=True, help="e.g. 365d, 52w, 18m (months of 30 days), 2y")
    forget = commands.add_parser("forget", help="erase one person's texts and profile data")
    forget.add_argument("user", help="@U0123ABC, <@U0123ABC> or U0123ABC")
    forget.add_argument("--workspace", help="only in this workspace (team id); default: every workspace")

    export = commands.add_parser("export", help="the record of one customer's requests (CSV, JSON or printable HTML)")
    who = export.add_mutually_exclusive_group(required=True)
    who.add_argument("--channel", help="a channel id, e.g. C0123ABC")
    who.add_argument("--org", help="a customer organisation, as set on its channels")
    export.add_argument("--workspace", help="the workspace (team id), when the channel or organisation is in several")
    export.add_argument("--since", help="first day, YYYY-MM-DD, in the customer's time zone (default: the beginning)")
    export.add_argument("--until", help="last day included, YYYY-MM-DD (default: now)")
    export.add_argument("--format", choices=["csv", "json", "html"], default="html", dest="fmt")
    export.add_argument("--lang", choices=["en", "es"], help="default: the channel's language, else the team's")
    export.add_argument("--out", help="write to this file instead of standard output")

    corrections = commands.add_parser(
        "corrections", help="every “That's not right”: the words read, what was understood, what was chosen"
    )
    corrections.add_argument(
        "--json", action="store_true", help="JSON Lines: one object per line (kind, text, understood, chosen, …)"
    )
    corrections.add_argument("--workspace", help="only this workspace (team id)")

    demo = commands.add_parser("demo", help="play a scripted week against the real bot, with no Slack and no setup")
    demo.add_argument("--lang", choices=["en", "es"], default="en", help="the language of the week (default en)")

    args = parser.parse_args(argv)
    try:
        return {
            "serve": cmd_serve,
            "worker": cmd_worker,
            "migrate": cmd_migrate,
            "timers": cmd_timers,
            "understand": cmd_understand,
            "purge": cmd_purge,
            "forget": cmd_forget,
            "export": cmd_export,
            "corrections": cmd_corrections,
            "demo": cmd_demo,
        }[args.command](args)
    except ConfigurationError as e:
        print(f"atento: {e}", file=sys.stderr)
        return EXIT_CONFIG


class ConfigurationError(Exception):
    """Shown as one line; exit status 2."""


def settings(require: str | None = None):
    """The configuration; `require` ('serving' or 'worker') checks what that mode needs."""
    from bot.platform.config import InvalidSettings, MissingSetting, load_settings

    try:
        config = load_settings()
    except InvalidSettings as e:
        raise ConfigurationError(f"invalid configuration: {e}") from None
    try:
        if require == "serving":
            config.require_for_serving()
        elif require == "worker":
            config.require_for_worker()
    except MissingSetting as e:
        raise ConfigurationError(f"missing required setting {', '.join(e.names)} (environment or .env)") from None
    return config


def configure_logging(level: str) -> None:
    logging.basicConfig(
        level=level.upper(),
        format="%(asctime)s %(levelname)s %(name)s %(message)s",
        stream=sys.stderr,
    )
    for noisy in ("slack_bolt", "slack_sdk", "waitress.queue"):
        logging.getLogger(noisy).setLevel(max(logging.WARNING, logging.getLogger().level))
    # "Task queue depth is 1": a burst waiting for a thread for a millisecond is the design, not news.
    logging.getLogger("waitress.queue").setLevel(logging.ERROR)
    # "skipped: maximum number of running instances reached" is how max_instances=1 works, not news.
    logging.getLogger("apscheduler").setLevel(logging.ERROR)


def start_bot(config, *, migrate: bool = True, serving: bool = True):
    from bot.app import StartupError, build

    if migrate:
        from bot.platform.db import upgrade

        upgrade(config.database_url)
    try:
        return build(config, serving=serving)
    except StartupError as e:
        raise ConfigurationError(str(e)) from None


def migrate_apart() -> None:
    """`atento migrate` in a short-lived process of its own: Alembic and the revisions never load into
    the long-running server (its memory at rest)."""
    import subprocess

    done = subprocess.run([sys.executable, "-m", "bot.cli", "migrate"], capture_output=True, text=True)
    if done.returncode != 0:
        sys.stderr.write(done.stderr)
        raise ConfigurationError("the database schema could not be upgraded (see above)")


def release_startup_memory() -> None:
    """Give back what imports, the migration and the first reads left behind: `atento serve` and its
    sweep child hold under 150 MB together at rest (issue 20), and a freed heap page is only returned
    to the system by malloc_trim. What is left is frozen: the cyclic collector never scans the startup objects
    again (a full collection over them took tens of milliseconds in the middle of an ack: the p99 at 1,000/s)."""
    import ctypes
    import gc

    gc.collect()
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    gc.freeze()


def few_malloc_arenas(arenas: int = 2) -> None:
    """glibc gives threads that allocate at once arenas of their own (up to 8 a core), and a burst
    served by 8 HTTP threads leaves 8 heaps half empty: RSS under load grows by tens of MB that are
    never given back. Two arenas are enough for threads that mostly wait. Before any thread starts;
    forked workers inherit it, and children started by exec read it from the environment."""
    import ctypes
    import os

    os.environ.setdefault("MALLOC_ARENA_MAX", str(arenas))
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6").mallopt(-8, int(os.environ["MALLOC_ARENA_MAX"]))  # M_ARENA_MAX


def wait_for_signal() -> threading.Event:
    stop = threading.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: stop.set())
    return stop


def cmd_serve(args) -> int:
    few_malloc_arenas()
    config = settings(require="serving")
    configure_logging(config.log_level)
    from bot.platform.sweep_process import SweepProcess, remove_metrics_folder, share_metrics_with_children

    over_http = not config.socket_mode
    metrics_folder = share_metrics_with_children() if over_http or not args.no_scheduler else None
    try:
        sweep = None if args.no_scheduler else SweepProcess()
        return serve_http(config, sweep) if over_http else serve_socket_mode(config, sweep)
    finally:
        remove_metrics_folder(metrics_folder)


def serve_socket_mode(config, sweep) -> int:
    """Socket Mode in this process (/healthz and /metrics over HTTP beside it); the timer sweep, unless
    --no-scheduler, in a child."""
    from slack_bolt.adapter.socket_mode import SocketModeHandler

    from bot.slack.http import HttpServer

    log = logging.getLogger("atento")
    migrate_apart()
    atento = start_bot(config, migrate=False)
    release_startup_memory()
    if sweep is not None:
        sweep.start()
        atento.wake.target = sweep.poke
    server = HttpServer(atento.http, "0.0.0.0", config.port, threads=config.http_threads)
    stop = wait_for_signal()
    socket = SocketModeHandler(atento.bolt, config.slack_app_token)
    socket.connect()
    log.info("Socket Mode connected; /healthz and /metrics on port %s", server.port)
    server.start()
    stop.wait()
    log.info("stopping")
    server.stop()
    if sweep is not None:
        sweep.stop()
    atento.close()
    return 0


def serve_http(config, sweep) -> int:
    """HTTP through granian (bot/slack/granian_server.py); the timer sweep, unless --no-scheduler, runs
    in a child. SQLite has one writer: this process is the one HTTP worker. PostgreSQL: this process
    supervises ATENTO_HTTP_WORKERS worker processes, each of which builds a bot and serves Slack."""
    import os

    from bot.slack.granian_server import GranianServer

    log = logging.getLogger("atento")
    migrate_apart()
    if sweep is not None:
        sweep.start()

    def build():
        atento = start_bot(config, migrate=False)
        if sweep is not None:
            atento.wake.target = sweep.poke
        release_startup_memory()
        return atento.http

    def listening() -> None:
        log.info("serving Slack at http://0.0.0.0:%s/slack/events (HTTP worker %s)", config.port, os.getpid())

    postgres = config.database_url.startswith(("postgres://", "postgresql"))
    server = GranianServer(
        build,
        port=config.port,
        workers=config.http_workers if postgres else 1,
        threads=config.http_threads,
        log_level="warning" if config.log_level.upper() in ("DEBUG", "INFO") else config.log_level,
        listening=listening,
        fatal=ConfigurationError,
        here=not postgres,
    )
    try:
        server.run()
    finally:
        log.info("stopping")
        if sweep is not None:
            sweep.stop()
    return 0


def cmd_worker(args) -> int:
    few_malloc_arenas()
    config = settings(require="worker")
    configure_logging(config.log_level)
    stop = wait_for_signal()
    manners = None
    if args.child:  # watching for the parent's death from the start: a slow start must not outlive it
        from bot.platform.sweep_process import become_child

        manners = become_child(stop)
    atento = start_bot(config, migrate=not args.child, serving=False)
    from policies.understanding import load_readers

    load_readers()  # loaded lazily elsewhere (HTTP only stores messages); the sweep reads every one
    release_startup_memory()
    if manners is not None:
        atento.sweeper.before_batch, atento.sweeper.busy = manners.before_batch, manners.busy
        manners.wake = atento.runner.poke
    atento.runner.start()
    logging.getLogger("atento").info("worker running the timer sweep every %ss", config.sweep_seconds)
    stop.wait()
    atento.close()
    return 0


def cmd_migrate(args) -> int:
    from sqlalchemy import text

    from bot.platform.db import make_engine, upgrade

    config = settings()
    upgrade(config.database_url)
    engine = make_engine(config.database_url)
    with engine.connect() as connection:
        revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    engine.dispose()
    print(f"database schema at revision {revision} ({engine.url.render_as_string(hide_password=True)})")
    return 0


def cmd_timers(args) -> int:
    from sqlalchemy import select

    from bot.platform.db import make_engine, make_session_factory
    from bot.platform.models import Timer

    zone = zone_named(args.tz)
    config = settings()
    engine = make_engine(config.database_url)
    with make_session_factory(engine)() as session:
        pending = session.scalars(
            select(Timer).where(Timer.state == "pending").order_by(Timer.due_at, Timer.id).limit(args.limit)
        ).all()
    engine.dispose()
    if not pending:
        print("no pending timers")
        return 0
    print(f"{'due (' + args.tz + ')':<26} {'kind':<20} subject")
    for timer in pending:
        print(f"{timer.due_at.astimezone(zone).strftime('%a %d %b %Y %H:%M:%S'):<26} {timer.kind:<20} {timer.subject}")
    return 0


def cmd_understand(args) -> int:
    from policies.understanding import as_json, intent_of, references_in, understand

    zone = zone_named(args.tz)
    if args.now:
        try:
            now = datetime.fromisoformat(args.now)
        except ValueError:
            raise ConfigurationError(f"--now {args.now!r} is not an ISO 8601 moment, e.g. 2026-12-16T10:00") from None
        now = now.replace(tzinfo=zone) if now.tzinfo is None else now
    else:
        from bot.platform.clock import SystemClock

        now = SystemClock().now().astimezone(zone)
    result = understand(args.text, now, zone, role=args.role, locale=args.locale, country=args.country)
    shape = as_json(result, zone)
    # Issue 16: what the message means, read as a customer's whatever the role (staff: "as read").
    shape["intent"] = str(intent_of(args.text))
    shape["references"] = references_in(args.text)
    if args.json:
        print(json.dumps(shape, ensure_ascii=False))
    else:
        print(readable(shape))
    return 0


def readable(shape: dict) -> str:
    parts = []
    if shape["unavailable"]:
        u = shape["unavailable"]
        who = "the company is" if u["scope"] == "company" else "they are"
        parts.append(f"{who} away from {u['start'][:10]}, contact again on {u['resume'][:10]} (“{u['matched']}”)")
    if shape["opt_out"]:
        parts.append("asked not to be chased until they write again")
    if shape["promise"]:
        zone = shape["promise"].get("converted_from")
        converted = f", converted from {zone}" if zone else ""
        parts.append(f"promise due {shape['promise']['due']} (“{shape['promise']['matched']}”{converted})")
    return "; ".join(parts) if parts else "nothing about time: no absence, opt-out or promise"


def zone_named(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ConfigurationError(f"unknown timezone {name!r}; use an IANA name such as America/Panama") from None


def _maintenance_sessions():
    from bot.platform.db import make_engine, make_session_factory, upgrade

    config = settings()
    upgrade(config.database_url)
    engine = make_engine(config.database_url)
    return engine, make_session_factory(engine)


def cmd_purge(args) -> int:
    from bot.platform.clock import SystemClock
    from bot.requests.retention import purge
    from policies.retention import parse_age

    age = parse_age(args.older_than)
    if age is None:
        raise ConfigurationError(f"--older-than {args.older_than!r}: give a number and d, w, m or y, e.g. 365d")
    engine, sessions = _maintenance_sessions()
    done = purge(sessions, SystemClock().now(), age)
    engine.dispose()
    print(
        f"purged the texts of {done.requests} request(s) resolved over {age.days} days ago "
        f"({done.promises} promise(s), {done.events} audit entries, {done.timers} settled timers, "
        f"{done.corrections} correction(s)); numbers and times kept"
    )
    return 0


def cmd_forget(args) -> int:
    from bot.platform.clock import SystemClock
    from bot.requests.retention import forget
    from policies.retention import parse_user

    user = parse_user(args.user)
    if user is None:
        raise ConfigurationError(f"{args.user!r} is not a Slack user id (like @U0123ABC)")
    engine, sessions = _maintenance_sessions()
    done = forget(sessions, SystemClock().now(), user, args.workspace)
    engine.dispose()
    print(
        f"forgot {user}: profile in {done.people} workspace(s), texts of {done.requests} request(s), "
        f"{done.statements} availability statement(s), {done.promises} promise(s), {done.timers} queued message(s), "
        f"{done.corrections} correction(s)"
    )
    return 0


def cmd_export(args) -> int:
    from bot.platform.clock import SystemClock
    from bot.record import RecordError
    from bot.record.command import export

    engine, sessions = _maintenance_sessions()
    try:
        return export(args, sessions, SystemClock().now())
    except RecordError as e:
        raise ConfigurationError(str(e)) from None
    finally:
        engine.dispose()


def cmd_corrections(args) -> int:
    """Issue 18: the corrections people made, for turning real misreadings into test cases. With --json,
    JSON Lines (one object per line: kind, text, understood, chosen, language, said_at, tz, created_at;
    never a user id); without, one readable line each."""
    from bot.platform.db import read_only
    from bot.requests.corrections import exported

    engine, sessions = _maintenance_sessions()
    try:
        with read_only(sessions) as session:
            for shown in exported(session, args.workspace):
                if args.json:
                    print(json.dumps(shown, ensure_ascii=False))
                else:
                    print(
                        f"{shown['created_at'][:10]} {shown['kind']}: “{shown['text']}” → {json.dumps(shown['chosen'])}"
                    )
    finally:
        engine.dispose()
    return 0


def cmd_demo(args) -> int:
    from bot.sandbox.demo import run_demo

    logging.basicConfig(level=logging.ERROR, stream=sys.stderr)
    run_demo(args.lang)
    return 0


if __name__ == "__main__":
    sys.exit(main())
