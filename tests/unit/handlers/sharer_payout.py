"""One setup several payout tests share: Ahua earned ¥44 sharing Amy's mangoes (bought by Bob, paid and
picked up) and asked for her commission privately; `guanli` reviews payouts."""

from __future__ import annotations

from dataclasses import replace

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def sharer_asked(factory: FakeUnitOfWorkFactory, request: str = "提现 微信 ahua8") -> Chat:
    """The chat once Ahua sent `request` (payout #1)."""
    chat = fake_chat(factory, payout_admins=frozenset({"guanli"}), payout_minimum=1)
    await chat.say("amy", "接龙 海南贵妃芒 价格 88 成团 1")
    await chat.say("bob", "+1")
    await chat.say("amy", "截单")
    factory.state.group_buys[1] = replace(factory.state.group_buys[1], sharer_rate_bp=5000)
    factory.state.orders[1].sharer_id = "ahua"
    await chat.say("amy", "已收 1-1")
    await chat.say("amy", "已取 1-1")
    await chat.say("ahua", request, private=True)
    return chat
