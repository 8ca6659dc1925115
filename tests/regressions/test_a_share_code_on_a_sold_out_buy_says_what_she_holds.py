"""rep79 #4: Bo, on 芒果 #1's list already, sent `+1 团1-…` (Mei's code) once it had sold out and read only
`Bo：抱歉，芒果 已经卖完了。想候补请发“候补 #1 1”…`: nothing said he already held a line, so he could not
tell whether the code had added anything. The answer now says what he holds first, then how to wait, in
the group and in his private chat; one holding nothing is told the wait alone, as before."""

from __future__ import annotations

import re

from tests.unit.handlers.conftest import Chat, fake_chat

WAIT_ZH = "抱歉，芒果 已经卖完了。想候补请发“候补 #1 1”：空出的数量按排队顺序，补给数量放得下的人。"


def _code(text: str) -> str:
    found = re.search(r"团?\d+-\w{4}", text)
    assert found is not None, text
    return found.group(0)


async def _sold_out_with_bo_on_it(lang: str = "zh") -> tuple[Chat, str]:
    room = fake_chat()
    if lang == "en":
        await room.say("ann", "/lang en")
        await room.say("ann", "/groupbuy Mangoes price 20 stock 2")
        await room.say("ann", "/commission 10%")
    else:
        await room.say("ann", "接龙 芒果 价格 20 库存 2")
        await room.say("ann", "佣金 10%")
    await room.say("bo", "+1")
    mei = _code(room.shared(await room.say("mei", "/share" if lang == "en" else "分享")))
    await room.say("mei", "+1")  # the last one: sold out
    room.app.clock.advance(minutes=5)  # type: ignore[attr-defined]
    return room, mei


async def test_in_the_group_he_is_told_what_he_holds_then_how_to_wait() -> None:
    room, mei = await _sold_out_with_bo_on_it()
    before = await room.card()

    said = room.said(await room.say("bo", f"+1 {mei}", name="Bo"))

    assert said == f"Bo：你已经跟了 1 × 芒果（#1）。{WAIT_ZH}", said
    assert await room.card() == before  # nothing changed


async def test_in_his_private_chat_too() -> None:
    room, mei = await _sold_out_with_bo_on_it()

    replies = await room.say("bo", f"+1 {mei}", private=True, name="Bo")

    assert [r.text for r in replies if r.text] == [f"你已经跟了 1 × 芒果（#1）。{WAIT_ZH}"]


async def test_in_english() -> None:
    room, mei = await _sold_out_with_bo_on_it("en")

    said = room.said(await room.say("bo", f"+1 {mei}", name="Bo"))

    assert said == (
        "Bo: You already have 1 × Mangoes (#1). Sorry, Mangoes is sold out. To wait for it, send "
        "/waitlist #1 1: whatever comes free goes to the first in line whose quantity fits."
    ), said


async def test_one_holding_nothing_is_told_the_wait_alone() -> None:
    room, mei = await _sold_out_with_bo_on_it()

    said = room.said(await room.say("kim", f"+1 {mei}", name="Kim"))

    assert said == f"Kim：{WAIT_ZH}", said
