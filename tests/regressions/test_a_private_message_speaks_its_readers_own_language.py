"""Review 68 #4: in a Chinese room (`/lang zh`), Ken opened a group buy in English and his app speaks
English. After `/close` and `/refund 5-1 2` his PRIVATE close summary and refund note came in Chinese
(`已截单：Soap（#5）…`, `订单 #5-1（Bob）退了 ¥2…`) while buyer Bob's DMs from the same close were English.
A private message now follows its reader's own language when it is known (her private `/lang`, else her
app's, else the words she typed last); only when unknown the room's `/lang`, then the card's. What the
group reads keeps the group's language."""

from __future__ import annotations

from typing import cast

from commerce.ports import UnitOfWorkFactory
from handlers.app import AppConfig, ChatApp
from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def _kens_soap_closed(room: Chat) -> dict[str, str]:
    await room.say("amy", "开团 芒果 价格 88")
    await room.say("amy", "/lang zh")
    await room.say("ken", "/groupbuy Soap price 5", language="en")
    await room.say("bob", "+1 #2", language="en")
    await room.say("cat", "+1 #2")  # nothing tells Cat's language
    closed = await room.say("ken", "/close #2", language="en")
    assert room.said(closed).startswith("✅ Soap（#2）成团了"), room.said(closed)  # the group's: /lang zh
    return room.private(closed)


async def test_the_organisers_close_summary_and_refund_note_speak_her_app_language() -> None:
    room = fake_chat()
    told = await _kens_soap_closed(room)
    assert told["ken"].startswith("Closed: Soap (#2) succeeded at ¥5 each: 2 orders, 2 units"), told["ken"]
    assert told["bob"].startswith("Your order #2-1 in Soap (#2):"), told["bob"]  # his app's
    assert told["cat"].startswith("你在 Soap（#2）的订单 #2-2："), told["cat"]  # unknown: the room's /lang

    paid = room.private(await room.say("ken", "/paid 2-1", language="en"))
    assert paid["bob"].startswith("Ken confirmed your payment of ¥5 for order #2-1 (Soap)."), paid["bob"]
    refunded = await room.say("ken", "/refund 2-1 2", language="en")
    assert room.said(refunded) == "订单 #2-1（Bob）已部分退款。"  # the group's language
    note = room.private(refunded)
    hers = "Order #2-1 of Bob: ¥2 refunded (paid ¥5, refunded ¥2). Give it back to them directly."
    assert note["ken"] == hers, note["ken"]
    assert note["bob"] == "Ken is giving you back ¥2 (#2-1 Soap): paid ¥5, refunded ¥2."


async def test_a_whole_refunds_private_note_speaks_the_organisers_language() -> None:
    room = fake_chat()
    await _kens_soap_closed(room)
    await room.say("ken", "/paid 2-2", language="en")
    refunded = room.private(await room.say("ken", "/refund 2-2", language="en"))
    assert refunded["ken"] == (
        "Order #2-2 of Cat is marked refunded (¥5). Give the money back to them directly. "
        "They were told privately."
    )
    assert refunded["cat"] == "订单 #2-2（Soap）已退款：Ken 会直接退给你 ¥5。"  # hers unknown: the room's


async def test_the_organiser_is_told_of_payment_reports_in_her_own_language() -> None:
    room = fake_chat()
    await _kens_soap_closed(room)
    by_bob = room.private(await room.say("bob", "/ipaid 2-1", language="en"))
    assert by_bob["ken"].startswith("💸 Bob says they paid order #2-1 (Soap, #2): ¥5."), by_bob["ken"]
    by_cat = room.private(await room.say("cat", "我已付款 2-2"))
    assert by_cat["ken"].startswith("💸 Cat says they paid order #2-2 (Soap, #2): ¥5."), by_cat["ken"]


async def test_an_organiser_without_an_app_language_reads_her_groups_language() -> None:
    room = fake_chat()
    room.platform = "playground"  # no app language told
    await room.say("amy", "/lang en")
    await room.say("dan", "开团 肥皂 价格 5")  # no app language (WeChat, the playground): not her words
    await room.say("bob", "+1", language="en")
    await room.say("eve", "+1")
    closed = await room.say("dan", "/close")
    assert room.said(closed).startswith("✅ 肥皂 (#1) succeeded"), room.said(closed)  # the room's /lang
    told = room.private(closed)
    assert told["dan"].startswith("Closed: 肥皂 (#1) succeeded"), told["dan"]  # review 71 #4: the room's
    assert told["bob"].startswith("Your order #1-1 in 肥皂 (#1):"), told["bob"]
    assert told["eve"].startswith("Your order #1-2 in 肥皂 (#1):"), told["eve"]  # unknown: the room's /lang


async def test_the_organisers_close_summary_at_the_deadline_speaks_her_language() -> None:
    factory, clock = FakeUnitOfWorkFactory(), FakeClock()
    config = AppConfig(outbox_platform="test")
    app = ChatApp(uow_factory=cast(UnitOfWorkFactory, factory), clock=clock, config=config)
    room = Chat(app)
    await room.say("amy", "/lang zh")
    await room.say("ken", "/groupbuy Soap price 5 deadline 2h", language="en")
    await room.say("cat", "+1")
    clock.advance(hours=3)
    told = room.private(await app.expire(1))
    assert told["ken"].startswith("Closed: Soap (#1) succeeded"), told["ken"]
    assert told["cat"].startswith("你在 Soap（#1）的订单 #1-1"), told["cat"]
