"""Review 82 #8: boss's `/hide 1 ad` gave the group two lines, `The admins hid note #1.` and the note's card
`Note #1 was hidden by the chat's admins.`; on WeChat, which cannot edit a message, the card goes again as
a new message beside the answer. Now the group reads one line saying which note was hidden, in its
language: where the card is edited in place (the playground, Telegram) that edit is all it adds; where it
could only be posted anew (WeChat) it is not, the answer says it."""

from __future__ import annotations

from pathlib import Path
from typing import cast

import pytest

from commerce.ports import UnitOfWorkFactory
from handlers.app import AppConfig, ChatApp
from tests.adapters.wechat import conftest as wechat
from tests.adapters.wechat.conftest import FakeChat, World
from tests.adapters.wechat.recording_puppet import ROOM, WANG, ZHANG
from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.bot.playground_api import playground_api

wechaty_module, world = wechat.wechaty_module, wechat.world  # the WeChat adapter's fixtures, here too


@pytest.fixture
def chat() -> FakeChat:
    """A real ChatApp in front of the WeChat adapter, 王五 one of the bot's admins."""
    config = AppConfig(payout_admins=frozenset({WANG}))
    factory = cast(UnitOfWorkFactory, FakeUnitOfWorkFactory())
    app = ChatApp(uow_factory=factory, clock=FakeClock(), config=config)
    return cast(FakeChat, app)


def _room_texts(world: World) -> list[str]:
    return [sent.text for sent in world.puppet.sent if sent.conversation_id == ROOM]


async def test_on_wechat_the_room_reads_one_line(world: World) -> None:
    await world.puppet.say(ZHANG, "种草 芒果超甜，回购三次")
    await world.outbox.flush()
    before = len(_room_texts(world))

    await world.puppet.say(WANG, "隐藏 1 广告")
    await world.outbox.flush()
    world.clock.advance(seconds=60)  # past the room's card window: a card waiting for it goes
    await world.outbox.flush()

    assert _room_texts(world)[before:] == ["@王五\u2005群管理员隐藏了笔记 #1。"]


@pytest.mark.parametrize(
    ("lang", "note", "said", "card"),
    [
        ("en", "/note honey!", "The admins hid note #1.", "Note #1 was hidden by the chat's admins."),
        ("zh", "种草 蜂蜜很好吃", "群管理员隐藏了笔记 #1。", "笔记 #1 已被群管理员隐藏。"),
    ],
)
async def test_in_the_playground_the_group_gets_one_message_and_the_card_is_edited(
    tmp_path: Path, lang: str, note: str, said: str, card: str
) -> None:
    async with playground_api(tmp_path) as api:
        api.hub.admins = frozenset({"boss"})
        await api.say("g", "amy", f"/lang {lang}")
        await api.say("g", "dan", note)
        before = await api.messages("g")

        hidden = await api.say("g", "boss", "/hide 1 ad")

        after = await api.messages("g")
        assert [m["text"] for m in after[len(before) :]] == ["/hide 1 ad", said]
        posted = [r["text"] for r in hidden["replies"] if r["chat"] == "g" and not r["edited"]]
        assert posted == [said]
        assert [m["text"] for m in after if m["message_id"] == before[-1]["message_id"]] == [card]
