"""Session 15 (FA): on a group buy priced per 斤 (`价格 15元/斤`), `+1kg`, `+2公斤` and `+500g` were refused
as "not a quantity of it", and `+3两` joined 3斤 with the note "两". Weights convert exactly (1 公斤 = 1 kg =
2 斤 = 1000 克; 1 斤 = 10 两 = 500 g, commerce/domain/units.py): a join that converts to a whole number of
the unit sold in is taken, the reply saying what it became (`1 kg = 2斤`); one that does not is refused
with the nearest whole amounts, nothing changed. A unit that is no weight (`+2箱`) is refused as before."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat


async def opened(text: str, lang: str = "zh") -> Chat:
    chat = fake_chat(default_language=lang)
    await chat.say("amy", text)
    return chat


@pytest.mark.parametrize(
    ("text", "said", "quantity"),
    [
        ("+1kg", "1 kg = 2斤", 2),
        ("+2公斤", "2公斤 = 4斤", 4),
        ("+500g", "500 g = 1斤", 1),
        ("+10两", "10两 = 1斤", 1),
    ],
)
async def test_a_weight_in_another_unit_joins_what_it_converts_to(
    text: str, said: str, quantity: int
) -> None:
    chat = await opened("接龙 荔枝 价格 15元/斤 成团 20")

    joined = chat.said(await chat.say("xiaoli", text, name="小李"))

    assert joined == f"小李 跟团：{quantity}斤 荔枝（#1）。{said}。当前 ¥15/斤。"
    assert (await chat.card()).endswith(f"\n\n1. 小李 {quantity}斤")


async def test_a_weight_that_is_no_whole_number_of_the_unit_is_refused_with_the_nearest() -> None:
    chat = await opened("接龙 荔枝 价格 15元/斤 成团 20")
    before = await chat.card()

    tael = chat.said(await chat.say("xiaoli", "+3两", name="小李"))
    grams = chat.said(await chat.say("xiaoli", "+750g", name="小李"))

    assert tael == "荔枝（#1）按斤卖，“3两”是 0.3斤，不是整斤数。要 1斤 就发 +1。没有任何改动。"
    assert grams == (
        "荔枝（#1）按斤卖，“750 g”是 1.5斤，不是整斤数。要 1斤 就发 +1，要 2斤 就发 +2。没有任何改动。"
    )
    assert await chat.card() == before
    assert "按斤卖，“2箱”不是它的数量" in chat.said(await chat.say("xiaoli", "+2箱", name="小李"))


async def test_in_english_a_weight_converts_or_is_refused_with_the_nearest() -> None:
    chat = await opened("/groupbuy Lychees price 12/kg target 20", "en")

    joined = chat.said(await chat.say("bob", "+2000g"))
    refused = chat.said(await chat.say("cat", "+500g"))
    between = chat.said(await chat.say("cat", "+3 jin"))

    assert joined == "Bob is in: 2 kg of Lychees (#1). 2000 g = 2 kg. Now ¥12/kg."
    assert refused == (
        "Lychees (#1) is sold by the kg: “500 g” is 0.5 kg, not a whole number of kg. Send +1 for 1 kg. "
        "Nothing was changed."
    )
    assert between.endswith("Send +1 for 1 kg or +2 for 2 kg. Nothing was changed."), between
    assert (await chat.card()).endswith("\n\n1. Bob 2 kg")
