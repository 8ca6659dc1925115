"""/payout (提现): a member asks to be paid their available commission, in private; /payouts (admins,
TUAN_ADMINS): the open requests, and `/payouts approve 3`, `/payouts paid 3`, `/payouts reject 3` (with a
reason after it: `/payouts reject 3 wrong account`). The member is told privately at each step, and why
a rejection was made when the admin said. An organiser's bare `/payouts` in private lists what her group
buys paid sharers and help-sellers (`commerce.services.commission_paid`)."""

from __future__ import annotations

import re

from commerce.domain.console import ADMIN_PREFIX, Principal, Role
from commerce.domain.errors import DomainError
from commerce.domain.ledger import AccountKind
from commerce.domain.member import identity
from commerce.domain.money import SYMBOLS, decimal_point, format_money, names_another_currency, parse_money
from commerce.domain.payout import NOT_PAYOUT_METHODS, Payout, masked, method_of, offered, same_destination
from commerce.services import console as audit_log
from commerce.services import payouts as service
from commerce.services.commission_paid import LISTED_GROUP_BUYS, Produced, produced_by, totals
from commerce.services.earnings import commission_balances
from commerce.services.payouts import PayoutRules
from handlers.context import Context
from handlers.parsing.numbers import parse_int
from handlers.recipients import language_of
from handlers.texts import refusal_text, t
from handlers.types import Reply

MAX_ID = 2**31 - 1
MAX_DESTINATION = 64  # characters of an account (`微信 wes888`, a bank card number with its spaces)
_ACCOUNT = re.compile(r"[A-Za-z0-9][A-Za-z0-9_@.+\- ]*")  # a WeChat ID, a phone, an e-mail, a card number
# `提现 微信 wes888`, `提现 50 支付宝：a@b.cn`, `/payout all wechat wes888`, `/payout 5.60 paynow 91234567`:
# an amount (maybe), then how and where to pay; the method word as typed is kept with the account, for
# the admin who pays it; a currency word after the amount (`提现 5 元 微信 wes888`) is the amount's
_DESTINATION = re.compile(
    r"^(?:(?P<amount>\S+(?:\s+(?:元|块钱|块|美元|美金|美刀|刀|港币|港元|新币|欧元|英镑|rmb|cny|yuan|usd|sgd|hkd|twd|eur|gbp|dollars?))?)\s+)?(?P<method>微信|支付宝|银行卡|wechat|weixin|alipay|bank|paynow|"
    + "|".join(NOT_PAYOUT_METHODS)
    + r")\s*[:：]?\s*"
    r"(?P<account>.*)$",
    re.IGNORECASE,
)
_ASK_WHERE = frozenset(("payout_destination_missing", "payout_destination_rejected"))
# nothing, or too little, available: an account named with it is kept all the same
_NOTHING_TO_PAY = frozenset(
    (
        "payout_nothing",
        "payout_nothing_now",
        "payout_only_pending",
        "payout_owed",
        "payout_owed_pending",
        "payout_balance_below_minimum",
        "payout_above_available",  # `提现 100 支付宝 a@b.cn` with ¥15.60: the way to ask for all of it too
    )
)
# rep: `余额够 ¥10 后再发“提现”`, `到时再发「提现」` said with no account kept (and none named): the form
# naming one, `提现 微信 你的微信号`, as `提现` alone would then only ask where to pay it
_SAYS_PAYOUT = frozenset(("payout_balance_below_minimum", "payout_only_pending"))
_ALL = frozenset(("全部", "所有", "全额", "all", "everything", "max"))  # `提现 全部 微信 …`: all of it
MAX_REASON = 200  # a rejection's reason, as passed on to the member
# a rejection's reason that faults the account (`拒绝 3 账号不对`, `reject 3 wrong account`): it is no
# longer used by itself; any other reason (`有退款`, none) keeps it for her next `提现`
_ACCOUNT_FAULT = re.compile(
    r"账号|帐号|账户|帐户|收款码|收款人|卡号|户名|微信号|支付宝号|account|\bid\b", re.I
)


# What the admin types -> the payout's transition (commerce.domain.payout) and what the member is told.
async def _audited(ctx: Context, payout: Payout, transition: str, before: str | None, reason: str) -> None:
    """A decision typed in a chat (`提现审核 批准 3`) in the console's audit log as the console's own are
    written (bot.console.payouts: the same action, subject and statuses), its actor the chat admin
    (`playground:boss`); one made in the console is written there (its actor `console:root`), not twice."""
    if ctx.request.user_id.startswith(ADMIN_PREFIX):
        return
    # a chat admin is no console role: the entry records only her identity (`Principal.actor`)
    admin = Principal(
        Role.ORGANISER, ctx.request.display_name, identity(ctx.request.platform, ctx.request.user_id)
    )
    said = {"reason": reason} if reason else {}
    await audit_log.audit(
        ctx.uow,
        admin,
        f"payout.{transition}",
        f"payout:{payout.id}",
        now=ctx.now,
        before={"status": before},
        after={"status": payout.status.value} | said,
    )


async def meant(ctx: Context) -> list[Reply]:
    """`体现 微信 abc`, `提现审合 批准 2` in private (review 76 #7): "did you mean" with her words kept,
    `是想发“提现 微信 abc”吗？`, nothing done; the admins' `提现审核` only to an admin (from anyone else, the
    help hint, as before)."""
    lang = await ctx.lang()
    word = ctx.command.word
    if word == "提现审核" and ctx.request.user_id not in ctx.config.payout_admins:
        return [Reply(text=t(lang, "help_hint"), language=lang)]
    rest = ctx.command.rest
    if lang == "en":
        english = "/payouts" if word == "提现审核" else "/payout"
        meant_text = f"{english} {rest}".strip()
    else:
        meant_text = f"{word} {rest}".strip()
    return [Reply(text=t(lang, "payout_meant", meant=meant_text), language=lang)]


_ACTIONS = {
    "approve": ("approve", "payout_approved_note"),
    "ok": ("approve", "payout_approved_note"),
    "批准": ("approve", "payout_approved_note"),
    "paid": ("pay", "payout_paid_note"),
    "pay": ("pay", "payout_paid_note"),
    "已付": ("pay", "payout_paid_note"),
    "已打款": ("pay", "payout_paid_note"),
    "reject": ("reject", "payout_rejected_note"),
    "拒绝": ("reject", "payout_rejected_note"),
}


async def request_payout(ctx: Context) -> list[Reply]:
    """`/payout` (all that is available) or `/payout 50`; in a private chat only."""
    if not ctx.is_private:  # in private, `提现` alone pays only an account kept
        if not await ctx.uow.payouts.destination_of(ctx.request.user_id):
            raise DomainError("payout_private_only_account", currency=ctx.config.currency)
        raise DomainError("payout_private_only")
    rest, destination, method = _split(ctx.command.rest.strip())
    if method and not offered(method_of(method), ctx.config.currency):  # PayPal; PayNow in a ¥ shop
        raise await _not_offered(ctx, method, rest)
    if not method:  # `提现` alone: an account kept before PayNow was refused in this shop is not used
        kept = await ctx.uow.payouts.destination_of(ctx.request.user_id)
        if method_of(kept) and not offered(method_of(kept), ctx.config.currency):
            raise await _not_offered(ctx, kept.split()[0], rest)
    amount = None
    if rest and rest.lower() not in _ALL:
        amount = await _amount(ctx, rest, destination)
    try:
        requested = await service.request(
            ctx.uow,
            member=ctx.request.user_id,
            name=ctx.request.display_name,
            amount=amount,
            currency=ctx.config.currency,
            rules=_rules(ctx),
            now=ctx.now,
            destination=destination,
            method=method,
        )
    except DomainError as refusal:
        if refusal.code in _ASK_WHERE:  # no destination (or a rejected one): the form, the amount as typed
            asked = f" {rest}" if rest else ""
            refusal.params["asked"] = asked
            raise refusal from None
        return await _nothing_to_pay(ctx, refusal, destination)
    payout, before = requested.payout, requested.kept_before
    if not destination:  # the one kept: where it goes, and how to change it
        key = "payout_requested_kept"
    elif not before:  # the first named: kept for the next `提现`
        key = "payout_requested_new"
    elif not same_destination(before, payout.destination):  # another than the one kept: replaced, said
        key = "payout_requested_replaced"
    else:
        key = "payout_requested"
    lang = await ctx.lang()
    to, was = account_shown(lang, payout.destination), account_shown(lang, before)
    said = t(lang, key, id=payout.id, amount=_money(payout), to=to, before=was)
    return [Reply(text=said, language=lang)]  # where it goes, as every payout message names it


async def _amount(ctx: Context, rest: str, destination: str) -> int:
    """The amount asked for (`提现 50`), in the shop's currency's minor units; refused in another currency
    (`提现 5 usd`: never ¥5), with a decimal comma (`提现 1,5`: never ¥15) or as no amount (`_usage`).
    The command each refusal offers pays where she can be paid: to the account she named (`提现 1.5 微信
    wes888`), or the one kept (`提现 1.5`); with neither, it names one (`提现 1.5 微信 你的微信号`)."""
    currency = ctx.config.currency
    to = f" {destination}" if destination else ""
    unpaid = not destination and not await ctx.uow.payouts.destination_of(ctx.request.user_id)
    if names_another_currency(rest, currency):  # `提现 5 usd` in a ¥ shop: never ¥5
        symbol = SYMBOLS.get(currency, currency)
        example = format_money(_rules(ctx).minimum(currency), currency)
        if unpaid:
            raise DomainError(
                "payout_other_currency_account", typed=rest, symbol=symbol, currency=currency, example=example
            )
        raise DomainError(
            "payout_other_currency", typed=rest, symbol=symbol, currency=currency, example=example, to=to
        )
    try:
        return parse_money(rest, currency).minor
    except DomainError as refusal:
        if refusal.code == "price_comma":  # `提现 1,5`: never ¥15; the amount as meant, `提现 1.5`
            if unpaid:
                raise DomainError(
                    "payout_comma_account", value=rest, example=decimal_point(rest), currency=currency
                ) from None
            raise DomainError("payout_comma", value=rest, example=decimal_point(rest), to=to) from None
        raise await _usage(ctx, rest, destination) from None


async def _nothing_to_pay(ctx: Context, refusal: DomainError, destination: str) -> list[Reply]:
    """Why nothing could be requested; with nothing (or too little) available, an account named is kept
    anyway, and said so, for the `提现` that can pay (any other refusal keeps nothing); asked for more
    than is available: the way to ask for all of it, to the account named (kept). With no account kept
    nor named, each `提现` offered names one (`提现 全部 微信 你的微信号`): `提现 全部` would only be
    refused again, asking where to pay it."""
    above = refusal.code == "payout_above_available"
    if refusal.code not in _NOTHING_TO_PAY:
        raise refusal
    unpaid = not destination and not await ctx.uow.payouts.destination_of(ctx.request.user_id)
    if unpaid and refusal.code in _SAYS_PAYOUT:  # `余额够 ¥10 后发“提现 微信 你的微信号”`
        raise _naming_an_account(refusal, ctx.config.currency)
    if not (destination or above):
        raise refusal
    lang = await ctx.lang()
    said = refusal_text(lang, refusal)
    if above and unpaid:  # more than she has, nowhere to pay: all of it, naming where
        sgd = ctx.config.currency == "SGD"  # PayNow is Singapore's
        others = t(lang, "payout_other_methods_sgd" if sgd else "payout_other_methods")
        said += "\n" + t(lang, "payout_above_available_all_account", others=others)
    elif above:  # more than she has: how to ask for all of it (to the account she named, kept for it)
        said += "\n" + t(lang, "payout_above_available_all", to=f" {destination}" if destination else "")
    if not destination:
        return [Reply(text=said, language=lang)]
    before = await service.keep(ctx.uow, ctx.request.user_id, destination, now=ctx.now)
    if not above and not same_destination(before, destination):
        key = "payout_account_kept_replaced" if before else "payout_account_kept"
        if refusal.code == "payout_balance_below_minimum":  # rep97 #9: she has some, not yet enough
            key += "_minimum"
        shown, was = account_shown(lang, destination), account_shown(lang, before)
        said += "\n" + t(lang, key, to=shown, before=was, minimum=refusal.params.get("minimum", ""))
    return [Reply(text=said, language=lang)]


def _naming_an_account(refusal: DomainError, currency: str) -> DomainError:
    """`refusal` (one of `_SAYS_PAYOUT`) as said to a member with no account kept: the `提现` it offers
    names one."""
    params = refusal.params
    if refusal.code == "payout_only_pending":
        return DomainError(
            "payout_only_pending_account", pending=params["pending"], days=params["days"], currency=currency
        )
    return DomainError(
        "payout_balance_below_minimum_account",
        balance=params["balance"],
        minimum=params["minimum"],
        currency=currency,
    )


def _split(rest: str) -> tuple[str, str, str]:
    """`50 微信 wes888` -> (`50`, `微信 wes888`, `微信`); `50 微信` -> (`50`, "", `微信`); no method word:
    (all of it, "", ""); an account longer than `MAX_DESTINATION` or not one (`微信 到账了吗`) is
    refused (nothing requested)."""
    found = _DESTINATION.match(rest)
    if found is None:
        return rest, "", ""
    account = found["account"].strip()
    if account and (len(account) > MAX_DESTINATION or not _ACCOUNT.fullmatch(account)):
        raise DomainError("payout_destination_invalid", most=MAX_DESTINATION, value=account)
    method = found["method"]
    return (found["amount"] or "").strip(), f"{method} {account}" if account else "", method


async def _not_offered(ctx: Context, method: str, typed: str) -> DomainError:
    """`withdraw 50 paypal mia@x.com`, `withdraw all paynow 91234567` in a ¥ shop (rep69 #3, #4): that it
    is no way commission is paid out, the ways that are (the shop's currency's: PayNow in SGD only) and
    the form; asking for more than she has, her available balance too. Nothing is requested or kept."""
    currency = ctx.config.currency
    word = method.lower()
    name = NOT_PAYOUT_METHODS.get(word) or ("PayNow" if word == "paynow" else method)
    available, _ = await commission_balances(ctx.uow, ctx.request.user_id)
    balance = available.get(currency, 0)
    wanted = None
    if typed and typed.lower() not in _ALL and not names_another_currency(typed, currency):
        try:
            wanted = parse_money(typed, currency).minor
        except DomainError:
            wanted = None  # `withdraw abc paypal …`: the method is what is wrong first
    if wanted is not None and wanted > balance:
        return DomainError(
            "payout_method_not_offered_short",
            method=name,
            currency=currency,
            amount=format_money(wanted, currency),
            balance=format_money(balance, currency),
        )
    return DomainError("payout_method_not_offered", method=name, currency=currency)


async def _usage(ctx: Context, typed: str, destination: str = "") -> DomainError:
    """`提现 -5`, `提现 0`, `提现 abc`, an amount of 23 digits: what was wrong, the form, and her
    available balance and the minimum (as `提现` under the minimum says them). With an account named
    (`提现 abc 支付宝 wei@x.com`, rep76 #10) the form keeps her method and account, and says it was not
    saved (or is the one kept already); a kept account is masked as every other payout message masks it."""
    currency = ctx.config.currency
    member = ctx.request.user_id
    available, pending = await commission_balances(ctx.uow, member)
    if not any(available.values()) and not any(pending.values()) and not await _ever_earned(ctx, member):
        return DomainError("payout_nothing")  # `提现 -5` with no commission at all: that, not the form
    kept = await ctx.uow.payouts.destination_of(member)  # none after a rejection for a wrong account
    balance = format_money(available.get(currency, 0), currency)
    minimum = format_money(_rules(ctx).minimum(currency), currency)
    lang = await ctx.lang()
    if destination:  # the example is the command she sends again: her account as she typed it
        shown = account_shown(lang, destination)
        if kept and same_destination(kept, destination):
            return DomainError(
                "payout_usage_named_kept",
                value=typed,
                to=destination,
                shown=shown,
                balance=balance,
                minimum=minimum,
            )
        return DomainError(
            "payout_usage_named", value=typed, to=destination, shown=shown, balance=balance, minimum=minimum
        )
    if kept:
        to = account_shown(lang, kept)
        return DomainError("payout_usage_kept", value=typed, to=to, balance=balance, minimum=minimum)
    return DomainError("payout_usage", value=typed, balance=balance, minimum=minimum)


async def _ever_earned(ctx: Context, member: str) -> bool:
    """Whether any commission was ever posted to the member (paid out or taken back since, maybe)."""
    earned = (AccountKind.COMMISSION_AVAILABLE, AccountKind.COMMISSION_PENDING)
    return bool(await ctx.uow.ledger.entries_of(member, limit=1, kinds=earned))


def _money(payout: Payout) -> str:
    return format_money(payout.amount, payout.currency)


async def payouts(ctx: Context) -> list[Reply]:
    """The admin's list of open payouts, or a decision on one (`approve 3`, `paid 3`, `reject 3`); in a
    private chat only: who asked for how much is nobody else's business."""
    if ctx.request.user_id not in ctx.config.payout_admins:
        if ctx.is_private and not ctx.command.rest.strip():  # an organiser: what her group buys paid
            said = await produced_said(ctx, await ctx.lang())
            if said:
                return [Reply(text=said, language=await ctx.lang())]
        elif await produced_by(ctx.uow, ctx.request.user_id):
            # `/payouts` in her group, `/payouts #1` (rep80 #10): where her own list is
            raise DomainError("payouts_admins_only_organiser")
        raise DomainError("payouts_admins_only")
    if not ctx.is_private:
        raise DomainError("payouts_private_only")
    lang = await ctx.lang()
    words = ctx.command.rest.split()
    if not words:
        found = await service.pending(ctx.uow)
        if not found:
            return [Reply(text=t(lang, "payouts_none"), language=lang)]
        items = []
        for p in found:
            item = t(
                lang,
                f"payouts_item_{p.status.value}",
                id=p.id,
                name=p.member_name,
                amount=_money(p),
                to=destination_shown(lang, p.destination) or t(lang, "payout_destination_none"),
            )
            uncovered = await service.above_earnings(ctx.uow, p, _rules(ctx).minimum(p.currency))
            if uncovered is not None:  # a refund since: to reject, never approve or mark paid
                code = uncovered.code.removeprefix("payout_")
                item += "\n" + t(lang, f"payouts_item_{code}", **uncovered.params)
            items.append(item)
        return [Reply(text="\n".join([t(lang, "payouts_header"), *items]), language=lang)]
    action = _ACTIONS.get(words[0].lower())
    # `拒绝 3 收款账号不对`: a rejection may say why (the rest, as typed); the others take the number only
    reason = ctx.command.rest.split(maxsplit=2)[2].strip()[:MAX_REASON] if len(words) > 2 else ""
    fits = len(words) == 2 or (reason != "" and action is not None and action[0] == "reject")
    payout_id = parse_int(words[1].lstrip("#")) if fits else None
    if action is None or payout_id is None:
        raise DomainError("payouts_usage")
    if not 1 <= payout_id <= MAX_ID:  # names no row
        raise DomainError("payout_not_found", id=payout_id)
    transition, note = action
    drop = transition == "reject" and _ACCOUNT_FAULT.search(reason) is not None
    before = await ctx.uow.payouts.get(payout_id)
    payout = await service.decide(
        ctx.uow,
        payout_id=payout_id,
        action=transition,
        actor=ctx.request.user_id,
        now=ctx.now,
        rules=_rules(ctx),
        drop_account=drop,
    )
    await _audited(ctx, payout, transition, None if before is None else before.status.value, reason)
    figures = {"id": payout.id, "name": payout.member_name, "amount": _money(payout)}
    own = await language_of(ctx, payout.member)  # theirs, not the admin's (`提现` asked in Chinese)
    balance, short = await _balance(ctx, payout) if transition == "reject" else ("", False)
    if short:  # a refund took commission back: not "available again", her balance now
        done = t(
            lang,
            "payouts_rejected_owed" + ("_reason" if reason else ""),
            balance=balance,
            reason=reason,
            **figures,
        )
        told = t(
            own,
            "payout_rejected_note_owed" + ("_reason" if reason else ""),
            id=payout.id,
            amount=_money(payout),
            balance=balance,
            reason=reason,
        )
    elif reason:  # the member is told why, in their language around the admin's own words
        done = t(lang, "payouts_rejected_reason", reason=reason, **figures)
        told = t(
            own,
            "payout_rejected_note_reason",
            id=payout.id,
            amount=_money(payout),
            balance=balance,
            reason=reason,
        )
    elif transition == "reject":  # the amount back, and her balance now, as 我的收益 says it
        done = t(lang, f"payouts_{payout.status.value}", **figures)
        told = t(own, note, id=payout.id, amount=_money(payout), balance=balance)
    elif transition == "pay" and payout.destination:  # where it was paid, its account masked
        done = t(lang, f"payouts_{payout.status.value}", **figures)
        told = t(own, "payout_paid_note_to", id=payout.id, amount=_money(payout), to=_paid_to(own, payout))
    else:
        done = t(lang, f"payouts_{payout.status.value}", **figures)
        told = t(own, note, id=payout.id, amount=_money(payout))
    if transition == "reject" and payout.destination:  # whether its account is used again, said
        kept = "note" if drop else "kept"
        shown = account_shown(own, payout.destination)  # `Alipay ···i.cn`, in full only in a command
        typed = payout.destination if drop else shown  # rep97 #5: never in full, lower case, in prose
        told += "\n" + t(own, f"payout_rejected_account_{kept}", to=typed, shown=shown)
        if drop:
            done += "\n" + t(lang, "payouts_account_dropped", to=destination_shown(lang, payout.destination))
    return [Reply(text=done, language=lang), Reply(text=told, private_to=payout.member, language=own)]


async def produced_said(ctx: Context, lang: str) -> str:
    """The organiser's `/payouts` (提现审核 is the admins'): the commission her group buys produced, a
    line per group buy and earner, `• #1 芒果 · Mei：佣金 ¥30，已提现 ¥20，已扣回 ¥30，现在欠 ¥20`, and
    how what is owed is settled; "" when her group buys paid nobody anything."""
    produced = await produced_by(ctx.uow, ctx.request.user_id)  # all her group buys (s37)
    if not produced:
        return ""
    lines = [t(lang, "payouts_produced_header")]
    group_buys = list(dict.fromkeys(p.group_buy_id for p in produced))  # newest first
    listed = set(group_buys[:LISTED_GROUP_BUYS])
    for p in produced:
        if p.group_buy_id in listed:
            name = await ctx.uow.members.name_of(identity(ctx.request.platform, p.member)) or p.member
            lines.append(produced_line(lang, p, name))
    if len(group_buys) > LISTED_GROUP_BUYS:  # the older ones in the totals, each on the console's page
        lines.append(t(lang, "payouts_produced_more", shown=LISTED_GROUP_BUYS, count=len(group_buys)))
    if len(group_buys) > 1:  # her whole commission, every group buy of hers
        lines += [produced_total(lang, total, len(group_buys)) for total in totals(produced)]
    if any(p.owes for p in produced):
        lines.append(t(lang, "payouts_produced_owes_note"))
    if any(p.on_hold for p in produced):  # rep86 #1: never "owes" of a payout not paid out
        lines.append(t(lang, "payouts_produced_on_hold_note"))
    return "\n".join(lines)


def produced_total(lang: str, total: Produced, count: int) -> str:
    """`合计（3 个团）：佣金 ¥90，已提现 ¥20，已扣回 ¥30，现在欠 ¥20`: `produced_line`'s figures summed."""
    said = t(lang, "payouts_produced_total", count=count, earned=format_money(total.earned, total.currency))
    return said + _after_earned(lang, total)


def produced_line(lang: str, p: Produced, name: str) -> str:
    """One group buy's commission to one earner, each figure that is not 0 after what it earned."""
    said = t(
        lang,
        "payouts_produced_item",
        id=p.group_buy_id,
        title=p.title,
        name=name,
        earned=format_money(p.earned, p.currency),
    )
    return said + _after_earned(lang, p)


def _after_earned(lang: str, p: Produced) -> str:
    """`，已提现 ¥20，已扣回 ¥30，现在欠 ¥20`: each figure that is not 0."""
    said = ""
    if p.paid_out:
        said += t(lang, "payouts_produced_paid_out", amount=format_money(p.paid_out, p.currency))
    if p.taken_back:
        said += t(lang, "payouts_produced_taken_back", amount=format_money(p.taken_back, p.currency))
    if p.owes:
        said += t(lang, "payouts_produced_owes", amount=format_money(p.owes, p.currency))
    if p.on_hold:
        payouts = ", ".join(f"#{payout}" for payout in p.holding)
        said += t(
            lang, "payouts_produced_on_hold", payouts=payouts, amount=format_money(p.on_hold, p.currency)
        )
    return said


def _paid_to(lang: str, payout: Payout) -> str:
    """`微信 ···4567`, `PayNow ···4567`: the method in the member's words and the account's end."""
    return account_shown(lang, payout.destination)


def destination_shown(lang: str, destination: str) -> str:
    """A payout account in full, as an admin pays it, its method in `lang`'s word whichever way the
    member typed it: `wechat bob456` on a Chinese page is `微信 bob456`, `微信 xl888` on an English one
    `WeChat xl888` (an account naming no method as typed)."""
    method = method_of(destination)
    if not method:
        return destination
    account = destination.split(maxsplit=1)[1:]
    return " ".join([t(lang, f"payout_via_{method}"), *account])


def account_shown(lang: str, destination: str) -> str:
    """A payout account as every message to its member names it (the request, the account kept, the
    payment, /earnings): the method's proper name and the account's end, `PayNow ···4567`, `微信 ···888`
    ("" for none); the account typed in full only where she would send it again as a command."""
    if not destination:
        return ""
    method, account = masked(destination)
    return f"{t(lang, f'payout_via_{method}')} {account}" if method else account


async def _balance(ctx: Context, payout: Payout) -> tuple[str, bool]:
    """The member's available balance once her payout is rejected (`¥44`), and whether it is less than
    the payout gave back (a refund since took commission back: ¥0, or below zero)."""
    available, _ = await commission_balances(ctx.uow, payout.member)
    balance = available.get(payout.currency, 0)
    return format_money(balance, payout.currency), balance < payout.amount


def _rules(ctx: Context) -> PayoutRules:
    """The shop's payout rules (its minimum, the commission's hold), as a request and a review read them."""
    return PayoutRules(ctx.config.payout_minimum, hold_days=ctx.config.commission_hold_days)
