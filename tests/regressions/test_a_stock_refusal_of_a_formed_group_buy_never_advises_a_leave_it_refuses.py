"""Review 102 #2: Cookies (#2) formed (target 3, 4 taken); `/edit #2 stock 2` advised "or a buyer sends -1",
and Lee's `-1 #2` was then refused (it would take the formed group buy below its target: only the organiser
may). Where a buyer's own leave would be refused, the stock refusal now names /remove alone; before the group
buy forms, or where the target still holds, it names both ways."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_a_formed_group_buy_below_its_target_gets_remove_alone() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("ann", "/groupbuy Cookies price 10 target 3 stock 5 ends 3d")
    await chat.say("kim", "+1")
    await chat.say("lee", "+3")
    card = await chat.card(1)

    said = chat.said(await chat.say("ann", "/edit #1 stock 2"))

    assert '"/remove #1 @name", which takes a buyer\'s whole line off' in said, said
    assert "a buyer's own -1 would take it below its target" in said, said
    assert "a buyer sends -1 #1" not in said, said
    assert await chat.card(1) == card


async def test_where_the_target_still_holds_both_ways_are_named() -> None:
    chat = fake_chat()
    await chat.say("ann", "接龙 曲奇 价格 10 成团 2 库存 10 截止 3d")
    await chat.say("kim", "+2")
    await chat.say("lee", "+3")

    said = chat.said(await chat.say("ann", "修改 #1 库存 4"))

    assert "“踢出 #1 @名字”去掉一位买家的整行，或请买家发 -1 #1 退出一份" in said, said
