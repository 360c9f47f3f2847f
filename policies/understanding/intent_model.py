"""A learned reading of a customer's message (issue 16): a linear model over folded text features.

Hand-written rules by phrase scored 87–89.5% on blind batches (tests/corpus/README.md); a linear model (one SVM
per class, trained by `train_intent.py`) over word and character n-grams generalises to words nobody wrote a rule
for. This module is the runtime half:
`features(text)` (shared with `train_intent.py`, so training and reading see the same features) and
`scores(text)` / `predict(text)`, reading `intent_weights.json` once, lazily, in pure Python (no numpy: the
bot stays light).

Features, from the words the author wrote (`intent_text.prepare`: no code, links, mentions or quotes; folded
case and accents; acknowledgement emoji noted):
- words after typo normalisation (letters repeated 3+ times squeezed, chat abbreviations spelt out, digits
  shaped, request references as one token), their unigrams and bigrams with the message's edges;
- character n-grams (2–5) inside each word, with its boundaries, so that misspellings and inflections share;
- a few shapes: a question mark (and at the end), an exclamation, an acknowledgement emoji, another emoji, a
  reference, a pasted block, the first and last word, the length in words (bucketed).
"""

from __future__ import annotations

import json
import math
import re
from functools import lru_cache
from pathlib import Path

from .intent_text import prepare

CLASSES = ("request", "status", "info", "thanks", "greeting")
WEIGHTS = Path(__file__).with_name("intent_weights.json")

_MAX_CHARS = 1200  # what a message means is in its first lines, never deep in a paste

_REFERENCE = re.compile(r"(?<![a-z0-9])(?:req\s*[-#]?\s*\d+|#\d+)(?![a-z0-9])")
_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?|[?!]")
_REPEAT = re.compile(r"([a-z])\1{2,}")
_DIGITS = re.compile(r"\d+")
_OTHER_EMOJI = re.compile(
    "[\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\u2190-\u21ff\u2300-\u23ff]|:[a-z0-9_+\\-]+:"
)

# Chat spellings and abbreviations, spelt out (both languages). Folded forms only.
_SPELL = {
    "pls": "please", "plz": "please", "plis": "please", "pleas": "please", "pleeease": "please",
    "thx": "thanks", "thnx": "thanks", "thks": "thanks", "tks": "thanks", "ty": "thanks", "tx": "thanks",
    "thank": "thanks", "thankyou": "thanks", "tnx": "thanks",
    "u": "you", "ur": "your", "r": "are", "ya'll": "y'all", "yall": "y'all", "pfa": "please",
    "im": "i'm", "dont": "don't", "cant": "can't", "wont": "won't", "doesnt": "doesn't", "isnt": "isn't",
    "didnt": "didn't", "ive": "i've", "its": "it's", "thats": "that's", "whats": "what's", "theres": "there's",
    "asap": "asap", "eta": "eta", "fyi": "fyi", "btw": "btw", "msg": "message", "msgs": "messages",
    "q": "que", "k": "que", "xq": "porque", "pq": "porque", "xfa": "porfa", "porfis": "porfa", "porfavor": "porfa",
    "tmb": "tambien", "tb": "tambien", "tbn": "tambien", "msj": "mensaje", "msjs": "mensajes", "mje": "mensaje",
    "grax": "gracias", "grcs": "gracias", "grs": "gracias", "graciass": "gracias", "d": "de", "x": "por",
    "hla": "hola", "ola": "hola", "bn": "bien", "info": "info", "xa": "para", "pa": "para", "dnd": "donde",
    "nd": "nada", "ntp": "no te preocupes", "ok": "ok", "okay": "ok", "oki": "ok", "okey": "ok", "okk": "ok",
    "kk": "ok", "vale": "vale", "oka": "ok",
}  # fmt: skip

_NO_CHARS = frozenset({"?", "!", "zref", "zcodez"})
# The value of a feature by its kind (the first letter of its name): character n-grams are many and each says
# little, so a word or a pair of words counts more.
VALUES = {"c": 0.5, "w": 2.0, "b": 2.0, "s": 2.0, "l": 2.0, "f": 2.0}

_LENGTHS = (1, 2, 3, 5, 8, 13, 21, 34)


def words_of(text: str) -> tuple[list[str], set[str]]:
    """The normalised words of a message and its shape marks."""
    shape: set[str] = set()
    raw = (text or "")[:_MAX_CHARS]
    if _OTHER_EMOJI.search(raw):
        shape.add("emoji")
    folded, acknowledged = prepare(raw)
    if acknowledged:
        shape.add("ack")
    folded, refs = _REFERENCE.subn(" zref ", folded)
    if refs:
        shape.add("ref")
    if "zcodez" in folded:
        shape.add("code")
    folded = _REPEAT.sub(r"\1", folded.replace("’", "'"))
    out: list[str] = []
    for token in _TOKEN.findall(folded):
        token = _SPELL.get(token, token)
        if token[0].isdigit():
            token = _DIGITS.sub("0", token)
        out.extend(token.split(" ") if " " in token else (token,))
    if "?" in folded or "¿" in folded:
        shape.add("question")
        if out and out[-1] == "?":
            shape.add("ends?")
    if "!" in folded:
        shape.add("exclaim")
    return out, shape


@lru_cache(maxsize=16384)
def _chars(token: str) -> tuple[str, ...]:
    """The character n-grams (2–5) of one word with its boundaries ("<word>"); words repeat, so they are kept."""
    word = "<" + token + ">"
    return tuple("c:" + word[j : j + n] for n in (2, 3, 4, 5) for j in range(len(word) - n + 1))


def features(text: str) -> list[str]:
    """The features of a message, each once, sorted (a stable order for training and for reading)."""
    tokens, shape = words_of(text)
    feats = {"s:" + s for s in shape}
    words = [t for t in tokens if t not in ("?", "!")]
    count = len(words)
    feats.add("len:" + str(next((n for n in _LENGTHS if count <= n), 55)))
    if words:
        feats.add("first:" + words[0])
        feats.add("last:" + words[-1])
        if len(words) > 1:
            feats.add("first2:" + words[0] + "_" + words[1])
    padded = ["<s>", *tokens, "</s>"]
    for token in tokens:
        feats.add("w:" + token)
        if token in _NO_CHARS or token[0].isdigit():
            continue
        feats.update(_chars(token))
    for a, b in zip(padded, padded[1:], strict=False):
        feats.add("b:" + a + "_" + b)
    return sorted(feats)


@lru_cache(maxsize=1)
def _model() -> tuple[dict[str, tuple[float, ...]], tuple[float, ...], float]:
    """The weights, read once: each feature's row is its 5 weights times its value, then its value squared."""
    data = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    assert tuple(data["classes"]) == CLASSES, data["classes"]
    scale = float(data["scale"])
    table = {}
    for name, values in data["weights"].items():
        x = VALUES[name[0]]
        table[name] = (*(x * v / scale for v in values), x * x)
    bias = tuple(v / scale for v in data["bias"])
    return table, bias, float(data["request_margin"])


def scores(text: str) -> list[float]:
    """One score per class of `CLASSES`: a linear model over the message's features, scaled to unit length."""
    table, bias, _ = _model()
    rows = [row for row in map(table.get, features(text)) if row is not None]
    if not rows:
        return list(bias)
    *sums, norm = map(sum, zip(*rows, strict=True))
    v = 1.0 / math.sqrt(norm)
    return [v * x + b for x, b in zip(sums, bias, strict=True)]


def decide(values: list[float], request_margin: float) -> str:
    """The class with the highest score; `request` only when it leads the others by `request_margin`
    (a non-request read as a request opens a ticket nobody asked for)."""
    best = max(range(1, len(CLASSES)), key=lambda k: (values[k], -k))
    if values[0] - values[best] > request_margin:
        return CLASSES[0]
    return CLASSES[best]


def predict(text: str) -> str:
    return decide(scores(text), _model()[2])


__all__ = ["CLASSES", "WEIGHTS", "decide", "features", "predict", "scores", "words_of"]
