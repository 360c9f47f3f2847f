"""`atento export`: the record of one customer, from the command line (issue 19)."""

from __future__ import annotations

import sys
from datetime import date, datetime
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from bot.record.export import build_record
from bot.record.query import RecordError


def parse_day(flag: str, text: str | None) -> date | None:
    """'2026-10-01' → a date; anything else is bad input, said in one line."""
    if text is None:
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise RecordError("date", flag=flag, text=text) from None


def export(args, sessions: sessionmaker[Session], now: datetime) -> int:
    """Write the record; RecordError (one line, exit status 2 in the CLI) for what the operator can fix."""
    since, until = parse_day("--since", args.since), parse_day("--until", args.until)
    if since is not None and until is not None and until < since:
        raise RecordError("backwards", since=args.since, until=args.until)
    record = build_record(
        sessions,
        args.workspace,
        channel_id=args.channel,
        org=args.org,
        since=since,
        until=until,
        fmt=args.fmt,
        now=now,
        language=args.lang,
    )
    if args.out:
        Path(args.out).write_bytes(record.content)
        print(f"wrote {args.out}: {record.summary}")
    else:
        sys.stdout.buffer.write(record.content)
        sys.stdout.flush()
    return 0
