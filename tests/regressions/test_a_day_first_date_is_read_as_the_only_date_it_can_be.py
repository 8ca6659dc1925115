"""A black-box finding: `/groupbuy Kaya price 8 currency SGD ends 28/11 6pm` was refused ("I can't read the
deadline “28/11 6pm”"): a slash date was read month first only, and there is no 28th month. A date that
can only be day then month (the first number above 12) is read so, as Singapore and much of the world
write it; `12/1` stays 1 Dec (month first, as before); a date that is no date either way is refused."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        (
            "/groupbuy Kaya price 8 currency SGD ends 28/11 6pm",
            "Group buy #1 is open: Kaya at S$8 each. Join with +1 or the Join button; "
            "it closes Sat 28 Nov 18:00.",
        ),
        (
            "接龙 芒果 价格 30 截止 28/11 18:00",
            "团购 #1 开团了：芒果，¥30/份。发 +1 或点“跟团”参加，截止 11月28日 周六 18:00。",
        ),
        (
            "/groupbuy Kaya price 8 ends 12/1 6pm",
            "Group buy #1 is open: Kaya at ¥8 each. Join with +1 or the Join button; "
            "it closes Tue 1 Dec 18:00.",
        ),
        (
            "/groupbuy Kaya price 8 ends 31/11",
            "I can't read the deadline “31/11”. Examples: ends 2h, ends today 20:00, ends tomorrow 9:00, "
            "ends fri 18:00, ends 2026-12-01 20:00",
        ),
    ],
)
async def test_a_slash_date_reads_as_the_date_it_can_be(typed: str, said: str) -> None:
    chat = fake_chat()

    replies = await chat.say("amy", typed)

    assert Chat.said([r for r in replies if r.card_of is None]) == said
