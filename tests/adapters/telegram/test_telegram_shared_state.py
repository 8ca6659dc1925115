"""Telegram's state in the shared state: the admin cache and the name book seen by every bot process
(Redis), and one update of a chat at a time across processes."""

from __future__ import annotations

import asyncio

from aiogram.methods import GetChatMember
from aiogram.types import ChatMemberMember, ChatMemberOwner, Message
from aiogram.types import User as TelegramUser

from bot.telegram.adapter import TelegramAdapter
from bot.telegram.admins import AdminCache
from bot.telegram.outbox import Limits, MemoryCardMap, Outbox
from bot.telegram.translate import NameBook, message_request
from bot.telegram.transport import BotTransport
from handlers.types import Reply, Request
from storage.state_memory import MemorySharedState
from tests.adapters.conftest import Processes
from tests.adapters.telegram.fake_api import FakeBotAPI, User
from tests.adapters.telegram.recording import recording_bot

GROUP = -100444
LI = User(4003, "Li", username="XiaoLi")
FAST = Limits(chat_interval=0.001, group_messages=20, group_period=0.02, bot_per_second=1000)


def owner(user_id: int) -> ChatMemberOwner:
    return ChatMemberOwner(user=TelegramUser(id=user_id, is_bot=False, first_name="A"), is_anonymous=False)


async def test_an_admin_status_one_process_asked_is_known_to_another_until_it_expires(
    processes: Processes,
) -> None:
    bot, session = recording_bot()
    session.will_answer(GetChatMember, owner(1))
    session.will_answer(
        GetChatMember, ChatMemberMember(user=TelegramUser(id=1, is_bot=False, first_name="A"))
    )
    first = AdminCache(bot, ttl=0.5, values=processes().values)
    second = AdminCache(bot, ttl=0.5, values=processes().values)

    assert await first.is_admin(str(GROUP), "1", ask=True) is True
    assert await second.is_admin(str(GROUP), "1", ask=True) is True  # from the shared cache
    assert len(session.taken_all()) == 1
    await asyncio.sleep(0.8)

    assert await second.is_admin(str(GROUP), "1", ask=True) is False  # demoted meanwhile: asked again
    assert len(session.taken_all()) == 1


async def test_a_failed_question_is_not_cached_and_no_ttl_means_no_cache() -> None:
    bot, session = recording_bot()
    state = MemorySharedState()
    session.will_answer(GetChatMember, owner(1))
    session.will_answer(GetChatMember, owner(1))
    uncached = AdminCache(bot, ttl=0, values=state.values)

    assert await uncached.is_admin(str(GROUP), "1", ask=True) is True
    assert await uncached.is_admin(str(GROUP), "1", ask=True) is True
    assert len(session.taken_all()) == 2
    assert await state.values.get(f"telegram:admin:{GROUP}:1") is None


def li_message(text: str, fake: FakeBotAPI, user: User = LI) -> Message:
    return Message.model_validate(fake.message(GROUP, user, text)["message"])


async def test_a_username_one_process_saw_names_a_member_in_another(processes: Processes) -> None:
    fake = FakeBotAPI()
    seen_by_first = NameBook(processes().values)
    await seen_by_first.remember(li_message("+1", fake).from_user)  # type: ignore[arg-type]
    second = NameBook(processes().values)
    entities = [
        {"type": "bot_command", "offset": 0, "length": 5},
        {"type": "mention", "offset": 6, "length": 7},
    ]
    raw = fake.message(GROUP, User(4002, "Bob"), "/paid @xiaoli")["message"] | {"entities": entities}
    paid = Message.model_validate(raw)

    unseen = message_request(paid, update_id=1, names=NameBook())  # a process that never saw Li
    assert unseen is not None and unseen.mentions == ()
    await second.recall(paid)

    request = message_request(paid, update_id=1, names=second)
    assert request is not None and request.mentions == (str(LI.id),)
    assert await second.name_of(str(LI.id)) == "Li"
    assert await NameBook().name_of(str(LI.id)) is None  # without shared state, only what it saw


async def test_the_name_book_keeps_only_the_members_seen_last() -> None:
    names = NameBook(max_entries=2)
    for n in range(3):
        names.learn(TelegramUser(id=n, is_bot=False, first_name=f"member {n}", username=f"m{n}"))

    assert [names.name(str(n)) for n in range(3)] == [None, "member 1", "member 2"]
    assert [names.user_id(f"m{n}") for n in range(3)] == [None, "1", "2"]


class SlowApp:
    queues = False  # its replies are delivered by the adapter, not an outbox

    def __init__(self) -> None:
        self.inside: list[str] = []
        self.most = 0

    async def handle(self, request: Request) -> list[Reply]:
        self.inside.append(request.text)
        self.most = max(self.most, len(self.inside))
        await asyncio.sleep(0.02)
        self.inside.remove(request.text)
        return []

    async def render_card(self, group_buy_id: int) -> Reply:
        raise AssertionError("no card")


class Always:
    async def first_delivery(self, update_key: str) -> bool:
        return True


async def test_two_processes_on_redis_handle_a_chats_updates_one_at_a_time(processes: Processes) -> None:
    app, fake = SlowApp(), FakeBotAPI()
    adapters = []
    for _ in range(2):
        bot, _session = recording_bot()
        state = processes()
        box = Outbox(
            transport=BotTransport(bot), render_card=app.render_card, cards=MemoryCardMap(), limits=FAST
        )
        adapters.append(
            TelegramAdapter(
                app=app,  # type: ignore[arg-type]
                bot=bot,
                outbox=box,
                delivered=Always(),
                admins=AdminCache(bot, values=state.values),
                bot_username="tuan_test_bot",
                state=state,
            )
        )

    await asyncio.gather(
        *(adapters[n % 2].on_message(li_message(f"+{n}", fake), update_id=n) for n in range(1, 7))
    )

    assert app.most == 1 and app.inside == []


async def test_admin_of_from_a_private_chat_asks_telegram_and_keeps_its_word() -> None:
    """`/flags` in private (`ChatApp.chat_admins`): the group's admin status as kept, else asked now."""
    bot, session = recording_bot()
    state = MemorySharedState()
    session.will_answer(GetChatMember, owner(1))
    admins = AdminCache(bot, values=state.values)

    assert await admins.admin_of(str(GROUP), "1") is True
    assert await admins.admin_of(str(GROUP), "1") is True  # kept: Telegram asked once
    assert len(session.taken_all()) == 1
    assert await admins.admin_of("family", "1") is False  # no Telegram group's id: nothing asked
    assert session.taken_all() == []
