"""Prometheus metrics served at GET /metrics. Labels never carry tokens or message text."""

import os

from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Gauge, Histogram, generate_latest

EVENTS_RECEIVED = Counter("atento_events_received_total", "Slack requests received", ["kind"])
EVENTS_DUPLICATE = Counter("atento_events_duplicate_total", "Slack retries of events already stored")
REQUESTS_OPENED = Counter("atento_requests_opened_total", "Customer requests opened")
SLACK_CALLS = Counter("atento_slack_calls_total", "Outgoing Slack Web API calls", ["method"])
SLACK_ERRORS = Counter("atento_slack_errors_total", "Slack Web API errors", ["method", "error"])
ACK_SECONDS = Histogram(
    "atento_ack_seconds",
    "Time from receiving a Slack request to answering it",
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 3.0),
)
HTTP_REJECTED = Counter("atento_http_rejected_total", "Requests refused at the edge", ["reason"])
TIMERS_FIRED = Counter("atento_timers_total", "Timers settled by the sweep", ["kind", "outcome"])
OUTBOX_DELAY = Histogram(
    "atento_outbox_delay_seconds",
    "From an outgoing message's due moment to its delivery (pacing, retries, downtime)",
    buckets=(0.1, 0.5, 1, 2, 5, 10, 30, 60, 300, 900, 3600),
)
OUTBOX_PACED = Counter("atento_outbox_paced_total", "Outgoing messages held back to keep the pace", ["scope"])
TIMERS_PENDING_DUE = Gauge(
    "atento_timers_due",
    "Timers due and not yet taken at the last sweep",
    multiprocess_mode="livemostrecent",  # atento serve sweeps in a child process (bot.platform.sweep_process)
)
SWEEP_ERRORS = Counter("atento_sweep_errors_total", "Sweeps that failed (database unreachable…)")

OUTBOX_RECOVERED = Counter(
    "atento_outbox_recovered_total",
    "Messages whose interrupted send had reached Slack (found by their metadata) and were not sent again",
)


def exposition() -> tuple[str, bytes]:
    """The content type and text of GET /metrics: this process's metrics, plus those of its sweep
    process when they share a folder (prometheus_client's multiprocess mode)."""
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        from prometheus_client import multiprocess

        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry)
        return CONTENT_TYPE_LATEST, generate_latest(registry)
    return CONTENT_TYPE_LATEST, generate_latest()
