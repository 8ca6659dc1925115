"""The WeChat outbox: cards throttled per room (never losing the last change), budgets, quiet hours."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

import pytest

from bot.wechat.choices import Choices
from bot.wechat.outbox import Outbox, OutboxPolicy, QuietHours
from bot.wechat.render import Outgoing
from handlers.types import Button, Reply
from tests.fakes import FakeClock

ROOM, OTHER = "r@chatroom", "o@chatroom"
JOIN = Button("跟团", "gb:join:1")


class Recorder:
    """The transport: what went out, in order."""

    def __init__(self) -> None:
        self.sent: list[tuple[str, str, tuple[str, ...]]] = []
        self.changed = asyncio.Event()

    async def send_text(self, conversation_id: str, text: str, mention_ids: Sequence[str]) -> None:
        self.sent.append((conversation_id, text, tuple(mention_ids)))
        self.changed.set()

    def texts(self) -> list[str]:
        return [text for _, text, _ in self.sent]


class Cards:
    """Group buys' cards as the ChatApp would render them now; a closed one has no buttons."""

    def __init__(self) -> None:
        self.text: dict[int, str] = {}
        self.closed: set[int] = set()
        self.english = False  # the chat switched to English (`/lang en`)

    async def render(self, group_buy_id: int) -> Reply:
        buttons = () if group_buy_id in self.closed else ((JOIN,),)
        language = "en" if self.english else None
        return Reply(text=self.text[group_buy_id], buttons=buttons, card_of=group_buy_id, language=language)


def make_outbox(clock: FakeClock, cards: Cards, recorder: Recorder, **policy: object) -> Outbox:
    settings: dict[str, object] = {"card_interval": timedelta(seconds=30), **policy}
    return Outbox(
        transport=recorder,
        render_card=cards.render,
        now=clock.now,
        policy=OutboxPolicy(**settings),  # type: ignore[arg-type]
        choices=Choices(),
    )


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 11, 23, 4, 0, tzinfo=UTC))  # 12:00 in Shanghai


@pytest.fixture
def cards() -> Cards:
    return Cards()


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


@pytest.fixture
def outbox(clock: FakeClock, cards: Cards, recorder: Recorder) -> Outbox:
    return make_outbox(clock, cards, recorder)


async def change(outbox: Outbox, cards: Cards, text: str, group_buy_id: int = 1, room: str = ROOM) -> None:
    cards.text[group_buy_id] = text
    await outbox.post_card(room, group_buy_id)
    await outbox.flush()


async def test_changes_within_the_window_coalesce_into_one_post_of_the_latest_card(
    outbox: Outbox, cards: Cards, recorder: Recorder, clock: FakeClock
) -> None:
    await change(outbox, cards, "1. 李四 ×1")
    clock.advance(seconds=5)
    await change(outbox, cards, "1. 李四 ×1\n2. 王五 ×2")
    clock.advance(seconds=5)
    await change(outbox, cards, "1. 李四 ×1\n2. 王五 ×2\n3. 赵六 ×1")
    assert recorder.texts() == ["1. 李四 ×1\n回复 1 跟团"]
    assert outbox.next_due() == clock.now() + timedelta(seconds=20)

    clock.advance(seconds=20)
    await outbox.flush()

    assert recorder.texts() == ["1. 李四 ×1\n回复 1 跟团", "1. 李四 ×1\n2. 王五 ×2\n3. 赵六 ×1\n回复 1 跟团"]
    assert outbox.next_due() is None


async def test_an_unchanged_card_is_not_posted_again(
    outbox: Outbox, cards: Cards, recorder: Recorder, clock: FakeClock
) -> None:
    await change(outbox, cards, "1. 李四 ×1")
    clock.advance(seconds=60)
    await change(outbox, cards, "1. 李四 ×1")

    assert len(recorder.sent) == 1
    assert outbox.next_due() is None


async def test_each_room_has_its_own_window(outbox: Outbox, cards: Cards, recorder: Recorder) -> None:
    await change(outbox, cards, "mangoes", 1, ROOM)
    await change(outbox, cards, "lychees", 2, OTHER)

    assert [conversation for conversation, _, _ in recorder.sent] == [ROOM, OTHER]


async def test_a_card_asked_for_goes_at_once_when_the_window_is_open_else_when_it_opens(
    outbox: Outbox, cards: Cards, recorder: Recorder, clock: FakeClock
) -> None:
    cards.text[1] = "v1"
    await outbox.post_card(ROOM, 1, now=True)  # a new group buy's card: the room had none yet
    assert recorder.texts() == ["v1\n回复 1 跟团"]

    clock.advance(seconds=5)
    cards.text[1] = "v2"
    await outbox.post_card(ROOM, 1, now=True)  # `进度` 5 s later: at most one card per 30 s
    await outbox.flush()
    assert len(recorder.sent) == 1
    assert outbox.next_due() == clock.now() + timedelta(seconds=25)

    clock.advance(seconds=25)
    await outbox.flush()
    # WeChat cannot edit v1: the card asked for says the copy above is out of date
    assert recorder.texts() == ["v1\n回复 1 跟团", "（以上旧卡片已过期，以这张为准）\nv2\n回复 1 跟团"]


async def test_an_unchanged_card_asked_for_within_the_window_is_not_posted_twice(
    outbox: Outbox, cards: Cards, recorder: Recorder, clock: FakeClock
) -> None:
    await change(outbox, cards, "v1")
    clock.advance(seconds=10)
    await outbox.post_card(ROOM, 1, now=True)  # `进度`: the card above is 10 s old and still right
    clock.advance(seconds=20)
    await outbox.flush()

    assert recorder.texts() == ["v1\n回复 1 跟团"]
    assert outbox.next_due() is None


async def test_only_a_card_asked_for_below_an_older_copy_of_it_says_the_copies_above_are_out_of_date(
    outbox: Outbox, cards: Cards, recorder: Recorder, clock: FakeClock
) -> None:
    await change(outbox, cards, "mangoes v1", 1)
    cards.text[2] = "lychees v1"
    clock.advance(seconds=30)
    await outbox.post_card(ROOM, 2, now=True)  # another group buy's first card: nothing above it
    clock.advance(seconds=30)
    await change(outbox, cards, "mangoes v2", 1)  # a routine re-post
    clock.advance(seconds=30)
    cards.english = True
    await outbox.post_card(ROOM, 1, now=True)  # `/status`: asked for, with older copies above

    assert recorder.texts() == [
        "mangoes v1\n回复 1 跟团",
        "lychees v1\n回复 1 跟团",
        "mangoes v2\n回复 1 跟团",
        "(Older copies above are out of date: this one is current)\nmangoes v2\nReply 1 跟团",
    ]


async def test_a_card_asked_for_in_quiet_hours_is_an_answer_and_goes(
    outbox: Outbox, cards: Cards, recorder: Recorder, clock: FakeClock
) -> None:
    clock.current = datetime(2026, 11, 23, 15, 0, tzinfo=UTC)  # 23:00 in Shanghai
    await change(outbox, cards, "mangoes ×9")
    assert recorder.sent == []  # a routine re-post waits for the morning

    await outbox.post_card(ROOM, 1, now=True)
    await outbox.flush()

    assert recorder.texts() == ["mangoes ×9\n回复 1 跟团"]


@pytest.mark.parametrize("asked", [False, True])
async def test_a_card_that_could_not_be_sent_is_tried_again(
    outbox: Outbox, cards: Cards, recorder: Recorder, clock: FakeClock, asked: bool
) -> None:
    failures = [RuntimeError("the puppet service is restarting")]
    send = recorder.send_text

    async def flaky(conversation_id: str, text: str, mention_ids: Sequence[str]) -> None:
        if failures:
            raise failures.pop()
        await send(conversation_id, text, mention_ids)

    outbox.transport = flaky_transport(flaky)
    cards.text[1] = "v1"
    await outbox.post_card(ROOM, 1, now=asked)
    await outbox.flush()
    assert recorder.sent == [] and outbox.next_due() == clock.now() + timedelta(seconds=30)

    clock.advance(seconds=30)
    await outbox.flush()

    assert recorder.texts() == ["v1\n回复 1 跟团"]


def flaky_transport(send: object) -> Recorder:
    """A transport whose `send_text` is `send`."""
    transport = Recorder()
    transport.send_text = send  # type: ignore[method-assign]
    return transport


async def test_answers_go_at_once_and_their_choices_can_be_answered_by_number(
    outbox: Outbox, clock: FakeClock, recorder: Recorder
) -> None:
    sent = await outbox.send(Outgoing(ROOM, "还差 2 份", ("wxid_li",), ("gb:join:1",), "wxid_li"))

    assert sent and recorder.sent == [(ROOM, "还差 2 份", ("wxid_li",))]
    assert outbox.choices is not None
    assert await outbox.choices.answer(ROOM, "wxid_li", "1", clock.now()) == "gb:join:1"


async def test_mentions_are_only_sent_in_rooms(outbox: Outbox, recorder: Recorder) -> None:
    await outbox.send(Outgoing("wxid_li", "请转账 ¥88 给张三", ("wxid_li",)))

    assert recorder.sent == [("wxid_li", "请转账 ¥88 给张三", ())]


async def test_quiet_hours_hold_routine_reposts_until_morning_but_not_the_final_card(
    outbox: Outbox, cards: Cards, recorder: Recorder, clock: FakeClock
) -> None:
    clock.current = datetime(2026, 11, 23, 14, 0, tzinfo=UTC)  # 22:00 in Shanghai
    await change(outbox, cards, "lychees ×3", 2)
    await change(outbox, cards, "mangoes ×9", 1)
    assert recorder.sent == []
    cards.closed.add(1)
    await change(outbox, cards, "mangoes: closed, ¥78 each", 1)
    assert recorder.texts() == ["mangoes: closed, ¥78 each"]

    clock.current = datetime(2026, 11, 23, 22, 59, tzinfo=UTC)  # 06:59
    await outbox.flush()
    assert len(recorder.sent) == 1
    clock.current = datetime(2026, 11, 23, 23, 0, tzinfo=UTC)  # 07:00
    await outbox.flush()
    assert recorder.texts()[1:] == ["lychees ×3\n回复 1 跟团"]


async def test_routine_reposts_stop_first_and_answers_use_the_rest_of_the_rooms_budget(
    clock: FakeClock, cards: Cards, recorder: Recorder
) -> None:
    outbox = make_outbox(clock, cards, recorder, room_daily_budget=5, card_interval=timedelta(0))
    for n in range(6):
        await change(outbox, cards, f"card v{n}")
    assert len(recorder.sent) == 4  # 80% of the budget for routine re-posts

    assert await outbox.send(Outgoing(ROOM, "已收 张三 ¥88"))
    assert not await outbox.send(Outgoing(ROOM, "one too many"))
    assert recorder.texts()[-1] == "已收 张三 ¥88"

    clock.advance(days=1)  # a new day, a new budget: the waiting card goes first
    await outbox.flush()
    assert recorder.texts()[-1] == "card v5\n回复 1 跟团"


async def test_the_account_budget_spans_all_rooms(clock: FakeClock, cards: Cards, recorder: Recorder) -> None:
    outbox = make_outbox(clock, cards, recorder, account_daily_budget=3)
    for n, room in enumerate([ROOM, OTHER, "third@chatroom", "fourth@chatroom"]):
        await outbox.send(Outgoing(room, f"answer {n}"))

    assert recorder.texts() == ["answer 0", "answer 1", "answer 2"]


async def test_the_loop_posts_a_pending_card_when_its_window_opens(cards: Cards, recorder: Recorder) -> None:
    outbox = Outbox(
        transport=recorder,
        render_card=cards.render,
        now=lambda: datetime.now(UTC),
        policy=OutboxPolicy(card_interval=timedelta(milliseconds=50), quiet_hours=None),
    )
    running = asyncio.create_task(outbox.run())
    try:
        await change(outbox, cards, "v1")
        await change(outbox, cards, "v2")
        while len(recorder.sent) < 2:
            recorder.changed.clear()
            await asyncio.wait_for(recorder.changed.wait(), timeout=10)
    finally:
        running.cancel()
    assert recorder.texts() == ["v1\n回复 1 跟团", "v2\n回复 1 跟团"]


def test_quiet_hours_may_wrap_midnight_or_be_off() -> None:
    quiet = QuietHours.parse("22:00-07:00")
    assert quiet is not None
    hours = [quiet.contains(datetime(2026, 1, 1, h).time()) for h in (21, 22, 3, 7)]
    assert hours == [False, True, True, False]
    assert QuietHours.parse("off") is None
    with pytest.raises(ValueError, match="22:00-07:00"):
        QuietHours.parse("late")
