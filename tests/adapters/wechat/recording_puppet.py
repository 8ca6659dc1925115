"""A WeChat in memory behind python-wechaty's `Puppet` interface, recording every text the bot sends.

It stands where the puppet-service client stands in production, so a real python-wechaty `Wechaty`
(its event bridge, `Message`, `Contact`, `Room`) runs on top of it. Events are awaited in order (no
background tasks), so a test knows the bot has finished with a message when `say` returns.
"""

from __future__ import annotations

import base64
import json
import uuid
from collections import defaultdict
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from wechaty_puppet import EventLoginPayload, EventMessagePayload, FileBox, Puppet
from wechaty_puppet.schemas.types import (
    ContactPayload,
    ContactType,
    MessagePayload,
    MessageType,
    RoomMemberPayload,
    RoomPayload,
)

BOT = "wxid_tuan_bot"
ROOM = "mango@chatroom"
ZHANG, LI, WANG, ZHAO = "wxid_zhangsan", "wxid_lisi", "wxid_wangwu", "wxid_zhaoliu"
SHOP = "gh_mango_shop"  # an official account: not a person
NAMES = {BOT: "团购助手", ZHANG: "张三", LI: "李四", WANG: "Wang Wu", ZHAO: "赵六"}
# 赵六 is in the room but not the bot's friend: WeChat would refuse a private message to him.
ROOM_ALIASES = {WANG: "王五"}  # Wang Wu is 王五 in the room: the card and mentions say 王五


@dataclass(frozen=True)
class SentFile:
    """One file the bot sent: where, its name, and its bytes (from the FileBox's JSON, as the puppet
    service receives it)."""

    conversation_id: str
    name: str
    content: bytes


@dataclass(frozen=True)
class Sent:
    """One text the bot sent: where, what (as members see it), whom it mentions."""

    conversation_id: str
    text: str
    mention_ids: tuple[str, ...]


class RecordingPuppet(Puppet):  # type: ignore[misc]
    """The scripted world: the bot, four members (one with a room alias), one room, a shop account."""

    def __init__(self, *, echo: bool = True) -> None:
        super().__init__(name="recording")
        self.echo = echo
        self.sent: list[Sent] = []
        self.files: list[SentFile] = []
        self.outgoing: list[Sent | SentFile] = []  # texts and files together, in the order sent
        self.images: dict[str, bytes] = {}  # members' image messages by id: what `message_image` gives
        self.messages: dict[str, MessagePayload] = {}
        self.listeners: dict[str, list[Callable[[Any], Awaitable[None]]]] = defaultdict(list)
        self.logged_in: str | None = None
        # conversations whose sends fail, with the error the puppet service raises for each (a gateway's
        # refusal: GRPCError(UNKNOWN, "<id> is not a friend of the bot"); an outage: UNAVAILABLE)
        self.failing: dict[str, Exception] = {}
        self.contacts = {
            contact_id: ContactPayload(
                id=contact_id, name=name, type=ContactType.CONTACT_TYPE_PERSONAL, friend=contact_id != ZHAO
            )
            for contact_id, name in NAMES.items()
        }
        self.contacts[SHOP] = ContactPayload(id=SHOP, name="芒果商城", type=ContactType.CONTACT_TYPE_OFFICIAL)

    # -- what a test does -------------------------------------------------------------------------------
    async def say(
        self,
        talker: str,
        text: str,
        *,
        room: str | None = ROOM,
        mentions: tuple[str, ...] = (),
        to: str = BOT,
        kind: MessageType = MessageType.MESSAGE_TYPE_TEXT,
        message_id: str | None = None,
    ) -> str:
        """`talker` sends `text` to the room (or, with `room=None`, privately to the bot)."""
        message_id = message_id or f"msg-{uuid.uuid4().hex}"
        self.messages[message_id] = MessagePayload(
            id=message_id,
            text=text,
            type=kind,
            from_id=talker,
            room_id=room or "",
            to_id="" if room else to,
            mention_ids=list(mentions),
        )
        await self.emit("message", EventMessagePayload(message_id=message_id))
        return message_id

    async def say_image(self, talker: str, content: bytes, *, room: str | None = ROOM) -> str:
        """`talker` sends a photo (its bytes) to the room (or privately to the bot): its message id."""
        message_id = await self.say(talker, "", room=room, kind=MessageType.MESSAGE_TYPE_IMAGE)
        self.images[message_id] = content
        return message_id

    async def redeliver(self, message_id: str) -> None:
        """The same message event once more (puppets do deliver twice)."""
        await self.emit("message", EventMessagePayload(message_id=message_id))

    async def emit(self, event: str, payload: Any) -> None:
        for listener in list(self.listeners[event]):
            await listener(payload)

    def texts(self) -> list[str]:
        return [s.text for s in self.sent]

    # -- python-wechaty's Puppet interface ----------------------------------------------------------------
    def on(self, event_name: str, caller: Callable[[Any], Awaitable[None]]) -> None:
        self.listeners[event_name].append(caller)

    def listener_count(self, event_name: str) -> int:
        return len(self.listeners[event_name])

    async def start(self) -> None:
        self.logged_in = BOT
        await self.emit("login", EventLoginPayload(contact_id=BOT))

    async def stop(self) -> None:
        self.logged_in = None

    def self_id(self) -> str:
        assert self.logged_in is not None, "not logged in"
        return self.logged_in

    async def contact_payload(self, contact_id: str) -> ContactPayload:
        return self.contacts[contact_id]

    async def room_payload(self, room_id: str) -> RoomPayload:
        assert room_id == ROOM, room_id
        return RoomPayload(
            id=ROOM, topic="芒果团购群", owner_id=ZHANG, member_ids=[BOT, ZHANG, LI, WANG, ZHAO]
        )

    async def room_members(self, room_id: str) -> list[str]:
        return list((await self.room_payload(room_id)).member_ids)

    async def room_member_payload(self, room_id: str, contact_id: str) -> RoomMemberPayload:
        return RoomMemberPayload(
            id=contact_id, name=NAMES.get(contact_id, ""), room_alias=ROOM_ALIASES.get(contact_id, "")
        )

    async def message_payload(self, message_id: str) -> MessagePayload:
        return self.messages[message_id]

    async def message_send_file(self, conversation_id: str, file: Any) -> str:
        """As the puppet service takes it: the FileBox as JSON (base64)."""
        box = json.loads(file.to_json_str())
        self.files.append(SentFile(conversation_id, box["name"], base64.b64decode(box["base64"])))
        self.outgoing.append(self.files[-1])
        return ""

    async def message_image(self, message_id: str, image_type: Any) -> Any:
        """A member's photo, as WeChat hands it over: a FileBox (the message must be an image)."""
        assert self.messages[message_id].type == MessageType.MESSAGE_TYPE_IMAGE, message_id
        return FileBox.from_base64(base64.b64encode(self.images[message_id]), name=f"{message_id}.jpg")

    async def message_send_text(
        self, conversation_id: str, message: str, mention_ids: list[str] | None = None
    ) -> str:
        if conversation_id in self.failing:
            raise self.failing[conversation_id]
        self.sent.append(Sent(conversation_id, message, tuple(mention_ids or ())))
        self.outgoing.append(self.sent[-1])
        if self.echo:  # WeChat hands the bot its own message back
            in_room = conversation_id.endswith("@chatroom")
            if in_room:
                await self.say(BOT, message, room=conversation_id, mentions=tuple(mention_ids or ()))
            else:
                await self.say(BOT, message, room=None, to=conversation_id)
        return ""
