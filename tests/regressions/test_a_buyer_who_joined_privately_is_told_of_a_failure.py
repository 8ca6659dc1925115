"""老王 joined #5 with a share code from his private chat with the bot; when #5 failed at its deadline
(below its target) only 公司群 was told, and 老王, never seen there, heard nothing. A buyer whose line is
in no group he reads is now told of a failure, and of a cancel, privately, in his language."""

from __future__ import annotations

import re
from typing import cast

from commerce.ports import UnitOfWorkFactory
from handlers import outbox
from handlers.app import AppConfig, ChatApp
from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat


async def test_a_buyer_who_joined_privately_is_told_of_a_failure() -> None:
    factory, clock = FakeUnitOfWorkFactory(), FakeClock()
    config = AppConfig(default_language="zh", outbox_platform="test")
    app = ChatApp(uow_factory=cast(UnitOfWorkFactory, factory), clock=clock, config=config)
    office = Chat(app, chat_id="office", title="公司群")
    await office.say("amy", "接龙 李子 价格 10 成团 9 截止 2小时")
    await office.say("bob", "+1")
    found = re.search(r"团\d+-\w{4}", office.shared(await office.say("bob", "分享")))
    assert found is not None
    await office.say("wang", f"+1 {found.group(0)}", private=True)
    before = len(factory.state.outbox)
    clock.advance(hours=3)

    await app.expire(1)

    rows = [outbox.delivery(item).reply for item in factory.state.outbox[before:]]
    assert {row.private_to: row.text for row in rows if row.private_to} == {
        "amy": "⏰ 李子（#1）到了截止时间，未达到成团数量（2/9），没有成团："
        "不生成订单，谁都不用付款，也没有要退的款。群里已通知。",  # hers, privately (session 24)
        "wang": "❌ 你跟的 李子（#1，团长 Amy）截止时未达到成团数量（2/9），不成团，不收任何款项。",
        "bob": "❌ 你跟的 李子（#1，团长 Amy）截止时未达到成团数量（2/9），不成团，不收任何款项。",
    }
