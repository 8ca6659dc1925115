"""/earnings (我的收益): a member's commission, pending and available per currency, and the orders behind
it; answered in private (in a group: a short note there, the answer privately)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import timedelta
from zoneinfo import ZoneInfo

from commerce.domain.commission import percent
from commerce.domain.money import format_money
from commerce.domain.payout import Payout, PayoutStatus
from commerce.services import earnings as service
from commerce.services import organiser
from commerce.services.earnings import EarningLine, Earnings, EarningState
from commerce.services.payouts import PayoutRules
from handlers.chat_names import titles
from handlers.context import Context
from handlers.payouts import account_shown
from handlers.texts import t
from handlers.texts import units as unit_texts
from handlers.texts.dates import format_datetime
from handlers.types import Reply

_UTC = ZoneInfo("UTC")


async def _own_earnings(ctx: Context) -> Earnings:
    """The sender's earnings as `/earnings` counts them (the attribution window, the hold)."""
    return await service.earnings_of(
        ctx.uow,
        ctx.request.user_id,
        now=ctx.now,
        window=ctx.config.attribution_window,
        hold=timedelta(days=ctx.config.commission_hold_days),
    )


async def show_earnings(ctx: Context) -> list[Reply]:
    lang = await ctx.lang()
    found = await _own_earnings(ctx)
    chats = await titles(ctx.uow, [chat for _, _, _, chat, _, _ in found.help_selling])
    kept = await ctx.uow.payouts.destination_of(ctx.request.user_id)  # where `提现` alone pays
    runs = bool(await organiser.count_group_buys_of(ctx.uow, organiser_id=ctx.request.user_id))
    sells = await ctx.uow.listings.help_sold_by(ctx.request.user_id)  # 帮卖 in her group, now or before
    text = render(
        found,
        lang,
        default_currency=ctx.config.currency,
        chats=chats,
        kept=kept,
        organiser=runs,
        tz=ctx.tz,
        seller=sells,
    )
    if ctx.is_private:
        return [Reply(text=text, language=lang)]
    here = await ctx.heard_by_group(lang)  # the group's line: the group's language (rep75 #8)
    note = t(here, "earnings_sent_privately", name=ctx.request.display_name)
    me = ctx.request.user_id
    return [Reply(text=note, language=here, says_sent_to=me), Reply(text=text, private_to=me, language=lang)]


def _amounts(sums: dict[str, int], currencies: list[str], lang: str) -> str:
    return t(lang, "list_separator").join(format_money(sums.get(c, 0), c) for c in currencies)


def render(
    found: Earnings,
    lang: str,
    *,
    default_currency: str,
    chats: Mapping[str, str] | None = None,
    kept: str = "",
    organiser: bool = False,
    tz: ZoneInfo = _UTC,
    seller: bool = False,
) -> str:
    """`Pending: ¥4.40 · Available: ¥0` and a line per order; `¥0` when nothing was earned. `chats`: the
    names of her 帮卖 groups (`Earnings.help_selling`); `kept`: her payout account, where a request
    again goes; `organiser`: she runs group buys (nothing earned: where the commission hers pay is
    shown, not only "share and earn"); `seller`: she help-sells one, or did (nothing earned yet, her
    listings open or all closed: her earnings are help-selling's, never "from sharing": rep82 #12, s38)."""
    currencies = found.currencies or [default_currency]
    kinds = {kind for line in found.lines for kind in _kinds(line)}  # 帮卖 commission, sharing's, or both
    if found.help_selling or (seller and not kinds):  # her group's units so far, at the help-sell rate
        kinds.add("helpsell")
    mixed = len(kinds) > 1
    if mixed:
        header = t(lang, "earnings_header_both")
    elif kinds == {"helpsell"}:
        header = t(lang, "earnings_header_helpsell")
    else:
        header = t(lang, "earnings_header")
    lines = [
        header,
        t(lang, "earnings_pending", amounts=_amounts(found.pending, currencies, lang)),
        t(lang, "earnings_available", amounts=_amounts(found.available, currencies, lang)),
        *_below_zero(found, currencies, lang),
    ]
    if found.without_rate:  # her shares brought buyers there, and earn her nothing: never "share and earn"
        named = t(lang, "list_separator").join(
            t(lang, "earnings_group_buy", id=number, title=title) for number, title in found.without_rate
        )
        key = "earnings_none_without_rate" if not found.lines else "earnings_without_rate"
        lines.append(t(lang, key, group_buys=named))
    elif not found.lines and not found.brought and not found.help_selling:
        none = "earnings_none_organiser" if organiser else "earnings_none"
        lines.append(t(lang, "earnings_none_helpsell" if seller and not organiser else none))
    for line in found.lines:
        item = t(
            lang,
            "earnings_line_parts" if line.covers else _line_key(line),
            order=line.order_number,
            title=line.title,
            buyer=line.buyer,
            amount=_earned(line, lang),
            until="" if line.held_until is None else format_datetime(line.held_until, tz, lang),
            payout=line.payout_id or "",
            asked=format_money(line.amount - line.taken_back - line.still_yours, line.currency),
            yours=format_money(line.still_yours, line.currency),
            parts=_parts(line, lang),
        )
        item += _went_out(line, lang)
        if mixed:  # each line says which kind it is
            item = t(lang, _KIND_KEYS[_kinds(line)], line=item)
        lines.append(item)
    for number, title, unit, name, units in found.brought:  # joined through her share, not closed yet
        amount = unit_texts.units(lang, units, unit)  # `2 份`, `2斤`, "2 units"
        lines.append(t(lang, "earnings_brought", name=name, units=amount, title=title, id=number))
    for number, title, unit, chat, units, rate in found.help_selling:  # 帮卖, not closed yet
        where = (chats or {}).get(chat) or t(lang, "share_open_your_group")
        amount = unit_texts.units(lang, units, unit)
        lines.append(
            t(
                lang,
                "earnings_helpselling_open",
                id=number,
                title=title,
                chat=where,
                units=amount,
                rate=percent(rate),
            )
        )
    lines += [_payout_line(found, payout, lang, kept) for payout in found.payouts]
    return "\n".join(lines)


def _payout_line(found: Earnings, payout: Payout, lang: str, kept: str) -> str:
    """A payout as her earnings list it: `提现 #1：¥23.40，已付给你`, held, or rejected and what then."""
    amount = format_money(payout.amount, payout.currency)
    if payout.status is PayoutStatus.REJECTED:
        return _rejected(found, payout, amount, lang, kept)
    held = payout.is_open and found.available.get(payout.currency, 0) < 0  # above what she earned now
    key = f"earnings_payout_{payout.status.value}" + ("_on_hold" if held else "")
    return t(lang, key, id=payout.id, amount=amount)


async def payout_asked(ctx: Context, lang: str) -> str | None:
    """`钱到了吗`, `did my payout arrive?` asked privately: her newest payout as her earnings list it
    (`提现 #1：¥23.40，已付给你`), where it was paid, and where to see the rest; None: she never asked for
    one (the question is then answered as any other)."""
    newest = await ctx.uow.payouts.of_member(ctx.request.user_id, limit=1)
    if not newest:
        return None
    found = await _own_earnings(ctx)
    payout = next((p for p in found.payouts if p.id == newest[0].id), newest[0])
    kept = await ctx.uow.payouts.destination_of(ctx.request.user_id)
    line = _payout_line(found, payout, lang, kept)
    if payout.status is PayoutStatus.PAID and payout.destination:  # `（微信 ···888）`: where to look
        line = t(lang, "payout_asked_paid_to", line=line, to=account_shown(lang, payout.destination))
    return t(lang, "payout_asked", line=line)


async def balance_asked(ctx: Context, lang: str) -> str | None:
    """`钱到了吗` asked by one with commission and no payout asked for yet: that she has not asked, what
    she may withdraw and how (`你还没有申请提现：可提现 ¥10，发“提现”申请。`), or what is still held
    (`¥2 还在确认期`); None: no commission."""
    found = await _own_earnings(ctx)
    available = [format_money(v, c) for c, v in sorted(found.available.items()) if v > 0]
    if available:
        return t(lang, "payout_asked_none", amount=" + ".join(available))
    pending = [format_money(v, c) for c, v in sorted(found.pending.items()) if v > 0]
    if pending:
        return t(lang, "payout_asked_none_pending", amount=" + ".join(pending))
    return None


async def withdraw_asked(ctx: Context) -> list[Reply]:
    """`can I cash out my commission?`, `how do I withdraw?`, `佣金怎么提现` asked privately (rep69 #2):
    her payout still open, as `钱到了吗` says it; else her available balance in the shop's currency, the
    minimum and the exact command to send (to the account kept, else naming one; below the minimum, for
    once it reaches it), with what is still held; with no commission ever, how it is earned. Nothing
    changes."""
    lang = await ctx.lang()
    member = ctx.request.user_id
    newest = await ctx.uow.payouts.of_member(member, limit=1)
    if newest and newest[0].is_open:  # one open request at a time: where it stands
        said = await payout_asked(ctx, lang)
        if said is not None:
            return [Reply(text=said, language=lang)]
    found = await _own_earnings(ctx)
    currency = ctx.config.currency
    available, held = found.available.get(currency, 0), found.pending.get(currency, 0)
    if not available and not held and not newest and not found.lines:
        return [Reply(text=t(lang, "withdraw_asked_nothing"), language=lang)]
    rules = PayoutRules(ctx.config.payout_minimum, hold_days=ctx.config.commission_hold_days)
    minimum = rules.minimum(currency)
    kept = await ctx.uow.payouts.destination_of(member)
    key = "withdraw_asked" if available >= minimum else "withdraw_asked_below"
    others = t(lang, "payout_other_methods_sgd" if currency == "SGD" else "payout_other_methods")
    said = t(
        lang,
        key + ("_kept" if kept else ""),
        balance=format_money(available, currency),
        minimum=format_money(minimum, currency),
        to=account_shown(lang, kept),
        others=others,
    )
    if held > 0:
        said += "\n" + t(lang, "withdraw_asked_held", amount=format_money(held, currency))
    return [Reply(text=said, language=lang)]


_KIND_KEYS = {
    ("helpsell",): "earnings_line_helpsell",
    ("share",): "earnings_line_share",
    ("helpsell", "share"): "earnings_line_both",
}


def _kinds(line: EarningLine) -> tuple[str, ...]:
    """What the order earned her as: help-seller (帮卖), sharer, or both (帮卖 per line)."""
    if line.help_sold and line.shared:
        return ("helpsell", "share")
    return ("helpsell",) if line.help_sold else ("share",)


def _line_key(line: EarningLine) -> str:
    """An order's line: held, hers to withdraw, taken back (refunded, or its payment undone); once asked
    for in a payout, never "yours to withdraw": paid out in payout #1, or in payout #2 while it is open (in
    an older one: paid out); only part of it in the payout (one asking for part of her balance): both
    parts, `¥4：¥1 已在提现 #2 中申请，¥3 可提现`."""
    if line.payout_id is None or line.state in (EarningState.CLAWED_BACK, EarningState.UNPAID):
        return f"earnings_line_{line.state.value}"  # where it had gone: `_went_out`
    split = "_split" if line.still_yours else ""
    if line.payout_id == 0:
        return f"earnings_line{split}_paid_out_earlier"
    return f"earnings_line{split}_paid_out" if line.paid_out else f"earnings_line{split}_in_payout"


def _parts(line: EarningLine, lang: str) -> str:
    """An order freed after a refund took back commission already paid out (`EarningLine.covers`): what
    of it made that up, per refunded order, then what of it went into a payout and what is hers to
    withdraw, adding up to what it earned (rep99 #2); "" for any other line."""
    if not line.covers:
        return ""
    said = [
        t(lang, "earnings_part_covers", amount=format_money(amount, line.currency), refunded=number)
        for number, amount in line.covers
    ]
    asked = line.amount - line.taken_back - line.still_yours - sum(amount for _, amount in line.covers)
    if asked > 0 and line.payout_id is not None:
        key = "earnings_part_paid_out_earlier" if line.payout_id == 0 else "earnings_part_paid_out"
        if line.payout_id and not line.paid_out:
            key = "earnings_part_in_payout"
        said.append(t(lang, key, amount=format_money(asked, line.currency), payout=line.payout_id))
    if line.still_yours:
        said.append(t(lang, "earnings_part_yours", amount=format_money(line.still_yours, line.currency)))
    return t(lang, "earnings_parts_separator").join(said)


def _went_out(line: EarningLine, lang: str) -> str:
    """A refunded order whose commission had gone into a payout of hers: how much, in which, and what
    later commission made up of it or what she still owes (rep99 #2); "" for any other line."""
    if not line.went_out:
        return ""
    taken = format_money(line.went_out, line.currency)
    if line.payout_id is None:  # it had made up an earlier refund of a payout's commission
        said = t(lang, "earnings_went_out_covering", taken=taken)
    elif line.payout_id == 0:
        said = t(lang, "earnings_went_out_earlier", taken=taken)
    elif line.paid_out:
        said = t(lang, "earnings_went_out_paid", taken=taken, payout=line.payout_id)
    else:  # that payout is decided again (`earnings_below_zero_payout`)
        return t(lang, "earnings_went_out_in_payout", taken=taken, payout=line.payout_id)
    if not line.owed:
        return said + t(lang, "earnings_went_out_covered")
    owed = format_money(line.owed, line.currency)
    if not line.covered:
        return said + t(lang, "earnings_went_out_owed", owed=owed)
    covered = format_money(line.covered, line.currency)
    return said + t(lang, "earnings_went_out_part_covered", covered=covered, owed=owed)


def _below_zero(found: Earnings, currencies: list[str], lang: str) -> list[str]:
    """A line per currency whose available balance is below zero, saying why: a refund took back commission
    already paid out (it comes off what she earns next), or asked for in a payout still open (that payout
    is now more than she earned: it will be decided again)."""
    lines = []
    for currency in currencies:
        balance = found.available.get(currency, 0)
        if balance >= 0:
            continue
        owed = format_money(-balance, currency)
        taken = found.taken_back.get(currency)
        open_one = next((p for p in found.payouts if p.is_open and p.currency == currency), None)
        known = taken is not None and taken.known  # what the refunds really took back (rep99 #2)
        said = format_money(taken.taken, currency) if taken is not None and known else owed
        if open_one is None and taken is not None and known and taken.covered:
            lines.append(
                t(
                    lang,
                    "earnings_below_zero_covered",
                    orders=t(lang, "list_separator").join(f"#{number}" for number in taken.orders),
                    taken=said,
                    covered=format_money(taken.covered, currency),
                    owed=owed,
                )
            )
        elif open_one is None:
            lines.append(t(lang, "earnings_below_zero", owed=said))
        else:
            amount = format_money(open_one.amount, currency)
            lines.append(t(lang, "earnings_below_zero_payout", owed=said, id=open_one.id, amount=amount))
    return lines


def _rejected(found: Earnings, payout: Payout, amount: str, lang: str, kept: str) -> str:
    """A rejected payout: asked again since (a later payout of hers, not rejected), said so; else her
    balance now, with the amount back in it, and that she may ask again; when a refund took commission
    back (her available balance is below the amount, ¥0 or less), as her rejection said: her balance."""
    available = found.available.get(payout.currency, 0)
    balance = format_money(available, payout.currency)
    asked_again = any(
        later.id is not None
        and payout.id is not None
        and later.id > payout.id
        and later.currency == payout.currency
        and later.status is not PayoutStatus.REJECTED
        for later in found.payouts
    )
    if asked_again:
        return t(lang, "earnings_payout_rejected_asked_again", id=payout.id, amount=amount)
    if available < payout.amount:
        return t(lang, "earnings_payout_rejected_owed", id=payout.id, amount=amount, balance=balance)
    if kept:  # a rejection that kept her account (not for the account): `提现` alone pays there
        to = account_shown(lang, kept)
        return t(lang, "earnings_payout_rejected_kept", id=payout.id, amount=amount, balance=balance, to=to)
    return t(lang, "earnings_payout_rejected", id=payout.id, amount=amount, balance=balance)


def _earned(line: EarningLine, lang: str) -> str:
    """What the order earned her: `¥15.60`; once a part refund (部分退款) took some back, what is left
    with what was taken back beside it, `¥7.80（部分退款扣回 ¥7.80）` (a whole refund: the line says so)."""
    if line.state is EarningState.UNPAID:  # what its undone payment took back
        return format_money(line.amount - line.taken_back, line.currency)
    if not line.taken_back or line.state is EarningState.CLAWED_BACK:
        return format_money(line.amount, line.currency)
    left = format_money(line.amount - line.taken_back, line.currency)
    return t(lang, "earnings_part_taken_back", left=left, taken=format_money(line.taken_back, line.currency))
