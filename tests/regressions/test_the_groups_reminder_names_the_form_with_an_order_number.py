"""s31 leftover: the group's payment reminder listed each buyer's order (`• Bob（订单 #1-1）`) and then
said `…付好后回复“我已付款”…` with no number; a bare 我已付款 from one owing two orders is asked which.
The footer names the form with an order number of its lines."""

from __future__ import annotations

import pytest

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat

SAID = {
    "zh": ("接龙 芒果 价格 78", "截单", "催款"),
    "en": ("/groupbuy Mangoes price 78", "/close", "/remind"),
}
FOOTER = {
    "zh": "\n• Bob（订单 #1-1）\n• Cat（订单 #1-2）\n"
    "怎么付款请问 Amy，付好后回复“我已付款”加你的订单号（例如“我已付款 1-1”），团长确认后打勾。",
    "en": "\n• Bob (order #1-1)\n• Cat (order #1-2)\n"
    "Ask Amy how to pay, then send /ipaid with your order number (e.g. /ipaid 1-1) so they can confirm it.",
}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_the_footer_names_an_order_of_its_lines(lang: str) -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), default_language=lang)
    opening, close, remind = SAID[lang]
    await chat.say("amy", opening, language=lang)
    await chat.say("bob", "+1", language=lang)
    await chat.say("cat", "+1", language=lang)
    await chat.say("amy", close, language=lang)
    said = chat.said(await chat.say("amy", remind, language=lang))
    assert said.endswith(FOOTER[lang]), said
