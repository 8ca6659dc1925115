"""What the domain needs from the outside world, as Protocols: storage and time.

`storage/` implements these with SQLModel; tests implement them in memory (tests/fakes.py).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, Protocol

from commerce.domain.api_tokens import ApiToken
from commerce.domain.chats import ChatName
from commerce.domain.collecting import Owing
from commerce.domain.console import Account as ConsoleAccount
from commerce.domain.console import AuditEntry, AuditFilter, LoginLink
from commerce.domain.console import GroupBuyRow as ConsoleGroupBuy
from commerce.domain.console_people import Commission, LedgerLine, MemberLine, MemberOrder, Scope
from commerce.domain.console_stats import Conversion, Sales, StatsScope, TopSharer
from commerce.domain.digest import Engaged
from commerce.domain.events import Event
from commerce.domain.follows import Follow, News
from commerce.domain.group_buy import GroupBuy, Participant
from commerce.domain.ledger import Account, AccountKind, Balance, Entry, Transaction, TrialBalance
from commerce.domain.listings import Listing
from commerce.domain.member import Member
from commerce.domain.moderation import NoteFlag, NoteReport
from commerce.domain.note_search import SearchHit
from commerce.domain.notes import Bought, Comment, Note
from commerce.domain.order import Order, OrderStatus
from commerce.domain.outbox import OutboxBacklog, OutboxItem
from commerce.domain.payout import Payout, PayoutStatus
from commerce.domain.questions import AskedQuestion, QuestionStatus
from commerce.domain.recommend import Purchase
from commerce.domain.reputation import Act, FollowerOrder, NoteFacts
from commerce.domain.roster import GroupBuySummary
from commerce.domain.sharing import ShareVisit
from commerce.domain.shill import Community
from commerce.domain.waiting import WaitingEntry


class Clock(Protocol):
    def now(self) -> datetime:
        """The current time, timezone-aware (UTC)."""
        ...


@dataclass(frozen=True)
class LinesToOrder:
    """The next lines a close writes orders for (`GroupBuyRepository.lines_to_order`)."""

    lines: list[Participant]  # every line of the members found, their friends' too, in join order
    upto: int | None  # the position of the last line looked at; None: the list ended in this batch


class GroupBuyRepository(Protocol):
    async def add(self, group_buy: GroupBuy) -> GroupBuy:
        """Insert a new group buy; sets and returns it with its `id`."""
        ...

    async def add_lines(self, group_buy: GroupBuy, lines: Sequence[Participant], *, now: datetime) -> bool:
        """A join batch's new lines and `sold` by their total (`group_buy.sold` already counts them), in
        one guarded write: False, nothing written, if the group buy changed since it was read. The unit
        of work's last write: its commit follows."""
        ...

    async def newcomers(
        self, group_buy_id: int, user_ids: Collection[str], keys: Collection[str]
    ) -> tuple[set[str], set[str]]:
        """Which of `user_ids` have any row on the group buy, and which of the update `keys` were
        claimed already (`ProcessedUpdateRepository.claim`), in one read: a join batch's start."""
        ...

    async def counts_locked(self, group_buy_id: int) -> tuple[int, int, bool] | None:
        """`sold`, the line count and whether it is open, read under the row's lock for the transaction."""
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

    async def open_in_chat(self, chat_id: str, *, organiser: str | None = None) -> list[GroupBuy]:
        """The open group buys of `chat_id` (only those `organiser` runs, when given), newest first (at
        most `MAX_OPEN_LISTED`)."""
        ...

    async def count_open_in_chat(self, chat_id: str, *, organiser: str | None = None) -> int:
        """How many group buys are open in `chat_id` (that `organiser` runs, when given), however many:
        the number a question which one says when it lists only the newest `MAX_OPEN_LISTED`."""
        ...

    async def closed_in_chat(self, chat_id: str) -> list[GroupBuy]:
        """The group buys of `chat_id` no longer open, newest first (at most `MAX_CLOSED_LISTED`),
        without their history."""
        ...

    async def joined_among(self, group_buy_ids: Sequence[int], user_id: str) -> set[int]:
        """Which of these group buys the member has a line in (their own or a friend's)."""
        ...

    async def participant(
        self, group_buy_id: int, user_id: str, friend: str = "", option: str = ""
    ) -> Participant | None:
        """The member's own line (or the line of the friend they signed up; of the `option`, with
        options), None when absent."""
        ...

    async def lines_of(self, group_buy_id: int, user_id: str) -> list[Participant]:
        """The member's own line and their friends' lines, in join order."""
        ...

    async def lines_held(self, group_buy_id: int, user_id: str) -> list[Participant]:
        """`lines_of`, read as a join's own reads are (one statement, no transaction of its own): what a
        sold-out refusal reads of her lines, where the group buy has one line."""
        ...

    async def member_rows(self, group_buy_id: int, user_id: str) -> list[Participant]:
        """Every line row of the member, her own and her friends', of every option, those at zero
        too (a line left keeps its place): a join under a per-person limit reads its line and what
        she holds elsewhere in one statement. It also makes her joins on the group buy take turns
        until the transaction ends (PostgreSQL: an advisory lock; SQLite has one writer)."""
        ...

    async def participants(self, group_buy_id: int, *, limit: int | None = None) -> list[Participant]:
        """Everyone with a quantity above zero, in the order they first joined (the first `limit`
        lines only, when given: a card shows 50 of 5,000)."""
        ...

    async def count_lines(self, group_buy_id: int) -> int:
        """How many lines the list has (a line never holds 0 units: leaving all of them removes it)."""
        ...

    async def count_buyers(self, group_buy_id: int) -> int:
        """How many members have a line (their own or a friend's): the orders a success makes."""
        ...

    async def lines_to_order(self, group_buy_id: int, *, after: int, limit: int) -> LinesToOrder:
        """A close's next batch: the members among the next `limit` lines after position `after` (0:
        from the start), with all their lines (some may have an order already: `add_many` skips
        them)."""
        ...

    async def orders_upto(self, group_buy_id: int) -> int | None:
        """While a close writes its orders in batches, the position they are written up to; None when
        no orders are pending."""
        ...

    async def set_orders_upto(self, group_buy_id: int, upto: int | None) -> None:
        """Record how far a close's orders are written (None: all of them)."""
        ...

    async def rename_lines(self, chat_id: str, user_id: str, name: str, previous: str) -> int:
        """The member's lines in the group buys of `chat_id` (made there: not 帮卖 lines of other chats)
        written under `previous`, her name there until now, show `name` from now on (her room alias
        changed: the card and `名单` say it as it is now); a line under a name she typed (`王阿姨 +2`,
        her 接龙 name) keeps it. How many lines changed."""
        ...

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
        """Apply `delta` units to the line (`line.key`: member, friend and option) and to `sold` in one
        guarded write (and to its option's count, within the option's stock: 多规格). `cap` bounds the
        line further than the per-person limit (the app's hard maximum). `whole`: the per-person limit
        holds over all of the member's lines of the option (her own and her friends'), counted in the
        write itself, so two of her joins committing at once cannot both pass it (a join that read her
        rows with `member_rows` first: on PostgreSQL that read takes her lock for the transaction).

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
        """(id, deadline) of every open group buy: what the scheduler must (re)schedule; and (id, close
        time) of every closed one whose orders are still pending (`orders_upto`), which it finishes."""
        ...

    async def save_details(self, group_buy_id: int, *, pickup: str, payment_note: str) -> None:
        """Persist the pickup (自提) and the payment note (收款方式) the organiser set after opening."""
        ...


class DeadlineClaims(Protocol):
    """Deadlines across workers (bot/scheduler.py): who closes which due group buy, decided in the
    database so that each is closed by one worker, and by another if that one dies (a lease)."""

    async def claim_due(self, *, now: datetime, until: datetime, limit: int) -> list[int]:
        """Claim up to `limit` due group buys (open with a deadline at or before `now`, earliest first,
        or closed with orders pending) that nobody holds at `now`, holding each until `until`, in one
        guarded write: of workers claiming at once, each group buy goes to one. Their ids."""
        ...

    async def next_due(self) -> datetime | None:
        """When the next group buy can be claimed: its deadline (a pending close's close time), or the
        end of the claim holding it when that is later; None when nothing is open or pending."""
        ...

    async def hold(self, group_buy_id: int, *, until: datetime) -> None:
        """Hold the group buy until `until` (a failed close backs off, for every worker)."""
        ...


class OrderRepository(Protocol):
    async def add(self, order: Order) -> Order: ...

    async def add_many(self, orders: Sequence[Order]) -> list[Order]:
        """Insert the orders of one group buy (a few statements, however many), leaving out every buyer
        who has an order for it already; the orders inserted, each with its `id` set."""
        ...

    async def statuses(self, group_buy_id: int, buyer_ids: Collection[str]) -> dict[str, OrderStatus]:
        """The status of the order of each of these buyers in this group buy (those who have one)."""
        ...

    async def part_refunds(self, group_buy_id: int, buyer_ids: Collection[str]) -> dict[str, tuple[int, int]]:
        """部分退款: of these buyers' paid or picked-up orders in this group buy, those a part refund gave
        money back of: buyer -> (the order's total, what part refunds gave back), as the card shows it."""
        ...

    async def refunded_units(
        self, group_buy_id: int, buyer_ids: Collection[str] | None = None
    ) -> dict[tuple[str, str], int]:
        """部分退款 by units (`退款 1-4 小杯 1`): of the paid or picked-up orders in this group buy (of these
        buyers; None: all), the units part refunds gave back: (buyer, option) -> units; (buyer, "") -> 0
        when one gave money back by its amount alone (`退款 1-3 ¥5`)."""
        ...

    async def status_counts(self, group_buy_id: int, *, chat_id: str | None = None) -> dict[OrderStatus, int]:
        """How many orders of this group buy are in each status (statuses without one left out); with
        `chat_id` (帮卖), of the orders made in that chat only."""
        ...

    async def received_parts(self, group_buy_id: int, *, chat_id: str | None = None) -> tuple[int, int]:
        """Of this group buy's unpaid orders the organiser received part of (只收到 ¥6.50 of ¥13,
        `Order.received_unpaid`): (what was received of them, what they come to); (0, 0) when none. With
        `chat_id` (帮卖), of the orders made in that chat only. One read, whatever the size of the list."""
        ...

    async def get(self, order_id: int) -> Order | None: ...

    async def top_sharers(self, chat_id: str, *, since: datetime, limit: int) -> list[tuple[str, int]]:
        """This chat's sharers since `since` by how many distinct buyers their links brought (orders made
        since then, not cancelled or refunded; an organiser's own link brings nobody), most first."""
        ...

    async def by_number(self, group_buy_id: int, seq: int) -> int | None:
        """The id of order `#group_buy_id-seq` (None: there is none)."""
        ...

    async def numbered(
        self,
        seq: int,
        *,
        chat_id: str | None = None,
        buyer_id: str | None = None,
        organiser_id: str | None = None,
    ) -> list[Order]:
        """The orders numbered `seq` in their group buys, newest first: of the group buys of `chat_id`,
        else of `buyer_id`, else of the group buys `organiser_id` runs (with `chat_id`, `buyer_id`
        narrows to that buyer's)."""
        ...

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

    async def owed_past_pickup(self, *, picked_by: datetime) -> list[Order]:
        """Orders still pending payment, not reported paid, whose buyer was never reminded (`reminded_at`),
        made and of a group buy whose pickup time was at or before `picked_by`: owed long after the
        goods were handed out (never one just made by a close after its pickup time). Oldest first, at
        most a batch."""
        ...

    async def set_pay_by(self, order_id: int, pay_by: datetime) -> None:
        """A fresh pay-by time (恢复订单 of an order past its own), its reminder owed again."""
        ...


class ChatSettingsRepository(Protocol):
    async def language(self, chat_id: str) -> str | None: ...

    async def languages(self, chat_ids: Collection[str]) -> dict[str, str]:
        """The `/lang` setting of each of these chats that has one, by chat id (one query for many: the
        private chats of a close's buyers)."""
        ...

    async def set_language(self, chat_id: str, language: str) -> None: ...

    async def move(self, old: str, new: str) -> int:
        """The chat `old` became `new` (Telegram: a group upgraded to a supergroup): everything kept under
        the old chat id is the new one's (group buys, orders, listings, members, settings, notes, unsent
        outbox rows...), a row the new chat already has of the same key kept over the old one's; how
        many rows moved (0: none, as when it was moved before)."""
        ...


class ProcessedUpdateRepository(Protocol):
    """Idempotency: each platform update is claimed once; a repeat gets the first answer back."""

    async def claim(self, key: str) -> bool:
        """Mark `key` as being processed in this unit of work; False if it was processed before.

        Race-free: of two concurrent claims of one key, the second waits for the first to commit and then
        returns False (or, if the first rolled back, True).
        """
        ...

    async def record_many(self, answers: Sequence[tuple[str, str]]) -> None:
        """Claim each key, none claimed before, with its answer (a key claimed since breaks the unit)."""
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


class AttributionRepository(Protocol):
    """Share to earn (commerce.services.attribution): members' share codes (`团12-K7QM`), the visits
    attribution reads at the close, and the organiser's sharer rate."""

    async def code_of(self, group_buy_id: int, member_id: str) -> str | None: ...

    async def add_code(self, group_buy_id: int, member_id: str, code: str, *, at: datetime) -> bool:
        """Store the member's code; False (nothing stored) when they have one or the code is taken
        in that group buy."""
        ...

    async def member_of_code(self, group_buy_id: int, code: str) -> str | None: ...

    async def visits_of(self, group_buy_id: int, visitor_ids: Collection[str]) -> list[ShareVisit]:
        """Those members' visits of the group buy, in recorded order: one query, whatever their number."""
        ...

    async def set_sharer_rate(self, group_buy_id: int, rate_bp: int) -> None: ...

    async def brought_without_rate(self, member_id: str, *, limit: int) -> list[int]:
        """The newest `limit` group buys (ids, newest first) paying sharers nothing (no sharer rate) on
        which the member's share brought an order (`orders.sharer_id`; not cancelled or refunded, nor one
        she help-sells, 帮卖), or, before its close, a visitor of her share is on its list (not a line
        listed in her own chat), not the member's own: /earnings says they earn nothing there."""
        ...

    async def brought_open(self, member_id: str, *, limit: int) -> list[tuple[int, str, str, int]]:
        """On open group buys paying sharers (a sharer rate), the visitors of her share who are on its
        list, newest group buy first: (group buy id, buyer, buyer's name, units on their lines), at most
        `limit`; not on her own group buys, nor her own lines (/earnings: commission after the close;
        whether the rule credits her with them is `commerce.services.attribution.credited`'s)."""
        ...


class ListingRepository(Protocol):
    """Help-selling (commerce.domain.listings): a group buy's listings in other chats, and each chat's
    own lines of it (a card shows only its chat's lines)."""

    async def add(self, listing: Listing) -> Listing | None:
        """Store the listing with its id and count it on its group buy; None (nothing stored) when that
        chat lists the group buy already."""
        ...

    async def get(self, listing_id: int) -> Listing | None: ...

    async def take_over(self, listing: Listing, *, organiser_id: str) -> bool:
        """Make `listing`'s seller, name, time and language those of the listing stored under its id, if
        that one is still the organiser's own (False: someone else took it first; nothing changed)."""
        ...

    async def in_chat(self, group_buy_id: int, chat_id: str) -> Listing | None: ...

    async def open_of_seller(self, seller_id: str, *, limit: int) -> list[Listing]:
        """The listings `seller_id` help-sells (帮卖) of group buys still open, not her own group buys',
        newest group buy first, at most `limit` (`我的收益`: what her group has joined so far)."""

    async def help_sold_by(self, seller_id: str) -> bool:
        """Whether `seller_id` help-sells or help-sold (帮卖) any group buy not her own, open or closed
        (`我的收益` with nothing earned: help-selling's words, never only sharing's)."""
        ...

    async def listed_in(self, chat_id: str, *, limit: int) -> list[Listing]:
        """The group buys listed (帮卖) in the chat, the newest first, at most `limit`."""
        ...

    async def of_group_buy(self, group_buy_id: int) -> list[Listing]:
        """Its listings, oldest first."""
        ...

    async def lines(
        self, group_buy_id: int, listing_id: int | None, *, limit: int | None
    ) -> list[Participant]:
        """The lines made in that listing (None: in the group buy's own chat), in join order."""
        ...

    async def count_lines(self, group_buy_id: int, listing_id: int | None) -> int: ...

    async def count_units(self, group_buy_id: int, listing_id: int | None) -> int:
        """The units on the lines made in `listing_id`'s chat (None: its own chat): what its card counts."""
        ...

    async def count_buyers(self, group_buy_id: int, listing_id: int | None) -> int:
        """How many members have a line made in `listing_id`'s chat (None: its own chat): the orders of
        that chat its card's `已付 x/N` counts."""
        ...

    async def set_help_sell_rate(self, group_buy_id: int, rate_bp: int) -> None: ...

    async def set_pickup(self, listing_id: int, *, pickup: str, pickup_at: datetime | None) -> None:
        """The listing's chat's own pickup place and time (its group's `自提`)."""
        ...


class QuestionRepository(Protocol):
    """Questions passed to an organiser (commerce.domain.questions)."""

    async def add(self, question: AskedQuestion) -> AskedQuestion:
        """Store it and give it its id."""
        ...

    async def get(self, question_id: int) -> AskedQuestion | None: ...

    async def save(self, question: AskedQuestion, *, previous: QuestionStatus) -> bool:
        """One guarded UPDATE (status still `previous`); False: it moved meanwhile (a double tap)."""
        ...

    async def waiting_for(self, organiser_id: str, *, since: datetime, limit: int) -> list[AskedQuestion]:
        """The questions forwarded to `organiser_id` at or after `since` and not answered yet: the newest
        `limit`, listed in the order they were forwarded (oldest first)."""
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
        language_from: str | None = None,
    ) -> None:
        """Record the member (and, with `chat_id`, their membership of that chat under `alias`): an
        idempotent upsert that keeps `first_seen` and updates names as last seen. `username`,
        `language` and `alias` given as None keep what is stored; `language_from` says where a
        `language` given came from (`APP_LANGUAGE`, `WORDS_LANGUAGE`) and is stored with it. Stored
        rows change only when a name changed or `last_seen` is an hour older than `at`; callers still
        keep it off the hot path (it is one or two statements): see `handlers.members.MemberMemo`.
        Safe against a concurrent `seen` of the same new member."""
        ...

    async def seen_many(self, sightings: Sequence[Mapping[str, Any]]) -> None:
        """`seen` of several different members at once (each a mapping of `seen`'s arguments): a join
        batch's new members (handlers.rush), in one statement per table."""
        ...

    async def left(self, chat_id: str, identities: Collection[str]) -> None:
        """These members left `chat_id` (the platform said so): their membership of it is taken off, so
        the chat no longer finds (`find_in_chat`) nor names (`name_in`) them; their next sighting there
        (`seen` with that chat) makes them members again. The member rows stay."""
        ...

    async def get(self, identity: str) -> Member | None: ...

    async def find_in_chat(self, chat_id: str, name: str) -> list[Member]:
        """Members of `chat_id` whose display name, username or room alias there is `name` (any case,
        with or without a leading `@`; `commerce.domain.member.name_key`). More than one: ambiguous."""
        ...

    async def name_of(self, identity: str) -> str | None:
        """The member's display name as last seen."""
        ...

    async def name_in(self, chat_id: str, identity: str) -> str | None:
        """The member's name in `chat_id` as that chat knows them: their room alias there, else their
        display name; None when they were never seen there."""
        ...

    async def languages(self, identities: Collection[str], *, from_app: bool = False) -> dict[str, str]:
        """The language last seen of each of these members that has one, by identity: a close speaks
        to each buyer in their own (a few queries, however many buyers). `from_app`: only a language
        their platform said (`APP_LANGUAGE`), never one guessed from their words (an organiser's
        notices: `handlers.recipients.organiser_language`)."""
        ...


class ChatNameRepository(Protocol):
    """Group chats' names as last seen (commerce.domain.chats): written with a member's sighting
    (handlers.members), read to name a chat to people and to find one by its name."""

    async def name(self, chat_id: str, title: str, at: datetime) -> None:
        """Keep `title` as the chat's name: one idempotent upsert that changes the stored row only when
        the name differs and `at` is not older than when the stored name was seen; held back to ride
        with the unit of work's next write where the storage can."""
        ...

    async def titles(self, chat_ids: Collection[str]) -> dict[str, str]:
        """The name of each of these chats that has one, by chat id."""
        ...

    async def of_member(self, identity: str, *, limit: int) -> list[ChatName]:
        """The chats the member (`telegram:123`) was seen in (`MemberRepository.seen`), with their
        names (None: not known), the most recently seen first, at most `limit`."""
        ...


class OutboxRepository(Protocol):
    """The transactional outbox (commerce.domain.outbox): rows written with the change, sent after it."""

    async def add(self, items: Sequence[OutboxItem]) -> None:
        """Write the rows in this unit of work (one statement); nothing for an empty list."""
        ...

    async def due(
        self,
        topic_prefix: str,
        *,
        now: datetime,
        limit: int,
        skip: Collection[int] = (),
        chats: Collection[str] | None = None,
    ) -> list[OutboxItem]:
        """Unsent rows whose topic starts with `topic_prefix` and that are due by `now`, oldest first,
        leaving out the ids in `skip` (rows this process is delivering already); with `chats`, only
        rows of those chats (a row without a chat: of its topic), the leases `lease_chats` just gave
        in the same unit of work: no lease of the caller's that statement did not renew."""
        ...

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
        """Take or renew, until `until`, the leases of chats with unsent rows of the family due by
        `due_by` (default `now`; a row without a chat stands for its topic): first those `owner` holds,
        then free or lapsed ones, oldest row first; at most `limit` chats. One guarded write, safe
        against workers doing the same at once: a chat another owner holds beyond `now` is never taken.
        The chats `owner` holds now."""
        ...

    async def release_chats(self, topic_prefix: str, *, owner: str, keep: Collection[str] = ()) -> None:
        """Give up `owner`'s leases on the family's chats, but those in `keep` (rows still in flight)."""
        ...

    async def lease_owners(self, topic_prefix: str) -> list[str]:
        """Who holds leases on the family's chats (a starting worker frees those of dead processes)."""
        ...

    async def mark_sent(self, ids: Collection[int], *, at: datetime) -> None:
        """Mark the rows sent at `at`; a row marked already keeps its first time."""
        ...

    async def give_up(self, reasons: Mapping[int, str], *, at: datetime) -> None:
        """These rows will never go (row id -> why: a WeChat room that no longer takes the bot's
        messages): given up at `at` with the reason as their last error, never sent nor tried again, and
        no longer pending; pruned as sent rows are."""
        ...

    async def retry_later(self, item_id: int, *, due_at: datetime, error: str) -> None:
        """Count a failed try and make the row due again at `due_at`."""
        ...

    async def postpone(self, item_id: int, *, due_at: datetime) -> None:
        """Make the row due again at `due_at` without counting a try (its platform said "not yet")."""
        ...

    async def withdraw(self, chat_id: str, payloads: Collection[str], *, now: datetime) -> int:
        """Delete the rows of `chat_id` holding one of `payloads` that are not due by `now` (rows held
        back that an earlier unit of work wrote and a later one replaces); how many. A row sent or due
        (on its way, perhaps) stays."""
        ...

    async def bring_forward(self, chat_id: str, payloads: Collection[str], *, due_at: datetime) -> None:
        """Make the unsent rows of `chat_id` holding one of `payloads` due by `due_at` (rows held back
        for a while, released now)."""
        ...

    async def pending(self, topic_prefix: str = "") -> int:
        """How many rows are not sent yet (health checks, tests)."""
        ...

    async def backlog(self, *, now: datetime, topic_prefix: str = "") -> OutboxBacklog:
        """The unsent rows whose topic starts with `topic_prefix`: how many, and the earliest `due_at`
        of those due by `now`, a row that failed counted from when it was made (one query; `/healthz`)."""
        ...

    async def prune_sent(self, before: datetime) -> int:
        """Forget rows sent before `before` (housekeeping); how many."""
        ...


class PickupRepository(Protocol):
    """Pickup codes (核销) and pickup helpers (commerce.domain.pickup)."""

    async def assign_code(self, order_id: int, group_buy_id: int, code: str) -> str | None:
        """Give the order `code` unless another order of its group buy holds it (one guarded write,
        safe against a concurrent payment drawing the same code); the code the order holds afterwards
        (its own, if it had one already), None when `code` was taken."""
        ...

    async def coded(
        self, code: str, *, chat_id: str | None, actor: str, helper: str, admin: bool
    ) -> list[int]:
        """Ids of the orders holding `code` whose group buy `actor` may verify: one of `chat_id`'s (None:
        any chat) that `actor` organises, `helper` (the actor's identity) helps with, or, with `admin`,
        any of that chat's."""
        ...

    async def verifies_any(self, *, chat_id: str | None, actor: str, helper: str) -> bool:
        """Whether `actor` organises, or `helper` helps with, a group buy of `chat_id` (None: anywhere)."""
        ...

    async def is_helper(self, group_buy_id: int, helper: str) -> bool: ...

    async def add_helper(self, group_buy_id: int, helper: str, *, by: str, at: datetime) -> bool:
        """Make `helper` (an identity) a helper of the group buy; False when they were one already."""
        ...

    async def remove_helper(self, group_buy_id: int, helper: str) -> bool:
        """False when they were no helper of it."""
        ...

    async def helpers(self, group_buy_id: int) -> list[str]:
        """The helpers' identities, in the order they were named."""
        ...


class WaitingListRepository(Protocol):
    """The waiting list (候补, commerce.domain.waiting): one entry per group buy, member and option
    ("" without options)."""

    async def get(self, group_buy_id: int, user_id: str, option: str = "") -> WaitingEntry | None: ...

    async def put(self, entry: WaitingEntry) -> WaitingEntry:
        """Add the member's entry (for its option), or change the quantity (and name) of the one they
        have, keeping its place; the entry as stored (`id`, `created_at`)."""
        ...

    async def queue(self, group_buy_id: int) -> list[WaitingEntry]:
        """The group buy's entries in queue order."""
        ...

    async def position(self, entry: WaitingEntry) -> int:
        """The entry's place in its queue (among those waiting for the same option), from 1."""
        ...

    async def counts(self, group_buy_id: int) -> dict[str, int]:
        """How many entries wait, by option ("" without options); an option nobody waits for is left out."""
        ...

    async def sizes(self, group_buy_id: int) -> dict[str, tuple[int, int]]:
        """How many entries wait, by option ("" without options), and the least quantity any of them
        waits for; an option nobody waits for is left out."""
        ...

    async def of_member(self, user_id: str) -> list[WaitingEntry]:
        """The member's entries, of every group buy, earliest first (我的订单 lists them)."""
        ...

    async def waiting_among(self, group_buy_ids: Sequence[int], user_id: str) -> set[int]:
        """Which of these group buys the member waits for."""
        ...

    async def take(self, entry: WaitingEntry) -> bool:
        """Remove the entry to move it in, only if it is still there asking for `entry.quantity` (one
        guarded write): False when it was withdrawn, changed or moved in by a concurrent change."""
        ...

    async def restore(self, entry: WaitingEntry) -> None:
        """Put back an entry `take`n in this unit of work that could not move in, in its place."""
        ...

    async def remove(self, group_buy_id: int, user_id: str, option: str | None = "") -> list[WaitingEntry]:
        """Withdraw the member's entry for `option` (None: every option's); the entries removed."""
        ...

    async def drain(self, group_buy_id: int) -> list[WaitingEntry]:
        """Remove every entry of a group buy that closed (or whose stock the organiser cuts below what
        is taken, `修改 库存 1 确认`); the entries, in queue order."""
        ...

    async def keep_left_out(self, entries: Sequence[WaitingEntry]) -> None:
        """Keep who still waited when a group buy succeeded (`drain`'s entries), to be told once that
        units came free after its close."""
        ...

    async def take_left_out(self, group_buy_id: int) -> list[WaitingEntry]:
        """Remove and return those kept by `keep_left_out` (in queue order): of two at once, one gets them."""
        ...


class OrganiserViews(Protocol):
    """The organiser's read side (/mine): reports computed in the database, nothing tracked or changed."""

    async def group_buys_of(self, organiser_id: str, *, limit: int) -> list[GroupBuySummary]:
        """The newest `limit` group buys `organiser_id` opened, newest first, each with its money."""
        ...

    async def count_group_buys_of(self, organiser_id: str) -> int:
        """How many group buys `organiser_id` opened in all (/mine says those it does not list)."""
        ...

    async def open_joins_of(self, member_id: str, *, limit: int) -> list[int]:
        """A member's side (我的订单): the newest `limit` open group buys (any chat) the member has a
        line in (their own or a friend's), newest first: joins that are not orders yet."""
        ...

    async def unsold_units(self, group_buy_id: int, *, chat_id: str | None = None) -> tuple[int, int]:
        """(units of its cancelled and refunded orders, units of its refunded ones): ordered, not sold
        (the card's total leaves them out, as the list and /mine do); with `chat_id` (帮卖), of the
        orders made in that chat only."""
        ...


class GroupBuyEditRepository(Protocol):
    """What changing a live group buy needs (commerce.services.edits): guarded writes and small reads."""

    async def save_terms(self, group_buy: GroupBuy, *, option: str = "") -> bool:
        """Persist the group buy's terms (title, prices, tiers, target, stock, limit, deadline, pickup,
        payment note, options) in one guarded write: only while it is open, its stock is not below what
        is sold and no line holds more than its limit (as stored at the write). `option` (多规格): the
        option the edit changed, whose stock is written first by its own guarded write (not below what
        is taken of it). False, writing nothing, when a guard fails."""
        ...

    async def largest_line(self, group_buy_id: int) -> int:
        """The most units one line of the list holds (0: nobody is on it)."""
        ...

    async def member_of(self, chat_id: str, identity: str) -> bool:
        """Whether the member (`telegram:123`) was seen in that chat (`chat_members`)."""
        ...

    async def members_of(self, chat_id: str, identities: Collection[str]) -> set[str]:
        """Which of these members (`telegram:123`) were seen in that chat (a few queries, however many)."""
        ...


class ChatAdmins(Protocol):
    """The platform's word on who administers a group (Telegram's `getChatMember`, cached), asked from
    a private chat, where the request itself cannot say (`/flags` there: the queue of each such group)."""

    async def admin_of(self, chat_id: str, user_id: str) -> bool:
        """Whether the member is an admin of that group as the platform says (False when it cannot say)."""
        ...


class StarRefunds(Protocol):
    """The platform's refund of a Telegram Stars payment (Bot API `refundStarPayment`)."""

    async def refund_stars(self, *, user_id: str, charge_id: str) -> None:
        """Give the Stars of `charge_id` back to `user_id`; raises if the platform refuses."""
        ...


class CollectionRepository(Protocol):
    """Getting paid (commerce.domain.collecting): buyers' payment reports, and when a group buy was
    last reminded. Every write is one guarded statement: two processes never both win it."""

    async def report_paid(
        self, order_id: int, at: datetime, via: str = "", amount: int = 0, added: int = 0
    ) -> bool:
        """Mark the order reported paid at `at` (`via`: how she said she paid, "" when she did not;
        `amount`: what she said she paid when not the total, 0 when she did not say; `added`: what this
        report adds, kept as `Order.reported_added`),
        unless it is not waiting for payment or was reported already: True for exactly one caller."""
        ...

    async def top_up_report(self, order_id: int, was: int, amount: int, added: int, at: datetime) -> bool:
        """A further report on an order reported short (`我已付款 1-2 146元` after `我已付款 1-2 10元`): what
        she has reported becomes `amount` (0: the whole), `added` what this one adds, reported at `at`,
        unless it is no longer `was` (another report won) or the order is no longer reported and
        waiting: True for exactly one caller."""
        ...

    async def withdraw_report(self, order_id: int, kept: int = 0, denied: int = 0) -> bool:
        """Clear the report of an order still waiting for payment: True if it had one. `kept`: what the
        organiser received of it (只收到 ¥20: 2000), kept as its received amount (what she reported is
        cleared); 0: nothing. `denied`: what the report said beyond it when she answered 未收到, kept as
        `Order.denied_amount` until the buyer reports again; 0: not a denial."""
        ...

    async def receive_part(self, order_id: int, kept: int, *, reported: bool = False) -> bool:
        """Record what the organiser received of an unpaid order nobody reported paying (her typed
        `只收到 1-2 50`: 5000) as its received amount, the rest still owed: True if it was still unpaid and
        unreported (a report since is answered as one). `reported`: of one its buyer reported paying,
        her report kept (s36 #4): True if it was still unpaid and reported."""
        ...

    async def reported_buyers(self, group_buy_id: int) -> set[str]:
        """The buyers whose order of this group buy is reported paid and not confirmed yet."""
        ...

    async def owing(self, group_buy_id: int) -> list[Owing]:
        """The orders of this group buy waiting for payment (reported ones too), in order."""
        ...

    async def with_unpaid(self, chat_id: str) -> list[int]:
        """The group buys of this chat with orders waiting for payment, oldest first."""
        ...

    async def last_reminded(self, group_buy_id: int, *, chat_id: str | None = None) -> datetime | None:
        """When the group was last reminded to pay for this group buy (None: never); with `chat_id`, when
        that help-selling group's seller last reminded her buyers (帮卖)."""
        ...

    async def claim_reminder(
        self, group_buy_id: int, *, now: datetime, since: datetime, chat_id: str | None = None
    ) -> bool:
        """Record a reminder at `now` unless the last one was after `since`: True for one caller. With
        `chat_id`: the help-seller's reminder of that group, apart from the organiser's."""
        ...

    async def set_pickup_at(
        self, group_buy_id: int, at: datetime | None, *, keep_reminder: bool = False
    ) -> bool:
        """The pickup time named with the pickup point (None: none); a changed time is reminded anew,
        unless `keep_reminder` (a time moved within the day its evening reminder was for). Whether that
        reminder was sent and is kept."""
        ...

    async def pickups_between(self, starts: datetime, ends: datetime) -> list[int]:
        """Succeeded group buys picked up from `starts` to before `ends`, not reminded of it yet."""
        ...

    async def claim_pickup_reminder(self, group_buy_id: int, at: datetime) -> bool:
        """Record the evening reminder of the pickup (it counts as a reminder to pay too) unless it was
        sent: True for exactly one caller."""
        ...

    async def listing_pickups_between(self, starts: datetime, ends: datetime) -> list[int]:
        """帮卖: the listings (ids) of succeeded group buys whose own pickup (their group's `自提`) is from
        `starts` to before `ends`, not reminded of it yet."""
        ...

    async def claim_listing_pickup_reminder(self, listing_id: int, at: datetime) -> bool:
        """Record the evening reminder of the listing's own pickup unless it was sent (its own slot; a
        changed time is reminded anew): True for exactly one caller."""
        ...


class PayoutRepository(Protocol):
    """Payout requests (commerce.domain.payout); the money moves in the ledger."""

    async def add(self, payout: Payout) -> Payout | None:
        """Store a new request and give it its id; None when the member has an open one already
        (a unique index decides, so of two requests at once one is refused)."""
        ...

    async def get(self, payout_id: int) -> Payout | None: ...

    async def open_of(self, member: str) -> Payout | None:
        """The member's open (requested or approved) payout, if any."""
        ...

    async def open(self, *, limit: int = 50) -> list[Payout]:
        """Open payouts, oldest first: the admin's list."""
        ...

    async def of_member(self, member: str, *, limit: int) -> list[Payout]:
        """The member's payouts, newest first (their /earnings)."""
        ...

    async def save_status(self, payout: Payout, *, previous: PayoutStatus) -> bool:
        """One guarded UPDATE (status still `previous`); False: someone else moved it first."""
        ...

    async def destination_of(self, member: str) -> str:
        """Where the member's payouts are paid unless a request names another (`微信 wes888`), '' if
        none was ever named."""
        ...

    async def keep_destination(self, member: str, destination: str, *, at: datetime) -> None:
        """Remember `destination` as the member's, replacing the one kept before (requests already
        made keep their own)."""
        ...


class LedgerRepository(Protocol):
    """The double-entry ledger (commerce.domain.ledger): append-only transactions and their postings;
    every balance is summed from postings when asked, never stored."""

    async def post(self, transaction: Transaction) -> bool:
        """Write the transaction and its postings in this unit of work, once: False (nothing written)
        when its business key was posted before. Raises `UnbalancedTransaction` for postings that do
        not sum to zero per currency (checked again here, and by the database on PostgreSQL), and
        `StaleHistory` when its place in its order's or payout's history (`seq`) is taken: it was
        computed from a history that changed since; read it again (the unit of work stays usable)."""
        ...

    async def of_order(self, order_id: int) -> list[Transaction]:
        """The order's transactions, in their order (`seq`): the history `order_available` and
        `order_refunded` are computed from."""
        ...

    async def of_orders(self, order_ids: Collection[int]) -> dict[int, list[Transaction]]:
        """`of_order` for many orders in one read, by order id (an order with nothing posted maps to
        an empty list): a group buy's commission column reads its orders this way, not one by one."""
        ...

    async def of_payout(self, payout_id: int) -> list[Transaction]:
        """The payout's transactions, in their order (`seq`)."""
        ...

    async def balance(self, account: Account, currency: str) -> int:
        """The sum of the account's postings in `currency` (0 when it has none)."""
        ...

    async def balances_of(self, member: str) -> list[Balance]:
        """Every account of the member with a balance other than 0, by account kind and currency."""
        ...

    async def entries_of(
        self, member: str, *, limit: int = 100, kinds: Collection[AccountKind] | None = None
    ) -> list[Entry]:
        """The member's latest `limit` postings with their transactions, newest first, of the accounts
        of `kinds` (None: all of them): a statement (/earnings)."""
        ...

    async def pending_commissions(self, *, paid_since: datetime, paid_before: datetime) -> list[int]:
        """Ids of the orders paid in [`paid_since`, `paid_before`) whose commission is still pending
        (nothing but part refunds posted after the payment): what the holding-period sweep makes available."""
        ...

    async def trial_balance(self) -> TrialBalance:
        """Every account's balance (by member, kind, currency) and each currency's total (0 when the
        ledger is sound)."""
        ...


class NoteRepository(Protocol):
    """Notes (种草, commerce.domain.notes), their likes (one per note and member: a unique key) and
    comments; a note read back carries its counts of likes and comments."""

    async def add(self, note: Note) -> Note: ...

    async def get(self, note_id: int) -> Note | None: ...

    async def recent_of(self, author_id: str, *, since: datetime) -> list[Note]:
        """The member's notes posted since `since`, in every chat, newest first."""
        ...

    async def like(self, note_id: int, member_id: str, *, at: datetime) -> bool:
        """Like it: False if this member liked it already (however many tap at once: one row)."""
        ...

    async def unlike(self, note_id: int, member_id: str) -> bool:
        """Take the like back: False if there was none."""
        ...

    async def add_comment(self, comment: Comment) -> Comment: ...

    async def comments(self, note_id: int, *, limit: int) -> list[Comment]:
        """The note's first `limit` comments, oldest first."""
        ...

    async def bought_titles(self, buyer_id: str) -> list[Bought]:
        """Each group buy the member has a paid or picked-up order of, its title, and the order's time."""
        ...

    async def sells(self, group_buy_id: int, member_id: str) -> bool:
        """Whether the member is the sharer or help-seller of an order of this group buy."""
        ...

    async def help_sells(self, group_buy_id: int, member_id: str) -> bool:
        """Whether the member sells this group buy in another group (帮卖): lists it there, or is the
        help-seller of one of its orders (not only the sharer whose code brought one)."""
        ...

    async def about(self, group_buy_id: int, chat_id: str, *, limit: int) -> list[int]:
        """The newest `limit` notes of the chat about this group buy (their numbers): their cards show
        its price."""
        ...

    async def link(self, note_id: int, group_buy_id: int) -> None:
        """The note is about this group buy from now on (`种草 3 #2`): its card shows it."""
        ...

    async def unlinked_in(self, chat_id: str, *, since: datetime) -> list[Note]:
        """The chat's notes posted since `since` that are about no group buy, oldest first."""
        ...


class FollowRepository(Protocol):
    """Follows (commerce.domain.follows): one per follower and followed (a unique key), the news a
    round-up tells, and each follower's last round-up (`follow_roundups`)."""

    async def add(self, follow: Follow) -> bool:
        """Follow: False if this follower follows that member already (nothing written)."""
        ...

    async def remove(self, follower_id: str, followed_id: str) -> bool:
        """Unfollow: False if there was no such follow."""
        ...

    async def of_follower(self, follower_id: str) -> list[Follow]:
        """Whom the member follows, oldest follow first."""
        ...

    async def due(self, platform: str, day: str) -> list[str]:
        """Followers on `platform` whose round-up of `day` (`YYYY-MM-DD`) was not made."""
        ...

    async def last_roundup(self, platform: str, follower_id: str) -> tuple[str, datetime] | None:
        """The day and time of the follower's last round-up; None before the first."""
        ...

    async def claim_roundup(
        self, platform: str, follower_id: str, *, day: str, at: datetime, previous: str | None
    ) -> bool:
        """Record the round-up of `day`, if the last one is still `previous` (a guarded write: of two
        processes at once, one gets True)."""
        ...

    async def member_chats(self, identity: str) -> set[str]:
        """The group chats the member was seen in."""
        ...

    async def news_by(self, authors: Sequence[str], *, since: datetime) -> list[News]:
        """Notes posted and group buys opened by `authors` since `since`, in any chat."""
        ...

    async def follower_orders(self, chat_id: str) -> list[FollowerOrder]:
        """Paid or picked-up orders of this chat's group buys by members who follow someone, one per
        order and member they follow (reputation: followers who went on to buy)."""
        ...


class NoteShareRepository(Protocol):
    """Members who took their share code for a note (`分享笔记 3`): one row per note and member."""

    async def add(self, note_id: int, member_id: str, *, at: datetime) -> bool:
        """Record it: False if this member took it already."""
        ...

    async def count(self, note_id: int) -> int: ...


class TrustRepository(Protocol):
    """Reputation (commerce.domain.reputation): what a chat's members did with its notes, and each
    member's trust there (`member_trust`, one row per chat and member, rewritten on each recompute)."""

    relevelled: set[int]  # notes whose author's level this unit of work changed: their cards are refreshed

    async def activity(self, chat_id: str) -> tuple[list[NoteFacts], list[Act]]:
        """The chat's notes, and every like, comment and join of a note's group buy after the note."""
        ...

    async def bought_titles_of(self, members: Sequence[str]) -> dict[str, list[Bought]]:
        """Per member, each group buy they have a paid or picked-up order of, its title, the order's time."""
        ...

    async def stored(self, chat_id: str) -> dict[str, float]: ...

    async def save(self, chat_id: str, trust: Mapping[str, float]) -> None:
        """Write each member's trust in this chat (a member already stored: updated)."""
        ...

    async def trust_of(self, chat_id: str, member_id: str) -> float:
        """The member's stored trust in this chat; 1.0 (a newcomer's) if none is stored."""
        ...


class NoteSearch(Protocol):
    """The chat's notes by their words (storage.note_search: jieba-segmented text in SQLite FTS5 or a
    PostgreSQL full-text index), written with each note in its transaction."""

    async def index(self, note: Note, *, title: str = "") -> None:
        """Make the note findable (in the unit of work that posts it); `title`: the group buy it is
        about, whose words it counts among its own (`搜索 葡萄` finds a note on 阳光玫瑰葡萄)."""
        ...

    async def search(self, chat_id: str, words: str, *, limit: int) -> list[SearchHit]:
        """This chat's notes with all the words (none with all: with any of them), best first."""
        ...

    async def retitle(self, group_buy_id: int, title: str) -> None:
        """The group buy was renamed (修改): its notes count the new title's words, not the old."""
        ...


class NoteReranker(Protocol):
    """How close in meaning each of some notes is to a question (Ask, issue #13): the optional `ai` extra's
    sentence-embedding model (bot/rerank.py), which finds a friend's note that says it in other words.
    commerce.services.asking.friends_said composes it with the lexical ranking."""

    async def scores(self, question: str, texts: Sequence[str]) -> list[float]:
        """Each text's similarity in meaning to the question (cosine, at most 1), in the texts' order."""
        ...


class DigestRepository(Protocol):
    """Digest mode (commerce.domain.digest): each chat's choice, when its digest was last sent, and the
    reads a digest is made of."""

    async def mode(self, chat_id: str) -> bool | None:
        """The chat's choice (`/digest on|off`); None: it never chose."""
        ...

    async def set_mode(self, chat_id: str, on: bool) -> None: ...

    async def members(self, chat_id: str) -> int:
        """How many members were seen in the chat."""
        ...

    async def engaged(self, chat_id: str, *, since: datetime, until: datetime) -> list[Engaged]:
        """The chat's notes posted in [`since`, `until`), each with who liked it and who commented."""
        ...

    async def chats_with_notes(self, *, since: datetime, until: datetime) -> list[str]:
        """The chats with a note posted in [`since`, `until`)."""
        ...

    async def claim(self, chat_id: str, day: date) -> bool:
        """Record the chat's digest of `day` as sent unless it was: True for exactly one caller."""
        ...


class ModerationRepository(Protocol):
    """Shill flags and the admins' word on notes (commerce.domain.moderation, storage.moderation:
    `note_flags`, `note_mutes`), and what a chat's rescoring reads (commerce.domain.shill)."""

    written: set[int]  # the notes whose flag this unit of work wrote: their cards are refreshed

    async def community(self, chat_id: str, *, since: datetime) -> Community:
        """The chat's notes posted since `since`, their likes, the group buys they link (organiser,
        opening, sellers: sharers and help-sellers of its orders, the chats listing it), and the
        authors' notes in other chats since then (`verified` left empty: the service fills it)."""
        ...

    async def flags(self, chat_id: str) -> dict[int, NoteFlag]:
        """Every stored flag of the chat's notes, by note."""
        ...

    async def flag(self, note_id: int) -> NoteFlag | None: ...

    async def save(self, flags: Sequence[NoteFlag], *, now: datetime) -> None:
        """Write each flag's score, reasons and `flagged` (a note's hiding and clearing stay as stored)."""
        ...

    async def decide(self, flag: NoteFlag, *, now: datetime) -> None:
        """Write the admins' word on a note (hidden, cleared, by whom, why) with its score."""
        ...

    async def mute(self, chat_id: str, member_id: str, *, by: str, why: str, now: datetime) -> bool:
        """Stop the member posting notes in the chat: False if they were already."""
        ...

    async def unmute(self, chat_id: str, member_id: str) -> bool:
        """Let them post again: False if they were not stopped."""
        ...

    async def muted(self, chat_id: str, member_id: str) -> str | None:
        """Why the member was stopped posting notes in the chat ("" when no reason was given), or None."""
        ...

    async def mutes(self, chat_id: str) -> list[str]:
        """The members stopped posting notes in the chat."""
        ...

    async def excluded_from_digest(self, chat_id: str) -> set[int]:
        """The chat's notes digests leave out: hidden, or flagged and not cleared by an admin."""
        ...

    async def report(self, report: NoteReport) -> bool:
        """Keep a member's report of a note (`note_reports`, one per note and member): False if they
        reported it already (nothing written)."""
        ...

    async def reports(self, chat_id: str) -> dict[int, list[NoteReport]]:
        """The reports of the chat's notes, by note, oldest first."""
        ...

    async def reported_chats(self) -> set[str]:
        """The chats with a report of a note (the console's queue reads each of them)."""
        ...

    async def flagged_chats(self) -> set[str]:
        """The chats with a note flagged automatically and not decided on yet (neither hidden nor
        cleared): a bot admin's private queue reads each of them (s40)."""
        ...


class RecommendRepository(Protocol):
    """For you (猜你喜欢, commerce.domain.recommend): the order history of a member's chats, the notes
    about their group buys, and the members who turned it off (`foryou_off`)."""

    async def purchases(self, chats: Collection[str]) -> list[Purchase]:
        """Who bought what in these chats: each order not cancelled or refunded, and each member's own
        line of a group buy still collecting (one per member and group buy)."""
        ...

    async def notes_about(self, chats: Collection[str], *, limit: int) -> list[tuple[Note, str]]:
        """The chats' notes about a group buy, with its title, newest first, at most `limit`."""
        ...

    async def is_off(self, identity: str) -> bool: ...

    async def turn(self, identity: str, *, off: bool, at: datetime) -> bool:
        """Turn it off or on for the member: False if it already was (nothing written)."""
        ...


class ForYouWeekRepository(Protocol):
    """The weekly For you (commerce.domain.foryou_weekly): each member's last week (`foryou_weeks`)."""

    async def due(self, platform: str, week: str) -> list[str]:
        """User ids of the members on `platform` seen in a group, For you on, whose message of `week`
        (`YYYY-MM-DD`) or a later one was not made."""
        ...

    async def claim(self, identity: str, *, week: str, at: datetime) -> bool:
        """Record the member's message of `week` unless that week or a later one is recorded (a guarded
        write: of two processes at once, one gets True)."""
        ...


class ConsoleRepository(Protocol):
    """The console (commerce.domain.console): admins' accounts, organisers' one-time login links (only
    a hash of each token), the audit log, and the group buy list as the console shows it."""

    async def add_account(self, account: ConsoleAccount) -> bool:
        """False when the username is taken (nothing written)."""
        ...

    async def account(self, username: str) -> ConsoleAccount | None: ...

    async def accounts(self) -> list[ConsoleAccount]:
        """Every admin, by username."""
        ...

    async def add_link(self, link: LoginLink) -> None: ...

    async def use_link(self, token_hash: str, now: datetime) -> str | None:
        """The identity the link logs in, marking it used (one guarded write: a link works once, and
        not after it expired); None otherwise."""
        ...

    async def organises(self, user_id: str) -> bool:
        """Whether this user id opened any group buy."""
        ...

    async def audit(self, entry: AuditEntry) -> None:
        """Write one entry, in the unit of work of the change it records."""
        ...

    async def audit_entries(self, where: AuditFilter) -> list[AuditEntry]:
        """The entries matching the filter, newest first."""
        ...

    async def group_buys(
        self,
        *,
        organiser_id: str | None,
        group_buy_id: int | None = None,
        limit: int = 500,
        before_id: int | None = None,
    ) -> list[ConsoleGroupBuy]:
        """Group buys newest first with their chat's name; `organiser_id` set: that organiser's only;
        `group_buy_id` set: that one only; `before_id` set: those with a smaller id (the next page)."""
        ...

    async def known_chats(self, *, limit: int) -> list[ChatName]:
        """Every chat the bot knows (named ones by name, then those only a group buy names): where an
        admin may open a group buy."""
        ...


class ConsolePeopleRepository(Protocol):
    """The console's Members, Payouts and ledger, and Moderation pages (commerce.domain.console_people):
    reads only, each within a `Scope` (everything, or one organiser's chats and group buys)."""

    async def chats_of(self, scope: Scope) -> list[str] | None:
        """The chats an organiser opened a group buy in (None for everything)."""
        ...

    async def members(self, scope: Scope, *, limit: int = 500) -> list[MemberLine]:
        """Members the bot has seen (in the scope's chats), most recently seen first."""
        ...

    async def member(self, scope: Scope, identity: str) -> MemberLine | None:
        """The member, if the scope reaches them (seen in one of its chats)."""
        ...

    async def named(self, name: str, *, limit: int = 50) -> list[MemberLine]:
        """Members whose display name, identity (`telegram:123`), bare id or room alias in a chat is
        `name`, any case (one LIKE query, its wildcards taken as typed), most recently seen first, at most
        `limit`: however long ago they were seen."""
        ...

    async def in_chat(self, chat_id: str, *, limit: int = 200) -> list[MemberLine]:
        """Members seen in the chat, most recently seen there first, at most `limit`."""
        ...

    async def orders_of(self, scope: Scope, buyer_id: str, *, limit: int = 100) -> list[MemberOrder]:
        """The member's orders (of the scope's group buys), newest first."""
        ...

    async def notes_of(self, scope: Scope, author_id: str, *, limit: int = 100) -> list[Note]:
        """The member's notes (in the scope's chats), newest first."""
        ...

    async def commission(self, scope: Scope, *, member: str | None = None) -> list[Commission]:
        """Pending and available commission per member and currency (on the scope's group buys'
        orders), members with none left out; `member` set: theirs only."""
        ...

    async def ledger_lines(
        self,
        scope: Scope,
        *,
        member: str | None = None,
        order_id: int | None = None,
        limit: int = 200,
        before: int | None = None,
    ) -> list[LedgerLine]:
        """Postings with their transactions, newest first (by time, then transaction id): a member's,
        or an order's (of the scope's group buys: payouts, which belong to no group buy, only for
        everything); `before` (a transaction's id): only those listed after that transaction, the next
        page's, whatever was posted since (none when it names no transaction)."""
        ...

    async def transaction_in_scope(self, scope: Scope, transaction_id: int) -> bool:
        """Whether the ledger holds that transaction with a posting the scope sees (`ledger_lines`)."""
        ...

    async def names(self, user_ids: list[str]) -> dict[str, str]:
        """Members' display names by the user id the ledger keeps them under (as last seen); one the
        bot never saw is left out."""
        ...

    async def order_in_scope(self, scope: Scope, order_id: int) -> bool:
        """Whether the order exists and is of one of the scope's group buys."""
        ...

    async def moderated_notes(self, scope: Scope, *, limit: int = 200) -> list[tuple[Note, NoteFlag]]:
        """Notes with a flag row (flagged, hidden or cleared) in the scope's chats, newest first."""
        ...


class ConsoleStats(Protocol):
    """The dashboard's figures (commerce.domain.console_stats), aggregated in SQL over the scope's
    window: everyone's, or one organiser's group buys."""

    async def sales(self, scope: StatsScope) -> list[Sales]:
        """Counted orders and GMV per day (in the scope's offset) and group buy: one pass over the window."""
        ...

    async def titles(self, group_buy_ids: Collection[int]) -> dict[int, str]:
        """These group buys' titles by id."""
        ...

    async def conversion(self, scope: StatsScope) -> Conversion:
        """Join -> order -> paid over the group buys closed in the window."""
        ...

    async def top_sharers(self, scope: StatsScope, limit: int) -> list[TopSharer]:
        """Sharers by distinct buyers their links brought in the window (not the organiser themself)."""
        ...

    async def busiest_chats(self, scope: StatsScope, limit: int) -> list[str]:
        """The chats in scope (an organiser's: those they opened group buys in) with notes posted in the
        window, the most likes and comments on them first (ties by chat id), at most `limit`."""
        ...


class ApiTokenRepository(Protocol):
    """Personal access tokens of the console's API (commerce.domain.api_tokens): only hashes."""

    async def add(self, token: ApiToken) -> ApiToken:
        """Store it; the token with its id."""
        ...

    async def by_hash(self, token_hash: str) -> ApiToken | None: ...

    async def touch(self, token_id: int, at: datetime) -> None:
        """Say when the token was last used."""
        ...

    async def of_owner(self, owner: str) -> list[ApiToken]:
        """The owner's tokens, revoked ones too, newest first."""
        ...

    async def revoke(self, token_id: int, *, owner: str, at: datetime) -> bool:
        """Revoke the owner's token (one guarded write): False if it is not theirs or was revoked."""
        ...


class UnitOfWork(Protocol):
    group_buys: GroupBuyRepository
    deadlines: DeadlineClaims
    orders: OrderRepository
    chats: ChatSettingsRepository
    updates: ProcessedUpdateRepository
    visits: ShareVisitRepository
    outbox: OutboxRepository
    members: MemberRepository
    views: OrganiserViews
    waiting: WaitingListRepository
    pickups: PickupRepository
    collecting: CollectionRepository
    edits: GroupBuyEditRepository
    chat_names: ChatNameRepository
    ledger: LedgerRepository
    attribution: AttributionRepository
    listings: ListingRepository
    questions: QuestionRepository
    payouts: PayoutRepository
    notes: NoteRepository
    trust: TrustRepository
    follows: FollowRepository
    note_shares: NoteShareRepository
    note_search: NoteSearch
    digests: DigestRepository
    moderation: ModerationRepository
    recommend: RecommendRepository
    foryou_weeks: ForYouWeekRepository
    console: ConsoleRepository
    api_tokens: ApiTokenRepository
    console_people: ConsolePeopleRepository
    console_stats: ConsoleStats

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

    def peek_events(self) -> list[Event]:
        """The events of this unit of work so far, left to be handed out by its commit."""
        ...

    def collect_events(self) -> list[Event]:
        """Events of committed work, each handed out once."""
        ...


UnitOfWorkFactory = Callable[[], UnitOfWork]
