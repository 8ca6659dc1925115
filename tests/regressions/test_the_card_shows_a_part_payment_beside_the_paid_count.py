"""rep102 #10: after `/paid 3-1 ¥6.50 only` the group card still read `💰 0/1 paid`, with no sign that ¥6.50
came (the console said `未付款（已收 ¥6.50，还差 ¥6.50）`). The card says it beside the paid count, in
English and Chinese, only while some part received stands: marked paid in full, the count alone again."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat

SAID = {
    "en": (
        ("/groupbuy Jam price 13", "/close", "/paid 1-1 ¥6.50 only", "/paid 1-1"),
        "💰 0/2 paid",
        "💰 0/2 paid · ¥6.50 received of ¥13",
        "💰 1/2 paid",
    ),
    "zh": (
        ("接龙 果酱 价格 13", "截单", "只收到 1-1 6.50", "已收 1-1"),
        "💰 已付 0/2",
        "💰 已付 0/2 · 已收部分款 ¥6.50（应付 ¥13）",
        "💰 已付 1/2",
    ),
}


def _money_line(card: str) -> str:
    (line,) = [line for line in card.splitlines() if line.startswith("💰")]
    return line


async def _closed(lang: str) -> Chat:
    room = fake_chat()
    if lang == "en":
        await room.say("amy", "/lang en")
    (opening, close, _, _), *_ = SAID[lang]
    for who, typed in (("amy", opening), ("bob", "+1"), ("cat", "+1"), ("amy", close)):
        await room.say(who, typed)
    return room


@pytest.mark.parametrize("lang", ["en", "zh"])
async def test_a_part_received_is_on_the_card_until_it_is_paid(lang: str) -> None:
    room = await _closed(lang)
    (_, _, part, whole), before, after_part, after_whole = SAID[lang]
    assert _money_line(await room.card()) == before

    replies = await room.say("amy", part)

    assert room.cards(replies) == [(1, False)]  # the group's card is updated
    assert _money_line(await room.card()) == after_part
    await room.say("amy", whole)
    assert _money_line(await room.card()) == after_whole
