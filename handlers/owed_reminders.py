"""Orders forgotten after pickup (review 51 #11): an order paid offline never lapses (README:
Reservation), so one still unpaid `OWED_AFTER_PICKUP` after its group buy's pickup time gets one
private reminder to its buyer (one message listing her orders, rep55 #12), the organiser one line per
group buy listing who still owes, and a help-seller (帮卖) the same of her group's buyers. Once
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
    """With every sweep: the orders owed `OWED_AFTER_PICKUP` past their pickup, each reminded once: one
    message per buyer listing her orders (never paid, so never collected either: `Order.fulfil` takes
    only a paid one), each group buy's with how to pay (its payment note, else whom to ask) and whom to
    ask for a new pickup; one per organiser's group buy, and one per help-seller (帮卖) naming her
    group's buyers."""

    async def __call__(self) -> list[Reply]:
        now, platform = self.clock.now(), self.config.outbox_platform  # whose own language is looked up
        async with self.uow_factory() as uow:
            owed = await uow.orders.owed_past_pickup(picked_by=now - OWED_AFTER_PICKUP)
            replies: list[Reply] = []
            by_group_buy: dict[int, tuple[GroupBuy, list[Order]]] = {}
            by_buyer: dict[str, list[tuple[GroupBuy, Order]]] = {}
            by_seller: dict[tuple[str, int], list[Order]] = {}
            for order in owed:
                group_buy = await uow.group_buys.get(order.group_buy_id)
                if group_buy is None or is_guest(order.buyer_id) or order.buyer_id == group_buy.organiser_id:
                    continue
                if order.id is None or not await uow.orders.mark_reminded(order.id, now):
                    continue  # another sweep reminded it
                by_buyer.setdefault(order.buyer_id, []).append((group_buy, order))
                by_group_buy.setdefault(order.group_buy_id, (group_buy, []))[1].append(order)
                if order.chat_id != group_buy.chat_id and group_buy.id is not None:  # 帮卖: her group's buyer
                    listing = await uow.listings.in_chat(group_buy.id, order.chat_id)
                    if listing is not None and listing.seller_id not in (
                        group_buy.organiser_id,
                        order.buyer_id,
                    ):
                        by_seller.setdefault((listing.seller_id, group_buy.id), []).append(order)
            for buyer, held in by_buyer.items():
                group_buy, first = held[0]
                lang = await buyer_language(uow, platform, group_buy, first, self.memo, buyer)
                replies.append(Reply(text=self._buyer_text(held, lang), private_to=buyer, language=lang))
            for group_buy, orders in by_group_buy.values():
                lang = await organiser_language(uow, group_buy, self.memo, platform)
                text = t(
                    lang,
                    "owed_to_organiser",
                    title=group_buy.terms.title,
                    id=group_buy.id,
                    date=self._pickup(group_buy, lang),
                    owed=self._owed(orders, lang),
                    example=orders[0].number,
                    count=len({o.buyer_id for o in orders}),
                )
                replies.append(Reply(text=text, private_to=group_buy.organiser_id, language=lang))
            for (seller, group_buy_id), orders in by_seller.items():
                group_buy = by_group_buy[group_buy_id][0]
                lang = await buyer_language(uow, platform, group_buy, orders[0], self.memo, seller)
                text = t(
                    lang,
                    "owed_to_seller",
                    title=group_buy.terms.title,
                    id=group_buy.id,
                    date=self._pickup(group_buy, lang),
                    owed=self._owed(orders, lang),
                    organiser=group_buy.organiser_name,
                    count=len({o.buyer_id for o in orders}),
                )
                replies.append(Reply(text=text, private_to=seller, language=lang))
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

    @staticmethod
    def _owed(orders: list[Order], lang: str) -> str:
        return t(lang, "list_separator").join(
            t(lang, "owed_item", order=o.number, name=o.buyer_name, total=format_money(o.total, o.currency))
            for o in orders
        )

    def _buyer_text(self, held: list[tuple[GroupBuy, Order]], lang: str) -> str:
        """Her orders, a line each, and under each group buy's how to pay and whom to ask to collect."""
        lines = [t(lang, "owed_to_buyer_head", count=len(held))]
        groups: dict[int, tuple[GroupBuy, list[Order]]] = {}
        for group_buy, order in held:
            groups.setdefault(order.group_buy_id, (group_buy, []))[1].append(order)
        for group_buy, orders in groups.values():
            terms = group_buy.terms
            for order in orders:
                total = format_money(order.total, order.currency)
                date = self._pickup(group_buy, lang)
                lines.append(
                    t(lang, "owed_to_buyer_line", title=terms.title, id=group_buy.id, order=order.number,
                      total=total, date=date)
                )  # fmt: skip
            about = {"organiser": group_buy.organiser_name, "order": orders[0].number}
            if terms.payment_note:
                lines.append(t(lang, "owed_to_buyer_how_note", note=terms.payment_note, **about))
            else:
                lines.append(t(lang, "owed_to_buyer_how_ask", **about))
        return "\n".join(lines)
