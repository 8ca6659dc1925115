"""`已收 7-3、7-4`, `已收 7-2，7-5`, `已收 4-1 谢谢` got no reply at all (read as talk), and `已收 @Dan、@Cat`
answered "本群里没有叫 Dan、 的成员". Order numbers listed with `、，,;；` or spaces are each confirmed, a
courtesy word after them changes nothing, names listed with `、` are each found; real talk
(`已收到货了吗`) stays talk."""

from __future__ import annotations

from commerce.domain.order import OrderStatus
from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat
from tests.unit.handlers.test_unpaid_reach import status

BOTH = "已标记为已付款：#1-1（Bob）、#1-2（Cat）。"


async def _closed(factory: FakeUnitOfWorkFactory) -> Chat:
    chat = fake_chat(factory)
    await chat.say("amy", "接龙 芒果 价格 10 成团 1")
    for buyer in ("bob", "cat", "dan"):
        await chat.say(buyer, "+1")
    await chat.say("amy", "截单")
    return chat


async def test_numbers_listed_with_chinese_or_ascii_separators_are_each_confirmed() -> None:
    for typed in ("已收 1-1、1-2", "已收 1-1，1-2", "已收 1-1,1-2", "已收款 1-1、1-2", "已收 1-1；1-2 谢谢"):
        factory = FakeUnitOfWorkFactory()
        chat = await _closed(factory)

        replies = await chat.say("amy", typed)

        assert Chat.said(replies) == BOTH, typed
        assert set(Chat.private(replies)) == {"bob", "cat"}, typed
        assert status(factory, "1-3") is OrderStatus.PENDING_PAYMENT


async def test_a_listed_number_that_does_not_exist_is_answered_not_ignored() -> None:
    chat = await _closed(FakeUnitOfWorkFactory())

    said = Chat.said(await chat.say("amy", "已收 7-3、7-4"))

    assert said == (
        "这里没有订单 #7-3。例如：已收款 12-3（订单消息里的编号）\n"
        "这几单都没有标记为已收：改正或去掉 #7-3 后再发一次。"
    )


async def test_one_number_with_thanks_after_it_is_confirmed() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = await _closed(factory)

    chinese = await chat.say("amy", "已收 1-1 谢谢")
    after_comma = await chat.say("amy", "已收 1-2，谢谢团长")
    missing = await chat.say("amy", "已收 4-1 谢谢")

    assert Chat.said(chinese) == "✅ Bob 的订单 #1-1 已付款。"
    assert Chat.said(after_comma) == "✅ Cat 的订单 #1-2 已付款。"
    assert Chat.said(missing) == "这里没有订单 #4-1。例如：已收 1-3（订单消息里的编号）"
    assert status(factory, "1-1") is status(factory, "1-2") is OrderStatus.PAID


async def test_names_listed_with_a_chinese_comma_are_each_found() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = await _closed(factory)

    replies = await chat.say("amy", "已收 @Bob、@Cat")

    assert Chat.said(replies) == BOTH
    assert status(factory, "1-3") is OrderStatus.PENDING_PAYMENT


async def test_talk_after_the_words_stays_talk() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = await _closed(factory)

    for talk in ("已收到货了吗", "已收款了吗？", "已收到 1-1"):
        assert await chat.say("amy", talk) == [], talk
    assert all(o.status is OrderStatus.PENDING_PAYMENT for o in factory.state.orders.values())
