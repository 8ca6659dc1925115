"""The private notice to each help-seller (帮卖) or sharer whose commission a refund (退款) or an undone
payment (撤销已收) takes back: which order of which group buy, and how much, in her own language (else a
help-seller's, the group the order was made in; a sharer's, her groups': `earner_language`). Once:
the refund or undo happens once (a second is refused), and the notice goes out with it through the
outbox, sent after the commit. A payment tells each earner what it credits her
(`commission_on_payments`), as once. When it leaves her available balance below zero while a payout of
hers is still open (asked for or approved, not paid), the notice says that payout is now more than she
earned and will be decided again."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import timedelta
from zoneinfo import ZoneInfo

from commerce.domain.commission import EARNING_STATUSES, NoEarning, Role, by_role
from commerce.domain.events import OrderFulfilled, OrderPaid
from commerce.domain.group_buy import GroupBuy
from commerce.domain.ledger import AccountKind, Transaction, holdings
from commerce.domain.member import identity
from commerce.domain.money import format_money
from commerce.domain.order import Order, OrderStatus
from commerce.domain.payout import Payout
from commerce.ports import UnitOfWork
from commerce.services.earnings import commission_balances, first_name
from commerce.services.ledger import commission_as_paid, commission_of, hold_ends
from commerce.services.payouts import PayoutRules
from handlers.context import Context
from handlers.memo import LanguageMemo
from handlers.recipients import earner_language, language_of
from handlers.texts import t
from handlers.texts.dates import format_datetime
from handlers.types import Reply


async def owes_after(ctx: Context, earner: str, order: Order, taken: int | None = None) -> int:
    """What `earner` owes once `order`'s commission is taken back (0: her balance stays at 0 or above;
    `taken`: a part refund's share, from pending first, else all of it). The take-back is posted just
    before the commit: her balance now, less what it takes of the order's available commission (as
    `uncovered_payout` reads it). 0 too when it takes nothing she could withdraw (only commission
    still held): a debt from an earlier refund is not this one's to say."""
    if order.id is None:
        return 0
    available, _ = await commission_balances(ctx.uow, earner)
    held = holdings(await ctx.uow.ledger.of_order(order.id))
    mine = {
        account.kind: amount
        for (account, currency), amount in held.items()
        if account.member == earner and currency == order.currency
    }
    still = mine.get(AccountKind.COMMISSION_AVAILABLE, 0)
    if taken is not None:  # 部分退款: from pending first (commerce.domain.ledger)
        still = min(still, max(taken - max(mine.get(AccountKind.COMMISSION_PENDING, 0), 0), 0))
    if still <= 0:  # it takes back only commission still held: what she owes is none of its doing (rep82 #6)
        return 0
    balance = available.get(order.currency, 0) - still
    return -balance if balance < 0 else 0


async def commission_taken_back(
    ctx: Context,
    order: Order,
    group_buy: GroupBuy,
    earned: Iterable[tuple[str, int]],
    total: str,
    *,
    keys: tuple[str, str, str],
    told_already: str | None = None,
    part: bool = False,
    kept: Mapping[str, int] | None = None,
) -> list[Reply]:
    """One notice per earner (`keys`: the catalog's texts for a help-seller, for a sharer, and for a
    help-seller who is also the order's sharer, naming each part), none to `told_already` (the one whose
    own answer says it). `part` (部分退款): `earned` is what the part refund takes back, not all the order
    holds, `kept` what each still holds after it (her rate on what is left), told with what is left of
    the order's payment."""
    replies = []
    left = format_money(order.paid_amount, order.currency)
    for earner, amount in earned:
        if earner == told_already:
            continue
        lang = await earner_language(ctx.uow, ctx.request.platform, group_buy, order, ctx.memo, earner)
        parts = dict(await roles_of(ctx.uow, order, earner, amount))
        text = t(
            lang,
            keys[2] if len(parts) > 1 else _kind(keys[:2], order, earner, next(iter(parts), None)),
            parts=parts_said(lang, parts, order.currency),
            order=order.number,
            title=group_buy.terms.title,
            id=group_buy.id,
            total=total,
            amount=format_money(amount, order.currency),
            kept=format_money((kept or {}).get(earner, 0), order.currency),
            left=left,
        )
        uncovered = await uncovered_payout(ctx.uow, earner, order, amount if part else None)
        text += _open_payout_said(uncovered, lang)
        owes = 0 if uncovered is not None else await owes_after(ctx, earner, order, amount if part else None)
        if owes:  # paid out already (rep82 #6): she owes it now, said to her as to whoever refunded
            text += "\n" + t(lang, "refund_commission_you_owe", amount=format_money(owes, order.currency))
        replies.append(Reply(text=text, private_to=earner, language=lang))
        if uncovered is not None:
            replies += await _admins_told(ctx, order, group_buy, uncovered, amount)
    return replies


async def _admins_told(
    ctx: Context, order: Order, group_buy: GroupBuy, uncovered: tuple[Payout, int], taken: int
) -> list[Reply]:
    """Review 76 #3: the member is told an admin will decide her uncovered payout again, so each of the
    bot's admins (`TUAN_ADMINS`) is told privately, in their own language, which payout, whose, and what
    changed; the admin who made the refund reads it in his own answer (`refund_payout_blocked`)."""
    payout, balance = uncovered
    told = []
    for admin in sorted(ctx.config.payout_admins - {ctx.request.user_id}):
        lang = await language_of(ctx, admin)
        text = t(
            lang,
            "payout_uncovered_admins",
            id=payout.id,
            name=payout.member_name,
            amount=format_money(payout.amount, payout.currency),
            order=order.number,
            title=group_buy.terms.title,
            taken=format_money(taken, order.currency),
            balance=format_money(balance, payout.currency),
        )
        told.append(Reply(text=text, private_to=admin, language=lang))
    return told


def parts_said(lang: str, parts: Mapping[Role, int], currency: str) -> str:
    """A help-seller who is also the order's sharer: her commission's parts, help-sell then share,
    `帮卖佣金 ¥4、分享佣金 ¥3.75`; a part that is ¥0 (a small take-back split between the two) left out."""
    said = []
    if parts.get(Role.HELP_SELLER, 0) or not parts.get(Role.SHARER, 0):
        said.append(
            t(lang, "commission_part_helpsell", amount=format_money(parts.get(Role.HELP_SELLER, 0), currency))
        )
    if parts.get(Role.SHARER, 0):
        said.append(t(lang, "commission_part_share", amount=format_money(parts[Role.SHARER], currency)))
    return t(lang, "list_separator").join(said)


def _open_payout_said(found: tuple[Payout, int] | None, lang: str) -> str:
    """Her open payout that her balance no longer covers once the order's commission is taken back
    (`uncovered_payout`): a line saying it will be decided again; else ""."""
    if found is None:
        return ""
    payout, balance = found
    amount = format_money(payout.amount, payout.currency)
    return "\n" + t(
        lang,
        "payout_open_above_earnings",
        id=payout.id,
        amount=amount,
        balance=format_money(balance, payout.currency),
    )


async def uncovered_payout(
    uow: UnitOfWork, earner: str, order: Order, taken: int | None = None
) -> tuple[Payout, int] | None:
    """Her open payout (asked for or approved, not paid) that her balance no longer covers once `order`'s
    commission is taken back (`taken`: a part refund's share; None: all of it), with the balance it
    leaves (below zero); None when it still covers it or she has none. The ledger posts the take-back just
    before the commit, so her balance is hers now less what the order still holds in her available
    commission (nothing once posted)."""
    currency = order.currency
    payout = await uow.payouts.open_of(earner)
    if payout is None or payout.currency != currency or order.id is None:
        return None
    available, _ = await commission_balances(uow, earner)
    held = holdings(await uow.ledger.of_order(order.id))
    mine = {
        account.kind: amount
        for (account, in_currency), amount in held.items()
        if account.member == earner and in_currency == currency
    }
    still = mine.get(AccountKind.COMMISSION_AVAILABLE, 0)
    if taken is not None:  # 部分退款 takes `taken` back, from pending first (commerce.domain.ledger)
        still = min(still, max(taken - max(mine.get(AccountKind.COMMISSION_PENDING, 0), 0), 0))
    balance = available.get(currency, 0) - still
    return None if balance >= 0 else (payout, balance)


async def payouts_blocked_said(
    uow: UnitOfWork, order: Order, earned: Iterable[tuple[str, int]], *, part: bool = False
) -> Callable[[str], str] | None:
    """To whoever refunded `order` (rep57 #3): each earner's open payout the commission taken back
    (`earned`) leaves uncovered, a line each (`refund_payout_blocked`: whose, which, the balance it
    leaves; she is told by `commission_taken_back`), rendered in a language; None when there is none."""
    found = []
    for earner, amount in earned:
        uncovered = await uncovered_payout(uow, earner, order, amount if part else None)
        if uncovered is not None:
            found.append(uncovered)
    if not found:
        return None

    def said_in(lang: str) -> str:
        return "\n".join(
            t(
                lang,
                "refund_payout_blocked",
                name=payout.member_name,
                id=payout.id,
                amount=format_money(payout.amount, payout.currency),
                balance=format_money(balance, payout.currency),
            )
            for payout, balance in found
        )

    return said_in


async def roles_of(uow: UnitOfWork, order: Order, earner: str, amount: int) -> tuple[tuple[Role, int], ...]:
    """`amount` of `earner`'s commission on `order` by role (`commission.by_role`): two parts for a
    help-seller who is also its sharer (帮卖 per line), one otherwise; read only for her."""
    if earner != order.help_seller_id or earner != order.sharer_id:
        return ()
    split = await commission_as_paid(uow, order)
    return () if split is None else by_role(split, earner, amount)


def _kind(keys: tuple[str, str], order: Order, earner: str, role: Role | None = None) -> str:
    """Of `keys` (a help-seller's text, a sharer's), the one for `earner`'s commission on `order` (in
    `role` when known: a help-seller who is also the sharer earns in both, per line)."""
    if role is not None:
        return keys[0] if role is Role.HELP_SELLER else keys[1]
    return keys[0] if earner == order.help_seller_id else keys[1]


async def commission_named(
    uow: UnitOfWork,
    platform: str,
    order: Order,
    earned: Iterable[tuple[str, int]],
    lang: str,
    roles: Sequence[Role] = (),
) -> list[tuple[str, str]]:
    """Each earner's commission on `order` as whoever took it back reads it (撤销已收's answer in the
    chat, the console's flash), with her name: (`Cat`, `Cat 的帮卖佣金 ¥30`), the same kind as her own
    notice says (`roles`: each one's, when known)."""
    keys = ("commission_of_helpseller", "commission_of_sharer")
    named = []
    for n, (earner, amount) in enumerate(earned):
        name = await uow.members.name_of(identity(platform, earner)) or earner
        role = roles[n] if n < len(roles) else None
        # her one sum as two roles (a help-seller who is its sharer too): each part by its own name
        parts = await roles_of(uow, order, earner, amount) if role is None else ()
        for part_role, part in parts if len(parts) > 1 else ((role, amount),):
            text = t(
                lang,
                _kind(keys, order, earner, part_role),
                name=name,
                amount=format_money(part, order.currency),
            )
            named.append((name, text))
    return named


def commission_taken_back_said(lang: str, taken_back: Mapping[str, Sequence[tuple[str, str]]]) -> str:
    """What 撤销已收 took back with the payment, by order number (`commission_named`'s per order): `一并
    撤回了佣金：#1-1 Cat 的帮卖佣金 ¥10；已私信告诉 Cat。`, each order's, and who was told."""
    separator = t(lang, "list_separator")
    items = (
        t(
            lang,
            "commission_taken_back_named_item",
            order=number,
            earners=separator.join(said for _, said in named),
        )
        for number, named in taken_back.items()
    )
    names = dict.fromkeys(name for named in taken_back.values() for name, _ in named)
    return t(lang, "commission_taken_back_named", orders=separator.join(items), names=separator.join(names))


async def commission_said_on_paid(uow: UnitOfWork, platform: str, order: Order, lang: str) -> str:
    """`已收 2-3` that credited a commission (its `OrderPaid` in this unit of work): the line the
    organiser's answer adds, naming each earner and amount, told privately (`commission_on_payments`);
    "" when it credited none."""
    named = await _credited(uow, platform, order, lang)
    if not named:
        return ""
    return "\n" + t(lang, "paid_commission_said", earners=t(lang, "list_separator").join(named))


async def commission_said_on_several(
    uow: UnitOfWork, platform: str, orders: Iterable[Order], lang: str
) -> str:
    """`已收 1-1 1-2`: the line the organiser's answer adds for the orders that credited a commission, as
    `commission_said_on_paid` for one (`#1-2 Bob 的帮卖佣金 ¥1`, by order number); "" when none did."""
    separator = t(lang, "list_separator")
    items = []
    for order in orders:
        named = await _credited(uow, platform, order, lang)
        if named:
            items.append(
                t(lang, "commission_taken_back_named_item", order=order.number, earners=separator.join(named))
            )
    return "\n" + t(lang, "paid_several_commission_said", orders=separator.join(items)) if items else ""


async def _credited(uow: UnitOfWork, platform: str, order: Order, lang: str) -> list[str]:
    """Each earner's commission the payment of `order` in this unit of work (its `OrderPaid`) credited,
    as `commission_named` says it; [] when it credited none (or was paid before)."""
    if order.id is None or not any(
        isinstance(e, OrderPaid) and e.order_id == order.id for e in uow.peek_events()
    ):
        return []
    paid = await uow.orders.get(order.id)
    split = None if paid is None or paid.status not in EARNING_STATUSES else await commission_of(uow, paid)
    if paid is None or split is None or not split.shares:
        return []
    shares = split.shares
    named = await commission_named(
        uow, platform, paid, [(s.member, s.amount) for s in shares], lang, roles=[s.role for s in shares]
    )
    return [said for _, said in named]


async def commission_on_payments(
    uow: UnitOfWork, platform: str | None, memo: LanguageMemo, *, hold: timedelta, tz: ZoneInfo
) -> list[Reply]:
    """Each sharer or help-seller (帮卖) whose commission the orders paid in this unit of work (its
    `OrderPaid` events, whatever paid them: 已收, the report's Received, a checkout) credit, told
    privately in her own language (`earner_language`), with why it is held and until when (the buyer's
    pickup, or `hold` after the payment at the latest): `Jo 付款了：你赚了 ¥15.60 佣金…待入账：Jo 提货后即可
    提现，最晚 12月13日…`, one message with a line per order; a sharer the loop rule refuses (the buyer
    brought her first) is told why in one line. Once: a repeated 已收 pays nothing, raises no event,
    tells nothing."""
    paid = dict.fromkeys(e.order_id for e in uow.peek_events() if isinstance(e, OrderPaid))
    said: dict[str, tuple[str, list[str]]] = {}
    earned: set[str] = set()
    for order_id in paid:
        order = await uow.orders.get(order_id)
        if order is None or order.status not in EARNING_STATUSES:
            continue
        split = await commission_of(uow, order)
        group_buy = None if split is None else await uow.group_buys.get(order.group_buy_id)
        if split is None or group_buy is None:
            continue
        told = [(share.member, "commission_paid_earned", share.amount) for share in split.shares]
        seller = order.help_seller_id or ""
        parts = {share.role: share.amount for share in split.shares if seller and share.member == seller}
        if len(parts) > 1:  # a help-seller who is its sharer too: one line naming each part
            told = [entry for entry in told if entry[0] != seller]
            told.append((seller, "commission_paid_earned_both", sum(parts.values())))
        first = group_buy  # the group buy the sharer joined through the buyer's share first
        if split.refused.get(Role.SHARER) is NoEarning.LOOP and order.sharer_id:
            first = await _joined_through(uow, order) or group_buy
            told.append((order.sharer_id, "commission_paid_loop", 0))
        earned.update(share.member for share in split.shares)
        for earner, key, amount in told:
            if earner not in said:
                lang = await earner_language(uow, platform, group_buy, order, memo, earner)
                said[earner] = (lang, [])
            lang = said[earner][0]
            until = hold_ends(order, hold)
            said[earner][1].append(
                t(
                    lang,
                    key,
                    buyer=first_name(order.buyer_name),
                    amount=format_money(amount, order.currency),
                    title=group_buy.terms.title,
                    id=group_buy.id,
                    order=order.number,
                    until="" if until is None else format_datetime(until, tz, lang),
                    parts=parts_said(lang, parts, order.currency),
                    first_title=first.terms.title,
                    first_id=first.id,
                )
            )
    replies = []
    for earner, (lang, lines) in said.items():
        if earner in earned:  # where to see it all, once under the lines
            lines.append(t(lang, "commission_paid_more"))
        replies.append(Reply(text="\n".join(lines), private_to=earner, language=lang))
    return replies


async def _joined_through(uow: UnitOfWork, order: Order) -> GroupBuy | None:
    """The group buy of the sharer's earliest order (not cancelled) made through the buyer's share: what
    the loop rule's notice names as how the buyer brought her first (rep93 #9); None: not found."""
    assert order.sharer_id is not None
    theirs = [
        o
        for o in await uow.orders.for_buyer(order.sharer_id)
        if o.sharer_id == order.buyer_id and o.status is not OrderStatus.CANCELLED
    ]
    if not theirs:
        return None
    earliest = min(theirs, key=lambda o: o.created_at)
    return await uow.group_buys.get(earliest.group_buy_id)


async def commission_on_pickups(
    uow: UnitOfWork, platform: str | None, memo: LanguageMemo, *, minimum_units: int | None = None
) -> list[Reply]:
    """Each earner whose commission the orders picked up in this unit of work (its `OrderFulfilled`
    events: 已取, 核销) free before the hold ends, told once, privately in her own language: `Dan picked up
    order #1-1 (Mangoes): your ¥8.80 commission on it is now yours to withdraw: /withdraw`. What is
    freed is what the order still holds pending for her (the release is posted at the commit); nothing
    when the hold's sweep freed it already. `minimum_units` (the shop's payout minimum,
    `TUAN_PAYOUT_MINIMUM`): while her balance with it stays below it, never "send /withdraw" (which would
    be refused): what she has and the minimum (review 76 #6); None: not checked."""
    picked = dict.fromkeys(e.order_id for e in uow.peek_events() if isinstance(e, OrderFulfilled))
    replies = []
    for order_id in picked:
        order = await uow.orders.get(order_id)
        group_buy = None if order is None else await uow.group_buys.get(order.group_buy_id)
        if order is None or group_buy is None:
            continue
        held = holdings(await uow.ledger.of_order(order_id))
        for (account, currency), amount in held.items():
            if account.kind is not AccountKind.COMMISSION_PENDING or amount <= 0 or not account.member:
                continue
            earner = account.member
            lang = await earner_language(uow, platform, group_buy, order, memo, earner)
            open_payout = await _payout_open(uow, earner)  # still open: no `/withdraw` offered (rep57 #3)
            key = "commission_picked_up_free_pending" if open_payout else "commission_picked_up_free"
            below: dict[str, str] = {}
            if not open_payout:  # the release is posted at the commit: hers now plus it
                available, _ = await commission_balances(uow, earner)
                before = available.get(currency, 0)
                balance = before + amount
                minimum = PayoutRules(minimum_units or 0).minimum(currency)
                if balance < 0:  # it all goes to what a refund took back of a payout (rep99 #3)
                    key = "commission_picked_up_free_owed"
                    below = {"owed": format_money(-balance, currency)}
                elif before < 0:  # part of it does: that part, and what is hers now
                    key = "commission_picked_up_free_covered" + (
                        "_below_minimum" if minimum_units and balance < minimum else ""
                    )
                    below = {
                        "covered": format_money(-before, currency),
                        "balance": format_money(balance, currency),
                        "minimum": format_money(minimum, currency),
                    }
                elif minimum_units and balance < minimum:
                    key = "commission_picked_up_free_below_minimum"
                    below = {
                        "balance": format_money(balance, currency),
                        "minimum": format_money(minimum, currency),
                    }
            text = t(
                lang,
                key,
                buyer=first_name(order.buyer_name),
                order=order.number,
                title=group_buy.terms.title,
                amount=format_money(amount, currency),
                **open_payout,
                **below,
            )
            replies.append(Reply(text=text, private_to=earner, language=lang))
    return replies


async def commission_on_release(
    uow: UnitOfWork,
    platform: str | None,
    memo: LanguageMemo,
    released: Sequence[Transaction],
    *,
    minimum_units: int | None = None,
) -> list[Reply]:
    """The holding period's sweep freed these orders' commission (`released_held`): each earner told
    once, one message for the sweep however many orders it freed, in her own language (that of the first
    order's buyer, as her payment notice): `¥41 is now yours to withdraw: the hold on orders #1-1, #1-2
    ended. /withdraw`. `minimum_units` (the shop's payout minimum): while what she has to withdraw (the
    releases already posted in this unit of work) stays below it in every currency freed, never
    "send /withdraw": what she has and the minimum, as a pickup says it; None: not checked."""
    freed: dict[str, dict[str, int]] = {}  # earner -> currency -> amount
    orders: dict[str, list[int]] = {}  # earner -> the orders that freed it
    for transaction in released:
        for posting in transaction.postings:
            member = posting.account.member
            if (
                posting.account.kind is not AccountKind.COMMISSION_AVAILABLE
                or posting.amount <= 0
                or not member
            ):
                continue
            sums = freed.setdefault(member, {})
            sums[posting.currency] = sums.get(posting.currency, 0) + posting.amount
            if transaction.order_id is not None and transaction.order_id not in orders.setdefault(member, []):
                orders[member].append(transaction.order_id)
    replies = []
    for earner, sums in freed.items():
        found = [order for order_id in orders.get(earner, []) if (order := await uow.orders.get(order_id))]
        group_buy = await uow.group_buys.get(found[0].group_buy_id) if found else None
        if group_buy is None:
            continue
        lang = await earner_language(uow, platform, group_buy, found[0], memo, earner)
        separator = t(lang, "list_separator")
        amounts = separator.join(format_money(amount, currency) for currency, amount in sorted(sums.items()))
        numbers = separator.join(f"#{order.number}" for order in found)
        open_payout = await _payout_open(uow, earner)  # still open: no `/withdraw` offered (rep57 #3)
        key = "commission_released_free_pending" if open_payout else "commission_released_free"
        below: dict[str, str] = {}
        owed = {} if open_payout else await _still_owed(uow, earner, sums)
        if owed:  # all it freed went to what a refund took back of a payout, and some is still owed
            key = "commission_released_free_owed"
            below = {
                "owed": separator.join(format_money(v, c) for c, v in sorted(owed.items())),
            }
        elif not open_payout and minimum_units:  # the sweep's releases are posted in this unit of work
            available, _ = await commission_balances(uow, earner)
            rules = PayoutRules(minimum_units)
            if all(available.get(currency, 0) < rules.minimum(currency) for currency in sums):
                key = "commission_released_free_below_minimum"
                below = {
                    "balance": separator.join(
                        format_money(available.get(currency, 0), currency) for currency in sorted(sums)
                    ),
                    "minimum": separator.join(
                        format_money(rules.minimum(currency), currency) for currency in sorted(sums)
                    ),
                }
        text = t(lang, key, amount=amounts, orders=numbers, **open_payout, **below)
        replies.append(Reply(text=text, private_to=earner, language=lang))
    return replies


async def _payout_open(uow: UnitOfWork, earner: str) -> dict[str, str]:
    """Her open payout (asked for or approved, not paid), as a notice of freed commission names it: such a
    notice never offers `/withdraw`, which that payout would refuse (rep57 #3); {} when she has none."""
    payout = await uow.payouts.open_of(earner)
    if payout is None or payout.id is None:
        return {}
    return {"payout": str(payout.id), "payout_amount": format_money(payout.amount, payout.currency)}


async def _still_owed(uow: UnitOfWork, earner: str, sums: Mapping[str, int]) -> dict[str, int]:
    """What she still owes per currency freed (her available balance below zero, the sweep's releases
    already posted): a refund took back commission already paid out, and what was freed only went
    towards it (rep99 #3); {} when every currency freed is at 0 or above."""
    available, _ = await commission_balances(uow, earner)
    return {currency: -available[currency] for currency in sums if available.get(currency, 0) < 0}
