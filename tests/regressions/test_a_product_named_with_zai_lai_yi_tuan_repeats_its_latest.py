"""rep70 #6: `上周的草莓再来一团` got no reply; only `再开一团 #3` worked. The product named finds the latest
group buy of it in this chat and repeats it as `再开一团 #N` does; several products it names are asked
which, each with its `再开一团 #N`; none is said, nothing opened."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat


async def strawberries_closed() -> Chat:
    chat = fake_chat()
    await chat.say("amy", "接龙 海南贵妃芒 5斤 价格 88 成团 1")
    await chat.say("amy", "接龙 草莓 价格 50 成团 1")
    await chat.say("bob", "+1 #2")
    await chat.say("amy", "截单 #2")
    return chat


@pytest.mark.parametrize("typed", ["上周的草莓再来一团", "草莓再来一团", "再来一团草莓", "再开一团 草莓"])
async def test_the_product_named_is_repeated(typed: str) -> None:
    chat = await strawberries_closed()

    said = Chat.said(await chat.say("amy", typed))

    assert said == "再开一团 #3（照 #2）：草莓，¥50/份。发 +1 或点“跟团”参加，截止 11月24日 周二 12:00。"
    assert "草莓" in await chat.card(3)


async def test_several_products_it_names_are_asked_which() -> None:
    chat = await strawberries_closed()
    await chat.say("amy", "接龙 奶油草莓 价格 60 成团 1")

    said = Chat.said(await chat.say("amy", "上周的草莓再来一团"))

    assert said == (
        "「草莓」在这个群里开过 2 种团：#2 草莓 · #3 奶油草莓，没有任何改动。"
        "请带上编号，例如 再开一团 #2 或 再开一团 #3"
    )


async def test_none_of_it_here_is_said() -> None:
    chat = await strawberries_closed()

    said = Chat.said(await chat.say("amy", "榴莲再来一团"))

    assert (
        said == "这个群里没有开过「榴莲」的团，没有任何改动。要开新团请发：接龙 榴莲 价格 50（价格换成你的）"
    )


async def test_a_buyer_is_told_whom_to_ask() -> None:
    chat = await strawberries_closed()

    said = Chat.said(await chat.say("bob", "草莓再来一团"))

    assert said == "只有团长才能再开一团，没有任何改动。想要的话请 @团长 Amy 再开一团。"
