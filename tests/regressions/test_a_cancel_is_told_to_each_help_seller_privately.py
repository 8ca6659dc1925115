"""Cancelling a help-sold group buy was told in each group that listed it, but not to its help-sellers,
whom their friends ask. Each help-seller now gets a private message, as an outbox row like every private
message, in her own language, naming the group buy and the groups of hers that were told."""

from __future__ import annotations

from typing import cast

from commerce.ports import UnitOfWorkFactory
from handlers import outbox
from handlers.app import AppConfig, ChatApp
from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat


async def test_each_help_seller_hears_of_the_cancel_privately_through_the_outbox() -> None:
    factory = FakeUnitOfWorkFactory()
    config = AppConfig(default_language="zh", outbox_platform="telegram")
    app = ChatApp(uow_factory=cast(UnitOfWorkFactory, factory), clock=FakeClock(), config=config)
    family, office = Chat(app), Chat(app, chat_id="office", title="Office")
    await family.say("amy", "接龙 李子 价格 10 成团 9 截止 2小时")
    await family.say("amy", "帮卖 开 10%")
    await office.say("bob", "/helpsell #1", language="en")
    before = len(factory.state.outbox)
    await family.say("amy", "取消")
    rows = [outbox.delivery(item) for item in factory.state.outbox[before:]]
    private = {row.reply.private_to: row.reply.text for row in rows if row.reply.private_to}
    assert private == {
        "bob": "李子 (#1, organised by Amy), which you help-sell, was cancelled by its organiser and will "
        "not go ahead. The groups where you listed it were told: Office."
    }
