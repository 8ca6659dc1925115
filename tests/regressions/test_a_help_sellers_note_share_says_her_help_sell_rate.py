"""Review 99 #5: 小红 help-sells 小米 (#1, 帮卖 10%, no sharer rate) in 二号群 and posted a note on it there;
her `分享笔记 1` gave the code alone, while her `分享 #1` there said her group's orders earn her 10%. The
note's share now says the same rate line; another member's still says sharing earns nothing."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def _help_sold() -> tuple[Chat, Chat]:
    family = fake_chat(FakeUnitOfWorkFactory())
    family.title = "邻里群"
    second = Chat(family.app, chat_id="second", title="二号群")
    await family.say("amy", "接龙 小米 2斤 价格 30")
    await family.say("amy", "帮卖 开 10%")
    await second.say("eve", "帮卖 #1")
    await second.say("eve", "种草 #1 这个小米熬粥有米油，我家天天喝")
    return family, second


async def test_a_help_sellers_note_share_says_her_help_sell_rate() -> None:
    _, second = await _help_sold()

    shared = second.shared(await second.say("eve", "分享笔记 1"))
    by_share = second.shared(await second.say("eve", "分享 #1"))

    assert shared.startswith("你分享笔记 #1 的专属码：")
    rate_line = shared.splitlines()[-1]
    assert "帮卖佣金 10%" in rate_line and "二号群" in rate_line
    assert rate_line == by_share.splitlines()[-1]


async def test_another_members_note_share_still_says_it_earns_nothing() -> None:
    _, second = await _help_sold()

    shared = second.shared(await second.say("dan", "分享笔记 1"))

    assert "没有设分享佣金" in shared and "帮卖佣金" not in shared
