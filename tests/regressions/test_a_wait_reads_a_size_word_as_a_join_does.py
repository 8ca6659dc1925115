"""`/waitlist #1 small 1` on a buy with options 大盒 / 小盒 said there is no option “small”, although
`+1 small` joins 小盒: a wait reads a size said in English as a join reads it (`small`: 小盒)."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def _small_sold_out(opening: str) -> Chat:
    chat = fake_chat()
    await chat.say("bob", opening)
    await chat.say("eve", "+1 small")  # 小盒, its only one
    return chat


async def test_in_english_a_wait_for_small_waits_for_the_small_box() -> None:
    chat = await _small_sold_out("/groupbuy Tea options 大盒:30:2,小盒:20:1 ends 3d")

    said = chat.said(await chat.say("fay", "/waitlist #1 small 1"))

    assert said.startswith("Fay is on the waiting list of Tea 小盒 (#1) for 1: number 1 in line.")


async def test_in_chinese_a_wait_for_small_waits_for_the_small_box() -> None:
    chat = await _small_sold_out("接龙 茶叶 规格 大盒:30:2,小盒:20:1 截止 3d")

    said = chat.said(await chat.say("fay", "候补 #1 small 1"))

    assert said.startswith("Fay 已候补 茶叶 小盒（#1）1 份，排第 1 位。")


async def test_a_size_no_option_has_is_still_no_option() -> None:
    chat = await _small_sold_out("/groupbuy Tea options 大盒:30:2,小盒:20:1 ends 3d")

    said = chat.said(await chat.say("fay", "/waitlist #1 medium 1"))

    assert said == "There is no option “medium”. The options are: 大盒 ¥30 / 小盒 ¥20."
