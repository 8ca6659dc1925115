"""s28 review: `/help` shows `/pickupcode 4827` as its example. Codes are 4 digits (no leading zero; 5 or
6 only in a very big group buy), so 4827 has the form buyers receive, but any order could have drawn it:
typed as shown, the example could hand over a real buyer's order. The codes the texts show (4827, 5028,
1234) are never given to an order, and one typed as shown is told it is the example, nothing changed."""

from __future__ import annotations

import pytest

from commerce.domain.pickup import EXAMPLE_CODES, code_candidates
from tests.unit.handlers.conftest import Chat, fake_chat


async def _paid(chat: Chat, *, english: bool) -> None:
    await chat.say("amy", "/groupbuy Mangoes price 90" if english else "接龙 芒果 价格 90")
    await chat.say("bob", "+1")
    await chat.say("amy", "/close" if english else "截单")
    await chat.say("amy", "/paid 1-1" if english else "已收 1-1")


async def test_the_help_shows_4827_and_typed_as_shown_it_is_the_example() -> None:
    chat = fake_chat()
    await _paid(chat, english=True)
    assert "/pickupcode 4827" in chat.said(await chat.say("amy", "/help organiser"))
    said = chat.said(await chat.say("amy", "/pickupcode 4827"))
    assert said == (
        "4827 is only the example in help: no order has that pickup code, and nothing was changed. "
        "Send the code the buyer shows you (the digits they got privately once their payment was confirmed)."
    )
    assert "picked up" not in chat.said(await chat.say("amy", "/orders", private=True))


async def test_in_chinese_too() -> None:
    chat = fake_chat()
    await _paid(chat, english=False)
    assert "核销 4827" in chat.said(await chat.say("amy", "帮助 团长"))
    assert chat.said(await chat.say("amy", "核销 4827")) == (
        "4827 只是帮助里的示例，没有订单用这个取货码，没有任何改动。"
        "请发买家出示的取货码（确认收款后私信发给买家的那串数字）。"
    )


@pytest.mark.parametrize("code", sorted(EXAMPLE_CODES))
def test_an_example_code_is_never_drawn(code: str) -> None:
    low = 10 ** (len(code) - 1)
    drawn = list(code_candidates(lambda _: int(code) - low))  # every draw would be the example
    assert code not in drawn
    assert drawn and all(len(each) > len(code) for each in drawn)
