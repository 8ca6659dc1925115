"""The console's Members, Payouts and ledger, and Moderation reads (storage/console_people.py) on
SQLite and PostgreSQL: everything for an admin; for an organiser, the members and notes of the chats
they opened a group buy in, and the orders, commission and transactions of their own group buys."""

from __future__ import annotations

from datetime import timedelta

from commerce.domain import ledger
from commerce.domain.console_people import Scope
from commerce.domain.ledger import Posting, Transaction, TransactionKind
from commerce.domain.moderation import NoteFlag
from commerce.domain.notes import Note
from commerce.services import group_buys as service
from storage.uow import SqlUnitOfWorkFactory
from tests.fakes import FakeClock
from tests.integration.conftest import CHAT, ORGANISER, close, join, mango_terms, open_buy

OTHER_CHAT = "chat-2"
ADMIN, ORG, DAN = Scope(), Scope(ORGANISER), Scope("dan")


async def _shop(factory: SqlUnitOfWorkFactory, clock: FakeClock) -> tuple[int, int, int]:
    """The organiser's group buy in CHAT (bob and cat buy; bob's order paid, cat brought him), Dan's in
    OTHER_CHAT; a note of each member in their chat, bob's flagged. The order id, bob's and eve's notes."""
    group_buy = await open_buy(factory, clock, target=1)
    await join(factory, clock, "bob")
    await join(factory, clock, "cat")
    orders = await close(factory, clock, group_buy.id or 0)
    bob_order = next(o for o in orders if o.buyer_id == "bob")
    async with factory() as uow:
        await service.open_group_buy(
            uow, chat_id=OTHER_CHAT, organiser_id="dan", organiser_name="Dan",
            terms=mango_terms(clock), now=clock.now(), lang="en",
        )  # fmt: skip
        for user, chat in (("bob", CHAT), ("cat", CHAT), ("eve", OTHER_CHAT), ("dan", OTHER_CHAT)):
            await uow.members.seen(
                platform="playground", user_id=user, display_name=user.title(), username=None,
                language=None, chat_id=chat, alias=None, at=clock.now(),
            )  # fmt: skip
        paid = Transaction(
            key=ledger.order_key(bob_order.id or 0, TransactionKind.ORDER_PAID),
            kind=TransactionKind.ORDER_PAID,
            at=clock.now(),
            postings=(
                Posting(ledger.buyer("bob"), -8800, "CNY"),
                Posting(ledger.organiser(ORGANISER), 8360, "CNY"),
                Posting(ledger.pending("cat"), 440, "CNY"),
            ),
            order_id=bob_order.id,
        )
        await uow.ledger.post(paid)
        bob_note = await uow.notes.add(Note(None, CHAT, "bob", "Bob", "Sweet", clock.now()))
        eve_note = await uow.notes.add(Note(None, OTHER_CHAT, "eve", "Eve", "Juicy", clock.now()))
        await uow.moderation.save([NoteFlag(bob_note.id or 0, CHAT, 0.7, flagged=True)], now=clock.now())
        await uow.commit()
    return bob_order.id or 0, bob_note.id or 0, eve_note.id or 0


async def test_members_and_their_orders_and_notes_are_scoped(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    order_id, bob_note, eve_note = await _shop(uow_factory, clock)
    async with uow_factory() as uow:
        people = uow.console_people
        assert await people.chats_of(ADMIN) is None
        assert await people.chats_of(ORG) == [CHAT] and await people.chats_of(DAN) == [OTHER_CHAT]
        assert {m.user_id for m in await people.members(ADMIN)} == {"bob", "cat", "eve", "dan"}
        assert {m.user_id for m in await people.members(ORG)} == {"bob", "cat"}
        assert {m.user_id for m in await people.members(DAN)} == {"eve", "dan"}
        assert await people.member(DAN, "playground:bob") is None
        found = await people.member(ORG, "playground:bob")
        assert found is not None and found.name == "Bob" and found.platform == "playground"
        [order] = await people.orders_of(ORG, "bob")
        assert (order.id, order.title, order.status, order.total) == (
            order_id,
            "海南贵妃芒 5斤",
            "pending_payment",
            8800,
        )
        assert order.number.endswith("-1") or order.number.endswith("-2")
        assert await people.orders_of(DAN, "bob") == []
        assert [n.id for n in await people.notes_of(ORG, "bob")] == [bob_note]
        assert await people.notes_of(DAN, "bob") == []
        assert [n.id for n in await people.notes_of(ADMIN, "eve")] == [eve_note]
        assert await people.order_in_scope(ORG, order_id) and await people.order_in_scope(ADMIN, order_id)
        assert not await people.order_in_scope(DAN, order_id)
        [(note, flag)] = await people.moderated_notes(ADMIN)
        assert note.id == bob_note and flag.unverified and flag.score == 0.7
        assert [n.id for n, _ in await people.moderated_notes(ORG)] == [bob_note]
        assert await people.moderated_notes(DAN) == []


async def test_commission_and_transactions_are_scoped_to_the_organisers_group_buys(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    order_id, _, _ = await _shop(uow_factory, clock)
    async with uow_factory() as uow:
        people = uow.console_people
        [cat] = await people.commission(ADMIN)
        assert (cat.member, cat.currency, cat.pending, cat.available, cat.name) == (
            "cat",
            "CNY",
            440,
            0,
            "Cat",
        )
        assert await people.commission(ORG) == [cat]
        assert await people.commission(DAN) == []
        assert await people.commission(ADMIN, member="bob") == []
        lines = await people.ledger_lines(ORG, order_id=order_id)
        assert sorted((line.account, line.amount) for line in lines) == [
            ("buyer:bob", -8800),
            ("commission_pending:cat", 440),
            (f"organiser:{ORGANISER}", 8360),
        ]
        assert {line.order_number for line in lines} == {lines[0].order_number} and lines[0].order_number
        assert await people.ledger_lines(DAN, order_id=order_id) == []
        assert [(line.account, line.kind) for line in await people.ledger_lines(ADMIN, member="cat")] == [
            ("commission_pending:cat", "order_paid")
        ]


async def test_a_ledger_page_after_a_transaction_follows_time_then_id(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    """`before`: the transactions listed after that one, newest first by time then id, whatever was
    posted since (one posted late with an earlier time falls in its place); none after an unknown id."""
    order_id, _, _ = await _shop(uow_factory, clock)  # bob's order paid at the clock's time
    start = clock.now()

    def back(payment: int, hours: int) -> Transaction:
        return Transaction(
            key=ledger.part_refund_key(order_id, payment),
            kind=TransactionKind.ORDER_PART_REFUNDED,
            at=start + timedelta(hours=hours),
            postings=(
                Posting(ledger.buyer("bob"), 100, "CNY"),
                Posting(ledger.organiser(ORGANISER), -100, "CNY"),
            ),
            order_id=order_id,
            seq=payment,
        )

    requested = Transaction(
        key=ledger.payout_key(1, TransactionKind.PAYOUT_REQUESTED),
        kind=TransactionKind.PAYOUT_REQUESTED,
        at=start + timedelta(hours=3),
        postings=(
            Posting(ledger.available("cat"), -440, "CNY"),
            Posting(ledger.payout_requested_account("cat"), 440, "CNY"),
        ),
        payout_id=1,
    )
    async with uow_factory() as uow:
        for transaction in (back(2, 2), back(3, 1), back(4, 0), requested):  # 3 and 4 posted late
            assert await uow.ledger.post(transaction)
        await uow.commit()
    async with uow_factory() as uow:
        people = uow.console_people

        async def keys(scope: Scope, before: int | None = None, member: str | None = None) -> list[str]:
            found = await people.ledger_lines(scope, before=before, member=member)
            return list(dict.fromkeys(line.key for line in found))

        ids = {line.key: line.transaction_id for line in await people.ledger_lines(ADMIN)}
        paid, late = (
            ledger.order_key(order_id, TransactionKind.ORDER_PAID),
            ledger.part_refund_key(order_id, 4),
        )
        two, three = ledger.part_refund_key(order_id, 2), ledger.part_refund_key(order_id, 3)
        payout = requested.key
        assert await keys(ADMIN) == [
            payout,
            two,
            three,
            late,
            paid,
        ]  # `late`: the paid one's time, a newer id
        assert ids[late] > ids[three] > ids[two] > ids[paid]
        assert await keys(ADMIN, ids[payout]) == [two, three, late, paid]
        assert await keys(ADMIN, ids[two]) == [three, late, paid]
        assert await keys(ADMIN, ids[late]) == [paid]  # the same time: the smaller id after
        assert await keys(ADMIN, ids[paid]) == []
        assert await keys(ADMIN, 99_999) == []
        assert await keys(ORG, ids[two]) == [three, late, paid]
        assert await keys(ADMIN, ids[payout], member="bob") == [two, three, late, paid]
        assert await keys(ADMIN, ids[three], member="cat") == [paid]
        assert await people.transaction_in_scope(ADMIN, ids[payout])
        assert not await people.transaction_in_scope(ORG, ids[payout])  # a payout is no group buy's
        assert await people.transaction_in_scope(ORG, ids[late])
        assert not await people.transaction_in_scope(DAN, ids[late])
        assert not await people.transaction_in_scope(ADMIN, 99_999)
