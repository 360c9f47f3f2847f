"""Generalisation (issue 18): fresh batches nobody tuned on, and the independent measure built from Duckling.

Each fresh batch must stay at or above 95% exact with at most 1% false positives; the Duckling sentences at or
above 90% in each language. The scores each batch had when it was written are in tests/corpus/README.md.
"""

from pathlib import Path

import pytest

from bench.score_understanding import load, report, score

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
FRESH = sorted(CORPUS.glob("fresh-*.jsonl"))


def test_there_are_fresh_batches():
    assert len(FRESH) >= 2


@pytest.mark.parametrize("path", FRESH, ids=lambda p: p.stem)
def test_fresh_batch_is_understood_exactly_without_false_positives(path, capsys):
    result = score(load(path))
    with capsys.disabled():
        print("\n" + report(path.name, result, failures=True))
    assert result.accuracy >= 0.95, f"{path.name}: {result.right}/{result.total}"
    assert result.false_positive_rate <= 0.01, f"{path.name}: {result.false_positives}/{result.nothing_lines}"


@pytest.mark.parametrize("lang", ["en", "es"])
def test_duckling_expressions_in_our_sentences(lang, capsys):
    path = CORPUS / f"duckling-{lang}.jsonl"
    result = score(load(path))
    with capsys.disabled():
        print("\n" + report(path.name, result, failures=False))
    assert result.accuracy >= 0.90, f"{path.name}: {result.right}/{result.total}"
