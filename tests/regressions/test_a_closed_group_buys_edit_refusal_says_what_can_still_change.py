"""Session 15 review (fe 28): `/edit #4 price 10` on a closed group buy answered `Group buy #4 (Lychees)
has closed: nothing was changed.`, though its pickup and payment note still can change. The refusal says
so, with an example of each; the examples work (s16 review, ra 17: `/edit #1 payment …` is a real form, and
the sentence ends with its full stop). A lower price has its own answer since rep105 #10 (how to refund
the difference: test_lowering_the_price_after_the_close_says_how_to_refund_the_difference), so a stock
edit shows this one."""

from __future__ import annotations

import pytest

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


@pytest.mark.parametrize(
    ("lang", "opening", "close", "edit", "refusal", "pickup", "payment"),
    [
        (
            "en",
            "/groupbuy Lychees price 15 pickup Gate 3",
            "/close",
            "/edit #1 stock 50",
            "Group buy #1 (Lychees) has closed, so its price and other terms stay as they are: nothing was "
            "changed. Its pickup and payment note can still change, e.g. /pickup #1 Gate 3 tomorrow 17:00 or "
            "/edit #1 payment PayNow to Amy.",
            "/pickup #1 Gate 3 tomorrow 17:00",
            "/edit #1 payment PayNow to Amy",
        ),
        (
            "zh",
            "接龙 荔枝 价格 15 自提 三号门",
            "截单",
            "修改 #1 库存 50",
            "团购 #1（荔枝）已经截单了，价格等条款不能再改，没有任何改动。"
            "自提和付款方式还可以改，例如：自提 #1 小区北门 明天17:00，或 修改 #1 付款方式 微信转账给团长。",
            "自提 #1 小区北门 明天17:00",
            "修改 #1 付款方式 微信转账给团长",
        ),
    ],
)
async def test_a_closed_group_buys_edit_refusal_says_what_can_still_change(
    lang: str, opening: str, close: str, edit: str, refusal: str, pickup: str, payment: str
) -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock(), default_language=lang)
    await chat.say("amy", opening)
    await chat.say("bob", "+1")
    await chat.say("amy", close)

    assert chat.said(await chat.say("amy", edit)) == refusal
    assert "¥15" in await chat.card(1)  # nothing was changed

    assert "17:00" in chat.said(await chat.say("amy", pickup))
    assert payment.split()[-1] in chat.said(await chat.say("amy", payment))  # `Amy`, `微信转账给团长`


async def test_a_cancelled_group_buys_edit_refusal_offers_no_change() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock(), default_language="en")
    await chat.say("amy", "/groupbuy Lychees price 15")
    await chat.say("amy", "/cancel")

    said = chat.said(await chat.say("amy", "/edit #1 price 10"))

    assert "can still change" not in said, said
