"""A buyer who joined from a private chat (a share code) is in no group that is told when the group buy
is called off: a cancel, or a failure at its deadline, is told to him privately, in his language; a
failure's group members hear it in the group only, while an organiser's cancel is told to every buyer
privately too (review 33: his order will not come, and the reason she gave is his to read)."""

from __future__ import annotations

import re
from typing import cast

from commerce.ports import UnitOfWorkFactory
from handlers import outbox
from handlers.app import AppConfig, ChatApp
from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat


def office_chat(factory: FakeUnitOfWorkFactory, clock: FakeClock) -> Chat:
    config = AppConfig(default_language="zh", outbox_platform="test")
    app = ChatApp(uow_factory=cast(UnitOfWorkFactory, factory), clock=clock, config=config)
    return Chat(app, chat_id="office", title="公司群")


async def joined_privately(office: Chat, *, language: str | None = None) -> None:
    await office.say("amy", "接龙 李子 价格 10 成团 9 截止 2小时")
    await office.say("bob", "+1")
    found = re.search(r"团\d+-\w{4}", office.shared(await office.say("bob", "分享")))
    assert found is not None
    await office.say("wang", f"+1 {found.group(0)}", private=True, language=language)


async def test_a_cancel_is_told_privately_to_who_joined_from_private() -> None:
    office = office_chat(FakeUnitOfWorkFactory(), FakeClock())
    await joined_privately(office)
    cancelled = await office.say("amy", "取消 #1 确认")
    assert office.said(cancelled) == "🚫 李子（#1）已取消，不收任何款项。"
    assert office.private(cancelled) == {
        "bob": "🚫 你跟的 李子（#1，团长 Amy）已取消，不成团，不收任何款项。",
        "wang": "🚫 你跟的 李子（#1，团长 Amy）已取消，不成团，不收任何款项。",
    }


async def test_a_failure_is_told_privately_in_his_language() -> None:
    factory, clock = FakeUnitOfWorkFactory(), FakeClock()
    office = office_chat(factory, clock)
    await joined_privately(office, language="en")
    before = len(factory.state.outbox)
    clock.advance(hours=3)

    await office.app.expire(1)

    rows = [outbox.delivery(item).reply for item in factory.state.outbox[before:]]
    assert {row.private_to: row.text for row in rows if row.private_to} == {
        "amy": "⏰ 李子（#1）到了截止时间，未达到成团数量（2/9），没有成团："
        "不生成订单，谁都不用付款，也没有要退的款。群里已通知。",  # hers, privately (session 24)
        "wang": "❌ 李子 (#1, organised by Amy), which you joined, did not reach its target (2/9) by its "
        "deadline and will not go ahead; nobody is charged.",
        "bob": "❌ 你跟的 李子（#1，团长 Amy）截止时未达到成团数量（2/9），不成团，不收任何款项。",
    }
    assert [row.text for row in rows if row.chat_id == "office" and row.text] == [
        "❌ 李子（#1）未达到成团数量（2/9），不收任何款项。"
    ]


async def test_a_buyer_seen_in_the_group_is_told_a_cancel_privately_too() -> None:
    office = office_chat(FakeUnitOfWorkFactory(), FakeClock())
    await joined_privately(office)
    await office.say("wang", "进度")  # now seen in the group: he reads the group's message, and his own
    assert set(office.private(await office.say("amy", "取消 #1 确认"))) == {"bob", "wang"}
