"""A refund's answer (`退款 1-3`, to whoever refunded it) names the commission it took back: whose and how
much, `分享人 Mei 的佣金 ¥15 已扣回。` ("Mei's commission of ¥15 on it was taken back."), and, when that
leaves her below zero after a payout, what she owes now, `Mei 已提现过，现在欠 ¥20，之后的佣金会先抵扣。`.
An open payout it leaves uncovered is said by `payouts_blocked_said` instead, and she owes only what is
left below zero once it is rejected (a payout paid before, another asked for: `/payouts`' "owes ¥44 now,
payout #2 (¥44 of it) on hold"). Nothing is said of an order
that earned nobody commission."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from commerce.domain.commission import Role
from commerce.domain.member import identity
from commerce.domain.money import format_money
from commerce.domain.order import Order
from handlers.commission_notices import owes_after, parts_said, roles_of, uncovered_payout
from handlers.context import Context
from handlers.texts import t


async def commission_back_said(
    ctx: Context, order: Order, earned: Iterable[tuple[str, int]], *, part: bool = False
) -> Callable[[str], str] | None:
    """The sentences the refund's answer gets, rendered in a language; None when the order earned
    nobody anything (`part`: a part refund, `earned` what it takes back). Read before the take-back is
    posted."""
    found: list[tuple[str, str, int, dict[Role, int], int]] = []  # name, text, amount, parts, owes
    for earner, amount in earned:
        if amount <= 0:
            continue
        name = await ctx.uow.members.name_of(identity(ctx.request.platform, earner)) or earner
        parts = dict(await roles_of(ctx.uow, order, earner, amount))
        if len(parts) > 1:  # a help-seller who is also its sharer: each part named
            key = "both"
        elif parts:
            key = "helpseller" if Role.HELP_SELLER in parts else "sharer"
        else:
            key = "helpseller" if order.help_seller_id == earner else "sharer"
        owes = await owes_after(ctx, earner, order, amount if part else None)
        uncovered = await uncovered_payout(ctx.uow, earner, order, amount if part else None) if owes else None
        if uncovered is not None:  # her open payout is uncovered first (`refund_payout_blocked` says it): she
            owes = max(owes - uncovered[0].amount, 0)  # owes only what its rejection leaves, as /payouts says
        found.append((name, f"refund_commission_back_{key}", amount, parts, owes))
    if not found:
        return None

    def said_in(lang: str) -> str:
        said = []
        for name, key, amount, parts, owes in found:
            money = format_money(amount, order.currency)
            said.append(t(lang, key, name=name, amount=money, parts=parts_said(lang, parts, order.currency)))
            if owes:
                owed = format_money(owes, order.currency)
                said.append(t(lang, "refund_commission_owes", name=name, amount=owed))
        text = said[0]
        for sentence in said[1:]:
            text = t(lang, "two_sentences", first=text, second=sentence)
        return text

    return said_in
