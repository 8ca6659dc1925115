"""Review 47 #7: with the bot removed from the WeChat room, the organiser's private `截单 #1` was answered
`已截单…群里已通知…` while the room refused every send: the rows were retried forever (`failed, try 6…`),
the log had two gRPC tracebacks, and nobody was told. Now a room that refuses the bot (or whose room-leave
names the bot) is marked gone: its rows are given up with the reason (never retried), the log says it in
one line, each organiser with a group buy still open there is told privately, once, which ones, and her
close summary says the group was not told instead of `群里已通知`."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Sequence
from typing import Any

import pytest

from bot.wechat.adapter import NameBook
from bot.wechat.client import WechatyTransport
from bot.wechat.outbox import RoomGone
from bot.wechat.translate import PLATFORM, Incoming
from commerce.domain.outbox import send_topic
from tests.adapters.wechat.relayed_room import RelayedWeChat

ROOM, BOT = "fruit@chatroom", "wxid_bot"
AMY, BOB = "wxid_amy", "wxid_bob"


class Room(RelayedWeChat):
    """`tuan run wechat` on the fakes (the ChatApp's rows, the relay, the adapter); the room refuses the
    bot once `removed`, as the gateway does."""

    def __init__(self, lang: str) -> None:
        super().__init__(lang)
        self.removed = False
        self.tries: list[str] = []  # every send tried, to whom
        self.sent: list[tuple[str, str]] = []

    async def send_text(self, conversation_id: str, text: str, mention_ids: Sequence[str]) -> None:
        self.tries.append(conversation_id)
        if self.removed and conversation_id == ROOM:
            raise RoomGone("the bot is not a member of the room")
        self.sent.append((conversation_id, text))

    async def say(self, member: str, text: str, *, room: bool = True) -> None:
        self.count += 1
        name = member.removeprefix("wxid_").title()
        where = ROOM if room else None
        await self.adapter.on_message(Incoming(f"m{self.count}", member, name, text, room_id=where))
        assert await self.relay.drain(5)
        self.clock.advance(seconds=40)

    def read(self, chat: str) -> list[str]:
        return [text for to, text in self.sent if to == chat]

    async def unsent(self) -> int:
        async with self.uow_factory() as uow:
            return await uow.outbox.pending(send_topic(PLATFORM))


@pytest.fixture
async def room(request: pytest.FixtureRequest) -> AsyncIterator[Room]:
    lang = request.param
    opened = Room(lang)
    opened.relay.start()
    if lang == "zh":
        await opened.say(AMY, "接龙 西瓜 价格 39")
        await opened.say(AMY, "接龙 水蜜桃 价格 68")
        await opened.say(BOB, "+1 #1")
    else:
        await opened.say(AMY, "/groupbuy Melons price 39")
        await opened.say(AMY, "/groupbuy Peaches price 68")
        await opened.say(BOB, "/join #1")
    yield opened
    await opened.relay.close()


SAID = {
    "zh": {
        "close": "截单 #1",
        "summary": "已截单，但群里没有收到：我已经不在那个群里了（被移出或群已解散）",
        "open": "你在那里还在接龙的团：水蜜桃（#2）。",
        "order": "你在 西瓜（#1）的订单 #1-1",
    },
    "en": {
        "close": "/close #1",
        "summary": "Closed, but the group was not told: I am no longer in that group",
        "open": "Your group buys still open there: Peaches (#2).",
        "order": "Your order #1-1 in Melons (#1)",
    },
}


@pytest.mark.parametrize("room", ["zh", "en"], indirect=True)
async def test_a_close_after_the_room_removed_the_bot_gives_its_rows_up_and_says_so(
    room: Room, caplog: pytest.LogCaptureFixture
) -> None:
    said = SAID[room.outbox.language]
    room.removed = True
    caplog.set_level(logging.WARNING)

    await room.say(AMY, said["close"], room=False)  # in her private chat with the bot
    tries = len(room.tries)
    room.clock.advance(minutes=30)
    assert await room.relay.drain(5)

    assert len(room.tries) == tries  # nothing tried again
    assert await room.unsent() == 0  # its rows are done: given up
    amy = room.read(AMY)
    assert any(text.startswith(said["summary"]) for text in amy)  # never "群里已通知"
    assert [text for text in amy if said["open"] in text] != []  # which are still open there: once
    assert len([text for text in amy if said["open"] in text]) == 1
    assert any(said["order"] in text for text in room.read(BOB))  # a friend still gets his order
    assert not [record for record in caplog.records if record.exc_info]  # no traceback
    gone = [
        record for record in caplog.records if "no longer takes the bot's messages" in record.getMessage()
    ]
    assert len(gone) == 1


@pytest.mark.parametrize("room", ["zh", "en"], indirect=True)
async def test_the_room_leave_naming_the_bot_tells_the_organiser_once(room: Room) -> None:
    await room.adapter.on_left(ROOM, [BOT])
    await room.adapter.on_left(ROOM, [BOT])
    assert await room.relay.drain(5)

    both = {
        "zh": "你在那里还在接龙的团：水蜜桃（#2）、西瓜（#1）。",
        "en": "still open there: Peaches (#2), Melons (#1).",
    }
    told = [text for text in room.read(AMY) if both[room.outbox.language] in text]
    assert len(told) == 1
    assert await room.outbox.gone(ROOM)
    await room.say(BOB, "+1 #2")  # added back: a message from the room
    assert not await room.outbox.gone(ROOM)


async def test_the_gateways_refusal_of_a_room_message_is_the_room_gone() -> None:
    transport = WechatyTransport(NameBook())

    class Puppet:
        async def message_send_text(self, conversation_id: str, text: str, mentions: Any) -> None:
            raise RuntimeError("Error: the bot is not a member of the room\n    at puppet.messageSendText")

    class Bot:
        puppet = Puppet()

    transport.bot = Bot()
    with pytest.raises(RoomGone):
        await transport.send_text(ROOM, "hello", ())
