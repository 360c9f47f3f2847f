"""Properties of `intent_of` and `references_in` on arbitrary text, Slack markup included (issue 16)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from policies.understanding import Intent, intent_of, references_in

MARKUP = st.sampled_from(
    [
        "<@U123ABC>",
        "<#C0123|general>",
        "<!here>",
        "<https://example.com/a?b=1|a link>",
        "<https://example.com>",
        "```log\nERROR 500 at line 3\n```",
        "`inline code`",
        "> a quoted line\n",
        ":+1:",
        ":pray::skin-tone-2:",
        "👍",
        "🎄",
        "¿",
        "?",
        "#12",
        "REQ-7",
        "&gt; ",
        "\n",
    ]
)
WORDS = st.sampled_from(
    [
        "thanks",
        "gracias",
        "can",
        "you",
        "please",
        "the",
        "export",
        "fails",
        "hola",
        "any",
        "update?",
        "no",
        "funciona",
        "ya",
        "quedó",
        "I'll",
        "send",
        "invoice",
        "order",
        "v5.8.1",
        "#general",
        "2026-12-01",
        "$1,200",
        "error",
        "1402",
        "sigue",
        "pendiente",
    ]
)
TEXT = st.lists(st.one_of(st.text(max_size=40), MARKUP, WORDS), max_size=12).map(" ".join)

REQUESTS = [
    "can you check why Marco can't log in?",
    "the export to Excel fails with a 500",
    "¿nos pueden reenviar la factura de noviembre?",
    "la app se cierra al subir fotos",
    "please add two seats to our plan",
    "we'd love an SSO option",
]


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_never_crashes_and_always_answers_one_of_the_five_codes(text):
    assert intent_of(text) in set(Intent)
    assert str(intent_of(text)) in {"request", "status", "info", "thanks", "greeting"}


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_references_are_positive_ints_each_once(text):
    found = references_in(text)
    assert all(isinstance(n, int) and n > 0 for n in found) and len(found) == len(set(found))


@given(
    st.sampled_from(["invoice #", "Invoice #", "order #", "pedido #", "factura #", "employee #", "document #"]),
    st.integers(min_value=1, max_value=999_999),
    st.sampled_from(["", " is wrong", " and #{n2} are duplicated", ", still waiting on it", " sigue pendiente"]),
)
def test_numbers_of_invoices_orders_and_documents_are_never_requests(noun, n, tail):
    text = f"{noun}{n}{tail.format(n2=n + 1)}"
    assert references_in(text) == []


@given(st.integers(0, 20), st.integers(0, 20), st.integers(0, 20))
def test_versions_and_channel_names_are_never_requests(major, minor, patch):
    text = f"we're on v{major}.{minor}.{patch} (version {major}.{minor}), see #general and #support-{major}"
    assert references_in(text) == []


@pytest.mark.xfail(
    reason="issue 16's learned model: a thanks in front can outweigh a request (LOBO-tuned, not by phrase)",
    strict=False,
)
@given(st.sampled_from(REQUESTS), st.sampled_from(["thanks! ", "Thanks, ", "gracias! ", "thx 🙏 ", "ok thanks. "]))
def test_thanks_in_front_of_a_request_keeps_it_a_request(request, thanks):
    assert intent_of(request) == Intent.REQUEST
    assert intent_of(thanks + request) == Intent.REQUEST
