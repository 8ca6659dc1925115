"""`/wait green 2` where green has only 1 in all was accepted ("number 1 in line") and could never move
in: when the 1 came free the card read "1 left · 1 waiting" and Dan was neither moved in nor told. A
wait above the whole stock (the option's or the group buy's) is now refused with how many may be
waited for and what to send (a sold-out hint never offers more); and a wait that became too big later
(the limit lowered by `修改`) moves in with what can ever fit instead of leaving a unit free beside it."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_a_wait_above_the_options_whole_stock_is_refused_with_what_to_send() -> None:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Tea options green:30:1,black:40 target 1 limit 2 ends 3d")
    await chat.say("cat", "+1 green for Wang")
    await chat.say("dan", "+1 green")

    refused = await chat.say("dan", "/wait green 2")
    accepted = await chat.say("dan", "/wait green 1")

    assert chat.said(refused) == (
        "Tea green has only 1 in all, so you can wait for 1 at most: send /wait green 1. Nothing was changed."
    )
    assert chat.said(accepted).startswith(
        "Dan is on the waiting list of Tea green (#1) for 1: number 1 in line."
    )
    left = await chat.say("cat", "-1 green for Wang")
    assert "🎉 In from the waiting list of Tea (#1): Dan green ×1." in [r.text for r in left]


async def test_a_wait_above_the_group_buys_whole_stock_is_refused_in_chinese_too() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 芒果 价格 30 库存 3 截止 3d")
    await chat.say("bob", "+2")
    await chat.say("bob", "+1")

    assert chat.said(await chat.say("dan", "+4")).startswith("Dan：抱歉，芒果 已经卖完了。想候补请发“候补 3”")
    assert chat.said(await chat.say("dan", "候补 4")) == (
        "芒果 总共只有 3 份，最多候补 3 份：请发“候补 3”。没有任何改动。"
    )
    assert chat.said(await chat.say("bob", "候补 1")) == (
        "芒果 总共只有 3 份，你已经有 3 份了，不能再候补。没有任何改动。"
    )


async def test_a_wait_the_lowered_limit_cuts_moves_in_with_what_fits() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 茶 规格 绿茶:30:4,红茶:40 限购 5 截止 3d")
    for user in ("cat", "dan", "eve"):
        await chat.say(user, "+1 绿茶")
    await chat.say("cat", "+1 绿茶")
    await chat.say("dan", "候补 绿茶 3")  # 1 held + 3: within the stock of 4 and the limit of 5
    await chat.say("amy", "修改 限购 2")  # Dan may now hold 2: his wait can only ever bring 1 more

    left = await chat.say("eve", "-1 绿茶")

    assert [r.text for r in left if r.text][1:] == [
        "🎉 候补补上了 茶（#1）：Dan 绿茶 ×1。\nDan：你候补的 3 份只补上了 1 份（每人限购 2 份）。"
    ]
    assert "• 绿茶 ¥30 · 已订 4 · 已售罄" in await chat.card(1)
