"""rep48 #11: `已收 全部` with nobody reported paying gave the example "已收 12-3", not a real order. The
example is now one of her unpaid orders (`已收 1-1`); with none unpaid at all, it says there is none."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_confirm_all_with_nobody_reported_names_a_real_order() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 芒果 价格 90")
    await chat.say("wang", "+1")
    await chat.say("amy", "截单")

    said = chat.said(await chat.say("amy", "已收 全部"))
    assert said == "现在没有人报过已付款（💸）等你确认，没有任何改动。没报的订单请逐个确认，例如：已收 1-1。"
    english = chat.said(await chat.say("amy", "/paid all"))
    assert english.endswith("Confirm an unreported order one by one, e.g. /paid 1-1.")

    await chat.say("amy", "已收 1-1")
    said = chat.said(await chat.say("amy", "已收 全部"))
    assert said == "现在没有待付款的订单要确认，没有任何改动。"
