"""The one clock. Every decision reads time from here, never from `datetime.now()`."""

from __future__ import annotations

import os
import threading
from datetime import UTC, datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime:
        """The current moment, timezone-aware, in UTC."""
        ...


class SystemClock:
    """The process's wall clock."""

    def now(self) -> datetime:
        return datetime.now(UTC)


class FakeClock:
    """A real clock whose time you set: tests and the demo move it by hand."""

    def __init__(self, start: datetime):
        if start.tzinfo is None:
            raise ValueError("FakeClock needs an aware datetime")
        self._now = start.astimezone(UTC)
        self._lock = threading.Lock()

    def now(self) -> datetime:
        with self._lock:
            return self._now

    def set(self, moment: datetime) -> None:
        with self._lock:
            self._now = moment.astimezone(UTC)

    def advance(self, delta: timedelta | None = None, **kwargs: float) -> datetime:
        """Move forward by `delta` (or timedelta keyword arguments) and return the new time."""
        step = delta if delta is not None else timedelta(**kwargs)
        with self._lock:
            self._now += step
            return self._now


class SignatureClock:
    """Adapts a Clock to slack_sdk's SignatureVerifier, which wants epoch seconds."""

    def __init__(self, clock: Clock):
        self._clock = clock

    def now(self) -> float:
        return self._clock.now().timestamp()


class FileClock:
    """The time written in a file (ISO 8601), shared by every process pointed at it.

    `ATENTO_CLOCK_FILE` makes a whole deployment run with its clock moved: the reliability suite and
    load benches move it for several `atento` processes at once. Never set in production.
    """

    def __init__(self, path: str):
        self.path = path
        self._lock = threading.Lock()
        self._seen: tuple[tuple[int, int], datetime] | None = None

    def now(self) -> datetime:
        with self._lock:
            status = os.stat(self.path)
            stamp = (status.st_ino, status.st_mtime_ns)
            if self._seen is None or self._seen[0] != stamp:
                with open(self.path) as f:
                    moment = datetime.fromisoformat(f.read().strip())
                self._seen = (stamp, moment.astimezone(UTC))
            return self._seen[1]

    @staticmethod
    def write(path: str, moment: datetime) -> None:
        """Move every process's clock (written atomically: a reader never sees half a time)."""
        temporary = f"{path}.tmp"
        with open(temporary, "w") as f:
            f.write(moment.astimezone(UTC).isoformat())
        os.replace(temporary, path)
