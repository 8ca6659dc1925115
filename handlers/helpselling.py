"""Help-selling (帮卖) in the chat: the organiser's `帮卖 开 10%` / `/helpsell on 10%` opens a group buy
to it (`帮卖 关` / `/helpsell off` closes it to new listings), and `帮卖 #12` / `/helpsell #12` typed in
another group lists it there, its sender the help-seller (commerce.domain.listings).

A listed group buy has a card in each chat that lists it (its key: `listings.card_key`), showing that
chat's own lines under the shared terms and progress. Whatever changes its card in one chat changes it
in all (`spread`), and its close is announced in each (`announce_close`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace

from commerce.domain.commission import percent
from commerce.domain.errors import DomainError
from commerce.domain.group_buy import GroupBuy, Participant
from commerce.domain.listings import card_key
from commerce.ports import UnitOfWork
from commerce.services import listings as service
from commerce.services.group_buys import Closing
from handlers.cards import LISTED, card_update, closing_text
from handlers.config import AppConfig
from handlers.context import Context, chat_setting
from handlers.memo import LanguageMemo
from handlers.parsing.helpselling import FORM
from handlers.referrals import basis_points, managed
from handlers.texts import t
from handlers.types import Reply


async def helpsell(ctx: Context) -> list[Reply]:
    """帮卖: set the rate, close it, or list a group buy here; alone, how it works."""
    rest = ctx.command.rest.strip()
    match = FORM.match(rest)
    if not rest or match is None:
        raise DomainError("helpsell_usage")
    named = match.group("id") or match.group("id2")
    group_buy_id = int(named) if named else ctx.command.group_buy_id
    if match.group("on") or match.group("off"):
        rate = match.group("rate")
        return await _set_rate(ctx, group_buy_id, basis_points(rate) if rate else 0)
    assert group_buy_id is not None  # the form without a rate is `#12`
    return await _list_here(ctx, group_buy_id)


async def _set_rate(ctx: Context, group_buy_id: int | None, rate_bp: int) -> list[Reply]:
    group_buy = await managed(ctx, group_buy_id, usage=DomainError("helpsell_usage"))
    group_buy = await service.set_help_sell_rate(
        ctx.uow, group_buy, actor=ctx.request.user_id, is_admin=ctx.request.is_admin, rate_bp=rate_bp
    )
    lang = await ctx.lang(group_buy)
    title = group_buy.terms.title
    if rate_bp:
        text = t(lang, "helpsell_on", id=group_buy.id, title=title, rate=percent(rate_bp))
    else:
        text = t(lang, "helpsell_off", id=group_buy.id, title=title)
    return [Reply(text=text, language=lang), card_update(group_buy)]


async def _list_here(ctx: Context, group_buy_id: int) -> list[Reply]:
    if ctx.is_private:
        raise DomainError("helpsell_in_group", id=group_buy_id)
    request = ctx.request
    group_buy, listing = await service.list_here(
        ctx.uow,
        group_buy_id=group_buy_id,
        chat_id=request.chat_id,
        seller_id=request.user_id,
        seller_name=request.display_name,
        now=ctx.now,
    )
    assert listing.id is not None
    lang = await ctx.lang()
    params = {"id": group_buy.id, "title": group_buy.terms.title, "organiser": group_buy.organiser_name}
    text = t(
        lang,
        "helpsell_listed_here",
        seller=listing.seller_name,
        rate=percent(group_buy.help_sell_rate_bp),
        **params,
    )
    organiser_lang = await chat_setting(ctx.uow, group_buy.chat_id, ctx.memo) or group_buy.lang
    where = (await ctx.uow.chat_names.titles([request.chat_id])).get(request.chat_id) or t(
        organiser_lang, "share_code_another_chat"
    )
    told = t(organiser_lang, "helpsell_listed_organiser", seller=listing.seller_name, chat=where, **params)
    replies = [
        Reply(text=text, language=lang),
        Reply(card_of=card_key(listing.id), chat_id=request.chat_id, new_card=True),
        Reply(text=told, private_to=group_buy.organiser_id, language=organiser_lang),
        card_update(group_buy),  # its card says one more chat sells it
    ]
    if listing.seller_id == group_buy.organiser_id:  # her own group buy in another group of hers
        del replies[2]
    return replies


async def spread(uow: UnitOfWork, replies: Sequence[Reply], here: str) -> list[Reply]:
    """Each card change of a listed group buy made in every chat that shows it: the card in the chat the
    command came from is the one posted anew (a `进度`), the others are edited."""
    out: list[Reply] = []
    for reply in replies:
        if reply.card_of is None or not reply.extra.get(LISTED):
            out.append(reply)
            continue
        found = await uow.listings.of_group_buy(reply.card_of)
        out.append(replace(reply, new_card=reply.new_card and reply.chat_id == here, extra={}))
        out += [
            Reply(
                card_of=card_key(listing.id),
                chat_id=listing.chat_id,
                new_card=reply.new_card and listing.chat_id == here,
            )
            for listing in found
            if listing.id is not None
        ]
    return out


async def announce_close(
    uow: UnitOfWork, closing: Closing, replies: list[Reply], *, memo: LanguageMemo, config: AppConfig | None
) -> list[Reply]:
    """A listed group buy's close told in each chat that lists it, in that chat's language, with that
    chat's own orders and units."""
    group_buy = closing.group_buy
    if not group_buy.listings or group_buy.id is None:
        return replies
    told = []
    for listing in await uow.listings.of_group_buy(group_buy.id):
        assert listing.id is not None
        lang = await chat_setting(uow, listing.chat_id, memo) or group_buy.lang
        lines = await uow.listings.lines(group_buy.id, listing.id, limit=None)
        if lines:  # this group's own orders and units, not the whole group buy's
            buyers, units = len({line.user_id for line in lines}), sum(line.quantity for line in lines)
            text = closing_text(replace(closing, buyers=buyers, units=units), lang=lang, config=config)
        else:
            text = t(lang, "helpsell_closed_none_here", title=group_buy.terms.title, id=group_buy.id)
        told.append(Reply(text=text, chat_id=listing.chat_id, language=lang))
    return [*replies, *told]


async def chat_lines(uow: UnitOfWork, group_buy: GroupBuy, chat_id: str) -> list[Participant]:
    """Every line of the list as `chat_id` sees it: a listed group buy's lines made in that chat."""
    assert group_buy.id is not None
    if not group_buy.listings:
        return await uow.group_buys.participants(group_buy.id)
    listing = await service.reaches(uow, group_buy, chat_id)
    return await uow.listings.lines(group_buy.id, None if listing is None else listing.id, limit=None)


async def sales_line(uow: UnitOfWork, group_buy: GroupBuy, lang: str) -> str | None:
    """For its organiser: the units each listing's chat took (None: nobody lists it)."""
    if not group_buy.listings or group_buy.id is None:
        return None
    listed = await uow.listings.of_group_buy(group_buy.id)
    units = Counter[int | None]()
    for line in await uow.group_buys.participants(group_buy.id):
        units[line.listing_id] += line.quantity
    names = await uow.chat_names.titles([listing.chat_id for listing in listed])
    other = t(lang, "share_code_another_chat")
    parts = [
        t(lang, "list_listing", seller=seller, chat=names.get(chat) or other, units=units[listing_id])
        for listing_id, chat, seller in ((each.id, each.chat_id, each.seller_name) for each in listed)
    ]
    return t(lang, "list_listings", listings=t(lang, "list_separator").join(parts))


async def tell_listings(
    uow: UnitOfWork, group_buy: GroupBuy, memo: LanguageMemo, lines: Callable[[str], list[str]]
) -> list[Reply]:
    """What the group buy's own group is told about a change (`lines` in a language: a new price, a
    new deadline), told in each group that lists it too, in that group's language (none: nothing)."""
    if not group_buy.listings or group_buy.id is None:
        return []
    told = []
    for listing in await uow.listings.of_group_buy(group_buy.id):
        lang = await chat_setting(uow, listing.chat_id, memo) or group_buy.lang
        said = lines(lang)
        if said:  # under the group buy's name: that group has its own group buys too
            head = t(lang, "card_title", title=group_buy.terms.title, id=group_buy.id)
            told.append(Reply(text="\n".join([head, *said]), chat_id=listing.chat_id, language=lang))
    return told
