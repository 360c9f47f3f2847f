"""What customers read (issue 17): dates in full, "usted" by default and "tú" by channel setting."""

from __future__ import annotations

from datetime import date

from bot.texts import customer_texts
from bot.texts.calendar_words import long_day, long_span
from policies.settings import validate
from policies.stored_settings import ChannelSettings


def test_customer_dates_are_said_in_full_in_their_language():
    assert long_day(date(2026, 12, 24), "en") == "Thursday 24 December"
    assert long_day(date(2026, 12, 24), "es") == "jueves 24 de diciembre"


def test_a_stretch_says_its_month_once_and_a_single_day_alone():
    assert long_span(date(2026, 12, 17), date(2026, 12, 18), "en") == "Thursday 17 – Friday 18 December"
    assert long_span(date(2026, 12, 17), date(2026, 12, 18), "es") == "del jueves 17 al viernes 18 de diciembre"
    assert long_span(date(2026, 12, 24), date(2027, 1, 4), "en") == "Thursday 24 December – Monday 4 January"
    assert long_span(date(2026, 12, 24), date(2026, 12, 24), "es") == "el jueves 24 de diciembre"


def test_customer_spanish_says_usted_unless_the_channel_chose_tu():
    usted = customer_texts.say("resolved", "es", ref="REQ-1")
    tu = customer_texts.say("resolved", "es", "tu", ref="REQ-1")
    assert usted.endswith("responda aquí mismo.") and tu.endswith("responde aquí mismo.")
    assert customer_texts.say("resolved", "en", "tu", ref="REQ-1") == (
        "REQ-1 is resolved. If anything is left, just reply here."
    )
    # a text with no second person is the same in both
    assert customer_texts.say("owner", "es", "tu", name="Ana", ref="REQ-1") == "Ana se encarga de REQ-1."


def test_no_customer_text_uses_tu_by_default_or_abbreviated_dates():
    for key, texts in customer_texts.TEXTS.items():
        if key.endswith(":tu"):
            continue
        spanish = f" {texts['es']} "
        for word in (" te ", " tu ", " tú ", " estarás ", " responde ", " puedes "):
            assert word not in spanish, (key, word)


def test_the_register_is_a_channel_setting_with_usted_by_default():
    assert ChannelSettings.from_json({}).register == "usted"
    assert ChannelSettings.from_json({"register": "tu"}).register == "tu"
    assert ChannelSettings.from_json({"register": "vos"}).register == "usted"
    assert validate({"ch_register": "vos"})["ch_register"].code == "register_choice"
    assert "ch_register" not in validate({"ch_register": "tu"})
