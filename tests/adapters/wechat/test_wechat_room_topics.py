"""A WeChat room's topic (群名) is the chat's name: read from the room python-wechaty loaded with the message
(once per room, no trip to the gateway), kept current by the room-topic event of a rename, and none in a
one-to-one chat."""

from __future__ import annotations

import time
from dataclasses import replace

from wechaty_puppet import EventRoomTopicPayload

from bot.wechat.topics import RoomTopics
from bot.wechat.translate import Incoming, to_request
from tests.adapters.wechat.conftest import World
from tests.adapters.wechat.recording_puppet import LI, ROOM, ZHANG


async def test_a_room_message_carries_the_rooms_topic_and_a_private_one_none(world: World) -> None:
    await world.puppet.say(LI, "+1")
    await world.puppet.say(LI, "我的订单", room=None)

    assert [request.chat_title for request in world.chat.requests] == ["芒果团购群", None]


async def test_a_renamed_room_is_named_by_its_new_topic(world: World) -> None:
    await world.puppet.say(LI, "+1")
    renamed = EventRoomTopicPayload(
        changer_id=ZHANG,
        new_topic="芒果团购二群",
        old_topic="芒果团购群",
        room_id=ROOM,
        timestamp=time.time(),
    )

    await world.puppet.emit("room-topic", renamed)
    await world.puppet.say(LI, "进度")

    assert [request.chat_title for request in world.chat.requests] == ["芒果团购群", "芒果团购二群"]


class Room:
    """A python-wechaty room whose payload was not loaded, as `RoomTopics` uses it: it counts how often
    its topic is asked (`Room.topic()` may ask the gateway), and fails while `broken`."""

    def __init__(self, room_id: str, topic: str) -> None:
        self.room_id, self._topic, self.asked, self.broken = room_id, topic, 0, False

    async def topic(self) -> str:
        self.asked += 1
        if self.broken:
            raise ConnectionError("the gateway went away")
        return self._topic


async def test_a_rooms_topic_is_read_once_and_a_rename_replaces_it() -> None:
    topics, room, nameless = RoomTopics(), Room("a@chatroom", "芒果团购群"), Room("b@chatroom", "")

    read = [await topics.of(room) for _ in range(3)]
    topics.learn("a@chatroom", "芒果团购二群")
    after = await topics.of(room)
    blank = [await topics.of(nameless) for _ in range(2)]

    assert (read, after, room.asked) == (["芒果团购群"] * 3, "芒果团购二群", 1)
    assert (blank, nameless.asked) == ([None, None], 1)  # a room without a topic is not asked again


async def test_the_topics_kept_are_bounded() -> None:
    topics = RoomTopics(max_rooms=2)
    rooms = [Room(f"{n}@chatroom", f"群{n}") for n in range(3)]

    for room in rooms:
        await topics.of(room)

    assert [topics.get(room.room_id) for room in rooms] == [None, None, "群2"]


def test_the_topic_is_the_requests_chat_title_in_a_room_only() -> None:
    incoming = Incoming("m1", LI, "李四", "+1", room_id=ROOM, room_topic="芒果团购群")

    in_room = to_request(incoming, bot_id="wxid_bot")
    private = to_request(replace(incoming, room_id=None), bot_id="wxid_bot")

    assert in_room is not None and in_room.chat_title == "芒果团购群"
    assert private is not None and private.chat_title is None


async def test_a_topic_that_cannot_be_read_is_left_out_and_read_next_time() -> None:
    topics, room = RoomTopics(), Room("a@chatroom", "芒果团购群")
    room.broken = True

    first = await topics.of(room)
    room.broken = False
    second = await topics.of(room)

    assert (first, second, room.asked) == (None, "芒果团购群", 2)
