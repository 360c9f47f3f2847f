"""bench/score_understanding: exact-match score of the understanding policy over a JSONL corpus.

    python -m bench.score_understanding tests/corpus/fresh-2026-12-02-A.jsonl [more.jsonl] [--failures]

A line is right when everything stated matches exactly: the window's start, resume and scope,
the opt-out, and the promise due to the hour. A false positive is a line that states nothing
where the policy read something. Prints accuracy per kind, language and form (when lines carry
a "form" tag) and, with --failures, every wrong line.
"""

from __future__ import annotations

import argparse
import inspect
import json
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from policies.understanding import understand

_TAKES_COUNTRY = "country" in inspect.signature(understand).parameters


def load(path: str | Path) -> list[dict]:
    """The corpus lines of a JSONL file (blank lines skipped)."""
    return [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]


def kind_of(expect: dict) -> str:
    if expect.get("unavailable"):
        return "unavailable"
    if expect.get("promise"):
        return "promise"
    if expect.get("opt_out"):
        return "opt_out"
    return "neither"


def got_of(case: dict) -> dict:
    """What the policy reads from a line, in the corpus's shape (promise due to the hour)."""
    tz = ZoneInfo(case["tz"])
    now = datetime.fromisoformat(case["now"])
    now = now.replace(tzinfo=tz) if now.tzinfo is None else now
    extra = {"country": case["country"]} if _TAKES_COUNTRY and case.get("country") else {}
    result = understand(case["text"], now, tz, role=case.get("role"), **extra)
    away = result.unavailable
    return {
        "unavailable": None
        if away is None
        else {"start": away.start.isoformat(), "resume": away.resume.isoformat(), "scope": away.scope},
        "opt_out": bool(result.opt_out),
        "promise": None if result.promise is None else {"due": result.promise.due.strftime("%Y-%m-%dT%H")},
    }


def expected_of(case: dict) -> dict:
    expect = case["expect"]
    away = expect.get("unavailable")
    pledge = expect.get("promise")
    return {
        "unavailable": None
        if not away
        else {"start": away["start"][:10], "resume": away["resume"][:10], "scope": away.get("scope", "person")},
        "opt_out": bool(expect.get("opt_out")),
        "promise": None if not pledge else {"due": pledge["due"][:13]},
    }


def stated(got: dict) -> bool:
    return bool(got["unavailable"] or got["opt_out"] or got["promise"])


@dataclass
class Score:
    """Exact hits per class, false positives on lines that state nothing, and the misses."""

    right: int = 0
    total: int = 0
    false_positives: int = 0
    nothing_lines: int = 0
    classes: dict = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    misses: list = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return self.right / self.total if self.total else 1.0

    @property
    def false_positive_rate(self) -> float:
        return self.false_positives / self.nothing_lines if self.nothing_lines else 0.0


def score(cases: list[dict]) -> Score:
    result = Score()
    for case in cases:
        expected = expected_of(case)
        try:
            got = got_of(case)
        except Exception as e:  # a crash is a miss, and shown as one
            got = {"error": repr(e)}
        ok = got == expected
        kind = kind_of(case["expect"])
        result.right += ok
        result.total += 1
        if kind == "neither":
            result.nothing_lines += 1
            result.false_positives += "error" not in got and stated(got)
        for name in (kind, f"{kind}/{case.get('lang', '?')}", *([f"form:{case['form']}"] if case.get("form") else [])):
            result.classes[name][0] += ok
            result.classes[name][1] += 1
        if not ok:
            result.misses.append((case, got, expected))
    return result


def report(name: str, result: Score, failures: bool) -> str:
    lines = [
        f"{name}: {result.right}/{result.total} = {result.accuracy:.1%} exact; false positives "
        f"{result.false_positives}/{result.nothing_lines} = {result.false_positive_rate:.1%}"
    ]
    for cls, (good, total) in sorted(result.classes.items()):
        lines.append(f"  {cls:<28} {good:>4}/{total:<4} {good / total:6.1%}")
    if failures:
        for case, got, expected in result.misses:
            lines.append(f"  MISS [{kind_of(case['expect'])}] {case['text']!r} ({case['now']} {case['tz']})")
            lines.append(f"       want {json.dumps(expected, ensure_ascii=False)}")
            lines.append(f"       got  {json.dumps(got, ensure_ascii=False)}")
    return "\n".join(lines)


def dateparser_baseline(cases: list[dict]) -> tuple[int, int]:
    """Lines whose bare "phrase" a plain dateparser.parse resolves right (the independent corpus's baseline).

    Generous to the baseline: a bare day counts as right when the day is right (our 17:00 convention
    is not dateparser's business); a moment when its day and hour are.
    """
    import dateparser

    right = total = 0
    for case in cases:
        if "phrase" not in case:
            continue
        zone = ZoneInfo(case["tz"])
        now = datetime.fromisoformat(case["now"])
        offset = now.replace(tzinfo=zone).strftime("%z")
        settings = {
            "RELATIVE_BASE": now,
            "PREFER_DATES_FROM": "future",
            "TIMEZONE": offset,
            "RETURN_AS_TIMEZONE_AWARE": True,
        }
        parsed = dateparser.parse(case["phrase"], languages=[case["lang"]], settings=settings)
        expected = expected_of(case)
        total += 1
        if parsed is None:
            continue
        parsed = parsed.astimezone(zone)
        if expected["unavailable"]:
            right += parsed.date().isoformat() == expected["unavailable"]["resume"]
        elif case.get("form", "").endswith("/Day"):
            right += parsed.date().isoformat() == expected["promise"]["due"][:10]
        else:
            right += parsed.strftime("%Y-%m-%dT%H") == expected["promise"]["due"]
    return right, total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--failures", action="store_true", help="list every wrong line")
    parser.add_argument("--dateparser", action="store_true", help="also score a bare dateparser.parse of each phrase")
    args = parser.parse_args()
    for path in args.paths:
        cases = load(path)
        print(report(Path(path).name, score(cases), args.failures))
        if args.dateparser:
            right, total = dateparser_baseline(cases)
            print(f"  bare dateparser.parse of the phrases: {right}/{total} = {right / max(total, 1):.1%}")


if __name__ == "__main__":
    main()
