"""In-memory adapters of `commerce.ports` for fast unit tests of services and handlers.

They keep the same contract as storage (the guards of `change_participation`, rollback unless
committed) by working on a copy that a commit publishes.
"""

from __future__ import annotations

import copy
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta

from commerce.domain.api_tokens import ApiToken
from commerce.domain.group_buy import (
    MAX_CLOSED_LISTED,
    MAX_OPEN_LISTED,
    GroupBuy,
    GroupBuyStatus,
    Participant,
)
from commerce.domain.ledger import Transaction
from commerce.domain.listings import Listing
from commerce.domain.member import APP_LANGUAGE, SEEN_REFRESH, ChatMembership, Member, identity, name_key
from commerce.domain.order import REFUND_KINDS, Order, OrderStatus
from commerce.domain.outbox import OutboxBacklog, OutboxItem
from commerce.domain.payout import Payout
from commerce.domain.questions import AskedQuestion
from commerce.domain.roster import GroupBuySummary
from commerce.domain.sharing import ShareVisit
from commerce.domain.waiting import WaitingEntry
from commerce.ports import LinesToOrder
from commerce.services.ledger import post_order_events
from commerce.unit_of_work import BaseUnitOfWork
from tests.fake_api_tokens import FakeApiTokens
from tests.fake_attribution import FakeAttribution
from tests.fake_chat_names import FakeChatNames
from tests.fake_collecting import FakeCollecting, Reminders
from tests.fake_console import ConsoleState, FakeConsole
from tests.fake_console_stats import FakeConsoleStats
from tests.fake_deadlines import FakeDeadlineClaims
from tests.fake_digest import DigestState, FakeDigests, FakeNoteSearch
from tests.fake_edits import FakeGroupBuyEdits
from tests.fake_follows import FakeFollows, FakeNoteShares, FollowsState
from tests.fake_foryou_weekly import FakeForYouWeeks
from tests.fake_ledger import FakeLedger
from tests.fake_listings import FakeListings
from tests.fake_moderation import FakeModeration, ModerationState
from tests.fake_notes import FakeNotes, NotesState
from tests.fake_payouts import FakePayouts
from tests.fake_questions import FakeQuestions
from tests.fake_recommend import FakeRecommend
from tests.fake_reputation import FakeTrust
from tests.fake_waiting import FakeWaitingList


class FakeClock:
    def __init__(self, start: datetime | None = None) -> None:
        self.current = start or datetime(2026, 11, 23, 4, 0, tzinfo=UTC)  # 12:00 in Shanghai

    def now(self) -> datetime:
        return self.current

    def advance(self, **delta: float) -> None:
        self.current += timedelta(**delta)


@dataclass
class MemoryState:
    group_buys: dict[int, GroupBuy] = field(default_factory=dict)
    lines: dict[int, dict[tuple[str, str, str], Participant]] = field(default_factory=dict)
    orders: dict[int, Order] = field(default_factory=dict)
    orders_upto: dict[int, int] = field(default_factory=dict)  # group buy -> position; absent: none pending
    deadline_claims: dict[int, datetime] = field(default_factory=dict)  # group buy -> claimed until
    languages: dict[str, str] = field(default_factory=dict)
    answers: dict[str, str] = field(default_factory=dict)
    claimed_at: dict[str, datetime] = field(default_factory=dict)  # as storage's created_at: real time
    visits: list[ShareVisit] = field(default_factory=list)
    share_codes: dict[tuple[int, str], str] = field(default_factory=dict)  # (group buy, member) -> code
    visit_reads: int = 0  # `attribution.visits_of` calls (one per batch of orders)
    outbox: list[OutboxItem] = field(default_factory=list)
    outbox_sent: set[int] = field(default_factory=set)
    outbox_gave_up: dict[int, str] = field(default_factory=dict)  # row id -> why (never sent)
    outbox_due: dict[int, datetime] = field(default_factory=dict)
    outbox_withdrawn: set[int] = field(default_factory=set)  # rows deleted before they went
    # (topic family, chat) -> (owner, leased until): the outbox's chat leases
    outbox_leases: dict[tuple[str, str], tuple[str, datetime]] = field(default_factory=dict)
    members: dict[str, Member] = field(default_factory=dict)
    memberships: dict[tuple[str, str], ChatMembership] = field(default_factory=dict)
    # group buy -> (member, option) -> entry
    waiting: dict[int, dict[tuple[str, str], WaitingEntry]] = field(default_factory=dict)
    waiting_left_out: dict[int, list[WaitingEntry]] = field(default_factory=dict)  # 候补 in vain
    member_writes: int = 0  # rows `seen` changed (the storage's upserts change none when nothing did)
    chat_titles: dict[str, tuple[str, datetime]] = field(default_factory=dict)  # chat -> (name, seen at)
    chat_title_writes: int = 0  # names `chat_names.name` changed
    helpers: list[tuple[int, str]] = field(default_factory=list)  # (group buy, identity), as named
    reminders: Reminders = field(default_factory=Reminders)  # getting paid (tests.fake_collecting)
    ledger: list[Transaction] = field(default_factory=list)  # posted, in order (tests.fake_ledger)
    payouts: dict[int, Payout] = field(default_factory=dict)  # by id (tests.fake_payouts)
    payout_destinations: dict[str, str] = field(default_factory=dict)  # member -> kept (fake_payouts)
    notes: NotesState = field(default_factory=NotesState)  # notes, likes, comments (tests.fake_notes)
    trust: dict[tuple[str, str], float] = field(default_factory=dict)  # by (chat, member): fake_reputation
    digest: DigestState = field(default_factory=DigestState)  # search index, digest mode (fake_digest)
    follows: FollowsState = field(default_factory=FollowsState)  # follows, round-ups, note shares
    listings: list[Listing] = field(default_factory=list)  # 帮卖, in order (tests.fake_listings)
    questions: dict[int, AskedQuestion] = field(default_factory=dict)  # by id (tests.fake_questions)
    questions_moved: dict[int, datetime] = field(default_factory=dict)  # by id: its last move (updated_at)
    moderation: ModerationState = field(default_factory=ModerationState)  # flags, mutes: fake_moderation
    foryou_off: set[str] = field(default_factory=set)  # identities that turned For you off
    foryou_weeks: dict[str, tuple[str, datetime]] = field(default_factory=dict)  # identity -> (week, at)
    console: ConsoleState = field(default_factory=ConsoleState)  # tests.fake_console
    api_tokens: dict[int, ApiToken] = field(default_factory=dict)  # tests.fake_api_tokens
    next_id: dict[str, int] = field(default_factory=lambda: {"gb": 1, "order": 1})


class _GroupBuys:
    def __init__(self, state: MemoryState) -> None:
        self.s = state

    async def add(self, group_buy: GroupBuy) -> GroupBuy:
        group_buy.id = self.s.next_id["gb"]
        self.s.next_id["gb"] += 1
        group_buy.option_sold = {option.name: 0 for option in group_buy.terms.options}
        self.s.group_buys[group_buy.id] = copy.deepcopy(replace(group_buy, events=[], is_new=False))
        self.s.lines[group_buy.id] = {}
        return group_buy

    async def get(self, group_buy_id: int) -> GroupBuy | None:
        found = self.s.group_buys.get(group_buy_id)
        return copy.deepcopy(found) if found else None

    async def latest_open_in_chat(self, chat_id: str) -> GroupBuy | None:
        ids = [g.id for g in self.s.group_buys.values() if g.chat_id == chat_id and g.is_open]
        return await self.get(max(i for i in ids if i is not None)) if ids else None

    def _here(self, chat_id: str) -> list[GroupBuy]:
        """The chat's own group buys and those it lists (帮卖)."""
        listed = {found.group_buy_id for found in self.s.listings if found.chat_id == chat_id}
        return [g for i, g in self.s.group_buys.items() if g.chat_id == chat_id or i in listed]

    async def latest_in_chat(self, chat_id: str) -> GroupBuy | None:
        ids = [g.id for g in self._here(chat_id) if g.id is not None]
        return await self.get(max(ids)) if ids else None

    async def open_in_chat(self, chat_id: str, *, organiser: str | None = None) -> list[GroupBuy]:
        found = [g for g in self._here(chat_id) if g.is_open and organiser in (None, g.organiser_id)]
        return [copy.deepcopy(g) for g in sorted(found, key=lambda g: -(g.id or 0))[:MAX_OPEN_LISTED]]

    async def count_open_in_chat(self, chat_id: str, *, organiser: str | None = None) -> int:
        return sum(1 for g in self._here(chat_id) if g.is_open and organiser in (None, g.organiser_id))

    async def closed_in_chat(self, chat_id: str) -> list[GroupBuy]:
        found = [g for g in self._here(chat_id) if not g.is_open]
        return [copy.deepcopy(g) for g in sorted(found, key=lambda g: -(g.id or 0))[:MAX_CLOSED_LISTED]]

    async def joined_among(self, group_buy_ids: Sequence[int], user_id: str) -> set[int]:
        return {
            gid
            for gid in group_buy_ids
            if any(p.user_id == user_id and p.quantity > 0 for p in self.s.lines.get(gid, {}).values())
        }

    async def participant(
        self, group_buy_id: int, user_id: str, friend: str = "", option: str = ""
    ) -> Participant | None:
        line = self.s.lines.get(group_buy_id, {}).get((user_id, friend, option))
        return copy.copy(line) if line else None

    async def lines_of(self, group_buy_id: int, user_id: str) -> list[Participant]:
        lines = self.s.lines.get(group_buy_id, {}).values()
        return [copy.copy(p) for p in lines if p.user_id == user_id and p.quantity > 0]

    async def lines_held(self, group_buy_id: int, user_id: str) -> list[Participant]:
        return await self.lines_of(group_buy_id, user_id)

    async def member_rows(self, group_buy_id: int, user_id: str) -> list[Participant]:
        lines = self.s.lines.get(group_buy_id, {}).values()
        return [copy.copy(p) for p in lines if p.user_id == user_id]

    async def participants(self, group_buy_id: int, *, limit: int | None = None) -> list[Participant]:
        lines = [copy.copy(p) for p in self.s.lines.get(group_buy_id, {}).values() if p.quantity > 0]
        return lines if limit is None else lines[:limit]

    async def count_lines(self, group_buy_id: int) -> int:
        return len(self.s.lines.get(group_buy_id, {}))

    async def count_buyers(self, group_buy_id: int) -> int:
        return len({p.user_id for p in self.s.lines.get(group_buy_id, {}).values() if p.quantity > 0})

    async def lines_to_order(self, group_buy_id: int, *, after: int, limit: int) -> LinesToOrder:
        """Positions are places in the list from 1 (the list of a closed group buy no longer moves)."""
        lines = [p for p in self.s.lines.get(group_buy_id, {}).values() if p.quantity > 0]
        window = lines[after : after + limit]
        members = {p.user_id for p in window}
        found = [copy.copy(p) for p in lines if p.user_id in members]
        return LinesToOrder(found, after + limit if len(window) == limit else None)

    async def orders_upto(self, group_buy_id: int) -> int | None:
        return self.s.orders_upto.get(group_buy_id)

    async def set_orders_upto(self, group_buy_id: int, upto: int | None) -> None:
        if upto is None:
            self.s.orders_upto.pop(group_buy_id, None)
        else:
            self.s.orders_upto[group_buy_id] = upto

    async def rename_lines(self, chat_id: str, user_id: str, name: str, previous: str) -> int:
        renamed = 0
        for group_buy_id, lines in self.s.lines.items():
            group_buy = self.s.group_buys.get(group_buy_id)
            if group_buy is None or group_buy.chat_id != chat_id:
                continue
            for line in lines.values():
                if (
                    line.user_id == user_id
                    and line.listing_id is None
                    and line.display_name == previous  # a typed 接龙 name (`王阿姨 +2`) stays
                    and line.display_name != name
                ):
                    line.display_name = name
                    renamed += 1
        return renamed

    async def change_participation(
        self,
        group_buy: GroupBuy,
        line: Participant,
        delta: int,
        *,
        now: datetime | None = None,
        cap: int | None = None,
        whole: bool = False,
    ) -> bool:
        assert group_buy.id is not None
        stored = self.s.group_buys[group_buy.id]
        lines = self.s.lines[group_buy.id]
        had = lines[line.key].quantity if line.key in lines else 0
        terms = stored.terms
        if stored.status is not GroupBuyStatus.OPEN:
            return False
        if now is not None and stored.is_past_deadline(now):
            return False
        if delta > 0:
            if terms.stock is not None and stored.sold + delta > terms.stock:
                return False
            limit = stored.line_limit(cap)
            if limit is not None and had + delta > limit:
                return False
            person = terms.per_person_limit
            if whole and person is not None:  # her lines of the option together, as storage counts them
                mine = (
                    x.quantity for x in lines.values() if (x.user_id, x.option) == (line.user_id, line.option)
                )
                if sum(mine) + delta > person:
                    return False
        if had + delta < 0:
            return False
        if line.option:  # 多规格: the option's own stock, guarded like the group buy's
            option = stored.option_named(line.option)
            taken = stored.option_sold.get(line.option, 0) + delta
            if option is None or (option.stock is not None and taken > option.stock) or taken < 0:
                return False
            stored.option_sold[line.option] = group_buy.option_sold[line.option] = taken
        stored.sold += delta
        group_buy.sold = stored.sold
        stored_line = lines.get(line.key)
        if stored_line is not None:  # like the SQL repository: first join time and the note stay
            line.joined_at = stored_line.joined_at
        line.quantity = had + delta
        if had + delta == 0:
            lines.pop(line.key, None)
        else:
            note = line.note or (stored_line.note if stored_line is not None else "")
            private = line.note_private if line.note or stored_line is None else stored_line.note_private
            listing = stored_line.listing_id if stored_line is not None else line.listing_id  # as first made
            name = stored_line.display_name if stored_line is not None else line.display_name  # as SQL
            added_by = line.added_by if stored_line is None else stored_line.added_by if line.added_by else ""
            lines[line.key] = replace(
                line,
                display_name=name,
                note=note,
                listing_id=listing,
                note_private=private,
                added_by=added_by,
            )
        return True

    async def save_status(self, group_buy: GroupBuy, *, previous: str) -> bool:
        assert group_buy.id is not None
        stored = self.s.group_buys[group_buy.id]
        if stored.status.value != previous:
            return False
        terms = replace(group_buy.terms, pickup_at=stored.terms.pickup_at)  # kept by `set_pickup_at` only
        kept = replace(group_buy, terms=terms, events=[], is_new=False)
        self.s.group_buys[group_buy.id] = copy.deepcopy(kept)
        return True

    async def open_deadlines(self) -> list[tuple[int, datetime]]:
        found = [(i, g.deadline) for i, g in self.s.group_buys.items() if g.is_open]
        for i in self.s.orders_upto:  # orders pending: at once
            closed_at = self.s.group_buys[i].closed_at
            found.append((i, closed_at or self.s.group_buys[i].deadline))
        return sorted(found, key=lambda item: item[1])

    async def save_details(self, group_buy_id: int, *, pickup: str, payment_note: str) -> None:
        stored = self.s.group_buys[group_buy_id]
        stored.terms = replace(stored.terms, pickup=pickup, payment_note=payment_note)


class _Orders:
    def __init__(self, state: MemoryState) -> None:
        self.s = state

    async def add(self, order: Order) -> Order:
        order.id = self.s.next_id["order"]
        self.s.next_id["order"] += 1
        same = [o.seq or 0 for o in self.s.orders.values() if o.group_buy_id == order.group_buy_id]
        order.seq = max(same, default=0) + 1
        self.s.orders[order.id] = copy.deepcopy(replace(order, events=[], is_new=False))
        return order

    async def add_many(self, orders: Sequence[Order]) -> list[Order]:
        """Like storage: a buyer with an order for the group buy already gets none."""
        added = []
        for order in orders:
            taken = any(
                o.group_buy_id == order.group_buy_id and o.buyer_id == order.buyer_id
                for o in self.s.orders.values()
            )
            if not taken:
                added.append(await self.add(order))
        return added

    async def statuses(self, group_buy_id: int, buyer_ids: Collection[str]) -> dict[str, OrderStatus]:
        return {
            o.buyer_id: o.status
            for o in self.s.orders.values()
            if o.group_buy_id == group_buy_id and o.buyer_id in buyer_ids
        }

    async def part_refunds(self, group_buy_id: int, buyer_ids: Collection[str]) -> dict[str, tuple[int, int]]:
        return {
            o.buyer_id: (o.total, o.refunded_part)
            for o in self.s.orders.values()
            if o.group_buy_id == group_buy_id
            and o.buyer_id in buyer_ids
            and o.status in (OrderStatus.PAID, OrderStatus.FULFILLED)
            and o.refunded_part
        }

    async def refunded_units(
        self, group_buy_id: int, buyer_ids: Collection[str] | None = None
    ) -> dict[tuple[str, str], int]:
        found: dict[tuple[str, str], int] = {}
        for o in self.s.orders.values():
            if o.group_buy_id != group_buy_id or o.status not in (OrderStatus.PAID, OrderStatus.FULFILLED):
                continue
            if buyer_ids is not None and o.buyer_id not in buyer_ids:
                continue
            for payment in o.payments:
                if payment.kind == "part_refunded":
                    key = (o.buyer_id, payment.option)
                    found[key] = found.get(key, 0) + payment.units
        return found

    async def received_parts(self, group_buy_id: int, *, chat_id: str | None = None) -> tuple[int, int]:
        parts = [
            (o.received_unpaid, o.total)
            for o in self.s.orders.values()
            if o.group_buy_id == group_buy_id and chat_id in (None, o.chat_id) and o.received_unpaid
        ]
        return sum(part for part, _ in parts), sum(total for _, total in parts)

    async def status_counts(self, group_buy_id: int, *, chat_id: str | None = None) -> dict[OrderStatus, int]:
        counts: dict[OrderStatus, int] = {}
        for o in self.s.orders.values():
            if o.group_buy_id == group_buy_id and chat_id in (None, o.chat_id):
                counts[o.status] = counts.get(o.status, 0) + 1
        return counts

    async def get(self, order_id: int) -> Order | None:
        found = self.s.orders.get(order_id)
        return copy.deepcopy(found) if found else None

    async def top_sharers(self, chat_id: str, *, since: datetime, limit: int) -> list[tuple[str, int]]:
        dropped = (OrderStatus.CANCELLED, OrderStatus.REFUNDED)
        brought: dict[str, set[str]] = {}
        for o in self.s.orders.values():
            group_buy = self.s.group_buys.get(o.group_buy_id)
            if (
                group_buy is None
                or o.chat_id != chat_id  # 帮卖: the group the order belongs to
                or o.sharer_id in (None, group_buy.organiser_id)
            ):
                continue
            if o.created_at >= since and o.status not in dropped and not self._brought_back(o):
                brought.setdefault(o.sharer_id or "", set()).add(o.buyer_id)
        ranked = sorted(
            ((sharer, len(buyers)) for sharer, buyers in brought.items()), key=lambda r: (-r[1], r[0])
        )
        return ranked[:limit]

    def _brought(self, order: Order) -> datetime:
        lines = self.s.lines.get(order.group_buy_id, {}).values()
        return min(
            (x.joined_at for x in lines if x.user_id == order.buyer_id and x.quantity > 0),
            default=order.created_at,
        )

    def _brought_back(self, order: Order) -> bool:
        """The loop rule, as storage's `top_sharers` reads it: the buyer brought the sharer earlier."""
        return any(
            theirs.buyer_id == order.sharer_id
            and theirs.sharer_id == order.buyer_id
            and theirs.status is not OrderStatus.CANCELLED
            and self._brought(theirs) <= self._brought(order)
            for theirs in self.s.orders.values()
        )

    async def by_number(self, group_buy_id: int, seq: int) -> int | None:
        found = [o.id for o in self.s.orders.values() if (o.group_buy_id, o.seq) == (group_buy_id, seq)]
        return found[0] if found else None

    async def numbered(
        self,
        seq: int,
        *,
        chat_id: str | None = None,
        buyer_id: str | None = None,
        organiser_id: str | None = None,
    ) -> list[Order]:
        def fits(o: Order) -> bool:
            group_buy = self.s.group_buys.get(o.group_buy_id)
            return (
                o.seq == seq
                and (chat_id is None or (group_buy is not None and group_buy.chat_id == chat_id))
                and (buyer_id is None or o.buyer_id == buyer_id)
                and (
                    organiser_id is None or (group_buy is not None and group_buy.organiser_id == organiser_id)
                )
            )

        found = sorted((o for o in self.s.orders.values() if fits(o)), key=lambda o: o.id or 0, reverse=True)
        return [copy.deepcopy(o) for o in found]

    async def for_buyer(self, buyer_id: str) -> list[Order]:
        mine = [o for o in self.s.orders.values() if o.buyer_id == buyer_id]
        return [copy.deepcopy(o) for o in sorted(mine, key=lambda o: o.id or 0, reverse=True)]

    async def for_group_buy(self, group_buy_id: int) -> list[Order]:
        return [copy.deepcopy(o) for o in self.s.orders.values() if o.group_buy_id == group_buy_id]

    async def save(self, order: Order) -> None:
        assert order.id is not None
        self.s.orders[order.id] = copy.deepcopy(replace(order, events=[], is_new=False))

    async def save_status(self, order: Order, *, previous: str) -> bool:
        assert order.id is not None
        if self.s.orders[order.id].status.value != previous:
            return False
        known = {(p.kind, p.reference) for o in self.s.orders.values() for p in o.payments if p.reference}
        stored = len(self.s.orders[order.id].payments)
        if any((p.kind, p.reference) in known for p in order.payments[stored:] if p.reference):
            return False
        await self.save(order)
        return True

    async def pending_due(
        self, *, by: datetime, pay_within: timedelta, currencies: Collection[str], unreminded: bool = False
    ) -> list[Order]:
        due = [
            o
            for o in sorted(self.s.orders.values(), key=lambda o: o.id or 0)
            if o.status is OrderStatus.PENDING_PAYMENT
            and o.currency in currencies
            and o.due_at(pay_within) <= by
            and not (unreminded and o.reminded_at is not None)
            and o.reported_paid_at is None  # reported paid: it waits for the organiser
        ]
        return [copy.deepcopy(o) for o in due]

    async def mark_reminded(self, order_id: int, at: datetime) -> bool:
        order = self.s.orders[order_id]
        if order.reminded_at is not None:
            return False
        order.reminded_at = at
        return True

    async def owed_past_pickup(self, *, picked_by: datetime) -> list[Order]:
        def picked_up_by(o: Order) -> bool:
            group_buy = self.s.group_buys.get(o.group_buy_id)
            at = group_buy.terms.pickup_at if group_buy is not None else None
            return at is not None and at <= picked_by and o.created_at <= picked_by

        due = [
            o
            for o in sorted(self.s.orders.values(), key=lambda o: o.id or 0)
            if o.status is OrderStatus.PENDING_PAYMENT
            and o.reported_paid_at is None
            and o.reminded_at is None
            and picked_up_by(o)
        ]
        return [copy.deepcopy(o) for o in due]

    async def set_pay_by(self, order_id: int, pay_by: datetime) -> None:
        order = self.s.orders[order_id]
        order.pay_by, order.reminded_at = pay_by, None


class _Pickups:
    """Pickup codes on the stored orders, and helpers, as storage.pickup keeps them."""

    def __init__(self, state: MemoryState) -> None:
        self.s = state

    async def assign_code(self, order_id: int, group_buy_id: int, code: str) -> str | None:
        order = self.s.orders[order_id]
        if order.pickup_code is not None:
            return order.pickup_code
        if any(o.group_buy_id == group_buy_id and o.pickup_code == code for o in self.s.orders.values()):
            return None
        order.pickup_code = code
        return code

    def _runs(self, group_buy: GroupBuy, actor: str, helper: str) -> bool:
        return group_buy.organiser_id == actor or (group_buy.id or 0, helper) in self.s.helpers

    async def coded(
        self, code: str, *, chat_id: str | None, actor: str, helper: str, admin: bool
    ) -> list[int]:
        found = []
        for order in sorted(self.s.orders.values(), key=lambda o: o.id or 0):
            group_buy = self.s.group_buys[order.group_buy_id]
            if order.pickup_code != code:
                continue
            runs = self._runs(group_buy, actor, helper)
            if chat_id is None and not runs:
                continue
            # in a chat: its group buys' orders, and (帮卖) the orders made there to whoever runs it
            if chat_id is not None and not (
                (group_buy.chat_id == chat_id and (admin or runs)) or (order.chat_id == chat_id and runs)
            ):
                continue
            found.append(order.id or 0)
        return found

    async def verifies_any(self, *, chat_id: str | None, actor: str, helper: str) -> bool:
        listed = {li.group_buy_id for li in self.s.listings if li.chat_id == chat_id}
        return any(
            self._runs(g, actor, helper)
            if chat_id is None or g.chat_id == chat_id
            # a helper of a group buy help-sold in the chat (帮卖)
            else g.id in listed and (g.id or 0, helper) in self.s.helpers
            for g in self.s.group_buys.values()
        )

    async def is_helper(self, group_buy_id: int, helper: str) -> bool:
        return (group_buy_id, helper) in self.s.helpers

    async def add_helper(self, group_buy_id: int, helper: str, *, by: str, at: datetime) -> bool:
        if (group_buy_id, helper) in self.s.helpers:
            return False
        self.s.helpers.append((group_buy_id, helper))
        return True

    async def remove_helper(self, group_buy_id: int, helper: str) -> bool:
        if (group_buy_id, helper) not in self.s.helpers:
            return False
        self.s.helpers.remove((group_buy_id, helper))
        return True

    async def helpers(self, group_buy_id: int) -> list[str]:
        return [who for gid, who in self.s.helpers if gid == group_buy_id]


class _Visits:
    def __init__(self, state: MemoryState) -> None:
        self.s = state

    async def add(self, visit: ShareVisit) -> None:
        self.s.visits.append(visit)

    async def for_group_buy(self, group_buy_id: int) -> list[ShareVisit]:
        return [v for v in self.s.visits if v.group_buy_id == group_buy_id]


class _Members:
    def __init__(self, state: MemoryState) -> None:
        self.s = state

    async def seen(
        self,
        *,
        platform: str,
        user_id: str,
        display_name: str,
        username: str | None,
        language: str | None,
        chat_id: str | None,
        alias: str | None,
        at: datetime,
        language_from: str | None = None,
    ) -> None:
        who = identity(platform, user_id)
        stale = at - SEEN_REFRESH
        old = self.s.members.get(who)
        source = language_from if language else None
        if old is None:
            self.s.members[who] = Member(
                who, platform, user_id, display_name, username, language, at, at, language_from=source
            )
            self.s.member_writes += 1
        elif (
            old.display_name != display_name
            or (username and username != old.username)
            or (language and language != old.language)
            or (language and source != old.language_from)
            or old.last_seen <= stale
        ):
            self.s.members[who] = replace(
                old,
                display_name=display_name,
                username=username or old.username,
                language=language or old.language,
                language_from=source if language else old.language_from,
                last_seen=max(old.last_seen, at),
            )
            self.s.member_writes += 1
        if chat_id is None:
            return
        was = self.s.memberships.get((chat_id, who))
        if was is None:
            self.s.memberships[(chat_id, who)] = ChatMembership(chat_id, who, alias or None, at, at)
            self.s.member_writes += 1
        elif (alias and alias != was.alias) or was.last_seen <= stale:
            self.s.memberships[(chat_id, who)] = replace(
                was, alias=alias or was.alias, last_seen=max(was.last_seen, at)
            )
            self.s.member_writes += 1

    async def left(self, chat_id: str, identities: Collection[str]) -> None:
        for who in identities:
            self.s.memberships.pop((chat_id, who), None)

    async def get(self, identity: str) -> Member | None:
        return self.s.members.get(identity)

    async def find_in_chat(self, chat_id: str, name: str) -> list[Member]:
        key = name_key(name)
        found = [
            self.s.members[who]
            for (chat, who), membership in self.s.memberships.items()
            if chat == chat_id and key and self.s.members[who].answers_to(key, alias=membership.alias)
        ]
        return sorted(found, key=lambda member: member.identity)

    async def name_of(self, identity: str) -> str | None:
        member = self.s.members.get(identity)
        return member.display_name if member is not None else None

    async def name_in(self, chat_id: str, identity: str) -> str | None:
        membership, member = self.s.memberships.get((chat_id, identity)), self.s.members.get(identity)
        if membership is None or member is None:
            return None
        return membership.alias or member.display_name

    async def languages(self, identities: Collection[str], *, from_app: bool = False) -> dict[str, str]:
        known = (self.s.members.get(who) for who in identities)
        return {
            m.identity: m.language
            for m in known
            if m is not None and m.language is not None and (not from_app or m.language_from == APP_LANGUAGE)
        }


class _Views:
    """The organiser's read side (storage/views.py), computed from the state."""

    def __init__(self, state: MemoryState) -> None:
        self.s = state

    async def group_buys_of(self, organiser_id: str, *, limit: int) -> list[GroupBuySummary]:
        mine = [g for g in self.s.group_buys.values() if g.organiser_id == organiser_id]
        mine.sort(key=lambda g: -(g.id or 0))
        out = []
        for g in mine[:limit]:
            assert g.id is not None and g.terms.deadline is not None
            orders = [o for o in self.s.orders.values() if o.group_buy_id == g.id]
            dropped = (OrderStatus.CANCELLED, OrderStatus.REFUNDED)
            out.append(
                GroupBuySummary(
                    id=g.id,
                    chat_id=g.chat_id,
                    title=g.terms.title,
                    status=g.status,
                    currency=g.terms.currency,
                    deadline=g.terms.deadline,
                    sold=g.sold
                    - sum(o.quantity for o in orders if o.status in dropped)
                    - sum(sum(o.refunded_units.values()) for o in orders if o.status not in dropped),
                    orders=sum(1 for o in orders if o.status not in dropped),
                    collected=sum(o.paid_amount + o.received_unpaid for o in orders),
                    outstanding=sum(
                        o.total - o.received_unpaid for o in orders if o.status is OrderStatus.PENDING_PAYMENT
                    ),
                    refunded=sum(o.quantity for o in orders if o.status is OrderStatus.REFUNDED)
                    + sum(sum(o.refunded_units.values()) for o in orders if o.status not in dropped),
                    unit=g.terms.unit,
                    target=g.terms.target,
                    refunded_money=sum(
                        -p.amount for o in orders for p in o.payments if p.kind in REFUND_KINDS
                    ),
                    cancelled=sum(o.quantity for o in orders if o.status is OrderStatus.CANCELLED),
                )
            )
        return out

    async def count_group_buys_of(self, organiser_id: str) -> int:
        return sum(1 for g in self.s.group_buys.values() if g.organiser_id == organiser_id)

    async def unsold_units(self, group_buy_id: int, *, chat_id: str | None = None) -> tuple[int, int]:
        orders = [o for o in self.s.orders.values() if o.group_buy_id == group_buy_id]
        if chat_id is not None:
            orders = [o for o in orders if o.chat_id == chat_id]
        dropped = sum(o.quantity for o in orders if o.status in (OrderStatus.CANCELLED, OrderStatus.REFUNDED))
        kept = (OrderStatus.PAID, OrderStatus.FULFILLED)  # 部分退款 by units: out of what was sold
        part = sum(sum(o.refunded_units.values()) for o in orders if o.status in kept)
        return dropped + part, sum(o.quantity for o in orders if o.status is OrderStatus.REFUNDED) + part

    async def open_joins_of(self, member_id: str, *, limit: int) -> list[int]:
        found = [
            g.id
            for g in self.s.group_buys.values()
            if g.is_open
            and g.id is not None
            and any(p.user_id == member_id and p.quantity > 0 for p in self.s.lines.get(g.id, {}).values())
        ]
        return sorted(found, reverse=True)[:limit]


class _Chats:
    def __init__(self, state: MemoryState) -> None:
        self.s = state

    async def language(self, chat_id: str) -> str | None:
        return self.s.languages.get(chat_id)

    async def languages(self, chat_ids: Collection[str]) -> dict[str, str]:
        return {chat_id: self.s.languages[chat_id] for chat_id in chat_ids if chat_id in self.s.languages}

    async def set_language(self, chat_id: str, language: str) -> None:
        self.s.languages[chat_id] = language

    async def move(self, old: str, new: str) -> int:
        moved = 0
        for key, group_buy in list(self.s.group_buys.items()):
            if group_buy.chat_id == old:
                self.s.group_buys[key] = replace(group_buy, chat_id=new)
                moved += 1
        for key, order in list(self.s.orders.items()):
            if order.chat_id == old:
                self.s.orders[key] = replace(order, chat_id=new)
                moved += 1
        if old in self.s.languages:
            self.s.languages.setdefault(new, self.s.languages.pop(old))
            moved += 1
        return moved


class _Updates:
    def __init__(self, state: MemoryState) -> None:
        self.s = state

    async def claim(self, key: str) -> bool:
        if key in self.s.answers:
            return False
        self.s.answers[key] = ""
        self.s.claimed_at[key] = datetime.now(UTC)
        return True

    async def answer(self, key: str) -> str | None:
        return self.s.answers.get(key)

    async def save_answer(self, key: str, answer: str) -> None:
        self.s.answers[key] = answer

    async def record(self, key: str, answer: str) -> bool:
        if key in self.s.answers:
            return False
        self.s.answers[key] = answer
        self.s.claimed_at[key] = datetime.now(UTC)
        return True

    async def prune(self, before: datetime) -> int:
        old = [key for key, at in self.s.claimed_at.items() if at < before]
        for key in old:
            del self.s.answers[key], self.s.claimed_at[key]
        return len(old)


class _Outbox:
    def __init__(self, state: MemoryState) -> None:
        self.s = state

    async def add(self, items: Sequence[OutboxItem]) -> None:
        for item in items:
            stored = replace(item, id=len(self.s.outbox) + 1)
            self.s.outbox.append(stored)
            self.s.outbox_due[stored.id or 0] = item.due_at or item.created_at

    def _waiting(self, topic_prefix: str, now: datetime) -> list[OutboxItem]:
        return [
            item
            for item in self.s.outbox
            if item.id not in self._gone
            and item.topic.startswith(topic_prefix)
            and self.s.outbox_due[item.id or 0] <= now
        ]

    async def due(
        self,
        topic_prefix: str,
        *,
        now: datetime,
        limit: int,
        skip: Collection[int] = (),
        chats: Collection[str] | None = None,
    ) -> list[OutboxItem]:
        found = [
            item
            for item in self._waiting(topic_prefix, now)
            if item.id not in skip and (chats is None or _key(item) in chats)
        ]
        return found[:limit]

    async def lease_chats(
        self,
        topic_prefix: str,
        *,
        owner: str,
        now: datetime,
        until: datetime,
        limit: int,
        due_by: datetime | None = None,
    ) -> list[str]:
        first: dict[str, int] = {}
        for item in self._waiting(topic_prefix, now if due_by is None else due_by):
            first.setdefault(_key(item), item.id or 0)
        leases = self.s.outbox_leases

        def free(chat: str) -> bool:
            held = leases.get((topic_prefix, chat))
            return held is None or held[0] == owner or held[1] < now

        def mine(chat: str) -> bool:
            return leases.get((topic_prefix, chat), ("",))[0] == owner

        picked = sorted((c for c in first if free(c)), key=lambda c: (not mine(c), first[c]))[: max(limit, 0)]
        for chat in picked:
            leases[(topic_prefix, chat)] = (owner, until)
        return sorted(picked)

    async def lease_owners(self, topic_prefix: str) -> list[str]:
        leases = self.s.outbox_leases.items()
        return sorted({owner for (family, _), (owner, _) in leases if family == topic_prefix})

    async def release_chats(self, topic_prefix: str, *, owner: str, keep: Collection[str] = ()) -> None:
        for family, chat in list(self.s.outbox_leases):
            held_by = self.s.outbox_leases[(family, chat)][0]
            if family == topic_prefix and held_by == owner and chat not in keep:
                del self.s.outbox_leases[(family, chat)]

    async def mark_sent(self, ids: Collection[int], *, at: datetime) -> None:
        self.s.outbox_sent.update(i for i in ids if i not in self.s.outbox_gave_up)

    async def give_up(self, reasons: Mapping[int, str], *, at: datetime) -> None:
        for item_id, why in reasons.items():
            if item_id not in self._gone:
                self.s.outbox_gave_up[item_id] = why

    async def retry_later(self, item_id: int, *, due_at: datetime, error: str) -> None:
        self.s.outbox_due[item_id] = due_at
        position = item_id - 1
        self.s.outbox[position] = replace(
            self.s.outbox[position], attempts=self.s.outbox[position].attempts + 1
        )

    async def postpone(self, item_id: int, *, due_at: datetime) -> None:
        self.s.outbox_due[item_id] = due_at

    def _holding(
        self, chat_id: str, payloads: Collection[str], due_after: datetime | None = None
    ) -> list[int]:
        return [
            item.id or 0
            for item in self.s.outbox
            if item.chat_id == chat_id
            and item.payload in payloads
            and item.id not in self._gone
            and (due_after is None or self.s.outbox_due[item.id or 0] > due_after)
        ]

    @property
    def _gone(self) -> set[int]:
        """Rows sent, given up or withdrawn."""
        return self.s.outbox_sent | set(self.s.outbox_gave_up) | self.s.outbox_withdrawn

    async def withdraw(self, chat_id: str, payloads: Collection[str], *, now: datetime) -> int:
        withdrawn = self._holding(chat_id, payloads, due_after=now)
        self.s.outbox_withdrawn.update(withdrawn)
        return len(withdrawn)

    async def bring_forward(self, chat_id: str, payloads: Collection[str], *, due_at: datetime) -> None:
        for item_id in self._holding(chat_id, payloads):
            self.s.outbox_due[item_id] = min(self.s.outbox_due[item_id], due_at)

    async def prune_sent(self, before: datetime) -> int:
        return 0  # the fake keeps no send times: nothing to forget

    async def pending(self, topic_prefix: str = "") -> int:
        return sum(
            1 for item in self.s.outbox if item.id not in self._gone and item.topic.startswith(topic_prefix)
        )

    async def backlog(self, *, now: datetime, topic_prefix: str = "") -> OutboxBacklog:
        unsent = [
            item.created_at if item.attempts else self.s.outbox_due[item.id or 0]
            for item in self.s.outbox
            if item.id not in self._gone and item.topic.startswith(topic_prefix)
        ]
        return OutboxBacklog(len(unsent), min((at for at in unsent if at <= now), default=None))


def _key(item: OutboxItem) -> str:
    """An outbox row's lease key, as storage.outbox.chat_key: its chat, or its topic without one."""
    return item.chat_id or item.topic


class FakeUnitOfWork(BaseUnitOfWork):
    """Works on a deep copy of the shared state; `commit` publishes it, anything else discards it."""

    def __init__(self, shared: MemoryState) -> None:
        super().__init__()
        self.hooks = (post_order_events,)  # as storage.uow's
        self.shared = shared
        self.commits = 0
        self._bind(copy.deepcopy(shared))

    def _bind(self, state: MemoryState) -> None:
        self.working = state
        self.group_buys = self.track(_GroupBuys(state))
        self.deadlines = FakeDeadlineClaims(state)
        self.orders = self.track(_Orders(state))
        self.chats = _Chats(state)
        self.updates = _Updates(state)
        self.visits = _Visits(state)
        self.outbox = _Outbox(state)
        self.members = _Members(state)
        self.waiting = FakeWaitingList(state)
        self.views = _Views(state)
        self.pickups = _Pickups(state)
        self.collecting = FakeCollecting(state)
        self.edits = FakeGroupBuyEdits(state)
        self.chat_names = FakeChatNames(state)
        self.ledger = FakeLedger(state)
        self.attribution = FakeAttribution(state)
        self.listings = FakeListings(state)
        self.questions = FakeQuestions(state)
        self.payouts = FakePayouts(state)
        self.notes = FakeNotes(state)
        self.trust = FakeTrust(state)
        self.note_search = FakeNoteSearch(state)
        self.digests = FakeDigests(state)
        self.follows = FakeFollows(state)
        self.note_shares = FakeNoteShares(state)
        self.moderation = FakeModeration(state)
        self.recommend = FakeRecommend(state)
        self.foryou_weeks = FakeForYouWeeks(state)
        self.console = FakeConsole(state)
        self.console_stats = FakeConsoleStats(state)
        self.api_tokens = FakeApiTokens(state)

    async def _begin(self) -> None:
        self._bind(copy.deepcopy(self.shared))

    async def _commit(self) -> None:
        self.shared.__dict__.update(copy.deepcopy(self.working).__dict__)
        self.commits += 1

    async def _rollback(self) -> None:
        self._bind(copy.deepcopy(self.shared))


class FakeUnitOfWorkFactory:
    """`factory()` gives a fresh unit of work over one shared in-memory state."""

    def __init__(self) -> None:
        self.state = MemoryState()
        self.created: list[FakeUnitOfWork] = []

    def __call__(self) -> FakeUnitOfWork:
        uow = FakeUnitOfWork(self.state)
        self.created.append(uow)
        return uow


class DownFactory(FakeUnitOfWorkFactory):
    """While `down`, every unit of work fails at its commit, as a database that does not answer."""

    down = False

    def __call__(self) -> FakeUnitOfWork:
        uow = super().__call__()
        if self.down:

            async def refused() -> None:
                raise ConnectionRefusedError("connection refused")

            uow._commit = refused  # type: ignore[method-assign]
        return uow
