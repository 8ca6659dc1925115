"""The bot removed from a Telegram group and added back later (`my_chat_member`) was silent: the organiser
of a group buy still open there never learned that no card, close or order could reach that group, and
the group never saw the bot come back. Now, removed, each organiser with a group buy open there is told
privately, once, which ones and how to go on; added back, the group reads one short line in its language
naming what is still open, and those cards are posted anew below it, once. A first add says nothing.

Through the bot's own dispatcher and adapter against the fake Bot API."""

from __future__ import annotations

import time
from typing import Any, cast

from aiogram import Bot
from aiogram.types import Update

from bot.telegram.run import make_dispatcher
from commerce.ports import UnitOfWorkFactory
from handlers.app import AppConfig, ChatApp
from tests.adapters.telegram.fake_api import FakeBotAPI, User
from tests.adapters.telegram.wiring import adapter_for
from tests.fakes import FakeClock, FakeUnitOfWorkFactory

FAMILY = -100777
AMY, BOB = User(6001, "Amy"), User(6002, "Bob")
ADMIN_RIGHTS = (
    "can_be_edited",
    "is_anonymous",
    "can_manage_chat",
    "can_delete_messages",
    "can_manage_video_chats",
    "can_restrict_members",
    "can_promote_members",
    "can_change_info",
    "can_invite_users",
    "can_post_stories",
    "can_edit_stories",
    "can_delete_stories",
    "can_send_welcome_messages",
)
THE_BOT = {"id": 6999, "is_bot": True, "first_name": "Tuan", "username": "tuan_test_bot"}


class Remembered:
    """The delivered updates, as `TelegramStore.first_delivery` keeps them: a key goes once."""

    def __init__(self) -> None:
        self.keys: set[str] = set()

    async def first_delivery(self, update_key: str) -> bool:
        first = update_key not in self.keys
        self.keys.add(update_key)
        return first


class Group:
    def __init__(self, bot: Bot, api: FakeBotAPI) -> None:
        self.bot, self.api = bot, api
        self.clock = FakeClock()
        app = ChatApp(
            uow_factory=cast(UnitOfWorkFactory, FakeUnitOfWorkFactory()),
            clock=self.clock,
            config=AppConfig(default_language="en"),
        )
        adapter, self.outbox = adapter_for(app, bot)
        adapter.delivered = Remembered()
        self.app, self.adapter = app, adapter
        self.dispatcher = make_dispatcher(adapter=adapter)
        self.updates = iter(range(1, 100))

    async def feed(self, raw: dict[str, Any], update_id: int | None = None) -> None:
        number = next(self.updates) if update_id is None else update_id
        update = Update.model_validate({"update_id": number, **raw}, context={"bot": self.bot})
        await self.dispatcher.feed_update(self.bot, update)
        await self.outbox.drain(10)
        self.clock.advance(
            seconds=5
        )  # time passes between updates (a close before the removal is not missed)

    async def say(self, user: User, text: str) -> None:
        await self.feed(self.api.message(FAMILY, user, text))

    def bot_status(self, old: str, new: str, *, at: int) -> dict[str, Any]:
        def status(name: str) -> dict[str, Any]:
            found: dict[str, Any] = {"status": name, "user": THE_BOT}
            if name == "kicked":
                found["until_date"] = 0
            if name == "administrator":  # every right Telegram lists, none granted
                found.update(dict.fromkeys(ADMIN_RIGHTS, False))
            return found

        changed = {
            "chat": {"id": FAMILY, "type": "supergroup", "title": "Neighbours"},
            "from": AMY.json(),
            "date": at,
            "old_chat_member": status(old),
            "new_chat_member": status(new),
        }
        return {"my_chat_member": changed}

    def texts(self, chat_id: int) -> list[str]:
        return [str(call.params.get("text", "")) for call in self.api.sent("sendMessage", chat_id)]


async def test_the_organiser_is_told_once_and_the_group_sees_the_bot_back(bot: Bot, api: FakeBotAPI) -> None:
    group = Group(bot, api)
    api.started.add(AMY.id)  # she opened a private chat with the bot
    assert "my_chat_member" in group.dispatcher.resolve_used_update_types()
    await group.say(AMY, "/lang zh")
    await group.say(AMY, "/groupbuy Leeks price 10 target 3")
    await group.say(BOB, "+1")
    before = len(group.texts(AMY.id))
    cards_before = len(api.sent("sendMessage", FAMILY))

    now = int(time.time())
    removed = group.bot_status("member", "kicked", at=now)
    await group.feed(removed, update_id=50)
    await group.feed(removed, update_id=50)  # Telegram sends it again: told once
    told = group.texts(AMY.id)[before:]
    assert told == [
        "我已经不在这个群里了（被移出或群已解散），群里收不到我的消息：卡片、截单通知和订单都发不进去。"
        "你在那里还在接龙的团：Leeks（#1）。要继续，请把我重新拉进群；或者在这里私信我 截单 #1 / 取消 #1，"
        "订单会私信发给每位能收到的买家。"
    ]
    assert len(api.sent("sendMessage", FAMILY)) == cards_before  # nothing in the group it left

    back = group.bot_status("left", "member", at=now + 60)
    await group.feed(back, update_id=51)
    await group.feed(back, update_id=51)  # once
    said = group.texts(FAMILY)[cards_before:]
    assert said[0] == "我回到群里了。这里还在接龙的团：Leeks（#1），卡片重新发在下面。"
    assert len(said) == 2 and "Leeks" in said[1] and "Bob" in said[1]  # the card, anew, below the line
    assert group.texts(AMY.id)[before:] == told  # the organiser is not told again


async def test_added_back_with_nothing_open_says_how_to_open_one_in_english(
    bot: Bot, api: FakeBotAPI
) -> None:
    group = Group(bot, api)
    await group.say(AMY, "/groupbuy Leeks price 10 target 3")
    await group.say(AMY, "/cancel")
    now = int(time.time())
    await group.feed(group.bot_status("member", "left", at=now))
    shown = len(group.texts(FAMILY))
    await group.feed(group.bot_status("left", "administrator", at=now + 5))
    assert group.texts(FAMILY)[shown:] == [
        "I'm back in this group. No group buy is open here now: send /groupbuy Mangoes price 88 to open one."
    ]


async def test_a_first_add_and_a_promotion_say_nothing(bot: Bot, api: FakeBotAPI) -> None:
    group = Group(bot, api)
    now = int(time.time())
    await group.feed(group.bot_status("left", "member", at=now))  # added for the first time
    await group.feed(group.bot_status("member", "administrator", at=now + 1))  # made an admin
    assert group.texts(FAMILY) == []
