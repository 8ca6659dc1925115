"""Review 86 item 5 (Dumplings with options pork:30:2 and veg): Bob holds pork ×1, Dan took the last pork.
`me too` from Bob was asked "which option" (the README: one holding a line gets the echo, never asked which),
and `put me down for 2` told him to send `+1 pork`, refused as sold out. Now `me too` is the echo of what he
holds with how to wait (`/wait pork 1`), `put me down for 2` says pork is sold out and how to wait for the
one more; an option sold out is never the example. Nothing changes either way."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def _pork_gone() -> Chat:
    chat = fake_chat(FakeUnitOfWorkFactory())
    await chat.say("amy", "/open Dumplings options pork:30:2,veg:25", name="Kate")
    await chat.say("bob", "+1 pork")
    await chat.say("dan", "+1 pork")
    return chat


async def test_me_too_holding_sold_out_pork_is_the_echo_and_how_to_wait() -> None:
    chat = await _pork_gone()

    said = chat.said(await chat.say("bob", "me too"))

    assert said == (
        "You're already in for 1 × pork. pork is sold out: to wait for more, send /wait pork 1."
        " Nothing changed."
    ), said
    assert "Which option" not in said
    assert "+1 pork" not in said
    assert "×1" in await chat.card(1) and "×2" not in await chat.card(1)


async def test_put_me_down_for_two_holding_sold_out_pork_says_how_to_wait() -> None:
    chat = await _pork_gone()

    said = chat.said(await chat.say("bob", "put me down for 2"))

    assert said == (
        "You're in for 1 × pork; pork is sold out, so I can't make it 2:"
        " to wait for 1 more, send /wait pork 1. Nothing changed."
    ), said
    assert "×2" not in await chat.card(1)


async def test_the_wait_said_is_taken() -> None:
    chat = await _pork_gone()
    await chat.say("bob", "me too")

    said = chat.said(await chat.say("bob", "/wait pork 1"))

    assert "waiting list" in said, said


async def test_me_too_in_chinese_holding_sold_out_option_says_how_to_wait_in_chinese() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory())
    await chat.say("amy", "接龙 饺子 规格 猪肉:30:2,素:25", name="Kate")
    await chat.say("bob", "+1 猪肉")
    await chat.say("dan", "+1 猪肉")

    said = chat.said(await chat.say("bob", "我也要"))

    assert said == "你已跟团 猪肉 ×1。猪肉 已经卖完了：想候补更多请发“候补 猪肉 1”。这次没有改动。", said
