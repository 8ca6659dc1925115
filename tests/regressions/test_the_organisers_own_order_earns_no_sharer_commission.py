"""dan shared 海南贵妃芒 (`分享 #1`, a code 团1-XXXX); the organiser Amy joined her own group buy with that
code and closed it. Her own order is settled as paid (she does not pay herself), and it posted
organiser:amy → commission_pending:dan: dan's `我的收益` showed "待入账：¥…" for Amy's order and `排行`
counted Amy as a buyer he brought. The organiser's own order is now attributed to nobody: it earns no
sharer commission and no rank credit, and the join still works. A sharer's own code (dan buying through
it) was, and stays, attributed to nobody too."""

from __future__ import annotations

import re

from commerce.domain.ledger import AccountKind, holdings
from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def _code(room: Chat, member: str) -> str:
    found = re.search(r"团\d+-\w{4}", room.shared(await room.say(member, "分享 #1")))
    assert found is not None
    return found.group(0)


async def _shared_by_dan() -> tuple[FakeUnitOfWorkFactory, Chat, str]:
    """Amy's 海南贵妃芒 #1 at 12% commission, dan's share code for it: (factory, room, code)."""
    factory = FakeUnitOfWorkFactory()
    room = fake_chat(factory)
    await room.say("amy", "接龙 海南贵妃芒 5斤 78 成团 1")
    await room.say("amy", "佣金 12%")
    return factory, room, await _code(room, "dan")


def _commission(factory: FakeUnitOfWorkFactory, member: str) -> int:
    kinds = (AccountKind.COMMISSION_PENDING, AccountKind.COMMISSION_AVAILABLE)
    return sum(
        amount
        for (account, _), amount in holdings(factory.state.ledger).items()
        if account.member == member and account.kind in kinds
    )


async def test_the_organisers_own_order_earns_her_sharer_nothing() -> None:
    factory, room, code = await _shared_by_dan()

    joined = room.said(await room.say("amy", f"+1 {code}"))
    assert joined.startswith("Amy 跟团：1 × 海南贵妃芒 5斤（#1）"), joined
    await room.say("bob", "+1")
    closed = "\n".join(reply.text for reply in await room.say("amy", "截单 #1"))
    assert "这是你自己开的团：订单已记为已付款，不用付给自己。" in closed, closed

    earnings = room.said(await room.say("dan", "我的收益", private=True))
    assert "待入账：¥0" in earnings and "Amy" not in earnings, earnings
    assert _commission(factory, "dan") == 0
    assert room.said(await room.say("dan", "排行")).startswith("本周还没有人通过分享带来买家。")


async def test_a_sharer_buying_through_his_own_code_earns_nothing() -> None:
    factory, room, code = await _shared_by_dan()
    await room.say("dan", f"+1 {code}")
    await room.say("bob", f"+1 {code}", private=True)
    await room.say("amy", "截单 #1")
    for order in factory.state.orders.values():
        await room.say("amy", f"已收 {order.number}")

    assert {o.buyer_id: o.sharer_id for o in factory.state.orders.values()} == {"dan": None, "bob": "dan"}
    earnings = room.said(await room.say("dan", "我的收益", private=True))
    assert "（Bob）" in earnings and "（Dan）" not in earnings, earnings
    assert _commission(factory, "dan") == 78 * 100 * 12 // 100
    assert room.said(await room.say("dan", "排行")).endswith("1. Dan：1 位买家")
