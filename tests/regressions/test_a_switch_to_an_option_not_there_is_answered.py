"""Session 33 (s33-enjoin 3): Leo, holding veg ×1 on Dumplings (veg, pork), asked `change to medium`,
`switch to medium` and got no answer. From a member holding a line on the one group buy open here with
options, a switch to an option it has not is told so, with its options and the switch that works,
nothing changed (`换成中杯` likewise); the same words from one holding nothing stay unanswered, and so
does a switch to what is no option (`switch to paynow`, `换成明天`)."""

from __future__ import annotations

import pytest

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def _dumplings() -> Chat:
    chat = fake_chat(FakeUnitOfWorkFactory(), default_language="en")
    await chat.say("amy", "/open Dumplings options veg:5,pork:6", name="Kate")
    await chat.say("leo", "+1 veg", name="Leo")
    return chat


@pytest.mark.parametrize("typed", ["change to medium", "switch to medium", "can I change to medium?"])
async def test_an_option_not_there_is_told_with_the_switch_that_works(typed: str) -> None:
    chat = await _dumplings()
    before = await chat.card(1)

    said = Chat.said(await chat.say("leo", typed, name="Leo"))

    assert said == (
        "Dumplings (#1) has no option “medium”; its options: veg ¥5 / pork ¥6. To move your veg ×1 to "
        "pork, send one at a time: first -1 veg, then +1 pork. Nothing was changed."
    )
    assert await chat.card(1) == before


async def test_two_words_ending_as_its_options_do() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), default_language="en")
    await chat.say("amy", "/open Tea options small cup:5,large cup:6", name="Kate")
    await chat.say("leo", "+2 large cup", name="Leo")

    said = Chat.said(await chat.say("leo", "change to the medium cup please", name="Leo"))

    assert said == (
        "Tea (#1) has no option “medium cup”; its options: small cup ¥5 / large cup ¥6. To move your "
        "large cup ×2 to small cup, send one at a time: first -2 large cup, then +2 small cup. "
        "Nothing was changed."
    )


async def test_in_chinese() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory())
    await chat.say("amy", "接龙 奶茶 规格 小杯:5,大杯:6", name="Amy")
    await chat.say("leo", "+1 大杯", name="小李")

    said = Chat.said(await chat.say("leo", "换成中杯", name="小李"))

    assert said == (
        "奶茶（#1）没有“中杯”这个规格，可选：小杯 ¥5 / 大杯 ¥6。"
        "要把你的 大杯 ×1 换成 小杯，请分两条发：先发“-1 大杯”，再发“+1 小杯”。没有任何改动。"
    )


@pytest.mark.parametrize(("who", "typed"), [("bob", "change to medium"), ("leo", "switch to paynow")])
async def test_chatter_stays_unanswered(who: str, typed: str) -> None:
    chat = await _dumplings()

    assert [reply for reply in await chat.say(who, typed, name=who.title()) if reply.text] == []
