"""dan's `我的收益` showed "待入账：¥23.40" and ¥0 available; his `提现` was answered
"提现至少 ¥10，¥0 不够，没有提交申请。", as if he had asked for too little. It now says
nothing is available yet and when the pending money becomes available (at pickup, or
TUAN_COMMISSION_HOLD_DAYS after payment), and the `提现` to send then (with no account kept, naming one);
nothing is requested."""

from __future__ import annotations

import re

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat

ZH = (
    "还没有可提现的收益。待入账的 ¥23.40 会在买家取货后（或付款 7 天后）转为可提现，"
    "到时发“提现 微信 你的微信号”（也可以写 支付宝 或 银行卡 加账号）。没有提交申请。"
)
EN = (
    "Nothing is yours to withdraw yet. The ¥23.40 held becomes yours as each buyer picks up,"
    " or at the end of a 7-day hold after payment; send /payout wechat your-WeChat-ID then"
    " (or alipay / bank and the account). Nothing was requested."
)


async def test_a_payout_with_only_pending_money_says_when_it_becomes_available() -> None:
    factory = FakeUnitOfWorkFactory()
    room = fake_chat(factory)
    await room.say("amy", "接龙 海南贵妃芒 5斤 78 成团 1")
    await room.say("amy", "佣金 10%")
    found = re.search(r"团\d+-\w{4}", room.shared(await room.say("dan", "分享 #1")))
    assert found is not None
    for buyer in ("bob", "cat", "eve"):
        await room.say(buyer, f"+1 {found.group(0)}", private=True)
    await room.say("amy", "截单 #1")
    for order in factory.state.orders.values():
        await room.say("amy", f"已收 {order.number}")
    earnings = room.said(await room.say("dan", "我的收益", private=True))
    assert "待入账：¥23.40" in earnings and "可提现：¥0" in earnings, earnings

    for typed in ("提现", "提现 全部", "提现 50"):
        assert room.said(await room.say("dan", typed, private=True)) == ZH, typed
    # `/payout` alone: dan's own language (his Chinese words before), his English app's when it says one
    assert room.said(await room.say("dan", "/payout", private=True)) == ZH
    assert room.said(await room.say("dan", "/payout", private=True, language="en")) == EN
    assert not factory.state.payouts
    assert room.said(await room.say("dan", "我的收益", private=True)) == earnings  # nothing moved


async def test_a_payout_with_nothing_at_all_says_there_is_no_commission() -> None:
    room = fake_chat()  # (tests/regressions/test_a_payout_with_no_commission_says_so.py)
    assert room.said(await room.say("dan", "提现", private=True)) == "你还没有可提现的佣金。"
