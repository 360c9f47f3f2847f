"""Who may claim, release, hand off or resolve a request (P2: one named human owns it)."""

from __future__ import annotations

import re
from dataclasses import dataclass

_REFERENCE = re.compile(r"^\s*(?:req[-\s#]?)?#?(\d{1,9})\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class Actor:
    """The person pressing the button or typing the command, as our workspace knows them."""

    user_id: str
    role: str  # staff | customer | bot | unknown
    deleted: bool = False


@dataclass(frozen=True)
class Facts:
    """What the decision needs to know about the request."""

    state: str  # open | resolved | withdrawn
    owner: str | None


@dataclass(frozen=True)
class Allowed:
    pass


@dataclass(frozen=True)
class Confirm:
    """Allowed, once the actor confirms: the request has another owner, who will be told."""

    previous_owner: str


@dataclass(frozen=True)
class Refused:
    """Not allowed; `reason` is a key of the text catalogue."""

    reason: str


Verdict = Allowed | Confirm | Refused


def parse_reference(text: str) -> int | None:
    """`REQ-12`, `req 12`, `#12` or `12` → 12; anything else → None."""
    match = _REFERENCE.match(text or "")
    return int(match.group(1)) if match else None


def _staff_only(actor: Actor) -> Refused | None:
    if actor.role != "staff" or actor.deleted:
        return Refused("only_staff")
    return None


def may_claim(actor: Actor, request: Facts, *, confirmed: bool = False) -> Verdict:
    """Staff claim open requests; taking one over from a colleague needs a confirmation."""
    if refused := _staff_only(actor):
        return refused
    if request.state != "open":
        return Refused("not_open")
    if request.owner == actor.user_id:
        return Refused("already_yours")
    if request.owner and not confirmed:
        return Confirm(request.owner)
    return Allowed()


def may_release(actor: Actor, request: Facts, *, lead: str | None = None) -> Verdict:
    if refused := _staff_only(actor):
        return refused
    if request.state != "open":
        return Refused("not_open")
    if request.owner is None:
        return Refused("not_claimed")
    if actor.user_id not in (request.owner, lead):
        return Refused("not_yours")
    return Allowed()


def may_resolve(actor: Actor, request: Facts, *, lead: str | None = None) -> Verdict:
    """The owner and the lead resolve; others are refused (and the attempt is recorded)."""
    if refused := _staff_only(actor):
        return refused
    if request.state != "open":
        return Refused("not_open")
    if actor.user_id not in (request.owner, lead):
        return Refused("not_yours")
    return Allowed()


def may_hand_off(actor: Actor, target: Actor, request: Facts) -> Verdict:
    """Any staff member may pass an open request to another active staff member, never to a customer or bot."""
    if refused := _staff_only(actor):
        return refused
    if request.state != "open":
        return Refused("not_open")
    if target.deleted:
        return Refused("target_deactivated")
    if target.role == "bot":
        return Refused("target_bot")
    if target.role != "staff":
        return Refused("target_not_staff")
    if target.user_id == request.owner:
        return Refused("target_already_owner")
    return Allowed()
