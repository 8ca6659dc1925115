"""`提现审核 已付 2` on a rejected payout answered `请先批准`, and `批准 2` then refused too. A rejected
payout is now said to be rejected, its money back, and that the member may ask again."""

from __future__ import annotations

from dataclasses import replace

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


async def test_a_rejected_payout_is_told_as_rejected() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory, payout_admins=frozenset({"guanli"}), payout_minimum=1)
    await chat.say("amy", "接龙 海南贵妃芒 价格 88 成团 1")
    await chat.say("bob", "+1")
    await chat.say("amy", "截单")
    factory.state.group_buys[1] = replace(factory.state.group_buys[1], sharer_rate_bp=5000)
    factory.state.orders[1].sharer_id = "ahua"
    await chat.say("amy", "已收 1-1")
    await chat.say("amy", "已取 1-1")
    await chat.say("ahua", "提现", private=True)
    await chat.say("guanli", "提现审核 拒绝 1", private=True)
    for typed in ("提现审核 已付 1", "提现审核 批准 1"):
        answer = chat.said(await chat.say("guanli", typed, private=True))
        assert answer.startswith("提现 #1（Ahua）已被拒绝") and "请先批准" not in answer
        assert "Ahua 可以重新发“提现”申请" in answer
