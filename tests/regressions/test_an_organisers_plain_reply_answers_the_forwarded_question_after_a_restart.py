"""Without Redis, which forwarded question waited for the organiser's plain private answer was kept only
in the bot's memory: after a restart Amy's `很甜的，放心买` to the one question waiting (Jo's, still
unanswered in the database) was "我没看懂。发“帮助”…", and Jo never heard back. What waits is now read
from the questions themselves (forwarded to her in the last 7 days, not answered): after a restart her
plain reply reaches Jo and she is told so, as before it; with two waiting she is asked which, as before;
a question forwarded more than 7 days ago waits for `答 1 …` only, as before."""

from __future__ import annotations

import pytest

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat

OPEN = {"zh": "接龙 芒果 价格 78 截止 2小时", "en": "/groupbuy Mangoes price 30"}
ASKED = {"zh": ("芒果甜不甜？", "芒果是有机的吗？"), "en": ("are they sweet?", "are they organic?")}
REPLY = {"zh": "很甜的，放心买", "en": "very sweet"}
TAKEN = {
    "zh": "已把回答转给 Jo（问：芒果甜不甜？）。",
    "en": "Your answer was passed on to Jo (who asked: are they sweet?).",
}
ANSWERED = {
    "zh": "💬 团长 Amy 回答了你的问题「芒果甜不甜？」：很甜的，放心买",
    "en": "💬 Amy answered your question “are they sweet?”: very sweet",
}
WHICH = {
    "zh": "你有 2 个转来的问题还没回答：1. Jo：芒果甜不甜？、2. Kim：芒果是有机的吗？。"
    "回答哪一个就发：答 2 你的回答",
    "en": "You have 2 forwarded questions not answered yet: 1. Jo: are they sweet?, "
    "2. Kim: are they organic?. To answer one, send: /answer 2 your answer",
}


async def _forwarded(lang: str, askers: tuple[str, ...] = ("jo",)) -> FakeUnitOfWorkFactory:
    """Amy's group buy, a question of each asker's forwarded to her, in a chat whose store outlives its
    app."""
    factory = FakeUnitOfWorkFactory()
    room = fake_chat(factory, bot_username="tuan_bot")
    if lang == "en":
        await room.say("amy", "/lang en")
    await room.say("amy", OPEN[lang])
    for asker, question in zip(askers, ASKED[lang], strict=False):
        offered = await room.say(asker, f"@tuan_bot {question}")
        [[button]] = offered[0].buttons
        await room.tap(asker, button.data)
    return factory


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_her_plain_reply_answers_the_one_waiting_after_a_restart(lang: str) -> None:
    restarted = fake_chat(await _forwarded(lang), bot_username="tuan_bot")  # the memory lost

    answered = await restarted.say("amy", REPLY[lang], private=True)

    assert Chat.said(answered) == TAKEN[lang]
    assert Chat.private(answered) == {"jo": ANSWERED[lang]}
    again = await restarted.say("amy", REPLY[lang], private=True)  # nothing waits now
    assert Chat.said(again).startswith("我没看懂" if lang == "zh" else "I didn't understand")


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_with_two_waiting_she_is_asked_which_after_a_restart(lang: str) -> None:
    restarted = fake_chat(await _forwarded(lang, ("jo", "kim")), bot_username="tuan_bot")

    said = await restarted.say("amy", REPLY[lang], private=True)

    assert Chat.said(said) == WHICH[lang]
    assert Chat.private(said) == {}


async def test_a_question_forwarded_over_a_week_ago_waits_for_its_number() -> None:
    restarted = fake_chat(await _forwarded("zh"), bot_username="tuan_bot")
    restarted.app.clock.advance(days=8)  # type: ignore[attr-defined]

    assert Chat.said(await restarted.say("amy", REPLY["zh"], private=True)).startswith("我没看懂")
    assert Chat.said(await restarted.say("amy", "答 1 很甜的", private=True)) == "已把你的回答私信给 Jo。"
