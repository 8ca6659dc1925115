"""Review 56 #4: the bot removed from the WeChat room where Bob help-sells Amy's group buy, then added back.
Amy's private `截单 #1` said `群里已通知` though that room was never told, and after the bot was added back
nothing was posted there and Amy was not told. Now her close summary says which room was not told; added
back (room-join naming the bot), the room reads one line with the close it missed and its final card, and
Amy is told privately that the room now knows."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence

import pytest

from bot.wechat.outbox import RoomGone
from bot.wechat.translate import Incoming
from tests.adapters.wechat.relayed_room import RelayedWeChat

HOME, OFFICE, BOT = "home@chatroom", "office@chatroom", "wxid_bot"
AMY, BOB, TOM = "wxid_amy", "wxid_bob", "wxid_tom"
TOPICS = {HOME: "王姐邻里团购群", OFFICE: "小丽的闺蜜群"}


class Rooms(RelayedWeChat):
    """`tuan run wechat` on the fakes with two rooms; OFFICE refuses the bot while it is `removed`."""

    def __init__(self, lang: str) -> None:
        super().__init__(lang)
        self.lang = lang
        self.removed = False
        self.sent: list[tuple[str, str]] = []

    async def send_text(self, conversation_id: str, text: str, mention_ids: Sequence[str]) -> None:
        if self.removed and conversation_id == OFFICE:
            raise RoomGone("the bot is not a member of the room")
        self.sent.append((conversation_id, text))

    async def say(self, member: str, text: str, room: str | None = HOME) -> None:
        self.count += 1
        name = member.removeprefix("wxid_").title()
        topic = TOPICS.get(room or "")
        await self.adapter.on_message(
            Incoming(f"m{self.count}", member, name, text, room_id=room, room_topic=topic)
        )
        await self.settle()

    async def settle(self) -> None:
        assert await self.relay.drain(5)
        self.clock.advance(seconds=40)

    def read(self, chat: str) -> list[str]:
        return [text for to, text in self.sent if to == chat]


SAID = {
    "zh": {
        "open": ("接龙 砂糖橘 价格 30 截止 2小时", "帮卖 开 10%", "帮卖 #1", "+1", "截单 #1"),
        "not_told": "但「小丽的闺蜜群」没有收到截单通知：我已经不在那个群里了",
        "back": "我不在的时候，砂糖橘（#1）已经截止",
        "amy_back": "我回到「小丽的闺蜜群」了：砂糖橘（#1）在我不在的时候截止",
    },
    "en": {
        "open": (
            "/groupbuy Oranges price 30 ends 2h",
            "/helpsell on 10%",
            "/helpsell #1",
            "/join",
            "/close #1",
        ),
        "not_told": "But 小丽的闺蜜群 was not told of the close: I am no longer in that group.",
        "back": "While I was out, Oranges (#1) ended",
        "amy_back": "I'm back in 小丽的闺蜜群: Oranges (#1) ended while I was out",
    },
}


@pytest.fixture
async def rooms(request: pytest.FixtureRequest) -> AsyncIterator[Rooms]:
    opened = Rooms(request.param)
    opened.relay.start()
    yield opened
    await opened.relay.close()


@pytest.mark.parametrize("rooms", ["zh", "en"], indirect=True)
async def test_a_room_the_bot_was_out_of_is_named_and_told_the_close_when_it_is_back(rooms: Rooms) -> None:
    said = SAID[rooms.lang]
    opening, helpsell, listing, join, close = said["open"]
    await rooms.say(AMY, opening)
    await rooms.say(AMY, helpsell)
    await rooms.say(BOB, listing, room=OFFICE)
    await rooms.say(TOM, join, room=OFFICE)
    await rooms.say(AMY, join)

    rooms.removed = True
    await rooms.adapter.on_left(OFFICE, [BOT])  # the bot removed from the help-selling room
    await rooms.settle()
    await rooms.say(AMY, close, room=None)  # in her private chat
    summary = [text for text in rooms.read(AMY) if said["not_told"] in text]
    assert len(summary) == 1, rooms.read(AMY)  # which room was not told, under her summary
    office_before = len(rooms.read(OFFICE))

    rooms.removed = False
    await rooms.adapter.on_joined(OFFICE, [BOT])  # added back
    await rooms.settle()
    office = rooms.read(OFFICE)[office_before:]
    assert len([text for text in office if said["back"] in text]) == 1, office
    assert any(said["amy_back"] in text for text in rooms.read(AMY)), rooms.read(AMY)

    await rooms.adapter.on_joined(OFFICE, [BOT])  # a second room-join: nothing again
    await rooms.say(BOB, "hi", room=OFFICE)
    assert len([text for text in rooms.read(OFFICE) if said["back"] in text]) == 1
