"""`what time is pickup?` in a group with one group buy open was silent (Ask answers only `/ask` or a
mention there). A message that only asks when or where the pickup is, `what time is pickup?`, `几点取货？`,
is answered with its pickup line where one group buy is open; with several open, or pickup named in talk,
it stays silent."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def test_what_time_is_pickup_gets_the_pickup_line_en() -> None:
    chat = fake_chat()
    await chat.say("amy", "/lang en")
    await chat.say("amy", "/groupbuy Kaya price 12 pickup Gate B tomorrow 17:00")

    said = Chat.said(await chat.say("ian", "what time is pickup?"))
    talk = await chat.say("ian", "pickup was fun")

    assert said == "Kaya (#1) pickup: Gate B · Tue 24 Nov 17:00"
    assert talk == []


async def test_when_is_pickup_gets_the_pickup_line_zh() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 芒果 价格 88 自提 南门 明天下午5点")

    said = Chat.said(await chat.say("bob", "几点取货？"))
    talk = [await chat.say("bob", text) for text in ("取货的时候帮我拿一下", "三号楼的快递到了")]

    assert said == "芒果（#1）取货：南门 · 11月24日 周二 17:00"
    assert talk == [[], []]


async def test_a_pickup_question_with_several_open_stays_silent() -> None:
    chat = fake_chat()
    await chat.say("amy", "/lang en")
    await chat.say("amy", "/groupbuy Kaya price 12 pickup Gate B tomorrow 17:00")
    await chat.say("amy", "/groupbuy Durian price 30")

    assert await chat.say("ian", "what time is pickup?") == []
