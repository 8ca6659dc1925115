"""WeChat quote-replies as comments, through the recording puppet, the real adapter and the ChatApp:
李四 quotes the note card (python-wechaty's `「团购助手: 笔记 #1 …」\n- - -\n…`) and his reply is a comment
on note 1 (`笔记 1` counts and lists it); a quote of a member's message is just the
reply; and the quote format is taken apart whatever colon or dashes the client wrote."""

from __future__ import annotations

from typing import cast

import pytest

from bot.wechat.quotes import Quote, split_quote
from bot.wechat.translate import Incoming, to_request
from commerce.ports import UnitOfWorkFactory
from handlers.app import AppConfig, ChatApp
from tests.adapters.wechat.conftest import FakeChat, World
from tests.adapters.wechat.recording_puppet import BOT, LI, ROOM, WANG, ZHANG
from tests.fakes import FakeClock, FakeUnitOfWorkFactory

SEPARATOR = "- - - - - - - - - - - - - - -"


@pytest.fixture
def chat() -> FakeChat:
    """A real ChatApp in front of the adapter (the fixture's type is the scripted one's)."""
    app = ChatApp(
        uow_factory=cast(UnitOfWorkFactory, FakeUnitOfWorkFactory()), clock=FakeClock(), config=AppConfig()
    )
    return cast(FakeChat, app)


def _room_texts(world: World) -> list[str]:
    return [sent.text for sent in world.puppet.sent if sent.conversation_id == ROOM]


async def test_a_quote_of_the_note_card_is_a_comment_on_the_note(world: World) -> None:
    await world.puppet.say(ZHANG, "种草 芒果超甜，回购三次")
    await world.outbox.flush()
    [card] = [text for text in _room_texts(world) if text.startswith("笔记 #1")]
    assert "👍 0 · 💬 0" in card

    await world.puppet.say(LI, f"「团购助手：{card}」\n{SEPARATOR}\n同感，上次买的也很甜")
    await world.outbox.flush()
    said = _room_texts(world)
    assert any("李四 评论了笔记 #1" in text for text in said), said

    await world.puppet.say(WANG, "笔记 1")
    await world.outbox.flush()
    shown = _room_texts(world)[-1]
    assert "👍 0 · 💬 1" in shown and "李四：同感，上次买的也很甜" in shown, shown


async def test_a_quote_of_a_members_message_is_only_the_reply(world: World) -> None:
    await world.puppet.say(ZHANG, "接龙 芒果 价格 30")
    await world.puppet.say(LI, f"「张三：接龙 芒果 价格 30」\n{SEPARATOR}\n+1")
    await world.outbox.flush()
    state = cast(FakeUnitOfWorkFactory, cast(ChatApp, world.chat).uow_factory).state
    assert [p.user_id for lines in state.lines.values() for p in lines.values()] == [LI]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "「团购助手: 笔记 #3 · 张三\n好吃」\n- - - - - - -\n同感",
            Quote("团购助手", "笔记 #3 · 张三\n好吃", "同感"),
        ),
        ("「团购助手：@李四\u2005笔记 #3」\n------\n好", Quote("团购助手", "笔记 #3", "好")),
        ("+1 3号楼", None),
        ("「没有分隔线」\n同感", None),
    ],
)
def test_the_quote_format_is_taken_apart(text: str, expected: Quote | None) -> None:
    assert split_quote(text) == expected


def test_only_a_quote_of_the_bot_replies_to_something() -> None:
    quoting = Incoming(
        "m1",
        LI,
        "李四",
        f"「张三：笔记 #3 · 张三」\n{SEPARATOR}\n同感",
        room_id=ROOM,
        bot_names=("团购助手",),
    )
    request = to_request(quoting, bot_id=BOT)
    assert request is not None and (request.text, request.replied_to) == ("同感", None)
