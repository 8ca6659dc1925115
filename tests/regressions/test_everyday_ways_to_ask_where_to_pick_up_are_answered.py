"""rep65 finding 5: in a group, `在哪拿货啊` got silence while `在哪取货？` a minute later got the
pickup line. The everyday phrasings of the pickup question (拿货, 哪里取, 在哪拿, 自提点在哪; `where do we
pick up`, `where to collect`) are the pickup question, answered with the pickup line where one group
buy is open; 拿 in talk (`拿了吗`, `我拿货了`, `帮我拿一下好吗`) and `collect` in talk stay silent."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat


@pytest.mark.parametrize(
    "asked",
    ["在哪拿货啊", "在哪拿货？", "去哪拿货", "几点拿货", "哪里取？", "在哪拿？", "在哪里拿", "自提点在哪"],
)
async def test_a_chinese_pickup_question_in_everyday_words_gets_the_pickup_line(asked: str) -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 芒果 价格 88 自提 3号楼门口 明天下午5点")

    said = Chat.said(await chat.say("bob", asked))

    assert said == "芒果（#1）取货：3号楼门口 · 11月24日 周二 17:00", asked


@pytest.mark.parametrize(
    "asked", ["where do we pick up?", "where to collect?", "where do I collect", "where is the pickup point?"]
)
async def test_an_english_pickup_question_in_everyday_words_gets_the_pickup_line(asked: str) -> None:
    chat = fake_chat()
    await chat.say("amy", "/lang en")
    await chat.say("amy", "/groupbuy Kaya price 12 pickup Gate B tomorrow 17:00")

    said = Chat.said(await chat.say("ian", asked))

    assert said == "Kaya (#1) pickup: Gate B · Tue 24 Nov 17:00", asked


async def test_taking_and_collecting_in_talk_stay_silent() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 芒果 价格 88 自提 3号楼门口 明天下午5点")

    said = ("拿了吗", "我拿货了", "帮我拿一下好吗", "I will collect tomorrow")
    talk = [await chat.say("bob", text) for text in said]

    assert talk == [[], [], [], []]
