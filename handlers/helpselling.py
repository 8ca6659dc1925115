"""Help-selling (帮卖) in the chat: the organiser's `帮卖 开 10%` / `/helpsell on 10%` opens a group buy
to it (`帮卖 关` / `/helpsell off` closes it to new listings), and `帮卖 #12` / `/helpsell #12` typed in
another group lists it there, its sender the help-seller (commerce.domain.listings).

A listed group buy has a card in each chat that lists it (its key: `listings.card_key`), showing that
chat's own lines under the shared terms and progress. Whatever changes its card in one chat changes it
in all (`spread`), and its close is announced in each (`announce_close`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from zoneinfo import ZoneInfo

from commerce.domain.commission import percent
from commerce.domain.errors import DomainError, NotFound
from commerce.domain.group_buy import GroupBuy, GroupBuyStatus, Participant
from commerce.domain.guests import is_guest
from commerce.domain.listings import Listing, card_key, seen_in
from commerce.domain.member import identity
from commerce.domain.money import format_money
from commerce.domain.order import Order, OrderStatus
from commerce.domain.roster import SOLD_NOTHING, Roster
from commerce.ports import UnitOfWork
from commerce.services import listings as service
from commerce.services.group_buys import Closing, Participation
from commerce.services.ledger import commission_as_paid
from handlers import chat_names, no_buttons, organiser_told
from handlers.cards import LISTED, card_update, closing_text, failed_key
from handlers.config import AppConfig
from handlers.context import Context, chat_setting, listing_language
from handlers.members import steady_languages
from handlers.memo import LanguageMemo
from handlers.parsing.helpselling import BAD_RATE, FORM, ON_ALONE, RATE_UNREADABLE
from handlers.recipients import organiser_language
from handlers.referrals import basis_points, managed
from handlers.texts import status_text, t
from handlers.texts import units as unit_texts
from handlers.texts.pickup import pickup_text
from handlers.types import Reply

_CALLED_OFF = (GroupBuyStatus.CANCELLED, GroupBuyStatus.FAILED)  # told to every listing group and seller
_DROPPED = (OrderStatus.CANCELLED, OrderStatus.REFUNDED)  # their units are not sold (`RosterLine.counts`)


async def helpsell(ctx: Context) -> list[Reply]:
    """帮卖: set the rate, close it, or list a group buy here; alone, how it works."""
    rest = ctx.command.rest.strip()
    match = FORM.match(rest)
    if (
        rest and match is None and (bad := BAD_RATE.match(rest))
    ):  # `帮卖 开 12.345%`: what is wrong (rep82 #10)
        await _takes_a_rate(ctx, bad.group("id") or bad.group("id2"))
        raise DomainError("helpsell_rate_bad", rate=bad.group("rate"))
    alone = None if match is not None else ON_ALONE.match(rest)
    if alone is not None:  # `帮卖 开`: the rate is missing, said so, nothing changed (review 99 #12)
        named = alone.group("id") or alone.group("id2")
        if named:
            raise DomainError("helpsell_rate_missing_numbered", id=int(named))
        raise DomainError("helpsell_rate_missing")
    unreadable = None if match is not None else RATE_UNREADABLE.match(rest)
    if unreadable is not None:  # `帮卖 #1 开 abc`: what was wrong, and the form with her number
        named = unreadable.group("id") or unreadable.group("id2")
        await _takes_a_rate(ctx, named)
        raise DomainError(
            "helpsell_rate_unreadable", rate=unreadable.group("rate"), at=f" #{named}" if named else ""
        )
    if not rest or match is None:
        raise DomainError("helpsell_usage")
    named = match.group("id") or match.group("id2")
    group_buy_id = int(named) if named else ctx.command.group_buy_id
    if match.group("on") or match.group("off"):
        rate = match.group("rate")
        return await _set_rate(ctx, group_buy_id, basis_points(rate) if rate else 0)
    assert group_buy_id is not None  # the form without a rate is `#12`
    return await _list_here(ctx, group_buy_id)


async def _takes_a_rate(ctx: Context, named: str | None) -> None:
    """A rate written wrong for a group buy named by number (`帮卖 #3 开 abc`): refused first as no rate
    can be set on it (not here, not hers, closed), as a rate written right is, so fixing the rate never
    meets a second refusal (rep104 #10)."""
    if not named:
        return
    group_buy = await managed(ctx, int(named))
    request = ctx.request
    service.rate_settable(
        group_buy, actor=request.user_id, is_admin=request.is_admin, in_chat=request.chat_id
    )


async def _set_rate(ctx: Context, group_buy_id: int | None, rate_bp: int) -> list[Reply]:
    # none open here: how to name one, with the rate she typed (`帮卖 #12 开 10%`), not a closed one's refusal
    none_open = DomainError("helpsell_none_open_here_off")
    if rate_bp:
        none_open = DomainError("helpsell_none_open_here_on", rate=percent(rate_bp))
    group_buy = await managed(ctx, group_buy_id, usage=DomainError("helpsell_usage"), none_open=none_open)
    was_bp = group_buy.help_sell_rate_bp
    group_buy = await service.set_help_sell_rate(
        ctx.uow,
        group_buy,
        actor=ctx.request.user_id,
        is_admin=ctx.request.is_admin,
        rate_bp=rate_bp,
        in_chat=ctx.request.chat_id,
    )
    lang = await ctx.lang(group_buy)
    title = group_buy.terms.title
    if rate_bp and rate_bp == was_bp:  # on at that rate already: nothing changed, nobody told (rep82 #10)
        text = t(lang, "helpsell_same", id=group_buy.id, title=title, rate=percent(rate_bp))
        return [Reply(text=text, language=lang)]
    if rate_bp and was_bp and rate_bp != was_bp:  # on already: raised (or, none listing it, lowered), said so
        key = "helpsell_raised" if rate_bp > was_bp else "helpsell_lowered"  # rep79 #9
        text = t(lang, key, id=group_buy.id, title=title, was=percent(was_bp), rate=percent(rate_bp))
    elif rate_bp:
        text = t(lang, "helpsell_on", id=group_buy.id, title=title, rate=percent(rate_bp))
    else:
        text = t(lang, "helpsell_off", id=group_buy.id, title=title)
    told = [] if rate_bp <= was_bp else await _raised_to_sellers(ctx, group_buy, was_bp)
    # someone else's (a chat admin's): the organiser, who pays it, is told
    told += await organiser_told.told(
        ctx, group_buy, organiser_told.rate_changed(group_buy, "helpsell", was_bp)
    )
    return [Reply(text=text, language=lang), card_update(group_buy), *told]


async def _raised_to_sellers(ctx: Context, group_buy: GroupBuy, was_bp: int) -> list[Reply]:
    """A raised rate applies to every listing's sales: each help-seller is told privately, in her own
    language (a lower one is refused once listed: `service.set_help_sell_rate`)."""
    told = []
    for seller, (lang, where) in (await _sellers(ctx.uow, group_buy, ctx.request.platform, ctx.memo)).items():
        text = t(
            lang,
            "helpsell_raised_seller",
            title=group_buy.terms.title,
            id=group_buy.id,
            organiser=group_buy.organiser_name,
            was=percent(was_bp),
            rate=percent(group_buy.help_sell_rate_bp),
            chats=where,
        )
        told.append(Reply(text=text, private_to=seller, language=lang))
    return told


async def _sellers(
    uow: UnitOfWork, group_buy: GroupBuy, platform: str | None, memo: LanguageMemo
) -> dict[str, tuple[str, str]]:
    """Each help-seller of `group_buy` (the organiser's own listings aside: she knows), with her steady
    language (`steady_languages`: her private `/lang`, else her app's, else her group's; never the words
    she last typed; `platform` None: her `/lang`, else her group's) and the names of the groups she lists
    it in."""
    if not group_buy.listings or group_buy.id is None:
        return {}
    groups: dict[str, list[Listing]] = {}
    for listing in await uow.listings.of_group_buy(group_buy.id):
        if listing.seller_id != group_buy.organiser_id:
            groups.setdefault(listing.seller_id, []).append(listing)
    names = await uow.chat_names.titles([each.chat_id for listed in groups.values() for each in listed])
    found = {}
    for seller, listed in groups.items():
        there = await listing_language(uow, group_buy, listed[0], memo)
        lang = (await steady_languages(uow, platform, [seller], there))[seller]
        other = t(lang, "share_code_another_chat")
        where = (names.get(each.chat_id) or other for each in listed)
        found[seller] = (lang, t(lang, "list_separator").join(where))
    return found


async def _list_here(ctx: Context, group_buy_id: int) -> list[Reply]:
    if ctx.is_private:
        raise DomainError("helpsell_in_group", id=group_buy_id)
    request = ctx.request
    try:
        group_buy, listing, took_over = await service.list_here(
            ctx.uow,
            group_buy_id=group_buy_id,
            chat_id=request.chat_id,
            seller_id=request.user_id,
            seller_name=request.display_name,
            now=ctx.now,
            lang=ctx.command.typed or await ctx.lang(),
        )
    except NotFound as missing:
        if missing.code != "group_buy_not_found":
            raise
        raise await _not_listable(ctx, group_buy_id) from missing
    assert listing.id is not None
    # what this group is told reads as its card: the group's `/lang`, else the words typed (`listing.lang`)
    lang = await listing_language(ctx.uow, group_buy, listing, ctx.memo)
    params = {"id": group_buy.id, "title": group_buy.terms.title, "organiser": group_buy.organiser_name}
    if took_over:  # by a help-seller: the organiser never takes a group's listing over
        key = "helpsell_taken_over_here"
    elif listing.seller_id == group_buy.organiser_id:  # her own group buy: she earns no commission on it
        key = "helpsell_listed_here_own"
    else:
        key = "helpsell_listed_here"
    text = t(
        lang,
        no_buttons.text_key(key, request.platform),
        seller=listing.seller_name,
        rate=percent(group_buy.help_sell_rate_bp),
        **params,
    )
    organiser_lang = await organiser_language(
        ctx.uow, group_buy, ctx.memo, ctx.request.platform
    )  # hers, else the group's
    where = (await ctx.uow.chat_names.titles([request.chat_id])).get(request.chat_id) or t(
        organiser_lang, "share_code_another_chat"
    )
    told = t(
        organiser_lang,
        "helpsell_taken_over_organiser" if took_over else "helpsell_listed_organiser",
        seller=listing.seller_name,
        chat=where,
        **params,
    )
    replies = [
        Reply(text=text, language=lang),
        Reply(card_of=card_key(listing.id), chat_id=request.chat_id, new_card=True),
        Reply(text=told, private_to=group_buy.organiser_id, language=organiser_lang),
        card_update(group_buy),  # its card says one more chat sells it
    ]
    if took_over:  # still one listing: the group buy's own card does not change
        del replies[3]
    if listing.seller_id == group_buy.organiser_id:  # her own group buy in another group of hers
        del replies[2]
    return replies


async def _not_listable(ctx: Context, group_buy_id: int) -> DomainError:
    """`帮卖 #12` naming no group buy it may list: to a member of its own group (who sees it there
    anyway), that it is not open to help-selling yet and whom to ask, or that it closed; to anyone
    else the same answer whether #12 exists or not (nothing of another group leaks), saying what
    help-selling needs: its organiser's `帮卖 #12 开 10%` in its own group first."""
    group_buy = await ctx.uow.group_buys.get(group_buy_id)
    who = identity(ctx.request.platform, ctx.request.user_id)
    if group_buy is not None and await ctx.uow.members.name_in(group_buy.chat_id, who) is not None:
        title, organiser = group_buy.terms.title, group_buy.organiser_name
        if group_buy.help_sell_rate_bp <= 0:
            return DomainError("helpsell_not_open_ask", id=group_buy.id, title=title, organiser=organiser)
        if not group_buy.is_open:
            return DomainError(
                "group_buy_closed", id=group_buy.id, title=title, status=group_buy.status.value
            )
    return DomainError("helpsell_not_found", id=group_buy_id)


async def made_elsewhere(uow: UnitOfWork, joined: Participation, lang: str, *, private: bool = False) -> str:
    """A join that went to the member's line made in another group (a line stays where it was first
    made): which group, so she knows where her units, her list line and her order are ("": here).
    `private`: joined from her private chat with the bot, which has no list of its own to speak of."""
    if joined.made_in is None:
        return ""
    other = t(lang, "share_code_another_chat")
    where = (await uow.chat_names.titles([joined.made_in])).get(joined.made_in) or other
    units = unit_texts.amount(lang, joined.delta, joined.group_buy.terms.unit)  # `这 2斤`, `这 2 份`
    if private:
        return t(lang, "helpsell_joined_elsewhere_private", chat=where, units=units)
    return t(lang, "helpsell_joined_elsewhere", chat=where, units=units)


async def line_elsewhere(
    uow: UnitOfWork, group_buy: GroupBuy, line: Participant, chat_id: str, lang: str
) -> str:
    """For a member already on the list who taps Join in `chat_id`: where her line is, when it was
    made in another group ("": here, or a group buy nobody lists)."""
    if not group_buy.listings:
        return ""
    here = await service.reaches(uow, group_buy, chat_id)
    if line.listing_id == (None if here is None else here.id):
        return ""
    made_in = await service.chat_of(uow, group_buy, line.listing_id)
    where = (await uow.chat_names.titles([made_in])).get(made_in) or t(lang, "share_code_another_chat")
    return t(lang, "helpsell_line_elsewhere", chat=where)


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


async def buyers_by_group(uow: UnitOfWork, group_buy: GroupBuy) -> Counter[int | None]:
    """How many buyers (orders) each group of a listed group buy has, by listing (None: its own group):
    a buyer with lines in two groups has one order, counted once, in the group of her first line (where
    the order belongs), so the groups' counts add up to the orders."""
    assert group_buy.id is not None
    first: dict[str, int | None] = {}
    for line in await uow.group_buys.participants(group_buy.id):
        if line.quantity > 0:
            first.setdefault(line.user_id, line.listing_id)
    return Counter(first.values())


async def announce_close(
    uow: UnitOfWork, closing: Closing, replies: list[Reply], *, memo: LanguageMemo, config: AppConfig | None
) -> list[Reply]:
    """A listed group buy's close told in each chat that lists it, in that chat's language, with that
    chat's own orders and units; a cancel or a failure is told as such, whether that chat joined it or
    not."""
    group_buy = closing.group_buy
    if not group_buy.listings or group_buy.id is None:
        return replies
    told = []
    counted = await buyers_by_group(uow, group_buy)  # a buyer in two groups: one order, in her first's
    for listing in await uow.listings.of_group_buy(group_buy.id):
        assert listing.id is not None
        lang = await listing_language(uow, group_buy, listing, memo)
        lines = await uow.listings.lines(group_buy.id, listing.id, limit=None)
        if lines or group_buy.status in _CALLED_OFF:  # this group's own orders and units
            # its orders, each counted once (in the group of its buyer's first line); a group holding
            # only lines of orders counted elsewhere says those (never `0 个订单、1 份`)
            buyers = counted[listing.id] or len({line.user_id for line in lines})
            units = sum(line.quantity for line in lines)
            here = _orders_in(closing, listing.chat_id)  # its example order is one of this group's
            text = closing_text(
                replace(closing, orders=here, buyers=buyers, units=units), lang=lang, config=config
            )
        else:
            text = t(lang, "helpsell_closed_none_here", title=group_buy.terms.title, id=group_buy.id)
        told.append(Reply(text=text, chat_id=listing.chat_id, language=lang))
    if group_buy.status is GroupBuyStatus.SUCCEEDED:
        replies = await _own_group_figures(uow, closing, replies, memo=memo, config=config)
    return [*replies, *told]


async def _own_group_figures(
    uow: UnitOfWork, closing: Closing, replies: list[Reply], *, memo: LanguageMemo, config: AppConfig | None
) -> list[Reply]:
    """The organiser's own group is told its own orders and units too (or that nobody there joined),
    never the other groups' buyers; the organiser reads every group's in her close summary
    (`close_groups`)."""
    group_buy = closing.group_buy
    assert group_buy.id is not None
    lines = await uow.listings.lines(group_buy.id, None, limit=None)
    buyers, units = (await buyers_by_group(uow, group_buy))[None], sum(line.quantity for line in lines)
    out: list[Reply] = []
    for reply in replies:
        if reply.chat_id != group_buy.chat_id or not reply.text or reply.private_to or reply.is_card:
            out.append(reply)
            continue
        lang = reply.language or await chat_setting(uow, group_buy.chat_id, memo) or group_buy.lang
        if lines:
            here = _orders_in(closing, group_buy.chat_id)  # its example order is one of this group's
            text = closing_text(
                replace(closing, orders=here, buyers=buyers, units=units), lang=lang, config=config
            )
        else:
            text = t(lang, "helpsell_closed_none_here", title=group_buy.terms.title, id=group_buy.id)
        out.append(replace(reply, text=text))
    return out


def _orders_in(closing: Closing, chat_id: str) -> list[Order]:
    """The close's orders made in `chat_id` (an order of a listing's lines belongs to its chat): the
    example each group's close message shows (`/ipaid 2-2`) is an order of that group, never another's."""
    return [order for order in closing.orders if order.chat_id == chat_id]


async def own_pickups_said(uow: UnitOfWork, group_buy: GroupBuy, lang: str, tz: ZoneInfo) -> str:
    """The groups selling `group_buy` that set their own pickup, each with it, for the organiser's close
    summary (`「二号群」：2号楼大堂 · 12月7日 周一 10:00`); "" when none did."""
    own = await service.own_pickups(uow, group_buy)
    if not own:
        return ""
    names = await chat_names.titles(uow, list(own))
    other = t(lang, "share_code_another_chat")
    return t(lang, "closed_private_groups_separator").join(
        t(
            lang,
            "close_own_pickup_group",
            chat=names.get(chat) or other,
            pickup=pickup_text(seen_in(group_buy, found).terms, tz, lang),
        )
        for chat, found in own.items()
    )


async def close_groups(uow: UnitOfWork, closing: Closing, lang: str) -> str:
    """For the organiser's close summary (one message, whichever way it closed) of a listed group buy that
    other groups sold too: each group's own orders and units, as each group was told them at the close
    (`announce_close`; a help-seller's group named with her), the summary's own totals being all groups'.
    "" when only her own group has any (or it did not succeed, or nobody lists it)."""
    group_buy = closing.group_buy
    if not group_buy.listings or group_buy.id is None or group_buy.status is not GroupBuyStatus.SUCCEEDED:
        return ""
    listed = await uow.listings.of_group_buy(group_buy.id)
    names = await chat_names.titles(uow, [group_buy.chat_id, *(listing.chat_id for listing in listed)])
    other, unit = t(lang, "share_code_another_chat"), group_buy.terms.unit
    own = names.get(group_buy.chat_id) or t(lang, "roster_group_own")
    counted = await buyers_by_group(uow, group_buy)  # a buyer in two groups: one order, in her first's
    groups = [(own, "", counted[None], await uow.listings.lines(group_buy.id, None, limit=None))]
    for listing in listed:
        seller = "" if listing.seller_id == group_buy.organiser_id else listing.seller_name
        lines = await uow.listings.lines(group_buy.id, listing.id, limit=None)
        groups.append((names.get(listing.chat_id) or other, seller, counted[listing.id], lines))
    own_lines = groups[0][3]
    own_figures = (counted[None], sum(line.quantity for line in own_lines))
    if own_figures == (closing.order_count, closing.unit_count):  # nobody else sold any
        return ""
    parts = [
        t(
            lang,
            "closed_private_group_helpseller" if seller else "closed_private_group",
            chat=chat,
            seller=seller,
            orders=t(lang, "orders_count", count=buyers) if buyers else t(lang, "orders_elsewhere"),
            units=unit_texts.units(lang, sum(line.quantity for line in lines), unit),  # `3 份`, "2 kg"
        )
        for chat, seller, buyers, lines in groups
        if lines
    ]
    return t(lang, "closed_private_groups", groups=t(lang, "closed_private_groups_separator").join(parts))


async def closed_to_sellers(
    uow: UnitOfWork, closing: Closing, *, platform: str | None, memo: LanguageMemo
) -> list[Reply]:
    """A listed group buy's successful close told to each help-seller privately, one message in her own
    language (`platform` None: her groups'): her groups' own orders and units, as each group was told
    them (`announce_close`), and the commission they come to once paid (each order's as `已收` would
    post it, whole: `commission_as_paid`), none when her rate is 0 or the orders are still being
    written (a big close: `closing.pending`). A group of hers where nobody joined is said so."""
    group_buy = closing.group_buy
    if group_buy.status is not GroupBuyStatus.SUCCEEDED or not group_buy.listings or group_buy.id is None:
        return []
    sellers = await _sellers(uow, group_buy, platform, memo)
    if not sellers:
        return []
    listed = await uow.listings.of_group_buy(group_buy.id)
    counted = await buyers_by_group(uow, group_buy)
    names = await chat_names.titles(uow, [listing.chat_id for listing in listed])
    earned: Counter[str] = Counter()
    if not closing.pending:
        for order in closing.orders:
            split = await commission_as_paid(uow, order) if order.help_seller_id in sellers else None
            for share in split.shares if split is not None else ():
                earned[share.member] += share.amount if share.member in sellers else 0
    told = []
    for seller, (lang, _) in sellers.items():
        parts = []
        for listing in (found for found in listed if found.seller_id == seller):
            assert listing.id is not None
            units = sum(
                line.quantity for line in await uow.listings.lines(group_buy.id, listing.id, limit=None)
            )
            buyers = counted[listing.id]
            orders = t(lang, "orders_count", count=buyers) if buyers else t(lang, "orders_elsewhere")
            chat = names.get(listing.chat_id) or t(lang, "share_code_another_chat")
            parts.append(
                t(
                    lang,
                    "closed_private_group",
                    chat=chat,
                    orders=orders,
                    units=unit_texts.units(lang, units, group_buy.terms.unit),
                )
                if units
                else t(lang, "helpsell_closed_seller_none", chat=chat)
            )
        groups = t(lang, "closed_private_groups_separator").join(parts)
        text = t(lang, "helpsell_closed_seller", title=group_buy.terms.title, id=group_buy.id, groups=groups)
        if earned[seller] > 0:
            amount = format_money(earned[seller], group_buy.terms.currency)
            text += t(lang, "helpsell_closed_seller_commission", amount=amount)
        told.append(Reply(text=text, private_to=seller, language=lang))
    return told


async def called_off_to_sellers(
    uow: UnitOfWork, group_buy: GroupBuy, *, platform: str | None, memo: LanguageMemo
) -> list[Reply]:
    """A cancel, or a failure at the deadline, told to each help-seller privately (her friends ask
    her), in her own language (`platform` None: her groups'), naming the groups she listed it in, which
    were told (the organiser's own listings: she knows)."""
    if group_buy.status not in _CALLED_OFF:
        return []
    return [
        Reply(text=_called_off(group_buy, lang, where), private_to=seller, language=lang)
        for seller, (lang, where) in (await _sellers(uow, group_buy, platform, memo)).items()
    ]


def _called_off(group_buy: GroupBuy, lang: str, chats: str) -> str:
    title, organiser = group_buy.terms.title, group_buy.organiser_name
    if group_buy.status is GroupBuyStatus.FAILED:
        sold, target = group_buy.sold, group_buy.terms.target
        return t(
            lang,
            failed_key(group_buy, "helpsell_failed_seller"),  # opened without a target: nobody joined
            title=title,
            id=group_buy.id,
            organiser=organiser,
            sold=sold,
            target=target,
            chats=chats,
        )
    return t(
        lang, "helpsell_cancelled_seller", title=title, id=group_buy.id, organiser=organiser, chats=chats
    )


async def chat_lines(uow: UnitOfWork, group_buy: GroupBuy, chat_id: str) -> list[Participant]:
    """Every line of the list as `chat_id` sees it: a listed group buy's lines made in that chat."""
    assert group_buy.id is not None
    if not group_buy.listings:
        return await uow.group_buys.participants(group_buy.id)
    listing = await service.reaches(uow, group_buy, chat_id)
    return await uow.listings.lines(group_buy.id, None if listing is None else listing.id, limit=None)


async def units_by_listing(
    uow: UnitOfWork, group_buy: GroupBuy
) -> tuple[Counter[int | None], Counter[int | None], Counter[int | None]]:
    """Per listing (None: the organiser's own group): the live units its chat took, those refunded and
    those cancelled unpaid (a refunded or cancelled order's units are not sold: `RosterLine.counts`); a
    group buy that sold nothing has no orders: every line's units are live, as its lines show them."""
    assert group_buy.id is not None
    units = Counter[int | None]()
    refunded = Counter[int | None]()  # given back: said beside the live units, as the card says them
    cancelled = Counter[int | None]()
    orders = await uow.orders.for_group_buy(group_buy.id)
    dropped = {order.buyer_id for order in orders if order.status in _DROPPED}
    paid_back = {order.buyer_id for order in orders if order.status is OrderStatus.REFUNDED}
    for line in await uow.group_buys.participants(group_buy.id):
        if line.user_id not in dropped:  # a group buy that sold nothing has no orders: every line's
            units[line.listing_id] += line.quantity
        elif line.user_id in paid_back:
            refunded[line.listing_id] += line.quantity
        else:
            cancelled[line.listing_id] += line.quantity
    return units, refunded, cancelled


async def sales_line(uow: UnitOfWork, group_buy: GroupBuy, lang: str) -> str | None:
    """For its organiser: the live units each listing's chat took (None: nobody lists it). As the rest of
    the list: a refunded or cancelled order's units are not counted. A failed or cancelled group buy sold
    none: the units that were on its lines, as the lines above show them, marked with what happened."""
    if not group_buy.listings or group_buy.id is None:
        return None
    listed = await uow.listings.of_group_buy(group_buy.id)
    units, refunded, _ = await units_by_listing(uow, group_buy)
    names = await uow.chat_names.titles([listing.chat_id for listing in listed])
    other = t(lang, "share_code_another_chat")
    unit = group_buy.terms.unit
    # her own listings in her other groups are no 帮卖: with one among them, each group is named as a
    # group it is on sale in (`公司群 ×1`), a help-seller's as hers (`邻居群（Bob 帮卖）×3`)
    hers = any(listing.seller_id == group_buy.organiser_id for listing in listed)

    def key(listing: Listing) -> str:
        if not hers:
            key = "list_listing"
        elif listing.seller_id == group_buy.organiser_id:
            key = "list_listing_own"
        else:
            key = "list_listing_helpseller"
        return f"{key}_refunded" if refunded[listing.id] else key

    parts = [
        t(
            lang,
            key(each),
            seller=each.seller_name,
            chat=names.get(each.chat_id) or other,
            units=unit_texts.times(units[each.id], unit, lang),  # `×4`, `4 kg`
            refunded=unit_texts.units(lang, refunded[each.id], unit),  # `×0（已退款 2 份）`
        )
        for each in listed
    ]
    listings = t(lang, "list_separator").join(parts)
    if group_buy.status in SOLD_NOTHING:  # cancelled or failed: asked for, never sold
        unsold = "list_listings_groups_unsold" if hers else "list_listings_unsold"
        return t(lang, unsold, status=status_text(lang, group_buy.status), listings=listings)
    return t(lang, "list_listings_groups" if hers else "list_listings", listings=listings)


async def own_pickups_text(
    uow: UnitOfWork, group_buy: GroupBuy, own: Iterable[Listing], lang: str, tz: ZoneInfo
) -> str:
    """`block7 (Block 7 lobby · Tue 8 Dec 18:00)`, one per group in `own` (each set its own pickup)."""
    own = list(own)
    names = await chat_names.titles(uow, [listing.chat_id for listing in own])
    other = t(lang, "share_code_another_chat")
    return t(lang, "organiser_notice_separator").join(
        t(
            lang,
            "pickup_group_own",
            group=names.get(listing.chat_id) or other,
            pickup=pickup_text(seen_in(group_buy, listing).terms, tz, lang),
        )
        for listing in own
    )


async def own_pickups_line(uow: UnitOfWork, group_buy: GroupBuy, lang: str, tz: ZoneInfo) -> str | None:
    """For its organiser's `/list`: each group that set its own pickup, with it (None: none did)."""
    own = await service.own_pickups(uow, group_buy)
    if not own:
        return None
    return t(lang, "list_own_pickups", groups=await own_pickups_text(uow, group_buy, own.values(), lang, tz))


async def line_groups(uow: UnitOfWork, group_buy: GroupBuy, lang: str) -> dict[int | None, str]:
    """For the organiser's `/list` and `/export`: the name of the group each line was made in, by
    listing (None: the group buy's own chat), named as other chats are (handlers.chat_names); {} when
    nobody lists it."""
    if not group_buy.listings or group_buy.id is None:
        return {}
    listed = await uow.listings.of_group_buy(group_buy.id)
    names = await chat_names.titles(uow, [group_buy.chat_id, *(listing.chat_id for listing in listed)])
    other = t(lang, "share_code_another_chat")
    groups: dict[int | None, str] = {None: names.get(group_buy.chat_id) or t(lang, "roster_group_own")}
    groups.update({listing.id: names.get(listing.chat_id) or other for listing in listed})
    return groups


async def joined_in_private(uow: UnitOfWork, roster: Roster, platform: str) -> frozenset[str]:
    """For the organiser's `/list` and `/export`: the members whose line in the group buy's own chat was
    made by a share code in a private chat: not a member of that group, and brought by a share code (a
    member who joined in the group and left it since keeps her line labelled by where it was made: the
    group's; a 代报 guest is the organiser's)."""
    chat_id = roster.group_buy.chat_id
    found = set()
    for user_id in dict.fromkeys(line.user_id for line in roster.lines if line.listing_id is None):
        if (
            user_id
            and not is_guest(user_id)
            and await uow.members.name_in(chat_id, identity(platform, user_id)) is None
        ):
            found.add(user_id)
    if not found or roster.group_buy.id is None:
        return frozenset(found)
    brought = {
        visit.visitor_id for visit in await uow.attribution.visits_of(roster.group_buy.id, list(found))
    }
    return frozenset(found & brought)


async def tell_listings(
    uow: UnitOfWork, group_buy: GroupBuy, memo: LanguageMemo, lines: Callable[[str], list[str]]
) -> list[Reply]:
    """What the group buy's own group is told about a change (`lines` in a language: a new price, a
    new deadline, a new pickup), told in each group that lists it too, in that group's language (none:
    nothing). Once closed (a pickup changed), only the groups with lines of their own: nobody else there
    has anything to collect."""
    if not group_buy.listings or group_buy.id is None:
        return []
    told = []
    for listing in await uow.listings.of_group_buy(group_buy.id):
        if not group_buy.is_open and not await uow.listings.lines(group_buy.id, listing.id, limit=1):
            continue
        lang = await listing_language(uow, group_buy, listing, memo)
        said = lines(lang)
        if said:  # under the group buy's name: that group has its own group buys too
            head = t(lang, "card_title", title=group_buy.terms.title, id=group_buy.id)
            told.append(Reply(text="\n".join([head, *said]), chat_id=listing.chat_id, language=lang))
    return told
