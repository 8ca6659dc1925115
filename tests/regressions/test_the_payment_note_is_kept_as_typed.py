"""`收款方式 微信转账，备注：芒果` was stored as `微信转账,备注:芒果`: the parser's NFKC copy of the message
turned the organiser's full-width punctuation into ASCII, so every order misquoted them. The payment note
(and the pickup point) are kept exactly as typed, only without invisible characters."""

from __future__ import annotations

import pytest

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat

NOTE = "微信转账，备注：芒果（3栋）！"


@pytest.mark.parametrize(
    ("opening", "note"),
    [
        (f"接龙 芒果 价格 10 成团 1 收款方式 {NOTE}", None),
        ("接龙 芒果 价格 10 成团 1", f"收款方式 {NOTE}"),
        ("接龙 芒果 价格 10 成团 1", f"收款方式 #1 {NOTE}"),
        ("接龙 芒果 价格 10 成团 1", f"／payment　{NOTE}"),
    ],
)
async def test_the_order_quotes_the_note_as_typed(opening: str, note: str | None) -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)
    await chat.say("amy", opening)
    if note is not None:
        answer = chat.said(await chat.say("amy", note))
        assert NOTE in answer
    await chat.say("bob", "+1")
    order = Chat.private(await chat.say("amy", "截单"))["bob"]
    assert order.endswith(f"付款方式：{NOTE}")
    assert factory.state.group_buys[1].terms.payment_note == NOTE


async def test_the_pickup_point_is_kept_as_typed_too() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)
    await chat.say("amy", "接龙 芒果 价格 10 自提 3栋（南门），快递柜旁")
    assert "自提：3栋（南门），快递柜旁" in await chat.card()
    assert factory.state.group_buys[1].terms.pickup == "3栋（南门），快递柜旁"
