"""WeChat's state in the shared state: daily budgets that outlive a restart (Redis), numbered choices with
a time to live, and one message of a chat at a time across bot processes."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

from bot.wechat.adapter import NameBook, WeChatAdapter
from bot.wechat.choices import Choices
from bot.wechat.outbox import Outbox, OutboxPolicy
from bot.wechat.render import Outgoing
from bot.wechat.translate import Incoming
from commerce.state import SharedState
from handlers.types import Reply, Request
from storage.state_memory import MemorySharedState
from tests.adapters.conftest import Processes
from tests.fakes import FakeClock

ROOM = "r@chatroom"
T0 = datetime(2026, 11, 23, 4, 0, tzinfo=UTC)  # 12:00 in Shanghai


class Recorder:
    def __init__(self, fail: bool = False) -> None:
        self.sent: list[str] = []
        self.fail = fail

    async def send_text(self, conversation_id: str, text: str, mention_ids: Sequence[str]) -> None:
        if self.fail:
            raise ConnectionError("the puppet is gone")
        self.sent.append(text)


async def no_card(group_buy_id: int) -> Reply:
    raise AssertionError("no card in these tests")


def outbox(state: SharedState, clock: FakeClock, recorder: Recorder, **policy: int) -> Outbox:
    return Outbox(
        transport=recorder,
        render_card=no_card,
        now=clock.now,
        policy=OutboxPolicy(**policy),  # type: ignore[arg-type]
        state=state,
    )


async def test_a_restarted_outbox_on_redis_sees_the_budget_spent_today(processes: Processes) -> None:
    clock, before, after = FakeClock(T0), Recorder(), Recorder()
    first = outbox(processes(), clock, before, room_daily_budget=3)
    assert [await first.send(Outgoing(ROOM, f"answer {n}")) for n in range(4)] == [True, True, True, False]

    restarted = outbox(processes(), clock, after, room_daily_budget=3)  # a new process, a new client

    assert await restarted.send(Outgoing(ROOM, "after the restart")) is False
    assert after.sent == []
    clock.advance(days=1)  # a new day in Shanghai: a new budget
    assert await restarted.send(Outgoing(ROOM, "tomorrow")) is True
    assert after.sent == ["tomorrow"]


async def test_two_processes_on_redis_share_the_accounts_budget(processes: Processes) -> None:
    clock, one, two = FakeClock(T0), Recorder(), Recorder()
    first = outbox(processes(), clock, one, account_daily_budget=4)
    second = outbox(processes(), clock, two, account_daily_budget=4)

    sent = await asyncio.gather(
        *(box.send(Outgoing(f"room{n}@chatroom", f"answer {n}")) for n, box in enumerate([first, second] * 3))
    )

    assert sent.count(True) == 4 and len(one.sent) + len(two.sent) == 4


async def test_in_memory_a_restart_starts_the_days_budget_again() -> None:
    """Documented: without TUAN_REDIS_URL the budgets live in the process and reset when it restarts."""
    clock = FakeClock(T0)
    first = outbox(MemorySharedState(), clock, Recorder(), room_daily_budget=1)
    assert await first.send(Outgoing(ROOM, "one")) is True
    assert await first.send(Outgoing(ROOM, "two")) is False

    recorder = Recorder()
    assert await outbox(MemorySharedState(), clock, recorder, room_daily_budget=1).send(Outgoing(ROOM, "x"))
    assert recorder.sent == ["x"]


async def test_a_message_wechat_did_not_take_costs_no_budget() -> None:
    clock, state = FakeClock(T0), MemorySharedState()
    failing = outbox(state, clock, Recorder(fail=True), room_daily_budget=1)
    assert await failing.send(Outgoing(ROOM, "lost")) is False

    working = Recorder()
    assert await outbox(state, clock, working, room_daily_budget=1).send(Outgoing(ROOM, "kept"))
    assert working.sent == ["kept"]


async def test_a_question_asked_in_one_process_is_answered_in_another_until_its_ttl(
    processes: Processes,
) -> None:
    asking, answering = processes(), processes()
    ttl = timedelta(seconds=0.5)
    await Choices(asking.values, ttl=ttl).asked(ROOM, None, ["gb:join:1", "gb:status:1"], T0)

    choices = Choices(answering.values, ttl=ttl)
    assert await choices.answer(ROOM, "wxid_li", "2", T0 + timedelta(seconds=0.1)) == "gb:status:1"
    await asyncio.sleep(0.8)  # past its time to live, Redis has forgotten the question

    assert await choices.answer(ROOM, "wxid_li", "2", T0 + timedelta(seconds=0.1)) is None
    assert await answering.values.get(f"wechat:choice:{ROOM}:*") is None


async def test_in_memory_an_old_question_is_dropped_from_the_state() -> None:
    now = [0.0]
    state = MemorySharedState(clock=lambda: now[0])
    choices = Choices(state.values, ttl=timedelta(minutes=5))
    await choices.asked(ROOM, "wxid_li", ["gb:join:1"], T0)
    assert await state.values.get(f"wechat:choice:{ROOM}:wxid_li") is not None

    now[0] = 5 * 60 + 1

    assert await state.values.get(f"wechat:choice:{ROOM}:wxid_li") is None
    assert await choices.answer(ROOM, "wxid_li", "1", T0) is None


class SlowChat:
    """A ChatApp that takes a while, recording how many of a chat's messages it handles at once."""

    queues = False

    def __init__(self, inside: list[str], most: list[int]) -> None:
        self.inside, self.most = inside, most

    async def handle(self, request: Request) -> list[Reply]:
        self.inside.append(request.text)
        self.most[0] = max(self.most[0], len(self.inside))
        await asyncio.sleep(0.02)
        self.inside.remove(request.text)
        return []

    async def render_card(self, group_buy_id: int) -> Reply:
        raise AssertionError("no card")


async def test_two_processes_on_redis_handle_a_rooms_messages_one_at_a_time(processes: Processes) -> None:
    inside: list[str] = []
    most = [0]
    clock = FakeClock(T0)
    adapters = []
    for _ in range(2):
        state = processes()
        choices = Choices(state.values)
        box = Outbox(transport=Recorder(), render_card=no_card, now=clock.now, choices=choices, state=state)
        adapter = WeChatAdapter(
            app=SlowChat(inside, most),
            outbox=box,
            choices=choices,
            names=NameBook(),
            now=clock.now,
            state=state,
        )
        adapter.logged_in("wxid_bot")
        adapters.append(adapter)

    messages = [
        Incoming(
            message_id=f"m{n}", talker_id=f"wxid_{n}", talker_name=f"member {n}", text=f"+{n}", room_id=ROOM
        )
        for n in range(1, 7)
    ]
    await asyncio.gather(*(adapters[n % 2].on_message(message) for n, message in enumerate(messages)))

    assert most == [1] and inside == []
