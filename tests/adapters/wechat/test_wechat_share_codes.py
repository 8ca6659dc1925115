"""Share codes on WeChat, through the real adapter and the ChatApp: 李四 sends 分享 and gets his code,
王五 joins with `+1 团1-…` in the room, 赵六 types the code to the bot in private and joins from there;
the orders made at the close are 李四's."""

from __future__ import annotations

import re
from typing import cast

import pytest

from commerce.ports import UnitOfWorkFactory
from handlers.app import AppConfig, ChatApp
from tests.adapters.wechat.conftest import FakeChat, World
from tests.adapters.wechat.recording_puppet import LI, ROOM, WANG, ZHANG, ZHAO
from tests.fakes import FakeClock, FakeUnitOfWorkFactory


@pytest.fixture
def chat() -> FakeChat:
    """A real ChatApp in front of the adapter (the fixture's type is the scripted one's)."""
    app = ChatApp(
        uow_factory=cast(UnitOfWorkFactory, FakeUnitOfWorkFactory()), clock=FakeClock(), config=AppConfig()
    )
    return cast(FakeChat, app)


async def test_a_typed_share_code_joins_and_attributes_the_order(world: World) -> None:
    app = cast(ChatApp, world.chat)
    await world.puppet.say(ZHANG, "接龙 芒果 价格 88")
    await world.puppet.say(LI, "分享")
    await world.outbox.flush()
    said = [sent.text for sent in world.puppet.sent if sent.conversation_id == ROOM]
    assert said[-1].endswith("李四\u2005你的分享码已私信发给你。"), said  # the room reads only that
    private = [sent.text for sent in world.puppet.sent if sent.conversation_id == LI]
    found = re.search(r"团1-[2-9A-HJKMNP-Z]{4}", private[-1])
    assert found is not None, private
    code = found.group(0)
    assert f"你的芒果（#1）分享码：{code}" in private[-1]

    await world.puppet.say(WANG, f"+2 {code} 3号楼")
    await world.puppet.say(LI, f"+1 {code}")  # his own code: a join, no visit
    await world.puppet.say(ZHAO, code, room=None)  # privately: the card, with numbered choices
    await world.puppet.say(ZHAO, f"+1 {code}", room=None)
    await world.outbox.flush()
    private = [sent.text for sent in world.puppet.sent if sent.conversation_id == ZHAO]
    assert private[0].startswith("🛒 芒果（#1）") and "回复 1 " in private[0]

    await world.puppet.say(ZHANG, "截单")
    await world.outbox.flush()
    state = cast(FakeUnitOfWorkFactory, app.uow_factory).state
    assert {o.buyer_id: o.sharer_id for o in state.orders.values()} == {WANG: LI, LI: None, ZHAO: LI}


async def test_share_from_a_member_who_is_not_the_bots_friend_tells_her_to_add_it_and_posts_no_code(
    world: World,
) -> None:
    """赵六 is in the room but not the bot's friend: his code cannot go privately. It used to be posted in
    the room for all to read (and use as theirs); now the room reads one line, no code, telling him to add
    the bot as a friend first, and nothing else is posted (no "sent to you privately")."""
    await world.puppet.say(ZHANG, "接龙 芒果 价格 88")
    await world.outbox.flush()
    before = len(world.puppet.sent)
    await world.puppet.say(ZHAO, "分享")
    await world.outbox.flush()

    sent = world.puppet.sent[before:]
    assert [(s.conversation_id, s.text) for s in sent] == [
        (ROOM, "@赵六\u2005我还不能私信你，分享码没有发出去：请先加我为好友，再发一次“分享”。")
    ]
    assert not any(re.search(r"团1-[2-9A-HJKMNP-Z]{4}", s.text) for s in sent)
