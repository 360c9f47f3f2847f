"""The statement model (issue 18): a learned second opinion on whether a message states a window, a promise or an
opt-out, and whose window it is. The rules keep reading the dates."""

import json
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bench.score_understanding import expected_of, got_of, load
from policies.understanding import statement_model as model
from policies.understanding import train_statements, understand


def test_the_committed_weights_are_a_fresh_retrain_byte_for_byte():
    """Deterministic training: the weights in git are what `train_statements` builds from the corpora in git."""
    assert model.WEIGHTS.read_text(encoding="utf-8") == train_statements.build()


def test_it_never_trains_on_held_sets_or_intents():
    data = json.loads(model.WEIGHTS.read_text(encoding="utf-8"))
    assert data["trained_on"] == [p.name for p in train_statements.corpus_files()]
    assert all(not name.startswith("intents-") for name in data["trained_on"])
    assert all(p.parent.name == "corpus" for p in train_statements.corpus_files())  # held/ is a folder of its own
    assert model.WEIGHTS.stat().st_size < 1_500_000


def test_scores_cover_every_class_and_lead_is_relative_to_the_leader():
    values = model.scores("I'm out of office until Monday", "customer")
    assert set(values) == set(model.CLASSES)
    leader = max(values, key=values.__getitem__)
    assert model.lead(values, leader) == values[leader] - values["none"]
    others = [c for c in model.CLASSES if c != leader]
    assert all(model.lead(values, c) == float("-inf") for c in others)
    assert set(model.scores("la oficina cierra del 3 al 7", "customer", "scope")) == set(model.SCOPES)


@pytest.mark.parametrize(
    "text",
    ["", "👍", "a" * 5000, "¿¿??", "\u202e\u0000 lunes", "<@U0123ABC> 12/12 #4"],
)
def test_odd_text_never_breaks_it(text):
    assert set(model.scores(text, None)) == set(model.CLASSES)
    assert model.scope(text, "customer") in model.SCOPES


def _changed_lines():
    """Every training line whose reading the model changes: (right before, right after)."""
    out = []
    for path in train_statements.corpus_files():
        for case in load(path):
            zone = ZoneInfo(case["tz"])
            now = datetime.fromisoformat(case["now"]).replace(tzinfo=zone)
            ruled = understand(case["text"], now, zone, role=case.get("role"), judge=False)
            judged = got_of(case)
            before = {
                "unavailable": None
                if ruled.unavailable is None
                else {
                    "start": ruled.unavailable.start.isoformat(),
                    "resume": ruled.unavailable.resume.isoformat(),
                    "scope": ruled.unavailable.scope,
                },
                "opt_out": bool(ruled.opt_out),
                "promise": None if ruled.promise is None else {"due": ruled.promise.due.strftime("%Y-%m-%dT%H")},
            }
            if before != judged:
                expected = expected_of(case)
                out.append((before == expected, judged == expected))
    return out


def test_where_the_model_overrules_the_rules_it_is_right_far_more_often_than_wrong():
    changed = _changed_lines()
    fixed = sum(after and not before for before, after in changed)
    broken = sum(before and not after for before, after in changed)
    assert fixed >= 15 and broken <= 2, (fixed, broken)


def test_a_customer_question_is_never_forced_into_a_statement():
    now = datetime(2027, 3, 3, 10, tzinfo=ZoneInfo("Europe/Madrid"))
    for text in ("¿estáis abiertos el lunes 8?", "are you guys around on Friday the 12th?"):
        assert understand(text, now, "Europe/Madrid", role="customer").empty
