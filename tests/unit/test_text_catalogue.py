"""One catalogue, one language rule (issue 15): every text a person reads is `key → {en, es}` in
bot.texts.catalogue, both languages name the same placeholders, and no service outside bot/texts
builds a user-facing English sentence of its own (read from the source with `ast`)."""

from __future__ import annotations

import ast
import re
import string
from pathlib import Path

import pytest

from bot.texts import calendar_words
from bot.texts.catalogue import CATALOGUE
from bot.texts.language import Reader, language_for, say

ROOT = Path(__file__).resolve().parents[2]
SCANNED = (ROOT / "bot", ROOT / "handlers")
EXEMPT = (
    "bot/texts/",  # the catalogue itself
    "bot/sandbox/",  # the demo's scripted conversation and the stand-in Slack
    "bot/cli.py",  # the operator's terminal, not Slack
    "bot/slack/http.py",  # why a payload is refused, for Slack's servers and the log
    "bot/slack/port.py",  # the fix for a Slack error, for the operator's log line (people get catalogue texts)
)


# -- the catalogue ----------------------------------------------------------------------------------
def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


def test_every_key_has_english_and_spanish():
    missing = [
        key
        for key, texts in CATALOGUE.items()
        if set(texts) != {"en", "es"} or not all(isinstance(t, str) and t.strip() for t in texts.values())
    ]
    assert not missing, missing
    assert len(CATALOGUE) > 250  # answers, staff, customer, promise, digest, settings and record texts


def test_both_languages_name_the_same_placeholders():
    differ = {
        key: (placeholders(texts["en"]), placeholders(texts["es"]))
        for key, texts in CATALOGUE.items()
        if placeholders(texts["en"]) != placeholders(texts["es"])
    }
    assert not differ, differ


def test_say_fills_a_text_in_the_readers_language():
    assert say("answers.already_yours", "es", ref="REQ-4") == "REQ-4 ya es tuya."
    assert say("answers.already_yours", "en", ref="REQ-4") == "REQ-4 is already yours."
    assert say("staff.silent_customer", "es", ref="REQ-2", customer="Carla", days=2).startswith(
        "REQ-2 lleva 2 días laborables"
    )


def test_day_and_month_names_are_defined_once_and_complete():
    for table, size in (
        (calendar_words.WEEKDAYS, 7),
        (calendar_words.WEEKDAYS_SHORT, 7),
        (calendar_words.MONTHS, 12),
        (calendar_words.MONTHS_SHORT, 12),
    ):
        assert set(table) == {"en", "es"} and all(len(names) == size for names in table.values())
    defined = [
        str(path.relative_to(ROOT))
        for folder in SCANNED
        for path in sorted(folder.rglob("*.py"))
        if '"mié"' in path.read_text() and path.name != "calendar_words.py"
    ]
    assert not defined, defined


# -- the one rule -------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("reader", "expected"),
    [
        (Reader(role="staff", slack_locale="es-LA", team_language="en"), "es"),
        (Reader(role="staff", slack_locale="en-US", team_language="es"), "en"),
        (Reader(role="customer", channel_language="es", team_language="en"), "es"),
        (Reader(role="staff", channel_language="es", team_language="en"), "en"),  # a channel speaks for customers
        (Reader(role="staff", wrote_in="es", team_language="en"), "es"),
        (Reader(role="staff", team_language="es"), "es"),
        (Reader(role="customer"), "en"),
    ],
)
def test_language_for_is_locale_then_channel_for_customers_then_the_team(reader, expected):
    assert language_for(reader) == expected


# -- no English built outside the catalogue -----------------------------------------------------------
ENGLISH = set(
    """the is are you your yours has have not for of and with to it that this now can be was will until
    away only there they their them more time save cancel change done undo need please back from what who
    when an by our we i it's that's i'm couldn't can't isn't nothing already thread reminder request
    requests claimed unclaimed released scheduled recorded follow-up gentle probably waiting answer
    owner promise deadline moment note pick day""".split()  # noqa: SIM905 (a word list reads better as prose)
)
NOT_PROSE = re.compile(r"\{[^}]*\}|<[^>]*>|`[^`]*`|:[a-z_+-]+:")  # placeholders, links, code, emoji


def english_words(text: str) -> set[str]:
    words = re.findall(r"[a-z][a-z_'’-]*", NOT_PROSE.sub(" ", text).lower())
    return {w.replace("’", "'") for w in words} & ENGLISH


PROSE_NAMES = ("text", "title", "label", "answer", "problem", "message", "refusal")


def literal_text(node: ast.AST) -> str | None:
    """The words of a string literal or an f-string (its literal parts); None for anything else."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return " ".join(literal_text(part) or " " for part in node.values)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return f"{literal_text(node.left) or ''} {literal_text(node.right) or ''}"
    if isinstance(node, ast.IfExp):
        return f"{literal_text(node.body) or ''} {literal_text(node.orelse) or ''}"
    return None


def prose_offences(source: str, filename: str = "<snippet>") -> list[str]:
    """Where `source` builds an English sentence for a person: a literal passed as `text=` or `title=`,
    as a Block Kit "text"/"title"/"label"/"placeholder", assigned to `text`/`title`/`answer`…,
    returned (alone or as a modal error), or given to `Answer(...)`."""
    found: list[tuple[int, str]] = []

    def check(node: ast.AST, where: str) -> None:
        text = literal_text(node)
        if text is not None and english_words(text):
            found.append((node.lineno, f"{filename}:{node.lineno} {where}: {text.strip()[:70]!r}"))

    for node in ast.walk(ast.parse(source, filename)):
        if isinstance(node, ast.Call):
            for keyword in node.keywords:
                if keyword.arg in ("text", "title"):
                    check(keyword.value, f"{keyword.arg}=")
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            if name == "Answer" and node.args:
                check(node.args[0], "Answer(...)")
        elif isinstance(node, ast.Dict):
            for key, value in zip(node.keys, node.values, strict=True):
                if isinstance(key, ast.Constant) and key.value in ("text", "title", "label", "placeholder"):
                    check(value, f'"{key.value}":')
        elif isinstance(node, ast.Assign | ast.AugAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            if any(isinstance(t, ast.Name) and t.id in PROSE_NAMES for t in targets):
                check(node.value, "text =")
        elif isinstance(node, ast.Return) and node.value is not None:
            check(node.value, "return")
            if isinstance(node.value, ast.Dict):
                for value in node.value.values:
                    check(value, "return {...}")
    return [message for _, message in sorted(set(found))]


def scanned_files() -> list[Path]:
    return [
        path
        for folder in SCANNED
        for path in sorted(folder.rglob("*.py"))
        if not str(path.relative_to(ROOT)).startswith(EXEMPT)
    ]


def test_no_service_builds_english_for_people_outside_the_catalogue():
    offences = [
        offence for path in scanned_files() for offence in prose_offences(path.read_text(), str(path.relative_to(ROOT)))
    ]
    assert not offences, "\n".join(offences)


def test_the_scan_finds_english_built_in_a_service():
    snippet = """
def release(ref, user):
    outbox.queue(args={"channel": "C1", "text": f"{ref} is unclaimed again (released by <@{user}>)"})
    outbox.direct_message(text=f"{ref} has been waiting on the customer. A gentle follow-up?")
    modal = {"title": {"type": "plain_text", "text": "Need more time"}}
    if user:
        return {"when": "That promise is no longer there."}
    if ref:
        return Answer(f"Scheduled for {ref} UTC.")
    text = f"{ref} has been waiting on {user}'s answer."
    text += " A gentle follow-up?"
    return "Only the author of that message can schedule it."
"""
    offences = prose_offences(snippet)
    lines = (3, 4, 5, 7, 9, 10, 11, 12)
    assert [o.split()[0] for o in offences] == [f"<snippet>:{line}" for line in lines], offences


def test_the_scan_leaves_catalogue_texts_and_non_prose_alone():
    snippet = """
def release(ref, user, language):
    text = staff_texts.say("back_to_triage", language, ref=ref, actor=f"<@{user}>")
    outbox.queue(args={"channel": "C1", "text": text, "blocks": render.with_claim_button(text, 1, language)})
    outbox.queue(args={"text": f"*{user}*: {ref}"})
    title = {"type": "plain_text", "text": "Atento"}
    label = {"type": "plain_text", "text": "OK"}
    if ref:
        return Skip("the customer answered")
    return f"<@{user}>: {ref}"
"""
    assert prose_offences(snippet) == []


def test_settings_validation_returns_codes_the_catalogue_words():
    from policies.settings import validate

    nonsense = {
        "ch_country": "ZZ",
        "ch_language": "fr",
        "ch_ack": "shout",
        "ch_grouping": "lots",
        "ch_customer_start": "18:00",
        "ch_customer_end": "09:00",
        "ws_tz": "Mars/Olympus",
        "ws_days": [],
        "ws_start": "nine",
        "ws_end": "18:00",
        "ws_triage_after": "0",
    }
    problems = validate(nonsense)
    assert {field: code for field, (code, _) in problems.items()} == {
        "ch_country": "country_unknown",
        "ch_language": "language_choice",
        "ch_ack": "ack_choice",
        "ch_grouping": "minutes_range",
        "ch_customer_end": "their_end_before_start",
        "ws_tz": "tz_unknown",
        "ws_days": "no_working_day",
        "ws_end": "hours_format",
        "ws_triage_after": "minutes_range",
        "ws_lead_after": "minutes_range",
        "ws_first_response": "minutes_range",
    }
    for code, facts in problems.values():
        assert say(f"settings.error:{code}", "es", **facts)
    assert say("settings.error:minutes_range", "es", **problems["ws_triage_after"].facts) == (
        "Escribe minutos enteros entre 1 y 1440."
    )
