"""Review 57 #3: Lisa's `/refund 2-3 $5` took ¥0.50 of Bob's commission back and left his approved payout
#5 uncovered (only an admin's rejection can end it now); Bob was told, but Lisa's reply said nothing of
it. Whoever refunds (a part refund or the whole order) is now told which open payout it left uncovered and
the balance: privately when refunding in the group (a payout is never said there: with her answer in full,
which the group reads without its amount), in her answer when she refunded in private."""

from __future__ import annotations

from dataclasses import replace

import pytest

from commerce.domain.payout import PayoutStatus
from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat

WORDS = {
    "zh": ("接龙 榴莲 价格 88 成团 1", "截单", "已收 1-1", "已提货 1-1", "退款 1-1 {amount}"),
    "en": (
        "/groupbuy Durian price 88 target 1",
        "/close",
        "/paid 1-1",
        "/pickedup 1-1",
        "/refund 1-1 {amount}",
    ),
}
BLOCKED = {
    "zh": "Cat 的提现 #1（¥44，还没打款）因这次退款扣回佣金已不够付：Cat 的可提现余额变成 {balance}。"
    "已告诉 Cat；这笔提现现在只能由管理员拒绝。",
    "en": "Cat's payout #1 (¥44, not paid yet) is no longer covered once this refund takes the commission "
    "back: Cat's available balance is now {balance}. Cat was told; an admin can now only reject that payout.",
}
SHORT = {
    "zh": "订单 #1-1（Bob）已部分退款。",
    "en": "Order #1-1 of Bob is refunded in part.",
}
DONE = {  # s36: the answer names the commission it took back (its open payout said on the next line)
    "zh": "订单 #1-1（Bob）退了 ¥{amount}，已付 ¥88，已退 ¥{refunded}。请直接把钱退给对方。"
    "分享人 Cat 的佣金 ¥{taken} 已扣回。",
    "en": "Order #1-1 of Bob: ¥{amount} refunded (paid ¥88, refunded ¥{refunded}). "
    "Give it back to them directly. Cat's commission of ¥{taken} on it was taken back.",
}


async def _approved(lang: str) -> Chat:
    """Amy's Durian (¥88); Bob's order #1-1 brought by Cat at 50% (¥44), paid and picked up: Cat asked for
    all of it (payout #1) and Eve approved it."""
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory, default_language=lang, payout_admins=frozenset({"eve"}), payout_minimum=1)
    opening, close, paid, picked, _ = WORDS[lang]
    await chat.say("amy", opening, language=lang)
    await chat.say("bob", "+1", language=lang)
    await chat.say("amy", close, language=lang)
    state = factory.state
    state.group_buys[1] = replace(state.group_buys[1], sharer_rate_bp=5000)
    state.orders[1].sharer_id = "cat"
    await chat.say("amy", paid, language=lang)
    await chat.say("amy", picked, language=lang)
    await chat.say("cat", "/payout wechat cat888", private=True)
    await chat.say("eve", "/payouts approve 1", private=True)
    [payout] = state.payouts.values()
    assert payout.status is PayoutStatus.APPROVED
    return chat


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_a_refund_in_the_group_tells_its_organiser_privately(lang: str) -> None:
    chat = await _approved(lang)

    replies = await chat.say("amy", WORDS[lang][4].format(amount=10), language=lang)

    assert chat.said(replies) == SHORT[lang]  # the group: no amount, no payout named
    told = chat.private(replies)  # her answer in full, with the payout it left uncovered: one message
    assert told["amy"] == DONE[lang].format(amount=10, refunded=10, taken=5) + "\n" + BLOCKED[lang].format(
        balance="-¥5"
    )
    assert "-¥5" in told["cat"]  # she is told as before


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_a_refund_in_private_says_it_in_its_answer(lang: str) -> None:
    chat = await _approved(lang)

    replies = await chat.say("amy", WORDS[lang][4].format(amount=20), private=True, language=lang)

    answer = DONE[lang].format(amount=20, refunded=20, taken=10) + "\n" + BLOCKED[lang].format(balance="-¥10")
    assert chat.said(replies) == answer
    assert "amy" not in chat.private(replies)


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_a_whole_refund_in_the_group_tells_its_organiser_privately(lang: str) -> None:
    chat = await _approved(lang)

    replies = await chat.say("amy", WORDS[lang][4].format(amount="").strip(), language=lang)

    assert "Cat" not in chat.said(replies)  # the group: no payout named
    assert chat.private(replies)["amy"].endswith("\n" + BLOCKED[lang].format(balance="-¥44"))
