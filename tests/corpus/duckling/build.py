"""Build the independent measure: Duckling's own time expressions wrapped in our sentences.

    python tests/corpus/duckling/build.py   (writes tests/corpus/duckling-en.jsonl and duckling-es.jsonl)

points-XX.txt holds the point values of Duckling's corpora (facebook/duckling, BSD licence), said at
Duckling's reference moment 2013-02-12 04:30 at UTC-2. Each future value becomes
- a window: "I'm out until X" / "estoy fuera hasta X" (customer) → start today, resume the value's day,
  for values on a later day (durations such as "in a week" read badly after "until" and are left out);
- a promise: "I'll send it X" / "te lo envío X" (staff) → due the value to the hour, a bare day at
  17:00 (our convention, also for counts of days or weeks: "in 7 days" is that day at 17:00), for values
  after the reference moment; weeks, months and years are not
  deadlines and are left out.
Values in the past are left out: they state nothing about when anyone is back or due.
"""

from __future__ import annotations

import json
import re
from datetime import date, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
NOW = datetime(2013, 2, 12, 4, 30)
TZ = "Etc/GMT+2"  # POSIX sign: UTC-2, Duckling's test zone
TEMPLATES = {
    "en": ("I'm out until {}", "I'll send it {}"),
    "es": ("estoy fuera hasta {}", "te lo envío {}"),
}
DURATION_OPENINGS = ("in ", "en ", "within ", "dentro de ")


def points(lang: str):
    for line in (HERE / f"points-{lang}.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        head, *phrases = [part.strip() for part in line.split("|")]
        value, grain = head.split()
        moment = datetime.fromisoformat(value) if "T" in value else datetime.fromisoformat(value + "T00:00")
        for phrase in phrases:
            yield phrase, moment, grain


def cases(lang: str):
    until, send = TEMPLATES[lang]
    for phrase, moment, grain in points(lang):
        day = moment.date()
        if grain != "end" and day > NOW.date() and not phrase.lower().startswith(DURATION_OPENINGS):
            yield _case(until.format(phrase), lang, "customer", phrase, grain, "window", window=(NOW.date(), day))
        if grain in ("Week", "Month", "Quarter", "Year"):
            continue
        counted_days = grain == "Hour" and re.search(r"\b(?:days?|weeks?|fortnight|d[ií]as?|semanas?)\b", phrase)
        due = moment.replace(hour=17, minute=0) if grain == "Day" or counted_days else moment
        if due > NOW:
            yield _case(send.format(phrase), lang, "staff", phrase, grain, "promise", due=due)


def _case(text, lang, role, phrase, grain, kind, window: tuple[date, date] | None = None, due=None) -> dict:
    return {
        "text": text,
        "lang": lang,
        "role": role,
        "now": NOW.isoformat(timespec="minutes"),
        "tz": TZ,
        "form": f"{kind}/{grain}",
        "phrase": phrase,
        "expect": {
            "unavailable": None
            if window is None
            else {"start": window[0].isoformat(), "resume": window[1].isoformat(), "scope": "person"},
            "opt_out": False,
            "promise": None if due is None else {"due": due.isoformat(timespec="minutes")},
        },
    }


def main() -> None:
    for lang in TEMPLATES:
        lines = [json.dumps(c, ensure_ascii=False) for c in cases(lang)]
        (HERE.parent / f"duckling-{lang}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"duckling-{lang}.jsonl: {len(lines)} lines")


if __name__ == "__main__":
    main()
