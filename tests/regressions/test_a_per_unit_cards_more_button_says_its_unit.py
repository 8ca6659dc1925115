"""On a card sold per 斤 the `再来一份` / `+1 more` button added 1斤 a tap, though it said 一份. Sold in a
unit it now says what a tap adds: `再来1斤` / `+1 jin more`; sold by the 份 it stays `再来一份`."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def _labels(chat: Chat) -> list[str]:
    card = await chat.app.render_card(1)
    return [button.label for row in card.buttons for button in row]


async def test_a_per_jin_card_says_再来1斤() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 荔枝 价格 15元/斤")

    assert await _labels(chat) == ["跟团", "再来1斤", "退出", "查看进度"]
    assert chat.toast(await chat.tap("bob", "gb:more:1")) == "跟团成功：1斤 荔枝"


async def test_a_per_jin_card_in_english_says_plus_one_jin_more() -> None:
    chat = fake_chat()
    await chat.say("amy", "/lang en")
    await chat.say("amy", "接龙 荔枝 价格 15元/斤")

    assert await _labels(chat) == ["Join", "+1 jin more", "Leave", "Progress"]


async def test_a_card_sold_by_the_portion_keeps_再来一份() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 芒果 价格 88")

    assert await _labels(chat) == ["跟团", "再来一份", "退出", "查看进度"]
