"""`提现审核 已付 2` on a rejected payout answered `请先批准`, and `批准 2` then refused too. A rejected
payout is now said to be rejected, its money back, and that the member may ask again."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.sharer_payout import sharer_asked


async def test_a_rejected_payout_is_told_as_rejected() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = await sharer_asked(factory)
    await chat.say("guanli", "提现审核 拒绝 1", private=True)
    for typed in ("提现审核 已付 1", "提现审核 批准 1"):
        answer = chat.said(await chat.say("guanli", typed, private=True))
        assert answer.startswith("提现 #1（Ahua）已被拒绝") and "请先批准" not in answer
        assert "Ahua 可以重新发“提现”申请" in answer
