"""A chat to talk to the ChatApp in: members say things or tap buttons; the replies are what they see.

Everything runs over the in-memory units of work of `tests.fakes` and a fixed clock (12:00 in Shanghai,
Monday 23 November 2026).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import time
from typing import Any, cast

import pytest

from commerce.domain.events import Event
from commerce.ports import UnitOfWorkFactory
from commerce.state import Counters
from handlers.app import AppConfig, ChatApp
from handlers.collecting import PickupReminders
from handlers.types import ChatKind, Reply, Request
from storage.state_memory import MemorySharedState
from tests.fakes import FakeClock, FakeUnitOfWorkFactory

NAMES = {"amy": "Amy", "bob": "Bob", "cat": "Cat", "dan": "Dan", "eve": "Eve"}


@dataclass
class Chat:
    """One group chat (and the members' private chats with the bot) in front of one ChatApp."""

    app: ChatApp
    chat_id: str = "family"
    admins: set[str] = field(default_factory=set)
    updates: int = 0
    title: str | None = None  # the group's name as the platform shows it (None: the platform did not say)
    platform: str = "test"  # "playground" / "wechat": a platform that never says a member's app language

    async def say(
        self,
        user: str,
        text: str,
        *,
        private: bool = False,
        update_id: str | None = None,
        mentions: Sequence[str] = (),
        language: str | None = None,
        name: str | None = None,
        alias: str | None = None,
    ) -> list[Reply]:
        """`name`: the member's platform name (default from NAMES); `alias`: her name in this group."""
        return await self.app.handle(
            Request(
                platform=self.platform,
                chat_id=user if private else self.chat_id,
                user_id=user,
                display_name=name or NAMES.get(user, user.title()),
                alias=alias,
                chat_kind=ChatKind.PRIVATE if private else ChatKind.GROUP,
                text=text,
                update_id=update_id,
                language=language,
                is_admin=user in self.admins,
                mentions=tuple(mentions),
                chat_title=None if private else self.title,
            )
        )

    async def tap(self, user: str, data: str, *, update_id: str | None = None) -> list[Reply]:
        return await self.app.handle(
            Request(
                platform=self.platform,
                chat_id=self.chat_id,
                user_id=user,
                display_name=NAMES.get(user, user.title()),
                button=data,
                update_id=update_id,
                chat_title=self.title,
            )
        )

    async def card(self, group_buy_id: int = 1) -> str:
        return (await self.app.render_card(group_buy_id)).text

    def pickup_reminders(self, at: time = time(20, 0)) -> PickupReminders:
        """The evening-before pickup reminders' chore over this chat's app (its store, clock and config;
        sent through it), as the scheduler runs it at `at` (20:00 by default)."""
        app = self.app
        return PickupReminders(
            uow_factory=app.uow_factory, clock=app.clock, config=app.config, outbox=app, at=at
        )

    async def cards_up_to(self, count: int) -> list[str]:
        """The cards of group buys #1 to #`count` as they read now (to check nothing changed)."""
        return [await self.card(number) for number in range(1, count + 1)]

    @staticmethod
    def said(replies: Sequence[Reply]) -> str:
        """The one message of an answer in the chat (not a card, a toast or a private message); beside
        lines posted in other groups (`chat_id`), the one left to the chat it was typed in."""
        here = [reply for reply in replies if reply.text and not reply.private_to]
        if len(here) > 1:
            here = [reply for reply in here if not reply.chat_id]
        found = [reply.text for reply in here]
        assert len(found) == 1, replies
        return found[0]

    @staticmethod
    def shared(replies: Sequence[Reply]) -> str:
        """A `分享` typed in a group: the link or code sent to the sharer privately (the group reads only
        that it was sent, `share_sent_privately`)."""
        note = [reply for reply in replies if reply.text and not reply.private_to]
        sent = [reply for reply in replies if reply.text and reply.private_to]
        assert len(note) == 1 and len(sent) == 1 and note[0].says_sent_to == sent[0].private_to, replies
        return sent[0].text

    @staticmethod
    def private(replies: Sequence[Reply]) -> dict[str, str]:
        """Private messages of an answer, by member."""
        return {reply.private_to: reply.text for reply in replies if reply.private_to}

    @staticmethod
    def toast(replies: Sequence[Reply]) -> str:
        found = [reply.toast for reply in replies if reply.toast]
        assert len(found) == 1, replies
        return found[0]

    @staticmethod
    def cards(replies: Sequence[Reply]) -> list[tuple[int | None, bool]]:
        """(group buy id, posted anew) of each card update in an answer."""
        return [(reply.card_of, reply.new_card) for reply in replies if reply.is_card]


def fake_chat(
    factory: FakeUnitOfWorkFactory | None = None,
    *,
    clock: FakeClock | None = None,
    counters: Counters | None = None,
    **config: object,
) -> Chat:
    """A chat in front of a ChatApp on the in-memory fakes (`config`: AppConfig's fields); with
    `counters`, members' commands a minute are limited as in production."""
    factory = factory or FakeUnitOfWorkFactory()
    app = ChatApp(
        uow_factory=cast(UnitOfWorkFactory, factory),
        clock=clock or FakeClock(),
        config=AppConfig(**config),  # type: ignore[arg-type]
        counters=counters,
        values=MemorySharedState().values,  # as production: memory or Redis
    )
    return Chat(app)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def uow_factory() -> FakeUnitOfWorkFactory:
    return FakeUnitOfWorkFactory()


@pytest.fixture
def events() -> list[Event]:
    return []


@pytest.fixture
def app(uow_factory: FakeUnitOfWorkFactory, clock: FakeClock, events: list[Event]) -> ChatApp:
    # The fakes keep the ports' contract; mypy holds protocol attributes invariant, hence the cast.
    factory = cast(UnitOfWorkFactory, uow_factory)
    return ChatApp(uow_factory=factory, clock=clock, config=AppConfig(), on_events=events.extend)


@pytest.fixture
def chat(app: ChatApp) -> Chat:
    return Chat(app)


async def closed_with_two_owing() -> Chat:
    """Mangoes closed with Bob (his private `/lang zh`: his notices speak it) and Cat owing, Dan paid."""
    room = fake_chat()
    await room.say("amy", "/groupbuy Mangoes price 88")
    await room.say("bob", "/lang zh", private=True)
    await room.say("bob", "跟团")
    await room.say("cat", "+1")
    await room.say("dan", "+1")
    await room.say("amy", "/close")
    await room.say("amy", "/paid 1-3")  # Dan paid: nothing to tell him
    return room


async def closed_all_paid() -> Chat:
    """芒果 closed with its one buyer, Bob, paid."""
    room = fake_chat()
    await room.say("amy", "接龙 芒果 价格 88")
    await room.say("bob", "+1")
    await room.say("amy", "截单")
    await room.say("amy", "已收 1-1")
    return room


async def chat_in(lang: str) -> Chat:
    """A chat in English (Amy an admin who sent `/lang en`) when `lang` is "en", else in Chinese."""
    chat = fake_chat()
    if lang == "en":
        chat.admins = {"amy"}
        await chat.say("amy", "/lang en")
    return chat


async def closed_with_a_buyer_each(lang: str, count: int) -> Chat:
    """Amy's first `count` of Mangoes (#1, Bob's), Apples (#2, Cat's) and Pears (#3, Dan's), each 20 a
    unit, target 1, closed after its buyer's `+1` (owing); the chat in `lang` (see `chat_in`)."""
    chat = await chat_in(lang)
    for title, buyer in (("Mangoes", "bob"), ("Apples", "cat"), ("Pears", "dan"))[:count]:
        await chat.say("amy", f"/groupbuy {title} price 20 target 1 ends 2h")
        await chat.say(buyer, "+1")
        await chat.say("amy", "/close")
    return chat


async def mangoes_at_30_closed(lang: str, *buyers: str) -> Chat:
    """Amy's Mangoes (芒果 in Chinese) at 30 a unit, target 1, closed after each buyer's `+1` (each owing
    one order, #1-1 on); the chat in `lang` (see `chat_in`)."""
    chat = await chat_in(lang)
    english = lang == "en"
    await chat.say(
        "amy",
        "/groupbuy Mangoes price 30 target 1 ends 2h" if english else "接龙 芒果 价格 30 成团 1 截止 2小时",
    )
    for buyer in buyers:
        await chat.say(buyer, "+1")
    await chat.say("amy", "/close" if english else "截单")
    return chat


def tap_privately(user: str, data: str) -> Request:
    """`user`'s tap on a button of a message the bot sent her privately (`Chat.tap` taps in the group)."""
    return Request(
        platform="test",
        chat_id=user,
        user_id=user,
        display_name=NAMES.get(user, user.title()),
        chat_kind=ChatKind.PRIVATE,
        button=data,
    )


async def only_part_received(
    chat: Chat, buyer: str, report: str, *, private: bool = False, name: str | None = None
) -> list[Reply]:
    """`buyer` says `report` (a payment short of what she owes; in private when `private`; `name`: her
    platform name, as `Chat.say`) and Amy taps `只收到 ¥…` ("Only ¥… received") on the question sent her
    privately; the tap's replies."""
    replies = await chat.say(buyer, report, private=private, name=name)
    asked = next(reply for reply in replies if reply.private_to == "amy")
    return await chat.app.handle(tap_privately("amy", asked.buttons[0][1].data))


async def xiaoli_and_dan_paid_20_of_156() -> Chat:
    """Amy's 芒果 at 78 a unit: Xiaoli's `+1` (¥78, order #1-1) and Dan's `+2` (¥156, order #1-2),
    closed; Dan reported ¥20 in the group and Amy answered `只收到 ¥20` (the rest, ¥136, still owed)."""
    chat = fake_chat(FakeUnitOfWorkFactory())
    await chat.say("amy", "接龙 芒果 价格 78")
    await chat.say("xiaoli", "+1", name="Xiaoli")
    await chat.say("dan", "+2", name="Dan")
    await chat.say("amy", "截单")
    await only_part_received(chat, "dan", "我已付款 1-2 20元")
    return chat


async def dan_paid_20_of_156(
    *, english: bool = False, clock: FakeClock | None = None, private: bool = False
) -> Chat:
    """Amy's Mangoes (芒果) at 78 a unit, Dan's `+2` (¥156, order #1-1), closed; Dan reported ¥20 in the
    group (in private when `private`) and Amy answered `只收到 ¥20`; all said as English commands when
    `english`."""
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=clock)
    await chat.say("amy", "/groupbuy Mangoes price 78" if english else "接龙 芒果 价格 78")
    await chat.say("dan", "+2")
    await chat.say("amy", "/close" if english else "截单")
    await only_part_received(
        chat, "dan", "/ipaid 1-1 20" if english else "我已付款 1-1 20元", private=private
    )
    return chat


async def cat_earned_half_of_bobs_durian(lang: str, *others: str, **config: Any) -> Chat:
    """Amy's Durian at 88, target 1: Bob's order #1-1 (Cat's share at 50%: ¥44 hers), then each of
    `others`' `+1`; closed, Bob's paid and picked up. Eve is the payout admin (minimum 1), the chat in
    `lang` (`config`: AppConfig's other fields)."""
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(
        factory, default_language=lang, payout_admins=frozenset({"eve"}), payout_minimum=1, **config
    )
    await chat.say("amy", "/groupbuy Durian price 88 target 1")
    await chat.say("bob", "+1")
    for buyer in others:
        await chat.say(buyer, "+1")
    await chat.say("amy", "/close")
    factory.state.group_buys[1] = replace(factory.state.group_buys[1], sharer_rate_bp=5000)
    factory.state.orders[1].sharer_id = "cat"
    await chat.say("amy", "/paid 1-1")
    await chat.say("amy", "/pickedup 1-1")
    return chat


BERRIES_HELP_SOLD_AND_SHARED = {
    "zh": ("接龙 草莓 规格 大盒:75,小盒:40 成团 1 截止 2小时", "佣金 5%", "帮卖 开 10%", "帮卖 #1", "分享 #1",
           "大盒", "+1 小盒", "截单"),
    "en": ("/groupbuy Berries options big:75,small:40 target 1 ends 2h", "/commission 5%", "/helpsell on 10%",
           "/helpsell #1", "/share #1", "big", "+1 small", "/close"),
}  # fmt: skip


async def berries_help_sold_and_shared(lang: str) -> tuple[Chat, Chat]:
    """(the family group, the office group), all in `lang`: Amy's Berries (big ¥75, small ¥40) in the
    family group, 5% commission, help-selling on at 10%; Bob help-sells it in the office group and shares
    it; Dan's order #1-1 holds a big by Bob's code (5%: ¥3.75 share) and a small made in the office (10%:
    ¥4 help-sell). Closed, unpaid."""
    opening, rate, helpsell, listing, share, big, small, close = BERRIES_HELP_SOLD_AND_SHARED[lang]
    family = fake_chat(FakeUnitOfWorkFactory(), default_language=lang)
    office = Chat(family.app, chat_id="office", title="Office")
    for said in (opening, rate, helpsell):
        await family.say("amy", said, language=lang)
    await office.say("bob", listing, language=lang)
    found = re.search(
        r"(?:团)?\d+-[A-Z0-9]{4}\b", family.shared(await family.say("bob", share, language=lang))
    )
    assert found is not None
    await family.say("dan", f"+1 {found.group(0)} {big}", private=True, language=lang)  # Bob's code: 5%
    await office.say("dan", small, language=lang)  # made in Bob's help-selling group: 10%
    await family.say("amy", close, language=lang)
    return family, office
