"""`/atento record`'s words (policies.digest.parse_record): a channel, then optional since/until days."""

from datetime import date

from policies.digest import RecordAsk, RecordInvalid, parse_record


def test_a_channel_link_and_a_start_day():
    assert parse_record(["<#CACME|acme>", "since", "2026-12-01"]) == RecordAsk("CACME", None, date(2026, 12, 1))


def test_a_plain_name_and_spanish_words():
    assert parse_record(["#Acme", "desde", "2026-12-01", "hasta", "2026-12-31"]) == RecordAsk(
        None, "acme", date(2026, 12, 1), date(2026, 12, 31)
    )


def test_nonsense_dates_say_which_words():
    assert parse_record(["#acme", "since", "last-tuesday"]) == RecordInvalid("date", "last-tuesday", "since")


def test_a_backwards_period():
    assert parse_record(["#acme", "since", "2026-12-05", "until", "2026-12-01"]).reason == "backwards"


def test_no_channel_or_dangling_words_are_usage():
    for words in ([], ["acme"], ["#acme", "since"], ["#acme", "since", "2026-12-01", "since", "2026-12-02"]):
        assert parse_record(words) == RecordInvalid("usage"), words
