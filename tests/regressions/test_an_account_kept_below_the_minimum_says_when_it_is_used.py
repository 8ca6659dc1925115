"""rep97 finding 9: with ¥5 available and a ¥10 minimum, Bea's `/payout wechat bea888` answered `A payout
is at least ¥10, and your available balance is ¥5, below it… I've kept WeChat ···888 as your payout
account: once you have commission available, just send /payout.`: she has commission available. The
second sentence now says when a bare /payout works: once her balance reaches the minimum."""

from __future__ import annotations

from dataclasses import replace

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def _five_available() -> Chat:
    """Ahua earned ¥5 sharing Bob's ¥50 order (10%), paid and picked up; the minimum is ¥10."""
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory, payout_admins=frozenset({"guanli"}), payout_minimum=10)
    await chat.say("amy", "接龙 芒果 价格 50 成团 1")
    await chat.say("bob", "+1")
    await chat.say("amy", "截单")
    factory.state.group_buys[1] = replace(factory.state.group_buys[1], sharer_rate_bp=1000)
    factory.state.orders[1].sharer_id = "ahua"
    await chat.say("amy", "已收 1-1")
    await chat.say("amy", "已取 1-1")
    return chat


async def test_the_account_kept_is_used_once_the_balance_reaches_the_minimum() -> None:
    chat = await _five_available()
    said = chat.said(await chat.say("ahua", "/payout wechat bea888", private=True, language="en"))
    assert said.endswith(
        "I've kept WeChat ···888 as your payout account: once your available balance reaches ¥10, "
        "just send /payout."
    ), said
    replaced = chat.said(await chat.say("ahua", "提现 支付宝 bea@ali.cn", private=True))
    assert replaced.endswith(
        "收款账号已从 微信 ···888 改成 支付宝 ···i.cn：可提现余额满 ¥10 后，只发“提现”就打到这里。"
    ), replaced
