"""Builds the running bot: database, Slack port, services, timers, the Bolt app and HTTP."""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

import bot.requests.staff_time as staff_time
from bot.availability import follow_ups, statements
from bot.availability.away import AwayCommands, WindowChanges
from bot.availability.hints import AvailabilityActions
from bot.digests import files, records
from bot.digests import service as digests
from bot.home import tab as home
from bot.home.tab import Home
from bot.intake.history import HISTORY, History
from bot.intake.service import DAILY_PROFILE, Intake
from bot.platform.clock import Clock, FileClock, SystemClock
from bot.platform.config import Settings
from bot.platform.db import make_engine, make_session_factory, read_only, unit_of_work
from bot.platform.maintenance import prune_event_ids, schedule_prune
from bot.platform.scheduler import SweepRunner
from bot.platform.timers import Sweeper
from bot.promises import service as promises
from bot.requests import customer_notices, escalations, home_refresh
from bot.requests.channels import Channels
from bot.requests.ownership import Claims
from bot.settings.view import SettingsView
from bot.slack.installs import (
    AtentoInstallationStore,
    StoredInstallations,
    Uninstalls,
)
from bot.slack.outbox import Outbox, OutboxSettings
from bot.slack.port import SlackPermanent, SlackPort, SlackTransient
from bot.slack.workspaces import Installation, Installations, ensure_workspace

if TYPE_CHECKING:
    from slack_bolt import App
    from slack_bolt.oauth.oauth_settings import OAuthSettings

    from bot.slack.http import SlackHttp

log = logging.getLogger("atento")


class Wakeup:
    """Lets services poke the sweep runner that is built after them."""

    def __init__(self):
        self.target = None

    def __call__(self) -> None:
        if self.target is not None:
            self.target()


@dataclass
class Atento:
    settings: Settings
    clock: Clock
    engine: Engine
    sessions: sessionmaker[Session]
    installations: Installations
    port: SlackPort
    intake: Intake
    channels: Channels
    claims: Claims
    sweeper: Sweeper
    runner: SweepRunner
    bolt: App | None  # None in a process that only sweeps (`atento worker`): no Bolt, no handlers loaded
    http: SlackHttp | None
    wake: Wakeup = field(default_factory=Wakeup)
    services: _Services | None = None  # what the handlers call (the service tier of tests drives it)

    def healthy(self) -> bool:
        try:
            with read_only(self.sessions) as session:
                session.execute(text("SELECT 1"))
            return True
        except DBAPIError:
            return False

    def close(self) -> None:
        self.runner.stop()
        self.intake.numbers.close()
        self.intake.inbox.close()
        self.engine.dispose()


class StartupError(Exception):
    """The bot cannot start; the message says why and what to do."""


def identify(port: SlackPort, token: str, attempts: int = 5) -> Installation:
    """auth.test: who is the bot, in which workspace. Fails fast with the fix on a bad token."""
    for attempt in range(1, attempts + 1):
        try:
            return Installation.from_auth_test(port.call(token, "auth.test"), token)
        except SlackPermanent as e:
            raise StartupError(f"Slack rejected the bot token ({e.error}): {e.fix}") from None
        except SlackTransient as e:
            if attempt == attempts:
                raise StartupError(
                    f"Slack is unreachable at {port.base_url} ({e.error}); check SLACK_API_URL and the network"
                ) from None
            time.sleep(min(8, 2**attempt))
    raise AssertionError("unreachable")


def build(
    settings: Settings,
    clock: Clock | None = None,
    installations: Installations | None = None,
    *,
    serving: bool = True,
) -> Atento:
    """Everything wired, nothing started: call `runner.start()` and serve `http`. Without `serving`
    (a process that only sweeps), no Bolt app and no Slack handlers: they are not even imported."""
    clock = clock or (FileClock(settings.clock_file) if settings.clock_file else SystemClock())
    engine = make_engine(settings.database_url, pool_size=max(5, 2 * settings.http_threads))
    sessions = make_session_factory(engine)
    port = SlackPort(settings.slack_api_url, timeout=settings.slack_timeout)
    store = None
    if settings.oauth:
        store = AtentoInstallationStore(settings.slack_client_id, engine, sessions, clock)
        installations = store.directory = StoredInstallations(store)
    elif installations is None:
        installations = Installations([identify(port, settings.slack_bot_token)])
    wake = Wakeup()
    intake = Intake(sessions, clock, installations, notify=wake)
    channels = Channels(sessions, clock, installations, notify=wake)
    claims = Claims(sessions, clock, installations, port, promises, notify=wake)  # promises follow their request
    history = History(intake, claims.know)
    outbox = Outbox(
        sessions,
        port,
        installations.token_for,
        OutboxSettings(
            settings.outbox_channel_interval,
            settings.outbox_workspace_per_minute,
            settings.outbox_max_attempts,
        ),
    )
    sweeper = Sweeper(
        sessions,
        clock,
        {
            "intake.message": intake.on_message,
            "intake.edited": intake.on_edited,
            "intake.deleted": intake.on_deleted,
            "intake.classified": intake.on_classified,
            "person.cache": intake.on_profile,
            DAILY_PROFILE: intake.on_daily_profile,
            "channel.learned": channels.on_learned,
            HISTORY: history.on_page,
            "events.prune": prune_event_ids,
            escalations.UNCLAIMED: escalations.on_unclaimed,
            escalations.FIRST_RESPONSE: escalations.on_first_response_due,
            escalations.WAITING: escalations.on_waiting,
            home_refresh.REFRESH: home.on_refresh,
            follow_ups.SILENT: follow_ups.on_customer_silent,
            statements.RESURFACE: follow_ups.on_resurface,
            customer_notices.NOTICE: customer_notices.on_notice,
            promises.REMIND: promises.on_reminder,
            promises.DUE: promises.on_due,
            digests.DUE: digests.on_due,
            digests.BUILD: digests.on_build,
            digests.PREVIEW: digests.on_preview,
            records.BUILD: records.on_build,
            files.REFUSED: files.on_refused,
            staff_time.HELD: staff_time.on_held,
            staff_time.DAY: staff_time.on_day_note,
        },
        outbox=outbox,
        # A batch of 100 writes its rows in a few statements (bench/drain) and commits every fifth of a
        # second at 500/s: progress shows every second. SQLite has one writer: while acks are arriving
        # (`sweeper.busy`, set by `atento serve`'s sweep child), short batches let them slip in between.
        # The messages are read before the lock is taken (Sweeper.readers): five hold it about 8 ms (p50),
        # as two did when they were read under it: 2.0 ms of lock a message instead of 4.6 (a probe, 300 messages).
        batch_size=100,
        busy_batch_size=5 if engine.dialect.name == "sqlite" else 100,
    )
    sweeper.preparers["intake.message"] = intake.before_messages
    sweeper.readers["intake.message"] = intake.read_ahead  # on SQLite, outside the write lock
    runner = SweepRunner(sweeper, settings.sweep_seconds)
    wake.target = runner.poke
    with unit_of_work(sessions) as session:
        for installation in installations:
            ensure_workspace(session, installation, clock.now())
        schedule_prune(session, clock.now())

    services = _Services(
        intake=intake,
        history=history,
        channels=channels,
        claims=claims,
        settings=SettingsView(sessions, clock, claims.know),
        home=Home(sessions, clock, notify=wake),
        availability=AvailabilityActions(sessions, clock, notify=wake),
        away=AwayCommands(sessions, clock, claims.know, notify=wake),
        windows=WindowChanges(sessions, clock, claims.know, notify=wake),
        promises=promises.Promises(sessions, clock, claims.know, notify=wake),
        digests=digests.Digests(sessions, clock, claims.know, notify=wake),
        records=records.Records(sessions, clock, claims.know, notify=wake),
        staff_time=staff_time.StaffTime(sessions, clock, claims.know, notify=wake),
        port=port,
        installations=installations,
        uninstalls=Uninstalls(sessions, clock, installations, store),
    )
    bolt = None
    if serving:
        from bot.slack.bolt_auth import oauth_settings

        oauth = oauth_settings(settings.slack_client_id, settings.slack_client_secret, store, engine) if store else None
        bolt = build_bolt(settings, installations, services=services, oauth=oauth)
    atento = Atento(
        settings,
        clock,
        engine,
        sessions,
        installations,
        port,
        intake,
        channels,
        claims,
        sweeper,
        runner,
        bolt,
        None,
    )
    atento.wake = wake
    atento.services = services
    if serving:
        import handlers.messages
        from bot.slack.http import SlackHttp

        atento.http = SlackHttp(
            bolt, settings.slack_signing_secret or "", clock, atento.healthy, handlers.messages.inbox_shortcut(services)
        )
    return atento


@dataclass
class _Services:
    intake: Intake
    history: History
    channels: Channels
    claims: Claims
    settings: SettingsView
    home: Home
    availability: AvailabilityActions
    away: AwayCommands
    windows: WindowChanges
    promises: promises.Promises
    digests: digests.Digests
    records: records.Records
    staff_time: staff_time.StaffTime
    port: SlackPort
    installations: Installations
    uninstalls: Uninstalls

    def open_view(self, workspace_id: str, trigger_id: str, view: dict) -> None:
        """views.open must use the trigger within 3 seconds: this call is made in the command's turn."""
        installation = self.installations.get(workspace_id)
        if installation is None:
            return
        try:
            self.port.call(installation.bot_token, "views.open", trigger_id=trigger_id, view=view)
        except (SlackTransient, SlackPermanent) as e:
            log.warning("could not open a modal: %s", e)


class _NotTheTokenAdvice(logging.Filter):
    """Bolt reads SLACK_BOT_TOKEN from the environment itself, then warns at every start that the client
    we give it wins over that token: ours carries no token on purpose (InstallationsAuthorize picks it)."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "`token` will be unused" not in record.getMessage()


def build_bolt(settings: Settings, installations: Installations, services, oauth: OAuthSettings | None = None) -> App:
    """Bolt handles routing and acks; signatures are checked at our HTTP edge (with our clock)."""
    from slack_bolt import App
    from slack_sdk import WebClient

    import handlers.actions
    import handlers.commands
    import handlers.events
    import handlers.home
    import handlers.messages
    import handlers.views
    from bot.slack.bolt_auth import InstallationsAuthorize

    bolt_log = logging.getLogger("atento.bolt")
    if not any(isinstance(f, _NotTheTokenAdvice) for f in bolt_log.filters):
        bolt_log.addFilter(_NotTheTokenAdvice())
    bolt = App(
        name="atento",
        signing_secret=settings.slack_signing_secret or "unused-in-socket-mode",
        authorize=InstallationsAuthorize(installations),
        oauth_settings=oauth,
        client=WebClient(base_url=settings.slack_api_url),
        process_before_response=True,  # store before answering: a failure is a non-2xx Slack retries
        request_verification_enabled=False,
        raise_error_for_unhandled_request=False,
        logger=bolt_log,
    )

    @bolt.error
    def on_error(error):
        if isinstance(error, DBAPIError):
            log.warning(
                "database unavailable (%s): answered 500 so that Slack retries",
                type(error.orig).__name__ if error.orig else type(error).__name__,
            )
        else:
            log.error("a listener failed: %s", error, exc_info=error)

    handlers.messages.register(bolt, services)
    handlers.home.register(bolt, services)
    handlers.events.register(bolt, services)
    handlers.actions.register(bolt, services)
    handlers.views.register(bolt, services)
    handlers.commands.register(bolt, services)
    return bolt
