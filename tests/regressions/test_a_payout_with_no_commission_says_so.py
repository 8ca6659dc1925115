"""A member who never earned a commission sent `/payout` and read "A payout is at least ¥10; ¥0 is
less. Nothing was requested.", as if he had asked for too little. With nothing available and nothing
pending he is told he has no commission to pay out yet; with some pending, the answer still says when
it becomes available; a payout below the minimum of what he has is still refused with the minimum."""

from __future__ import annotations

import re

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


async def test_a_payout_with_no_commission_says_there_is_none() -> None:
    factory = FakeUnitOfWorkFactory()
    room = fake_chat(factory)

    assert (
        room.said(await room.say("dan", "/payout", private=True)) == "You have no commission to pay out yet."
    )
    assert (
        room.said(await room.say("dan", "/payout 50", private=True))
        == "You have no commission to pay out yet."
    )
    assert room.said(await room.say("dan", "提现", private=True)) == "你还没有可提现的佣金。"
    assert not factory.state.payouts


async def test_a_payout_with_commission_pending_still_says_when_it_becomes_available() -> None:
    factory = FakeUnitOfWorkFactory()
    room = fake_chat(factory)
    await room.say("amy", "接龙 海南贵妃芒 5斤 78 成团 1")
    await room.say("amy", "佣金 10%")
    found = re.search(r"团\d+-\w{4}", room.shared(await room.say("dan", "分享 #1")))
    assert found is not None
    await room.say("bob", f"+1 {found.group(0)}", private=True)
    await room.say("amy", "截单 #1")
    for order in factory.state.orders.values():
        await room.say("amy", f"已收 {order.number}")

    # `/payout` alone is answered in dan's own language: his Chinese words before, his English app's
    said = room.said(await room.say("dan", "/payout", private=True))
    assert said.startswith("还没有可提现的收益。待入账的 ¥7.80 会在买家取货后"), said
    said = room.said(await room.say("dan", "/payout", private=True, language="en"))
    assert said.startswith("Nothing is yours to withdraw yet. The ¥7.80 held becomes yours"), said
