"""rep63 finding 2: Bob reported `我已付款 1-1 10元` (owing ¥156) and the organiser then set
`收款方式 微信转账给王姐`: only the buyers with nothing reported were told, not Bob; in English `/payment …`
answered "no buyer still has to pay, so nobody was told" while Ben owed ¥63. A buyer with a gap (reported
short, or of whom the organiser received only part) still has to pay: she is told the note, with her gap."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def _short(*, english: bool = False) -> Chat:
    chat = fake_chat(FakeUnitOfWorkFactory())
    await chat.say("amy", "/groupbuy Mangoes price 78" if english else "接龙 芒果 价格 78")
    await chat.say("bob", "+2", name="Bob")
    await chat.say("cat", "+1", name="Cat")
    await chat.say("amy", "/close" if english else "截单")
    await chat.say("bob", "/ipaid 1-1 10" if english else "我已付款 1-1 10元", name="Bob")
    await chat.say("cat", "/ipaid 1-2" if english else "我已付款 1-2", name="Cat")  # the whole: not told
    return chat


async def test_a_buyer_who_reported_short_is_told_the_note_with_her_gap() -> None:
    chat = await _short()
    replies = await chat.say("amy", "收款方式 微信转账给王姐")
    assert (
        chat.said(replies)
        == "好的，芒果（#1）的付款方式：微信转账给王姐。订单已经发出，我已私聊告诉还没付款的 1 位买家。"
    )
    private = chat.private(replies)
    assert private["bob"] == (
        "Amy 告诉你订单 #1-1（芒果，¥156）的付款方式：微信转账给王姐。这单还差 ¥146，补齐后发“我已付款 1-1”。"
    ), private
    assert "cat" not in private, private


async def test_in_english_nobody_owing_is_no_longer_said() -> None:
    chat = await _short(english=True)
    replies = await chat.say("amy", "/payment PayNow to Wang 91234567")
    assert "nobody was told" not in chat.said(replies), chat.said(replies)
    assert chat.private(replies)["bob"] == (
        "Amy says how to pay for your order #1-1 (Mangoes, ¥156): PayNow to Wang 91234567. "
        "¥146 is still to pay; once paid, send /ipaid 1-1."
    )
