"""`只收到 1-1 abc` on an order already paid answered "if all of it came, send 已收 1-1", which changes
nothing on a paid order: the answer now says the order is paid already and offers what can be done,
a refund (whole or by amount), never 已收; nothing changed, the buyer told nothing."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import fake_chat

OPEN = {"zh": ("接龙 榴莲 113 成团 1", "截单", "已收 1-1")}
TYPED = {"zh": "只收到 1-1 abc"}  # `/paid 1-1 abc only` answers "already marked as paid", offering nothing
SAID = {
    "zh": "“abc” 不是收到的金额；订单 #1-1 已经付清了，没有任何改动。要退钱就发 退款 1-1"
          "（退一部分就写金额，例如 退款 1-1 ¥56.50）。",
}  # fmt: skip
LIST = {"zh": "名单"}


@pytest.mark.parametrize("lang", ["zh"])
async def test_a_bad_amount_on_a_paid_order_offers_a_refund(lang: str) -> None:
    room = fake_chat()
    opened, closed, paid = OPEN[lang]
    await room.say("amy", opened)
    await room.say("bob", "+1")
    await room.say("amy", closed)
    await room.say("amy", paid)
    before = room.said(await room.say("amy", LIST[lang], private=True))

    replies = await room.say("amy", TYPED[lang], private=True)

    assert room.said(replies) == SAID[lang]
    assert "已收 1-1" not in room.said(replies)
    assert room.private(replies) == {}
    assert room.said(await room.say("amy", LIST[lang], private=True)) == before
