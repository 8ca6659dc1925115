"""Members who leave a WeChat room, or are removed from it (python-wechaty's room-leave event), are no
longer its members: the adapter tells the ChatApp (`ChatApp.left`), so the group's `排行` does not name
them. The bot's own leaving is no member's."""

from __future__ import annotations

import time

from wechaty_puppet import EventRoomLeavePayload

from tests.adapters.wechat.conftest import World
from tests.adapters.wechat.recording_puppet import BOT, LI, ROOM, WANG, ZHANG


async def test_members_who_left_the_room_are_told_to_the_chat_app(world: World) -> None:
    removed = EventRoomLeavePayload(
        removed_ids=[LI, WANG], remover_id=ZHANG, room_id=ROOM, timestamp=time.time()
    )

    await world.puppet.emit("room-leave", removed)

    assert world.chat.departures == [("wechat", ROOM, (LI, WANG))]


async def test_the_bot_removed_is_no_members_departure(world: World) -> None:
    removed = EventRoomLeavePayload(removed_ids=[BOT], remover_id=ZHANG, room_id=ROOM, timestamp=time.time())

    await world.puppet.emit("room-leave", removed)

    assert world.chat.departures == []
