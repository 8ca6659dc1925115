"""Review 102 #1: 荔枝 stock 2, Bob holds 2, Gus waits for 2. `修改 #5 库存 1` said to free a unit with 踢出;
Amy removed Bob, Gus moved in at once (every unit freed goes to the waiting list), and the same refusal came
back for ever. With people waiting the refusal now says so and gives the way that works: `修改 库存 1 确认`
clears the waiting list (Gus told in the group his wait is dropped and why), then the unit freed stays
free and the stock comes down."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def test_the_refusal_names_the_waiting_list_and_the_steps_that_work() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 荔枝 价格 30 库存 2 截止 3d")
    await chat.say("bob", "+2")
    await chat.say("gus", "候补 2")
    card = await chat.card(1)

    refused = chat.said(await chat.say("amy", "修改 库存 1"))

    assert refused == (
        "库存改成 1 还不行，没有任何改动：已经接龙 2 份，比库存 1 份多了 1 份。"
        "先发 修改 库存 1 确认 清空候补名单（不然你空出的会先补给候补的 Gus ×2，库存永远降不下来；"
        "我会在群里告诉他们）；再空出 1 份：“踢出 @名字”去掉一位买家的整行，或请买家发 -1 退出一份；"
        "再发：修改 库存 1"
    )
    assert await chat.card(1) == card

    cleared = await chat.say("amy", "修改 库存 1 确认")
    assert chat.said(cleared).startswith(
        "候补名单清空了（Gus ×2，已在群里告诉他们不用再等）。库存还没改成 1：已经接龙 2 份"
    ), cleared
    told = [reply for reply in cleared if reply.chat_id == "family" and "gus" in reply.mention]
    assert [reply.text for reply in told] == [
        "Gus：团长 Amy 要把 荔枝（#1）的库存降到 1 份，比已经接龙的还少，空出来的不会再补给候补："
        "你候补的 2 份已取消，不用再等了。"
    ]

    removed = await chat.say("amy", "踢出 @Bob", mentions=["bob"])
    assert not any("候补补上了" in (reply.text or "") for reply in removed), removed
    assert chat.said(await chat.say("amy", "修改 库存 1")) == "已修改 荔枝（#1）：库存 1。"
    assert "剩余库存：1" in await chat.card(1)


async def test_in_english_a_buyers_leave_then_frees_the_unit() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/groupbuy Lychee price 30 stock 2 ends 3d")
    await chat.say("bob", "+1")
    await chat.say("cat", "+1")
    await chat.say("gus", "/wait 1")

    refused = chat.said(await chat.say("amy", "/edit stock 1"))
    assert (
        "First send /edit stock 1 confirm to clear the waiting list (else whatever you free goes first "
        "to those waiting, Gus ×1, and the stock can never come down; I'll tell them in the group); "
        "then free 1 unit:" in refused
    ), refused

    cleared = await chat.say("amy", "/edit stock 1 confirm")
    assert Chat.said(cleared).startswith("The waiting list is cleared (Gus ×1; they are told in the group).")
    assert chat.said(await chat.say("cat", "-1")) == "Cat left Lychee (#1)."
    assert chat.said(await chat.say("amy", "/edit stock 1")) == "Updated Lychee (#1): stock 1.\n🈵 Sold out!"


async def test_with_nobody_waiting_the_refusal_is_as_before() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 荔枝 价格 30 库存 2 截止 3d")
    await chat.say("bob", "+2")

    refused = chat.said(await chat.say("amy", "修改 库存 1 确认"))

    assert refused.endswith(
        "先空出 1 份：“踢出 @名字”去掉一位买家的整行，或请买家发 -1 退出一份；再发：修改 库存 1"
    ), refused
    assert "候补" not in refused
