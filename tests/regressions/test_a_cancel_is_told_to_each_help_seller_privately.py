"""Cancelling a help-sold group buy was told in each group that listed it, but not to its help-sellers,
whom their friends ask. Each help-seller now gets a private message, as an outbox row like every private
message, in her own language, naming the group buy and the groups of hers that were told."""

from __future__ import annotations

from handlers import outbox
from tests.fakes import FakeUnitOfWorkFactory
from tests.helpsell_chats import help_sold


async def test_each_help_seller_hears_of_the_cancel_privately_through_the_outbox() -> None:
    factory = FakeUnitOfWorkFactory()
    family, _ = await help_sold(
        "接龙 李子 价格 10 成团 9 截止 2小时",
        title="Office",
        factory=factory,
        listing="/helpsell #1",
        language="en",
        default_language="zh",
        outbox_platform="telegram",
    )
    before = len(factory.state.outbox)
    await family.say("amy", "取消")
    rows = [outbox.delivery(item) for item in factory.state.outbox[before:]]
    private = {row.reply.private_to: row.reply.text for row in rows if row.reply.private_to}
    assert private == {
        "bob": "李子 (#1, organised by Amy), which you help-sell, was cancelled by its organiser and will "
        "not go ahead. The groups where you listed it were told: Office."
    }
