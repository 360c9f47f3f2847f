"""Request ids drawn ahead of their INSERT, for a sweep's batch on PostgreSQL.

With its id known, a new request's INSERT waits and joins the batch's one INSERT of requests
(bot.platform.db.Gathering) instead of a round trip with RETURNING per request (issue 20: that was
a third of PostgreSQL's drain). The ids come from the requests table's own sequence, as many at once
as the batch expects to open (`expect`); an id drawn and not used is a gap in the ids, as after any
rolled-back INSERT. SQLite's INSERT is in-process: it keeps RETURNING, and no ids are drawn.
"""

from __future__ import annotations

from collections import Counter

from sqlalchemy import bindparam, text
from sqlalchemy.orm import Session

from bot.platform.db import Gathering, gathering_of

_DRAW = text("SELECT nextval(pg_get_serial_sequence('requests', 'id')) FROM generate_series(1, :count)").bindparams(
    bindparam("count")
)
_IDS = "request_ids"
OPENERS = "openers"  # the batch's state: workspace -> requests it expects to open (RequestNumbers reads it too)


def expect(session: Session, openers: Counter) -> None:
    """The batch expects to open `openers[workspace]` requests: the first id drawn draws for them all."""
    gathered = gathering_of(session, "requests")
    if gathered is not None:
        gathered.state[OPENERS] = dict(openers)
        gathered.state[_IDS] = ([], openers.total())


def next_id(session: Session) -> int | None:
    """An id for a new request whose INSERT may wait for the batch's, or None (no batch, or SQLite)."""
    gathered = _batch(session)
    if gathered is None:
        return None
    drawn, expected = gathered.state.get(_IDS) or ([], 0)
    if not drawn:
        rows = session.connection().execute(_DRAW, {"count": max(expected, 1)})
        drawn = [row[0] for row in rows][::-1]
    request_id = drawn.pop()
    gathered.state[_IDS] = (drawn, max(expected - 1, 0))
    return request_id


def _batch(session: Session) -> Gathering | None:
    gathered = gathering_of(session, "requests")
    return gathered if gathered is not None and gathered.connection.dialect.name == "postgresql" else None
