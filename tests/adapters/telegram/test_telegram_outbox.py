"""The outbox with a recording transport and limits scaled down: what is sent, and in which order."""

from __future__ import annotations

import asyncio
from dataclasses import replace

import pytest

from bot.telegram.outbox import (
    ChatMigrated,
    Forbidden,
    ForbiddenNote,
    Limits,
    MemoryCardMap,
    MessageGone,
    NotModified,
    Outbox,
    Outgoing,
    RetryAfter,
    Unreachable,
    split_text,
)
from handlers.types import Button, Invoice, Reply

GROUP = "-100"
FAST = Limits(chat_interval=0.001, group_messages=20, group_period=0.02, bot_per_second=1000)


class RecordingTransport:
    """Records every call; `fail` maps a call number to the exception it raises; `gate` holds edits."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, str, str]] = []
        self.fail: dict[int, Exception] = {}
        self.gate: asyncio.Event | None = None
        self.next_id = 100

    def _maybe_fail(self) -> None:
        error = self.fail.pop(len(self.calls), None)
        if error is not None:
            raise error

    async def send_text(
        self, chat_id: str, text: str, buttons: object, *, reply_to: str | None = None
    ) -> int:
        self._maybe_fail()
        self.calls.append(("send", chat_id, text))
        self.next_id += 1
        return self.next_id

    async def edit_text(self, chat_id: str, message_id: int, text: str, buttons: object) -> None:
        if self.gate is not None:
            await self.gate.wait()
        self._maybe_fail()
        self.calls.append(("edit", chat_id, text))

    async def send_invoice(self, chat_id: str, invoice: Invoice) -> int:
        self._maybe_fail()
        self.calls.append(("invoice", chat_id, f"{invoice.amount} {invoice.currency}"))
        return 1


class Card:
    """The group buy's state; the card renders whatever it is when asked."""

    def __init__(self) -> None:
        self.joined = 0

    async def render(self, group_buy_id: int) -> Reply:
        text = f"#{group_buy_id}: {self.joined} joined"
        return Reply(text=text, buttons=((Button("Join", f"gb:join:{group_buy_id}"),),), card_of=group_buy_id)


class SleepLog(list[float]):
    """A fake `asyncio.sleep` that only writes down how long it was asked to sleep."""

    async def __call__(self, seconds: float) -> None:
        self.append(seconds)


async def made(
    card: Card, transport: RecordingTransport, forbidden_note: ForbiddenNote | None = None
) -> tuple[Outbox, MemoryCardMap, SleepLog]:
    cards = MemoryCardMap()
    await cards.put(GROUP, 1, 7)
    sleeps = SleepLog()
    outbox = Outbox(
        transport=transport,
        render_card=card.render,
        cards=cards,
        limits=FAST,
        sleep=sleeps,
        forbidden_note=forbidden_note,
    )
    return outbox, cards, sleeps


async def test_joins_while_an_edit_waits_coalesce_into_one_edit_with_the_latest_state() -> None:
    card, transport = Card(), RecordingTransport()
    transport.gate = asyncio.Event()
    outbox, _, _ = await made(card, transport)
    card.joined = 1
    outbox.card(GROUP, 1)
    await asyncio.sleep(0.01)  # the first edit is on its way (held at the gate)
    for joined in range(2, 8):
        card.joined = joined
        outbox.card(GROUP, 1)
    transport.gate.set()
    assert await outbox.drain(5)

    assert transport.calls == [("edit", GROUP, "#1: 1 joined"), ("edit", GROUP, "#1: 7 joined")]


async def test_an_edit_showing_what_is_shown_is_skipped_and_not_modified_is_success() -> None:
    card, transport = Card(), RecordingTransport()
    outbox, _, _ = await made(card, transport)
    outbox.card(GROUP, 1)
    await outbox.drain(5)
    outbox.card(GROUP, 1)  # nothing changed
    await outbox.drain(5)
    card.joined = 1
    transport.fail[1] = NotModified("message is not modified")
    outbox.card(GROUP, 1)
    await outbox.drain(5)

    assert transport.calls == [("edit", GROUP, "#1: 0 joined")]
    assert outbox.stats.failed == 0 and outbox.stats.skipped_edits == 1


async def test_a_429_is_obeyed_then_the_latest_card_is_sent() -> None:
    card, transport = Card(), RecordingTransport()
    transport.fail[0] = RetryAfter(237)
    outbox, _, sleeps = await made(card, transport)
    card.joined = 3
    outbox.card(GROUP, 1)
    await outbox.drain(5)

    assert sleeps == [237]
    assert transport.calls == [("edit", GROUP, "#1: 3 joined")]


async def test_a_deleted_card_is_posted_again_and_becomes_the_live_one() -> None:
    card, transport = Card(), RecordingTransport()
    transport.fail[0] = MessageGone("message to edit not found")
    outbox, cards, _ = await made(card, transport)
    outbox.card(GROUP, 1)
    await outbox.drain(5)

    assert transport.calls == [("send", GROUP, "#1: 0 joined")]
    assert await cards.get(GROUP, 1) == 101


async def test_texts_waiting_in_a_group_merge_and_keep_their_order() -> None:
    card, transport = Card(), RecordingTransport()
    transport.gate = asyncio.Event()
    outbox, _, _ = await made(card, transport)
    outbox.card(GROUP, 1)
    await asyncio.sleep(0.01)
    first = outbox.send(Outgoing(GROUP, "Bob is in"))
    second = outbox.send(Outgoing(GROUP, "Cat is in"))
    outbox.send(Outgoing("42", "your order"))  # a private chat has its own queue
    transport.gate.set()
    await outbox.drain(5)

    assert ("send", GROUP, "Bob is in\nCat is in") in transport.calls
    assert ("send", "42", "your order") in transport.calls
    assert transport.calls.index(("edit", GROUP, "#1: 0 joined")) < transport.calls.index(
        ("send", GROUP, "Bob is in\nCat is in")
    )
    assert await first and await second


async def test_a_refused_private_message_asks_the_member_in_the_group_once() -> None:
    card, transport = Card(), RecordingTransport()
    transport.fail[0] = Forbidden("bot can't initiate conversation with a user")
    transport.fail[1] = Forbidden("bot can't initiate conversation with a user")

    async def note(lang: str | None, group: str, user: str, name: str) -> str:
        return f"{name}: /start me ({lang}, {group}, {user})"

    outbox, _, _ = await made(card, transport, forbidden_note=note)
    order = outbox.send(
        Outgoing("42", "your order", group_chat=GROUP, user_id="42", name="Bob", language="en")
    )
    assert await order is False
    await outbox.drain(5)
    invoice = Invoice(1, "Pears", "2 × Pears", "p", "XTR", 50, "Pears")
    again = outbox.send(
        Outgoing("42", invoice=invoice, group_chat=GROUP, user_id="42", name="Bob", language="en")
    )
    assert await again is False
    await outbox.drain(5)

    assert transport.calls == [("send", GROUP, f"Bob: /start me (en, {GROUP}, 42)")]


async def test_a_private_message_failing_for_good_is_told_once_it_is_given_up() -> None:
    card, transport = Card(), RecordingTransport()
    errors: list[Exception] = [
        Unreachable("502 Bad Gateway"),  # transient: tried again, nothing told
        RuntimeError("Bad Request: message is too long"),  # for good: told
        RuntimeError("Bad Request: message is too long"),  # the same member again: told once
    ]
    send_text = transport.send_text

    async def failing(chat_id: str, text: str, buttons: object, *, reply_to: str | None = None) -> int:
        if chat_id == "42" and errors:
            raise errors.pop(0)
        return await send_text(chat_id, text, buttons, reply_to=reply_to)

    transport.send_text = failing  # type: ignore[method-assign]

    async def start(lang: str | None, group: str, user: str, name: str) -> str:
        return f"{name}: /start me"

    async def undelivered(lang: str | None, group: str, user: str, name: str) -> str:
        return f"{name}: not delivered ({lang})"

    outbox, _, _ = await made(card, transport, forbidden_note=start)
    outbox.undelivered_note = undelivered
    order = Outgoing("42", "your order", group_chat=GROUP, user_id="42", name="Bob", language="en")
    with pytest.raises(Unreachable):
        await outbox.send(order)
    await outbox.drain(5)
    assert transport.calls == []

    assert await outbox.send(order) is False  # the relay's next try
    await outbox.drain(5)
    assert await outbox.send(replace(order, text="your pickup code")) is False
    await outbox.drain(5)

    assert transport.calls == [("send", GROUP, "Bob: not delivered (en)")]


async def test_an_invoice_goes_to_the_private_chat() -> None:
    card, transport = Card(), RecordingTransport()
    outbox, _, _ = await made(card, transport)
    invoice = Invoice(1, "Pears", "2 × Pears", "p", "CNY", 17600, "Pears")
    assert await outbox.send(Outgoing("42", invoice=invoice))

    assert transport.calls == [("invoice", "42", "17600 CNY")]


def test_a_text_over_telegrams_limit_is_cut_at_line_ends() -> None:
    lines = [f"{n}. " + "x" * 95 for n in range(100)]  # 100 lines of about 99 characters

    parts = split_text("\n".join(lines))

    assert all(len(part) <= 4096 for part in parts) and len(parts) == 3
    assert "\n".join(parts).splitlines() == lines
    assert split_text("short") == ["short"]


async def test_joins_during_a_429_wait_coalesce_into_the_retry() -> None:
    card, transport = Card(), RecordingTransport()
    transport.fail[0] = RetryAfter(30)
    outbox, _, sleeps = await made(card, transport)
    waiting, released = asyncio.Event(), asyncio.Event()

    async def slow_sleep(seconds: float) -> None:
        sleeps.append(seconds)
        waiting.set()
        await released.wait()

    outbox.sleep = slow_sleep
    card.joined = 1
    outbox.card(GROUP, 1)
    await waiting.wait()
    for joined in (2, 3, 4):  # Telegram made the bot wait; members keep joining
        card.joined = joined
        outbox.card(GROUP, 1)
    released.set()
    await outbox.drain(5)

    assert transport.calls == [("edit", GROUP, "#1: 4 joined")] and sleeps == [30]
    assert outbox.stats.skipped_edits == 0  # no second job waited for a slot to show the same card


async def test_a_refresh_edits_a_live_card_and_posts_none_where_there_is_none() -> None:
    card, transport = Card(), RecordingTransport()
    outbox, cards, _ = await made(card, transport)
    outbox.card(GROUP, 2, refresh=True)  # a note taken in digest mode: never shown here
    outbox.card(GROUP, 1, refresh=True)  # shown before: edited
    assert await outbox.drain(5)
    assert transport.calls == [("edit", GROUP, "#1: 0 joined")]
    assert await cards.get(GROUP, 2) is None

    outbox.card(GROUP, 3, refresh=True)
    outbox.card(GROUP, 3)  # a posting merged into the queued refresh still posts
    assert await outbox.drain(5)
    assert transport.calls[-1] == ("send", GROUP, "#3: 0 joined")


async def test_a_group_met_at_its_new_id_gets_the_message_and_those_queued_behind_it_there_once() -> None:
    card, transport = Card(), RecordingTransport()
    outbox, cards, _ = await made(card, transport)
    moves: list[tuple[str, str]] = []

    async def chat_migrated(old: str, new: str) -> None:
        moves.append((old, new))

    outbox.chat_migrated = chat_migrated
    new = "-1009"
    transport.fail[0] = ChatMigrated(new, "Bad Request: group chat was upgraded to a supergroup chat")
    first = outbox.send(Outgoing(GROUP, "Bob is in", reply_to="5"))  # not merged: it replies
    card.joined = 1
    shown = outbox.card(GROUP, 1)  # live at the old id (message 7): posted at the new one
    second = outbox.send(Outgoing(GROUP, "Dan is in", reply_to="6"))
    assert await outbox.drain(5)
    later = outbox.send(Outgoing(GROUP, "Kim is in"))  # the old id, once more: the new one
    assert await outbox.drain(5)

    assert transport.calls == [
        ("send", new, "Bob is in"),
        ("send", new, "#1: 1 joined"),
        ("send", new, "Dan is in"),
        ("send", new, "Kim is in"),
    ]
    assert moves == [(GROUP, new)]
    assert await first and await shown and await second and await later
    assert await cards.get(new, 1) is not None
