"""rep40 #11: in qun3 "鸡蛋 30枚（#8）刚截单；这次跟的是 东北大米 10斤（#12）" was said on each of 5
joins in a row, and still after #10 was called off. The hint is said to each member once per close
(another member still reads it), and after a call-off no join reads it (a called-off group buy is
never named as "just closed", nor one closed before it). Since rep46 #7 the one time is a question, nothing
joined; a join with a friend's line still reads the hint beside it."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat

HINT_ZH = "鸡蛋（#1）刚截单，没有任何改动。现在在接龙的是 大米（#2），要跟就发 +1 #2。"
HINT_EN = "Eggs (#1) has just closed, so nothing was joined. Open here: Rice (#2); to join it, send +1 #2."


async def _eggs_just_closed(*, english: bool = False) -> Chat:
    chat = fake_chat()
    if english:
        await chat.say("amy", "/groupbuy Eggs price 40 ends 3d")
        await chat.say("amy", "/groupbuy Rice price 50 ends 3d")
        await chat.say("bob", "+1 #1")
        await chat.say("amy", "/close #1")
    else:
        await chat.say("amy", "接龙 鸡蛋 价格 40 截止 3d")
        await chat.say("amy", "接龙 大米 价格 50 截止 3d")
        await chat.say("bob", "+1 #1")
        await chat.say("amy", "截单 #1")
    return chat


async def test_in_chinese_each_member_reads_the_hint_once() -> None:
    chat = await _eggs_just_closed()

    first = Chat.said(await chat.say("dan", "+1"))
    again = [Chat.said(await chat.say("dan", "+1")) for _ in range(4)]
    other = Chat.said(await chat.say("eve", "+1"))

    assert first == HINT_ZH
    assert all(HINT_ZH not in said and "刚截单" not in said for said in again), again
    assert other == HINT_ZH


async def test_in_chinese_no_join_reads_it_after_a_call_off() -> None:
    chat = await _eggs_just_closed()
    await chat.say("amy", "接龙 苹果 价格 30 截止 3d")
    await chat.say("amy", "取消 #3")

    said = Chat.said(await chat.say("dan", "+1"))

    assert said == "Dan 跟团：1 × 大米（#2）。当前 ¥50/份。"


async def test_in_english_each_member_reads_the_hint_once() -> None:
    chat = await _eggs_just_closed(english=True)

    first = Chat.said(await chat.say("dan", "+1"))
    second = Chat.said(await chat.say("dan", "+1"))

    assert first == HINT_EN, first
    assert "just closed" not in second
