"""Session 10: Cat joined #2 through a share code in her private chat and is listed on the group's card
as "Cat ×1"; the organiser's `已收 @Cat` and `退款 @Cat` there answered "本群里没有叫 Cat 的成员". The
organiser's order commands find a buyer by the name on her group buys' lists in this chat; a name on
no list here is still unknown."""

from __future__ import annotations

import re

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


async def test_a_buyer_who_joined_privately_is_found_by_the_name_on_the_card() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock())
    await chat.say("amy", "接龙 面包 价格 10")
    await chat.say("amy", "接龙 芒果 价格 20")
    found = re.search(r"团2-\w{4}", chat.shared(await chat.say("bob", "分享 #2")))
    assert found is not None
    await chat.say("cat", found.group(0), private=True)
    await chat.say("cat", "+1", private=True)
    assert "1. Cat ×1" in await chat.card(2)
    await chat.say("amy", "截单 #2")

    paid = chat.said(await chat.say("amy", "已收 @Cat"))
    refunded = chat.said(await chat.say("amy", "退款 @Cat"))

    assert paid == "✅ Cat 的订单 #2-1 已付款。"
    assert refunded == "订单 #2-1（Cat）已退款。已私信告诉 Cat。"
    unknown = chat.said(await chat.say("amy", "已收 @Eve"))
    # 2-1 is refunded: no order here to mark paid, so no number (s22 F)
    assert (
        unknown == "本群里没有叫 Eve 的成员，没有任何改动。请直接 @ 对方，"
        "或改用订单编号（订单消息和“名单”里都有编号）。"
    )
