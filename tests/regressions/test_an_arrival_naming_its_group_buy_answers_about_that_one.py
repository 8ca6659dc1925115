"""Review 74 #4: with #1 and #3 closed, `到货了 #1` and `到货了 #3` got the same "which one?" as a bare
`到货了`, its examples `自提 #1 小区南门 明天下午5点` / `自提 #3 …` whatever #1's pickup already was: the
organiser went round in a loop. A number after it names the group buy: the answer is about that one."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def two_closed(lang: str = "zh") -> Chat:
    chat = fake_chat()
    if lang == "en":
        await chat.say("amy", "/lang en")
        await chat.say("amy", "/groupbuy Dumplings price 68 target 1")
        await chat.say("amy", "/groupbuy Grapes price 45 target 1")
        await chat.say("amy", "/groupbuy Eggs price 40 target 1")
    else:
        await chat.say("amy", "接龙 粽子 价格 68 成团 1")
        await chat.say("amy", "接龙 阳光玫瑰 价格 45 成团 1")
        await chat.say("amy", "接龙 土鸡蛋 价格 40 成团 1")
    await chat.say("bob", "+1 #1")
    await chat.say("bob", "+1 #3")
    await chat.say("amy", "截单 #1" if lang == "zh" else "/close #1")
    await chat.say("amy", "截单 #3" if lang == "zh" else "/close #3")
    await chat.say(
        "amy", "自提 #1 北门 明天下午5点" if lang == "zh" else "/pickup #1 North Gate tomorrow 5pm"
    )
    return chat


async def test_an_arrival_naming_one_with_its_pickup_set_says_it() -> None:
    chat = await two_closed()

    said = Chat.said(await chat.say("amy", "到货了 #1"))

    assert said.startswith("粽子（#1）的自提是 北门 · 11月24日 周二 17:00，没有任何改动。"), said
    assert "#3" not in said


async def test_an_arrival_naming_one_without_a_pickup_gives_its_form() -> None:
    chat = await two_closed()

    said = Chat.said(await chat.say("amy", "到货了 #3"))

    assert said == (
        "土鸡蛋（#3）还没有设自提，没有任何改动。要告诉每位买家去哪儿、什么时候取，"
        "请发 自提 #3 加上地点和时间，例如 自提 #3 小区南门 明天下午5点"
    )


async def test_a_bare_arrival_still_asks_which() -> None:
    chat = await two_closed()

    said = Chat.said(await chat.say("amy", "到货了"))

    assert said.startswith("你在本群有 2 个团截单了：#1 粽子 · #3 土鸡蛋，没有任何改动。"), said


async def test_in_english_goods_arrived_naming_one_answers_about_it() -> None:
    chat = await two_closed("en")

    said = Chat.said(await chat.say("amy", "goods arrived #3"))

    assert said == (
        "Eggs (#3) has no pickup yet; nothing was changed. To tell each buyer where and when to collect, "
        "send /pickup #3 with the place and time, e.g. /pickup #3 Gate 3 tomorrow 5pm"
    )
    assert Chat.said(await chat.say("amy", "#1 arrived")).startswith(
        "The pickup for Dumplings (#1) is North Gate"
    )
