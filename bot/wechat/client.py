"""The python-wechaty side: a `Wechaty` subclass that feeds the adapter, and the outbox's transport.

The `wechaty` module is passed in (loaded by `sdk.load`), so importing this module never imports
wechaty. Two things python-wechaty does on login are tamed through its public options: its plugin
manager starts an APScheduler (given an in-memory one here, shut down by us) and checks a local web
port (given a free loopback one; no web service starts without plugins).
"""

from __future__ import annotations

import asyncio
import base64
import importlib
import logging
import socket
import time
import warnings
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from datetime import UTC
from types import ModuleType
from typing import Any

from apscheduler.schedulers.asyncio import AsyncIOScheduler

from bot import export_files
from bot.wechat import render
from bot.wechat.adapter import NameBook, WeChatAdapter
from bot.wechat.outbox import RoomGone, Undeliverable
from bot.wechat.topics import RoomTopics
from bot.wechat.translate import read_message
from handlers.app import Unanswered
from handlers.failures import log_failure
from handlers.types import Document

log = logging.getLogger(__name__)


# What the gateway says when it refuses a private message for good (the test gateway: "<id> is not a
# friend of the bot", "no conversation <id>"; WeChat's own: 非好友 / 不是好友 / 拒收): no try again helps.
REFUSALS = ("not a friend", "not friend", "no conversation", "非好友", "不是好友", "拒收", "被拉黑")
# What it says when a room refuses the bot for good (the test gateway: "the bot is not a member of the
# room"; WeChat's own: 不在群聊 / 已被移出 / 群聊已解散): the room is gone for the bot (`RoomGone`).
ROOM_REFUSALS = ("not a member of the room", "not in the room", "不在群", "被移出", "已解散", "不是群成员")


@asynccontextmanager
async def _refused_for_good(conversation_id: str) -> AsyncIterator[None]:
    """A private send the gateway refuses for good becomes `Undeliverable` (the room is told), a room's
    that refuses the bot `RoomGone`; anything else (the gateway unreachable, restarting) stays what it
    was: tried again."""
    try:
        yield
    except Exception as exc:
        said = str(exc).lower()
        if render.is_room(conversation_id) and any(refusal in said for refusal in ROOM_REFUSALS):
            raise RoomGone(str(exc).splitlines()[0] if str(exc) else type(exc).__name__) from exc
        if not render.is_room(conversation_id) and any(refusal in said for refusal in REFUSALS):
            raise Undeliverable(str(exc)) from exc
        raise


ROOM_NAMES_SECONDS = 60.0  # how long a room's members as read from WeChat are used again


def _free_loopback_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class WechatyTransport:
    """Sends text through the puppet, mentions written the way WeChat shows them (`@王五` + U+2005).

    python-wechaty's `Room.say` would write the members' WeChat names, not their room aliases, and
    then re-load the sent message; calling the puppet directly avoids both.
    """

    def __init__(self, names: NameBook) -> None:
        self.names = names
        self.bot: Any = None
        self._rooms: dict[str, tuple[float, dict[str, str]]] = {}  # room -> (read at, its members' names)

    async def send_text(self, conversation_id: str, text: str, mention_ids: Sequence[str]) -> None:
        if self.bot is None:
            raise RuntimeError("the WeChat client is not connected")
        names = [await self.name(conversation_id, member) for member in mention_ids]
        async with _refused_for_good(conversation_id):
            await self.bot.puppet.message_send_text(
                conversation_id, render.with_mentions(text, names), list(mention_ids) or None
            )

    async def send_file(self, conversation_id: str, document: Document) -> None:
        """The document's file as a WeChat file message (a base64 FileBox through the puppet)."""
        if self.bot is None:
            raise RuntimeError("the WeChat client is not connected")
        built = await asyncio.to_thread(export_files.build, document)
        file_box = importlib.import_module("wechaty_puppet").FileBox
        box = file_box.from_base64(base64.b64encode(built.content), name=built.filename)
        # python-wechaty's FileBox serialises itself through `logging.warn` (deprecated): not our warning
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            async with _refused_for_good(conversation_id):
                await self.bot.puppet.message_send_file(conversation_id, box)

    async def send_photo(self, conversation_id: str, photo: str) -> None:
        """A member's photo (its image message id) posted again: WeChat hands the bot the image (its
        original size), which goes back as an image message (a FileBox, as python-wechaty forwards one)."""
        if self.bot is None:
            raise RuntimeError("the WeChat client is not connected")
        image_type = importlib.import_module("wechaty_puppet.schemas.types").ImageType
        box = await self.bot.puppet.message_image(photo, image_type.IMAGE_TYPE_ARTWORK)
        with warnings.catch_warnings():  # FileBox serialises itself through `logging.warn`
            warnings.simplefilter("ignore", DeprecationWarning)
            await self.bot.puppet.message_send_file(conversation_id, box)

    async def reachable(self, conversation_id: str) -> bool:
        """Whether the bot may message this conversation: a room, or a contact who is its friend (WeChat
        refuses a bot's private message to a room member who is not)."""
        if render.is_room(conversation_id) or self.bot is None:
            return True
        contact = self.bot.Contact.load(conversation_id)
        try:
            await contact.ready()
        except Exception:
            log.warning("could not load contact %s; sending privately anyway", conversation_id)
            return True
        return bool(contact.is_friend())

    async def name(self, room_id: str, member_id: str) -> str:
        """The name `room_id` knows `member_id` by now: WeChat's room alias there, else her name (a
        room alias changed since she last spoke: the new one); the names seen when WeChat cannot say."""
        try:
            payload = await self.bot.puppet.room_member_payload(room_id, member_id)
            name = str(payload.room_alias or payload.name or "")
        except Exception:
            log.warning("could not read the name of %s in %s", member_id, room_id)
            name = ""
        if name:
            self.names.learn(room_id, member_id, name)
            return name
        return self.names.get(room_id, member_id) or member_id

    async def room_names(self, room_id: str) -> dict[str, str]:
        """The room's members as WeChat names them now: id -> room alias, else name (read at most once a
        minute per room: a big room is a call per member)."""
        if self.bot is None or not render.is_room(room_id):
            return {}
        read = self._rooms.get(room_id)
        if read is not None and time.monotonic() - read[0] < ROOM_NAMES_SECONDS:
            return read[1]
        names: dict[str, str] = {}
        for member_id in await self.bot.puppet.room_members(room_id):
            payload = await self.bot.puppet.room_member_payload(room_id, member_id)
            name = str(payload.room_alias or payload.name or "")
            if name:
                names[str(member_id)] = name
        self._rooms[room_id] = (time.monotonic(), names)
        return names


def make_bot(
    wechaty: ModuleType,
    *,
    endpoint: str,
    token: str,
    adapter: WeChatAdapter,
    transport: WechatyTransport,
    logged_in: asyncio.Event,
    scheduler: AsyncIOScheduler,
    puppet: Any = "wechaty-puppet-service",
    topics: RoomTopics | None = None,
) -> Any:
    """A python-wechaty bot connected to `endpoint` whose messages go to `adapter`.

    `puppet` is python-wechaty's: the puppet-service client by default, a fake one in adapter tests.
    `topics`: the rooms' topics as this bot saw them (bot/wechat/topics.py), renames included.
    """
    rooms: RoomTopics = topics if topics is not None else RoomTopics()

    class TuanWechaty(wechaty.Wechaty):  # type: ignore[misc,name-defined]
        async def on_login(self, contact: Any) -> None:
            log.info("logged in to WeChat as %s (%s)", contact.name, contact.contact_id)
            adapter.logged_in(contact.contact_id)
            logged_in.set()

        async def on_logout(self, contact: Any) -> None:
            log.warning("logged out of WeChat (%s)", contact.contact_id)
            logged_in.clear()

        async def on_scan(self, qr_code: str, status: Any, data: str | None = None) -> None:
            log.warning("WeChat login needs a scan (%s): %s", getattr(status, "name", status), qr_code)

        async def on_message(self, msg: Any) -> None:
            if adapter.bot_id is None:
                return
            try:
                incoming = await read_message(msg, bot_id=adapter.bot_id, topics=rooms)
                await adapter.on_message(incoming)
            except Unanswered:
                pass  # the ChatApp logged it, as the database outage allows (handlers.failures)
            except Exception as exc:
                log_failure(log, exc, "could not handle WeChat message %s", getattr(msg, "message_id", "?"))

        async def on_room_topic(
            self, room: Any, new_topic: str, old_topic: str, changer: Any, date: Any
        ) -> None:
            rooms.learn(room.room_id, new_topic)  # python-wechaty keeps the room's old payload

        async def on_room_join(self, room: Any, invitees: list[Any], inviter: Any, date: Any) -> None:
            try:  # the bot added back to a room it had been removed from: says so there
                await adapter.on_joined(str(room.room_id), [str(each.contact_id) for each in invitees])
            except Exception as exc:
                log_failure(
                    log, exc, "could not handle who joined WeChat room %s", getattr(room, "room_id", "?")
                )

        async def on_room_leave(self, room: Any, leavers: list[Any], remover: Any, date: Any) -> None:
            try:  # no longer the room's members: its 排行 does not name them
                await adapter.on_left(str(room.room_id), [str(leaver.contact_id) for leaver in leavers])
            except Exception as exc:
                log_failure(
                    log, exc, "could not record who left WeChat room %s", getattr(room, "room_id", "?")
                )

    puppet_options = importlib.import_module("wechaty_puppet").PuppetOptions
    options = wechaty.WechatyOptions(
        puppet=puppet,
        puppet_options=puppet_options(),
        endpoint=endpoint,
        token=token,
        host="127.0.0.1",
        port=_free_loopback_port(),
        scheduler=scheduler,
    )
    bot = TuanWechaty(options)
    transport.bot = bot
    return bot


def wechaty_scheduler() -> AsyncIOScheduler:
    """The scheduler python-wechaty's plugin manager starts on login: in memory, in UTC."""
    return AsyncIOScheduler(timezone=UTC)
