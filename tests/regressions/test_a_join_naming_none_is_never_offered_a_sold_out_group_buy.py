"""rep43 #3: with #2 阳光玫瑰 sold out (🈵) and #10 牛奶 open, Cat's bare `+1` was asked "这个群里有 2 个团在
接龙：#2 阳光玫瑰 2斤装 · #10 牛奶…", offered the sold-out one (so was Zoe's `count me in for my mum` beside a
sold-out Kaya jam). A join naming none now skips those sold out: the only one left is joined, its answer
saying which and that the other is sold out; several left are asked about (only those), the sold-out ones
said apart with how to wait; every one sold out is the sold-out answer, with how to wait for one."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def _one_sold_out(first: str, second: str) -> tuple[FakeUnitOfWorkFactory, Chat]:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)
    await chat.say("amy", first)
    await chat.say("bob", "+1")  # takes the only one there is: 🈵
    await chat.say("amy", second)
    return factory, chat


def _lines(factory: FakeUnitOfWorkFactory, group_buy_id: int) -> dict[str, int]:
    return {line.user_id: line.quantity for line in factory.state.lines.get(group_buy_id, {}).values()}


async def test_a_bare_join_beside_a_sold_out_one_joins_the_one_left_in_chinese() -> None:
    factory, chat = await _one_sold_out("接龙 阳光玫瑰 价格 50 库存 1", "接龙 牛奶 价格 10")

    said = chat.said(await chat.say("cat", "+1"))
    assert said == "Cat 跟团：1 × 牛奶（#2）。当前 ¥10/份。#1 阳光玫瑰 已售罄，这次跟的是 #2 牛奶。"
    assert chat.said(await chat.say("dee", "我也要")).endswith("#1 阳光玫瑰 已售罄，这次跟的是 #2 牛奶。")

    await chat.say("amy", "接龙 大米 价格 30")  # two can take it now: asked, the sold-out one apart
    assert chat.said(await chat.say("eve", "+1")) == (
        "这个群里有 3 个团在接龙：#2 牛奶 · #3 大米。这次没有加上，请带上编号：牛奶发 +1 #2，大米发 +1 #3"
        "（也可以直接回复编号或名称）。#1 阳光玫瑰 已售罄，想候补就发 候补 #1。"
    )
    assert "eve" not in _lines(factory, 2) and "eve" not in _lines(factory, 3)


async def test_a_bare_join_beside_a_sold_out_one_joins_the_one_left_in_english() -> None:
    factory, chat = await _one_sold_out("/groupbuy Kaya jam price 8 stock 1", "/groupbuy Eggs price 5")

    said = chat.said(await chat.say("zoe", "count me in for my mum"))
    assert (
        said
        == "Zoe joined for mum: 1 × Eggs (#2). Now ¥5 each. Sold out: #1 Kaya jam, so this joined #2 Eggs."
    )

    assert _lines(factory, 2) == {"zoe": 1} and "zoe" not in _lines(factory, 1)

    await chat.say("amy", "/groupbuy Rice price 30")
    assert chat.said(await chat.say("kim", "+1")) == (
        "3 group buys are open here: #2 Eggs · #3 Rice. Nothing was added: say which with its number "
        "(Eggs: +1 #2; Rice: +1 #3), or reply with its number or name. "
        "Sold out: #1 Kaya jam. To wait for it, send /waitlist #1."
    )


async def test_a_bare_join_with_every_one_sold_out_says_so_and_how_to_wait() -> None:
    factory, chat = await _one_sold_out("接龙 阳光玫瑰 价格 50 库存 1", "接龙 牛奶 价格 10 库存 2")
    await chat.say("bob", "+2 #2")

    said = chat.said(await chat.say("cat", "+1"))
    assert said == (
        "Cat：抱歉，这个群里在接龙的 2 个团都已售罄：#1 阳光玫瑰 · #2 牛奶。想候补请发“候补 #1 1”："
        "空出的数量按排队顺序，补给数量放得下的人。"
    )
    assert "cat" not in _lines(factory, 1) and "cat" not in _lines(factory, 2)
    said = chat.said(await chat.say("cat", "+1 帮 妈妈"))
    assert said == (
        "Cat：抱歉，这个群里在接龙的 2 个团都已售罄：#1 阳光玫瑰 · #2 牛奶。"
        "候补只记在你自己名下，不能替 妈妈 候补："
        "想自己候补请发“候补 #1 1”，空出的数量按排队顺序，补给数量放得下的人。"
    )


async def test_an_english_join_with_every_one_sold_out_says_so_and_how_to_wait() -> None:
    factory, chat = await _one_sold_out(
        "/groupbuy Kaya jam price 8 stock 1", "/groupbuy Eggs price 5 stock 2"
    )
    await chat.say("bob", "+2 #2")

    said = chat.said(await chat.say("zoe", "+3"))
    assert said == (
        "Zoe: Sorry, both group buys open here are sold out: #1 Kaya jam · #2 Eggs. To wait for one, "
        "send /waitlist #1 1: whatever comes free goes to the first in line whose quantity fits."
    )
    assert "zoe" not in _lines(factory, 1) and "zoe" not in _lines(factory, 2)

    said = chat.said(await chat.say("zoe", "count me in for my mum"))
    assert said == (
        "Zoe: Sorry, both group buys open here are sold out: #1 Kaya jam · #2 Eggs. The waiting list keeps "
        "your own line only, not one for mum: to wait for one yourself, send /waitlist #1 1. Whatever comes "
        "free goes to the first in line whose quantity fits."
    )
