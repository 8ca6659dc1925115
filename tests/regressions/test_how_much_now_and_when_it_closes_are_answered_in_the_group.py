"""Review 64 item 11: in an English group with Bubble Tea open, `how much is it now?` and `when does it
close?` got silence while `how much?` was answered. Now `how much is it now?` is answered as `how much?`
(the price in the group to one not on it; hers privately to one on it), and `when does it close?`,
`when's the deadline?`, `几点截单？` say when the one open closes; `when does the shop close?` stays talk."""

from __future__ import annotations

import pytest

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def _tea() -> Chat:
    chat = fake_chat(FakeUnitOfWorkFactory())
    await chat.say("amy", "/open Bubble Tea options small:4,large:6", name="Kate")
    return chat


async def test_how_much_is_it_now_is_the_price() -> None:
    chat = await _tea()

    said = chat.said(await chat.say("cat", "how much is it now?"))

    assert said == "Bubble Tea (#1): Small ¥4 each, large ¥6 each."


@pytest.mark.parametrize("typed", ["when does it close?", "when's the deadline?"])
async def test_when_does_it_close_says_when(typed: str) -> None:
    chat = await _tea()

    said = chat.said(await chat.say("cat", typed))

    assert said == "Bubble Tea (#1) closes Tue 24 Nov 12:00; you can still join."


async def test_jidian_jiedan_says_when_in_chinese() -> None:
    chat = await _tea()

    said = chat.said(await chat.say("cat", "几点截单？"))

    assert said == "Bubble Tea（#1）11月24日 周二 12:00 截单，现在还能跟团。"


async def test_a_shops_hours_stay_talk() -> None:
    chat = await _tea()

    replies = await chat.say("cat", "when does the shop close?")

    assert not [reply.text for reply in replies if reply.text and not reply.is_card], replies
