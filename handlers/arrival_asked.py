"""`什么时候到`, `粽子什么时候到？`, `鸡蛋到了吗`, `什么时候到货`, `when do they arrive?` (rep74 #2):
after the close, a buyer asking when the goods arrive is answered from her own orders, as
`什么时候可以取` answers (each group buy she holds an order of: its pickup place and time when set, else
that the organiser has not said, and whom to ask). In a group, a member with no order here (or naming a
product none of hers is) is talk, never answered; in private she is answered as the pickup question is."""

from __future__ import annotations

from dataclasses import replace

from commerce.domain.asking import Intent, Question, arrival_asked, read
from commerce.domain.order import OrderStatus
from commerce.services import asking as service
from commerce.services.chat_names import chat_label
from handlers.context import Context
from handlers.texts import t
from handlers.types import Reply

_AS_PICKUP = {"zh": "什么时候可以取", "en": "when can I pick up?"}


async def as_pickup(ctx: Context, text: str) -> str | None:
    """The pickup question `text` is answered as (`什么时候可以取`, `… #3` when it names one of hers),
    `text` itself when it asks nothing of arrival or, nothing of hers here, is asked of the bot (`问 大米
    什么时候到`: answered as any question), None to stay silent (overheard in a group, nothing of hers)."""
    what = arrival_asked(text)
    if what is None:
        return text
    asked = _AS_PICKUP["zh" if read(text).lang == "zh" else "en"]
    request = ctx.request
    question = read(asked)
    if ctx.is_private:
        mine = await service.mine_everywhere(ctx.uow, question, asker=request.user_id)
    else:
        mine = await service.mine_here(ctx.uow, question, chat_id=request.chat_id, asker=request.user_id)
    mine = [found for found in mine if found.order is not None]  # her orders: the goods to arrive
    if what:
        word = what.casefold()
        named = [
            found
            for found in mine
            if word in found.group_buy.terms.title.casefold()
            or any(word == option.name.casefold() for option in found.group_buy.terms.options)
        ]
        if len(named) == 1 and named[0].group_buy.id is not None:
            return f"{asked} #{named[0].group_buy.id}"
        mine = named or ([] if not ctx.is_private else mine)
    if not mine and not ctx.is_private:  # nothing of hers here: talk, unless asked of the bot (`问 …`)
        return None if ctx.command.in_words else text
    return asked


async def refunded_here(ctx: Context, text: str) -> list[Reply]:
    """In a group, `什么时候到` from a buyer whose every order here was refunded (rep75 #3): told privately
    which were refunded, so there is nothing to collect, the group reading the usual one line
    (`Bob，已私信回复你。`); [] (talk) when she holds no refunded order here (or names another product)."""
    what = arrival_asked(text)
    if what is None or ctx.is_private:
        return []
    return await _refunded_told(ctx, text, what.casefold())


async def refunded_pickup_here(ctx: Context, question: Question, text: str) -> list[Reply]:
    """In a group, the pickup question asked of the bot (`/ask when can I pick up?`, `@Tuan 什么时候取货？`)
    from a member with nothing here to collect whose orders here (on the group buy named, if one is)
    were refunded: told privately, as `什么时候到` is, that there is nothing to collect, never the pickup
    with the offer to ask the organiser (rep93 #8); [] otherwise (answered as it was)."""
    request = ctx.request
    if ctx.is_private or await service.mine_here(
        ctx.uow, question, chat_id=request.chat_id, asker=request.user_id
    ):
        return []
    return await _refunded_told(ctx, text, "", question.group_buy_id)


async def _refunded_told(ctx: Context, text: str, word: str, group_buy_id: int | None = None) -> list[Reply]:
    refunded = []
    for order in await ctx.uow.orders.for_buyer(ctx.request.user_id):  # newest first
        if order.status is not OrderStatus.REFUNDED or order.chat_id != ctx.request.chat_id:
            continue
        if group_buy_id is not None and order.group_buy_id != group_buy_id:
            continue
        group_buy = await ctx.uow.group_buys.get(order.group_buy_id)
        if group_buy is None or (word and word not in group_buy.terms.title.casefold()):
            continue
        refunded.append((order, group_buy))
    if not refunded:
        return []
    typed = read(text).lang
    lang = await ctx.private_lang(typed)
    orders = t(lang, "list_separator").join(
        t(lang, "arrival_refunded_order", order=order.number, title=group_buy.terms.title)
        for order, group_buy in refunded[:3]
    )
    if len(refunded) > 3:  # the newest three named, the count saying how many in all
        orders += "…"
    said = t(lang, "arrival_refunded", count=len(refunded), orders=orders)
    return await answered_privately(ctx, typed, said, lang)


async def refunded_anywhere(ctx: Context, lang: str) -> str | None:
    """In private, the pickup question (`什么时候到`, `when does it arrive?`) from one with nothing to
    collect whose orders were refunded (rep78 #8): which were, so there is nothing to pick up, never a
    buy she was not on as the example; None when none of hers was refunded."""
    refunded = []
    for order in await ctx.uow.orders.for_buyer(ctx.request.user_id):  # newest first
        if order.status is not OrderStatus.REFUNDED:
            continue
        group_buy = await ctx.uow.group_buys.get(order.group_buy_id)
        if group_buy is not None:
            refunded.append((order, group_buy))
    if not refunded:
        return None
    orders = t(lang, "list_separator").join(
        t(lang, "arrival_refunded_order", order=order.number, title=group_buy.terms.title)
        for order, group_buy in refunded[:3]
    )
    if len(refunded) > 3:
        orders += "…"
    return t(lang, "arrival_refunded_private", count=len(refunded), orders=orders)


async def cancelled_here(ctx: Context, text: str) -> list[Reply]:
    """In a group, the pickup question (or `什么时候到`) from a buyer whose orders here were all cancelled
    (rep86 #12): told privately which were, so there is nothing to pick up (`cancelled`), the group
    reading the usual one line; [] when that is not so (answered as before)."""
    if ctx.is_private:
        return []
    typed = read(text).lang
    lang = await ctx.private_lang(typed)
    said = await cancelled(ctx, text, lang)
    if said is None:
        return []
    return await answered_privately(ctx, typed, said, lang)


async def answered_privately(ctx: Context, typed: str, said: str, lang: str) -> list[Reply]:
    """`said` (in `lang`) sent to the asker privately, the group reading only that it was (`Tom，已私信回复
    你。`, in the group's language, `typed` the words' own): a question about her own money or orders."""
    me = ctx.request.user_id
    group = await ctx.heard_by_group(typed)
    told = t(group, "ask_money_answered_privately", name=ctx.request.display_name)
    return [Reply(text=told, language=group, says_sent_to=me), Reply(text=said, private_to=me, language=lang)]


async def cancelled(ctx: Context, text: str, lang: str) -> str | None:
    """The pickup question (`什么时候取货`, `when can I pick up?`, `什么时候到` as it) from a buyer whose
    orders (in a group: of this group) were all cancelled, with nothing else to collect (rep86 #12):
    which were, so there is nothing to pick up, and how to join a round of the product open now; None
    when she has something to collect or no cancelled order (`service.cancelled_only`): answered as before."""
    request = ctx.request
    chat_id = None if ctx.is_private else request.chat_id
    question = read(text)
    if arrival_asked(text) is not None:  # `什么时候到`, `大米什么时候到`: asked as the pickup question
        question = replace(question, intent=Intent.PICKUP)
    found = await service.cancelled_only(ctx.uow, question, asker=request.user_id, chat_id=chat_id)
    if found is None:
        return None
    orders = t(lang, "list_separator").join(
        t(lang, "arrival_refunded_order", order=order.number, title=group_buy.terms.title)
        for order, group_buy in found.orders
    )
    if found.count > len(found.orders):  # the newest named, the count saying how many in all
        orders += "…"
    key = "pickup_cancelled_private" if ctx.is_private else "pickup_cancelled"
    said = [t(lang, key, count=found.count, orders=orders)]
    for group_buy in found.open_again:  # a round of its product open now: how to join it, and where
        about = {"title": group_buy.terms.title, "id": group_buy.id, "example": f"+1 #{group_buy.id}"}
        if ctx.is_private or group_buy.chat_id != request.chat_id:
            chat = await chat_label(ctx.uow, group_buy.chat_id)
            said.append(t(lang, "pickup_cancelled_open_in", chat=chat, **about))
        else:
            said.append(t(lang, "pickup_cancelled_open", **about))
    return ("" if lang == "zh" else " ").join(said)


async def own_example(ctx: Context) -> int | None:
    """The group buy of her newest order (the pickup question's example: one she was on), None: none."""
    for order in await ctx.uow.orders.for_buyer(ctx.request.user_id):
        return order.group_buy_id
    return None
