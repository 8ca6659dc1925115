"""Session 28's reviews: `我也要` from a member already on #2, with two open, was asked which group buy;
her answer `#2` then added a second unit, though `我也要` on #2 alone is an echo (nothing added). The answer
now completes the question as first typed: an echo there is the echo's answer, nothing added, once (the
question answered); a typed `+1` answered so still adds, and a newcomer's `我也要` answered joins one."""

from __future__ import annotations

import pytest

from handlers.buttons import WhichButton
from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def _two_open(english: bool = False) -> tuple[Chat, FakeUnitOfWorkFactory]:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)
    for title, price in (("芒果", 45), ("鸡蛋", 20)):
        await chat.say("amy", f"/groupbuy {title} price {price}" if english else f"接龙 {title} 价格 {price}")
    return chat, factory


def _lines(factory: FakeUnitOfWorkFactory) -> list[tuple[int, str, int]]:
    return sorted(
        (gb, line.user_id, line.quantity)
        for gb, held in factory.state.lines.items()
        for line in held.values()
    )


@pytest.mark.parametrize(
    ("echo", "answer", "said"),
    [
        ("我也要", "#2", "你已跟团 1 份；要再加一份请发 +1 #2。这次没有改动。"),
        ("我也要", "鸡蛋", "你已跟团 1 份；要再加一份请发 +1 #2。这次没有改动。"),
        ("我也要", "2", "你已跟团 1 份；要再加一份请发 +1 #2。这次没有改动。"),
        ("me too", "#2", "You're already in for 1 unit; to add one more, send +1 #2. Nothing changed."),
    ],
)
async def test_an_echo_answered_with_the_one_she_holds_adds_nothing(
    echo: str, answer: str, said: str
) -> None:
    chat, factory = await _two_open(english=echo.isascii())
    await chat.say("bob", "+1 #2")
    await chat.say("bob", echo)
    assert chat.said(await chat.say("bob", answer)) == said
    assert _lines(factory) == [(2, "bob", 1)]
    assert [reply for reply in await chat.say("bob", answer) if reply.text] == []  # answered once


async def test_a_typed_plus_one_answered_still_adds() -> None:
    chat, factory = await _two_open()
    await chat.say("bob", "+1 #2")
    await chat.say("bob", "+1")
    assert (
        chat.said(await chat.say("bob", "#2")) == "Bob 跟团：又加 1 份，现在共 2 × 鸡蛋（#2）。当前 ¥20/份。"
    )
    assert _lines(factory) == [(2, "bob", 2)]


async def test_a_newcomers_echo_answered_joins_one() -> None:
    chat, factory = await _two_open()
    await chat.say("bob", "我也要")
    assert chat.said(await chat.say("bob", "#2")) == "Bob 跟团：1 × 鸡蛋（#2）。当前 ¥20/份。"
    assert _lines(factory) == [(2, "bob", 1)]


async def test_an_echo_answered_by_the_questions_button_adds_nothing() -> None:
    chat, factory = await _two_open()
    await chat.say("bob", "+1 #2")
    await chat.say("bob", "我也要")
    replies = await chat.tap("bob", WhichButton(2).pack())
    assert chat.toast(replies) == "你已跟团 1 份；要再加一份请发 +1 #2。这次没有改动。"  # the tapper's own
    assert _lines(factory) == [(2, "bob", 1)]
