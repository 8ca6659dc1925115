"""rep28 finding 10: Amy got "❓ Jo 在「fam2」问（团购 #1）：芒果甜不甜？回答请发：答 2 你的回答",
and her next private message `很甜的，放心买` was "我没看懂。发“帮助”…": only `答 2 …` worked.
With exactly one forwarded question waiting, her plain private message (no command) is now its
answer, passed on and said so; with several she is asked which, each listed; with none it is "not
understood" as before."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def _forwarded(room: Chat, asker: str, question: str) -> None:
    offered = await room.say(asker, f"@tuan_bot {question}")
    [[button]] = offered[0].buttons
    await room.tap(asker, button.data)


async def test_an_organisers_plain_reply_answers_the_one_forwarded_question() -> None:
    room = fake_chat(FakeUnitOfWorkFactory(), bot_username="tuan_bot")
    await room.say("amy", "接龙 芒果 价格 78 截止 2小时")
    await _forwarded(room, "jo", "芒果甜不甜？")

    answered = await room.say("amy", "很甜的，放心买", private=True)

    assert room.said(answered) == "已把回答转给 Jo（问：芒果甜不甜？）。"
    assert room.private(answered) == {"jo": "💬 团长 Amy 回答了你的问题「芒果甜不甜？」：很甜的，放心买"}
    assert room.said(await room.say("amy", "好的", private=True)).startswith("我没看懂")  # nothing waits now


async def test_several_forwarded_questions_are_asked_which() -> None:
    room = fake_chat(FakeUnitOfWorkFactory(), bot_username="tuan_bot")
    await room.say("amy", "/lang en")
    await room.say("amy", "/groupbuy Mangoes price 30")
    await _forwarded(room, "jo", "are they sweet?")
    await _forwarded(room, "kim", "are they organic?")

    said = await room.say("amy", "very sweet", private=True)

    assert room.said(said) == (
        "You have 2 forwarded questions not answered yet: 1. Jo: are they sweet?, 2. Kim: are they organic?. "
        "To answer one, send: /answer 2 your answer"
    )
    assert room.private(said) == {}
    assert room.said(await room.say("amy", "/answer 2 yes, organic", private=True)) == (
        "Your answer was sent to Kim privately."
    )
    assert room.said(await room.say("amy", "very sweet", private=True)) == (
        "Your answer was passed on to Jo (who asked: are they sweet?)."
    )
