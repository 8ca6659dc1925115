"""What the domain needs from the outside world, as Protocols: storage and time.

`storage/` implements these with SQLModel; tests implement them in memory (tests/fakes.py).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from datetime import datetime, timedelta
from typing import Protocol

from commerce.domain.events import Event
from commerce.domain.group_buy import GroupBuy, Participant
from commerce.domain.member import Member
from commerce.domain.order import Order
from commerce.domain.outbox import OutboxItem
from commerce.domain.sharing import ShareVisit


class Clock(Protocol):
    def now(self) -> datetime:
        """The current time, timezone-aware (UTC)."""
        ...


class GroupBuyRepository(Protocol):
    async def add(self, group_buy: GroupBuy) -> GroupBuy:
        """Insert a new group buy; sets and returns it with its `id`."""
        ...

    async def get(self, group_buy_id: int) -> GroupBuy | None:
        """The group buy without its participants (`sold` is their total)."""
        ...

    async def latest_open_in_chat(self, chat_id: str) -> GroupBuy | None:
        """The newest group buy in `chat_id` whose status is open."""
        ...

    async def latest_in_chat(self, chat_id: str) -> GroupBuy | None:
        """The newest group buy of `chat_id`, whatever its status."""
        ...

    async def open_in_chat(self, chat_id: str) -> list[GroupBuy]:
        """The open group buys of `chat_id`, newest first (at most `MAX_OPEN_LISTED`)."""
        ...

    async def joined_among(self, group_buy_ids: Sequence[int], user_id: str) -> set[int]:
        """Which of these group buys the member has a line in (their own or a friend's)."""
        ...

    async def participant(self, group_buy_id: int, user_id: str, friend: str = "") -> Participant | None:
        """The member's own line (or the line of the friend they signed up), None when absent."""
        ...

    async def lines_of(self, group_buy_id: int, user_id: str) -> list[Participant]:
        """The member's own line and their friends' lines, in join order."""
        ...

    async def participants(self, group_buy_id: int) -> list[Participant]:
        """Everyone with a quantity above zero, in the order they first joined."""
        ...

    async def change_participation(
        self,
        group_buy: GroupBuy,
        line: Participant,
        delta: int,
        *,
        now: datetime | None = None,
        cap: int | None = None,
    ) -> bool:
        """Apply `delta` units to the line (`line.key`: member and friend) and to `sold` in one guarded
        write. `cap` bounds the line further than the per-person limit (the app's hard maximum).

        `line` is the member's line as the domain computed it (name, first join time). The write adds
        `delta` atomically and only if the group buy is still open, before its deadline (when `now` is
        given), within stock and within the per-person limit (and `cap`); it returns False (writing
        nothing) when a guard fails, so concurrent joins can never oversell. A line that reaches 0 is
        removed. On success `line.quantity` and `line.joined_at` are set as stored, and `group_buy.sold`
        to the new total, so a join computed without reading the member's line first still answers
        exactly.
        """
        ...

    async def save_status(self, group_buy: GroupBuy, *, previous: str) -> bool:
        """Persist status, close time, final price and new history entries.

        Only if the stored status is still `previous` (so two closes cannot both win); False otherwise.
        """
        ...

    async def open_deadlines(self) -> list[tuple[int, datetime]]:
        """(id, deadline) of every open group buy: what the scheduler must (re)schedule."""
        ...

    async def save_details(self, group_buy_id: int, *, pickup: str, payment_note: str) -> None:
        """Persist the pickup (自提) and the payment note (收款方式) the organiser set after opening."""
        ...


class OrderRepository(Protocol):
    async def add(self, order: Order) -> Order: ...

    async def get(self, order_id: int) -> Order | None: ...

    async def for_buyer(self, buyer_id: str) -> list[Order]:
        """A member's orders, newest first."""
        ...

    async def for_group_buy(self, group_buy_id: int) -> list[Order]: ...

    async def save(self, order: Order) -> None:
        """Persist status, new history entries and new payment events (append-only)."""
        ...

    async def save_status(self, order: Order, *, previous: str) -> bool:
        """Like `save`, but only if the stored status is still `previous` (one guarded write).

        False when another unit of work changed the status first (nothing was written), or when a new
        payment's reference (a platform charge id) is already recorded: then the caller must roll back.
        So two deliveries of one payment, or a payment racing an expiry, can never both win.
        """
        ...

    async def pending_due(
        self, *, by: datetime, pay_within: timedelta, currencies: Collection[str], unreminded: bool = False
    ) -> list[Order]:
        """Orders still pending payment in one of `currencies` whose pay-by time is at or before `by`
        (an order without its own is due `pay_within` after it was made); with `unreminded`, only
        those whose buyer was not reminded yet. Oldest first."""
        ...

    async def mark_reminded(self, order_id: int, at: datetime) -> bool:
        """Set `reminded_at` unless it is set already: True for exactly one caller."""
        ...


class ChatSettingsRepository(Protocol):
    async def language(self, chat_id: str) -> str | None: ...

    async def set_language(self, chat_id: str, language: str) -> None: ...


class ProcessedUpdateRepository(Protocol):
    """Idempotency: each platform update is claimed once; a repeat gets the first answer back."""

    async def claim(self, key: str) -> bool:
        """Mark `key` as being processed in this unit of work; False if it was processed before.

        Race-free: of two concurrent claims of one key, the second waits for the first to commit and then
        returns False (or, if the first rolled back, True).
        """
        ...

    async def answer(self, key: str) -> str | None:
        """The answer saved for `key` (None while unclaimed)."""
        ...

    async def save_answer(self, key: str, answer: str) -> None:
        """Store the answer for a key claimed in this unit of work."""
        ...

    async def record(self, key: str, answer: str) -> bool:
        """Claim `key` and store its answer in one write, as the last write of a unit of work that did
        its work first (cheaper than `claim` then `save_answer`). False if `key` was processed before
        (nothing is written): then the caller must roll back and return `answer(key)`. Race-free like
        `claim`: a concurrent unit of work holding the key makes this wait for its outcome. Call it just
        before `commit()`, with nothing in between: a storage may commit together with it.
        """
        ...

    async def prune(self, before: datetime) -> int:
        """Forget the keys claimed before `before` (no platform redelivers an update that late); how
        many were forgotten. Housekeeping: its own unit of work, committed by the caller."""
        ...


class ShareVisitRepository(Protocol):
    async def add(self, visit: ShareVisit) -> None: ...

    async def for_group_buy(self, group_buy_id: int) -> list[ShareVisit]:
        """Visits through members' links, oldest first."""
        ...


class MemberRepository(Protocol):
    """Who the bot has seen, by platform-qualified identity (`telegram:123`), and in which chats."""

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
    ) -> None:
        """Record the member (and, with `chat_id`, their membership of that chat under `alias`): an
        idempotent upsert that keeps `first_seen` and updates names as last seen. `username`,
        `language` and `alias` given as None keep what is stored. Stored rows change only when a name
        changed or `last_seen` is an hour older than `at`; callers still keep it off the hot path (it
        is one or two statements): see `handlers.members.MemberMemo`. Safe against a concurrent `seen`
        of the same new member."""
        ...

    async def get(self, identity: str) -> Member | None: ...

    async def find_in_chat(self, chat_id: str, name: str) -> list[Member]:
        """Members of `chat_id` whose display name, username or room alias there is `name` (any case,
        with or without a leading `@`; `commerce.domain.member.name_key`). More than one: ambiguous."""
        ...

    async def name_of(self, identity: str) -> str | None:
        """The member's display name as last seen."""
        ...


class OutboxRepository(Protocol):
    """The transactional outbox (commerce.domain.outbox): rows written with the change, sent after it."""

    async def add(self, items: Sequence[OutboxItem]) -> None:
        """Write the rows in this unit of work (one statement); nothing for an empty list."""
        ...

    async def due(
        self, topic_prefix: str, *, now: datetime, limit: int, skip: Collection[int] = ()
    ) -> list[OutboxItem]:
        """Unsent rows whose topic starts with `topic_prefix` and that are due by `now`, oldest first,
        leaving out the ids in `skip` (rows this process is delivering already)."""
        ...

    async def mark_sent(self, ids: Collection[int], *, at: datetime) -> None: ...

    async def retry_later(self, item_id: int, *, due_at: datetime, error: str) -> None:
        """Count a failed try and make the row due again at `due_at`."""
        ...

    async def postpone(self, item_id: int, *, due_at: datetime) -> None:
        """Make the row due again at `due_at` without counting a try (its platform said "not yet")."""
        ...

    async def pending(self, topic_prefix: str = "") -> int:
        """How many rows are not sent yet (health checks, tests)."""
        ...

    async def prune_sent(self, before: datetime) -> int:
        """Forget rows sent before `before` (housekeeping); how many."""
        ...


class StarRefunds(Protocol):
    """The platform's refund of a Telegram Stars payment (Bot API `refundStarPayment`)."""

    async def refund_stars(self, *, user_id: str, charge_id: str) -> None:
        """Give the Stars of `charge_id` back to `user_id`; raises if the platform refuses."""
        ...


class UnitOfWork(Protocol):
    group_buys: GroupBuyRepository
    orders: OrderRepository
    chats: ChatSettingsRepository
    updates: ProcessedUpdateRepository
    visits: ShareVisitRepository
    outbox: OutboxRepository
    members: MemberRepository

    async def __aenter__(self) -> UnitOfWork: ...

    async def __aexit__(self, *exc: object) -> None: ...

    async def prepare_commit(self) -> None:
        """Run the before-commit work now (durable events' outbox rows), ahead of a last write that may
        commit with it."""
        ...

    async def commit(self) -> None: ...

    async def rollback(self) -> None: ...

    def record(self, *events: Event) -> None:
        """Events to hand out once the unit of work commits."""
        ...

    def collect_events(self) -> list[Event]:
        """Events of committed work, each handed out once."""
        ...


UnitOfWorkFactory = Callable[[], UnitOfWork]
