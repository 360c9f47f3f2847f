"""What a customer's message means in a shared channel (issue 16, P8: it reads the conversation, not the words).

`intent_of(text)` returns one code: request, status, info, thanks or greeting. The message is cut into
clauses; each clause is read by cue families (asks, problem reports, chases, news, fixes, thanks, greetings)
in both languages, each family's words blanked once read so that no word counts twice; the message takes
the first of request > status > info > thanks > greeting that any clause carries, with the corpus
conventions (tests/corpus/README.md, shared corpus README "Intents corpus"):

- a chase of something already asked, without a new ask or a new problem, is status;
- "it works now" alone is info, with a word of thanks or acceptance it is thanks;
- thanks plus news is info; small-talk questions ("how was the offsite?") are greetings;
- acknowledgement emoji (👍 🙏 👌 🙌 …, :+1: :pray: …) are a word of thanks; other emoji change nothing;
- code blocks, inline code, links and quotes are content, never words to classify;
- words no cue explains, alone or after a hello, are read as a request (a problem described in its own
  terms): a missed request costs more than an extra one.

The cue families live beside this module: `intent_text` (Slack markup to words and clauses),
`intent_requests` (asks, problems), `intent_chases` (status), `intent_news` (news, fixes), `intent_social` (thanks,
acceptance, greetings, small talk).
"""

from __future__ import annotations

import re
from enum import StrEnum

from . import intent_chases as chases
from . import intent_data as data
from . import intent_model as model
from . import intent_news as news
from . import intent_requests as requests
from . import intent_social as social
from .intent_text import CODE, clauses, content_words, prepare


class Intent(StrEnum):
    REQUEST = "request"
    STATUS = "status"
    INFO = "info"
    THANKS = "thanks"
    GREETING = "greeting"


# What a clause can carry besides the five intents: a fix confirmed ("ya funciona"), urgency alone
# ("es urgente", "it's been two days"), a bare question with no other cue, or words with no cue at all.
_FIXED, _URGENCY, _QUESTION, _UNKNOWN = "fixed", "urgency", "question", "unknown"
# Small talk, and a short question after it that names nothing we provide ("…? ¿sobrevivieron?"): still small talk.
_SMALLTALK, _ASIDE = "smalltalk", "aside"
_SAID = "said"  # words with no cue that name nothing we provide: news in the customer's own terms
# "the team is blocked", "please advise": urgency beside a chase, else a problem or an ask.
_BLOCKED = "blocked"
# "…, por favor es urgente": a bare please is an ask alone, but only carries a chase said in another clause.
_PLEASE = "please"
_CANCELLED = "cancelled"  # an ask called off: what follows in the past tense is their cause

# A clause that only calls the people it speaks to ("…, gente?", "team?"): no question of its own.
_VOCATIVE = re.compile(
    r"^[\s¿]*(?:gente|team|equipo|folks|guys|all|everyone|chicos|chicas|amigos|muchachos|y'?all|todos)[\s?!.]*$"
)

# "the webhook fires again": its last word is no problem of its own ("again" beside a working verb).
_AGAIN_NOW = re.compile(r"\s(?:again|now)\s*$")

_WELCOME = re.compile(r"welcome|bienvenid")

_MAX_CHARS = 2000  # a message's intent is in its words, never deep in a paste


_REFERENCE_ONLY = re.compile(r"(?<![a-z0-9])(?:req\s*[-#]?\s*\d+|#\d+)(?![a-z0-9])")


def intent_of(text: str, language: str | None = None) -> Intent:
    """The one intent of a customer's message (P8: a thanks, a greeting or an FYI is not a request).

    What has no words is decided here: no words of their own (empty text: a file alone; other emoji; a
    pasted code block alone) is `info` (it tells something, here is a file or a log, and asks nothing); with
    an acknowledgement emoji it is `thanks`; only punctuation with a question mark ("??") or only a
    reference ("REQ-12?", "#93") is `status`, a bare nudge. Everything with words is read by the learned
    model (`intent_model`, trained by `train_intent` on tests/corpus/intents-*.jsonl).

    `language` is accepted for symmetry with `understand()`; the model reads both languages at once because
    customers mix them ("can you re-send the factura electrónica?").
    """
    del language
    text = text[:_MAX_CHARS] if text else ""
    return without_words(text) or Intent(model.predict(text))


def without_words(text: str) -> Intent | None:
    """The intent of a message with no words of its own, by rule; None when it has words (the model's)."""
    words, acknowledged = prepare(text)
    words = words.replace(CODE, " ")  # a pasted block alone is content, not words of the author's
    bare = _REFERENCE_ONLY.sub(" ", words)
    if bare.strip(" ?!.,;:-¿¡*_~()[]'\"/"):
        return None
    if acknowledged and "?" not in words:
        return Intent.THANKS
    if "?" in words or bare != words:
        return Intent.STATUS  # "??", "REQ-12?", a mention followed by "?": a bare nudge
    return Intent.INFO


def intent_of_rules(text: str, language: str | None = None) -> Intent:
    """The one intent of a customer's message by the hand-written cues (kept to measure the model against).

    `language` is accepted for symmetry with `understand()`; both languages' cues always apply because
    customers mix them ("can you re-send the factura electrónica?").

    A message with no words of its own (empty text: a file alone; other emoji; a pasted code block alone)
    is `info`: it tells something, here is a file or a log, and asks nothing (the convention for "a log
    pasted" and "ya les mandé el archivo"); with an acknowledgement emoji it is `thanks`. Callers that
    must treat an empty message specially check the text themselves.
    """
    del language
    words, acknowledged = prepare(text[:_MAX_CHARS] if text else "")
    if not words.strip(" ?!.,;:-¿¡"):
        if acknowledged:
            return Intent.THANKS
        if "?" in words:
            return Intent.STATUS  # "??", or a mention followed by "?": a bare nudge
        return Intent.INFO
    kinds: set[str] = set()
    if acknowledged:
        kinds.add(Intent.THANKS)
    welcomed = False
    for clause in clauses(words):
        if welcomed and social.APPOSITIVE.search(clause):
            continue  # "welcome Daniel, our new payroll lead!": who is welcomed, not news
        welcomed = bool(_WELCOME.search(clause))
        kinds |= _kinds_of(clause, frozenset(kinds))
        if Intent.REQUEST in kinds:
            return Intent.REQUEST  # nothing said elsewhere outranks a request
    return _decide(kinds)


def _decide(kinds: set[str]) -> Intent:
    if Intent.REQUEST in kinds:
        return Intent.REQUEST
    if Intent.STATUS in kinds:
        return Intent.STATUS
    if _BLOCKED in kinds or _PLEASE in kinds:
        return Intent.REQUEST
    if _QUESTION in kinds or (_ASIDE in kinds and _SMALLTALK not in kinds):
        return Intent.REQUEST  # a question with no other cue asks for something new
    if _UNKNOWN in kinds and not kinds & {Intent.INFO, _FIXED, Intent.THANKS}:
        # Words no cue explains about something we provide, alone or after a hello: most often a problem
        # in the customer's own terms ("the invoice shows 30 seats"); a missed request costs more than an
        # extra one.
        return Intent.REQUEST
    if Intent.INFO in kinds or (_SAID in kinds and not kinds & {Intent.THANKS, Intent.GREETING, _FIXED}):
        return Intent.INFO
    if _FIXED in kinds:
        return Intent.THANKS if Intent.THANKS in kinds else Intent.INFO
    if _URGENCY in kinds:
        return Intent.STATUS
    if Intent.THANKS in kinds:
        return Intent.THANKS
    if Intent.GREETING in kinds:
        return Intent.GREETING
    return Intent.INFO  # nothing but news in their own words, or no words at all


def _kinds_of(clause: str, before: frozenset[str] = frozenset()) -> set[str]:
    """The cue families one clause carries, each family's words blanked once read (`before`: earlier clauses')."""
    kinds: set[str] = set()
    question = "?" in clause or "¿" in clause
    text = clause

    def take(pattern: re.Pattern, kind: str | None) -> bool:
        nonlocal text
        text, count = pattern.subn(" · ", text)  # a mark, so that no later cue spans words read already
        if count and kind is not None:
            kinds.add(kind)
        return bool(count)

    if _CANCELLED in before and take(news.CAUSE_AFTER, Intent.INFO):
        return kinds
    take(social.CLOSING, Intent.THANKS)
    take(social.GRATITUDE, Intent.THANKS)
    if take(news.CANCEL, Intent.THANKS):
        kinds.add(_CANCELLED)
    take(requests.CONDITIONAL, None)
    take(requests.OPENER, None)
    smalltalk = take(social.SMALLTALK, Intent.GREETING) | take(social.EVENT_TALK, Intent.GREETING)
    if smalltalk or _SMALLTALK in before:
        smalltalk |= take(social.AFTER_SMALLTALK, Intent.GREETING)
    if question:
        smalltalk |= take(social.SMALLTALK_ASKED, Intent.GREETING)
    chase = take(chases.STATUS, Intent.STATUS)
    if question:
        chase |= take(chases.DONE_YET, Intent.STATUS)
    if chases.EARLIER.search(text):
        chase |= take(chases.LOOK_AGAIN, Intent.STATUS)
    take(chases.NEED_IT, _URGENCY if chase else None)
    take(chases.BLOCKED, _BLOCKED)
    take(chases.TELL_ME, _BLOCKED)
    chase |= take(chases.ELAPSED, _URGENCY) | take(chases.PRESSURE, _URGENCY)
    if chase:
        take(chases.EARLIER, None)
        take(chases.CHASE_FRAME, None)
        take(chases.CHASE_SUBJECT, None)
        take(chases.TOPIC, None)
    if take(data.WRONG_DATA, Intent.REQUEST):
        return kinds
    take(news.CAUSE_OURS, Intent.INFO)
    take(news.SENT, Intent.INFO)
    fixed = take(news.FIXED, _FIXED)
    if not fixed and news.FIXED_NOW.search(text) and not requests.PROBLEM.search(_AGAIN_NOW.sub("", text)):
        fixed = take(news.FIXED_NOW, _FIXED)
    if requests.POLITE.search(text):
        bare = requests.POLITE.sub(" ", text)
        if not any(p.search(bare) for p in (requests.ASK, requests.PROBLEM, data.STUCK, requests.TRIED)):
            text = bare
            kinds.add(_PLEASE)
    asks = take(requests.ASK, Intent.REQUEST)
    if asks or take(requests.PROBLEM, Intent.REQUEST) or take(data.STUCK, Intent.REQUEST):
        return kinds
    if not fixed and take(requests.TRIED, Intent.REQUEST):
        return kinds
    take(news.INFO, Intent.INFO)
    if news.WE_DID.search(text) and not requests.PRODUCT.search(text):
        kinds.add(_SAID)  # what they did, about nothing we provide
    take(social.THANKS, Intent.THANKS)
    take(social.GREETING, Intent.GREETING)
    take(chases.URGENCY, _URGENCY)
    if smalltalk:
        kinds.add(_SMALLTALK)
    rest = content_words(text)
    if question and not chase and not smalltalk and not _VOCATIVE.match(clause):
        if not kinds and len(rest) <= 2 and not requests.PRODUCT.search(text):
            kinds.add(_ASIDE)
        elif rest or not kinds:
            kinds.add(_QUESTION)
        elif kinds <= {Intent.GREETING}:
            kinds.add(Intent.STATUS)  # "hello??", "anyone?": a nudge
    elif not kinds and rest and requests.WH_START.match(clause.lstrip()):
        kinds.add(_QUESTION)
    if not kinds and len(rest) > 1:  # one stray word is a name or a vocative ("…, Sofia!")
        kinds.add(_UNKNOWN if requests.PRODUCT.search(text) else _SAID)
    return kinds


__all__ = ["Intent", "intent_of", "intent_of_rules"]
