"""Review 74 #11: the which-one question after `退一份` said "2 个团在接龙" with three open (it counted only
hers); `要两份` offered `+2 #3` where her limit left 1 (refused when sent) and never said what she held on
the sold-out one; `+1 #2` from a member already waiting for the sold-out #2 was told how to queue; and
`候补 #2 0`'s example was a join (`+2`). Now every open one is counted, what she holds is said on each
line she holds, the example fits her limit (or says she is at it), one waiting is told his place, and
the wait's example is a wait."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def _three_open(chat: Chat, *, english: bool = False) -> None:
    if english:
        await chat.say("amy", "/lang en")
    await chat.say("amy", "接龙 粽子 规格 大盒:68:3,小盒:38 成团 2 截止 3d")
    await chat.say("amy", "接龙 阳光玫瑰 价格 50 库存 4 截止 2d")
    await chat.say("amy", "接龙 土鸡蛋 价格 50 成团 3 限购 3 截止 3d")


async def test_a_leave_naming_none_counts_all_open_and_says_what_she_holds() -> None:
    chat = fake_chat()
    await _three_open(chat)
    await chat.say("liuge", "+1 #2")
    await chat.say("liuge", "+2 #3")

    said = Chat.said(await chat.say("liuge", "退一份"))
    more = Chat.said(await chat.say("liuge", "-2"))

    assert said == (
        "这个群里有 3 个团在接龙，你跟了其中 2 个：#2 阳光玫瑰（你已跟 1 份） · #3 土鸡蛋（你已跟 2 份）。"
        "没有任何改动，请带上编号，例如 -1 #2。"
    )
    assert more.endswith("例如 -2 #3。")  # the one she holds 2 of


async def test_in_english_a_leave_naming_none_counts_all_open() -> None:
    chat = fake_chat(default_language="en")
    await _three_open(chat, english=True)
    await chat.say("liuge", "+1 #2")
    await chat.say("liuge", "+2 #3")

    said = Chat.said(await chat.say("liuge", "-1"))

    assert said == (
        "3 group buys are open here, and you are on 2 of them: "
        "#2 阳光玫瑰 (you have 1) · #3 土鸡蛋 (you have 2). "
        "Nothing was changed: say which with its number, e.g. -1 #2."
    )


async def test_the_join_question_never_offers_a_count_her_limit_refuses() -> None:
    chat = fake_chat()
    await _three_open(chat)
    await chat.say("liuge", "+1 #2")
    await chat.say("liuge", "+2 #3")

    said = Chat.said(await chat.say("liuge", "+2"))
    await chat.say("liuge", "+1 #3")
    full = Chat.said(await chat.say("liuge", "+2"))

    assert "#2 阳光玫瑰（你已跟 1 份） · #3 土鸡蛋（你已跟 2 份）" in said
    assert "土鸡蛋发 +1 #3" in said and "+2 #3" not in said
    assert "土鸡蛋已到每人限购 3 份" in full and "#3" not in full.split("请带上编号")[1]


async def test_in_english_the_join_question_says_she_is_at_the_limit() -> None:
    chat = fake_chat(default_language="en")
    await _three_open(chat, english=True)
    await chat.say("liuge", "+1 #2")
    await chat.say("liuge", "+3 #3")

    said = Chat.said(await chat.say("liuge", "+1"))

    assert "土鸡蛋 is at its limit of 3 for you" in said


async def test_a_sold_out_one_she_holds_is_counted_and_says_what_she_holds() -> None:
    chat = fake_chat()
    await _three_open(chat)
    await chat.say("liuge", "+1 #2")
    await chat.say("liuge", "+2 #3")
    await chat.say("zhang", "+3 #2")  # #2 sold out

    said = Chat.said(await chat.say("liuge", "+1"))

    assert said.startswith("这个群里有 3 个团在接龙：#1 粽子 · #3 土鸡蛋（你已跟 2 份）。")
    assert "最新开的" not in said  # all of them are named, the sold-out one apart
    assert said.endswith("#2 阳光玫瑰（你已跟 1 份） 已售罄，想候补就发 候补 #2。")


async def test_a_join_from_one_already_waiting_says_his_place() -> None:
    chat = fake_chat()
    await _three_open(chat)
    await chat.say("zhang", "+4 #2")
    await chat.say("xiaowang", "候补 #2 1")

    said = Chat.said(await chat.say("xiaowang", "+1 #2"))
    other = Chat.said(await chat.say("liuge", "+1 #2"))

    assert said == (
        "Xiaowang：抱歉，阳光玫瑰（#2）已经卖完了。你已经在候补名单上：候补 1 份，排第 1 位，"
        "空出来会按顺序补给你，不用再发。没有任何改动。"
    )
    assert "想候补请发“候补 #2 1”" in other  # one not waiting is still told how


async def test_in_english_a_join_from_one_already_waiting_says_his_place() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/lang en")
    await chat.say("amy", "/groupbuy Grapes 50 each stock 2 ends 2d")
    await chat.say("zhang", "+2")
    await chat.say("xiaowang", "/waitlist 2")

    said = Chat.said(await chat.say("xiaowang", "+1"))

    assert "You are already on its waiting list for 2, number 1 in line" in said
    assert "Grapes (#1)" in said


async def test_a_wait_of_zero_gets_a_wait_as_its_example() -> None:
    chat = fake_chat()
    await _three_open(chat)
    await chat.say("zhang", "+4 #2")

    assert (
        Chat.said(await chat.say("xiaowang", "候补 #2 0")) == "0 不是有效的数量（1 到 999）。例如：候补 #2 1"
    )

    english = fake_chat(default_language="en")
    await english.say("amy", "/lang en")
    await english.say("amy", "/groupbuy Grapes 50 each stock 2 ends 2d")
    await english.say("zhang", "+2")
    said = Chat.said(await english.say("xiaowang", "/waitlist #1 0"))
    assert said == "0 is not a quantity I can take (1 to 999). Example: /waitlist #1 1"
