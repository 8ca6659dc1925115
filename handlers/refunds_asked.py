"""`钱到了吗`, `退款到了吗`, `did I get my refund?` from a buyer whose order was refunded (rep74 #7): each
refunded order, newest first (at most `LISTED`), with what was given back and who gives it
(`订单 #1-1 已退款 ¥106，Lijie 会直接退给你；没收到请联系 Lijie`); one refunded in part says what of it
(`订单 #1-2 已部分退款 ¥68（已付 ¥144）…`); money received of an unpaid order (只收到) given back, that
(`订单 #1-3 已退回之前收到的 ¥50…`); paid online, that it went back the way it was paid."""

from __future__ import annotations

from commerce.domain.order import Order, OrderStatus
from handlers.cards import money
from handlers.context import Context
from handlers.texts import t

LISTED = 3
_REFUNDS = ("refunded", "part_refunded")


def _given_back(order: Order) -> int:
    return -sum(p.amount for p in order.payments if p.kind in _REFUNDS)


async def refunds_said(ctx: Context, lang: str) -> list[str]:
    """A line per order of the asker's given money back, whole or in part; [] when none was."""
    said: list[str] = []
    for order in await ctx.uow.orders.for_buyer(ctx.request.user_id):  # newest first
        back = _given_back(order)
        whole = order.status is OrderStatus.REFUNDED
        if back <= 0 or not (whole or order.status in (OrderStatus.PAID, OrderStatus.FULFILLED)):
            received = order.received_refunded  # 只收到 ¥50 given back before it was paid (rep84 #1)
            group_buy = await ctx.uow.group_buys.get(order.group_buy_id) if received else None
            if group_buy is not None:
                said.append(
                    t(
                        lang,
                        "ask_money_received_refunded",
                        order=order.number,
                        amount=money(received, group_buy),
                        organiser=group_buy.organiser_name,
                    )
                )
                if len(said) == LISTED:
                    break
            continue
        group_buy = await ctx.uow.group_buys.get(order.group_buy_id)
        if group_buy is None:
            continue
        last = next(p for p in reversed(order.payments) if p.kind in _REFUNDS)
        organiser = group_buy.organiser_name
        if last.method != "offline":  # Stars, a provider: back the way it was paid
            key = "ask_money_refunded_online" if whole else "ask_money_part_refunded_online"
        else:
            key = "ask_money_refunded" if whole else "ask_money_part_refunded"
        said.append(
            t(
                lang,
                key,
                order=order.number,
                amount=money(back, group_buy),
                paid=money(order.total, group_buy),
                organiser=organiser,
            )
        )
        if len(said) == LISTED:
            break
    return said
