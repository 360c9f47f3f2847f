"""Helpers shared by the build_*_own.py probe scripts (run as `python tests/corpus/own/build_X_own.py`, so this
directory is on sys.path and `from probe import ...` finds this module). Every label is computed with datetime."""

import json
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

CORPUS = Path(__file__).resolve().parent.parent
LINES = []
D = timedelta(days=1)
MON, TUE, WED, THU, FRI, SAT, SUN = range(7)
C, S, P, CO = "customer", "staff", "person", "company"


def coming(today, weekday):  # the next weekday strictly after today
    return today + timedelta(days=(weekday - today.weekday()) % 7 or 7)


def next_monday(today):
    return today - timedelta(days=today.weekday()) + 7 * D


def named(y, m, d, weekday=None):  # a date the sentence names, with the weekday it says
    day = date(y, m, d)
    assert weekday is None or day.weekday() == weekday, (day, weekday)
    return day


def at(day, hour):
    return datetime(day.year, day.month, day.day, hour)


def in_zone(day, hour, minute, zone, speaker):  # a clock time said in another zone, in the speaker's
    moment = datetime(day.year, day.month, day.day, hour, minute, tzinfo=ZoneInfo(zone))
    return moment.astimezone(ZoneInfo(speaker)).replace(tzinfo=None)


def line(form, text, lang, role, now, tz, away=None, opt=False, due=None):
    now_d = datetime.fromisoformat(now)
    expect = {"unavailable": None, "opt_out": opt, "promise": None}
    if away:
        start, resume, scope = away
        start = now_d.date() if start is None else start
        expect["unavailable"] = {"start": start.isoformat(), "resume": resume.isoformat(), "scope": scope}
    if due:
        expect["promise"] = {"due": due.strftime("%Y-%m-%dT%H:%M")}
    LINES.append({"text": text, "lang": lang, "role": role, "now": now, "tz": tz, "form": form, "expect": expect})


def save(name, rows=None, report=True):  # writes tests/corpus/<name>, one JSON object a line
    rows = LINES if rows is None else rows
    out = CORPUS / name
    out.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8")
    if report:
        print(f"{len(rows)} lines → {out.name}")
    return out
