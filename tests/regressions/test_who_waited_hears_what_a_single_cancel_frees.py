"""rep38 #7: a single cancel after the close (`取消 1-2 超时未付款`) that freed a unit told those still
waiting nothing, while 取消未付款 told them; and the later 取消未付款 told them "空出了 1 份" when 2 had come
free since the close. Those who waited at the close are now told by whichever cancel frees units first,
once each, the units free since the close exactly."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def _closed_with_waits(*, english: bool = False, factory: FakeUnitOfWorkFactory | None = None) -> Chat:
    """芒果 (stock 3) sold out to Bob, Cat, Dan; Eve waited for 2, Fay for 1; closed."""
    chat = fake_chat(factory or FakeUnitOfWorkFactory())
    await chat.say("amy", "/groupbuy Mangoes price 78 stock 3" if english else "接龙 芒果 价格 78 库存 3")
    for user in ("bob", "cat", "dan"):
        await chat.say(user, "+1")
    await chat.say("eve", "/waitlist 2" if english else "候补 2")
    await chat.say("fay", "/waitlist 1" if english else "候补 1")
    await chat.say("amy", "/close" if english else "截单")
    return chat


async def test_a_single_cancel_tells_them_once() -> None:
    chat = await _closed_with_waits()
    replies = await chat.say("amy", "取消 1-2 超时未付款")
    told = chat.private(replies)
    assert told["eve"] == (
        "芒果（#1）截单后有未付款订单取消，空出了 1 份。你截单时候补 2 份；已截单的团不会自动补上，"
        "还想要的话请直接联系团长 Amy。"
    )
    assert told["fay"].startswith("芒果（#1）截单后有未付款订单取消，空出了 1 份。你截单时候补 1 份；")
    assert [r.private_to for r in replies].count("eve") == 1
    assert chat.said(replies).endswith(
        "截单时候补的 Eve ×2、Fay ×1 已私信告知空出的数量（截单后不会自动补上；要给他们可以 再开一团 #1）。"
    )
    again = await chat.say("amy", "取消 1-3")  # told already: not again
    assert "eve" not in chat.private(again) and "fay" not in chat.private(again)
    assert "候补" not in chat.said(again)


async def test_told_later_they_hear_every_unit_freed_since_the_close() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = await _closed_with_waits(factory=factory)
    cat = next(order for order in factory.state.orders.values() if order.buyer_id == "cat")
    cat.cancel(actor="system", now=cat.created_at, reason="not paid in time")  # lapsed, as the sweep does
    await chat.say("bob", "我已付款")  # Bob's is kept: only Dan's is cancelled now
    replies = await chat.say("amy", "取消未付款 确认")
    told = chat.private(replies)
    assert told["eve"].startswith("芒果（#1）截单后有未付款订单取消，空出了 2 份。你截单时候补 2 份；")


async def test_in_english() -> None:
    chat = await _closed_with_waits(english=True)
    replies = await chat.say("amy", "/cancel 1-2 unpaid")
    assert chat.private(replies)["eve"] == (
        "Unpaid orders of Mangoes (#1) were cancelled after the close: 1 came free. You were waiting for 2 "
        "at the close; nobody moves in once it has closed, so if you still want them, please contact the "
        "organiser, Amy."
    )
    assert "Told privately what came free, as they waited at the close: Eve ×2, Fay ×1" in chat.said(replies)
