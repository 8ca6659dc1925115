"""rep104 #8: on a sold-out group buy without options, `/wait #1 -1`, `/wait #1 one` and
`/wait #1 2 please` were told "“-1” is not an option". `-1` is now refused as `0` is (out of range),
`one` is read as 1, and a courtesy after the count is set aside."""

from __future__ import annotations

from tests.unit.handlers.conftest import chat_in


async def _sold_out():  # type: ignore[no-untyped-def]
    chat = await chat_in("en")
    await chat.say("amy", "/groupbuy Jam price 5 stock 2")
    await chat.say("bob", "+2 #1")
    return chat


def _said(replies) -> list[str]:  # type: ignore[no-untyped-def]
    return [r.text for r in replies if r.text]


async def test_a_negative_count_is_out_of_range_as_zero_is() -> None:
    chat = await _sold_out()
    assert _said(await chat.say("dee", "/wait #1 -1")) == [
        "-1 is not a quantity I can take (1 to 999). Example: /waitlist #1 1"
    ]
    assert _said(await chat.say("dee", "/wait #1 0")) == [
        "0 is not a quantity I can take (1 to 999). Example: /waitlist #1 1"
    ]


async def test_a_count_in_words_and_a_courtesy_after_it_are_read() -> None:
    chat = await _sold_out()
    said = _said(await chat.say("dee", "/wait #1 one"))
    assert said[0].startswith("Dee is on the waiting list of Jam (#1) for 1: number 1 in line."), said
    said = _said(await chat.say("eve", "/wait #1 2 please"))
    assert said[0].startswith("Eve is on the waiting list of Jam (#1) for 2: number 2 in line."), said


async def test_a_chinese_negative_count_is_out_of_range() -> None:
    chat = await chat_in("zh")
    await chat.say("amy", "开团 荔枝 价格 5 库存 1")
    await chat.say("bob", "+1")
    said = _said(await chat.say("dan", "候补 #1 -1"))
    assert said == ["-1 不是有效的数量（1 到 999）。例如：候补 #1 1"]
