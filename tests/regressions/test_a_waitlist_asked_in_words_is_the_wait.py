"""Review 64 item 4: with Bubble Tea large sold out, Mia's `waitlist 1 large` and `can i go on the waitlist
for 1 more large?` got silence; only `/wait large 1` worked. Now a waiting list asked for in words, the
whole message, is `/wait` with what follows (`put me on the waitlist` asks which option as `/wait` does),
and `排队 大杯 1` is `候补 大杯 1`; `排队 +1`, `排队好久` and `the waiting list is long` stay talk."""

from __future__ import annotations

import pytest

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat

IN_LINE = "Dan is on the waiting list of Bubble Tea large (#1) for 1: number 1 in line."


async def _large_sold_out() -> Chat:
    chat = fake_chat(FakeUnitOfWorkFactory())
    await chat.say("amy", "/open Bubble Tea options small:4,large:6 stock 3", name="Kate")
    await chat.say("bob", "+3 large")
    return chat


@pytest.mark.parametrize(
    "typed",
    ["waitlist 1 large", "can i go on the waitlist for 1 more large?", "put me on the waitlist for 1 large"],
)
async def test_a_waitlist_said_in_words_puts_her_in_line(typed: str) -> None:
    chat = await _large_sold_out()

    said = chat.said(await chat.say("dan", typed))

    assert said.startswith(IN_LINE), said


async def test_put_me_on_the_waitlist_asks_which_option() -> None:
    chat = await _large_sold_out()

    said = chat.said(await chat.say("dan", "put me on the waitlist"))

    assert said.startswith("Which option of Bubble Tea (#1) do you want to wait for?"), said


async def test_paidui_with_a_count_is_houbu() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory())
    await chat.say("amy", "接龙 奶茶 规格 小杯:4,大杯:6 库存 3")
    await chat.say("bob", "+3 大杯")

    said = chat.said(await chat.say("dan", "排队 大杯 1"))

    assert said.startswith("Dan 已候补 奶茶 大杯（#1）1 份，排第 1 位。"), said


@pytest.mark.parametrize("typed", ["排队 +1", "排队好久", "the waiting list is long"])
async def test_talk_about_queues_stays_talk(typed: str) -> None:
    chat = await _large_sold_out()

    replies = await chat.say("dan", typed)

    assert not [reply.text for reply in replies if reply.text and not reply.is_card], replies
