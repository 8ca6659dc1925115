"""Review 34: `+0.5` in a `/lang en` group on Lychees sold by the jin answered "“0.5斤” is not a whole
number of jin": the amount read back carried the Chinese unit into English text. The amount is now read
back in the reader's language for every unit (`0.5 jin`, `1.5 pieces`, `0.5 boxes`); Chinese keeps `0.5斤`,
and an amount typed in a member's own words (`半斤`, `1.5kg`) stays as typed."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import fake_chat


@pytest.mark.parametrize(
    ("price", "typed", "said"),
    [
        ("12/jin", "+0.5", "Lychees (#1) is sold by the jin: “0.5 jin” is not a whole number of jin. "
         "Send +1 for 1 jin. Nothing was changed."),
        ("12/斤", "+0.5斤", "Lychees (#1) is sold by the jin: “0.5 jin” is not a whole number of jin. "
         "Send +1 for 1 jin. Nothing was changed."),
        ("12/个", "/join 1.5", "Lychees (#1) is sold by the piece: “1.5 pieces” is not a whole number "
         "of pieces. Send +1 for 1 piece or +2 for 2 pieces. Nothing was changed."),
        ("12/盒", "+0.5", "Lychees (#1) is sold by the box: “0.5 boxes” is not a whole number of boxes. "
         "Send +1 for 1 box. Nothing was changed."),
    ],
)  # fmt: skip
async def test_english_reads_the_amount_back_in_english(price: str, typed: str, said: str) -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/lang en")
    await chat.say("amy", f"/groupbuy Lychees price {price} target 20")
    before = await chat.card()
    assert chat.said(await chat.say("bob", typed)) == said
    assert await chat.card() == before


@pytest.mark.parametrize(
    ("price", "typed", "said"),
    [
        ("12/jin", "+0.5", "荔枝（#1）按斤卖，“0.5斤”不是整斤数。要 1斤 就发 +1。没有任何改动。"),
        ("12元/斤", "+半斤", "荔枝（#1）按斤卖，“半斤”不是整斤数。要 1斤 就发 +1。没有任何改动。"),
        (
            "12/盒",
            "+1.5",
            "荔枝（#1）按盒卖，“1.5盒”不是整盒数。要 1盒 就发 +1，要 2盒 就发 +2。没有任何改动。",
        ),
    ],
)
async def test_chinese_reads_it_back_in_chinese(price: str, typed: str, said: str) -> None:
    chat = fake_chat()
    await chat.say("amy", f"接龙 荔枝 价格 {price} 成团 20")
    before = await chat.card()
    assert chat.said(await chat.say("bob", typed)) == said
    assert await chat.card() == before
