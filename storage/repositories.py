"""The `commerce.ports` repositories over one `AsyncConnection` (the unit of work's transaction).

SQLAlchemy Core, not ORM loading: statements are built once per dialect (so SQLAlchemy's compiled cache
and asyncpg's prepared statements are reused) and rows are mapped straight to domain objects. Every
write that concurrency could break is one guarded statement, never read-then-write.

A join is: read the group buy, read the member's line (only under a per-person limit or to add a
friend's name), upsert the line (guarded by the limit), then update the hot `group_buys` row last
(guarded by open / deadline / stock), so its row lock is held only until the commit. On PostgreSQL the
two writes travel as one statement (two CTEs); on SQLite as two statements in one trip to aiosqlite's
thread (storage.sqlite_driver). Through the chat app the update id is then claimed
with its answer in one INSERT (`record`), which on SQLite carries the COMMIT too. These hot statements
go straight to the driver (`_rows`, storage.direct), the rest through SQLAlchemy's `execute`. A new
member's sighting and the replies' outbox rows are held back and ride with them (storage.direct.defer):
on SQLite the sighting in the guarded writes' trip and the outbox rows in the claim's; on PostgreSQL
the sighting as CTEs of the guarded writes' statement and the outbox rows of the claim's.

Big group buys cost no more per join: the guarded write of `sold` also keeps `line_count`, so a card
reads its first 50 lines (an index range on `(group_buy_id, id)`) and the count from the row it read
anyway; a close reads its lines a batch at a time (`lines_to_order`) and writes each batch's orders in
two statements (`add_many`: the orders, ON CONFLICT DO NOTHING on `(group_buy_id, buyer_id)`, then
their lines), see commerce.services.group_buys.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import cache
from typing import Any, cast

from sqlalchemy import (
    Integer,
    Interval,
    String,
    Table,
    and_,
    any_,
    bindparam,
    case,
    delete,
    exists,
    func,
    insert,
    literal,
    or_,
    select,
    true,
    union_all,
    update,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncConnection
from sqlalchemy.sql import Executable, FromClause, Select

from commerce.domain.group_buy import (
    MAX_CLOSED_LISTED,
    MAX_OPEN_LISTED,
    GroupBuy,
    GroupBuyStatus,
    Participant,
)
from commerce.domain.member import APP_LANGUAGE, SEEN_REFRESH, Member, name_key
from commerce.domain.member import identity as member_identity
from commerce.domain.order import Order, OrderStatus
from commerce.domain.sharing import ShareVisit
from commerce.domain.transitions import StatusChange
from commerce.ports import LinesToOrder
from storage import carried, direct, mappers, snapshots
from storage.carried import Write
from storage.small import small_statements
from storage.tables import (
    UtcDateTime,
    chat_members,
    chat_settings,
    group_buy_listings,
    group_buy_options,
    group_buy_status_changes,
    group_buys,
    is_row_id,
    members,
    order_lines,
    order_payments,
    order_status_changes,
    orders,
    participants,
    processed_updates,
    share_visits,
)

OPEN = GroupBuyStatus.OPEN.value
PENDING_BATCH = 500  # orders a reservation sweep handles at once; the next sweep takes the rest


def _insert(dialect: str, table: Any) -> Any:
    """The dialect's INSERT, which knows ON CONFLICT (both SQLite and PostgreSQL have it)."""
    if dialect == "postgresql":
        return postgresql.insert(table)
    if dialect == "sqlite":
        return sqlite.insert(table)
    raise NotImplementedError(f"storage supports sqlite and postgresql, not {dialect}")


@dataclass(frozen=True)
class _Statements:
    """Every statement the repositories run, built once per dialect."""

    group_buy_by_id: Select[Any]
    latest_open: Select[Any]
    open_in_chat: Select[Any]
    open_in_chat_by: Select[Any]
    count_open_in_chat: Select[Any]
    count_open_in_chat_by: Select[Any]
    closed_in_chat: Select[Any]
    latest_in_chat: Select[Any]
    joined_among: Select[Any]
    group_buy_history: Select[Any]
    open_deadlines: Executable
    insert_group_buy: Executable
    participant: Select[Any]
    member_lines: Select[Any]
    member_rows: Select[Any]
    participants: Select[Any]
    first_lines: Select[Any]
    count_lines: Select[Any]
    count_buyers: Select[Any]
    next_lines: Select[Any]
    lines_of_members: Select[Any]
    orders_upto: Select[Any]
    set_orders_upto: Executable
    join_limited: Executable
    join_unlimited: Executable
    join_whole: Executable  # 限购 over all of a member's lines of the option (her own, her friends')
    join_and_take: dict[tuple[bool, bool], Executable]  # (limited, before deadline); PostgreSQL only
    join_whole_and_take: dict[bool, Executable]  # by before deadline; PostgreSQL only
    leave_some: Executable
    leave_all: Executable
    undo_line: Executable
    drop_line: Executable
    restore_line: Executable
    take_units: Executable
    take_units_before: Executable
    take_joined: Executable
    take_joined_before: Executable
    save_status: Executable
    set_final_price: Executable
    insert_group_buy_history: Executable
    insert_order: Executable
    insert_orders_once: Executable
    insert_order_lines: Executable
    insert_order_history: Executable
    insert_payments: Executable
    save_order: Executable
    order_by_id: Select[Any]
    order_by_number: Select[Any]
    last_order_seq: Select[Any]
    numbered_in_chat: Select[Any]
    top_sharers: Select[Any]
    numbered_of_buyer: Select[Any]
    numbered_of_organiser: Select[Any]
    orders_of_buyer: Select[Any]
    orders_of_group_buy: Select[Any]
    order_statuses: Select[Any]
    order_part_refunds: Select[Any]
    order_status_counts: Select[Any]
    order_status_counts_in_chat: Select[Any]
    lines_of: Select[Any]
    history_of: Select[Any]
    payments_of: Select[Any]
    save_order_status: Executable
    insert_payments_once: Executable
    pending_due: Select[Any]
    pending_due_unreminded: Select[Any]
    owed_past_pickup: Select[Any]
    mark_reminded: Executable
    set_pay_by: Executable
    insert_visit: Executable
    visits_of_group_buy: Select[Any]
    language: Select[Any]
    set_language: Executable
    claim: Executable
    answer: Select[Any]
    save_answer: Executable
    insert_options: Executable  # 多规格: an option's count, written at opening
    option_counts: Select[Any]
    take_option: Executable


@cache
def statements(dialect: str) -> _Statements:
    gb, p = group_buys.c, participants.c
    same_line = and_(
        p.group_buy_id == bindparam("gid"),
        p.user_id == bindparam("uid"),
        p.friend == bindparam("fid"),
        p.option == bindparam("opt"),
    )
    delta = bindparam("delta", type_=Integer)

    mine = participants.alias("mine")
    # 限购 counts every line of hers of the option (her own, her friends'): written only while what she
    # holds on them all, with this join, stays within it (`person`), counted in the write itself; on
    # PostgreSQL her joins take turns on her advisory lock (`member_rows`), so this count sees the last
    held = (
        select(func.coalesce(func.sum(mine.c.quantity), 0))
        .where(
            mine.c.group_buy_id == bindparam("gid"),
            mine.c.user_id == bindparam("uid"),
            mine.c.option == bindparam("opt"),
        )
        .scalar_subquery()
    )
    within_person = held + delta <= bindparam("person", type_=Integer)

    def join(limited: bool, whole: bool = False) -> Any:
        values = {
            "group_buy_id": bindparam("gid", type_=Integer),
            "user_id": bindparam("uid", type_=p.user_id.type),
            "friend": bindparam("fid", type_=p.friend.type),
            "option": bindparam("opt", type_=p.option.type),
            "display_name": bindparam("name", type_=p.display_name.type),
            "quantity": bindparam("delta", type_=Integer),
            "joined_at": bindparam("joined", type_=UtcDateTime()),
            "note": bindparam("note", type_=p.note.type),
            "listing_id": bindparam("listing", type_=Integer),  # 帮卖: kept as first made (not in set_)
            "note_private": bindparam("private", type_=p.note_private.type),
            "added_by": bindparam("added_by", type_=p.added_by.type),
        }
        if whole:
            given = select(*(value.label(name) for name, value in values.items())).where(within_person)
            stmt = _insert(dialect, participants).from_select(list(values), given)
        else:
            stmt = _insert(dialect, participants).values(**values)
        upsert = stmt.on_conflict_do_update(
            index_elements=[p.group_buy_id, p.user_id, p.friend, p.option],
            set_={
                "quantity": p.quantity + delta,
                # the name the line is written under stays (`李阿姨 +2`, then `+1`: still 李阿姨);
                # an account's new name reaches its lines by `rename_lines`
                "display_name": p.display_name,
                # a join without a note keeps the stored one (the line may not have been read)
                "note": case((stmt.excluded.note == "", p.note), else_=stmt.excluded.note),
                # where the note kept was typed: a private one stays off the group's card
                "note_private": case(
                    (stmt.excluded.note == "", p.note_private), else_=stmt.excluded.note_private
                ),
                # made by the organiser: marked until the member joins it herself (her +1 clears it)
                "added_by": case((stmt.excluded.added_by == "", ""), else_=p.added_by),
            },
            where=(p.quantity + delta <= bindparam("limit", type_=Integer)) if limited or whole else None,
        )
        return upsert.returning(p.quantity, p.joined_at)

    def take(before_deadline: bool, *also: Any, added: Any) -> Any:
        """The hot row's guarded write: `sold` by `delta`, and `line_count` (the card's count of the
        list's lines, kept here so a card never counts 5,000 rows) by `added`: 1 for a new line, -1
        for a line left whole, 0 otherwise."""
        guards = [
            gb.id == bindparam("gid"),
            gb.status == OPEN,
            or_(gb.stock.is_(None), gb.sold + delta <= gb.stock),
            gb.sold + delta >= 0,
        ]
        if before_deadline:
            guards.append(gb.deadline > bindparam("now", type_=UtcDateTime()))
        values = {"sold": gb.sold + delta, "line_count": gb.line_count + added}
        return update(group_buys).where(*guards, *also).values(values).returning(gb.sold)

    # A join's line is new when it holds just the units this join added (a stored one holds more).
    new_line = select(func.count()).where(same_line, p.quantity == delta).scalar_subquery()
    left_whole = bindparam("added", type_=Integer)  # a leave knows: its line was deleted or not

    def join_and_take(limited: bool, before_deadline: bool, whole: bool = False) -> Executable:
        """PostgreSQL: both guarded writes in one round trip. The counter's update needs a row from
        the line's upsert, so the line is written (and its guard checked) first, as on SQLite."""
        line = join(limited, whole).cte("line")
        added = select(case((line.c.quantity == delta, 1), else_=0)).scalar_subquery()
        taken = take(before_deadline, exists(select(line.c.quantity)), added=added).cte("taken")
        return select(
            select(line.c.quantity).scalar_subquery().label("quantity"),
            select(line.c.joined_at).scalar_subquery().label("joined_at"),
            select(taken.c.sold).scalar_subquery().label("sold"),
        )

    def history_insert(table: Any) -> Executable:
        return cast(
            Executable, _insert(dialect, table).on_conflict_do_nothing(index_elements=["order_id", "seq"])
        )

    o, go = orders.c, group_buy_options.c
    language_upsert = _insert(dialect, chat_settings)
    # The loop rule (commerce.services.ledger.earlier_referrals): the order's buyer brought its sharer
    # earlier, an order of hers (not cancelled) attributed to him, she brought to its group buy (her
    # first line's join, else the order) no later than he was to this one.
    back, first, own_first = orders.alias("theirs"), participants.alias("first"), participants.alias("own")

    def brought(order: Any, lines: Any) -> Any:
        joined = (
            select(func.min(lines.c.joined_at))
            .where(
                lines.c.group_buy_id == order.c.group_buy_id,
                lines.c.user_id == order.c.buyer_id,
                lines.c.quantity > 0,
            )
            .correlate(order)  # the order of the enclosing query, two levels up for `orders`
            .scalar_subquery()
        )
        return func.coalesce(joined, order.c.created_at)

    brought_back = exists().where(
        back.c.buyer_id == o.sharer_id,
        back.c.sharer_id == o.buyer_id,
        back.c.status != OrderStatus.CANCELLED.value,
        brought(back, first) <= brought(orders, own_first),
    )
    due = and_(
        o.status == OrderStatus.PENDING_PAYMENT.value,
        o.reported_paid_at.is_(None),  # reported paid: it waits for the organiser (domain.collecting)
        o.currency.in_(bindparam("currencies", expanding=True)),
        or_(
            and_(o.pay_by.is_not(None), o.pay_by <= bindparam("by", type_=UtcDateTime())),
            and_(o.pay_by.is_(None), o.created_at <= bindparam("made_by", type_=UtcDateTime())),
        ),
    )
    pending_due = select(orders).where(due).order_by(o.id).limit(PENDING_BATCH)
    owed_past_pickup = (
        select(orders)
        .join(group_buys, group_buys.c.id == o.group_buy_id)
        .where(
            o.status == OrderStatus.PENDING_PAYMENT.value,
            o.reported_paid_at.is_(None),
            o.reminded_at.is_(None),
            group_buys.c.pickup_at.is_not(None),
            group_buys.c.pickup_at <= bindparam("picked_by", type_=UtcDateTime()),
            o.created_at <= bindparam("picked_by", type_=UtcDateTime()),  # owed as long, not closed late
        )
        .order_by(o.id)
        .limit(PENDING_BATCH)
    )

    def here_and_listed(*where: Any, limit: int | None) -> Select[Any]:
        """A chat's group buys: its own (ix_group_buys_chat_status) and, 帮卖, those other chats opened
        that it lists (ix_group_buy_listings_chat); two index searches, never every open group buy.
        `limit` None: how many there are."""
        listing = group_buy_listings.c
        own = select(group_buys).where(gb.chat_id == bindparam("chat_id"), *where)
        listed = (
            select(group_buys)
            .join(group_buy_listings, listing.group_buy_id == gb.id)
            .where(listing.chat_id == bindparam("chat_id"), *where)
        )
        both = union_all(own, listed).subquery("chat_group_buys")
        if limit is None:
            return select(func.count()).select_from(both)
        return select(both).order_by(both.c.id.desc()).limit(limit)

    theirs = gb.organiser_id == bindparam("organiser")

    def member_rows(dialect: str) -> Select[Any]:
        """Every row of one member on a group buy. On PostgreSQL the same statement takes her advisory
        lock for the transaction (the group buy's id, her id hashed): two joins of hers under a per-person
        limit (two taps, two friend lines, two workers) take turns, and the guarded write of the later
        one counts the lines the earlier one committed (`within_person`). Its one-row lock is the outer
        side of a LEFT JOIN, so it is taken when she has no row yet too (that row, all NULL, is no line)."""
        mine_here = and_(p.group_buy_id == bindparam("gid"), p.user_id == bindparam("uid"))
        if dialect != "postgresql":
            return select(participants).where(mine_here).order_by(p.id)
        key = func.pg_advisory_xact_lock(
            bindparam("gid", type_=Integer), func.hashtext(bindparam("uid", type_=p.user_id.type))
        )
        lock = select(key.label("locked")).subquery("member_lock")
        return select(participants).select_from(lock.outerjoin(participants, mine_here)).order_by(p.id)

    return _Statements(
        group_buy_by_id=select(group_buys).where(gb.id == bindparam("id")),
        latest_open=select(group_buys)
        .where(gb.chat_id == bindparam("chat_id"), gb.status == OPEN)
        .order_by(gb.id.desc())
        .limit(1),
        latest_in_chat=here_and_listed(limit=1),
        open_in_chat=here_and_listed(gb.status == OPEN, limit=MAX_OPEN_LISTED),
        open_in_chat_by=here_and_listed(gb.status == OPEN, theirs, limit=MAX_OPEN_LISTED),
        count_open_in_chat=here_and_listed(gb.status == OPEN, limit=None),
        count_open_in_chat_by=here_and_listed(gb.status == OPEN, theirs, limit=None),
        closed_in_chat=here_and_listed(gb.status != OPEN, limit=MAX_CLOSED_LISTED),
        joined_among=select(p.group_buy_id)
        .where(
            p.group_buy_id.in_(bindparam("ids", expanding=True)),
            p.user_id == bindparam("uid"),
            p.quantity > 0,
        )
        .distinct(),
        group_buy_history=select(group_buy_status_changes)
        .where(group_buy_status_changes.c.group_buy_id == bindparam("id"))
        .order_by(group_buy_status_changes.c.seq),
        open_deadlines=union_all(
            select(gb.id, gb.deadline).where(gb.status == OPEN),
            select(gb.id, gb.closed_at).where(gb.orders_upto.is_not(None)),  # orders pending: at once
        ),
        insert_group_buy=_insert(dialect, group_buys).returning(gb.id),
        participant=select(participants).where(same_line),
        member_lines=select(participants)
        .where(p.group_buy_id == bindparam("gid"), p.user_id == bindparam("uid"), p.quantity > 0)
        .order_by(p.id),
        member_rows=member_rows(dialect),
        participants=select(participants)
        .where(p.group_buy_id == bindparam("gid"), p.quantity > 0)
        .order_by(p.id),
        first_lines=select(participants)
        .where(p.group_buy_id == bindparam("gid"), p.quantity > 0)
        .order_by(p.id)
        .limit(bindparam("n", type_=Integer)),
        count_lines=select(gb.line_count).where(gb.id == bindparam("gid")),
        count_buyers=select(func.count(p.user_id.distinct())).where(
            p.group_buy_id == bindparam("gid"), p.quantity > 0
        ),
        next_lines=select(p.id, p.user_id)
        .where(p.group_buy_id == bindparam("gid"), p.id > bindparam("after"), p.quantity > 0)
        .order_by(p.id)
        .limit(bindparam("n", type_=Integer)),
        # no ORDER BY (the caller sorts): SQLite would walk the whole list in id order to avoid a sort,
        # where the (group buy, member, friend) key finds these members' lines at once
        lines_of_members=select(participants).where(
            p.group_buy_id == bindparam("gid"),
            p.user_id.in_(bindparam("uids", expanding=True)),
            p.quantity > 0,
        ),
        orders_upto=select(gb.orders_upto).where(gb.id == bindparam("gid")),
        set_orders_upto=update(group_buys)
        .where(gb.id == bindparam("gid"))
        .values(orders_upto=bindparam("upto", type_=Integer)),
        join_limited=join(True),
        join_unlimited=join(False),
        join_whole=join(True, whole=True),
        join_and_take=(
            {(lim, dl): join_and_take(lim, dl) for lim in (False, True) for dl in (False, True)}
            if dialect == "postgresql"
            else {}
        ),
        join_whole_and_take=(
            {dl: join_and_take(True, dl, whole=True) for dl in (False, True)}
            if dialect == "postgresql"
            else {}
        ),
        leave_some=update(participants)
        .where(same_line, p.quantity + delta > 0)
        .values(quantity=p.quantity + delta)
        .returning(p.quantity),
        leave_all=delete(participants).where(same_line, p.quantity + delta == 0).returning(p.id),
        undo_line=update(participants).where(same_line).values(quantity=p.quantity - delta),
        drop_line=delete(participants).where(same_line),
        restore_line=_insert(dialect, participants),
        take_units=take(False, added=left_whole),
        take_units_before=take(True, added=left_whole),
        take_joined=take(False, added=new_line),
        take_joined_before=take(True, added=new_line),
        save_status=update(group_buys)
        .where(gb.id == bindparam("gid"), gb.status == bindparam("previous"))
        .values(
            status=bindparam("new_status"),
            closed_at=bindparam("new_closed_at", type_=UtcDateTime()),
            final_unit_price=bindparam("new_final_price"),
        )
        .returning(gb.sold),
        set_final_price=update(group_buys)
        .where(gb.id == bindparam("gid"))
        .values(final_unit_price=bindparam("new_final_price")),
        insert_group_buy_history=_insert(dialect, group_buy_status_changes).on_conflict_do_nothing(
            index_elements=["group_buy_id", "seq"]
        ),
        insert_order=_insert(dialect, orders).returning(o.id),
        insert_orders_once=_insert(dialect, orders)
        .on_conflict_do_nothing(index_elements=[o.group_buy_id, o.buyer_id])
        .returning(o.id, o.buyer_id),
        insert_order_lines=_insert(dialect, order_lines),
        insert_order_history=history_insert(order_status_changes),
        insert_payments=history_insert(order_payments),
        save_order=update(orders)
        .where(o.id == bindparam("oid"))
        .values(status=bindparam("new_status"), total=bindparam("new_total")),
        order_by_id=select(orders).where(o.id == bindparam("id")),
        order_by_number=select(o.id).where(o.group_buy_id == bindparam("gid"), o.seq == bindparam("seq")),
        last_order_seq=select(func.coalesce(func.max(o.seq), 0)).where(o.group_buy_id == bindparam("gid")),
        # a bare `3` typed in a chat: order 3 of each of its group buys (found by uq_orders_group_buy_seq)
        numbered_in_chat=select(orders)
        .join(group_buys, gb.id == o.group_buy_id)
        .where(gb.chat_id == bindparam("chat_id"), o.seq == bindparam("seq"))
        .order_by(o.id.desc()),
        top_sharers=select(o.sharer_id, func.count(o.buyer_id.distinct()).label("buyers"))
        .join(group_buys, gb.id == o.group_buy_id)
        .where(
            o.chat_id == bindparam("chat_id"),  # 帮卖: the group the order belongs to
            o.sharer_id.is_not(None),
            o.sharer_id != gb.organiser_id,
            o.created_at >= bindparam("since", type_=UtcDateTime()),
            o.status.not_in([OrderStatus.CANCELLED.value, OrderStatus.REFUNDED.value]),
            ~brought_back,  # the loop rule pays her nothing on him: he is no buyer she brought (rep99 #9)
        )
        .group_by(o.sharer_id)
        .order_by(func.count(o.buyer_id.distinct()).desc(), o.sharer_id)
        .limit(bindparam("limit")),
        numbered_of_buyer=select(orders)
        .where(o.buyer_id == bindparam("buyer_id"), o.seq == bindparam("seq"))
        .order_by(o.id.desc()),
        numbered_of_organiser=select(orders)
        .join(group_buys, gb.id == o.group_buy_id)
        .where(gb.organiser_id == bindparam("organiser_id"), o.seq == bindparam("seq"))
        .order_by(o.id.desc()),
        orders_of_buyer=select(orders).where(o.buyer_id == bindparam("buyer_id")).order_by(o.id.desc()),
        orders_of_group_buy=select(orders).where(o.group_buy_id == bindparam("gid")).order_by(o.id),
        order_statuses=select(o.buyer_id, o.status).where(
            o.group_buy_id == bindparam("gid"), o.buyer_id.in_(bindparam("buyers", expanding=True))
        ),
        order_part_refunds=select(o.buyer_id, o.total, func.sum(order_payments.c.amount).label("amount"))
        .select_from(orders.join(order_payments, order_payments.c.order_id == o.id))
        .where(
            o.group_buy_id == bindparam("gid"),
            o.buyer_id.in_(bindparam("buyers", expanding=True)),
            o.status.in_([OrderStatus.PAID.value, OrderStatus.FULFILLED.value]),
            order_payments.c.kind == "part_refunded",
        )
        .group_by(o.buyer_id, o.total),
        order_status_counts=select(o.status, func.count())
        .where(o.group_buy_id == bindparam("gid"))
        .group_by(o.status),
        order_status_counts_in_chat=select(o.status, func.count())
        .where(o.group_buy_id == bindparam("gid"), o.chat_id == bindparam("chat"))
        .group_by(o.status),
        lines_of=select(order_lines)
        .where(order_lines.c.order_id.in_(bindparam("ids", expanding=True)))
        .order_by(order_lines.c.order_id, order_lines.c.seq),
        history_of=select(order_status_changes)
        .where(order_status_changes.c.order_id.in_(bindparam("ids", expanding=True)))
        .order_by(order_status_changes.c.order_id, order_status_changes.c.seq),
        payments_of=select(order_payments)
        .where(order_payments.c.order_id.in_(bindparam("ids", expanding=True)))
        .order_by(order_payments.c.order_id, order_payments.c.seq),
        save_order_status=update(orders)
        .where(o.id == bindparam("oid"), o.status == bindparam("previous"))
        .values(status=bindparam("new_status"), total=bindparam("new_total"))
        .returning(o.id),
        insert_payments_once=_insert(dialect, order_payments)
        .on_conflict_do_nothing()
        .returning(order_payments.c.id),
        pending_due=pending_due,
        pending_due_unreminded=pending_due.where(o.reminded_at.is_(None)),
        owed_past_pickup=owed_past_pickup,
        mark_reminded=update(orders)
        .where(o.id == bindparam("oid"), o.reminded_at.is_(None))
        .values(reminded_at=bindparam("at", type_=UtcDateTime()))
        .returning(o.id),
        set_pay_by=update(orders)
        .where(o.id == bindparam("oid"))
        .values(pay_by=bindparam("pay_by", type_=UtcDateTime()), reminded_at=None),
        insert_visit=_insert(dialect, share_visits),
        visits_of_group_buy=select(share_visits)
        .where(share_visits.c.group_buy_id == bindparam("gid"))
        .order_by(share_visits.c.id),
        language=select(chat_settings.c.language).where(chat_settings.c.chat_id == bindparam("chat_id")),
        set_language=language_upsert.on_conflict_do_update(
            index_elements=[chat_settings.c.chat_id],
            set_={"language": language_upsert.excluded.language},
        ),
        claim=_valued(
            dialect, processed_updates, {"key": "key", "answer": "answer", "created_at": "created_at"}, ""
        )
        .on_conflict_do_nothing(index_elements=[processed_updates.c.key])
        .returning(processed_updates.c.key),
        answer=select(processed_updates.c.answer).where(processed_updates.c.key == bindparam("k")),
        save_answer=update(processed_updates)
        .where(processed_updates.c.key == bindparam("k"))
        .values(answer=bindparam("new_answer")),
        insert_options=_insert(dialect, group_buy_options),
        option_counts=select(go.name, go.sold).where(go.group_buy_id == bindparam("gid")),
        # 多规格: the option's guarded write, as `take` is the group buy's (its stock, never below 0)
        take_option=update(group_buy_options)
        .where(
            go.group_buy_id == bindparam("gid"),
            go.name == bindparam("opt"),
            or_(go.stock.is_(None), go.sold + delta <= go.stock),
            go.sold + delta >= 0,
        )
        .values(sold=go.sold + delta)
        .returning(go.sold),
    )


# -- a join batch's statements (handlers.rush), built once (storage.direct compiles each once) ---------
# Parameter names are none of the tables' columns: an UPDATE compiled with `column_keys` would set them.
_gbc = group_buys.c
_ADD_LINES = (
    update(group_buys)
    .where(
        _gbc.id == bindparam("batch_group_buy"),
        _gbc.status == OPEN,
        _gbc.sold == bindparam("sold_read"),
        or_(_gbc.stock.is_(None), _gbc.sold + bindparam("units", type_=Integer) <= _gbc.stock),
        _gbc.deadline > bindparam("at_time"),
    )
    .values(
        sold=_gbc.sold + bindparam("units", type_=Integer),
        line_count=_gbc.line_count + bindparam("new_lines", type_=Integer),
    )
    .returning(_gbc.id)
)
_COUNTS_LOCKED = (
    select(_gbc.sold, _gbc.line_count, _gbc.status)
    .where(_gbc.id == bindparam("batch_group_buy"))
    .with_for_update()
)


def _listed(dialect: str, values: Collection[str]) -> Any:
    """A list of strings as one parameter: a PostgreSQL array (`= ANY`), a JSON array to SQLite (`IN
    json_each`). storage.direct takes no expanding IN, whose SQL changes with the number of values."""
    listed = list(values)
    return listed if dialect == "postgresql" else json.dumps(listed)


def _among(dialect: str) -> Callable[[Any, str], Any]:
    """`column` among the strings of the parameter `name` (`_listed`)."""
    if dialect == "postgresql":
        return lambda column, name: column == any_(bindparam(name, type_=postgresql.ARRAY(String)))

    def among(column: Any, name: str) -> Any:
        listed = func.json_each(bindparam(name, type_=String)).table_valued("value")
        return column.in_(select(listed.c.value))

    return among


@cache
def _newcomers(dialect: str) -> Executable:
    """A join batch's first read of its members: which of its updates were claimed already (kind "key")
    and which of its members hold a row on its group buy (kind "user"), in one statement, built once.
    Run it planned each time (storage.direct.rows): its best plan depends on the lists and the tables'
    sizes."""
    among, p, u = _among(dialect), participants.c, processed_updates.c
    claimed = select(literal("key").label("kind"), u.key.label("value")).where(among(u.key, "keys"))
    holding = select(literal("user"), p.user_id).where(
        p.group_buy_id == bindparam("batch_group_buy"), among(p.user_id, "users")
    )
    return union_all(claimed, holding)


class _Repository:
    def __init__(self, conn: AsyncConnection) -> None:
        self.conn = conn
        self.sql = statements(conn.sync_engine.dialect.name)
        self._driver = direct.driver_of(conn)

    async def _run(self, statement: Executable, params: Any = None) -> Any:
        return await self.conn.execute(statement, params)

    async def _chain(self, steps: list[tuple[Executable, dict[str, Any]]]) -> list[list[Any]]:
        """Run `steps` in order up to the first that returns no row: their rows (storage.direct.chain)."""
        if self._driver is None:
            done: list[list[Any]] = []
            for statement, params in steps:
                done.append(list(await self.conn.execute(statement, params)))
                if not done[-1]:
                    break
            return done
        return await direct.chain(self.conn, self._driver, steps)

    async def _many(self, statement: Executable, rows: Sequence[dict[str, Any]]) -> None:
        """`statement` once for each of `rows` (an executemany), straight to the driver where
        storage.direct knows it, and on SQLite's event-loop thread (a join batch's writes, a few dozen
        rows: storage.small)."""
        with small_statements():
            if self._driver is None:
                await self.conn.execute(statement, list(rows))
            else:
                await direct.many(self.conn, self._driver, statement, rows)

    async def _insert_rows(self, table: Table, rows: Sequence[dict[str, Any]]) -> None:
        """`rows` into `table` in their order, in one trip (a join batch's: storage.direct.inserted)."""
        with small_statements():
            if self._driver is None:
                await self.conn.execute(insert(table), list(rows))
            else:
                await direct.inserted(self.conn, self._driver, table, rows)

    async def _rows(
        self,
        statement: Executable,
        params: dict[str, Any],
        *,
        last: bool = False,
        locks: bool = False,
        planned_each_time: bool = False,
    ) -> list[Any]:
        """The rows of a hot statement (a join's reads and writes, the update claim): straight to the
        driver where storage.direct knows it, else through `execute`. `last`: the commit follows;
        `locks`: a read that takes a lock for the transaction, so it runs inside it;
        `planned_each_time`: see storage.direct.rows."""
        if self._driver is None:
            return list(await self.conn.execute(statement, params))
        return await direct.rows(
            self.conn,
            self._driver,
            statement,
            params,
            last=last,
            locks=locks,
            planned_each_time=planned_each_time,
        )


def _unstored(entries: Sequence[Any], stored: int) -> Iterable[tuple[int, Any]]:
    """(position, entry) of the entries after the first `stored` ones: what an append must write."""
    return ((seq, entry) for seq, entry in enumerate(entries) if seq >= stored)


class SqlGroupBuyRepository(_Repository):
    def __init__(self, conn: AsyncConnection) -> None:
        super().__init__(conn)
        self._history_stored: dict[int, int] = {}  # group buy id -> history entries known to be stored
        self._line_counts: dict[int, int] = {}  # group buy id -> `line_count` as `get` read it

    async def add(self, group_buy: GroupBuy) -> GroupBuy:
        result = await self._run(self.sql.insert_group_buy, mappers.group_buy_values(group_buy))
        group_buy.id = int(result.scalar_one())
        self._history_stored[group_buy.id] = 0
        await self._append_history(group_buy)
        if group_buy.terms.options:  # 多规格: each option's count, for its guarded write
            rows = [
                {"group_buy_id": group_buy.id, "position": n, "name": o.name, "stock": o.stock, "sold": 0}
                for n, o in enumerate(group_buy.terms.options, 1)
            ]
            await self._run(self.sql.insert_options, rows)
            group_buy.option_sold = {o.name: 0 for o in group_buy.terms.options}
        return group_buy

    async def get(self, group_buy_id: int) -> GroupBuy | None:
        if not is_row_id(group_buy_id):  # `进度 #99999999999999999999`: none, not a driver overflow
            return None
        rows = await self._rows(self.sql.group_buy_by_id, {"id": group_buy_id})
        return await self._loaded(rows[0] if rows else None)

    async def latest_open_in_chat(self, chat_id: str) -> GroupBuy | None:
        rows = await self._rows(self.sql.latest_open, {"chat_id": chat_id})
        return await self._loaded(rows[0] if rows else None)

    async def latest_in_chat(self, chat_id: str) -> GroupBuy | None:
        rows = await self._rows(self.sql.latest_in_chat, {"chat_id": chat_id})
        return await self._loaded(rows[0] if rows else None)

    async def open_in_chat(self, chat_id: str, *, organiser: str | None = None) -> list[GroupBuy]:
        if organiser is None:  # every bare `+1` asks: a batch reads it once (storage.snapshots)
            kept = snapshots.of(self.conn) if self._driver is not None else None
            rows = None if kept is None else kept.get(chat_id)
            if rows is None:
                rows = await self._rows(self.sql.open_in_chat, {"chat_id": chat_id})
                if kept is not None:
                    kept.keep(chat_id, rows)
        else:
            rows = await self._rows(self.sql.open_in_chat_by, {"chat_id": chat_id, "organiser": organiser})
        for row in rows:  # `count_lines` answers from the row read, as after `get`
            self._line_counts[row.id] = int(row.line_count)
        return [mappers.group_buy_from_row(row, []) for row in rows]

    async def count_open_in_chat(self, chat_id: str, *, organiser: str | None = None) -> int:
        if organiser is None:
            rows = await self._rows(self.sql.count_open_in_chat, {"chat_id": chat_id})
        else:
            params = {"chat_id": chat_id, "organiser": organiser}
            rows = await self._rows(self.sql.count_open_in_chat_by, params)
        return int(rows[0][0])

    async def closed_in_chat(self, chat_id: str) -> list[GroupBuy]:
        rows = await self._rows(self.sql.closed_in_chat, {"chat_id": chat_id})  # what Ask was asked of
        return [mappers.group_buy_from_row(row, []) for row in rows]

    async def joined_among(self, group_buy_ids: Sequence[int], user_id: str) -> set[int]:
        if not group_buy_ids:
            return set()
        rows = await self._run(self.sql.joined_among, {"ids": list(group_buy_ids), "uid": user_id})
        return {int(row.group_buy_id) for row in rows}

    async def _loaded(self, row: Any) -> GroupBuy | None:
        """The domain object; history only costs a query once closed (an open one has none)."""
        if row is None:
            return None
        history: list[StatusChange[GroupBuyStatus]] = []
        if row.status != OPEN:
            rows = await self._run(self.sql.group_buy_history, {"id": row.id})
            history = [mappers.status_change_from_row(r, GroupBuyStatus) for r in rows]
        self._history_stored[row.id] = len(history)
        self._line_counts[row.id] = int(row.line_count)
        group_buy = mappers.group_buy_from_row(row, history)
        if group_buy.terms.options:  # 多规格: what is taken of each (one more read, for these only)
            counts = await self._rows(self.sql.option_counts, {"gid": row.id})
            group_buy.option_sold = {str(name): int(sold) for name, sold in counts}
        return group_buy

    async def participant(
        self, group_buy_id: int, user_id: str, friend: str = "", option: str = ""
    ) -> Participant | None:
        key = {"gid": group_buy_id, "uid": user_id, "fid": friend, "opt": option}
        rows = await self._rows(self.sql.participant, key)
        return mappers.participant_from_row(rows[0]) if rows else None

    async def lines_of(self, group_buy_id: int, user_id: str) -> list[Participant]:
        rows = await self._run(self.sql.member_lines, {"gid": group_buy_id, "uid": user_id})
        return [mappers.participant_from_row(r) for r in rows]

    async def lines_held(self, group_buy_id: int, user_id: str) -> list[Participant]:
        rows = await self._rows(self.sql.member_lines, {"gid": group_buy_id, "uid": user_id})
        return [mappers.participant_from_row(r) for r in rows]

    async def member_rows(self, group_buy_id: int, user_id: str) -> list[Participant]:
        params = {"gid": group_buy_id, "uid": user_id}
        rows = await self._rows(self.sql.member_rows, params, locks=True)  # a join's read, her lock taken
        return [mappers.participant_from_row(r) for r in rows if r.id is not None]  # a lock's row: none

    async def participants(self, group_buy_id: int, *, limit: int | None = None) -> list[Participant]:
        if limit is None:
            rows = await self._run(self.sql.participants, {"gid": group_buy_id})
        else:  # a card, after every join: as cheap as the join's own statements
            rows = await self._rows(self.sql.first_lines, {"gid": group_buy_id, "n": limit})
        return [mappers.participant_from_row(r) for r in rows]

    async def count_lines(self, group_buy_id: int) -> int:
        """The hot row's `line_count` (joins and leaves keep it), as `get` just read it if it did: a card
        of 5,000 lines costs no more than one of 50."""
        known = self._line_counts.get(group_buy_id)
        if known is not None:
            return known
        rows = await self._rows(self.sql.count_lines, {"gid": group_buy_id})
        return int(rows[0][0]) if rows else 0

    async def count_buyers(self, group_buy_id: int) -> int:
        return int((await self._rows(self.sql.count_buyers, {"gid": group_buy_id}))[0][0])

    async def lines_to_order(self, group_buy_id: int, *, after: int, limit: int) -> LinesToOrder:
        """Two index reads: the next `limit` lines' members, then all those members' lines, so a batch
        costs the same at line 10 and 5,000. Members with an order are not left out here (an anti-join
        of the orders made the planner scan them all on PostgreSQL): `OrderRepository.add_many` skips
        them on the orders' unique key."""
        found = await self._rows(self.sql.next_lines, {"gid": group_buy_id, "after": after, "n": limit})
        if not found:
            return LinesToOrder([], None)
        upto = int(found[-1].id) if len(found) == limit else None
        uids = list(dict.fromkeys(row.user_id for row in found))
        rows = await self._run(self.sql.lines_of_members, {"gid": group_buy_id, "uids": uids})
        in_order = sorted(rows, key=lambda row: int(row.id))
        return LinesToOrder([mappers.participant_from_row(r) for r in in_order], upto)

    async def orders_upto(self, group_buy_id: int) -> int | None:
        value = (await self._run(self.sql.orders_upto, {"gid": group_buy_id})).scalar_one_or_none()
        return None if value is None else int(value)

    async def set_orders_upto(self, group_buy_id: int, upto: int | None) -> None:
        await self._run(self.sql.set_orders_upto, {"gid": group_buy_id, "upto": upto})

    async def rename_lines(self, chat_id: str, user_id: str, name: str, previous: str) -> int:
        params = {"room": chat_id, "member": user_id, "new_name": name, "previous": previous}
        return int((await self._run(_RENAME_LINES, params)).rowcount)

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
        """Two guarded writes: the member's line, then the hot `sold` counter (see module doc).

        If the second guard fails the first write is undone before returning False: the caller reads
        again in this same transaction to tell the member why, and must not see a half-applied join.
        """
        assert group_buy.id is not None
        if delta == 0:
            return True
        self._line_counts.pop(group_buy.id, None)
        key = {"gid": group_buy.id, "uid": line.user_id, "fid": line.friend, "opt": line.option}
        limit = group_buy.line_limit(cap)
        if delta > 0 and limit is not None and delta > limit:
            return False
        person = group_buy.terms.per_person_limit if whole and delta > 0 else None
        if line.option:
            return await self._change_option_line(group_buy, line, delta, key, limit, now, person)
        with snapshots.patching(self.conn) as kept:
            if not await self._change_line(group_buy, line, delta, key, limit, now, person):
                return False
            if kept is not None and delta > 0:  # a batch's later members read the row as stored
                kept.joined(group_buy.id, sold=group_buy.sold, new_line=line.quantity == delta)
            return True

    async def add_lines(self, group_buy: GroupBuy, lines: Sequence[Participant], *, now: datetime) -> bool:
        """A join batch's new lines (handlers.rush), each a row of its own, and the hot row's `sold` and
        `line_count` by their total: one guarded UPDATE (open, within the stock, before the deadline, as
        one join's, and `sold` still what the batch read: `group_buy.sold` less the lines) and one
        executemany. False, nothing written, when the guard failed (another transaction changed it).
        The unit of work's last write, its commit next: on PostgreSQL, with what was held back to
        travel with it, its own transaction when nothing was sent before it."""
        assert group_buy.id is not None
        total = sum(line.quantity for line in lines)
        params: dict[str, Any] = {
            "batch_group_buy": group_buy.id,
            "sold_read": group_buy.sold - total,
            "units": total,
            "new_lines": len(lines),
            "at_time": now,
        }
        rows = [
            {
                "group_buy_id": group_buy.id,
                "user_id": line.user_id,
                "friend": line.friend,
                "option": line.option,
                "display_name": line.display_name,
                "quantity": line.quantity,
                "joined_at": line.joined_at,
                "note": line.note,
                "listing_id": line.listing_id,
                "note_private": line.note_private,
                "added_by": line.added_by,
            }
            for line in lines
        ]
        if self._driver is not None and self._driver.combines:
            # PostgreSQL: the lines are held back (storage.direct.inserted), and travel with the guarded
            # UPDATE (with the batch's other held writes: its sightings, outbox rows and claims), all
            # written only if it is: one trip, its own transaction when nothing was sent before it
            await self._insert_rows(participants, rows)
            with small_statements():
                written = bool(await self._rows(_ADD_LINES, params, last=True))
        else:
            with small_statements():
                written = bool(await self._rows(_ADD_LINES, params))
            if written:
                await self._insert_rows(participants, rows)
        if written:
            self._line_counts.pop(group_buy.id, None)
        return written

    async def counts_locked(self, group_buy_id: int) -> tuple[int, int, bool] | None:
        """The group buy's `sold` and line count, and whether it is open, read under its row lock
        (PostgreSQL: FOR UPDATE; SQLite's transaction holds the write lock already): a join batch
        (handlers.rush) decides on them, and no other worker's join changes them until it commits."""
        with small_statements():
            found = await self._rows(_COUNTS_LOCKED, {"batch_group_buy": group_buy_id}, locks=True)
        if not found:
            return None
        row = found[0]
        self._line_counts[group_buy_id] = int(row.line_count)
        return int(row.sold), int(row.line_count), row.status == OPEN

    async def newcomers(
        self, group_buy_id: int, user_ids: Collection[str], keys: Collection[str]
    ) -> tuple[set[str], set[str]]:
        """Which of `user_ids` have a row on the group buy (a line of their own or a friend's, any
        option), and which of the update `keys` were claimed already, in one read: a join batch
        (handlers.rush) takes only members with none, and answers a repeat alone."""
        dialect = self.conn.sync_engine.dialect.name
        params = {
            "batch_group_buy": group_buy_id,
            "users": _listed(dialect, user_ids),
            "keys": _listed(dialect, keys),
        }
        with small_statements():
            found = await self._rows(_newcomers(dialect), params, planned_each_time=True)
        holding = {str(row.value) for row in found if row.kind == "user"}
        return holding, {str(row.value) for row in found if row.kind == "key"}

    async def _change_line(
        self,
        group_buy: GroupBuy,
        line: Participant,
        delta: int,
        key: dict[str, Any],
        limit: int | None,
        now: datetime | None,
        person: int | None,
    ) -> bool:
        """`change_participation` of a line without an option."""
        assert group_buy.id is not None
        joined_at = line.joined_at
        if delta > 0 and self.sql.join_and_take:
            params = self._line_params(line, delta, key, limit, now, person)
            combined = (
                self.sql.join_and_take[(limit is not None, now is not None)]
                if person is None
                else self.sql.join_whole_and_take[now is not None]
            )
            row = (await self._rows(combined, params))[0]
            quantity, joined_at, sold = row.quantity, row.joined_at, row.sold
            if quantity is None:
                return False
        else:
            take_params: dict[str, Any] = {"gid": group_buy.id, "delta": delta}
            if now is not None:
                take_params["now"] = now
            if delta > 0:  # SQLite: both guarded writes in one trip to its thread
                join = self._join_of(limit, person)
                line_params = self._line_params(line, delta, key, limit, None, person)
                take = self.sql.take_joined if now is None else self.sql.take_joined_before
                done = await self._chain([(join, line_params), (take, {**take_params, **key})])
                if not done[0]:
                    return False
                quantity, joined_at = int(done[0][0].quantity), done[0][0].joined_at
                sold = done[1][0].sold if len(done) > 1 and done[1] else None
            else:
                written = await self._write_line(line, delta, key, limit)
                if written is None:
                    return False
                quantity, joined_at = written
                take = self.sql.take_units if now is None else self.sql.take_units_before
                taken = await self._rows(take, {**take_params, "added": -1 if quantity == 0 else 0})
                sold = taken[0].sold if taken else None
        if sold is None:
            await self._undo_line(line, delta, quantity, key)
            return False
        group_buy.sold = int(sold)  # the committed total, fresher than the snapshot the domain used
        line.quantity, line.joined_at = int(quantity), joined_at  # as stored: it may not have been read
        return True

    async def _change_option_line(
        self,
        group_buy: GroupBuy,
        line: Participant,
        delta: int,
        key: dict[str, Any],
        limit: int | None,
        now: datetime | None,
        person: int | None = None,
    ) -> bool:
        """多规格: the option's guarded write first (its stock), then the line's and the group buy's,
        as without options; a later guard failing undoes the earlier writes. Every write of a group buy
        with options takes the option's row first, so two of them never wait on each other's rows."""
        assert group_buy.id is not None
        option = {"gid": group_buy.id, "opt": line.option, "delta": delta}
        take_params: dict[str, Any] = {"gid": group_buy.id, "delta": delta}
        if now is not None:
            take_params["now"] = now
        if delta > 0:  # SQLite: the three guarded writes in one trip to its thread
            join = self._join_of(limit, person)
            take = self.sql.take_joined if now is None else self.sql.take_joined_before
            steps = [
                (self.sql.take_option, option),
                (join, self._line_params(line, delta, key, limit, None, person)),
                (take, {**take_params, **key}),
            ]
            done = await self._chain(steps)
            if not done[0]:
                return False
            option_sold = int(done[0][0].sold)
            if len(done) < 2 or not done[1]:
                await self._run(self.sql.take_option, {**option, "delta": -delta})
                return False
            quantity, joined_at = int(done[1][0].quantity), done[1][0].joined_at
            sold = done[2][0].sold if len(done) > 2 and done[2] else None
        else:
            taken_option = await self._rows(self.sql.take_option, option)
            if not taken_option:
                return False
            option_sold = int(taken_option[0].sold)
            written = await self._write_line(line, delta, key, limit)
            if written is None:
                await self._run(self.sql.take_option, {**option, "delta": -delta})
                return False
            quantity, joined_at = written
            take = self.sql.take_units if now is None else self.sql.take_units_before
            taken = await self._rows(take, {**take_params, "added": -1 if quantity == 0 else 0})
            sold = taken[0].sold if taken else None
        if sold is None:
            await self._undo_line(line, delta, quantity, key)
            await self._run(self.sql.take_option, {**option, "delta": -delta})
            return False
        group_buy.sold = int(sold)
        group_buy.option_sold[line.option] = option_sold
        line.quantity, line.joined_at = int(quantity), joined_at
        return True

    def _join_of(self, limit: int | None, person: int | None) -> Executable:
        """The line's upsert: unguarded, within `limit` per line, or (`person`) within the per-person
        limit over all her lines of the option too."""
        if person is not None:
            return self.sql.join_whole
        return self.sql.join_unlimited if limit is None else self.sql.join_limited

    @staticmethod
    def _line_params(
        line: Participant,
        delta: int,
        key: dict[str, Any],
        limit: int | None,
        now: datetime | None,
        person: int | None = None,
    ) -> dict[str, Any]:
        params = {
            **key,
            "name": line.display_name,
            "delta": delta,
            "joined": line.joined_at,
            "note": line.note,
            "listing": line.listing_id,
            "private": line.note_private,
            "added_by": line.added_by,
        }
        if limit is not None:
            params["limit"] = limit
        if person is not None:
            params["person"] = person
        if now is not None:
            params["now"] = now
        return params

    async def _write_line(
        self, line: Participant, delta: int, key: dict[str, Any], limit: int | None
    ) -> tuple[int, datetime] | None:
        """A leave's line: its new quantity (0: deleted) and first join time, or None when its guard
        failed and nothing was written."""
        if line.quantity == 0:
            deleted = (await self._run(self.sql.leave_all, {**key, "delta": delta})).first()
            return None if deleted is None else (0, line.joined_at)
        quantity = (await self._run(self.sql.leave_some, {**key, "delta": delta})).scalar_one_or_none()
        return None if quantity is None else (int(quantity), line.joined_at)

    async def _undo_line(self, line: Participant, delta: int, quantity: int, key: dict[str, Any]) -> None:
        if delta > 0 and quantity == delta:  # the line was new: remove it
            await self._run(self.sql.drop_line, key)
        elif quantity == 0:  # the line was deleted: put it back
            values = mappers.participant_values(key["gid"], line, -delta)
            await self._run(self.sql.restore_line, values)
        else:
            await self._run(self.sql.undo_line, {**key, "delta": delta})

    async def save_status(self, group_buy: GroupBuy, *, previous: str) -> bool:
        assert group_buy.id is not None
        params = {
            "gid": group_buy.id,
            "previous": previous,
            "new_status": group_buy.status.value,
            "new_closed_at": group_buy.closed_at,
            "new_final_price": group_buy.final_unit_price,
        }
        sold = (await self._run(self.sql.save_status, params)).scalar_one_or_none()
        if sold is None:
            return False
        if sold != group_buy.sold:
            await self._settle_price(group_buy, int(sold))
        await self._append_history(group_buy)
        return True

    async def _settle_price(self, group_buy: GroupBuy, sold: int) -> None:
        """A join or leave committed between the caller's read and this close (PostgreSQL only: SQLite
        runs one write transaction at a time). The close holds the row now, so `sold` is final: price
        the group buy by it, so the orders made next charge the tier the whole group really reached."""
        group_buy.sold = sold
        if group_buy.final_unit_price is None:
            return
        price = group_buy.unit_price_for(sold)
        if price != group_buy.final_unit_price:
            group_buy.final_unit_price = price
            await self._run(self.sql.set_final_price, {"gid": group_buy.id, "new_final_price": price})

    async def _append_history(self, group_buy: GroupBuy) -> None:
        assert group_buy.id is not None
        stored = self._history_stored.get(group_buy.id, 0)
        rows = [
            mappers.status_change_values("group_buy_id", group_buy.id, seq, change)
            for seq, change in _unstored(group_buy.history, stored)
        ]
        if rows:
            await self._run(self.sql.insert_group_buy_history, rows)
        self._history_stored[group_buy.id] = len(group_buy.history)

    async def open_deadlines(self) -> list[tuple[int, datetime]]:
        rows = await self._run(self.sql.open_deadlines)
        return sorted(((int(r.id), r.deadline) for r in rows), key=lambda found: found[1])

    async def save_details(self, group_buy_id: int, *, pickup: str, payment_note: str) -> None:
        details = {"pickup": pickup, "payment_note": payment_note}
        await self._run(update(group_buys).where(group_buys.c.id == group_buy_id).values(**details))


class SqlOrderRepository(_Repository):
    def __init__(self, conn: AsyncConnection) -> None:
        super().__init__(conn)
        self._stored: dict[int, tuple[int, int]] = {}  # order id -> (history, payments) known stored

    async def _next_seq(self, group_buy_id: int) -> int:
        """The number the group buy's next order gets (`#12-4` after `#12-3`)."""
        return int((await self._run(self.sql.last_order_seq, {"gid": group_buy_id})).scalar_one()) + 1

    async def add(self, order: Order) -> Order:
        order.seq = await self._next_seq(order.group_buy_id)
        result = await self._run(self.sql.insert_order, mappers.order_values(order))
        order.id = int(result.scalar_one())
        lines = [mappers.order_line_values(order.id, seq, line) for seq, line in enumerate(order.lines)]
        if lines:
            await self._run(self.sql.insert_order_lines, lines)
        self._stored[order.id] = (0, 0)
        await self._append(order)
        return order

    async def _without_an_order(self, orders: Sequence[Order]) -> list[Order]:
        """The orders whose buyer has none in that group buy yet (a buyer whose lines straddle two
        batches comes again in the second), so the numbers given have no gaps."""
        by_group_buy: dict[int, set[str]] = {}
        for order in orders:
            by_group_buy.setdefault(order.group_buy_id, set()).add(order.buyer_id)
        have = {
            (group_buy_id, buyer)
            for group_buy_id, buyers in by_group_buy.items()
            for buyer in await self.statuses(group_buy_id, buyers)
        }
        return [order for order in orders if (order.group_buy_id, order.buyer_id) not in have]

    async def add_many(self, orders: Sequence[Order]) -> list[Order]:
        """One multi-row INSERT of the orders (ON CONFLICT DO NOTHING on the buyer's key: a buyer with an
        order already gets none, and none of this order's lines), then one of all their lines; new
        orders have no history or payments yet, but any they have are appended the same way."""
        orders = await self._without_an_order(orders)
        if not orders:
            return []
        following: dict[int, int] = {}  # numbered in the order given (at the close, line order), no gaps
        for order in orders:
            if order.group_buy_id not in following:
                following[order.group_buy_id] = await self._next_seq(order.group_buy_id)
            order.seq = following[order.group_buy_id]
            following[order.group_buy_id] += 1
        written = await self._run(self.sql.insert_orders_once, [mappers.order_values(o) for o in orders])
        ids = {row.buyer_id: int(row.id) for row in written}
        added = [order for order in orders if order.buyer_id in ids]
        lines = []
        for order in added:
            order.id = ids[order.buyer_id]
            self._stored[order.id] = (0, 0)
            lines += [mappers.order_line_values(order.id, seq, line) for seq, line in enumerate(order.lines)]
        if lines:
            await self._run(self.sql.insert_order_lines, lines)
        for order in added:
            if order.history or order.payments:
                await self._append(order)
        return added

    async def statuses(self, group_buy_id: int, buyer_ids: Collection[str]) -> dict[str, OrderStatus]:
        if not buyer_ids:
            return {}
        params = {"gid": group_buy_id, "buyers": sorted(buyer_ids)}
        rows = await self._run(self.sql.order_statuses, params)
        return {row.buyer_id: OrderStatus(row.status) for row in rows}

    async def part_refunds(self, group_buy_id: int, buyer_ids: Collection[str]) -> dict[str, tuple[int, int]]:
        if not buyer_ids:
            return {}
        params = {"gid": group_buy_id, "buyers": sorted(buyer_ids)}
        rows = await self._run(self.sql.order_part_refunds, params)
        return {row.buyer_id: (int(row.total), -int(row.amount)) for row in rows}

    async def refunded_units(
        self, group_buy_id: int, buyer_ids: Collection[str] | None = None
    ) -> dict[tuple[str, str], int]:
        o, pay = orders.c, order_payments.c
        query = (
            select(o.buyer_id, pay.refunded_option, func.sum(pay.refunded_units).label("units"))
            .select_from(orders.join(order_payments, pay.order_id == o.id))
            .where(
                o.group_buy_id == group_buy_id,
                o.status.in_([OrderStatus.PAID.value, OrderStatus.FULFILLED.value]),
                pay.kind == "part_refunded",
            )
            .group_by(o.buyer_id, pay.refunded_option)
        )
        if buyer_ids is not None:
            if not buyer_ids:
                return {}
            query = query.where(o.buyer_id.in_(sorted(buyer_ids)))
        rows = await self._run(query)
        return {(row.buyer_id, row.refunded_option or ""): int(row.units) for row in rows}

    async def received_parts(self, group_buy_id: int, *, chat_id: str | None = None) -> tuple[int, int]:
        o = orders.c
        # 只收到 ¥100 of an unpaid ¥176, as `Order.received_unpaid` and the organiser's views count it
        whole = or_(
            o.reported_paid_at.is_(None),
            o.reported_amount.is_(None),
            o.reported_amount <= 0,
            o.reported_amount >= o.total,
        )
        inside = o.received_amount < o.reported_amount  # in a short report since
        received = and_(or_(whole, inside), o.received_amount > 0, o.received_amount < o.total)
        query = select(
            func.coalesce(func.sum(case((received, o.received_amount), else_=0)), 0).label("received"),
            func.coalesce(func.sum(case((received, o.total), else_=0)), 0).label("total"),
        ).where(
            o.group_buy_id == group_buy_id,
            o.status == OrderStatus.PENDING_PAYMENT.value,
            o.received_amount > 0,
        )
        if chat_id is not None:
            query = query.where(o.chat_id == chat_id)
        row = (await self._run(query)).one()
        return int(row.received or 0), int(row.total or 0)

    async def status_counts(self, group_buy_id: int, *, chat_id: str | None = None) -> dict[OrderStatus, int]:
        if chat_id is None:
            rows = await self._run(self.sql.order_status_counts, {"gid": group_buy_id})
        else:
            params = {"gid": group_buy_id, "chat": chat_id}
            rows = await self._run(self.sql.order_status_counts_in_chat, params)
        return {OrderStatus(status): int(count) for status, count in rows}

    async def get(self, order_id: int) -> Order | None:
        if not is_row_id(order_id):
            return None
        rows = (await self._run(self.sql.order_by_id, {"id": order_id})).all()
        found = await self._assemble(rows)
        return found[0] if found else None

    async def top_sharers(self, chat_id: str, *, since: datetime, limit: int) -> list[tuple[str, int]]:
        params = {"chat_id": chat_id, "since": since, "limit": limit}
        return [(row.sharer_id, int(row.buyers)) for row in await self._run(self.sql.top_sharers, params)]

    async def by_number(self, group_buy_id: int, seq: int) -> int | None:
        if not (is_row_id(group_buy_id) and is_row_id(seq)):
            return None
        found = (await self._run(self.sql.order_by_number, {"gid": group_buy_id, "seq": seq})).first()
        return None if found is None else int(found.id)

    async def numbered(
        self,
        seq: int,
        *,
        chat_id: str | None = None,
        buyer_id: str | None = None,
        organiser_id: str | None = None,
    ) -> list[Order]:
        if not is_row_id(seq):
            return []
        if chat_id is not None:
            rows = (await self._run(self.sql.numbered_in_chat, {"chat_id": chat_id, "seq": seq})).all()
            rows = [row for row in rows if buyer_id is None or row.buyer_id == buyer_id]
        elif buyer_id is not None:
            rows = (await self._run(self.sql.numbered_of_buyer, {"buyer_id": buyer_id, "seq": seq})).all()
        else:
            params = {"organiser_id": organiser_id, "seq": seq}
            rows = (await self._run(self.sql.numbered_of_organiser, params)).all()
        return await self._assemble(rows)

    async def for_buyer(self, buyer_id: str) -> list[Order]:
        return await self._assemble((await self._run(self.sql.orders_of_buyer, {"buyer_id": buyer_id})).all())

    async def for_group_buy(self, group_buy_id: int) -> list[Order]:
        rows = (await self._run(self.sql.orders_of_group_buy, {"gid": group_buy_id})).all()
        return await self._assemble(rows)

    async def _assemble(self, rows: Sequence[Any]) -> list[Order]:
        """Orders with their lines, history and payments: three more queries, however many orders."""
        if not rows:
            return []
        ids = {"ids": [r.id for r in rows]}
        children: list[dict[int, list[Any]]] = []
        for statement in (self.sql.lines_of, self.sql.history_of, self.sql.payments_of):
            by_order: dict[int, list[Any]] = {}
            for child in await self._run(statement, ids):
                by_order.setdefault(child.order_id, []).append(child)
            children.append(by_order)
        lines, history, payments = children
        out = []
        for row in rows:
            order = mappers.order_from_rows(
                row, lines.get(row.id, []), history.get(row.id, []), payments.get(row.id, [])
            )
            self._stored[row.id] = (len(order.history), len(order.payments))
            out.append(order)
        return out

    async def save(self, order: Order) -> None:
        assert order.id is not None
        params = {"oid": order.id, "new_status": order.status.value, "new_total": order.total}
        await self._run(self.sql.save_order, params)
        await self._append(order)

    async def save_status(self, order: Order, *, previous: str) -> bool:
        """One guarded UPDATE (status still `previous`), then the new history and payments; a payment
        whose reference is recorded already is not inserted, and then False asks for a rollback."""
        assert order.id is not None
        params = {
            "oid": order.id,
            "previous": previous,
            "new_status": order.status.value,
            "new_total": order.total,
        }
        if (await self._run(self.sql.save_order_status, params)).first() is None:
            return False
        history_stored, payments_stored = self._stored.get(order.id, (0, 0))
        payments = [
            mappers.payment_values(order.id, seq, payment)
            for seq, payment in _unstored(order.payments, payments_stored)
        ]
        if payments:
            inserted = (await self._run(self.sql.insert_payments_once, payments)).all()
            if len(inserted) != len(payments):
                return False
        self._stored[order.id] = (history_stored, len(order.payments))
        await self._append(order)
        return True

    async def pending_due(
        self, *, by: datetime, pay_within: timedelta, currencies: Collection[str], unreminded: bool = False
    ) -> list[Order]:
        if not currencies:
            return []
        statement = self.sql.pending_due_unreminded if unreminded else self.sql.pending_due
        params = {"by": by, "made_by": by - pay_within, "currencies": sorted(currencies)}
        return await self._assemble((await self._run(statement, params)).all())

    async def mark_reminded(self, order_id: int, at: datetime) -> bool:
        return (await self._run(self.sql.mark_reminded, {"oid": order_id, "at": at})).first() is not None

    async def owed_past_pickup(self, *, picked_by: datetime) -> list[Order]:
        return await self._assemble(
            (await self._run(self.sql.owed_past_pickup, {"picked_by": picked_by})).all()
        )

    async def set_pay_by(self, order_id: int, pay_by: datetime) -> None:
        await self._run(self.sql.set_pay_by, {"oid": order_id, "pay_by": pay_by})

    async def _append(self, order: Order) -> None:
        """Write only history entries and payments not stored yet (positions make it idempotent)."""
        assert order.id is not None
        history_stored, payments_stored = self._stored.get(order.id, (0, 0))
        history = [
            mappers.status_change_values("order_id", order.id, seq, change)
            for seq, change in _unstored(order.history, history_stored)
        ]
        payments = [
            mappers.payment_values(order.id, seq, payment)
            for seq, payment in _unstored(order.payments, payments_stored)
        ]
        if history:
            await self._run(self.sql.insert_order_history, history)
        if payments:
            await self._run(self.sql.insert_payments, payments)
        self._stored[order.id] = (len(order.history), len(order.payments))


class SqlShareVisitRepository(_Repository):
    async def add(self, visit: ShareVisit) -> None:
        await self._run(self.sql.insert_visit, mappers.share_visit_values(visit))

    async def for_group_buy(self, group_buy_id: int) -> list[ShareVisit]:
        rows = await self._run(self.sql.visits_of_group_buy, {"gid": group_buy_id})
        return [mappers.share_visit_from_row(r) for r in rows]


class SqlChatSettingsRepository(_Repository):
    async def language(self, chat_id: str) -> str | None:
        value = (await self._run(self.sql.language, {"chat_id": chat_id})).scalar_one_or_none()
        return str(value) if value is not None else None

    async def languages(self, chat_ids: Collection[str]) -> dict[str, str]:
        wanted = list(dict.fromkeys(chat_ids))
        found: dict[str, str] = {}
        for start in range(0, len(wanted), LANGUAGES_BATCH):  # within every driver's parameter limit
            rows = await self._run(_CHAT_LANGUAGES, {"chat_ids": wanted[start : start + LANGUAGES_BATCH]})
            found.update({row.chat_id: row.language for row in rows})
        return found

    async def set_language(self, chat_id: str, language: str) -> None:
        await self._run(self.sql.set_language, {"chat_id": chat_id, "language": language})

    async def move(self, old: str, new: str) -> int:
        from storage.chat_moves import move_chat

        return await move_chat(self.conn, old, new)


class SqlProcessedUpdateRepository(_Repository):
    async def claim(self, key: str) -> bool:
        """INSERT ... ON CONFLICT DO NOTHING: PostgreSQL makes a concurrent claim of the same key wait for
        the first transaction; SQLite runs one write transaction at a time anyway."""
        params = {"key": key, "answer": "", "created_at": datetime.now(UTC)}
        return (await self._run(self.sql.claim, params)).first() is not None

    async def answer(self, key: str) -> str | None:
        value = (await self._run(self.sql.answer, {"k": key})).scalar_one_or_none()
        return str(value) if value is not None else None

    async def save_answer(self, key: str, answer: str) -> None:
        await self._run(self.sql.save_answer, {"k": key, "new_answer": answer})

    async def record(self, key: str, answer: str) -> bool:
        """`claim` and `save_answer` in one statement, for work that claims its update last. It is the
        unit of work's last statement (storage.direct): on SQLite the COMMIT travels with it when it
        succeeds, and on PostgreSQL after reads only it is its own transaction; the caller's commit
        is then free."""
        params = {"key": key, "answer": answer, "created_at": datetime.now(UTC)}
        if self._driver is None:
            return bool(list(await self.conn.execute(self.sql.claim, params)))
        hold = Write("claim", _held_claim, params, row=key)  # a group commit may write it later
        return bool(await direct.rows(self.conn, self._driver, self.sql.claim, params, last=True, hold=hold))

    async def record_many(self, answers: Sequence[tuple[str, str]]) -> None:
        """`record` for a join batch's updates (handlers.rush), none claimed before (`newcomers`): one
        insert; a key claimed since by another transaction breaks the batch (its constraint)."""
        at = datetime.now(UTC)
        rows = [{"key": key, "answer": answer, "created_at": at} for key, answer in answers]
        await self._insert_rows(processed_updates, rows)

    async def prune(self, before: datetime) -> int:
        """One DELETE on the `created_at` index; rare (hourly at most), so built here, not cached."""
        result = await self._run(delete(processed_updates).where(processed_updates.c.created_at < before))
        return int(result.rowcount)


# -- members ---------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class _MemberStatements:
    upsert_member: Executable
    upsert_membership: Executable
    member: Select[Any]
    name_of: Select[Any]
    name_in: Select[Any]
    in_chat: Select[Any]


# Each column's bind parameter; both times are the sighting's (`at`): one value to convert, not two.
_SEEN = {"first_seen": "at", "last_seen": "at"}
MEMBER_BINDS = {c.name: _SEEN.get(c.name, c.name) for c in members.c}
MEMBERSHIP_BINDS = {c.name: _SEEN.get(c.name, c.name) for c in chat_members.c if c.name != "id"}


def _later(excluded: Any, stored: Any) -> Any:
    return case((excluded > stored, excluded), else_=stored)


def _changed(excluded: Any, stored: Any, *, optional: bool) -> Any:
    differs = stored.is_distinct_from(excluded)
    return and_(excluded.is_not(None), differs) if optional else differs


def _valued(
    dialect: str,
    table: Any,
    binds: dict[str, str],
    prefix: str,
    source: FromClause | None = None,
    *,
    listed: bool = False,
) -> Any:
    """The dialect's INSERT of the columns of `binds`, each bound to the parameter `prefix + binds[c]`;
    with a `source`, one row per row of it (storage.carried: written only if the claim was); `listed`
    (PostgreSQL), one row per element of those parameters, each an array (`unnest`: a join batch's)."""
    if listed:
        # a parameter bound to two columns (`at`) is one array, of the first column's type
        typed = {name: table.c[column].type for column, name in reversed(binds.items())}
        rows = direct.unnested({name: typed[name] for name in dict.fromkeys(binds.values())}, prefix)
        chosen = select(*(rows.c[name].label(column) for column, name in binds.items()))
        chosen = direct.only_if(chosen.order_by(rows.c.position), source)
        return _insert(dialect, table).from_select(list(binds), chosen)
    named: dict[str, Any] = {}
    for column, name in binds.items():
        if name not in named:
            named[name] = bindparam(prefix + name, type_=table.c[column].type)
    insert = _insert(dialect, table)
    if source is None:
        return insert.values({column: named[name] for column, name in binds.items()})
    # `WHERE true`: PostgreSQL reads an `ON` right after `FROM source` as a join's condition
    row = select(*(named[name].label(column) for column, name in binds.items())).select_from(source)
    return insert.from_select(list(binds), row.where(true()))


def upsert_member(
    dialect: str,
    prefix: str = "",
    *,
    returning: bool = True,
    source: FromClause | None = None,
    listed: bool = False,
) -> Executable:
    """The member's upsert: it changes the stored row only when a name changed or `last_seen` is
    stale (`stale` is `at - SEEN_REFRESH`); a name given as None keeps the stored one. It returns a
    row only when it wrote one (`returning`). Bind parameters are the column names (`at` for both
    times) and `stale`, after `prefix` (storage.carried combines several statements into one);
    `listed` (PostgreSQL): each an array, a row per element (`_valued`), `stale` each row's own."""
    m = members.c
    member = _valued(dialect, members, MEMBER_BINDS, prefix, source, listed=listed)
    new = member.excluded
    stale = _stale(new.last_seen) if listed else bindparam(prefix + "stale", type_=UtcDateTime())
    upsert: Any = member.on_conflict_do_update(
        index_elements=[m.identity],
        set_={
            "display_name": new.display_name,
            "name_key": new.name_key,
            "username": func.coalesce(new.username, m.username),
            "username_key": func.coalesce(new.username_key, m.username_key),
            "language": func.coalesce(new.language, m.language),
            "language_from": case((new.language.is_not(None), new.language_from), else_=m.language_from),
            "last_seen": _later(new.last_seen, m.last_seen),
        },
        where=or_(
            _changed(new.display_name, m.display_name, optional=False),
            _changed(new.username, m.username, optional=True),
            _changed(new.language, m.language, optional=True),
            and_(new.language.is_not(None), m.language_from.is_distinct_from(new.language_from)),
            m.last_seen <= stale,
        ),
    )
    return cast(Executable, upsert.returning(m.identity) if returning else upsert)


def upsert_membership(
    dialect: str,
    prefix: str = "",
    *,
    returning: bool = True,
    source: FromClause | None = None,
    listed: bool = False,
) -> Executable:
    """The chat membership's upsert, on the same terms as `upsert_member`."""
    cm = chat_members.c
    membership = _valued(dialect, chat_members, MEMBERSHIP_BINDS, prefix, source, listed=listed)
    joined = membership.excluded
    stale = _stale(joined.last_seen) if listed else bindparam(prefix + "stale", type_=UtcDateTime())
    upsert: Any = membership.on_conflict_do_update(
        index_elements=[cm.chat_id, cm.identity],
        set_={
            "alias": func.coalesce(joined.alias, cm.alias),
            "alias_key": func.coalesce(joined.alias_key, cm.alias_key),
            "last_seen": _later(joined.last_seen, cm.last_seen),
        },
        where=or_(_changed(joined.alias, cm.alias, optional=True), cm.last_seen <= stale),
    )
    return cast(Executable, upsert.returning(cm.id) if returning else upsert)


def _held_claim(dialect: str, prefix: str, source: FromClause | None) -> Executable:
    """An update's claim and its answer held back (storage.direct.rows `hold`): a plain INSERT, so a
    claim of the same key by anyone else fails the statement (and the batch: all run again alone)."""
    binds = {"key": "key", "answer": "answer", "created_at": "created_at"}
    return cast(Executable, _valued(dialect, processed_updates, binds, prefix, source))


def _held_member(dialect: str, prefix: str, source: FromClause | None) -> Executable:
    """The member's upsert held back (storage.direct.defer): nobody reads what it returns."""
    return upsert_member(dialect, prefix, returning=False, source=source)


def _held_membership(dialect: str, prefix: str, source: FromClause | None) -> Executable:
    return upsert_membership(dialect, prefix, returning=False, source=source)


def _stale(seen: Any) -> Any:
    """`stale` of a row whose sighting is `seen` (its `at`): `at - SEEN_REFRESH`, as `_sighting` makes it."""
    return seen - literal(SEEN_REFRESH, type_=Interval())


def _listed_member(dialect: str, prefix: str, source: FromClause | None) -> Executable:
    return upsert_member(dialect, prefix, returning=False, source=source, listed=True)


def _listed_membership(dialect: str, prefix: str, source: FromClause | None) -> Executable:
    return upsert_membership(dialect, prefix, returning=False, source=source, listed=True)


# `seen_many`'s upserts reading arrays (PostgreSQL), as `_many_member_statements` orders them
_LISTED_SIGHTINGS = (_listed_member, _listed_membership)


@cache
def _many_member_statements(dialect: str) -> tuple[Executable, Executable]:
    """`seen_many`'s upserts for an executemany (the member's, the membership's), returning nothing."""
    return upsert_member(dialect, returning=False), upsert_membership(dialect, returning=False)


@cache
def member_statements(dialect: str) -> _MemberStatements:
    """`seen` is two upserts (`upsert_member`, `upsert_membership`), each returning a row only when it
    wrote one (so the second can be skipped: see `SqlMemberRepository.seen`)."""
    m, cm = members.c, chat_members.c
    key: Any = bindparam("key")
    return _MemberStatements(
        upsert_member=upsert_member(dialect),
        upsert_membership=upsert_membership(dialect),
        member=select(members).where(m.identity == bindparam("identity")),
        name_of=select(m.display_name).where(m.identity == bindparam("identity")),
        name_in=select(cm.alias, m.display_name)
        .select_from(members.join(chat_members, cm.identity == m.identity))
        .where(cm.chat_id == bindparam("chat_id"), m.identity == bindparam("identity")),
        in_chat=select(members)
        .join(chat_members, cm.identity == m.identity)
        .where(
            cm.chat_id == bindparam("chat_id"),
            or_(cm.alias_key == key, m.name_key == key, m.username_key == key),
        )
        .order_by(m.identity),
    )


LANGUAGE_MAX = 16  # members.language is VARCHAR(16): a longer platform tag must not fail the command
LANGUAGES_BATCH = 1000
_MEMBER_LANGUAGES = select(members.c.identity, members.c.language).where(
    members.c.identity.in_(bindparam("identities", expanding=True)), members.c.language.is_not(None)
)
_APP_LANGUAGES = _MEMBER_LANGUAGES.where(members.c.language_from == APP_LANGUAGE)


# a member's lines in a chat's group buys under her name now (`SqlGroupBuyRepository.rename_lines`)
_RENAME_LINES = (
    update(participants)
    .where(
        participants.c.user_id == bindparam("member"),
        participants.c.listing_id.is_(None),
        participants.c.display_name == bindparam("previous"),  # a typed 接龙 name (`王阿姨 +2`) stays
        participants.c.display_name != bindparam("new_name"),
        participants.c.group_buy_id.in_(
            select(group_buys.c.id).where(group_buys.c.chat_id == bindparam("room")).scalar_subquery()
        ),
    )
    .values(display_name=bindparam("new_name"))
)


# members who left a chat (`SqlMemberRepository.left`): their memberships of it
_LEFT = delete(chat_members).where(
    chat_members.c.chat_id == bindparam("chat_id"),
    chat_members.c.identity.in_(bindparam("identities", expanding=True)),
)


_CHAT_LANGUAGES = select(chat_settings.c.chat_id, chat_settings.c.language).where(
    chat_settings.c.chat_id.in_(bindparam("chat_ids", expanding=True))
)


def _member_from_row(row: Any) -> Member:
    return Member(
        identity=row.identity,
        platform=row.platform,
        user_id=row.user_id,
        display_name=row.display_name,
        username=row.username,
        language=row.language,
        first_seen=row.first_seen,
        language_from=row.language_from,
        last_seen=row.last_seen,
    )


class SqlMemberRepository(_Repository):
    """Members and chat memberships (`commerce.ports.MemberRepository`). The ChatApp calls `seen` only
    when its memory says a name changed or an hour went by, but a member's first `+1` in a chat pays
    it. On the direct route its upserts are held back (storage.direct.defer) and ride with the
    transaction's next write: a join's guarded writes on SQLite, in the same trip; on PostgreSQL, as
    CTEs of that statement. A rollback drops them with the rest."""

    def __init__(self, conn: AsyncConnection) -> None:
        super().__init__(conn)
        self.member_sql = member_statements(conn.sync_engine.dialect.name)

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
        member, membership = self._sighting(
            platform=platform,
            user_id=user_id,
            display_name=display_name,
            username=username,
            language=language,
            chat_id=chat_id,
            alias=alias,
            at=at,
            language_from=language_from,
        )
        who = member["identity"]
        if self._driver is not None:
            writes = [Write("member", _held_member, member, row=who)]
            if membership is not None:
                writes.insert(0, Write("membership", _held_membership, membership, row=(chat_id, who)))
            await direct.defer(self.conn, self._driver, *writes)
            return
        if membership is None:
            await self._run(self.member_sql.upsert_member, member)
            return
        # Membership first: when it was up to date the chain stops and the member goes alone.
        steps = [(self.member_sql.upsert_membership, membership), (self.member_sql.upsert_member, member)]
        if len(await self._chain(steps)) < len(steps):
            await self._run(self.member_sql.upsert_member, member)

    async def seen_many(self, sightings: Sequence[Mapping[str, Any]]) -> None:
        """`seen` of different members, the same upserts on the same terms (memberships first, as
        `seen`), each run for all of them at once: on PostgreSQL one statement reading arrays (unless one
        row comes twice: PostgreSQL upserts a row once a statement), elsewhere an executemany."""
        rows, memberships = [], []
        for sighting in sightings:
            member, membership = self._sighting(**sighting)
            rows.append(member)
            if membership is not None:
                memberships.append(membership)
        dialect = self.conn.sync_engine.dialect.name
        for written, unique, which in ((memberships, ("chat_id", "identity"), 1), (rows, ("identity",), 0)):
            if not written:
                continue
            once = len({tuple(row[name] for name in unique) for row in written}) == len(written)
            if dialect != "postgresql" or not once:
                await self._many(_many_member_statements(dialect)[which], written)
                continue
            arrays = {name: [row[name] for row in written] for name in written[0] if name != "stale"}
            write = Write(("seen_many", which), _LISTED_SIGHTINGS[which], arrays)
            if self._driver is None:  # SQLAlchemy's own adapter: at once
                await self.conn.execute(carried.built(write, dialect)[0], arrays)
            else:  # held back, to travel with the batch's next statement (storage.direct.inserted)
                await direct.defer(self.conn, self._driver, write)

    def _sighting(
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
    ) -> tuple[dict[str, Any], dict[str, Any] | None]:
        """`seen`'s rows: the member's, and her membership's of `chat_id` (None without one)."""
        who = member_identity(platform, user_id)
        stale = at - SEEN_REFRESH
        member = {
            "identity": who,
            "platform": platform,
            "user_id": user_id,
            "display_name": display_name,
            "name_key": name_key(display_name),
            "username": username or None,
            "username_key": name_key(username) if username else None,
            "language": language[:LANGUAGE_MAX] if language else None,
            "language_from": language_from if language else None,
            "at": at,
            "stale": stale,
        }
        membership = None if chat_id is None else self._membership(who, chat_id, alias, at, stale)
        return member, membership

    async def left(self, chat_id: str, identities: Collection[str]) -> None:
        wanted = list(dict.fromkeys(identities))
        for start in range(0, len(wanted), LANGUAGES_BATCH):  # within every driver's parameter limit
            batch = wanted[start : start + LANGUAGES_BATCH]
            await self._run(_LEFT, {"chat_id": chat_id, "identities": batch})

    @staticmethod
    def _membership(
        who: str, chat_id: str, alias: str | None, at: datetime, stale: datetime
    ) -> dict[str, Any]:
        return {
            "chat_id": chat_id,
            "identity": who,
            "alias": alias or None,
            "alias_key": name_key(alias) if alias else None,
            "at": at,
            "stale": stale,
        }

    async def get(self, identity: str) -> Member | None:
        row = (await self._run(self.member_sql.member, {"identity": identity})).first()
        return _member_from_row(row) if row is not None else None

    async def find_in_chat(self, chat_id: str, name: str) -> list[Member]:
        key = name_key(name)
        if not key:
            return []
        rows = await self._run(self.member_sql.in_chat, {"chat_id": chat_id, "key": key})
        return [_member_from_row(row) for row in rows]

    async def name_of(self, identity: str) -> str | None:
        value = (await self._run(self.member_sql.name_of, {"identity": identity})).scalar_one_or_none()
        return str(value) if value is not None else None

    async def name_in(self, chat_id: str, identity: str) -> str | None:
        params = {"chat_id": chat_id, "identity": identity}
        row = (await self._run(self.member_sql.name_in, params)).first()
        return None if row is None else str(row.alias or row.display_name)

    async def languages(self, identities: Collection[str], *, from_app: bool = False) -> dict[str, str]:
        wanted = list(dict.fromkeys(identities))
        found: dict[str, str] = {}
        query = _APP_LANGUAGES if from_app else _MEMBER_LANGUAGES
        for start in range(0, len(wanted), LANGUAGES_BATCH):  # within every driver's parameter limit
            batch = wanted[start : start + LANGUAGES_BATCH]
            rows = await self._run(query, {"identities": batch})
            found.update({row.identity: row.language for row in rows})
        return found
