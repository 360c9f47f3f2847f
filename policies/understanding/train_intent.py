"""Train the intent model (issue 16): `intent_weights.json` from every `tests/corpus/intents-*.jsonl`.

    python -m policies.understanding.train_intent            # train on every corpus, write the weights
    python -m policies.understanding.train_intent --check    # retrain, compare byte for byte with the file
    python -m policies.understanding.train_intent --lobo     # leave one batch out: score each corpus unseen
    python -m policies.understanding.train_intent --blind F  # score F unseen: rules and a model trained without it

The model is one linear SVM per class (squared hinge, L2) trained by dual coordinate descent, written by hand:
deterministic (seeded shuffles, sums in a fixed order, weights rounded to integers), 10-20 seconds, no numpy. It
replaced a logistic regression by SGD when both were compared on batches neither had seen (tests/corpus/README.md).
A non-request's examples weigh more in training (`COST_OPENED`), and at reading time `request` must lead the other
classes by `REQUEST_MARGIN`; `C`, both costs and the value of a character n-gram were chosen by leave-one-batch-out
and on blind batches scored before they joined the training data, never by reading one batch's misses.
"""

from __future__ import annotations

import argparse
import json
import math
import operator
import random
import sys
from collections import Counter
from pathlib import Path

from .intent_model import CLASSES, VALUES, WEIGHTS, decide, features

ROOT = Path(__file__).resolve().parents[2]
CORPORA = ROOT / "tests" / "corpus"

MIN_DF = 2  # a feature seen in one message only is that message, not a pattern
C = 2.0  # how much a training error costs against a simple model
COST_OPENED = 1.0  # how much more a non-request's examples weigh (leave-one-batch-out found 1.0-1.5 equal)
REQUEST_MARGIN = 0.03
SCALE = 100  # weights are stored as integers: weight * SCALE, rounded
SEED = 16


def corpus_files() -> list[Path]:
    return sorted(CORPORA.glob("intents-*.jsonl"))


def load(path: Path) -> list[tuple[str, str]]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            case = json.loads(line)
            out.append((case["text"], case["expect"]["intent"]))
    return out


def train_svm(
    examples: list[tuple[list[str], str]],
    c: float = C,
    cost_opened: float = COST_OPENED,
    min_df: int = MIN_DF,
    max_passes: int = 40,
    tolerance: float = 0.1,
    classes: tuple[str, ...] = CLASSES,
    **_: object,
) -> tuple[dict[str, list[float]], list[float]]:
    """One-vs-rest linear SVMs (squared hinge, L2), by dual coordinate descent as liblinear does it; features
    scaled to unit length, the bias a constant feature. Returns (weights per feature, bias per class)."""
    df = Counter(f for feats, _ in examples for f in feats)
    names = sorted(f for f, n in df.items() if n >= min_df)
    index = {name: i for i, name in enumerate(names)}
    size = len(names)
    data = []
    for feats, label in examples:
        known = [f for f in feats if f in index]
        xs = [VALUES[f[0]] for f in known]
        norm = math.sqrt(sum(x * x for x in xs)) or 1.0
        data.append(([index[f] for f in known] + [size], [x / norm for x in xs] + [1.0], classes.index(label)))
    # A non-request read as a request opens a ticket nobody asked for: its examples weigh more (a larger C).
    diagonal = [0.5 / (c * (cost_opened if y != 0 else 1.0)) for _, _, y in data]
    squares = [sum(x * x for x in xs) + d for (_, xs, _), d in zip(data, diagonal, strict=True)]
    columns = []
    for k in range(len(classes)):
        w = [0.0] * (size + 1)
        alpha = [0.0] * len(data)
        sign = [1.0 if y == k else -1.0 for _, _, y in data]
        order = list(range(len(data)))
        rng = random.Random(SEED + k)
        for _ in range(max_passes):
            rng.shuffle(order)
            high, low = -math.inf, math.inf
            for i in order:
                ids, xs, _ = data[i]
                g = sign[i] * sum(map(operator.mul, map(w.__getitem__, ids), xs)) - 1.0 + diagonal[i] * alpha[i]
                projected = g if alpha[i] > 0 else min(g, 0.0)
                high, low = max(high, projected), min(low, projected)
                if abs(projected) > 1e-12:
                    old = alpha[i]
                    alpha[i] = max(old - g / squares[i], 0.0)
                    step = (alpha[i] - old) * sign[i]
                    for j, x in zip(ids, xs, strict=True):
                        w[j] += step * x
            if high - low <= tolerance:
                break
        columns.append(w)
    weights = {}
    for i, name in enumerate(names):
        row = [column[i] for column in columns]
        if any(abs(x) * SCALE >= 0.5 for x in row):
            weights[name] = row
    return weights, [column[size] for column in columns]


def featurise(cases: list[tuple[str, str]]) -> list[tuple[list[str], str]]:
    return [(features(text), label) for text, label in cases]


def serialise(weights: dict[str, list[float]], bias: list[float], request_margin: float) -> str:
    rows = {name: [round(v * SCALE) for v in row] for name, row in sorted(weights.items())}
    rows = {name: row for name, row in rows.items() if any(row)}
    data = {
        "classes": list(CLASSES),
        "scale": SCALE,
        "request_margin": request_margin,
        "bias": [round(v * SCALE) for v in bias],
        "trained_on": [p.name for p in corpus_files()],
        "weights": rows,
    }
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n"


def build() -> str:
    cases = [case for path in corpus_files() for case in load(path)]
    weights, bias = train_svm(featurise(cases))
    return serialise(weights, bias, REQUEST_MARGIN)


def classify(
    weights: dict[str, list[float]],
    bias: list[float],
    text: str,
    request_margin: float,
    feats: list[str] | None = None,
    normalise: bool = False,
) -> str:
    """What `intent_of` would read with these weights: the no-words rules first, then the model."""
    from .intent import without_words

    ruled = without_words(text)
    if ruled is not None:
        return str(ruled)
    feats = features(text) if feats is None else feats
    s = [0.0] * len(CLASSES)
    norm = 0.0
    for f in feats:
        row = weights.get(f)
        if row is not None:
            x = VALUES[f[0]] if normalise else 1.0
            norm += x * x
            for c in range(len(CLASSES)):
                s[c] += x * row[c]
    v = 1.0 / math.sqrt(norm or 1.0) if normalise else 1.0
    return decide([v * x + b for x, b in zip(s, bias, strict=True)], request_margin)


def measure(pairs: list[tuple[str, str]]) -> tuple[float, float, float, int, int, int]:
    """(accuracy, opened, missed, n, non-requests, requests) of (expected, got) pairs."""
    requests = [p for p in pairs if p[0] == "request"]
    others = [p for p in pairs if p[0] != "request"]
    accuracy = sum(e == g for e, g in pairs) / max(1, len(pairs))
    opened = sum(g == "request" for _, g in others) / max(1, len(others))
    missed = sum(g != "request" for _, g in requests) / max(1, len(requests))
    return accuracy, opened, missed, len(pairs), len(others), len(requests)


def table(pairs: list[tuple[str, str]]) -> str:
    counts = Counter(pairs)
    rows = ["expected\\got " + " ".join(f"{c:>8}" for c in CLASSES)]
    for e in CLASSES:
        rows.append(f"{e:<12} " + " ".join(f"{counts[e, g]:>8}" for g in CLASSES))
    return "\n".join(rows)


def line(name: str, pairs: list[tuple[str, str]]) -> str:
    acc, opened, missed, n, others, requests = measure(pairs)
    return (
        f"{name:<38} n={n:>4}  {acc:6.1%}  opened {opened:5.1%} ({round(opened * others)}/{others})"
        f"  missed {missed:5.1%} ({round(missed * requests)}/{requests})"
    )


def lobo(
    request_margin: float = REQUEST_MARGIN, trainer=None, normalise: bool = True, **options
) -> list[tuple[str, list[tuple[str, str]]]]:
    """Leave one batch out: for each corpus file, train on the others and read it."""
    files = corpus_files()
    texts = {p.name: load(p) for p in files}
    featurised = {name: featurise(cases) for name, cases in texts.items()}
    results = []
    for held in files:
        training = [ex for name, exs in featurised.items() if name != held.name for ex in exs]
        weights, bias = (trainer or train_svm)(training, **options)
        pairs = [
            (label, classify(weights, bias, text, request_margin, feats, normalise))
            for (text, label), (feats, _) in zip(texts[held.name], featurised[held.name], strict=True)
        ]
        results.append((held.name, pairs))
    return results


def blind(path: Path) -> None:
    """Score a batch nobody trained on: the rules as they stand and a model trained on every corpus but it."""
    from .intent import intent_of_rules

    cases = load(path)
    rules = [(label, str(intent_of_rules(text))) for text, label in cases]
    training = [case for p in corpus_files() if p.resolve() != path.resolve() for case in load(p)]
    weights, bias = train_svm(featurise(training))
    model = [(label, classify(weights, bias, text, REQUEST_MARGIN, normalise=True)) for text, label in cases]
    for name, pairs in (("rules", rules), ("model (trained without it)", model)):
        print(line(f"{path.name}: {name}", pairs))
        print(table(pairs))


def write_or_check(path: Path, text: str, check: bool) -> int:
    """Write freshly trained weights, or (check) compare them byte for byte with the committed file: exit status."""
    if check:
        same = path.exists() and path.read_text(encoding="utf-8") == text
        print("weights match a fresh retrain" if same else "weights DIFFER from a fresh retrain")
        return 0 if same else 1
    path.write_text(text, encoding="utf-8")
    print(f"wrote {path} ({len(text.encode()) / 1e6:.2f} MB, {text.count('],') + 1} rows)")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="retrain and compare with the committed weights")
    parser.add_argument("--lobo", action="store_true", help="leave-one-batch-out scores")
    parser.add_argument("--blind", type=Path, nargs="*", help="score these files unseen (rules and model)")
    parser.add_argument("--margin", type=float, default=REQUEST_MARGIN, help="request margin (with --lobo)")
    args = parser.parse_args(argv)
    if args.lobo:
        results = lobo(args.margin, trainer=train_svm, normalise=True)
        every = []
        for name, pairs in results:
            print(line(name, pairs))
            every += pairs
        print(line("ALL (leave one batch out)", every))
        print(table(every))
        return 0
    if args.blind:
        for path in args.blind:
            blind(path)
        return 0
    return write_or_check(WEIGHTS, build(), args.check)


if __name__ == "__main__":
    sys.exit(main())
