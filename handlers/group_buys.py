"""Group buy commands: open (开团), join (+1), leave (-1/退出), status (进度), close (截单), cancel (取消).

Each handler makes one service call in the update's unit of work and answers in words; the live card is
only named (`card_update`), never rendered here, so `+1` on a busy group buy loads no participant list.
"""

from __future__ import annotations

from commerce.domain.money import format_money
from commerce.services import group_buys as service
from commerce.services.group_buys import Participation
from handlers.cards import card_update, closing_replies, format_deadline, price_line
from handlers.context import Context
from handlers.parsing.terms import parse_terms
from handlers.texts import t
from handlers.types import Reply


async def open_group_buy(ctx: Context) -> list[Reply]:
    lang = await ctx.lang()
    terms = parse_terms(ctx.command.rest, currency=ctx.config.currency, now=ctx.now, tz=ctx.tz)
    group_buy = await service.open_group_buy(
        ctx.uow,
        chat_id=ctx.request.chat_id,
        organiser_id=ctx.request.user_id,
        organiser_name=ctx.request.display_name,
        terms=terms,
        now=ctx.now,
        lang=lang,
    )
    text = t(
        lang,
        "opened",
        id=group_buy.id,
        title=group_buy.terms.title,
        price=format_money(group_buy.terms.unit_price, group_buy.terms.currency),
        deadline=format_deadline(group_buy.deadline, ctx.tz, lang),
    )
    return [Reply(text=text, language=lang), card_update(group_buy, new=True)]


async def join(ctx: Context) -> list[Reply]:
    command = ctx.command
    joined = await service.join(
        ctx.uow,
        chat_id=ctx.request.chat_id,
        group_buy_id=command.group_buy_id,
        user_id=ctx.request.user_id,
        display_name=ctx.request.display_name,
        quantity=command.quantity or 1,
        now=ctx.now,
        friend=command.friend,
    )
    group_buy, line = joined.group_buy, joined.line
    lang = await ctx.lang(group_buy)
    title = group_buy.terms.title
    if command.tap:
        toast = t(lang, "toast_joined", quantity=line.quantity, title=title)
        return [card_update(group_buy), Reply(toast=toast, language=lang)]
    params = {"name": ctx.request.display_name, "quantity": line.quantity, "title": title, "id": group_buy.id}
    if command.friend:
        friends = t(lang, "list_separator").join(line.friends)
        text = t(lang, "joined_for", friends=friends, **params)
    else:
        text = t(lang, "joined", **params)
    gap = t(lang, "sentence_gap")
    text += gap + price_line(group_buy, lang)
    if _just_reached_target(joined):
        text += gap + t(lang, "target_reached")
    return [Reply(text=text, language=lang), card_update(group_buy)]


def _just_reached_target(joined: Participation) -> bool:
    group_buy = joined.group_buy
    return group_buy.target_reached and group_buy.sold - joined.delta < group_buy.terms.target


async def leave(ctx: Context) -> list[Reply]:
    command = ctx.command
    left = await service.leave(
        ctx.uow,
        chat_id=ctx.request.chat_id,
        group_buy_id=command.group_buy_id,
        user_id=ctx.request.user_id,
        quantity=command.quantity,
        now=ctx.now,
    )
    group_buy, line = left.group_buy, left.line
    lang = await ctx.lang(group_buy)
    title = group_buy.terms.title
    if command.tap:
        toast = (
            t(lang, "toast_lowered", quantity=line.quantity, title=title)
            if line.quantity
            else t(lang, "toast_left", title=title)
        )
        return [card_update(group_buy), Reply(toast=toast, language=lang)]
    name = ctx.request.display_name
    if line.quantity:
        text = t(lang, "lowered", name=name, quantity=line.quantity, title=title, id=group_buy.id)
        text += t(lang, "sentence_gap") + price_line(group_buy, lang)
    else:
        text = t(lang, "left", name=name, title=title, id=group_buy.id)
    return [Reply(text=text, language=lang), card_update(group_buy)]


async def status(ctx: Context) -> list[Reply]:
    group_buy = await service.find(
        ctx.uow, chat_id=ctx.request.chat_id, group_buy_id=ctx.command.group_buy_id
    )
    if ctx.command.tap:
        lang = await ctx.lang(group_buy)
        return [card_update(group_buy), Reply(toast=t(lang, "toast_status"), language=lang)]
    return [card_update(group_buy, new=True)]


async def close(ctx: Context) -> list[Reply]:
    closing = await service.close(
        ctx.uow,
        chat_id=ctx.request.chat_id,
        group_buy_id=ctx.command.group_buy_id,
        actor=ctx.request.user_id,
        is_admin=ctx.request.is_admin,
        now=ctx.now,
    )
    return closing_replies(closing, lang=await ctx.lang(closing.group_buy), tz=ctx.tz)


async def cancel(ctx: Context) -> list[Reply]:
    closing = await service.cancel(
        ctx.uow,
        chat_id=ctx.request.chat_id,
        group_buy_id=ctx.command.group_buy_id,
        actor=ctx.request.user_id,
        is_admin=ctx.request.is_admin,
        now=ctx.now,
    )
    return closing_replies(closing, lang=await ctx.lang(closing.group_buy), tz=ctx.tz)
