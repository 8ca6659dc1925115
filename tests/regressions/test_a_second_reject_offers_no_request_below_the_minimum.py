"""rep97 finding 8: Bea's payout #1 was rejected and her balance left was below the payout minimum; a
second `提现审核 拒绝 1` answered `…Bea 可以重新发“提现”申请。没有任何改动。`, a request her `/withdraw`
would refuse. Below the minimum it says her balance and the minimum instead, as the first rejection did;
at or above it, the new request is still offered."""

from __future__ import annotations

from dataclasses import replace

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def _rejected(*, refunded: bool) -> Chat:
    """Ahua earned ¥44 sharing Bob's ¥88 order and asked for it; with `refunded`, Amy refunded the order
    while it waited (her balance back to ¥0); Guanli rejected the payout."""
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory, payout_admins=frozenset({"guanli"}), payout_minimum=10)
    await chat.say("amy", "接龙 海南贵妃芒 价格 88 成团 1")
    await chat.say("bob", "+1")
    await chat.say("amy", "截单")
    factory.state.group_buys[1] = replace(factory.state.group_buys[1], sharer_rate_bp=5000)
    factory.state.orders[1].sharer_id = "ahua"
    await chat.say("amy", "已收 1-1")
    await chat.say("amy", "已取 1-1")
    await chat.say("ahua", "提现 微信 ahua8", private=True)
    if refunded:
        await chat.say("amy", "退款 1-1", private=True)
    await chat.say("guanli", "提现审核 拒绝 1", private=True)
    return chat


async def test_below_the_minimum_no_new_request_is_offered() -> None:
    chat = await _rejected(refunded=True)
    said = chat.said(await chat.say("guanli", "提现审核 拒绝 1", private=True))
    assert said == (
        "提现 #1（Ahua）已被拒绝，金额已退回其可提现余额，不能再批准、标记已付或拒绝。"
        "Ahua 的可提现余额现在是 ¥0，不到最低提现额 ¥10，够了才能重新申请。没有任何改动。"
    ), said
    english = chat.said(await chat.say("guanli", "/payouts reject 1", private=True, language="en"))
    assert "Ahua's available balance is ¥0 now, below the ¥10 minimum" in english, english
    assert "/payout" not in english, english


async def test_with_enough_the_new_request_is_still_offered() -> None:
    chat = await _rejected(refunded=False)
    said = chat.said(await chat.say("guanli", "提现审核 拒绝 1", private=True))
    assert "Ahua 可以重新发“提现”申请。" in said, said
