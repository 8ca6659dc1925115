"""WeChat through the transactional outbox: the ChatApp writes a request's replies as rows, the relay hands
due rows to the adapter (`send_rows`), and members see what they saw when replies were sent at once: one
answer per conversation for each member message, a private message to a member who is not the bot's
friend in the room instead, a tap's toast as text. Rows written by a process that died before sending are
sent, once, by the next one."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Callable, Sequence
from datetime import UTC, datetime
from typing import cast

import pytest
from grpclib.const import Status
from grpclib.exceptions import GRPCError

from bot.outbox_relay import OutboxRelay
from bot.wechat.adapter import NameBook, WeChatAdapter
from bot.wechat.choices import Choices
from bot.wechat.outbox import Outbox
from bot.wechat.translate import Incoming
from commerce.domain.outbox import send_topic
from commerce.ports import UnitOfWorkFactory
from commerce.state import SharedState
from handlers import outbox
from handlers.app import ChatApp
from handlers.config import AppConfig
from handlers.types import Reply, Request
from storage.db import make_engine
from storage.state import make_state
from storage.uow import SqlUnitOfWorkFactory
from tests.adapters.wechat.conftest import FakeChat, World
from tests.adapters.wechat.recording_puppet import LI, ROOM, WANG, ZHANG, ZHAO, Sent
from tests.fakes import FakeClock, FakeUnitOfWorkFactory

SEP = "\u2005"
TOPIC = send_topic("wechat")


class QueueingChat(FakeChat):
    """The scripted ChatApp, writing its replies as outbox rows the way `ChatApp` does with
    `outbox_platform="wechat"` and `outbox_toasts=True` (and still returning them)."""

    queues = True

    def __init__(self) -> None:
        super().__init__()
        self.uow_factory = FakeUnitOfWorkFactory()
        self.clock = FakeClock()
        self.on_queued: Callable[[], None] | None = None

    async def handle(self, request: Request) -> list[Reply]:
        replies = await super().handle(request)
        await self.queue(replies, request)
        return replies

    async def queue(self, replies: Sequence[Reply], request: Request | None) -> None:
        """As the ChatApp does for a request, or for a deadline (request None)."""
        rows = outbox.rows(replies, platform="wechat", request=request, now=self.clock.now(), toasts=True)
        async with self.uow_factory() as uow:
            await uow.outbox.add(rows)
            await uow.commit()
        if self.on_queued is not None:
            self.on_queued()


@pytest.fixture
def chat() -> QueueingChat:
    return QueueingChat()


def relay_of(world: World) -> OutboxRelay:
    """The relay of `tuan run wechat` (not started), over the chat's rows, sending through the adapter."""
    chat = cast(QueueingChat, world.chat)
    relay = OutboxRelay(
        uow_factory=cast(UnitOfWorkFactory, chat.uow_factory),
        clock=chat.clock,
        topic_prefix=TOPIC,
        batch_sink=world.adapter.send_rows,
        poll_seconds=0.05,
    )
    chat.on_queued = relay.wake
    return relay


@pytest.fixture
async def relay(world: World) -> AsyncIterator[OutboxRelay]:
    running = relay_of(world)
    running.start()
    yield running
    await running.close()


async def test_two_replies_of_one_message_to_the_room_are_one_answer_from_the_outbox(
    world: World, relay: OutboxRelay
) -> None:
    world.chat.script = lambda r: [Reply(text="李四 跟团：1 份"), Reply(text="再 2 份成团")]

    await world.puppet.say(LI, "+1")
    assert await relay.drain(5)

    assert world.puppet.sent == [
        Sent(ROOM, "李四 跟团：1 份\n\n再 2 份成团", ())
    ]  # her name once, no @李四 before it
    assert cast(QueueingChat, world.chat).uow_factory.state.outbox_sent == {1, 2}


async def test_a_private_message_to_a_member_who_is_not_a_friend_joins_the_rooms_answer(
    world: World, relay: OutboxRelay
) -> None:
    world.chat.script = lambda r: [
        Reply(text="成团了"),
        Reply(text="你的订单 #1", private_to=WANG),
        Reply(text="你的订单 #2", private_to=ZHAO),
    ]

    await world.puppet.say(ZHANG, "截单")
    assert await relay.drain(5)

    assert world.puppet.sent == [
        Sent(ROOM, f"@张三{SEP}@赵六{SEP}成团了\n\n你的订单 #2", (ZHANG, ZHAO)),  # the sender too
        Sent(WANG, "你的订单 #1", ()),
    ]


async def test_a_pickup_code_to_a_member_who_is_not_a_friend_is_never_posted_in_the_room(
    world: World, relay: OutboxRelay
) -> None:
    world.chat.script = lambda r: [
        Reply(text="赵六，答案已私信发给你。", says_sent_to=ZHAO),
        Reply(text="你的订单 #1-2 已付款。\n取货码：2222", private_to=ZHAO, secret=True),
    ]

    await world.puppet.say(ZHAO, "我的取货码是多少？")
    assert await relay.drain(5)

    notice = (
        "你的取货码已生成，但我无法私信你，取货码也不会发在群里：请先加我为好友，再私信我“我的订单”查看。"
    )
    assert world.puppet.sent == [Sent(ROOM, f"@赵六{SEP}{notice}", (ZHAO,))]


async def test_a_pickup_code_to_a_friend_goes_privately_and_the_room_is_told_so(
    world: World, relay: OutboxRelay
) -> None:
    world.chat.script = lambda r: [
        Reply(text="Wang Wu，答案已私信发给你。", says_sent_to=WANG),
        Reply(text="取货码：2222", private_to=WANG, secret=True),
    ]

    await world.puppet.say(WANG, "我的取货码是多少？")
    assert await relay.drain(5)

    assert world.puppet.sent == [  # the room is told once it went (a refusal is told in its place)
        Sent(WANG, "取货码：2222", ()),
        Sent(ROOM, f"@王五{SEP}Wang Wu，答案已私信发给你。", (WANG,)),
    ]


async def test_a_private_row_the_gateway_refuses_for_good_is_done_and_told_in_the_room(
    world: World, relay: OutboxRelay
) -> None:
    world.puppet.failing[WANG] = GRPCError(Status.UNKNOWN, f"{WANG} is not a friend of the bot")
    world.chat.script = lambda r: [
        Reply(text="Wang Wu，答案已私信发给你。", says_sent_to=WANG),
        Reply(text="取货码：2222", private_to=WANG, secret=True),
    ]

    await world.puppet.say(WANG, "我的取货码是多少？")
    assert await relay.drain(5)

    note = (
        "我发给你的私信没能送达，内容也不会发在群里：请先加我为好友，再私信我“我的订单”查看；"
        "还是收不到请联系团长。"
    )
    assert world.puppet.sent == [Sent(ROOM, f"@王五{SEP}{note}", (WANG,))]  # in place of "sent privately"
    assert cast(QueueingChat, world.chat).uow_factory.state.outbox_sent == {1, 2}  # not tried again


async def test_a_taps_short_answer_is_said_before_the_card_it_changed(
    world: World, relay: OutboxRelay
) -> None:
    world.chat.cards[1] = Reply(text="🛒 芒果（#1）\n1. 李四 ×2", card_of=1)
    world.chat.script = lambda r: [Reply(card_of=1), Reply(toast="跟团成功：2 × 芒果")]

    await world.puppet.say(LI, "+2")
    assert await relay.drain(5)

    assert world.puppet.texts() == [f"@李四{SEP}跟团成功：2 × 芒果", "🛒 芒果（#1）\n1. 李四 ×2"]


async def test_a_deadlines_rows_are_sent_by_the_relay_not_by_deliver_unasked(
    world: World, relay: OutboxRelay
) -> None:
    chat = cast(QueueingChat, world.chat)
    closing = [Reply(text="团购 #1 到截止时间了", chat_id=ROOM), Reply(text="你的订单 #2", private_to=ZHAO)]

    await chat.queue(closing, None)
    await world.adapter.deliver_unasked(closing)
    assert await relay.drain(5)

    assert world.puppet.sent == [Sent(ROOM, f"@赵六{SEP}团购 #1 到截止时间了\n\n你的订单 #2", (ZHAO,))]


async def test_the_answers_of_two_messages_in_one_batch_stay_two_answers(world: World) -> None:
    world.chat.script = lambda r: [Reply(text=f"{r.display_name} 跟团")]
    relay = relay_of(world)

    await world.puppet.say(LI, "+1")
    await world.puppet.say(WANG, "+1")
    relay.start()  # both are due when it first looks
    assert await relay.drain(5)
    await relay.close()

    assert world.puppet.sent == [
        Sent(ROOM, "李四 跟团", ()),  # each names its member once, no @ before it
        Sent(ROOM, "王五 跟团", ()),
    ]


# -- a process that died between the commit and the send ---------------------------------------------


class Recorder:
    """WeChat's side of the outbox: what was sent where, mentioning whom; it can refuse to send."""

    def __init__(self) -> None:
        self.sent: list[tuple[str, str, tuple[str, ...]]] = []
        self.down = False

    async def send_text(self, conversation_id: str, text: str, mention_ids: Sequence[str]) -> None:
        if self.down:
            raise ConnectionError("the puppet is gone")
        self.sent.append((conversation_id, text, tuple(mention_ids)))


class Process:
    """One `tuan run wechat` over the database: the real ChatApp writing rows, the WeChat adapter."""

    def __init__(self, database_url: str, clock: FakeClock, state: SharedState | None = None) -> None:
        self.uow_factory = SqlUnitOfWorkFactory(make_engine(database_url))
        self.clock = clock
        self.app = ChatApp(
            uow_factory=self.uow_factory,
            clock=clock,
            config=AppConfig(outbox_platform="wechat", outbox_toasts=True),
        )
        self.recorder = Recorder()
        choices = Choices()
        box = Outbox(
            transport=self.recorder,
            render_card=self.app.render_card,
            now=clock.now,
            choices=choices,
            state=state,
        )
        self.adapter = WeChatAdapter(
            app=self.app, outbox=box, choices=choices, names=NameBook(), now=clock.now
        )
        self.adapter.logged_in("wxid_bot")
        self.relay: OutboxRelay | None = None

    def start_relay(self) -> OutboxRelay:
        self.relay = OutboxRelay(
            uow_factory=self.uow_factory,
            clock=self.clock,
            topic_prefix=TOPIC,
            batch_sink=self.adapter.send_rows,
            poll_seconds=0.05,
        )
        self.app.on_queued = self.relay.wake
        self.relay.start()
        return self.relay

    async def say(self, member: str, name: str, text: str) -> None:
        message = Incoming(
            message_id=f"{member}:{text}", talker_id=member, talker_name=name, text=text, room_id=ROOM
        )
        await self.adapter.on_message(message)

    async def pending(self) -> int:
        async with self.uow_factory() as uow:
            return int(await uow.outbox.pending(TOPIC))

    async def stop(self) -> None:
        if self.relay is not None:
            await self.relay.close()
        await self.uow_factory.dispose()


@pytest.fixture
async def processes(database_url: str) -> AsyncIterator[Callable[[], Process]]:
    clock, started = FakeClock(), []

    def start() -> Process:
        started.append(Process(database_url, clock))
        return started[-1]

    yield start
    for process in started:
        await process.stop()


async def test_rows_a_dead_process_committed_are_sent_once_by_the_next(
    processes: Callable[[], Process],
) -> None:
    first = processes()  # dies before its relay ran: the changes are committed, nothing was sent
    await first.say(ZHANG, "张三", "接龙 海南贵妃芒 价格 88 成团 3")
    await first.say(LI, "李四", "+1")
    assert first.recorder.sent == []
    assert await first.pending() == 4  # each: its answer and its card
    await first.stop()

    second = processes()
    assert await second.start_relay().drain(5)

    sent = second.recorder.sent
    assert [(where, mentions) for where, _, mentions in sent] == [
        (ROOM, (ZHANG,)),
        (ROOM, ()),
        (ROOM, ()),
    ]  # 李四 跟团：… names her: no @李四
    assert sent[0][1].startswith("团购 #1 开团了：海南贵妃芒，¥88/份。")
    assert sent[1][1].startswith("🛒 海南贵妃芒（#1）\n团长：张三\n")
    assert sent[2][1].startswith("李四 跟团：1 × 海南贵妃芒（#1）。")
    # One card for both rows of it (the opening's and 李四's change), rendered when it went: it shows him.
    assert "李四" in sent[1][1]
    assert await second.pending() == 0
    await second.stop()

    third = processes()
    assert await third.start_relay().drain(5)
    assert third.recorder.sent == []


async def test_a_message_wechat_did_not_take_is_sent_when_it_is_back_and_the_rest_only_once(
    processes: Callable[[], Process],
) -> None:
    bot = processes()
    relay = bot.start_relay()
    bot.recorder.down = True
    await bot.say(ZHANG, "张三", "接龙 海南贵妃芒 价格 88 成团 3")
    assert await relay.drain(5)
    assert bot.recorder.sent == []
    assert await bot.pending() == 2  # the answer and its card: both rows are retried

    bot.recorder.down = False
    bot.clock.advance(seconds=1)  # the row's back-off
    assert await relay.drain(5)
    assert [text.splitlines()[0].split("：")[0] for _, text, _ in bot.recorder.sent] == [
        "团购 #1 开团了",
        "🛒 海南贵妃芒（#1）",
    ]
    assert await bot.pending() == 0


async def test_join_answers_waiting_for_the_rooms_window_go_as_one_message_when_it_opens(
    processes: Callable[[], Process],
) -> None:
    """A busy room's plain join answers: the first at once, those within 30 s of it wait as rows and go
    together as one message, a line each (README: WeChat, `ack_interval`)."""
    process = processes()
    relay = process.start_relay()
    await process.say(ZHANG, "张三", "接龙 海南贵妃芒 价格 88 成团 5")
    await process.say(LI, "李四", "+1")
    assert await relay.drain(5)
    process.clock.advance(seconds=5)
    await process.say(WANG, "王五", "+1")
    await process.say(ZHAO, "赵六", "+2")
    assert await after_the_clock_moved(relay)
    answers = [text for _, text, _ in process.recorder.sent if not text.startswith("🛒")]
    assert [text.split("：")[0] for text in answers] == ["团购 #1 开团了", "李四 跟团"]

    process.clock.advance(seconds=25)
    assert await after_the_clock_moved(relay)
    answers = [(text, mentions) for _, text, mentions in process.recorder.sent if not text.startswith("🛒")]
    assert answers[2:] == [
        (
            "📝 接龙更新：\n王五 跟团：1 × 海南贵妃芒（#1）。当前 ¥88/份。\n"
            "赵六 跟团：2 × 海南贵妃芒（#1）。当前 ¥88/份。",
            (),
        )
    ]
    assert await process.pending() == 0


# -- a card waiting for its room's window is a row: it outlives the process ----------------------------


@pytest.fixture
async def on_redis(database_url: str, redis_url: str) -> AsyncIterator[Callable[[], Process]]:
    """Each call: one more `tuan run wechat` on the same database and the same Redis (its own client)."""
    clock, started, prefix = FakeClock(), [], f"test-{uuid.uuid4().hex[:12]}:"
    states: list[SharedState] = []

    def start() -> Process:
        states.append(make_state(redis_url, prefix=prefix))
        started.append(Process(database_url, clock, states[-1]))
        return started[-1]

    yield start
    for process in started:
        await process.stop()
    for state in states:
        await state.aclose()


async def after_the_clock_moved(relay: OutboxRelay) -> bool:
    """Drain twice: a round already looking when the clock moved may report idle to the first drain."""
    return await relay.drain(5) and await relay.drain(5)


async def test_a_card_waiting_for_its_window_is_posted_once_by_the_next_process_when_it_opens(
    on_redis: Callable[[], Process],
) -> None:
    first = on_redis()
    relay = first.start_relay()
    await first.say(ZHANG, "张三", "接龙 海南贵妃芒 价格 88 成团 3")
    assert await relay.drain(5)
    first.clock.advance(seconds=10)
    await first.say(LI, "李四", "+1")
    assert await after_the_clock_moved(relay)
    assert [text.split("：")[0] for _, text, _ in first.recorder.sent] == [
        "团购 #1 开团了",
        "🛒 海南贵妃芒（#1）\n团长",
        "李四 跟团",
    ]
    assert await first.pending() == 1  # 李四's card: a row due when the room's window opens, in 20 s
    await first.stop()  # stops before the window opens (a crash, not Ctrl+C: no last round)

    second = on_redis()
    relay = second.start_relay()
    assert await relay.drain(5)
    second.clock.advance(seconds=10)
    await second.say(WANG, "王五", "+1")  # its card waits for the window the first process opened
    assert await after_the_clock_moved(relay)
    # and so does 王五's plain 跟团 answer: 李四's went 10 s ago (the room's join answers: one per 30 s)
    assert second.recorder.sent == []
    assert await second.pending() == 3  # 李四's card and 王五's, both due in 10 s; 王五's answer in 20 s

    second.clock.advance(seconds=9)
    assert await after_the_clock_moved(relay)
    assert second.recorder.sent == []

    second.clock.advance(seconds=1)
    assert await after_the_clock_moved(relay)
    [(where, card, mentions)] = second.recorder.sent  # one card for both rows, rendered now
    assert (where, mentions) == (ROOM, ())
    assert card.startswith("🛒 海南贵妃芒（#1）\n团长：张三\n") and "李四" in card and "王五" in card
    assert await second.pending() == 1

    second.clock.advance(seconds=10)
    assert await after_the_clock_moved(relay)
    assert [text.split("：")[0] for _, text, _ in second.recorder.sent[1:]] == ["王五 跟团"]
    assert await second.pending() == 0

    second.clock.advance(seconds=60)
    assert await after_the_clock_moved(relay)
    assert len(second.recorder.sent) == 2  # exactly once


async def test_a_card_unchanged_since_another_process_posted_it_is_not_posted_again(
    on_redis: Callable[[], Process],
) -> None:
    first = on_redis()
    relay = first.start_relay()
    await first.say(ZHANG, "张三", "接龙 海南贵妃芒 价格 88 成团 3")
    assert await relay.drain(5)
    await first.stop()
    card = first.recorder.sent[-1][1]

    second = on_redis()
    second.clock.advance(seconds=30)  # the window is open again
    await second.app.queue_alone([Reply(card_of=1, chat_id=ROOM)], None)  # a routine re-post
    assert await second.start_relay().drain(5)
    assert second.recorder.sent == []  # the same text is on screen: marked sent, not posted
    assert await second.pending() == 0
    assert card.startswith("🛒 海南贵妃芒（#1）")


async def test_a_routine_card_change_in_quiet_hours_waits_as_a_row_for_the_morning(
    processes: Callable[[], Process],
) -> None:
    bot = processes()
    bot.clock.current = datetime(2026, 11, 23, 15, 0, tzinfo=UTC)  # 23:00 in Shanghai
    relay = bot.start_relay()
    await bot.say(ZHANG, "张三", "接龙 海南贵妃芒 价格 88 成团 3")  # a new card goes, even at night
    assert await after_the_clock_moved(relay)
    bot.clock.advance(minutes=1)
    await bot.say(LI, "李四", "+1")
    assert await after_the_clock_moved(relay)
    assert len(bot.recorder.sent) == 3  # the opening, its card, 李四's answer
    assert await bot.pending() == 1

    bot.clock.current = datetime(2026, 11, 23, 22, 59, tzinfo=UTC)  # 06:59: still quiet
    assert await after_the_clock_moved(relay)
    assert len(bot.recorder.sent) == 3

    bot.clock.current = datetime(2026, 11, 23, 23, 0, tzinfo=UTC)  # 07:00: the morning's card
    assert await after_the_clock_moved(relay)
    assert len(bot.recorder.sent) == 4 and "李四" in bot.recorder.sent[-1][1]
    assert await bot.pending() == 0


async def test_a_card_asked_for_below_an_older_copy_says_the_copies_above_are_out_of_date(
    processes: Callable[[], Process],
) -> None:
    bot = processes()
    relay = bot.start_relay()
    await bot.say(ZHANG, "张三", "接龙 海南贵妃芒 价格 88 成团 3")
    assert await relay.drain(5)
    bot.clock.advance(seconds=30)  # the room's card window is open again
    await bot.say(LI, "李四", "进度")
    assert await after_the_clock_moved(relay)

    first, again = [text for _, text, _ in bot.recorder.sent if "🛒" in text]
    assert first.startswith("🛒 海南贵妃芒（#1）\n团长：张三\n")  # the first copy: nothing above it
    assert again == f"（以上旧卡片已过期，以这张为准）\n{first}"  # WeChat cannot edit the one above
