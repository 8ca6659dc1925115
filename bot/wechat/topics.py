"""Each WeChat room's topic (群名), as last seen, for `Request.chat_title`: `/orders` says which group an
order lives in, and `/copy #12 到 家庭群` finds the room by it.

It costs no trip to the gateway: python-wechaty loads a room's payload (its topic among it) when it
readies the message, and keeps it; the topic is read from there once per room (`Room.topic()` only for
a room without a loaded payload: it may ask the gateway). python-wechaty never reloads a loaded room, so
a rename reaches the bot as a `room-topic` event instead, and `learn` keeps the new topic. A topic that
cannot be read is no reason to drop the message: the request goes without it, and the next message
tries again. Bounded: when full it forgets everything (each room's payload is then read again).
"""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger(__name__)

MAX_ROOMS = 10_000


class RoomTopics:
    def __init__(self, *, max_rooms: int = MAX_ROOMS) -> None:
        self.max_rooms = max_rooms
        self._topics: dict[str, str] = {}

    def learn(self, room_id: str, topic: str | None) -> None:
        if len(self._topics) >= self.max_rooms and room_id not in self._topics:
            self._topics.clear()
        self._topics[room_id] = topic or ""

    def get(self, room_id: str) -> str | None:
        """The room's topic as known here (None: not known, or the room has none)."""
        return self._topics.get(room_id) or None

    async def of(self, room: Any) -> str | None:
        """The topic of a python-wechaty `Room` (its message's, ready), None when it has none."""
        room_id = str(room.room_id)
        if room_id not in self._topics:
            try:
                self.learn(room_id, await _read(room))
            except Exception:
                log.warning("could not read the topic of room %s: going on without", room_id, exc_info=True)
                return None
        return self.get(room_id)


async def _read(room: Any) -> str | None:
    """What python-wechaty loaded with the room, else what `Room.topic()` says."""
    topic = getattr(getattr(room, "payload", None), "topic", None)
    if isinstance(topic, str):
        return topic
    return str(await room.topic() or "")
