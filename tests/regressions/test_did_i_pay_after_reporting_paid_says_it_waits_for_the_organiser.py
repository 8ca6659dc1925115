"""Session 17 review, finding 7: after `我已付款 1-1`, Cat's `我付钱了吗？` / "did I pay?" answered "待付款" /
"to pay", while 我的订单 said "已报付款，等待团长确认": buyers told "to pay" pay twice or argue. Ask says
what 我的订单 says: reported paid, waiting for the organiser to confirm."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_did_i_pay_after_reporting_paid() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 海南贵妃芒 5斤 价格 68")
    await chat.say("cat", "+2")
    await chat.say("amy", "截单")
    before = chat.said(await chat.say("cat", "我付钱了吗？", private=True))
    await chat.say("cat", "我已付款 1-1", private=True)

    zh = chat.said(await chat.say("cat", "我付钱了吗？", private=True))
    en = chat.said(await chat.say("cat", "did I pay?", private=True))
    in_group = chat.private(await chat.say("cat", "问 我付了吗"))

    assert before == "你在 海南贵妃芒 5斤（#1）订了 2 份，共 ¥136，待付款（订单 #1-1）。"
    assert zh == "你在 海南贵妃芒 5斤（#1）订了 2 份，共 ¥136，已报付款，等待团长确认（订单 #1-1）。"
    assert en == (
        "You ordered 2 of 海南贵妃芒 5斤 (#1) for ¥136: reported paid, waiting for the organiser to confirm"
        " (order #1-1)."
    )
    assert in_group["cat"] == zh
