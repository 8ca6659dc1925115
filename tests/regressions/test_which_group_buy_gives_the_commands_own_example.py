"""An organiser with two group buys open in the chat who typed `帮卖 开 10%` (or `名单`) was asked which
one with the join example (`例如 +1 #4、-1 #4、进度 #4`), which does not say how to name one in her own
command. The answer now shows her command with a number (`帮卖 #5 开 10%`, `名单 #5`): one of her own
group buys when the command is an organiser's."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def three_open() -> Chat:
    chat = fake_chat()
    await chat.say("bob", "接龙 苹果 价格 5")
    await chat.say("amy", "接龙 荔枝 价格 10")
    await chat.say("amy", "接龙 芒果 价格 30")
    return chat


async def test_helpsell_on_asks_which_with_its_own_example() -> None:
    chat = await three_open()
    asked = chat.said(await chat.say("amy", "帮卖 开 10%"))
    assert asked == ("你在这个群里有 2 个团在接龙：#2 荔枝 · #3 芒果。请带上编号，例如 帮卖 #2 开 10%。")
    english = chat.said(await chat.say("amy", "/helpsell on 10%", language="en"))
    assert english == (
        "You have 2 group buys open here: #2 荔枝 · #3 芒果. Say which with its number,"
        " e.g. /helpsell #2 on 10%."
    )


async def test_the_list_asks_which_with_its_own_example() -> None:
    chat = await three_open()
    asked = chat.said(await chat.say("amy", "名单"))
    assert asked == "这个群里有 3 个团在接龙：#1 苹果 · #2 荔枝 · #3 芒果。请带上编号，例如 名单 #1。"
    assert chat.said(await chat.say("amy", "/list", language="en")).endswith("e.g. /list #1.")


async def test_a_bare_join_keeps_the_join_example() -> None:
    chat = await three_open()
    asked = chat.said(await chat.say("cat", "+1"))
    assert asked.endswith(
        "请带上编号：苹果发 +1 #1，荔枝发 +1 #2，芒果发 +1 #3（也可以直接回复编号或名称）。"
    )


async def test_close_cancel_and_helpsell_off_ask_with_her_own_group_buy() -> None:
    chat = await three_open()
    assert chat.said(await chat.say("amy", "截单")).endswith("例如 截单 #2。")
    assert chat.said(await chat.say("amy", "取消")).endswith("例如 取消 #2。")
    assert chat.said(await chat.say("amy", "帮卖 关")).endswith("例如 帮卖 #2 关。")
    assert chat.said(await chat.say("amy", "/close", language="en")).endswith("e.g. /close #2.")


async def test_each_example_names_the_group_buy_it_says() -> None:
    chat = await three_open()
    assert "荔枝" in chat.said(await chat.say("amy", "帮卖 #2 开 10%"))
    assert "荔枝" in chat.said(await chat.say("amy", "帮卖 #2 关"))
    assert chat.said(await chat.say("amy", "名单 #2")) == "📋 荔枝（#2）还没有人跟团。"
    assert chat.said(await chat.say("amy", "取消 #2")).startswith("🚫 荔枝（#2）已取消")
    await chat.say("cat", "+1 #3")
    assert "芒果（#3）" in chat.said(await chat.say("amy", "截单 #3"))


async def test_pickup_export_and_commission_ask_which_with_their_own_examples() -> None:
    chat = await three_open()
    pickup = chat.said(await chat.say("amy", "自提 小区南门 明天下午5点"))
    export = chat.said(await chat.say("amy", "/export", language="en"))
    commission = chat.said(await chat.say("amy", "佣金 10%"))
    assert pickup.endswith(
        "请带上编号，例如 自提 #2 小区南门 明天下午5点。\n"
        "本群你的每个团都用这个自提：自提 全部 小区南门 明天下午5点"
    ), pickup
    assert export.endswith("e.g. /export #2."), export
    assert commission.endswith("请带上编号，例如 佣金 #2 10%。\n本群你的每个团都按这个比例：佣金 全部 10%"), (
        commission
    )
