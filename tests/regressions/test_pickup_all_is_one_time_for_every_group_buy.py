"""rep55 #6: `自提 全部 北门 周六下午5点` gave the closed #4 and #6 12月12日 and the open #7 (closing Sat
20:00) 12月19日, a week later, with a paragraph explaining it: the command meant to give every buy the
same pickup gave them different dates. Under `all` one time is one instant for every group buy: when it
falls before an open one's close, all are refused (the README's "one refused refuses all"), nothing
changed, naming that group buy and its close, with what to send instead."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, chat_in, closed_with_a_buyer_each


async def two_closed_one_open(lang: str) -> Chat:
    """#1, #2 closed with a buyer each; #3 open, closing Saturday 28 Nov 20:00 (today: Mon 23 Nov)."""
    chat = await closed_with_a_buyer_each(lang, 2)
    if lang == "en":
        await chat.say("amy", "/groupbuy Eggs price 10 target 3 ends saturday 20:00")
    else:
        await chat.say("amy", "接龙 土鸡蛋 价格 10 成团 3 截止 周六 20:00")
    return chat


async def test_a_time_before_an_open_ones_close_refuses_all() -> None:
    chat = await two_closed_one_open("en")
    before = await chat.cards_up_to(3)

    replies = await chat.say("amy", "/pickup all Gate 3 saturday 5pm")

    assert Chat.said(replies) == (
        "With “all” one time is the same for each group buy, and Gate 3 · Sat 28 Nov 17:00 comes before"
        " the close of Eggs (#3) at Sat 28 Nov 20:00, so nothing was changed. Send a time after the close,"
        " e.g. /pickup all Gate 3 · Sun 29 Nov 17:00, or set the others by number,"
        " e.g. /pickup #1 Gate 3 saturday 5pm"
    )
    assert Chat.private(replies) == {}
    assert await chat.cards_up_to(3) == before


async def test_a_time_before_an_open_ones_close_refuses_all_in_chinese() -> None:
    chat = await two_closed_one_open("zh")
    before = await chat.cards_up_to(3)

    said = Chat.said(await chat.say("amy", "自提 全部 北门 周六下午5点"))

    assert said == (
        "用“全部”时，每个团的自提都是同一个时间，而自提时间 北门 · 11月28日 周六 17:00"
        " 早于 土鸡蛋（#3）的截单时间 11月28日 周六 20:00，没有任何改动。"
        "请写截单以后的时间，例如 自提 全部 北门 · 11月29日 周日 17:00；"
        "或者其他团带上编号分别设，例如 自提 #1 北门 周六下午5点"
    )
    assert await chat.cards_up_to(3) == before


async def test_the_later_time_offered_sets_each_the_same_day() -> None:
    chat = await two_closed_one_open("zh")

    said = Chat.said(await chat.say("amy", "自提 全部 北门 · 11月29日 周日 17:00"))

    assert said.count("北门 · 11月29日 周日 17:00") == 3
    assert "12月" not in said


async def test_only_open_ones_before_the_close_are_offered_a_later_time() -> None:
    chat = await chat_in("en")
    await chat.say("amy", "/groupbuy Eggs price 10 target 3 ends saturday 20:00")
    await chat.say("amy", "/groupbuy Milk price 10 target 3 ends friday 20:00")

    said = Chat.said(await chat.say("amy", "/pickup all Gate 3 friday 5pm"))

    assert said == (
        "With “all” one time is the same for each group buy, and Gate 3 · Fri 27 Nov 17:00 comes before"
        " the close of Eggs (#1) at Sat 28 Nov 20:00, Milk (#2) at Fri 27 Nov 20:00, so nothing was"
        " changed. Send a time after the close, e.g. /pickup all Gate 3 · Sun 29 Nov 17:00"
    )
