"""The organiser's bare `/paid 1-2` (`已收 1-2`) on an order whose buyer reported less than it comes to
(`/ipaid 1-2 15`, ¥18 owed): never marked paid at the full total without a word (rep64 #5: Leo read
"Kate confirmed your payment of ¥18", the ledger counted ¥18 collected). She is asked first, as the
report's own question asks her: `/paid 1-2 ¥18` if all of it came, or Only ¥15 received (the order stays
unpaid, the buyer told what is left). Nothing changes until she says."""

from __future__ import annotations

from commerce.domain.collecting import is_reported
from commerce.domain.money import format_money
from handlers.collecting import confirm_buttons
from handlers.context import Context
from handlers.texts import t
from handlers.types import Reply


async def asked_first(ctx: Context, order_id: int) -> list[Reply]:
    """The question for a bare confirmation of a short report by its organiser (or an admin); [] for
    any other order (reported in full, not reported, not waiting for payment) or sender: confirmed or
    refused as before."""
    order = await ctx.uow.orders.get(order_id)
    if order is None or order.id is None or not is_reported(order):
        return []
    if not 0 < order.reported_amount < order.total:
        return []
    group_buy = await ctx.uow.group_buys.get(order.group_buy_id)
    if group_buy is None:
        return []
    request = ctx.request
    if request.user_id != group_buy.organiser_id and not request.is_admin:
        return []
    lang = await ctx.lang()
    total = format_money(order.total, order.currency)
    amount = format_money(order.reported_amount, order.currency)
    gap = format_money(order.total - order.reported_amount, order.currency)
    text = t(
        lang,
        "paid_bare_after_short",
        name=order.buyer_name,
        order=order.number,
        title=group_buy.terms.title,
        amount=amount,
        total=total,
        gap=gap,
    )
    buttons = confirm_buttons(order.id, total, lang, short=order.reported_amount, currency=order.currency)
    if ctx.is_private:
        return [Reply(text=text, buttons=buttons, language=lang)]
    me = request.user_id
    room = await ctx.room_lang(group_buy, lang)  # `/paid 2-1 2-2` in an English group: English there
    line = t(room, "paid_bare_after_short_in_group", name=request.display_name, order=order.number)
    return [
        Reply(text=line, language=room, says_sent_to=me),
        Reply(text=text, buttons=buttons, private_to=me, language=lang),
    ]
