"""A member on the waiting list only, who said `退出` or `-1` (she meant to stop waiting), was told
"你还没有跟 大米（#1），没有可以退出的", as if she were on nothing, and stayed in the queue. She is now
told she only waits, where, and how to stop (found playing the playground)."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def test_in_chinese_she_is_told_her_place_and_how_to_stop_waiting() -> None:
    chat = fake_chat()
    await chat.say("lao", "接龙 大米 价格 30 库存 2 截止 明天上午8点")
    await chat.say("a1", "+2")
    await chat.say("zhu", "候补 2")

    left = Chat.said(await chat.say("zhu", "退出"))
    minus = Chat.said(await chat.say("zhu", "-1"))
    stopped = Chat.said(await chat.say("zhu", "取消候补"))

    assert (
        left
        == minus
        == (
            "你还没有跟 大米（#1），只在它的候补名单上：候补 2 份，排第 1 位。"
            "不想候补了就发“取消候补”。没有任何改动。"
        )
    )
    assert stopped == "Zhu 已取消候补 大米（#1）。"
    assert Chat.said(await chat.say("zhu", "退出")) == "你还没有跟 大米（#1），没有可以退出的，没有任何改动。"


async def test_in_english_with_two_open_the_way_to_stop_names_its_number() -> None:
    chat = fake_chat()
    await chat.say("ann", "/groupbuy Coffee beans price 30 stock 1 ends tomorrow 8:00")
    await chat.say("ann", "/groupbuy Tea price 3 stock 5 ends tomorrow 8:00")
    await chat.say("bob", "+1 #1")
    await chat.say("ola", "/waitlist #1 1")

    left = Chat.said(await chat.say("ola", "/leave #1"))
    stopped = Chat.said(await chat.say("ola", "/unwait #1"))

    assert left == (
        "You are not on the list of Coffee beans (#1), only on its waiting list, for 1, number 1 in line. "
        "To stop waiting, send /unwait #1. Nothing was changed."
    )
    assert stopped == "Ola left the waiting list of Coffee beans (#1)."


async def test_with_options_the_way_to_stop_names_the_option_she_waits_for() -> None:
    """From the review: waiting for two options, `-1 veg` was told `/unwait` (which stops both); holding
    大盒 and waiting for 小盒, `-1 小盒` was told to leave 大盒."""
    chat = fake_chat()
    await chat.say("ann", "/groupbuy Dumplings options veg:5:1,pork:6:1 ends tomorrow 8:00")
    await chat.say("bob", "+1 veg")
    await chat.say("bob", "+1 pork")
    await chat.say("dan", "/wait veg 1")
    await chat.say("dan", "/wait pork 1")
    assert Chat.said(await chat.say("dan", "-1 veg")) == (
        "You are not on the list of Dumplings veg (#1), only on its waiting list, for 1, number 1 in line. "
        "To stop waiting, send /unwait veg. Nothing was changed."
    )

    zongzi = fake_chat()
    await zongzi.say("lao", "接龙 粽子 规格 小盒:30:1,大盒:50:5 截止 明天上午8点")
    await zongzi.say("a1", "+1 小盒")
    await zongzi.say("a2", "+1 大盒")
    await zongzi.say("a2", "候补 小盒 1")
    assert Chat.said(await zongzi.say("a2", "-1 小盒")) == (
        "你还没有跟 粽子 小盒（#1），只在它的候补名单上：候补 1 份，排第 1 位。"
        "不想候补了就发“取消候补 小盒”。没有任何改动。"
    )


async def test_a_bare_leave_with_two_open_from_one_waiting_for_one_says_so() -> None:
    """From the review: with two open, a bare `退出` from one waiting for #1 was told she is on neither."""
    chat = fake_chat()
    await chat.say("lao", "接龙 大米 价格 30 库存 2 截止 明天上午8点")
    await chat.say("lao", "接龙 鸡蛋 价格 20 库存 9 截止 明天上午8点")
    await chat.say("a1", "+2 #1")
    await chat.say("zhu", "候补 #1 2")

    assert Chat.said(await chat.say("zhu", "退出")) == (
        "你还没有跟 大米（#1），只在它的候补名单上：候补 2 份，排第 1 位。"
        "不想候补了就发“取消候补 #1”。没有任何改动。"
    )
    assert Chat.said(await chat.say("wu", "退出")) == (
        "你还没跟团：这个群里在接龙的 2 个团你都没有跟，没有可以退出的，没有任何改动。"
    )
