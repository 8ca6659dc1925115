"""Eve typed a share code (`团1-…`) in her private chat with the bot after the close, with 3 of 5 orders
paid: the copy of the card there said `💰 已付 0/5` without a ✅ or 📦, while the group's card said 3/5
paid. The private copy now reads the payments as the group's card does (`handlers.cards.payments`)."""

from __future__ import annotations

import re

from tests.unit.handlers.conftest import fake_chat


async def test_a_share_codes_private_card_shows_the_groups_payments() -> None:
    room = fake_chat()
    await room.say("amy", "接龙 海南贵妃芒 价格 88 成团 5")
    for buyer in ("bob", "cat", "dan", "eve", "fay"):
        await room.say(buyer, "+1")
    found = re.search(r"团\d+-\w{4}", room.shared(await room.say("bob", "分享")))
    assert found is not None
    await room.say("amy", "截单")
    for number in ("1-1", "1-2", "1-3"):
        await room.say("amy", f"已收 {number}")
    await room.say("amy", "已取货 1-1")
    await room.say("eve", "我已付款")  # 💸: reported, not confirmed yet
    group = await room.card()
    [private] = await room.say("eve", found.group(0), private=True)
    assert "💰 已付 3/5 · 💸 1 人已报付款" in group.splitlines()
    assert private.text == group
    assert "1. Bob ×1 ✅📦" in private.text.splitlines()
    assert "3. Dan ×1 ✅" in private.text.splitlines()
