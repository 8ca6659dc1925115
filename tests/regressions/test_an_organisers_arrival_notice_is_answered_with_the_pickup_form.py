"""rep70 #7: the organiser's `到货了 鸡蛋明天下午5点3号楼大堂自提` (#2 closed) got no reply: the pickup was
not set and buyers were not told. Now it is answered with the exact `自提 #2 …` that sets it and tells the
buyers, nothing set by guess; a bare `到货了` with the pickup it has or how to set one."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def eggs_closed() -> Chat:
    chat = fake_chat()
    await chat.say("amy", "接龙 海南贵妃芒 5斤 价格 88 成团 1")
    await chat.say("amy", "接龙 土鸡蛋 价格 30 成团 1")
    await chat.say("bob", "+1 #2")
    await chat.say("amy", "截单 #2")
    return chat


async def test_a_notice_naming_place_and_time_gets_the_exact_pickup_form() -> None:
    chat = await eggs_closed()

    said = Chat.said(await chat.say("amy", "到货了 鸡蛋明天下午5点3号楼大堂自提"))

    assert said == (
        "土鸡蛋（#2）到货了：自提还没有改动。要设好自提并私信告诉每位买家，"
        "请发：自提 #2 3号楼大堂 明天下午5点"
    )
    assert "3号楼大堂" not in await chat.card(2)  # nothing set by guess
    replies = await chat.say("amy", said.rsplit("：", 1)[1])  # the form sent as it is: set, buyers told
    assert Chat.said(replies).startswith("好的，土鸡蛋（#2）的自提：3号楼大堂 · 11月24日 周二 17:00")
    assert any(reply.private_to == "bob" and "3号楼大堂" in reply.text for reply in replies)


async def test_a_bare_arrival_says_how_to_set_the_pickup() -> None:
    chat = await eggs_closed()

    said = Chat.said(await chat.say("amy", "到货了"))

    assert said == (
        "土鸡蛋（#2）还没有设自提，没有任何改动。要告诉每位买家去哪儿、什么时候取，"
        "请发 自提 #2 加上地点和时间，例如 自提 #2 小区南门 明天下午5点"
    )


async def test_a_bare_arrival_with_a_pickup_set_says_it() -> None:
    chat = await eggs_closed()
    await chat.say("amy", "自提 #2 北门 明天下午5点")

    said = Chat.said(await chat.say("amy", "鸡蛋到货了"))

    assert said.startswith("土鸡蛋（#2）的自提是 北门 · 11月24日 周二 17:00，没有任何改动。"), said


async def test_a_member_saying_it_or_asking_is_talk() -> None:
    chat = await eggs_closed()

    assert await chat.say("bob", "到货了") == []
    assert await chat.say("amy", "到货了吗") == []
