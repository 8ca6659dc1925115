"""A card job left unsent when the bot stopped (its group's 3-second slot had not come) is sent by the bot
started again. It used to remember what each card showed in memory only, so the restarted bot edited the
card to the text it already showed: Telegram refused the edit ("message is not modified", seen in CI's
payment-fault test) and it spent one of the group's 20 sends a minute. What a card shows is kept with the
card now (`telegram_cards.shown`), on SQLite and PostgreSQL: a restarted bot, or another worker, edits a
card only when it would change."""

from __future__ import annotations

from uuid import uuid4

from bot.telegram.outbox import Outbox
from bot.telegram.store import TelegramStore
from storage.db import make_engine
from tests.adapters.telegram.test_telegram_outbox import FAST, Card, RecordingTransport, SleepLog


def started(card: Card, transport: RecordingTransport, store: TelegramStore) -> Outbox:
    return Outbox(transport=transport, render_card=card.render, cards=store, limits=FAST, sleep=SleepLog())


async def test_a_card_showing_the_same_after_a_restart_is_not_edited_and_one_that_changed_is(
    database_url: str,
) -> None:
    engine = make_engine(database_url)
    group, card = f"-{uuid4().int % 10**12}", Card()
    try:
        first = RecordingTransport()
        bot = started(card, first, TelegramStore(engine))
        bot.card(group, 1)  # posted: 0 joined
        assert await bot.drain(5)
        card.joined = 1
        bot.card(group, 1)  # edited: 1 joined
        assert await bot.drain(5)

        again = RecordingTransport()
        restarted = started(card, again, TelegramStore(engine))
        restarted.card(group, 1)  # the unsent row of the change the card already shows
        assert await restarted.drain(5)
        assert again.calls == []
        assert restarted.stats.skipped_edits == 1

        card.joined = 2
        restarted.card(group, 1)
        assert await restarted.drain(5)
        assert again.calls == [("edit", group, "#1: 2 joined")]
        assert first.calls == [("send", group, "#1: 0 joined"), ("edit", group, "#1: 1 joined")]
        assert await TelegramStore(engine).get(group, 1) == 101  # the same message all along
    finally:
        await engine.dispose()
