"""A help-sold group buy that fails at its deadline (below its target) is told as a failure in each group
that lists it, whether anyone there joined or not, and to each help-seller privately, in her own
language, naming the groups of hers that were told, as a cancel is; a success tells each privately her
groups' own orders and units and the commission they come to once paid (rep65 #6: it told them nothing)."""

from __future__ import annotations

from typing import cast

from commerce.ports import UnitOfWorkFactory
from handlers import outbox
from handlers.app import AppConfig, ChatApp
from handlers.types import Reply
from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat

FAILED_ZH = "❌ 李子（#1）未达到成团数量（2/9），不收任何款项。"
FAILED_EN = "❌ 李子 (#1) did not reach its target (2/9). Nobody is charged."


async def listed(factory: FakeUnitOfWorkFactory, clock: FakeClock, *, target: int = 9) -> ChatApp:
    """Amy's plums listed by Bob in the office, where Dan joins 2, by Eve (who speaks English) in the
    garden, where nobody joins, and by Amy herself in her book club."""
    config = AppConfig(default_language="zh", outbox_platform="test")
    app = ChatApp(uow_factory=cast(UnitOfWorkFactory, factory), clock=clock, config=config)
    family = Chat(app, title="Family")
    office, garden = Chat(app, chat_id="office", title="Office"), Chat(app, chat_id="garden", title="Garden")
    books = Chat(app, chat_id="books", title="Books")
    await family.say("amy", f"接龙 李子 价格 10 成团 {target} 截止 2小时")
    await family.say("amy", "帮卖 开 10%")
    await office.say("bob", "帮卖 #1")
    await garden.say("eve", "/helpsell #1", language="en")
    await books.say("amy", "帮卖 #1")
    await office.say("dan", "+2")
    return app


def told_in(replies: list[Reply], chat_id: str) -> list[str]:
    return [r.text for r in replies if r.text and not r.private_to and r.chat_id == chat_id]


async def test_a_failure_at_the_deadline_is_told_to_each_help_seller_in_her_language() -> None:
    factory, clock = FakeUnitOfWorkFactory(), FakeClock()
    app = await listed(factory, clock)
    before = len(factory.state.outbox)
    clock.advance(hours=3)

    closed = await app.expire(1)

    assert Chat.private(closed) == {
        "amy": "⏰ 李子（#1）到了截止时间，未达到成团数量（2/9），没有成团："
        "不生成订单，谁都不用付款，也没有要退的款。群里已通知。",  # hers, privately (session 24)
        "bob": "你帮卖的 李子（#1，团长 Amy）截止时未达到成团数量（2/9），不成团，不收任何款项；"
        "你挂它的群已收到通知：Office。",
        "eve": "李子 (#1, organised by Amy), which you help-sell, did not reach its target (2/9) by its "
        "deadline and will not go ahead; nobody is charged. "
        "The groups where you listed it were told: Garden.",
        "dan": "❌ 你跟的 李子（#1，团长 Amy）截止时未达到成团数量（2/9），不成团，不收任何款项。",  # a buyer
    }
    rows = [outbox.delivery(item).reply for item in factory.state.outbox[before:]]
    # as rows, with the close
    assert {row.private_to for row in rows if row.private_to} == {"amy", "bob", "eve", "dan"}


async def test_a_failure_is_told_as_such_in_each_listing_group_joined_or_not() -> None:
    factory, clock = FakeUnitOfWorkFactory(), FakeClock()
    app = await listed(factory, clock)
    clock.advance(hours=3)

    closed = await app.expire(1)

    for chat_id in ("family", "office", "books"):
        assert told_in(closed, chat_id) == [FAILED_ZH], chat_id
    assert told_in(closed, "garden") == [FAILED_EN]  # Eve listed it there in English


async def test_a_success_at_the_deadline_tells_each_help_seller_her_groups_figures() -> None:
    factory, clock = FakeUnitOfWorkFactory(), FakeClock()
    app = await listed(factory, clock, target=2)
    clock.advance(hours=3)

    closed = await app.expire(1)

    private = Chat.private(closed)  # his order; the organiser's all-groups total; each help-seller's own
    assert set(private) == {"dan", "amy", "bob", "eve"}
    assert private["bob"] == (
        "📦 你帮卖的 李子（#1）截单了，已成团：Office 1 个订单、2 份。"
        "买家付款、团长确认收款后，记给你的佣金约 ¥2（发“我的收益”查看）。"
    )
    assert (
        private["eve"]
        == "📦 李子 (#1), which you help-sell, has closed and succeeded: nobody joined in Garden."
    )
    assert told_in(closed, "garden") == ["李子 (#1) has closed; nobody in this group joined it."]
