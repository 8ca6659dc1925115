"""A member who left a group, or was removed from it, while on its group buys: each organiser of those is
told privately (which of hers he is on), since he no longer reads the group: his order goes to him only
privately, never in the group, and where the bot cannot reach him privately the organiser is told to
(bot/wechat/adapter.py). WeChat's room-leave asks for it (`ChatApp.left(..., tell=True)`)."""

from __future__ import annotations

from collections.abc import Sequence

from commerce.domain.group_buy import GroupBuy
from commerce.domain.member import identity
from commerce.domain.order import Order, OrderStatus
from commerce.ports import UnitOfWork
from handlers import chat_names
from handlers.texts import t
from handlers.types import Reply

OPEN_LOOKED_AT = 50  # his newest open joins looked at


async def organiser_notices(
    uow: UnitOfWork, platform: str, chat_id: str, user_ids: Sequence[str], *, language: str
) -> list[Reply]:
    """For each member who left `chat_id`: each organiser whose group buys he is on there (a line made
    there of an open one, his own group's or one listed there: 帮卖; an order of that group not picked up
    yet, unpaid or paid), and each help-seller of those, one private message naming him and them. Read
    before his membership goes (his name there)."""
    chat = (await chat_names.titles(uow, [chat_id])).get(chat_id, "")
    replies: list[Reply] = []
    for user_id in user_ids:
        told, sellers = await _his_buys(uow, chat_id, user_id)
        if not told:
            continue
        who = identity(platform, user_id)
        name = await uow.members.name_in(chat_id, who) or await uow.members.name_of(who) or user_id
        languages = await uow.members.languages([identity(platform, o) for o in told])
        for to, theirs in told.items():
            lang = languages.get(identity(platform, to)) or language
            listed = t(lang, "list_separator").join(_item(lang, *theirs[n]) for n in sorted(theirs))
            key = "left_room_seller" if to in sellers else "left_room_organiser"
            key += "" if chat else "_unnamed"
            text = t(lang, key, name=name, chat=chat, buys=listed)
            replies.append(Reply(text=text, private_to=to, language=lang))
    return replies


async def _his_buys(
    uow: UnitOfWork, chat_id: str, user_id: str
) -> tuple[dict[str, dict[int, tuple[GroupBuy, Order | None]]], set[str]]:
    """Whom his leaving `chat_id` concerns, each with his group buys and orders there (by group buy),
    and which of them are help-sellers."""
    told: dict[str, dict[int, tuple[GroupBuy, Order | None]]] = {}  # organiser or help-seller: his
    sellers: set[str] = set()

    def add(to: str, group_buy: GroupBuy, order: Order | None, *, seller: bool = False) -> None:
        if to == user_id or group_buy.id is None:
            return
        told.setdefault(to, {})[group_buy.id] = (group_buy, order)
        if seller:
            sellers.add(to)

    for group_buy_id in await uow.views.open_joins_of(user_id, limit=OPEN_LOOKED_AT):
        group_buy = await uow.group_buys.get(group_buy_id)
        if group_buy is None:
            continue
        if group_buy.chat_id == chat_id:
            add(group_buy.organiser_id, group_buy, None)
            continue
        listing = await uow.listings.in_chat(group_buy_id, chat_id) if group_buy.listings else None
        if listing is None or not any(
            line.user_id == user_id and line.listing_id == listing.id
            for line in await uow.listings.lines(group_buy_id, listing.id, limit=None)
        ):
            continue
        add(group_buy.organiser_id, group_buy, None)
        if listing.seller_id != group_buy.organiser_id:
            add(listing.seller_id, group_buy, None, seller=True)
    for order in await uow.orders.for_buyer(user_id):
        if order.chat_id != chat_id or order.status not in _NOT_PICKED_UP:
            continue
        group_buy = await uow.group_buys.get(order.group_buy_id)
        if group_buy is not None:
            add(group_buy.organiser_id, group_buy, order)
            if order.help_seller_id and order.help_seller_id != group_buy.organiser_id:
                add(order.help_seller_id, group_buy, order, seller=True)
    return told, sellers


_NOT_PICKED_UP = frozenset({OrderStatus.PENDING_PAYMENT, OrderStatus.PAID})


def _item(lang: str, group_buy: GroupBuy, order: Order | None) -> str:
    """`赣南脐橙（#1）` (a line of an open one), `赣南脐橙（#1）订单 #1-5（已付款，未取货）`."""
    if order is None:
        return t(lang, "left_room_buy", title=group_buy.terms.title, id=group_buy.id)
    key = "left_room_order_paid" if order.status is OrderStatus.PAID else "left_room_order_unpaid"
    return t(lang, key, title=group_buy.terms.title, id=group_buy.id, order=order.number)
