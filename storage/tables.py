"""The database tables, as SQLModel `table=True` classes: rows only, no behaviour.

They are deliberately separate from the domain classes (commerce.domain); storage.mappers converts.
Repositories query them through SQLAlchemy Core (`GroupBuyRow.__table__`), which is faster than ORM
loading on the join path. Money columns are integer minor units; datetimes are `UtcDateTime`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any, cast

from sqlalchemy import BigInteger, DateTime, Index, Table, UniqueConstraint, text
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator
from sqlmodel import Field, SQLModel


class UtcDateTime(TypeDecorator[datetime]):
    """Aware datetimes in, aware UTC datetimes out, on every backend.

    PostgreSQL keeps `timestamptz`; SQLite has no time zones, so the value is stored as naive UTC (one
    format, so SQL comparisons such as `deadline > :now` stay correct) and made aware again on load.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError(f"naive datetime {value!r}: storage needs timezone-aware datetimes")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)

    def bind_processor(self, dialect: Dialect) -> Callable[[Any], Any] | None:
        """On SQLite, `process_bind_param` and SQLite's own formatting in one step (a join binds four
        datetimes; the two steps cost twice as much): the same text, checked here on samples, else the
        two steps as they are (SQLite's DATETIME given another storage format)."""
        stock = super().bind_processor(dialect)
        if dialect.name != "sqlite" or stock is None:
            return stock
        samples = (datetime(2026, 12, 5, 9, 3, 7, 40, tzinfo=UTC), datetime(999, 1, 2, tzinfo=UTC))
        return _sqlite_text if all(stock(v) == _sqlite_text(v) for v in samples) else stock


def _sqlite_text(value: datetime | None) -> str | None:
    """An aware datetime as SQLite stores it: naive UTC, `2026-12-05 09:03:07.000040`."""
    if value is None:
        return None
    if value.tzinfo is None:
        raise ValueError(f"naive datetime {value!r}: storage needs timezone-aware datetimes")
    if value.tzinfo is not UTC:
        value = value.astimezone(UTC)
    return "%04d-%02d-%02d %02d:%02d:%02d.%06d" % (  # noqa: UP031 - SQLAlchemy's format, and faster
        value.year,
        value.month,
        value.day,
        value.hour,
        value.minute,
        value.second,
        value.microsecond,
    )


def _when(*, nullable: bool = False, index: bool = False) -> Any:
    return Field(sa_type=UtcDateTime, nullable=nullable, index=index)


def _money(*, nullable: bool = False) -> Any:
    return Field(sa_type=BigInteger, nullable=nullable)


class GroupBuyRow(SQLModel, table=True):
    __tablename__ = "group_buys"
    __table_args__ = (
        Index("ix_group_buys_chat_status", "chat_id", "status", "id"),
        Index("ix_group_buys_status_deadline", "status", "deadline"),
        Index("ix_group_buys_organiser", "organiser_id", "id"),  # an organiser's group buys (/mine)
        Index("ix_group_buys_closed_at", "closed_at"),  # the dashboard's join -> paid (storage.console_stats)
        Index(  # the deadline sweep's other half: closes whose orders are still being written
            "ix_group_buys_orders_pending",
            "orders_upto",
            sqlite_where=text("orders_upto IS NOT NULL"),
            postgresql_where=text("orders_upto IS NOT NULL"),
        ),
        Index(  # the evening sweep: pickups not reminded of yet (commerce.domain.collecting)
            "ix_group_buys_pickup_due",
            "pickup_at",
            sqlite_where=text("pickup_reminded_at IS NULL"),
            postgresql_where=text("pickup_reminded_at IS NULL"),
        ),
    )

    id: int | None = Field(default=None, primary_key=True)
    chat_id: str
    organiser_id: str
    organiser_name: str
    title: str
    currency: str = Field(max_length=3)
    unit_price: int = _money()
    tiers: str = Field(default="[]")  # JSON: [[min_quantity, unit_price], ...]
    options: str = Field(default="[]")  # 多规格, JSON: [[name, unit_price, stock or null], ...]
    target: int
    stock: int | None = None
    per_person_limit: int | None = None
    deadline: datetime = _when()
    pickup: str = Field(default="")
    payment_note: str = Field(default="")
    unit: str = Field(default="", max_length=16)  # the unit the price is per (`15元/斤`: 斤), '' for a 份
    status: str = Field(max_length=16)
    sold: int = 0
    lang: str = Field(default="zh", max_length=16)
    created_at: datetime = _when()
    closed_at: datetime | None = _when(nullable=True)
    final_unit_price: int | None = _money(nullable=True)
    # The lines of the 接龙 list, kept by every join and leave with `sold` (a card shows 50 and counts
    # the rest from here, never from 5,000 rows).
    line_count: int = 0
    # While a close writes its orders in batches: the last participant line (`participants.id`) whose
    # buyer has an order; NULL when no orders are pending (commerce.services.group_buys.continue_orders).
    orders_upto: int | None = None
    # Getting paid (commerce.domain.collecting): the last reminder to pay (/remind, at most every 6 h),
    # the pickup time named with `/pickup` (NULL: none), and when the evening before it was reminded.
    payment_reminded_at: datetime | None = _when(nullable=True)
    pickup_at: datetime | None = _when(nullable=True)
    pickup_reminded_at: datetime | None = _when(nullable=True)
    # The photo it was opened with (a photo card): the platform's reference to it; "" for none.
    photo: str = Field(default="")
    # Share to earn: the sharer's and the help-seller's rate, in basis points (0: none)
    sharer_rate_bp: int = Field(default=0)
    help_sell_rate_bp: int = Field(default=0)
    # 帮卖: how many other chats list it (group_buy_listings); 0: its cards read no listing
    listings: int = Field(default=0)
    # Deadlines across workers (storage.deadlines): the worker that claimed this due group buy holds it
    # until then, on Tuan's clock; NULL: nobody does. A dead worker's claim lapses and another closes it.
    deadline_claimed_until: datetime | None = _when(nullable=True)


class ParticipantRow(SQLModel, table=True):
    """One line of the 接龙 list; `id` grows with each first join, so it gives the join order. A friend
    signed up by a member (`friend` set) is a line of its own; the member's own line has `friend` ""."""

    __tablename__ = "participants"
    __table_args__ = (
        UniqueConstraint(
            "group_buy_id", "user_id", "friend", "option", name="uq_participants_group_buy_user_friend_option"
        ),
        Index("ix_participants_group_buy_id_id", "group_buy_id", "id"),  # the card's first lines, the count
        Index(  # 帮卖: a listing's card, its chat's lines (only listed lines pay for this index)
            "ix_participants_listing",
            "listing_id",
            "id",
            sqlite_where=text("listing_id IS NOT NULL"),
            postgresql_where=text("listing_id IS NOT NULL"),
        ),
    )

    id: int | None = Field(default=None, primary_key=True)
    group_buy_id: int = Field(foreign_key="group_buys.id")
    user_id: str
    friend: str = Field(default="")
    display_name: str
    quantity: int
    joined_at: datetime = _when()
    note: str = Field(default="")
    option: str = Field(default="")  # 多规格: the option's name; "" in a group buy without options
    # 帮卖: the listing (group_buy_listings) the line was made in; NULL: the group buy's own chat
    listing_id: int | None = Field(default=None)
    # the note was typed in a private chat (a room, a phone): the organiser's to read, never a group card's
    note_private: bool = Field(default=False, sa_column_kwargs={"server_default": text("false")})
    # who made the line for the member (`/add #2 @Fay 1`, Fay had none: the organiser's name); "": herself
    added_by: str = Field(default="", sa_column_kwargs={"server_default": ""})


class GroupBuyOptionRow(SQLModel, table=True):
    """What is taken of each option of a group buy (多规格), for the guarded write that keeps it within
    the option's stock (a copy of `group_buys.options`' stock; `/edit` writes both: storage.edits)."""

    __tablename__ = "group_buy_options"
    __table_args__ = (UniqueConstraint("group_buy_id", "name", name="uq_group_buy_options_group_buy_name"),)

    id: int | None = Field(default=None, primary_key=True)
    group_buy_id: int = Field(foreign_key="group_buys.id")
    position: int
    name: str
    stock: int | None = None
    sold: int = 0


class GroupBuyStatusChangeRow(SQLModel, table=True):
    """Append-only history; `seq` is the entry's position in the aggregate's history."""

    __tablename__ = "group_buy_status_changes"
    __table_args__ = (UniqueConstraint("group_buy_id", "seq", name="uq_group_buy_status_changes_seq"),)

    id: int | None = Field(default=None, primary_key=True)
    group_buy_id: int = Field(foreign_key="group_buys.id")
    seq: int
    from_status: str = Field(max_length=16)
    to_status: str = Field(max_length=16)
    action: str
    actor: str
    at: datetime = _when()
    reason: str = Field(default="")


class OrderRow(SQLModel, table=True):
    __tablename__ = "orders"
    __table_args__ = (
        Index("ix_orders_status_created_at", "status", "created_at"),
        # the dashboard's 30 days (storage.console_stats): per day and top group buys, from the index alone
        Index("ix_orders_created_at", "created_at", "status", "currency", "total", "group_buy_id"),
        Index(  # ... and its top sharers
            "ix_orders_shared",
            "created_at",
            "sharer_id",
            "buyer_id",
            "group_buy_id",
            "status",
            sqlite_where=text("sharer_id IS NOT NULL"),
            postgresql_where=text("sharer_id IS NOT NULL"),
        ),
        # one order per buyer and group buy: a batch of a close written twice makes no second one
        UniqueConstraint("group_buy_id", "buyer_id", name="uq_orders_group_buy_buyer"),
        # a pickup code is unique among its group buy's orders; code first, so 核销 4827 finds it by code
        Index("uq_orders_pickup_code", "pickup_code", "group_buy_id", unique=True),
        # `#12-3`: the order's number within its group buy, given at the close in line order
        Index("uq_orders_group_buy_seq", "group_buy_id", "seq", unique=True),
    )

    id: int | None = Field(default=None, primary_key=True)
    group_buy_id: int = Field(foreign_key="group_buys.id", index=True)
    chat_id: str
    buyer_id: str = Field(index=True)
    buyer_name: str
    currency: str = Field(max_length=3)
    status: str = Field(max_length=16)
    created_at: datetime = _when()
    total: int = _money()  # denormalised sum of the lines, for reports and exports
    pay_by: datetime | None = _when(nullable=True)  # None: the app's pay window after created_at
    reminded_at: datetime | None = _when(nullable=True)
    pickup_code: str | None = Field(default=None, max_length=8)  # 核销: given once paid, NULL before
    reported_paid_at: datetime | None = _when(nullable=True)  # 我已付款: the buyer's word, not confirmed
    reported_via: str = Field(default="", max_length=16)  # how she said she paid (`微信转的`: wechat)
    reported_amount: int = 0  # the amount said with the report when not the total (minor units); 0: none
    reported_added: int = 0  # what the latest report added (`… 30元` after `… 20元`: 3000); 0: none said
    # what the organiser received of it while unpaid (只收到 ¥20, minor units); NULL: none
    received_amount: int | None = None
    # what the report she answered 未收到 said was paid beyond what she had received; NULL: none, or
    # reported again since (0057)
    denied_amount: int | None = None
    # The order's number within its group buy (`#12-3` is seq 3 of group buy 12); always given, the
    # column is nullable only because SQLite cannot add a NOT NULL column to a table with rows.
    seq: int | None = None
    sharer_id: str | None = None  # the member whose link brought the buyer (share to earn)
    help_seller_id: str | None = None  # the organiser of the help-sell listing it was made in


class OrderLineRow(SQLModel, table=True):
    __tablename__ = "order_lines"
    __table_args__ = (UniqueConstraint("order_id", "seq", name="uq_order_lines_seq"),)

    id: int | None = Field(default=None, primary_key=True)
    order_id: int = Field(foreign_key="orders.id")
    seq: int
    description: str
    quantity: int
    unit_price: int = _money()


class OrderStatusChangeRow(SQLModel, table=True):
    __tablename__ = "order_status_changes"
    __table_args__ = (UniqueConstraint("order_id", "seq", name="uq_order_status_changes_seq"),)

    id: int | None = Field(default=None, primary_key=True)
    order_id: int = Field(foreign_key="orders.id")
    seq: int
    from_status: str = Field(max_length=16)
    to_status: str = Field(max_length=16)
    action: str
    actor: str
    at: datetime = _when()
    reason: str = Field(default="")


PAYMENT_REFERENCE_SET = text("reference <> ''")


class OrderPaymentRow(SQLModel, table=True):
    """Append-only money movements: positive paid, negative refunded.

    A platform's charge id (`reference`) is recorded once per kind: the unique index is what makes a
    payment delivered twice, even concurrently, impossible to record twice. Offline payments have none.
    """

    __tablename__ = "order_payments"
    __table_args__ = (
        UniqueConstraint("order_id", "seq", name="uq_order_payments_seq"),
        Index(
            "uq_order_payments_reference",
            "kind",
            "reference",
            unique=True,
            sqlite_where=PAYMENT_REFERENCE_SET,
            postgresql_where=PAYMENT_REFERENCE_SET,
        ),
    )

    id: int | None = Field(default=None, primary_key=True)
    order_id: int = Field(foreign_key="orders.id")
    seq: int
    kind: str
    amount: int = _money()
    method: str
    reference: str = Field(default="")
    actor: str
    at: datetime = _when()
    provider_reference: str = Field(default="")  # the payment provider's charge id
    # a part refund by units (`退款 1-4 小杯 1`): the option and how many of it went back (0: by amount)
    refunded_option: str = Field(default="", sa_column_kwargs={"server_default": ""})
    refunded_units: int = Field(default=0, sa_column_kwargs={"server_default": "0"})


class ShareVisitRow(SQLModel, table=True):
    """Someone opened a group buy through a member's link (for referrals)."""

    __tablename__ = "share_visits"
    __table_args__ = (
        Index("ix_share_visits_sharer", "sharer_id", "group_buy_id"),
        # attribution at the close: a batch's buyers' visits of one group buy (storage.attribution)
        Index("ix_share_visits_visitor", "group_buy_id", "visitor_id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    group_buy_id: int = Field(foreign_key="group_buys.id", index=True)
    sharer_id: str
    visitor_id: str
    at: datetime = _when()


class ShareCodeRow(SQLModel, table=True):
    """A member's short share code to a group buy (`团12-K7QM`, commerce.domain.share_codes): one per
    member and group buy, unique within the group buy so it maps back to its member."""

    __tablename__ = "share_codes"
    __table_args__ = (UniqueConstraint("group_buy_id", "code", name="uq_share_codes_group_buy_code"),)

    group_buy_id: int = Field(foreign_key="group_buys.id", primary_key=True)
    member_id: str = Field(primary_key=True)
    code: str
    created_at: datetime = _when()


class GroupBuyListingRow(SQLModel, table=True):
    """帮卖: a group buy listed in another chat by a member there, the help-seller (commerce.domain.
    listings); one per group buy and chat. A chat's open group buys are its own and those it lists."""

    __tablename__ = "group_buy_listings"
    __table_args__ = (
        UniqueConstraint("group_buy_id", "chat_id", name="uq_group_buy_listings_group_buy_chat"),
        Index("ix_group_buy_listings_chat", "chat_id", "group_buy_id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    group_buy_id: int = Field(foreign_key="group_buys.id")
    chat_id: str
    seller_id: str
    seller_name: str
    created_at: datetime = _when()
    # the help-seller's last 催款 of her group's buyers (at most every 6 hours; the organiser's is the
    # group buy's `payment_reminded_at`)
    payment_reminded_at: datetime | None = _when(nullable=True)
    # the language the help-seller listed it in: that chat's card speaks it when the chat has no `/lang`
    # (NULL: listed before 0041, the group buy's language)
    lang: str | None = Field(default=None, max_length=16)
    # that chat's own pickup place and time (`自提` sent there; 0052); ""/NULL: the group buy's
    pickup: str | None = Field(default=None)
    pickup_at: datetime | None = _when(nullable=True)
    # when the evening before that pickup was reminded (once; NULL: not yet, or its time changed)
    pickup_reminded_at: datetime | None = _when(nullable=True)


class QuestionRow(SQLModel, table=True):
    """A question Tuan could not answer, passed to an organiser (commerce.domain.questions)."""

    __tablename__ = "questions"
    __table_args__ = (
        # an organiser's forwarded questions still waiting (handlers.ask: her plain private answer)
        Index("ix_questions_organiser_status", "organiser_id", "status", "updated_at"),
    )

    id: int | None = Field(default=None, primary_key=True)
    chat_id: str
    asker_id: str
    asker_name: str
    text: str
    lang: str = Field(max_length=16)
    organiser_id: str
    organiser_name: str
    group_buy_id: int = Field(foreign_key="group_buys.id")
    created_at: datetime = _when()
    status: str = Field(max_length=16)
    answer: str = Field(default="")
    updated_at: datetime = _when()


class ChatSettingsRow(SQLModel, table=True):
    __tablename__ = "chat_settings"

    chat_id: str = Field(primary_key=True)
    language: str = Field(max_length=16)


class ProcessedUpdateRow(SQLModel, table=True):
    """Idempotency keys of platform updates, with the answer first given."""

    __tablename__ = "processed_updates"

    key: str = Field(primary_key=True)
    answer: str = Field(default="")
    created_at: datetime = _when(index=True)


class MemberRow(SQLModel, table=True):
    """A person as last seen, keyed by the platform-qualified identity (`telegram:123`).

    `name_key` and `username_key` are `commerce.domain.member.name_key` of the names: lookups compare
    them by equality (portable, indexable), never with SQL `lower()`, which differs between engines.
    """

    __tablename__ = "members"

    identity: str = Field(primary_key=True)
    platform: str = Field(max_length=32)
    user_id: str
    display_name: str
    name_key: str
    username: str | None = None
    username_key: str | None = None
    language: str | None = Field(default=None, max_length=16)
    # where `language` came from: "app" (the platform said it) or "words" (guessed from what she typed);
    # NULL: stored before 0059, unknown
    language_from: str | None = Field(default=None, max_length=8)
    first_seen: datetime = _when()
    last_seen: datetime = _when()


class ChatMemberRow(SQLModel, table=True):
    """A member seen in a chat, with their room alias there (WeChat's 群昵称; None elsewhere).

    No foreign key to `members`: both rows are written together by one `seen`, membership first, so
    that a member's first message in another chat is one trip (storage.repositories).
    """

    __tablename__ = "chat_members"
    __table_args__ = (
        UniqueConstraint("chat_id", "identity", name="uq_chat_members_chat_identity"),
        Index("ix_chat_members_identity", "identity", "last_seen"),  # a member's chats, latest first
    )

    id: int | None = Field(default=None, primary_key=True)
    chat_id: str
    identity: str
    alias: str | None = None
    alias_key: str | None = None
    first_seen: datetime = _when()
    last_seen: datetime = _when()


class ChatRow(SQLModel, table=True):
    """A group chat's name as last seen (commerce.domain.chats), written with a member's sighting; a
    chat never named has no row. `seen_at` is when the stored name was first seen: a sighting older
    than that never overwrites it."""

    __tablename__ = "chats"

    chat_id: str = Field(primary_key=True)
    title: str
    seen_at: datetime = _when()


class OutboxRow(SQLModel, table=True):
    """The transactional outbox (commerce.domain.outbox): written with the change, sent after it.

    The partial index keeps the relay's query (unsent rows of a topic, oldest first) small however many
    sent rows wait to be pruned.
    """

    __tablename__ = "outbox"
    __table_args__ = (
        Index(
            "ix_outbox_unsent",
            "topic",
            "due_at",
            "id",
            sqlite_where=text("sent_at IS NULL"),
            postgresql_where=text("sent_at IS NULL"),
        ),
    )

    id: int | None = Field(default=None, primary_key=True)
    topic: str = Field(max_length=80)
    chat_id: str = Field(default="", max_length=160)
    payload: str
    created_at: datetime = _when()
    due_at: datetime = _when()
    attempts: int = 0
    last_error: str = Field(default="")
    sent_at: datetime | None = _when(nullable=True)
    # given up (never sent, never tried again: a WeChat room gone), its reason in `last_error` (0054)
    gave_up_at: datetime | None = _when(nullable=True)


class OutboxLeaseRow(SQLModel, table=True):
    """Which worker delivers a chat's outbox rows (storage/outbox.py): one row per topic family and chat
    (a row without a chat stands for its topic: `event:` rows) while it has rows in flight. Until
    `leased_until` (Tuan's clock) no other owner takes it; a dead worker's lease lapses then."""

    __tablename__ = "outbox_leases"

    family: str = Field(primary_key=True, max_length=80)
    chat_id: str = Field(primary_key=True, max_length=160)
    owner: str = Field(max_length=200)
    leased_until: datetime = _when()


class GroupBuyHelperRow(SQLModel, table=True):
    """A pickup helper the organiser named for a group buy (核销 on their behalf), by member identity."""

    __tablename__ = "group_buy_helpers"
    __table_args__ = (
        UniqueConstraint("group_buy_id", "identity", name="uq_group_buy_helpers_group_buy_identity"),
        Index("ix_group_buy_helpers_identity", "identity"),
    )

    id: int | None = Field(default=None, primary_key=True)
    group_buy_id: int = Field(foreign_key="group_buys.id")
    identity: str
    added_by: str
    added_at: datetime = _when()


class WaitingEntryRow(SQLModel, table=True):
    """The waiting list (候补): one entry per group buy, member and option (多规格), queued by `created_at`,
    then `id`."""

    __tablename__ = "waiting_list"
    __table_args__ = (
        UniqueConstraint("group_buy_id", "user_id", "option", name="uq_waiting_list_group_buy_user_option"),
    )

    id: int | None = Field(default=None, primary_key=True)
    group_buy_id: int = Field(foreign_key="group_buys.id")
    user_id: str
    display_name: str
    quantity: int
    created_at: datetime = _when()
    option: str = Field(default="")  # 多规格: the option waited for; "" in a group buy without options
    listing_id: int | None = Field(default=None)  # 帮卖: the listing's chat it was waited in; NULL: its own


class WaitingLeftOutRow(SQLModel, table=True):
    """Who still waited (候补) when a group buy succeeded, kept until told once that units came free
    after the close (取消未付款): the waiting list's entries as they were."""

    __tablename__ = "waiting_left_out"

    id: int | None = Field(default=None, primary_key=True)
    group_buy_id: int = Field(foreign_key="group_buys.id", index=True)
    user_id: str
    display_name: str
    quantity: int
    created_at: datetime = _when()
    option: str = Field(default="")
    listing_id: int | None = Field(default=None)


class LedgerTransactionRow(SQLModel, table=True):
    """One transaction of the double-entry ledger (commerce.domain.ledger); append-only.

    `business_key` (`order:12:paid`) is unique: a repeated event posts nothing. `seq` is its place in
    its order's or payout's history, unique per order and per payout: a transaction computed from a
    history another one extended meanwhile cannot be posted on top of it. The (order_id, seq) index
    also finds an order's history; (kind, at) finds the payments whose commission may be due.
    No foreign key to `orders`: the ledger stands on its own (a payout has no table of its own yet).
    """

    __tablename__ = "ledger_transactions"
    __table_args__ = (
        UniqueConstraint("business_key", name="uq_ledger_transactions_business_key"),
        UniqueConstraint("order_id", "seq", name="uq_ledger_transactions_order_seq"),
        UniqueConstraint("payout_id", "seq", name="uq_ledger_transactions_payout_seq"),
        Index("ix_ledger_transactions_kind_at", "kind", "at"),
    )

    id: int | None = Field(default=None, primary_key=True)
    business_key: str = Field(max_length=120)
    kind: str = Field(max_length=32)
    order_id: int | None = None
    payout_id: int | None = None
    seq: int
    at: datetime = _when()


class LedgerPostingRow(SQLModel, table=True):
    """One posting: `amount` minor units of `currency` into the account (`kind`, `member`; member ""
    for a system account such as `payouts`), negative out of it. The postings of a transaction sum to
    zero per currency: checked before insert, and on PostgreSQL by a deferred constraint trigger
    (the ledger migration). Balances are sums of these rows, never stored.

    `ix_ledger_postings_member_balance` (member, kind, currency, amount) serves one member's balances
    from the index alone: an equality on `member` (and `kind`, `currency` for one account) reads only
    that member's entries, contiguous, and `amount` is in the index, so no table row is visited
    (about 50 entries for a member among 1,000,000 postings of 20,000 members: a few pages, whatever
    the ledger's size; bench/ledger.py measured p99 0.3 ms on SQLite, 0.5 to 0.9 ms on PostgreSQL, and
    about 90 ms a member without the index). `member` leads because every read names a member; `kind`
    before `currency` because a member's balances are listed by account. The same order serves the
    trial balance's GROUP BY and ORDER BY without sorting (on PostgreSQL once vacuumed).
    `ix_ledger_postings_transaction` finds a transaction's postings (its history, the trigger's sum).
    """

    __tablename__ = "ledger_postings"
    __table_args__ = (
        Index("ix_ledger_postings_member_balance", "member", "kind", "currency", "amount"),
        Index("ix_ledger_postings_transaction", "transaction_id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    transaction_id: int = Field(foreign_key="ledger_transactions.id")
    kind: str = Field(max_length=32)
    member: str = Field(default="")
    currency: str = Field(max_length=3)
    amount: int = _money()


class PayoutRow(SQLModel, table=True):
    """A member's payout request (commerce.domain.payout); the money moves in the ledger, keyed
    `payout:<id>:...`. `ux_payouts_open_member`: at most one open (requested or approved) payout per
    member, so two requests at once cannot both take one available balance."""

    __tablename__ = "payouts"
    __table_args__ = (
        Index(
            "ux_payouts_open_member",
            "member",
            unique=True,
            sqlite_where=text("status IN ('requested', 'approved')"),
            postgresql_where=text("status IN ('requested', 'approved')"),
        ),
        Index("ix_payouts_status", "status", "id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    member: str
    member_name: str = Field(default="")
    currency: str = Field(max_length=3)
    amount: int = _money()
    status: str = Field(max_length=16)
    requested_at: datetime = _when()
    updated_at: datetime | None = _when(nullable=True)
    destination: str = Field(
        default="", max_length=80
    )  # where to pay (`微信 wes888`), as the member named it


class PayoutDestinationRow(SQLModel, table=True):
    """Where a member's payouts are paid unless a request names another (`提现 微信 wes888` keeps it,
    bare `提现` uses it): one row per member, the last destination a request of theirs named. Each
    payout keeps its own copy (`payouts.destination`), so changing it never changes a request made."""

    __tablename__ = "payout_destinations"

    member: str = Field(primary_key=True)
    destination: str = Field(max_length=80)  # as the member typed it (`微信 wes888`)
    updated_at: datetime = _when()


class NoteRow(SQLModel, table=True):
    """A note (种草, commerce.domain.notes): a member's recommendation in a chat, maybe about a group buy."""

    __tablename__ = "notes"
    __table_args__ = (
        Index("ix_notes_author_created", "author_id", "created_at"),
        Index("ix_notes_chat", "chat_id", "id"),  # a chat's notes (reputation's recompute)
        Index("ix_notes_created", "created_at"),  # the chats with notes of the day (the digest's sweep)
    )

    id: int | None = Field(default=None, primary_key=True)
    chat_id: str
    author_id: str
    author_name: str
    text: str
    photo: str = Field(default="")
    group_buy_id: int | None = Field(default=None, foreign_key="group_buys.id", nullable=True)
    lang: str = Field(default="zh", max_length=8)  # the words it was posted with: its card's language
    created_at: datetime = _when()
    # its text's MinHash (commerce.domain.near_duplicates, base64; "" before migration 0026)
    signature: str = Field(default="")


class NoteFlagRow(SQLModel, table=True):
    """A note's moderation (commerce.domain.shill, migration 0026): the shill score the chat's last
    rescoring gave it (`flagged`: at or above the threshold, with its `reasons`), and the admins' word:
    `hidden` (with who hid it and why), or `cleared` (looked at and left up: never flagged again).
    A note with no row was never flagged nor touched by an admin."""

    __tablename__ = "note_flags"
    __table_args__ = (Index("ix_note_flags_chat", "chat_id", "note_id"),)

    note_id: int = Field(primary_key=True, foreign_key="notes.id")
    chat_id: str
    score: float = Field(default=0.0)
    reasons: str = Field(default="")  # reason codes, comma-separated (commerce.domain.shill.Reason)
    flagged: bool = Field(default=False)
    hidden: bool = Field(default=False)
    cleared: bool = Field(default=False)
    hidden_by: str = Field(default="")
    why: str = Field(default="")  # what the admin said when hiding it
    updated_at: datetime = _when()


class NoteMuteRow(SQLModel, table=True):
    """A member stopped from posting notes in a chat by its admins (`/mute @name`, 禁言 @名字)."""

    __tablename__ = "note_mutes"

    chat_id: str = Field(primary_key=True)
    member_id: str = Field(primary_key=True)
    by_id: str
    why: str = Field(default="")
    created_at: datetime = _when()


class NoteReportRow(SQLModel, table=True):
    """A member's report of a note to the chat's admins (`举报 7 广告`): one per note and member."""

    __tablename__ = "note_reports"
    __table_args__ = (
        UniqueConstraint("note_id", "member_id", name="uq_note_reports_note_member"),
        Index("ix_note_reports_chat", "chat_id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    note_id: int = Field(foreign_key="notes.id")
    chat_id: str
    member_id: str
    member_name: str = Field(default="")
    why: str = Field(default="")
    created_at: datetime = _when()


class MemberTrustRow(SQLModel, table=True):
    """A member's trust in a chat (reputation, commerce.domain.reputation), rewritten on each recompute."""

    __tablename__ = "member_trust"

    chat_id: str = Field(primary_key=True)
    member_id: str = Field(primary_key=True)
    trust: float


class NoteLikeRow(SQLModel, table=True):
    """One like of a note by a member: the unique key makes two taps at once one like."""

    __tablename__ = "note_likes"
    __table_args__ = (UniqueConstraint("note_id", "member_id", name="uq_note_likes_note_member"),)

    id: int | None = Field(default=None, primary_key=True)
    note_id: int = Field(foreign_key="notes.id")
    member_id: str
    created_at: datetime = _when()


class NoteCommentRow(SQLModel, table=True):
    """A comment on a note (a reply to its card, `评论 3 …`)."""

    __tablename__ = "note_comments"
    __table_args__ = (Index("ix_note_comments_note", "note_id", "id"),)

    id: int | None = Field(default=None, primary_key=True)
    note_id: int = Field(foreign_key="notes.id")
    author_id: str
    author_name: str
    text: str
    created_at: datetime = _when()


class NoteSearchRow(SQLModel, table=True):
    """A note's words for `/search` (storage.note_search): jieba-segmented, written with the note. On
    SQLite the FTS5 table `note_search_fts` indexes them, on PostgreSQL a GIN index (migration 0025)."""

    __tablename__ = "note_search"
    __table_args__ = (Index("ix_note_search_chat", "chat_id", "note_id"),)

    note_id: int = Field(foreign_key="notes.id", primary_key=True, sa_column_kwargs={"autoincrement": False})
    chat_id: str
    words: str


class ChatDigestRow(SQLModel, table=True):
    """A chat's digest mode (commerce.domain.digest): its choice (None: by its size) and the day its
    evening digest was last sent (one guarded write claims a day: sent once however many processes)."""

    __tablename__ = "chat_digests"

    chat_id: str = Field(primary_key=True)
    mode: bool | None = Field(default=None, nullable=True)
    sent_on: str | None = Field(default=None, nullable=True, max_length=10)  # ISO date, chat time


class ForYouOffRow(SQLModel, table=True):
    """A member who turned For you (猜你喜欢) off (`/foryou off`); no row: on."""

    __tablename__ = "foryou_off"

    identity: str = Field(primary_key=True)
    at: datetime = _when()


class ForYouWeekRow(SQLModel, table=True):
    """A member's last weekly For you message: its week (the due day, chat time, `YYYY-MM-DD`) and when."""

    __tablename__ = "foryou_weeks"

    identity: str = Field(primary_key=True)
    week: str = Field(max_length=10)
    sent_at: datetime = _when()


class FollowRow(SQLModel, table=True):
    """A member following another (commerce.domain.follows): one row per pair, the name it was made by."""

    __tablename__ = "follows"
    __table_args__ = (
        UniqueConstraint("follower_id", "followed_id", name="uq_follows_follower_followed"),
        Index("ix_follows_followed", "followed_id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    platform: str
    follower_id: str
    followed_id: str
    followed_name: str
    created_at: datetime = _when()


class FollowRoundupRow(SQLModel, table=True):
    """A follower's last daily round-up: its day (chat time, `YYYY-MM-DD`) and when it was made."""

    __tablename__ = "follow_roundups"

    platform: str = Field(primary_key=True)
    follower_id: str = Field(primary_key=True)
    day: str = Field(max_length=10)
    sent_at: datetime = _when()


class NoteShareRow(SQLModel, table=True):
    """A member took their share code for a note (`分享笔记 3`): the note card counts these."""

    __tablename__ = "note_shares"
    __table_args__ = (UniqueConstraint("note_id", "member_id", name="uq_note_shares_note_member"),)

    id: int | None = Field(default=None, primary_key=True)
    note_id: int = Field(foreign_key="notes.id")
    member_id: str
    created_at: datetime = _when()


class ConsoleAccountRow(SQLModel, table=True):
    """An admin of the console (`tuan admin create`): the username and an argon2 hash of the password."""

    __tablename__ = "console_accounts"

    username: str = Field(primary_key=True, max_length=32)
    password_hash: str
    created_at: datetime = _when()


class ConsoleLoginLinkRow(SQLModel, table=True):
    """An organiser's one-time login link (`/console`): only the token's SHA-256 is kept."""

    __tablename__ = "console_login_links"

    token_hash: str = Field(primary_key=True, max_length=64)
    identity: str
    created_at: datetime = _when()
    expires_at: datetime = _when()
    used_at: datetime | None = _when(nullable=True)


class ConsoleAuditRow(SQLModel, table=True):
    """One change made in the console, written in the change's own transaction (who, what, before,
    after as JSON, when)."""

    __tablename__ = "console_audit"
    __table_args__ = (
        Index("ix_console_audit_at", "at", "id"),
        Index("ix_console_audit_actor", "actor", "at"),
        Index("ix_console_audit_action", "action", "at"),
    )

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = _when()
    actor: str
    action: str = Field(max_length=64)
    subject: str
    before: str = Field(default="{}")
    after: str = Field(default="{}")


class ConsoleApiTokenRow(SQLModel, table=True):
    """A personal access token for the console's API: only its SHA-256 and first characters are kept;
    `owner` as the audit log names them (`playground:alice`, `console:root`)."""

    __tablename__ = "console_api_tokens"
    __table_args__ = (
        UniqueConstraint("token_hash", name="uq_console_api_tokens_hash"),
        Index("ix_console_api_tokens_owner", "owner", "id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    token_hash: str = Field(max_length=64)
    prefix: str = Field(max_length=16)
    owner: str
    label: str = Field(max_length=64)
    created_at: datetime = _when()
    last_used_at: datetime | None = _when(nullable=True)
    revoked_at: datetime | None = _when(nullable=True)


MAX_ROW_ID = 2**31 - 1  # `id` columns are INTEGER on PostgreSQL


def is_row_id(value: int) -> bool:
    """Whether `value` can be a row's id: anything else names no row (and would overflow the driver)."""
    return 1 <= value <= MAX_ROW_ID


def table(model: type[SQLModel]) -> Table:
    """The Core table behind a SQLModel class."""
    return cast(Table, model.__table__)  # type: ignore[attr-defined]


metadata = SQLModel.metadata
group_buys = table(GroupBuyRow)
participants = table(ParticipantRow)
group_buy_status_changes = table(GroupBuyStatusChangeRow)
orders = table(OrderRow)
order_lines = table(OrderLineRow)
order_status_changes = table(OrderStatusChangeRow)
order_payments = table(OrderPaymentRow)
chat_settings = table(ChatSettingsRow)
processed_updates = table(ProcessedUpdateRow)
share_visits = table(ShareVisitRow)
share_codes = table(ShareCodeRow)
group_buy_listings = table(GroupBuyListingRow)
questions = table(QuestionRow)
members = table(MemberRow)
chat_members = table(ChatMemberRow)
chats = table(ChatRow)
outbox = table(OutboxRow)
outbox_leases = table(OutboxLeaseRow)
group_buy_helpers = table(GroupBuyHelperRow)
waiting_list = table(WaitingEntryRow)
waiting_left_out = table(WaitingLeftOutRow)
group_buy_options = table(GroupBuyOptionRow)
ledger_transactions = table(LedgerTransactionRow)
ledger_postings = table(LedgerPostingRow)
payouts = table(PayoutRow)
payout_destinations = table(PayoutDestinationRow)
notes = table(NoteRow)
note_likes = table(NoteLikeRow)
note_comments = table(NoteCommentRow)
member_trust = table(MemberTrustRow)
note_flags = table(NoteFlagRow)
note_mutes = table(NoteMuteRow)
note_reports = table(NoteReportRow)
note_search = table(NoteSearchRow)
chat_digests = table(ChatDigestRow)
follows = table(FollowRow)
follow_roundups = table(FollowRoundupRow)
note_shares = table(NoteShareRow)
foryou_off = table(ForYouOffRow)
foryou_weeks = table(ForYouWeekRow)
console_accounts = table(ConsoleAccountRow)
console_login_links = table(ConsoleLoginLinkRow)
console_audit = table(ConsoleAuditRow)
console_api_tokens = table(ConsoleApiTokenRow)
ALL_TABLES = (
    group_buys,
    participants,
    group_buy_status_changes,
    orders,
    order_lines,
    order_status_changes,
    order_payments,
    chat_settings,
    processed_updates,
    share_visits,
    share_codes,
    group_buy_listings,
    questions,
    members,
    chat_members,
    chats,
    outbox,
    outbox_leases,
    group_buy_helpers,
    waiting_list,
    waiting_left_out,
    group_buy_options,
    ledger_transactions,
    ledger_postings,
    payouts,
    payout_destinations,
    notes,
    note_likes,
    note_comments,
    member_trust,
    note_flags,
    note_mutes,
    note_reports,
    note_search,
    chat_digests,
    follows,
    follow_roundups,
    note_shares,
    foryou_off,
    foryou_weeks,
    console_accounts,
    console_login_links,
    console_audit,
    console_api_tokens,
)
