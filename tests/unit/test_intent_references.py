"""`references_in`: the request numbers a message names, and only those (issue 16, P1)."""

from __future__ import annotations

import pytest

from policies.understanding import references_in


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("REQ-12 is broken again", [12]),
        ("re req-102: same error", [102]),
        ("is anyone on req 81?", [81]),
        ("Req12 and REQ-13 both failed", [12, 13]),
        ("thanks for REQ-19 and REQ-20", [19, 20]),
        ("still waiting on #93", [93]),
        ("oigan, ¿en qué quedó lo de la solicitud #70?", [70]),
        ("any update on request 44?", [44]),
        ("#93 still not fixed", [93]),
        ("lo del #12 sigue pendiente", [12]),
        ("#45 y #46 siguen igual", [45, 46]),
        ("REQ-12, #13 y #14", [12, 13, 14]),
        ("REQ\u201112 with a non-breaking hyphen", [12]),
        ("REQ-0012 (leading zeros)", [12]),
        ("who owns #77 now that Ana is on leave?", [77]),
        ("ok to close #310, gracias", [310]),
        ("¿quién tiene el #58? nadie contesta", [58]),
        ("mismo error que #226 en el portal", [226]),
        ("attached the HAR file for #399", [399]),
        ("algun avance con las #231 y #232?", [231, 232]),
    ],
)
def test_request_numbers_are_found(text, expected):
    assert references_in(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "invoice #4471 and #4472 are identical",
        "nuestro pedido #45 y #46 no llegaron",
        "PO #7781 is wrong",
        "this is our #1 priority this quarter",
        "why was payout #88213 split in two?",
        "we would like to request 12 more seats",
        "in case 3 users complain, who do we call?",
        "Please cancel order #88123",
        "la factura #5521 salió mal",
        "employee #203 can't log in",
        "app v5.8.1 crashes, iOS 17.2",
        "error 1402 when saving",
        "we paid $1,200 on 2026-12-01",
        "posted in #general and #support",
        "step #3 of the guide fails",
        "<https://example.com/req-12|docs> say otherwise",
        "```REQ-99 in a pasted log```",
        "",
    ],
)
def test_other_numbers_are_not_requests(text):
    assert references_in(text) == []
