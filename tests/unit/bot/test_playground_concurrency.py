"""The playground runs different chats at the same time and one chat's requests in order, posts the
outbox's rows a batch at a time, and answers a request once its own rows are posted: a big close in one
chat and a `+1` in another, sent together, are both answered with what they did."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.bootstrap import Tuan, build, migrate
from bot.playground.chat_locks import ChatLocks
from bot.playground.hub import PLATFORM, Hub
from bot.playground.server import open_hub
from bot.playground.transcript import Draft, Transcript
from bot.settings import Settings
from commerce.domain.outbox import OutboxItem
from commerce.services import group_buys as service
from handlers import outbox
from handlers.app import ChatApp
from handlers.texts import t
from handlers.types import Reply, Request
from storage.db import make_engine
from storage.migrate import upgrade
from tests.fakes import FakeClock, FakeUnitOfWorkFactory

MEMBERS = ("bob", "cat", "dan", "eve", "fay", "gus", "hal")
POSTED_WITHIN_SECONDS = 20.0


@pytest.fixture
async def wired(tmp_path: Path) -> AsyncIterator[tuple[Tuan, Hub]]:
    """The playground as `tuan playground` wires it (the relay posting the outbox), without the web."""
    settings = Settings(
        _env_file=None,  # type: ignore[call-arg]
        database_url=f"sqlite+aiosqlite:///{tmp_path / 'tuan.db'}",
        pickup_reminder=None,
    )
    await migrate(settings)
    tuan = await build(settings, platform=PLATFORM)
    hub = await open_hub(tuan, base_url="http://playground")
    try:
        yield tuan, hub
    finally:
        await hub.aclose()
        await tuan.aclose()


def card_lines(reply: dict[str, Any]) -> list[str]:
    return [line for line in reply["text"].splitlines() if line[:1].isdigit()]


def the_card(response: dict[str, Any], group_buy_id: int) -> dict[str, Any]:
    [card] = [r for r in response["replies"] if r["card_of"] == group_buy_id]
    return card


async def orders_posted(hub: Hub) -> dict[str, list[str]]:
    """Each member's private messages from the bot, once every one of them has one (or time is up)."""
    deadline = time.monotonic() + POSTED_WITHIN_SECONDS
    while True:
        said = {m: [x.text for x in await hub.messages(m) if x.author is None] for m in MEMBERS}
        if all(said.values()) or time.monotonic() > deadline:
            return said
        await asyncio.sleep(0.05)


async def test_a_big_close_and_a_join_in_another_chat_sent_together_are_both_answered(
    wired: tuple[Tuan, Hub], monkeypatch: pytest.MonkeyPatch
) -> None:
    _, hub = wired
    monkeypatch.setattr(service, "ORDER_BATCH", 2)  # 7 lines: the close writes 2, then 3 more batches
    await hub.say(chat="family", user="amy", text="/groupbuy Plums price 30 tiers 8:25 target 3")
    for n, member in enumerate(MEMBERS, 1):
        await hub.say(chat="family", user=member, text=f"+{n % 3 + 1}")  # 14 units in all
    await hub.say(chat="neighbours", user="amy", text="/groupbuy Pears price 10")

    closed, joined = await asyncio.gather(
        hub.say(chat="family", user="amy", text="/close"),
        hub.say(chat="neighbours", user="zoe", text="+1"),
    )

    card = the_card(closed, 1)
    assert t("en", "card_succeeded", price="¥25", count=14) in card["text"] and card["buttons"] == []
    [said] = [r["text"] for r in closed["replies"] if r["chat"] == "family" and not r["card_of"]]
    assert said.startswith("✅ Plums (#1) succeeded at ¥25 each: 7 orders, 14 units.")
    # the close is answered with its own first batch of orders; the others follow it
    assert [r["chat"] for r in closed["replies"] if r["chat"] in MEMBERS] == ["bob", "cat"]
    assert card_lines(the_card(joined, 2)) == ["1. Zoe ×1"]
    [shown] = [m.to_json() for m in await hub.messages("neighbours") if m.card_of == 2]
    assert card_lines(shown) == ["1. Zoe ×1"]
    orders = await orders_posted(hub)
    assert {m: len(texts) for m, texts in orders.items()} == dict.fromkeys(MEMBERS, 1)
    assert "Plums: 2 × ¥25 = ¥50" in orders["bob"][0] and "Total: ¥50" in orders["bob"][0]
    assert "Plums: 1 × ¥25 = ¥25" in orders["dan"][0] and "Total: ¥25" in orders["dan"][0]


async def test_two_messages_of_one_chat_sent_together_are_answered_in_the_order_sent(
    wired: tuple[Tuan, Hub],
) -> None:
    _, hub = wired
    await hub.say(chat="family", user="amy", text="/groupbuy Plums price 30")

    bob, cat = await asyncio.gather(
        hub.say(chat="family", user="bob", text="+1"),
        hub.say(chat="family", user="cat", text="+1"),
    )

    assert card_lines(the_card(bob, 1)) == ["1. Bob ×1"]
    assert card_lines(the_card(cat, 1)) == ["1. Bob ×1", "2. Cat ×1"]
    shown = [(m.name, m.text) for m in await hub.messages("family") if m.author is not None]
    assert shown == [("Amy", "/groupbuy Plums price 30"), ("Bob", "+1"), ("Cat", "+1")]


class HeldApp(ChatApp):
    """A ChatApp whose answer to "wait" waits until the test lets it go; "hi" is answered at once."""

    def __init__(self) -> None:
        super().__init__(uow_factory=FakeUnitOfWorkFactory(), clock=FakeClock())
        self.holding = asyncio.Event()
        self.release = asyncio.Event()
        self.answered: list[str] = []

    async def handle(self, request: Request) -> list[Reply]:
        if request.text == "wait":
            self.holding.set()
            await self.release.wait()
        self.answered.append(f"{request.chat_id}:{request.text}")
        return [Reply(text=f"ok {request.text}")]


@pytest.fixture
async def engine(tmp_path: Path) -> AsyncIterator[AsyncEngine]:
    url = f"sqlite+aiosqlite:///{tmp_path / 'playground.db'}"
    await upgrade(url)
    engine = make_engine(url)
    yield engine
    await engine.dispose()


async def test_a_slow_request_in_one_chat_holds_up_that_chat_only(engine: AsyncEngine) -> None:
    app = HeldApp()
    hub = Hub(app=app, transcript=Transcript(engine))
    await hub.start()

    slow = asyncio.create_task(hub.say(chat="family", user="amy", text="wait"))
    await app.holding.wait()
    after = asyncio.create_task(hub.say(chat="family", user="bob", text="hi"))
    elsewhere = await hub.say(chat="neighbours", user="cat", text="hi")  # answered while family waits

    assert [r["text"] for r in elsewhere["replies"]] == ["ok hi"]
    assert not after.done() and app.answered == ["neighbours:hi"]
    app.release.set()
    await asyncio.gather(slow, after)
    assert app.answered == ["neighbours:hi", "family:wait", "family:hi"]
    assert [m.text for m in await hub.messages("family")] == ["wait", "ok wait", "hi", "ok hi"]


async def test_a_chats_lock_is_forgotten_once_nobody_holds_or_waits_for_it() -> None:
    locks = ChatLocks()
    order: list[str] = []

    async def use(chat: str, name: str, hold: asyncio.Event | None = None) -> None:
        async with locks.hold(chat):
            order.append(name)
            if hold is not None:
                await hold.wait()

    go = asyncio.Event()
    first = asyncio.create_task(use("family", "first", go))
    await asyncio.sleep(0)
    second = asyncio.create_task(use("family", "second"))
    await use("neighbours", "other")
    assert order == ["first", "other"] and len(locks) == 1
    go.set()
    await asyncio.gather(first, second)
    assert order == ["first", "other", "second"] and len(locks) == 0


def _row(item_id: int, payload: dict[str, Any] | str) -> OutboxItem:
    text = payload if isinstance(payload, str) else json.dumps(payload)
    return OutboxItem(f"send:{PLATFORM}", text, datetime.now(UTC), "family", item_id)


async def test_a_batch_of_rows_is_posted_in_order_and_a_bad_row_holds_up_no_other(
    engine: AsyncEngine,
) -> None:
    hub = Hub(app=HeldApp(), transcript=Transcript(engine))
    await hub.start()
    now = datetime.now(UTC)
    good = outbox.rows(
        [Reply(text="first", chat_id="family"), Reply(text="Your order", private_to="bob")],
        platform=PLATFORM,
        request=None,
        now=now,
    )
    items = [_row(1, json.loads(good[0].payload)), _row(2, "{not json"), _row(3, json.loads(good[1].payload))]

    outcomes = await hub.post_rows(items)

    assert outcomes[1] is None and outcomes[3] is None
    assert isinstance(outcomes[2], str)  # retried later by the relay
    assert [m.text for m in await hub.messages("family")] == ["first"]
    assert [m.text for m in await hub.messages("bob")] == ["Your order"]
    assert {c.name: c.kind for c in await hub.chats()}["bob"] == "private"


async def test_many_messages_are_posted_in_one_statement_in_their_order(engine: AsyncEngine) -> None:
    transcript = Transcript(engine)
    drafts = [Draft(chat="family", author=None, name="Tuan", text=text) for text in ("a", "b", "a", "a")]

    posted = await transcript.add_many(drafts)

    assert [m.text for m in posted] == ["a", "b", "a", "a"]
    assert [m.id for m in posted] == sorted(m.id for m in posted)
    assert [(m.id, m.text) for m in await transcript.messages("family")] == [(m.id, m.text) for m in posted]


async def test_a_transcript_transaction_that_fails_writes_nothing(engine: AsyncEngine) -> None:
    transcript = Transcript(engine)

    with pytest.raises(RuntimeError):
        async with transcript.transaction():
            await transcript.add_chats(["bob"], "private")
            await transcript.add(chat="bob", author=None, name="Tuan", text="lost")
            raise RuntimeError("the batch failed")

    assert await transcript.chat("bob") is None
    assert await transcript.messages("bob") == []
