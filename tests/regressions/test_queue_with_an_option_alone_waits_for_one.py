"""Review 85 #11: with 粽子's 小盒 sold out (`🈵 小盒 已售罄！` posted), 王阿姨 sent
`排队 小盒` and got no answer at all, nothing changed: `排队` was read only with a count
after it. A buyer naming a sold-out option is asking to wait: `排队 小盒` is `候补 小盒`,
a wait of 1; `排队好久`, `排队中`, and a word naming no option open here stay talk."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def _sold_out() -> Chat:
    chat = fake_chat()
    await chat.say("may", "接龙 粽子 规格 大盒:68:3,小盒:38:1", name="阿May")
    await chat.say("bob", "+1 小盒")
    return chat


async def test_queue_with_a_sold_out_option_waits_for_one() -> None:
    chat = await _sold_out()

    queued = chat.said(await chat.say("wang", "排队 小盒", name="王阿姨"))
    again = chat.said(await chat.say("wang", "排队 小盒", name="王阿姨"))

    assert queued.startswith("王阿姨 已候补 粽子 小盒（#1）1 份，排第 1 位。"), queued
    assert again.startswith("王阿姨 已经在候补 粽子 小盒（#1）：候补 1 份，排第 1 位"), again


async def test_queue_with_an_option_still_to_be_had_says_to_join() -> None:
    chat = await _sold_out()

    said = chat.said(await chat.say("wang", "排队 大盒", name="王阿姨"))

    assert said == "粽子 大盒（#1）还剩 3 份，不用候补：直接发 +1 大盒 跟团。没有任何改动。"


async def test_queue_as_talk_stays_quiet() -> None:
    chat = await _sold_out()

    for text in ("排队好久", "排队中", "排队 中盒", "排队 芒果"):
        replies = await chat.say("wang", text, name="王阿姨")
        assert [r.text for r in replies if r.text] == [], text
