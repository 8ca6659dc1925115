"""Use cases of getting paid: a buyer reports a payment (我已付款), the organiser says it did not arrive,
the group is reminded to pay (催款), and the evening before a pickup (commerce.domain.collecting).

The organiser's confirmation is `commerce.services.orders.confirm_paid` (已收 7, or the report's
button): it marks the order paid, and the report stays on it as a record.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta, tzinfo

from commerce.domain.collecting import (
    REMIND_EVERY,
    REPORT_REPEATED_WITHIN,
    Owing,
    PickupEvening,
    TooSoon,
    check_reportable,
    is_reported,
    rest_unreported,
)
from commerce.domain.errors import DomainError, NotFound
from commerce.domain.group_buy import GroupBuy, GroupBuyStatus
from commerce.domain.money import format_money
from commerce.domain.order import Order, OrderStatus
from commerce.domain.payments import order_payable_online
from commerce.domain.reach import Where
from commerce.ports import UnitOfWork
from commerce.services import group_buys, listings, orders
from commerce.services.order_cancel import may_restore

_SETTLED = (GroupBuyStatus.SUCCEEDED, GroupBuyStatus.FULFILLED)
_CONFIRMED_FROM_CHAT = (GroupBuyStatus.OPEN, *_SETTLED)  # not failed or cancelled: nothing to pay
_TO_COLLECT = (OrderStatus.PENDING_PAYMENT, OrderStatus.PAID)  # not picked up, refunded or cancelled
_RECENT_RUN = 20  # an organiser's newest group buys that `organises_here` looks through


@dataclass(frozen=True)
class Reported:
    """An order whose payment was just reported (or whose report was just taken back), and its group buy."""

    order: Order
    group_buy: GroupBuy
    # a further report on one reported short (`我已付款 1-2 146元` after `… 10元`): what it adds (14600) to
    # what she had reported (`before`: 1000); 0 and 0 for a first report
    added: int = 0
    before: int = 0
    # `before` is what the organiser received of it (只收到 ¥20), not what she reported
    received: bool = False
    # of `before`, what the organiser received (只收到 ¥20) before her later reports (`我已付款 1-2 30元`):
    # a further top-up says both apart (2000 of 5000); 0: none, or all of `before` (`received`)
    received_before: int = 0
    # the same short report again within REPORT_REPEATED_WITHIN (`我已付款 1-2 10元` twice; a top-up's
    # amount twice): nothing written, she is answered as the first time, the organiser not asked again
    repeated: bool = False
    # a bare `我已付款 1-2` within REPORT_REPEATED_WITHIN of a short report: a resend, not the rest paid;
    # nothing written, she is told how to report the rest
    resent: bool = False


class SeveralToReport(DomainError):
    """A bare `/ipaid` from a buyer with more than one unpaid order it could mean: nothing is guessed.
    `choices` are those orders with their group buys, oldest first."""

    def __init__(self, *, choices: Sequence[Reported]) -> None:
        super().__init__("report_which_order", n=len(choices))
        self.choices = tuple(choices)


class AllReported(DomainError):
    """A report meaning every unpaid order of the buyer (`/ipaid all`, a bare `/ipaid`) when each was
    reported already: nothing changed. `reported` are those orders with their group buys, oldest first;
    as a plain refusal it names the newest (`payment_already_reported`), the handler names them all."""

    def __init__(self, *, reported: Sequence[Reported]) -> None:
        super().__init__("payment_already_reported", order=reported[-1].order.number)
        self.reported = tuple(reported)


@dataclass(frozen=True)
class Reminder:
    """Whom to remind of a group buy: `owing` (not reported), and how many others said they paid."""

    group_buy: GroupBuy
    owing: list[Owing]
    reported: int = 0
    to_collect: int = 0  # the evening before a pickup: the orders still to be collected (paid or not)
    chat_id: str = ""  # the group it is posted in (`by_group`); "": the group buy's own
    awaiting: list[Owing] = field(default_factory=list)  # the evening before a pickup: reported, unconfirmed
    today: bool = False  # a pickup reminder sent late, on the pickup's own day (its evening was missed)
    # the evening before a pickup, of a group buy closed less than `JUST_CLOSED` ago: nobody could have
    # paid yet, so nobody is listed as owing (the reminder says when, where and how to pay)
    just_closed: bool = False
    # 帮卖: the reminder of that group's own pickup on its own evening (`chat_id`'s orders only)
    own_pickup: bool = False


# A pickup reminder this soon after the close names nobody as unpaid: the orders have only just gone out.
JUST_CLOSED = timedelta(hours=6)


# -- reports ---------------------------------------------------------------------------------------------
async def report_paid(
    uow: UnitOfWork,
    *,
    buyer_id: str,
    order_id: int | None,
    where: Where,
    now: datetime,
    pay_within: timedelta,
    provider: bool,
    via: str = "",
    amount: int = 0,
    rest: bool = False,
) -> Reported:
    """我已付款 / `/ipaid 7`: the buyer says they paid their order (with no number: their one unpaid
    order here, or in private anywhere). An order `where` does not reach is answered as one that does
    not exist; another buyer's, a paid or closed one, one reported already, or a reservation whose
    pay-by time passed, with the reason. One guarded write: reported once. `rest`: she said it is the rest
    (`paid the rest`, `sent the other 10`, `尾款付了`), a top-up even just after her short report."""
    if order_id is None:
        order_id = await _only_unpaid(uow, buyer_id, where)
    order = await uow.orders.get(order_id)
    group_buy = None if order is None else await uow.group_buys.get(order.group_buy_id)
    if order is None or group_buy is None or not where.buyer_reaches(order, group_buy, buyer_id):
        raise NotFound("order_not_found", order=order_id if order is None else order.number)
    if order.buyer_id != buyer_id:  # a report: nothing was charged, nothing changed
        raise DomainError("report_not_yours", order=order.number)
    if group_buy.status not in _SETTLED:
        raise DomainError("report_cancelled", order=order.number)
    if order.status is OrderStatus.CANCELLED and may_restore(order, group_buy):  # cancelled unpaid: her
        # way back, if she paid after all, is the organiser's 恢复订单
        raise DomainError("report_order_cancelled", order=order.number, organiser=group_buy.organiser_name)
    if order.reported_short:  # reported short: a further report adds to it (her top-up)
        said_at = order.reported_paid_at
        if said_at and now - said_at < REPORT_REPEATED_WITHIN and not rest:  # just after her last report
            if not amount:  # a bare resend, not "paid the rest"
                return Reported(order, group_buy, resent=True)
            if amount == order.reported_added:  # sent twice, not paid twice
                return _repeated(order, group_buy)
        return await _top_up(uow, order, group_buy, amount, now)
    left = rest_unreported(order)  # `我付了` of ¥63, then `只收到 1-1 30`: `我付了` pays the ¥33 (rep81 #4)
    if left and amount <= left:
        return await _rest_after_part(uow, order, group_buy, amount or left, now)
    check_reportable(order)
    if order_payable_online(order.total, order.currency, provider=provider) and now >= order.due_at(
        pay_within
    ):
        raise DomainError("order_expired", order=order.number)
    received = order.received_part  # 只收到 ¥20 before: this report adds to it (¥136 of ¥156: the whole)
    added = (amount or order.total - received) if received else 0
    latest = added or amount  # what this report adds (a repeat of it within minutes adds nothing)
    if received:
        amount = 0 if received + added == order.total else received + added
    if not await uow.collecting.report_paid(order_id, now, via, amount, latest):  # the same, twice at once
        raise DomainError("payment_already_reported", order=order.number)
    order.reported_paid_at, order.reported_via, order.reported_amount = now, via, amount
    order.reported_added, order.denied_amount = latest, 0  # a new report: the denial is behind it
    return Reported(order, group_buy, added=added, before=received, received=bool(received))


def _repeated(order: Order, group_buy: GroupBuy) -> Reported:
    """Her last report sent again: answered as it was (a top-up's with what it added to what before)."""
    before = order.reported_amount - order.reported_added
    if before <= 0:  # her first report
        return Reported(order, group_buy, repeated=True)
    received = before == order.received_amount  # it added to what the organiser received (只收到 ¥20)
    return Reported(
        order,
        group_buy,
        added=order.reported_added,
        before=before,
        received=received,
        received_before=_received_within(order, before),
        repeated=True,
    )


def _received_within(order: Order, before: int) -> int:
    """What the organiser received (只收到 ¥20) inside `before`, what a top-up adds to, when `before` holds
    a report of hers after it too (¥20 received, then `我已付款 1-2 30元`: ¥50); 0 otherwise. A report on
    an order she received part of always counts that part in (`report_paid`)."""
    return order.received_amount if 0 < order.received_amount < before else 0


async def _top_up(uow: UnitOfWork, order: Order, group_buy: GroupBuy, amount: int, now: datetime) -> Reported:
    """`我已付款 1-2 146元` after `我已付款 1-2 10元` (owing ¥156): what she reported becomes ¥156, the
    whole (kept as 0); with no amount (`我已付款 1-2`) she paid the rest. One guarded write."""
    assert order.id is not None
    before = order.reported_amount
    added = amount or order.reported_short
    reported = 0 if before + added == order.total else before + added
    if not await uow.collecting.top_up_report(order.id, before, reported, added, now):  # another won
        raise DomainError("payment_already_reported", order=order.number)
    order.reported_amount, order.reported_added, order.reported_paid_at = reported, added, now
    return Reported(
        order, group_buy, added=added, before=before, received_before=_received_within(order, before)
    )


async def _rest_after_part(
    uow: UnitOfWork, order: Order, group_buy: GroupBuy, added: int, now: datetime
) -> Reported:
    """`我付了` (or `我付了 20`) after the organiser's `只收到 1-1 30` on her report of the whole ¥63: what
    came and what she pays now make her report (the whole: kept as 0; less: `reported_short` after it),
    the organiser asked to confirm as after a part received first (rep81 #4). One guarded write."""
    assert order.id is not None
    received = order.received_amount
    reported = 0 if received + added >= order.total else received + added
    if not await uow.collecting.top_up_report(order.id, order.reported_amount, reported, added, now):
        raise DomainError("payment_already_reported", order=order.number)  # answered meanwhile
    order.reported_amount, order.reported_added, order.reported_paid_at = reported, added, now
    return Reported(order, group_buy, added=added, before=received, received=True)


async def _only_unpaid(uow: UnitOfWork, buyer_id: str, where: Where) -> int:
    """The buyer's one unpaid, unreported order that `where` reaches (in a group: of that group)."""
    open_ = await unpaid_to_report(uow, buyer_id, where)
    if len(open_) == 1:
        assert open_[0].id is not None
        return open_[0].id
    raise SeveralToReport(choices=[await _with_group_buy(uow, order) for order in open_])


async def unpaid_to_report(
    uow: UnitOfWork, buyer_id: str, where: Where, *, with_reported: bool = False
) -> list[Order]:
    """The buyer's unpaid, unreported orders that `where` reaches (in a group: of that group), oldest
    first (`我已付款 全部`: each reported); none is refused with the reason, as a bare `/ipaid` is; each
    reported already: `AllReported`. `with_reported`: those reported before too, when some are not (so
    an answer to "all" names each one it covers)."""
    mine = [o for o in await uow.orders.for_buyer(buyer_id) if where.private or o.chat_id == where.chat_id]
    if not mine and where.private:  # in private: no "in this group"
        raise DomainError("report_no_order_private")
    if not mine:
        raise DomainError("report_no_order")
    waiting = [o for o in mine if o.status is OrderStatus.PENDING_PAYMENT]
    if not waiting and len(mine) == 1:  # her only order, cancelled unpaid: the organiser can bring it back
        await _only_one_cancelled(uow, mine[0])
    if not waiting and where.private:
        raise DomainError("report_nothing_unpaid_private")
    if not waiting:
        raise DomainError("report_nothing_unpaid")
    open_ = [o for o in waiting if not is_reported(o) or rest_unreported(o)]  # only part came: the rest
    if not open_:
        raise AllReported(reported=[await _with_group_buy(uow, order) for order in waiting[::-1]])
    return (waiting if with_reported else open_)[::-1]  # oldest first


async def _only_one_cancelled(uow: UnitOfWork, order: Order) -> None:
    """A bare 我已付款 whose only order (here; in private, anywhere) was cancelled unpaid (or lapsed):
    that order, and to ask its organiser (named), who can 恢复订单 it, in one answer; one no restore
    brings back (its group buy called off) is left to the plain answer."""
    group_buy = await uow.group_buys.get(order.group_buy_id)
    if group_buy is not None and may_restore(order, group_buy):
        raise DomainError(
            "report_only_order_cancelled", order=order.number, organiser=group_buy.organiser_name
        )


async def _with_group_buy(uow: UnitOfWork, order: Order) -> Reported:
    group_buy = await uow.group_buys.get(order.group_buy_id)
    assert group_buy is not None
    return Reported(order, group_buy)


async def unpaid_with(uow: UnitOfWork, buyer_id: str, payees: Collection[str], where: Where) -> int | None:
    """`I paid @Amy`: the buyer's one unpaid, unreported order that `where` reaches and that he pays to
    one of `payees` (its group buy's organiser, or the help-seller of the group he joined in); None when
    he has none. All reported: `AllReported`; several: `SeveralToReport`."""
    waiting: list[Reported] = []
    for order in await uow.orders.for_buyer(buyer_id):  # newest first
        if order.status is not OrderStatus.PENDING_PAYMENT:
            continue
        group_buy = await uow.group_buys.get(order.group_buy_id)
        if group_buy is None or not where.buyer_reaches(order, group_buy, buyer_id):
            continue
        if group_buy.organiser_id in payees or order.help_seller_id in payees:
            waiting.append(Reported(order, group_buy))
    if not waiting:
        return None
    open_ = [each for each in waiting if not is_reported(each.order)]
    if not open_:
        raise AllReported(reported=waiting[::-1])  # oldest first
    if len(open_) > 1:
        raise SeveralToReport(choices=open_[::-1])  # oldest first
    assert open_[0].order.id is not None
    return open_[0].order.id


async def organises_here(uow: UnitOfWork, organiser_id: str, where: Where) -> bool:
    """Whether `organiser_id` runs a group buy whose payments are (or, open, will be) confirmed from
    `where`: one of this group's, or of another group listed here (帮卖); in private, any. Tells her
    `paid @dan` (a confirmation) from a buyer's `I paid @Amy` (his report, addressed to Amy)."""
    for summary in await uow.views.group_buys_of(organiser_id, limit=_RECENT_RUN):
        if summary.status not in _CONFIRMED_FROM_CHAT:
            continue
        if where.private or summary.chat_id == where.chat_id:
            return True
        if await uow.listings.in_chat(summary.id, where.chat_id) is not None:
            return True
    return False


async def reject_report(
    uow: UnitOfWork,
    *,
    order_id: int,
    actor: str,
    is_admin: bool,
    where: Where,
    received: int = 0,
    typed: bool = False,
) -> Reported:
    """未收到 7 / the report's "Not received" button: the organiser has not received the money; the
    report is cleared, so the order is unpaid again (and a reservation past its pay-by time lapses).
    `received`: 只收到 ¥20 (2000): that part is kept (`Order.received_part`), the rest still owed.
    `typed` (her `只收到 1-2 50`): an order nobody reported paying takes the part received all the same
    (she got ¥50 in cash), as a reported one does; a button never does (its report is gone). A part
    recorded before (只收到 ¥20, then `只收到 1-2 10`): the two add up, ¥30 received (instalments)."""
    order = await uow.orders.get(order_id)
    group_buy = None if order is None else await uow.group_buys.get(order.group_buy_id)
    if order is None or group_buy is None or not where.finds_managed(order, group_buy, actor):
        raise NotFound("order_not_found", order=order_id if order is None else order.number)
    if not group_buy.may_manage(actor, is_admin=is_admin and where.admin_counts(group_buy)):
        raise DomainError("not_organiser", organiser=group_buy.organiser_name)
    if order.status is OrderStatus.FULFILLED:  # picked up: no 撤销已收 to offer, it would be refused
        raise DomainError("notpaid_picked_up", order=order.number)
    if order.status is OrderStatus.PAID and order.refunded_part:  # no 撤销已收 to offer: refused (rep85 #3)
        refunded = format_money(order.refunded_part, order.currency)
        raise DomainError("unpaid_part_refunded", order=order.number, refunded=refunded)
    if order.status is OrderStatus.PAID:  # said with the way to undo a 已收
        raise DomainError("notpaid_already_paid", order=order.number)
    if order.status is OrderStatus.REFUNDED:  # no payment to call missing
        raise DomainError("notpaid_refunded", order=order.number)
    if order.status is OrderStatus.CANCELLED:
        raise DomainError("notpaid_cancelled", order=order.number)
    # her typed `只收到 1-2 50` on her report of the whole (¥90): the report stands, a part of it received
    if typed and received > 0 and is_reported(order) and not order.reported_short:
        kept = _received_in_report(order, received)
        if kept:
            if not await uow.collecting.receive_part(order_id, kept, reported=True):  # answered meanwhile
                raise DomainError("report_none", order=order.number, name=order.buyer_name)
            order.received_amount = kept
            return Reported(order, group_buy, added=received)
    # her typed `只收到 1-2 30` on a short report (`我付了 50` of ¥90, s37): what came is recorded and her
    # report stays beside it, the rest of what she said still to confirm; all she said came (¥50, or ¥20
    # now after ¥30 before): her report is that part received, as before
    if typed and received > 0 and is_reported(order) and order.reported_short:
        came = order.received_in_report + received
        if came < order.reported_amount:
            if not await uow.collecting.receive_part(order_id, came, reported=True):  # answered meanwhile
                raise DomainError("report_none", order=order.number, name=order.buyer_name)
            order.received_amount = came
            return Reported(order, group_buy, added=received)
        received = came
    prior = order.received_part  # 只收到 ¥20 recorded before: a second instalment adds to it (rep78 #2)
    if not is_reported(order) and typed and received > 0 and prior + received < order.total:
        if not await uow.collecting.receive_part(order_id, prior + received):  # reported meanwhile
            raise DomainError("report_none", order=order.number, name=order.buyer_name)
        order.received_amount, order.denied_amount = prior + received, 0
        return Reported(order, group_buy, added=received, before=prior, received=bool(prior))
    if not is_reported(order):
        raise DomainError("report_none", order=order.number, name=order.buyer_name)
    before = order.received_amount if 0 < order.received_amount < order.total else 0
    kept = received if 0 < received < order.total else before  # 未收到: what she received before stays
    said = order.reported_amount if order.reported_amount > before else order.total  # 0: the whole
    denied = 0 if 0 < received < order.total else said - before  # 未收到: the report's money, for 钱到了吗
    if not await uow.collecting.withdraw_report(order_id, kept, denied):  # confirmed or taken back meanwhile
        raise DomainError("report_none", order=order.number, name=order.buyer_name)
    order.reported_paid_at, order.reported_amount, order.received_amount = None, 0, kept
    order.reported_added, order.denied_amount = 0, denied
    return Reported(order, group_buy)


def _received_in_report(order: Order, received: int) -> int:
    """What the organiser received in all of an order reported paid in full after her typed `只收到 1-2 50`
    (5000; with ¥20 recorded before beside the report, ¥70), when less than the total: her report is
    kept beside it (s36 #4). 0 when it reaches the total. A report short of the total (`我已付款 1-2
    100元`) keeps it too, typed below what she said (`reject_report`); its button records the part in place
    of the report."""
    before = order.received_in_whole_report
    return before + received if before + received < order.total else 0


async def reported_order_of_member(
    uow: UnitOfWork, *, chat_id: str, buyer_id: str, actor: str, is_admin: bool
) -> int:
    """未收到 @张三: the id of the member's order here whose payment she reported, found as `已收 @张三`
    finds her unpaid one (`orders.members_newest`): of several unpaid, the one reported; several
    reported: `SeveralOrders` (which one is not guessed); none unpaid: `member_none_reported`."""
    try:
        order_id, name = await orders.members_newest(
            uow, chat_id, buyer_id, actor, is_admin, OrderStatus.PENDING_PAYMENT
        )
    except orders.SeveralOrders as several:
        reported = [found for found in several.choices if is_reported(found.order)]
        if len(reported) == 1 and reported[0].order.id is not None:
            return reported[0].order.id
        if reported:
            raise orders.SeveralOrders(name=several.params["name"], choices=reported) from several
        raise
    if order_id is None:
        raise DomainError("member_none_reported", name=name)
    return order_id  # reported or not: `reject_report` says so when she never said she paid


async def reported_buyers(uow: UnitOfWork, group_buy: GroupBuy) -> set[str]:
    """The card's 💸: buyers who said they paid, waiting for the organiser (none before the close)."""
    if group_buy.status not in _SETTLED or group_buy.id is None:
        return set()
    return await uow.collecting.reported_buyers(group_buy.id)


# -- reminders -------------------------------------------------------------------------------------------
async def remind(
    uow: UnitOfWork,
    *,
    chat_id: str,
    group_buy_id: int | None,
    actor: str,
    is_admin: bool,
    now: datetime,
    where: Where,
) -> Reminder:
    """催款 #12: whom the group is reminded to pay, at most once per group buy every `REMIND_EVERY`, and
    by a help-seller (帮卖) at most once per her group (`TooSoon` says when it may be again). Buyers who
    reported a payment are not chased. One guarded write records the reminder, so two organisers (or
    processes) at once remind once."""
    group_buy, selling_in = await _to_remind(uow, chat_id, group_buy_id, actor, is_admin, where)
    assert group_buy.id is not None
    title = group_buy.terms.title
    if group_buy.status is GroupBuyStatus.OPEN:
        raise DomainError("remind_not_closed", id=group_buy.id, title=title)
    if group_buy.status is GroupBuyStatus.FAILED:  # never succeeded: nobody owes anything
        raise DomainError("remind_failed", id=group_buy.id, title=title)
    if group_buy.status not in _SETTLED:
        raise DomainError("group_buy_closed", id=group_buy.id, title=title, status=group_buy.status.value)
    everyone = await uow.collecting.owing(group_buy.id)
    if selling_in is not None:  # 帮卖: a help-seller chases her own group's buyers only
        theirs = {
            order.id for order in await uow.orders.for_group_buy(group_buy.id) if order.chat_id == selling_in
        }
        everyone = [o for o in everyone if o.order_id in theirs]
    owing = [o for o in everyone if not o.reported]
    if not owing:
        if everyone and not group_buy.may_manage(actor, is_admin=is_admin and where.admin_counts(group_buy)):
            # 帮卖: the help-seller chases, only the organiser confirms
            raise DomainError(
                "remind_only_reported_organiser",
                n=len(everyone),
                id=group_buy.id,
                organiser=group_buy.organiser_name,
            )
        if everyone:
            example = everyone[0].number  # an order to confirm, as `/paid 1-1`
            raise DomainError("remind_only_reported", n=len(everyone), id=group_buy.id, order=example)
        raise DomainError("remind_all_paid", id=group_buy.id, title=title)
    # the organiser's limit is the group buy's; a help-seller's her group's (neither holds the other back)
    if not await uow.collecting.claim_reminder(
        group_buy.id, now=now, since=now - REMIND_EVERY, chat_id=selling_in
    ):
        last = await uow.collecting.last_reminded(group_buy.id, chat_id=selling_in)
        raise TooSoon(group_buy_id=group_buy.id, last=last or now)
    return Reminder(group_buy, owing, len(everyone) - len(owing))


async def _to_remind(
    uow: UnitOfWork, chat_id: str, group_buy_id: int | None, actor: str, is_admin: bool, where: Where
) -> tuple[GroupBuy, str | None]:
    """The group buy named (in private: one the actor organises; in a group that help-sells it, as its
    card there: its organiser, or that group's help-seller, who chases that group only: the chat
    returned), else the actor's one group buy of this chat with unpaid orders, else the chat's last
    one (so the answer says why nobody owes)."""
    admin = is_admin and not where.private
    if group_buy_id is not None:
        found = await uow.group_buys.get(group_buy_id)
        listing = None
        if found is not None and not where.private and found.chat_id != chat_id:
            listing = await listings.reaches(uow, found, chat_id)  # 帮卖: its card is shown here
        if found is None or (listing is None and not where.organiser_reaches(found, actor)):
            raise NotFound("group_buy_not_found", id=group_buy_id)
        if listing is not None and found.organiser_id != actor:
            if listing.seller_id == found.organiser_id:  # her own listing: no help-seller to name there
                raise DomainError("not_organiser", organiser=found.organiser_name)
            if listing.seller_id != actor:  # the group's admins do not run another group's group buy
                raise DomainError(
                    "remind_not_seller", organiser=found.organiser_name, seller=listing.seller_name
                )
            return found, chat_id
        if listing is None and not found.may_manage(actor, is_admin=admin):
            raise DomainError("not_organiser", organiser=found.organiser_name)
        return found, None
    if where.private:
        raise DomainError("remind_usage")
    candidates = [
        g for g in [await uow.group_buys.get(i) for i in await uow.collecting.with_unpaid(chat_id)] if g
    ]
    mine = [g for g in candidates if g.may_manage(actor, is_admin=admin)]
    if len(mine) == 1:
        return mine[0], None
    if not mine:  # 帮卖: the help-seller's of this group, for its own buyers
        mine = [g for g in candidates if await _sold_here_by(uow, g, chat_id, actor)]
        if len(mine) == 1:
            return mine[0], chat_id
    if mine:
        choices = " · ".join(f"#{g.id} {g.terms.title}" for g in mine)  # reads in zh and en
        raise DomainError("remind_which", n=len(mine), choices=choices, example=mine[0].id)
    sold = await _newest_sold_here(uow, chat_id, actor)  # 帮卖: nobody here owes; `remind` says so
    if sold is not None:
        return sold, chat_id
    # an organiser here whose buyers all paid: her own newest closed one (its answer says nobody owes),
    # never "only the organiser may" because another's group buy is the one owed
    own = await group_buys.newest_closed_of(uow, chat_id, actor)
    if own is not None and own.status in _SETTLED:
        return own, None
    if candidates and not any(g.organiser_id == actor for g in await uow.group_buys.open_in_chat(chat_id)):
        raise DomainError("not_organiser", organiser=candidates[0].organiser_name)
    latest: GroupBuy | None
    if await uow.group_buys.open_in_chat(chat_id):  # hers still open (several: which, as `截单` asks)
        latest = await group_buys.find(uow, chat_id=chat_id, group_buy_id=None, organiser=actor)
    else:  # nobody owes: say why, about the last one (hers, if she ran one here)
        latest = own or await uow.group_buys.latest_in_chat(chat_id)
    if latest is None or latest.status in (GroupBuyStatus.FAILED, GroupBuyStatus.CANCELLED):
        raise DomainError("remind_nothing_unpaid")
    if latest.chat_id != chat_id and await _sold_here_by(uow, latest, chat_id, actor):
        return latest, chat_id  # 帮卖: hers here, still open: `remind` says so, as `催款 #12` does
    if not latest.may_manage(actor, is_admin=admin):
        raise DomainError("not_organiser", organiser=latest.organiser_name)
    return latest, None  # open (not closed yet) or everyone paid: `remind` says which


async def _newest_sold_here(uow: UnitOfWork, chat_id: str, actor: str) -> GroupBuy | None:
    """The newest closed group buy of another chat that `actor` help-sells in `chat_id` (帮卖) and that
    sold, if any: what his bare `催款` there is about when none of his group's buyers owes (as `催款 #12`
    would be). A cancelled or failed one is never it: nobody owes anything for it."""
    for group_buy in await uow.group_buys.closed_in_chat(chat_id):  # newest first
        if group_buy.status not in _SETTLED or group_buy.chat_id == chat_id:
            continue
        if await _sold_here_by(uow, group_buy, chat_id, actor):
            return group_buy
    return None


async def _sold_here_by(uow: UnitOfWork, group_buy: GroupBuy, chat_id: str, actor: str) -> bool:
    """Whether `actor` help-sells `group_buy` in `chat_id` (帮卖)."""
    listing = await listings.reaches(uow, group_buy, chat_id)
    return listing is not None and listing.seller_id == actor


async def pickup_reminders(uow: UnitOfWork, *, now: datetime, evening: PickupEvening) -> list[Reminder]:
    """The evening before a pickup: each succeeded group buy picked up tomorrow, once (a guarded write
    each, so one worker of several sends it), with whoever still owes (maybe nobody: the pickup itself
    is worth a reminder); an evening missed (the bot down, its clock moved past it) is reminded late,
    on the pickup's day while the pickup is still ahead (`evening.may_remind`). One with nothing left to
    collect (every order picked up, refunded or cancelled) is not reminded. 帮卖: a group with its own
    pickup (`自提` sent there) on another day than the group buy's (or of a group buy with none) is
    reminded of it on its own evening, once, with its own orders only (`own_pickup`); on the same day
    it is reminded with the group buy, as before."""
    due: list[Reminder] = []
    for group_buy_id in await uow.collecting.pickups_between(evening.starts, evening.ends):
        group_buy = await uow.group_buys.get(group_buy_id)
        pickup_at = group_buy.terms.pickup_at if group_buy is not None else None
        if group_buy is None or pickup_at is None or not evening.may_remind(pickup_at, _closed_by(group_buy)):
            continue
        if not await uow.collecting.claim_pickup_reminder(group_buy_id, now):
            continue
        reminder = await _pickup_reminder(uow, group_buy, pickup_at, now=now, evening=evening)
        if reminder is not None:
            due.append(reminder)
    for listing_id in await uow.collecting.listing_pickups_between(evening.starts, evening.ends):
        listing = await uow.listings.get(listing_id)
        group_buy = await uow.group_buys.get(listing.group_buy_id) if listing is not None else None
        if listing is None or group_buy is None or listing.pickup_at is None:
            continue
        if evening.same_day(listing.pickup_at, group_buy.terms.pickup_at):
            continue  # reminded with the group buy's own pickup, that evening
        if not evening.may_remind(listing.pickup_at, _closed_by(group_buy)):
            continue
        if not await uow.collecting.claim_listing_pickup_reminder(listing_id, now):
            continue
        reminder = await _pickup_reminder(uow, group_buy, listing.pickup_at, now=now, evening=evening)
        if reminder is None:
            continue
        for part in await by_group(uow, reminder):
            if part.chat_id == listing.chat_id:
                due.append(replace(part, own_pickup=True))
    return due


def _closed_by(group_buy: GroupBuy) -> datetime | None:
    """When a group buy was closed as far as its pickup's evening goes: its deadline when it closed later
    (the bot down, the clock moved past it: rep64 #10, a deadline of Mon 21:00 closed by a jump to Tue
    16:16, its close never said the pickup set Mon 20:06, and Mon's evening found it open), else when
    it closed (an organiser's early close that morning has just said the pickup)."""
    closed_at = group_buy.closed_at
    if closed_at is None:
        return None
    return min(closed_at, group_buy.deadline)


async def _pickup_reminder(
    uow: UnitOfWork, group_buy: GroupBuy, pickup_at: datetime, *, now: datetime, evening: PickupEvening
) -> Reminder | None:
    """The evening reminder of a pickup at `pickup_at` (of all its groups: `by_group` splits it); None
    with nothing left to collect."""
    assert group_buy.id is not None
    counts = await uow.orders.status_counts(group_buy.id)
    to_collect = sum(counts.get(status, 0) for status in _TO_COLLECT)
    if not to_collect:
        return None
    everyone = await uow.collecting.owing(group_buy.id)
    owing = [o for o in everyone if not o.reported]
    awaiting = [o for o in everyone if o.reported]  # not paid until the organiser confirms
    today = evening.is_today(pickup_at)
    fresh = group_buy.closed_at is not None and now - group_buy.closed_at < JUST_CLOSED
    return Reminder(
        group_buy, owing, len(awaiting), to_collect, awaiting=awaiting, today=today, just_closed=fresh
    )


async def by_group(uow: UnitOfWork, reminder: Reminder) -> list[Reminder]:
    """帮卖: a reminder split by the group each order belongs to (`orders.chat_id`), so each group is
    reminded of its own buyers only and no group reads the name of another group's buyer; the group
    buy's own group first. A group with nobody owing (nor, the evening before a pickup, anything to
    collect) gets none."""
    group_buy = reminder.group_buy
    assert group_buy.id is not None
    orders = await uow.orders.for_group_buy(group_buy.id)
    chat_of = {order.id: order.chat_id for order in orders}
    collect = Counter(order.chat_id for order in orders if order.status in _TO_COLLECT)
    reported = Counter(order.chat_id for order in orders if is_reported(order))
    split = []
    for chat in dict.fromkeys([group_buy.chat_id, *chat_of.values()]):
        owing = [o for o in reminder.owing if chat_of.get(o.order_id, group_buy.chat_id) == chat]
        awaiting = [o for o in reminder.awaiting if chat_of.get(o.order_id, group_buy.chat_id) == chat]
        to_collect = collect[chat] if reminder.to_collect else 0
        if owing or to_collect:
            split.append(
                replace(
                    reminder,
                    owing=owing,
                    reported=reported[chat],
                    to_collect=to_collect,
                    chat_id=chat,
                    awaiting=awaiting,
                )
            )
    return split


async def set_pickup_time(
    uow: UnitOfWork,
    *,
    group_buy_id: int,
    at: datetime | None,
    was: datetime | None = None,
    now: datetime | None = None,
    tz: tzinfo | None = None,
) -> bool:
    """The time `/pickup` named (None: only a place): the evening before it is reminded (once). A time
    moved on the pickup's day within that day (`was`, `now` and `at` one date as the chat's `tz` dates
    them: 18:00 to 19:00 today) keeps the reminder of last evening as it stands, never sent again;
    whether it had been sent (the group read the old time in it)."""
    same_day = (
        was is not None
        and at is not None
        and now is not None
        and tz is not None
        and was != at
        and was.astimezone(tz).date() == at.astimezone(tz).date() == now.astimezone(tz).date()
    )
    return await uow.collecting.set_pickup_at(group_buy_id, at, keep_reminder=same_day)
