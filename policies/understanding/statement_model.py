"""A learned second opinion on what a message states about time (issue 18): a window, a promise, an opt-out or
nothing.

The rules of `statements.py` resolve dates well but decide *whether* a sentence is a statement from lists of
words, and fresh text keeps using other words: blind batches lost most of their points to statements the rules'
lexicon did not know ("del 19 al 23 estoy en Lima por una capacitación, sin acceso") and to dates that only
looked like one. This model (one linear SVM per class over the intent model's word and character n-gram
features, plus the speaker's role; trained by `train_statements.py` on every labelled time corpus line) reads
the whole message instead. `understand` asks it only when the rules and it disagree, and follows it only when
it is sure (`FORCE`, `VETO`): then the rules' date readers run with their word gate lifted, or the rules'
reading is dropped.
"""

from __future__ import annotations

import json
import math
from functools import lru_cache
from pathlib import Path

from .intent_model import VALUES
from .intent_model import features as text_features

CLASSES = ("none", "window", "promise", "opt_out")
SCOPES = ("person", "company")  # whose window: the speaker's alone, or their company's (a second, binary model)
WEIGHTS = Path(__file__).with_name("statement_weights.json")

# How far the model's class must lead "none" before a statement the rules did not see is read anyway, and how
# far "none" must lead the rules' class before their reading is dropped. Chosen on the held time sets J-M and
# blind batches T8a/T8b, trained without them (tests/corpus/README.md, session 8); a forced reading that is
# wrong is a false positive, so forcing asks for more than vetoing.
FORCE = 0.75
VETO = 0.25
# The scope model overrides the rules' scope when one scope leads the other by this much.
SCOPE_MARGIN = 0.25


def features(text: str, role: str | None) -> tuple[str, ...]:
    """The intent model's features of the text and the speaker's role."""
    return (*text_features(text), "s:role_" + (role or "any"))


@lru_cache(maxsize=1)
def _model() -> tuple[dict[str, tuple[float, ...]], tuple[float, ...]]:
    """Both models in one table, read once, so that a message's features are looked up once: each feature's row
    is its 4 statement weights and 2 scope weights times its value, then its value squared in each model (0 where
    the model does not know it, so that each model's length is its own)."""
    data = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    parts = (("statement", CLASSES), ("scope", SCOPES))
    for part, names in parts:
        assert tuple(data[part]["classes"]) == names, data[part]["classes"]
    table: dict[str, tuple[float, ...]] = {}
    for name in sorted({n for part, _ in parts for n in data[part]["weights"]}):
        x = VALUES[name[0]]
        row, known = [], []
        for part, names in parts:
            values = data[part]["weights"].get(name)
            scale = float(data[part]["scale"])
            row += [x * v / scale for v in values] if values else [0.0] * len(names)
            known.append(x * x if values else 0.0)
        table[name] = (*row, *known)
    bias = tuple(v / float(data[p]["scale"]) for p, _ in parts for v in data[p]["bias"])
    return table, bias


@lru_cache(maxsize=4)  # understand asks for the statement, then (when there is a window) for its scope
def _sums(text: str, role: str | None) -> tuple[float, ...]:
    table, bias = _model()
    rows = [row for row in map(table.get, features(text, role)) if row is not None]
    if not rows:
        return (*bias, 1.0, 1.0)
    sums = tuple(map(sum, zip(*rows, strict=True)))
    return (*sums[:-2], sums[-2] or 1.0, sums[-1] or 1.0)


def scores(text: str, role: str | None = None, part: str = "statement") -> dict[str, float]:
    """One score per class (of `CLASSES`, or of `SCOPES` for part="scope"): a linear model over the message's
    features, scaled to unit length."""
    _, bias = _model()
    sums = _sums(text, role)
    k = len(CLASSES)
    if part == "statement":
        v = 1.0 / math.sqrt(sums[-2])
        return {c: v * x + b for c, x, b in zip(CLASSES, sums[:k], bias[:k], strict=True)}
    v = 1.0 / math.sqrt(sums[-1])
    return {c: v * x + b for c, x, b in zip(SCOPES, sums[k:-2], bias[k:], strict=True)}


def scope(text: str, role: str | None = None) -> str:
    """Whose window a message states: "company" when the office, team or company is away, else "person"."""
    values = scores(text, role, "scope")
    return "company" if values["company"] > values["person"] else "person"


def lead(values: dict[str, float], kind: str, over: str = "none") -> float:
    """How far `kind` leads `over`, or -inf when another class leads `kind`."""
    best = max(values, key=values.__getitem__)
    if best != kind:
        return -math.inf
    return values[kind] - values[over]


__all__ = ["CLASSES", "FORCE", "SCOPE_MARGIN", "SCOPES", "VETO", "WEIGHTS", "features", "lead", "scope", "scores"]
