"""s28: `撤销取消 #2` after Amy called off the group buy #2 was read as restoring an order numbered 2
(`这里没有订单 #2`): she meant the group buy. A restore naming a group buy called off (`#2`, or a bare `2`
when she has no such order) now says, in one message, that a called-off group buy cannot come back and how
to start it again (`再开一团 #2`; a member who does not run it: whom to ask), nothing changed."""

from __future__ import annotations

from commerce.domain.group_buy import GroupBuyStatus
from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def _called_off(opened: str) -> tuple[FakeUnitOfWorkFactory, Chat]:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)
    await chat.say("amy", opened.format(title="鸡蛋" if "接龙" in opened else "Eggs"))
    await chat.say("amy", opened.format(title="苹果" if "接龙" in opened else "Apples"))
    await chat.say("lin", "+1 #2")
    await chat.say("amy", "取消团购 #2 确认" if "接龙" in opened else "/cancel #2 confirm")
    assert factory.state.group_buys[2].status is GroupBuyStatus.CANCELLED
    return factory, chat


async def test_restoring_a_called_off_group_buy_says_how_to_start_it_again_in_chinese() -> None:
    factory, chat = await _called_off("接龙 {title} 价格 10")
    said = "团购 #2（苹果）已经取消了，取消的团购不能恢复，没有任何改动。"

    for typed in ("撤销取消 #2", "恢复订单 #2", "撤销取消 2"):
        replies = await chat.say("amy", typed)
        assert [reply.text for reply in replies] == [
            said + "要重新开这个团就发 再开一团 #2（同样的条款，新的接龙）。"
        ]
    asked = chat.said(await chat.say("lin", "撤销取消 #2"))
    assert asked == said + "想要的话请团长（Amy）发 再开一团 #2。"
    assert factory.state.group_buys[2].status is GroupBuyStatus.CANCELLED


async def test_restoring_a_called_off_group_buy_says_how_to_start_it_again_in_english() -> None:
    factory, chat = await _called_off("/groupbuy {title} price 10")
    said = (
        "Group buy #2 (Apples) was called off, and a called-off group buy cannot come back. "
        "Nothing was changed. "
    )

    replies = await chat.say("amy", "/restore #2")
    assert [reply.text for reply in replies] == [
        said + "To start it again, send /copy #2 (the same terms, a new card)."
    ]
    asked = chat.said(await chat.say("lin", "/restore #2"))
    assert asked == said + "To have it again, ask the organiser (Amy) to send /copy #2."
    assert factory.state.group_buys[2].status is GroupBuyStatus.CANCELLED


async def test_an_order_numbered_as_a_group_buy_that_went_ahead_is_still_an_order() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)
    await chat.say("amy", "接龙 鸡蛋 价格 40")
    await chat.say("lin", "+2")
    await chat.say("amy", "截单")
    await chat.say("amy", "取消订单 1-1")

    said = chat.said(await chat.say("amy", "恢复订单 1"))

    assert said == "已恢复订单 #1-1（Lin）：又在等待付款。收到钱就发 已收 1-1。"
