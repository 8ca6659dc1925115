"""A help-sold group buy that failed at its deadline (below its target) was told in the groups that
joined it, but not to its help-sellers, and a listing group nobody joined from read "已截单，本群没有人
跟团", not that it failed. As a cancel is, a failure is now told in every listing group and to each
help-seller privately (an outbox row, like every private message), in her own language."""

from __future__ import annotations

from handlers import outbox
from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.helpsell_chats import help_sold
from tests.unit.handlers.conftest import Chat


async def test_a_failure_is_told_to_each_help_seller_privately() -> None:
    factory, clock = FakeUnitOfWorkFactory(), FakeClock()
    family, office = await help_sold(
        "接龙 李子 价格 10 成团 9 截止 2小时",
        title="Office",
        factory=factory,
        clock=clock,
        listing="/helpsell #1",
        language="en",
        default_language="zh",
        outbox_platform="test",
    )
    garden = Chat(family.app, chat_id="garden")
    await garden.say("cat", "帮卖 #1")
    await office.say("dan", "+1")
    before = len(factory.state.outbox)
    clock.advance(hours=3)

    await family.app.expire(1)

    rows = [outbox.delivery(item).reply for item in factory.state.outbox[before:]]
    private = {row.private_to: row.text for row in rows if row.private_to}
    assert private == {
        "amy": "⏰ 李子（#1）到了截止时间，未达到成团数量（1/9），没有成团："
        "不生成订单，谁都不用付款，也没有要退的款。群里已通知。",  # hers, privately (session 24)
        "bob": "李子 (#1, organised by Amy), which you help-sell, did not reach its target (1/9) by its "
        "deadline and will not go ahead; nobody is charged. "
        "The groups where you listed it were told: Office.",
        "cat": "你帮卖的 李子（#1，团长 Amy）截止时未达到成团数量（1/9），不成团，不收任何款项；"
        "你挂它的群已收到通知：另一个群。",
        "dan": "❌ 李子 (#1, organised by Amy), which you joined, did not reach its target (1/9) by its "
        "deadline and will not go ahead; nobody is charged.",  # a buyer too, in the language of his group
    }
    garden_told = [row.text for row in rows if row.chat_id == "garden" and row.text and not row.private_to]
    assert garden_told == ["❌ 李子（#1）未达到成团数量（1/9），不收任何款项。"]
