"""`/waitlist #1 small box 2` beside options 大盒 / 小盒 was not read (`Write it like: /waitlist …`), while
`+2 small box` names 小盒: a wait reads a size and its pack in English as one option, 小盒 ×2."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def _small_sold_out() -> Chat:
    chat = fake_chat()
    await chat.say("bob", "/groupbuy Tea options 大盒:30:2,小盒:20:3 ends 3d")
    await chat.say("eve", "+3 small")  # 小盒, all three of it
    return chat


async def test_a_wait_for_a_small_box_waits_for_two_of_the_small_box() -> None:
    chat = await _small_sold_out()

    said = chat.said(await chat.say("fay", "/waitlist #1 small box 2"))

    assert said.startswith("Fay is on the waiting list of Tea 小盒 (#1) for 2: number 1 in line.")


async def test_the_count_first_reads_the_same() -> None:
    chat = await _small_sold_out()

    said = chat.said(await chat.say("fay", "/waitlist 2 small boxes"))

    assert said.startswith("Fay is on the waiting list of Tea 小盒 (#1) for 2: number 1 in line.")
