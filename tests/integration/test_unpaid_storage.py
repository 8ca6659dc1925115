"""撤销已收 on SQLite and PostgreSQL (fast and stock paths), through the ChatApp: the payment row nets to
nothing and the ledger reverses what it posted (commission included), so /mine, /orders, the card and
every balance read as before the mistaken 已收; a payment made again posts its own round; two undos at
once undo once."""

from __future__ import annotations

import asyncio

from sqlalchemy import text

from commerce.domain import ledger
from commerce.domain.order import OrderStatus
from handlers.app import AppConfig, ChatApp
from handlers.types import ChatKind, Reply, Request
from storage.uow import SqlUnitOfWorkFactory
from tests.fakes import FakeClock

ROOM = "room"
UNDONE = "Undone: order #1-1 of Bob (¥88) is not paid again (no refund); they were told privately."
UNDONE_HERE = "Undone: order #1-1 of Bob is not paid again (no refund); they were told privately."
TAKEN_BACK = "\nCommission taken back with it: #1-1 dan's ¥4.40 sharer's commission; told privately: dan."
NOT_PAID = "Order #1-1 is not marked as paid, so there is nothing to undo: nothing was changed."


class _Chat:
    def __init__(self, factory: SqlUnitOfWorkFactory) -> None:
        self.app = ChatApp(uow_factory=factory, clock=FakeClock(), config=AppConfig())
        self.updates = 0

    async def say(self, user: str, words: str, *, private: bool = False) -> list[Reply]:
        self.updates += 1
        return await self.app.handle(
            Request(
                platform="test",
                chat_id=user if private else ROOM,
                user_id=user,
                display_name=user.title(),
                chat_kind=ChatKind.PRIVATE if private else ChatKind.GROUP,
                text=words,
                update_id=str(self.updates),
                language="en",
            )
        )


def _said(replies: list[Reply]) -> str:
    [found] = [reply.text for reply in replies if reply.text and not reply.private_to]
    return found


async def _closed(factory: SqlUnitOfWorkFactory) -> _Chat:
    """Amy's mangoes at ¥88: Bob #1-1 brought by Dan (5%), Cat #1-2; closed, nobody paid."""
    chat = _Chat(factory)
    await chat.say("amy", "/groupbuy Mangoes price 88 target 1")
    await chat.say("bob", "+1")
    await chat.say("cat", "+2")
    await chat.say("amy", "/close")
    async with factory() as uow:
        conn = uow.connection  # type: ignore[attr-defined]
        await conn.execute(text("UPDATE orders SET sharer_id = 'dan' WHERE buyer_id = 'bob'"))
        await conn.execute(text("UPDATE group_buys SET sharer_rate_bp = 500"))
        await uow.commit()
    return chat


async def _books(factory: SqlUnitOfWorkFactory) -> tuple[list[str], dict[str, int]]:
    async with factory() as uow:
        keys = [x.key for x in await uow.ledger.of_order(1)]
        trial = await uow.ledger.trial_balance()
        assert trial.balanced, trial.totals
        held = {str(b.account): b.amount for b in trial.balances}
    return keys, held


async def test_an_undone_paid_reads_as_before_it_on_storage(uow_factory: SqlUnitOfWorkFactory) -> None:
    chat = await _closed(uow_factory)
    mine = _said(await chat.say("amy", "/mine", private=True))
    orders = _said(await chat.say("bob", "/orders", private=True))
    card = (await chat.app.render_card(1)).text
    await chat.say("amy", "/paid 1-1")

    replies = await chat.say("amy", "/unpaid 1-1")

    assert _said(replies) == UNDONE_HERE
    assert [r.text for r in replies if r.private_to == "amy"] == [UNDONE + TAKEN_BACK]
    assert [r.text for r in replies if r.private_to == "bob"] == [
        "Amy marked your order #1-1 (Mangoes, ¥88) as not paid yet: it was marked paid by mistake. "
        "If you have not paid, please pay; if you have, please talk to Amy."
    ]
    assert _said(await chat.say("amy", "/mine", private=True)) == mine
    assert _said(await chat.say("bob", "/orders", private=True)) == orders
    assert (await chat.app.render_card(1)).text == card
    assert await _books(uow_factory) == (["order:1:paid", "order:1:unpaid"], {})
    async with uow_factory() as uow:
        order = await uow.orders.get(1)
        assert await uow.ledger.balance(ledger.pending("dan"), "CNY") == 0
    assert order is not None and order.status is OrderStatus.PENDING_PAYMENT
    assert [(p.kind, p.amount) for p in order.payments] == [("paid", 8800), ("unpaid", -8800)]
    assert _said(await chat.say("amy", "/unpaid 1-1")) == NOT_PAID

    assert _said(await chat.say("amy", "/paid 1-1")) == "✅ Bob's order #1-1 is paid."
    assert await _books(uow_factory) == (
        ["order:1:paid", "order:1:unpaid", "order:1:paid:2"],
        {"buyer:bob": -8800, "commission_pending:dan": 440, "organiser:amy": 8360},
    )


async def test_two_undos_at_once_undo_once(uow_factory: SqlUnitOfWorkFactory) -> None:
    chat = await _closed(uow_factory)
    await chat.say("amy", "/paid 1-1")

    async def undo(update: str) -> list[Reply]:
        return await chat.app.handle(
            Request(
                platform="test", chat_id=ROOM, user_id="amy", display_name="Amy", text="/unpaid 1-1",
                update_id=update, language="en",
            )
        )  # fmt: skip

    answers = [_said(found) for found in await asyncio.gather(undo("a"), undo("b"))]

    done = UNDONE_HERE
    busy = "Many people are joining right now: nothing was changed, please try again."
    assert sorted(answers, key=lambda said: said != done) in ([done, NOT_PAID], [done, busy])
    assert await _books(uow_factory) == (["order:1:paid", "order:1:unpaid"], {})
