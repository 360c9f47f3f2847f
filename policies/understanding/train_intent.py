"""Train the intent model (issue 16): `intent_weights.json` from every `tests/corpus/intents-*.jsonl`.

    python -m policies.understanding.train_intent            # train on every corpus, write the weights
    python -m policies.understanding.train_intent --check    # retrain, compare byte for byte with the file
    python -m policies.understanding.train_intent --lobo     # leave one batch out: score each corpus unseen
    python -m policies.understanding.train_intent --blind F  # score F unseen: rules and a model trained without it

The model is a multinomial logistic regression trained by SGD, written by hand: deterministic (a seeded
shuffle, sums in a fixed order, weights rounded to integers), 10-20 seconds on two cores, no numpy. A
non-request read as a request costs more in training (`COST_OPENED`), and at reading time `request` must lead the other classes by `REQUEST_MARGIN`; both were chosen by
leave-one-batch-out, never by reading one batch's misses.
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
COST_OPENED = 4.0  # the margin asked when a non-request is scored as a request
REQUEST_MARGIN = 0.25
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


def train_logistic(
    examples: list[tuple[list[str], str]],
    epochs: int = 20,
    min_df: int = MIN_DF,
    l2: float = 1e-6,
    rate: float = 4.0,
    cost_opened: float = COST_OPENED,
    **_: object,
) -> tuple[dict[str, list[float]], list[float]]:
    """Multinomial logistic regression by SGD (L2, features scaled to unit length); returns (weights, bias)."""
    df = Counter(f for feats, _ in examples for f in feats)
    names = sorted(f for f, n in df.items() if n >= min_df)
    index = {name: i for i, name in enumerate(names)}
    data = []
    for feats, label in examples:
        known = [f for f in feats if f in index]
        ids = [index[f] for f in known]
        xs = [VALUES[f[0]] for f in known]
        norm = math.sqrt(sum(x * x for x in xs)) or 1.0
        data.append((ids, [x / norm for x in xs], CLASSES.index(label)))
    k, size = len(CLASSES), len(names)
    w = [[0.0] * size for _ in range(k)]
    b = [0.0] * k
    scale = 1.0  # w_true = scale * w (lazy L2 decay)
    order = list(range(len(data)))
    rng = random.Random(SEED)
    t = 0
    for epoch in range(epochs):
        rng.shuffle(order)
        eta = rate / (1.0 + epoch)
        for n in order:
            ids, xs, y = data[n]
            s = [scale * sum(map(operator.mul, map(w[c].__getitem__, ids), xs)) + b[c] for c in range(k)]
            top = max(s)
            e = [math.exp(x - top) for x in s]
            z = sum(e)
            cost = cost_opened if y != 0 else 1.0
            scale *= 1.0 - eta * l2
            if scale < 1e-6:
                for row in w:
                    for i in range(size):
                        row[i] *= scale
                scale = 1.0
            for c in range(k):
                g = e[c] / z - (1.0 if c == y else 0.0)
                if c == 0 and y != 0:
                    g *= cost
                if abs(g) < 1e-4:
                    continue
                step = eta * g / scale
                row = w[c]
                for i, x in zip(ids, xs, strict=True):
                    row[i] -= step * x
                b[c] -= eta * g * 0.1
            t += 1
    weights = {}
    for i, name in enumerate(names):
        row = [scale * w[c][i] for c in range(k)]
        if any(abs(x) * SCALE >= 0.5 for x in row):
            weights[name] = row
    return weights, b


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
    weights, bias = train_logistic(featurise(cases))
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
        weights, bias = (trainer or train_logistic)(training, **options)
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
    weights, bias = train_logistic(featurise(training))
    model = [(label, classify(weights, bias, text, REQUEST_MARGIN, normalise=True)) for text, label in cases]
    for name, pairs in (("rules", rules), ("model (trained without it)", model)):
        print(line(f"{path.name}: {name}", pairs))
        print(table(pairs))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="retrain and compare with the committed weights")
    parser.add_argument("--lobo", action="store_true", help="leave-one-batch-out scores")
    parser.add_argument("--blind", type=Path, nargs="*", help="score these files unseen (rules and model)")
    parser.add_argument("--margin", type=float, default=REQUEST_MARGIN, help="request margin (with --lobo)")
    args = parser.parse_args(argv)
    if args.lobo:
        results = lobo(args.margin, trainer=train_logistic, normalise=True)
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
    text = build()
    if args.check:
        same = WEIGHTS.exists() and WEIGHTS.read_text(encoding="utf-8") == text
        print("weights match a fresh retrain" if same else "weights DIFFER from a fresh retrain")
        return 0 if same else 1
    WEIGHTS.write_text(text, encoding="utf-8")
    print(f"wrote {WEIGHTS} ({len(text.encode()) / 1e6:.2f} MB, {text.count('],') + 1} rows)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
