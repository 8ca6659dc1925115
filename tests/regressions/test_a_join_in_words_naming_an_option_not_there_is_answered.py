"""Review 71 #6: Cat, holding large ×3 on Cookies (small, large), said `I want 3 medium` and got no reply,
while `change to medium` was answered. A join said in words naming an option the one group buy open here
with options does not have is answered: there is no such option, its options, and the exact join for that
many of one there is, nothing changed; from one holding nothing there, as the typed `+3 medium` is."""

from __future__ import annotations

import pytest

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def _cookies() -> Chat:
    chat = fake_chat(FakeUnitOfWorkFactory(), default_language="en")
    await chat.say("amy", "/groupbuy Cookies options small:20,large:30", name="Amei")
    await chat.say("cat", "+3 large")
    return chat


@pytest.mark.parametrize(
    ("typed", "n"), [("I want 3 medium", 3), ("i want 3 medium please", 3), ("put me down for 2 medium", 2)]
)
async def test_one_holding_a_line_is_told_the_options_and_the_join_that_works(typed: str, n: int) -> None:
    chat = await _cookies()
    before = await chat.card(1)

    said = Chat.said(await chat.say("cat", typed))

    assert said == (
        f"Cookies (#1) has no option “medium”; its options: small ¥20 / large ¥30. For {n} × small, "
        f"send +{n} small. Nothing was changed."
    )
    assert await chat.card(1) == before


async def test_one_holding_nothing_is_answered_as_the_typed_join() -> None:
    chat = await _cookies()
    before = await chat.card(1)

    said = Chat.said(await chat.say("bob", "I want 3 medium"))

    assert said == Chat.said(await chat.say("bob", "+3 medium"))
    assert said.startswith("Cookies (#1) has no option “medium”; its options: small ¥20 / large ¥30."), said
    assert await chat.card(1) == before


async def test_in_chinese() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory())
    await chat.say("amy", "接龙 水蜜桃 规格 小盒:58,大盒:98", name="Amy")
    await chat.say("wang", "+3 大盒", name="王阿姨")

    said = Chat.said(await chat.say("wang", "我要3份中盒", name="王阿姨"))

    assert said == (
        "水蜜桃（#1）没有“中盒”这个规格，可选：小盒 ¥58 / 大盒 ¥98。要 3 份 小盒 就发 +3 小盒。没有任何改动。"
    )


@pytest.mark.parametrize("typed", ["I want 2 days", "I'll take 2 more", "put me down for dinner"])
async def test_a_time_or_more_stays_as_it_was(typed: str) -> None:
    chat = await _cookies()
    before = await chat.card(1)

    replies = await chat.say("cat", typed)

    assert not any("has no option" in (reply.text or "") for reply in replies)
    assert await chat.card(1) == before
