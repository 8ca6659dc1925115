"""A WeChat photo card: the photo a member sends just before their `接龙 …`.

WeChat has no captions: a photo and a text are two messages. So a member's image message in a chat is
remembered (its message id, for `PHOTO_MINUTES`), and the next text that member sends in that chat
takes it as its `Request.photo`, whatever it is: an opening makes the group buy a photo card, anything
else lets it go (a photo, then chatter, then `接龙 …` opens without one). The room sees the photo again
right before the group buy's first card (bot/wechat/outbox.py), fetched from WeChat by that id.

Kept in the shared state (`commerce.state.KeyValues`): with Redis, the process that takes the text
finds the photo another one saw.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from commerce.state import Json, KeyValues

PHOTO_MINUTES = 10


class RecentPhotos:
    """The last image message each member sent in each chat, until their next text or `ttl`."""

    def __init__(self, values: KeyValues, *, ttl: timedelta = timedelta(minutes=PHOTO_MINUTES)) -> None:
        self.values = values
        self.ttl = ttl

    async def sent(
        self, chat_id: str, member_id: str, message_id: str, *, at: datetime | None = None
    ) -> None:
        """`at`: when it came (a screenshot just before `转好了` is her payment's: the adapter)."""
        value: Json = message_id if at is None else {"id": message_id, "at": at.timestamp()}
        await self.values.set(_key(chat_id, member_id), value, ttl=self.ttl.total_seconds())

    async def take(self, chat_id: str, member_id: str) -> str | None:
        """The member's photo for their text now (the image message id), forgotten as it is taken."""
        photo, _ = await self.take_dated(chat_id, member_id)
        return photo

    async def take_dated(self, chat_id: str, member_id: str) -> tuple[str | None, float | None]:
        """`take`, with when the photo came (a POSIX time; None: not said)."""
        key = _key(chat_id, member_id)
        found = await self.values.get(key)
        if found is None:
            return None, None
        await self.values.delete(key)
        if isinstance(found, dict):
            photo, at = found.get("id"), found.get("at")
            return (photo if isinstance(photo, str) else None), (
                float(at) if isinstance(at, int | float) else None
            )
        return (found if isinstance(found, str) else None), None


def _key(chat_id: str, member_id: str) -> str:
    return f"wechat:photo:{chat_id}:{member_id}"
