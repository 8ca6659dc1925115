"""Orders forgotten after pickup (review 51 #11): an order paid offline never lapses (README:
Reservation), so one still unpaid `OWED_AFTER_PICKUP` after its group buy's pickup time gets one
private reminder to its buyer, and the organiser one line per group buy listing who still owes. Once
per order, whatever sweeps or processes run it: `orders.reminded_at` is claimed (a guarded write) in the
transaction that writes the messages. Not reminded: an order reported paid (it waits for the organiser),
a 代报 guest's (the organiser collects it herself), the organiser's own, and any group buy with no
pickup time set."""

from __future__ import annotations

from datetime import timedelta

from commerce.domain.group_buy import GroupBuy
from commerce.domain.guests import is_guest
from commerce.domain.money import format_money
from commerce.domain.order import Order
from handlers.cards import format_deadline
from handlers.chores import Chore
from handlers.recipients import buyer_language, organiser_language
from handlers.texts import t
from handlers.types import Reply

OWED_AFTER_PICKUP = timedelta(days=3)


class OwedReminders(Chore):
    """With every sweep: the orders owed `OWED_AFTER_PICKUP` past their pickup, each reminded once."""

    async def __call__(self) -> list[Reply]:
        now = self.clock.now()
        async with self.uow_factory() as uow:
            owed = await uow.orders.owed_past_pickup(picked_by=now - OWED_AFTER_PICKUP)
            replies: list[Reply] = []
            by_group_buy: dict[int, tuple[GroupBuy, list[Order]]] = {}
            for order in owed:
                group_buy = await uow.group_buys.get(order.group_buy_id)
                if group_buy is None or is_guest(order.buyer_id) or order.buyer_id == group_buy.organiser_id:
                    continue
                if order.id is None or not await uow.orders.mark_reminded(order.id, now):
                    continue  # another sweep reminded it
                lang = await buyer_language(uow, None, group_buy, order, self.memo, order.buyer_id)
                replies.append(
                    Reply(
                        text=self._buyer_text(group_buy, order, lang),
                        private_to=order.buyer_id,
                        language=lang,
                    )
                )
                by_group_buy.setdefault(order.group_buy_id, (group_buy, []))[1].append(order)
            for group_buy, orders in by_group_buy.values():
                lang = await organiser_language(uow, group_buy, self.memo)
                owing = t(lang, "list_separator").join(
                    t(
                        lang,
                        "owed_item",
                        order=o.number,
                        name=o.buyer_name,
                        total=format_money(o.total, o.currency),
                    )
                    for o in orders
                )
                text = t(
                    lang,
                    "owed_to_organiser",
                    title=group_buy.terms.title,
                    id=group_buy.id,
                    date=self._pickup(group_buy, lang),
                    owed=owing,
                    example=orders[0].number,
                )
                replies.append(Reply(text=text, private_to=group_buy.organiser_id, language=lang))
            if not replies:
                return []
            await self.outbox.queue(uow, replies, None, now)
            await uow.commit()
        self.outbox.queued()
        return replies

    def _pickup(self, group_buy: GroupBuy, lang: str) -> str:
        at = group_buy.terms.pickup_at
        assert at is not None  # `owed_past_pickup`: only group buys with a pickup time
        return format_deadline(at, self.tz, lang)

    def _buyer_text(self, group_buy: GroupBuy, order: Order, lang: str) -> str:
        return t(
            lang,
            "owed_to_buyer",
            title=group_buy.terms.title,
            order=order.number,
            total=format_money(order.total, order.currency),
            date=self._pickup(group_buy, lang),
            organiser=group_buy.organiser_name,
        )
