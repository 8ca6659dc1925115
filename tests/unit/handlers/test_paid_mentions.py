"""已收 @某人: the organiser's confirmation concerns the buyer, so it mentions the buyer (WeChat shows it)."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat


async def test_the_confirmation_in_the_group_mentions_the_buyer(
    chat: Chat, uow_factory: FakeUnitOfWorkFactory
) -> None:
    await chat.say("amy", "接龙 海南贵妃芒 价格 88 成团 1")
    await chat.say("cat", "+1")
    await chat.say("amy", "截单")

    paid = await chat.say("amy", "已收 @Cat", mentions=["cat"])

    in_group = [reply for reply in paid if reply.text and not reply.private_to]
    assert [(reply.text, reply.mention) for reply in in_group] == [("✅ Cat 的订单 #1-1 已付款。", ("cat",))]
    assert chat.private(paid) == {
        "cat": "Amy 已确认收到你订单 #1-1（海南贵妃芒）的付款 ¥88，谢谢！\n"
        f"取货码：{uow_factory.state.orders[1].pickup_code}（取货时出示，由团长核销）"
    }
