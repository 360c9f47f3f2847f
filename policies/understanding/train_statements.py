"""Train the statement model (issue 18): `statement_weights.json` from the labelled time corpora.

    python -m policies.understanding.train_statements          # train on every time corpus, write the weights
    python -m policies.understanding.train_statements --check  # retrain, compare byte for byte with the file
    python -m policies.understanding.train_statements --blind F [F ...]  # train without F, show what the
                                                                  # model would force and veto at each margin

Training data: every `tests/corpus/*.jsonl` with time labels (not the intent corpora), never `tests/corpus/held/`.
The trainer is the intent model's (`train_intent.train_svm`): one linear SVM per class, deterministic, no numpy.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections import Counter
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from .intent_model import VALUES
from .statement_model import CLASSES, SCOPES, WEIGHTS, features, lead
from .train_intent import SCALE, train_svm, write_or_check

ROOT = Path(__file__).resolve().parents[2]
CORPORA = ROOT / "tests" / "corpus"
C = 2.0  # chosen with the margins (module docstring of statement_model)


def corpus_files() -> list[Path]:
    return sorted(p for p in CORPORA.glob("*.jsonl") if not p.name.startswith("intents-"))


def label_of(expect: dict) -> str:
    if expect.get("unavailable"):
        return "window"
    if expect.get("promise"):
        return "promise"
    if expect.get("opt_out"):
        return "opt_out"
    return "none"


def load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def examples(paths: list[Path]) -> list[tuple[list[str], str]]:
    return [
        (features(case["text"], case.get("role")), label_of(case["expect"]))
        for path in paths
        for case in load(path)
        if "unavailable" in case.get("expect", {})
    ]


def scope_examples(paths: list[Path]) -> list[tuple[list[str], str]]:
    return [
        (features(case["text"], case.get("role")), case["expect"]["unavailable"]["scope"])
        for path in paths
        for case in load(path)
        if (case.get("expect") or {}).get("unavailable")
    ]


def _part(weights: dict[str, list[float]], bias: list[float], classes: tuple[str, ...]) -> dict:
    rows = {name: [round(v * SCALE) for v in row] for name, row in sorted(weights.items())}
    return {
        "classes": list(classes),
        "scale": SCALE,
        "bias": [round(v * SCALE) for v in bias],
        "weights": {name: row for name, row in rows.items() if any(row)},
    }


def train(paths: list[Path]) -> dict:
    """Both models, trained on `paths`, in the shape of the weights file."""
    return {
        "trained_on": [p.name for p in paths],
        "statement": _part(*train_svm(examples(paths), c=C, classes=CLASSES), CLASSES),
        "scope": _part(*train_svm(scope_examples(paths), c=C, classes=SCOPES), SCOPES),
    }


def serialise(data: dict) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n"


def build() -> str:
    return serialise(train(corpus_files()))


def _values(part: dict, feats: tuple[str, ...]) -> dict[str, float]:
    """One model part's scores, as `statement_model.scores` computes them, from a part in the weights file's shape."""
    scale, sums, norm = float(part["scale"]), [0.0] * len(part["classes"]), 0.0
    for f in feats:
        row = part["weights"].get(f)
        if row is not None:
            x = VALUES[f[0]]
            norm += x * x
            sums = [s + x * w / scale for s, w in zip(sums, row, strict=True)]
    v = 1.0 / math.sqrt(norm or 1.0)
    return {c: v * s + b / scale for c, s, b in zip(part["classes"], sums, part["bias"], strict=True)}


def blind(paths: list[Path]) -> None:
    """Train without `paths`, then count on them what the model would force (rules read nothing, the model a
    statement) and veto (the rules a statement, the model nothing), right and wrong, by margin."""
    from . import understand

    unseen = {p.resolve() for p in paths}
    part = train([p for p in corpus_files() if p.resolve() not in unseen])["statement"]
    events = []
    for path in paths:
        for case in load(path):
            zone = ZoneInfo(case["tz"])
            now = datetime.fromisoformat(case["now"]).replace(tzinfo=zone)
            got = understand(case["text"], now, zone, role=case.get("role"), judge=False)
            ruled = "window" if got.unavailable else "promise" if got.promise else "opt_out" if got.opt_out else "none"
            values = _values(part, features(case["text"], case.get("role")))
            truth = label_of(case["expect"])
            best = max(values, key=values.__getitem__)
            if ruled == "none" and best != "none":
                events.append(("force", lead(values, best), best == truth, best, truth))
            elif ruled != "none" and best == "none":
                events.append(("veto", lead(values, "none", ruled), truth == "none", ruled, truth))
    for kind in ("force", "veto"):
        chosen = [e for e in events if e[0] == kind]
        print(f"{kind}: {len(chosen)} disagreements")
        for margin in (0.0, 0.25, 0.5, 0.75, 1.0, 1.25, 1.5):
            over = [e for e in chosen if e[1] >= margin]
            wrong = Counter(f"{e[3]} (truth {e[4]})" for e in over if not e[2])
            print(f"  margin {margin:4}: {len(over):3}, right {sum(e[2] for e in over):3}, wrong {dict(wrong)}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="retrain and compare with the committed weights")
    parser.add_argument("--blind", type=Path, nargs="*", help="train without these files and score them")
    args = parser.parse_args(argv)
    if args.blind:
        blind(args.blind)
        return 0
    return write_or_check(WEIGHTS, build(), args.check)


if __name__ == "__main__":
    sys.exit(main())
