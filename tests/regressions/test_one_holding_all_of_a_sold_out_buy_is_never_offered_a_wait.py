"""rep78 #5: 荔枝 #8 had stock 1, all of it Li's. Li's `+1 #8` answered `想候补请发“候补 #8 1”`, and her
`候补 #8 1` was then refused (`你已经有 1 份了，不能再候补`). One who holds all there is is told so, and
never offered a wait; anyone else is still offered it."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def _lychees(title: str, opening: str) -> Chat:
    chat = fake_chat()
    await chat.say("bob", opening.format(title="Dumplings" if title != "荔枝" else "饺子", stock=""))
    await chat.say("bob", opening.format(title=title, stock=" stock 1" if title != "荔枝" else " 库存 1"))
    await chat.say("li", "+1 #2")
    return chat


async def test_she_who_holds_all_of_it_is_told_so_without_a_wait() -> None:
    chat = await _lychees("荔枝", "接龙 {title} 价格 10{stock} 截止 3d")

    said = chat.said(await chat.say("li", "+1 #2"))

    assert said == "Li：抱歉，荔枝 已经卖完了：能卖的都已经在你名下，没有可以候补的。没有任何改动。"
    assert "候补 #2" not in said
    assert chat.said(await chat.say("li", "荔枝+1")) == said


async def test_another_member_is_still_offered_the_wait() -> None:
    chat = await _lychees("荔枝", "接龙 {title} 价格 10{stock} 截止 3d")

    said = chat.said(await chat.say("zhou", "+1 #2"))

    assert "想候补请发“候补 #2 1”" in said
    assert chat.said(await chat.say("zhou", "候补 #2 1")).startswith("Zhou 已候补 荔枝（#2）")


async def test_in_english_she_is_told_all_there_is_is_hers() -> None:
    chat = await _lychees("Lychees", "/groupbuy {title} price 10{stock} ends 3d")

    said = chat.said(await chat.say("li", "+1 #2"))

    assert said == (
        "Li: Sorry, Lychees is sold out: all there is is already yours, so there is nothing to wait for. "
        "Nothing was changed."
    )
