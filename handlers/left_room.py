"""A member who left a group, or was removed from it, while on its group buys: each organiser of those is
told privately (which of hers he is on), since he no longer reads the group: his order goes to him only
privately, never in the group, and where the bot cannot reach him privately the organiser is told to
(bot/wechat/adapter.py). WeChat's room-leave asks for it (`ChatApp.left(..., tell=True)`)."""

from __future__ import annotations

from collections.abc import Sequence

from commerce.domain.group_buy import GroupBuy
from commerce.domain.member import identity
from commerce.domain.order import OrderStatus
from commerce.ports import UnitOfWork
from handlers import chat_names
from handlers.texts import t
from handlers.types import Reply

OPEN_LOOKED_AT = 50  # his newest open joins looked at


async def organiser_notices(
    uow: UnitOfWork, platform: str, chat_id: str, user_ids: Sequence[str], *, language: str
) -> list[Reply]:
    """For each member who left `chat_id` and each organiser whose group buys of it he is on (a line of
    an open one, an unpaid order of a closed one): one private message naming him and those buys. Read
    before his membership goes (his name there)."""
    chat = (await chat_names.titles(uow, [chat_id])).get(chat_id, "")
    replies: list[Reply] = []
    for user_id in user_ids:
        buys: dict[int, GroupBuy] = {}
        for group_buy_id in await uow.views.open_joins_of(user_id, limit=OPEN_LOOKED_AT):
            group_buy = await uow.group_buys.get(group_buy_id)
            if group_buy is not None and group_buy.chat_id == chat_id:
                buys[group_buy_id] = group_buy
        for order in await uow.orders.for_buyer(user_id):
            if order.chat_id != chat_id or order.status is not OrderStatus.PENDING_PAYMENT:
                continue
            group_buy = await uow.group_buys.get(order.group_buy_id)
            if group_buy is not None:
                buys[order.group_buy_id] = group_buy
        if not buys:
            continue
        who = identity(platform, user_id)
        name = await uow.members.name_in(chat_id, who) or await uow.members.name_of(who) or user_id
        by_organiser: dict[str, list[GroupBuy]] = {}
        for group_buy_id in sorted(buys):
            group_buy = buys[group_buy_id]
            by_organiser.setdefault(group_buy.organiser_id, []).append(group_buy)
        languages = await uow.members.languages([identity(platform, o) for o in by_organiser])
        for organiser, theirs in by_organiser.items():
            if organiser == user_id:
                continue
            lang = languages.get(identity(platform, organiser)) or language
            listed = t(lang, "list_separator").join(
                t(lang, "left_room_buy", title=g.terms.title, id=g.id) for g in theirs
            )
            key = "left_room_organiser" if chat else "left_room_organiser_unnamed"
            text = t(lang, key, name=name, chat=chat, buys=listed)
            replies.append(Reply(text=text, private_to=organiser, language=lang))
    return replies
