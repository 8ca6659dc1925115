"""Changing a live group buy: `/edit` (修改) and `/copy` (再开一团, 复制).

`/edit #12 price 80 stock 30 limit 4 ends tomorrow 20:00 pickup Gate 3` takes the keywords of opening
(the words before the first one are a new title; with options, an option's name: `/edit #12 5kg price
80 stock 30`, `修改 #12 5斤 价格 80`, changes that option); the rules are the domain's
(commerce.domain.edits).
The answer says what changed, with the new values; when the price or the deadline changed, the group is
told in a line each ("改价：¥88 → ¥80，所有人按新价"), and the card shows the new terms. In a private
chat with the bot the organiser names their group buy by its number, and the group reads the news there.

`/copy #12` opens a new group buy on the same terms, for as long as the original ran (or `ends …`), in
the same chat, or in another where the organiser is: `to <chat id>` (the playground's chat name, a
Telegram chat id such as -1001234567890, a WeChat room id) or `to #15` (the chat of one of their own
group buys, the easy way on Telegram and WeChat, whose chats have no name the bot could be told). Its card
is posted anew in that chat.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import datetime
from zoneinfo import ZoneInfo

from commerce.domain.edits import (
    DROP_CONFIRM_FACTOR,
    Edited,
    TermsChange,
    price_factor,
    stock_cut,
    tiers_dropped,
    tiers_far_below,
    tiers_kept_on_raise,
    tiers_raised_alike,
)
from commerce.domain.errors import DomainError
from commerce.domain.group_buy import MIN_DURATION, GroupBuy, GroupBuyStatus, PriceTier, Terms
from commerce.domain.guests import is_guest
from commerce.domain.listings import Listing
from commerce.domain.member import identity
from commerce.domain.money import exponent, format_money
from commerce.domain.order import Order, OrderStatus
from commerce.domain.order_numbers import order_label
from commerce.domain.reach import Where
from commerce.domain.text import clean_text
from commerce.domain.waiting import WaitingEntry
from commerce.services import edits as service
from commerce.services import group_buys
from commerce.services import listings as listings_service
from commerce.services import waiting as waiting_service
from commerce.services.chat_names import chat_label
from commerce.services.collecting import set_pickup_time
from handlers import (
    chat_names,
    helpselling,
    no_buttons,
    note_offers,
    options,
    organiser_told,
    pickup_points,
    waiting,
)
from handlers.cards import card_update, format_deadline
from handlers.context import Context, card_language
from handlers.group_buys import following_told, help_sellers_listing, listing_pickup, payment_note_told
from handlers.members import steady_languages
from handlers.parsing.edits import (
    EditWords,
    not_a_title,
    parse_copy,
    parse_edit,
    pickup_parts,
    read_change,
    reads_as_a_term,
)
from handlers.parsing.pickup import split_group_buy_id
from handlers.parsing.terms import limit_lifted, parse_count, parse_price, refuse_another_currency
from handlers.parsing.when import parse_when
from handlers.texts import refusal_text, t
from handlers.texts import units as unit_texts
from handlers.texts.pickup import pickup_text
from handlers.types import Reply
from handlers.which import NO_NUMBER, own_example_number

_SENTENCE_ENDS = frozenset(".!?。！？）)")


def where(ctx: Context) -> Where:
    return Where(ctx.request.chat_id, private=ctx.is_private)


# Terms an edit may empty (the console's emptied field; the chat has no words for it): `cleared`.
CLEARABLE = frozenset({"tiers", "stock", "per_person_limit", "pickup", "payment_note"})


async def edit(
    ctx: Context,
    *,
    cleared: frozenset[str] = frozenset(),
    whole_pickup: bool = False,
    form: bool = False,
    drop_confirmed: bool = False,
    pickups_next: frozenset[int] = frozenset(),
) -> list[Reply]:
    """`_edit_command`; a price with a `$` in a ¥ group buy people joined (`修改 #9 价格 $50`) is refused
    without suggesting `币种 USD` (its currency is fixed once people joined: `edit_currency`)."""
    try:
        return await _edit_command(
            ctx,
            cleared=cleared,
            whole_pickup=whole_pickup,
            form=form,
            drop_confirmed=drop_confirmed,
            pickups_next=pickups_next,
        )
    except DomainError as refusal:
        if refusal.code == "price_invalid":  # `/edit #1 price small 10`: the option named after `price`
            raise await _option_after_price(ctx, refusal) or refusal from None
        if refusal.code in ("term_twice_edit", "edit_add_stock"):  # `/edit #1 price 9 price 10`, `修改 #1
            # 加库存 5`, #1 not here or not hers: that first
            raise await _not_reached(ctx) or refusal from None
        if refusal.code == "title_too_long" and not form:  # its example a rename, never a new group buy
            number = split_group_buy_id(ctx.command.rest)[0]
            at = f"#{number} " if number is not None else ""
            raise DomainError("title_too_long_edit", max=refusal.params["max"], at=at) from refusal
        if refusal.code != "price_currency_sign":
            raise
        group_buy_id, _ = split_group_buy_id(ctx.command.rest)
        try:
            group_buy = await service.reach(ctx.uow, where(ctx), group_buy_id, ctx.request.user_id)
        except DomainError:
            raise refusal from None
        if group_buy.sold <= 0:
            raise
        value, symbol = refusal.params["value"], refusal.params["symbol"]
        currency = refusal.params["currency"]
        raise DomainError(
            "price_currency_sign_fixed", value=value, symbol=symbol, currency=currency
        ) from refusal


async def _not_reached(ctx: Context) -> DomainError | None:
    """Why the group buy an edit means cannot be edited by its sender (`/edit #1 …`, #1 of another chat
    or none: `group_buy_not_found`; another's: `not_organiser`), said before what is wrong in its words
    (a term written twice): that is the thing to fix first. None when she may edit it, or when which
    one is asked (several open, none named: its example keeps her words, answered as they are)."""
    group_buy_id, _ = split_group_buy_id(ctx.command.rest)
    try:
        group_buy = await service.reach(ctx.uow, where(ctx), group_buy_id, ctx.request.user_id)
    except DomainError as refusal:
        return refusal if group_buy_id is not None else None
    if not group_buy.may_manage(
        ctx.request.user_id, is_admin=ctx.request.is_admin, in_chat=ctx.request.chat_id
    ):
        return DomainError("not_organiser", organiser=group_buy.organiser_name)
    return None


async def _limit_below_whom(ctx: Context, group_buy: GroupBuy, refusal: DomainError) -> DomainError | None:
    """`/edit #6 limit 2` with Eve holding 3 (rep86 #10: `one line has 3 … Lower it with /remove first`):
    who holds more than the limit (her lines and her friends' summed, as the limit counts), the first
    named with the `/remove` that takes her line off and the `-N` she may send herself (a guest's, 代报:
    the `/remove` alone, a guest never being in the chat to send anything)."""
    limit = refusal.params.get("limit")
    if group_buy.id is None or not isinstance(limit, int):
        return None
    held: dict[str, int] = {}
    names: dict[str, str] = {}
    for line in await ctx.uow.group_buys.participants(group_buy.id):
        held[line.user_id] = held.get(line.user_id, 0) + line.quantity
        names.setdefault(line.user_id, line.display_name)
    over = [user for user, units in held.items() if units > limit]
    if not over:
        return None
    first = max(over, key=lambda user: held[user])
    name = names[first]
    most, unit, number = held[first], group_buy.terms.unit, group_buy.id
    if is_guest(first):  # 代报: never in the chat, only the organiser acts for them: her /remove alone
        if len(over) == 1:
            return DomainError(
                "edit_limit_below_held_named_guest", limit=limit, name=name, held=most, unit=unit, id=number
            )
        return DomainError(
            "edit_limit_below_held_several_guest", limit=limit, name=name, held=most, unit=unit, id=number
        )
    who, less = f"@{name}", held[first] - limit
    if len(over) == 1:
        return DomainError(
            "edit_limit_below_held_named",
            limit=limit, name=name, held=most, unit=unit, id=number, who=who, less=less,
        )  # fmt: skip
    return DomainError(
        "edit_limit_below_held_several",
        limit=limit, name=name, held=most, unit=unit, id=number, who=who, less=less,
    )  # fmt: skip


async def _option_after_price(ctx: Context, refusal: DomainError) -> DomainError | None:
    """`/edit #1 price small 10` (rep86 #8: told `price 88`, which would itself be asked which option):
    a price read as `small 10` whose first word names an option of the group buy edited is told to name
    the option first, `/edit #1 small price 10`; None: any other price not read."""
    value = str(refusal.params.get("value", ""))
    words = value.split(maxsplit=1)
    if len(words) != 2:
        return None
    group_buy_id, _ = split_group_buy_id(ctx.command.rest)
    try:
        group_buy = await service.reach(ctx.uow, where(ctx), group_buy_id, ctx.request.user_id)
    except DomainError:
        return None
    option = group_buy.option_named(words[0])
    if option is None or group_buy.id is None:
        return None
    return DomainError("edit_option_price_order", id=group_buy.id, option=option.name, price=words[1])


async def _edit_command(
    ctx: Context,
    *,
    cleared: frozenset[str],
    whole_pickup: bool,
    form: bool,
    drop_confirmed: bool,
    pickups_next: frozenset[int] = frozenset(),
) -> list[Reply]:
    """修改 / `/edit`: the organiser (or an admin) changes the terms of their group buy. `cleared`: the
    terms (CLEARABLE) the console's form emptied, changed with the typed ones in one go. A pickup is
    read as `/pickup` reads it (only a place keeps the time, only a time keeps the place), unless
    `whole_pickup` (the console's form, whose field shows the whole pickup: what it holds is the pickup).
    A stock typed lower than what it must hold (`修改 库存 12` with 14 taken, a tier at 20) is refused with
    every clash at once and the command that works, built from hers (`修改 库存 12 阶梯 10:78`, after
    `踢出` when units must come off), never one putting back the stock she lowered; `form` (the
    console's): its refusals are the form's own (bot.console.wording); `drop_confirmed`: the form's
    box confirming a steep price drop ticked (as `确认` typed after the price in the chat)."""
    request = ctx.request
    words, confirmed = _edit_words(ctx, cleared)
    if _only_a_title(ctx, words) and not await _runs_one_here(ctx):
        return []  # `修改 地址` from a member who runs nothing here: talk, not a rename
    pickup_alone = set(words.values) == {"pickup"} and not words.title and not (cleared or form)
    if ctx.is_private and pickup_alone and words.group_buy_id is not None:  # 帮卖: a help-seller's
        sold = await help_sellers_listing(ctx, words.group_buy_id, words.values["pickup"][1])
        if sold is not None:  # her group's own pickup, as her private `自提 #12 …` sets it
            found, hers = sold
            return await _with_listing_pickup(ctx, words, confirmed, found, hers, await ctx.lang(found))
    group_buy = await service.reach(ctx.uow, where(ctx), words.group_buy_id, request.user_id)
    _refuse_a_term_as_title(ctx, words, group_buy)
    lang = await ctx.lang(group_buy)
    if "pickup" in words.values and not (cleared or form or ctx.is_private):
        listing = await listings_service.reaches(ctx.uow, group_buy, request.chat_id)
        if listing is not None:  # 帮卖: `修改 #12 自提 …` there is that group's own pickup, as `自提`
            return await _with_listing_pickup(ctx, words, confirmed, group_buy, listing, lang)
    return await _edit(
        ctx,
        words,
        group_buy,
        lang,
        confirmed=confirmed or drop_confirmed,
        cleared=cleared,
        whole_pickup=whole_pickup,
        form=form,
        pickups_next=pickups_next,
    )


async def _with_listing_pickup(
    ctx: Context, words: EditWords, confirmed: bool, group_buy: GroupBuy, listing: Listing, lang: str
) -> list[Reply]:
    """帮卖: `修改 #12 截止 … 自提 …` in a group listing the group buy: the pickup is that group's own,
    as `自提 #12 …` there sets it (the group buy's own group keeps its pickup); the rest (a deadline, a
    price…) edits the group buy as anywhere, first, so the pickup is checked against the new deadline.
    One answer says both."""
    rest = replace(words, values={name: value for name, value in words.values.items() if name != "pickup"})
    parts = pickup_parts(words, now=ctx.now, tz=ctx.tz, deadline=group_buy.terms.deadline)
    assert parts is not None  # a weekday: the first after the deadline, the new one when it moves
    if parts[0] and not clean_text(parts[0]):  # only invisible characters
        raise DomainError("pickup_usage")
    if not rest.values and not rest.title:
        return await listing_pickup(ctx, group_buy, listing, *parts, lang, typed=False)
    this_group = frozenset({listing.id}) if listing.id is not None else frozenset()
    edited = await _edit(ctx, rest, group_buy, lang, confirmed=confirmed, pickups_next=this_group)
    assert group_buy.id is not None
    now = await ctx.uow.group_buys.get(group_buy.id)
    assert now is not None
    pickup = await listing_pickup(ctx, now, listing, *parts, lang, typed=False)
    answer, *told = pickup
    first = edited[0]
    cards = {reply.card_of for reply in edited if reply.card_of is not None}
    told = [reply for reply in told if reply.card_of is None or reply.card_of not in cards]
    return [replace(first, text=f"{first.text}\n{answer.text}"), *edited[1:], *told]


async def _edit(
    ctx: Context,
    words: EditWords,
    group_buy: GroupBuy,
    lang: str,
    *,
    confirmed: bool,
    cleared: frozenset[str] = frozenset(),
    whole_pickup: bool = False,
    form: bool = False,
    pickups_next: frozenset[int] = frozenset(),
) -> list[Reply]:
    """`edit` once the group buy is reached: `words` change it (see there). `pickups_next`: the
    listings (帮卖) whose own pickup the same message (or form) sets next, checked then against the new
    deadline."""
    request = ctx.request
    before = group_buy.terms
    pickup = _pickup(words, ctx, group_buy, whole=whole_pickup)
    change = read_change(
        words,
        currency=group_buy.terms.currency,
        now=ctx.now,
        tz=ctx.tz,
        pickup=None if pickup is None else pickup[0],
        pickup_at=None if pickup is None else pickup[1],
        has_options=bool(group_buy.terms.options),
        price_now=group_buy.terms.unit_price,
    )
    if not confirmed:  # `价格 0.8` for ¥8 with people joined: confirmed first
        _refuse_a_steep_drop(ctx, group_buy, change, lang)
    if cleared:
        change = clearing(change, cleared)
        if "pickup" in cleared and group_buy.id is not None:  # no place, no evening-before reminder
            await set_pickup_time(ctx.uow, group_buy_id=group_buy.id, at=None)
    try:
        changed = await service.edit(
            ctx.uow,
            group_buy=group_buy,
            actor=request.user_id,
            is_admin=request.is_admin,
            in_chat=request.chat_id,
            change=change,
            now=ctx.now,
            max_unit_price=ctx.config.max_unit_price,
        )
    except DomainError as refusal:
        if refusal.code == "edit_closed_details" and not form and change.unit_price is not None:
            raise await _price_after_close(ctx, group_buy, change) or refusal from refusal
        if refusal.code == "edit_limit_below_held" and not form:  # whose, and the /remove (rep86 #10)
            raise await _limit_below_whom(ctx, group_buy, refusal) or refusal from refusal
        said = None if form or refusal.code not in _STOCK_CLASHES else _stock_cut(group_buy, change, words)
        if said is None:
            raise
        queue = await _waiting_beyond(ctx, group_buy, said)
        if queue and confirmed:  # `修改 库存 1 确认`: the waiting list cleared, they told (rep102 #1)
            return await _waiters_cleared(ctx, group_buy, change, words, queue, lang)
        if queue:  # what she frees would go to them first: said, with the way that works
            said = _stock_cut(group_buy, change, words, waiting=queue) or said
        raise said from refusal
    group_buy, edited = changed.group_buy, changed.edited
    over = await _over_limit_told(
        ctx, group_buy, changed.over, lang
    )  # 限购 below what some hold in all: privately
    if change.pickup is not None or edited.deadline_changed:  # nobody could collect before the close:
        # a pickup time before the deadline, or a deadline moved past the pickup time, is refused
        await pickup_points.refuse_before_close(ctx, group_buy, deadline_moved=change.pickup is None)
    if edited.deadline_changed:  # 帮卖: nor past a help-selling group's own pickup time
        await pickup_points.refuse_past_group_pickups(ctx, group_buy, but=pickups_next)
    if pickup is not None and group_buy.id is not None:  # the evening-before reminder follows the new time
        # (a time moved within its day keeps the one sent: never a second reminder)
        await set_pickup_time(
            ctx.uow,
            group_buy_id=group_buy.id,
            at=pickup[1],
            was=edited.before.pickup_at,
            now=ctx.now,
            tz=ctx.tz,
        )
    sold_out = _sold_out_by(group_buy, edited)  # before any waiting member moves in: of this edit only
    moved = await waiting.after_edit(ctx, group_buy)  # 候补: limit lowered: dropped; stock raised: move in
    if edited.changed_terms() == ["title"] and not edited.changed_options():  # a rename alone
        done = t(lang, "renamed", was=edited.before.title, id=group_buy.id, title=group_buy.terms.title)
    else:
        done = t(
            lang,
            "edited",
            title=group_buy.terms.title,
            id=group_buy.id,
            changes=t(lang, "list_separator").join(_changes(edited, lang, ctx.tz)),
        )
    if "pickup" in words.values:  # `修改 自提 北门 周日下午`, a week on past the close: said
        weekday = pickup_points.time_note(ctx, group_buy, words.values["pickup"][1], lang)
        if weekday is not None:
            done = t(lang, "two_sentences", first=done, second=weekday)
    told = await _payment_note_told(ctx, group_buy, edited)  # after the close: who owes hears the note
    if told is not None:
        if told:
            more = t(lang, "edit_payment_note_told", count=len(told))
        else:
            more = t(lang, "edit_payment_note_nobody")
        done = t(lang, "two_sentences", first=done, second=more)
    own = {}  # 帮卖: groups with a pickup of their own keep it, and hear nothing of this one's
    if pickup_points.changed(before, group_buy.terms):
        own = await listings_service.own_pickups(ctx.uow, group_buy)
    # after the close: paid buyers' codes
    codes = await pickup_points.codes_told(ctx, group_buy, before, not_chats=own)
    if codes:
        done = t(lang, "two_sentences", first=done, second=pickup_points.told_said(lang, codes))
    told = [*(told or ()), *codes] if codes else told
    elsewhere = await helpselling.tell_listings(  # 帮卖: its buyers in other groups hear it too
        ctx.uow, group_buy, ctx.memo, lambda said_in: _news(edited, said_in, ctx.tz)
    )
    if own:  # its other news, not the pickup; one with a place of its own only: the time it now reads
        kept = await helpselling.tell_listings(
            ctx.uow, group_buy, ctx.memo, lambda said_in: _news(edited, said_in, ctx.tz, pickup=False)
        )
        elsewhere = [reply for reply in elsewhere if reply.chat_id not in own]
        elsewhere += [reply for reply in kept if reply.chat_id in own]
        was = replace(group_buy, terms=before)
        for reply in await following_told(ctx, was, group_buy, own.values()):
            if reply.private_to:
                told = [*(told or ()), reply]
                continue
            there = [index for index, other in enumerate(elsewhere) if other.chat_id == reply.chat_id]
            if not there:
                elsewhere.append(reply)
                continue  # its other news told already: the time in the same message, under one head
            other = elsewhere[there[0]]
            time_line = (reply.text or "").split("\n", 1)[1]
            elsewhere[there[0]] = replace(other, text=f"{other.text}\n{time_line}")
    elsewhere = [reply for reply in elsewhere if reply.chat_id != request.chat_id]  # the answer told it
    home_told: list[
        Reply
    ] = []  # edited in private or in a group listing it (帮卖): its own group still hears what
    if group_buy.chat_id != request.chat_id:  # changed, under the group buy's name
        group_lang = await card_language(ctx.uow, group_buy, ctx.memo)
        home = [*_news(edited, group_lang, ctx.tz), *_sold_out_said(sold_out, group_lang, group_buy)]
        if home:
            head = t(group_lang, "card_title", title=group_buy.terms.title, id=group_buy.id)
            home_told = [Reply(text="\n".join([head, *home]), chat_id=group_buy.chat_id, language=group_lang)]
    if not ctx.is_private:  # in a group listing it, its own group is named first among those told
        elsewhere, home_told = [*home_told, *elsewhere], []
    if elsewhere:  # who else heard it, by group (`也已告诉 家庭群、楼下群`)
        names = await chat_names.titles(ctx.uow, [reply.chat_id or "" for reply in elsewhere])
        groups = t(lang, "list_separator").join(
            dict.fromkeys(names.get(r.chat_id or "") or t(lang, "share_code_another_chat") for r in elsewhere)
        )
        done = t(lang, "two_sentences", first=done, second=t(lang, "edit_told_in_groups", groups=groups))
    factor = _price_factor(edited, lang, group_buy.id)  # `价格 800` for ¥8: said, with its undo
    # someone else's edit (a chat admin's, a console admin's): the organiser told privately, old → new
    her = await organiser_told.told(
        ctx, group_buy, organiser_told.edited(before, edited.after, group_buy.id, ctx.tz)
    )
    answer = [done, *([factor] if factor is not None else []), *_tiers_kept(edited, lang, group_buy.id)]
    if not ctx.is_private:  # in any group, its own or one listing it (帮卖), the answer is the same one:
        # it names the new pickup, title, deadline: not said twice; nobody joined: the factor's line says
        # the new price, in place of `改价：¥8 → ¥800`
        said_price = factor is None or edited.joined
        news = _news(
            edited, lang, ctx.tz, pickup=False, title=False, deadline=False, price=said_price, currency=False
        )
        answer[1:1] = news
        answer += _sold_out_said(sold_out, lang, group_buy)
    return [
        Reply(text="\n".join(answer), language=lang),
        *home_told,
        *elsewhere,
        *(told or ()),
        *her,
        *over,
        card_update(group_buy),
        *moved,
    ]


async def _over_limit_told(
    ctx: Context, group_buy: GroupBuy, over: tuple[tuple[str, int, str], ...], lang: str
) -> list[Reply]:
    """A limit set below what members hold on all their lines together: the one who edited is told who,
    privately (`Troll 4 份`, with options `Dee 小 4 份`); nothing is taken from them. From the console
    (`ctx.page_lang` set) the page says it, in its language (`ctx.page_text`), not her private chat."""
    limit = group_buy.terms.per_person_limit
    if not over or limit is None:
        return []

    def said_in(in_lang: str) -> str:
        unit = group_buy.terms.unit
        names = t(in_lang, "list_separator").join(
            f"{name} {option + ' ' if option else ''}{unit_texts.more(in_lang, count, unit)}"
            for name, count, option in over
        )
        return t(
            in_lang,
            "edit_limit_members_over",
            count=len(over),
            title=group_buy.terms.title,
            id=group_buy.id,
            limit=unit_texts.more(in_lang, limit, unit),
            names=names,
        )

    if ctx.page_lang is not None:
        ctx.shown(said_in)
        return []
    mine = await ctx.private_lang(lang)  # typed in a group: her own language (her private chat's too)
    return [Reply(text=said_in(mine), private_to=ctx.request.user_id, language=mine)]


def _sold_out_by(group_buy: GroupBuy, edited: Edited) -> list[str]:
    """What the edit sold out: a stock lowered to just what is taken ("" for the group buy's own), an
    option's stock lowered so (its name); nothing once it closed, or when no stock changed."""
    if not group_buy.is_open:
        return []
    before, after = edited.before, edited.after
    if after.stock != before.stock and group_buy.stock_left == 0:
        return [""]
    stocks = {option.name: option.stock for option in before.options}
    return [
        option.name
        for option in after.options
        if option.name in stocks
        and stocks[option.name] != option.stock
        and group_buy.option_left(option) == 0
    ]


def _sold_out_said(sold_out: list[str], lang: str, group_buy: GroupBuy) -> list[str]:
    """`🈵 已售罄！` (`🈵 5斤 已售罄！`; the stock its options share: `🈵 粽子 已售罄！`) for each
    `_sold_out_by`, as a join taking the last unit says it."""
    whole = (
        t(lang, "joined_options_all_sold_out", title=group_buy.terms.title)
        if group_buy.terms.options
        else t(lang, "joined_sold_out")
    )
    return [t(lang, "joined_option_sold_out", option=name) if name else whole for name in sold_out]


# A lower stock's refusals, one at a time from the domain; the chat answers them all at once (`_stock_cut`)
_STOCK_CLASHES = frozenset(
    {
        "edit_stock_below_sold",
        "tier_above_stock",
        "tier_above_stock_options",
        "stock_below_target",
        "limit_above_stock",
    }
)


def _stock_cut(
    group_buy: GroupBuy,
    change: TermsChange,
    words: EditWords,
    *,
    waiting: Sequence[WaitingEntry] = (),
    cleared: bool = False,
) -> DomainError | None:
    """`edit_stock_cut`: every clash of the stock typed (commerce.domain.edits.stock_cut), with the
    command that works as `terms` (name, keyword as typed or "" for the reader's, value): hers as typed,
    the tiers that still fit (`10:78`; "" for none: `阶梯 无`), a target or limit above the stock set to
    it; None when the stock typed is not what was refused. `waiting`: those on the waiting list while
    units must come off (what she frees would move them in: `确认` clears the list first, rep102 #1);
    `cleared`: they were just taken off it (`edit_stock_cut_waiters_cleared`, her answer then)."""
    cut = stock_cut(group_buy, change)
    if cut is None:
        return None
    currency = group_buy.terms.currency
    fitting = ",".join(f"{tier.min_quantity}:{_plain(tier.unit_price, currency)}" for tier in cut.tiers)
    fixed = {"tiers": fitting if cut.beyond else None, "target": cut.target, "limit": cut.limit}
    terms = [("title", "", words.title)] if words.title else []
    for name, (keyword, value) in words.values.items():
        if name == "tiers" and cut.beyond:
            value = fitting
        elif name in ("target", "limit") and fixed[name]:
            value = str(cut.stock)
        terms.append((name, keyword, value))
    for name in ("tiers", "target", "limit"):
        if fixed[name] is not None and fixed[name] != 0 and name not in words.values:
            terms.append((name, "", fitting if name == "tiers" else str(cut.stock)))
    at = "" if words.group_buy_id is None else f" #{words.group_buy_id}"
    # a buyer's own `-1` frees a unit unless the group buy formed and it would fall below its target
    # (refused: only the organiser undoes it); then the target is lowered first (rep102 #2)
    leave_frees = not _leaving_unforms(group_buy, cut.excess)
    names = tuple((entry.display_name, entry.quantity) for entry in waiting)
    if cleared:  # her answer: the list cleared, the steps left
        return DomainError(
            "edit_stock_cut_waiters_cleared",
            stock=cut.stock, sold=cut.sold, excess=cut.excess, beyond=cut.beyond, target=cut.target,
            limit=cut.limit, terms=tuple(terms), at=at, unit=group_buy.terms.unit, leave_frees=leave_frees,
            waiting=names, cleared=True,
        )  # fmt: skip
    return DomainError(
        "edit_stock_cut",
        stock=cut.stock, sold=cut.sold, excess=cut.excess, beyond=cut.beyond, target=cut.target,
        limit=cut.limit, terms=tuple(terms), at=at, unit=group_buy.terms.unit, leave_frees=leave_frees,
        waiting=names,
    )  # fmt: skip


async def _waiting_beyond(ctx: Context, group_buy: GroupBuy, said: DomainError) -> list[WaitingEntry]:
    """Who waits on a group buy whose stock was refused lower than what is taken (`excess`): a unit
    freed for it moves the first of them in, so the cut could never be reached (rep102 #1); none
    else (no read when nothing must come off)."""
    if not said.params.get("excess") or group_buy.id is None:
        return []
    return await ctx.uow.waiting.queue(group_buy.id)


async def _waiters_cleared(
    ctx: Context,
    group_buy: GroupBuy,
    change: TermsChange,
    words: EditWords,
    queue: Sequence[WaitingEntry],
    lang: str,
) -> list[Reply]:
    """`修改 库存 1 确认` with more taken than 1 and people waiting: the waiting list is cleared (what she
    frees next stays free for the cut), each who waited told in the group, mentioned, that she is off
    it and why; the organiser's answer says so and the steps left (free the units, then the stock)."""
    cleared = await waiting_service.clear_for_stock_cut(ctx.uow, group_buy)
    said = _stock_cut(group_buy, change, words, waiting=cleared or queue, cleared=True)
    assert said is not None
    told = await waiting.dropped_for_stock_cut(ctx, group_buy, cleared, change.stock or 0)
    return [Reply(text=refusal_text(lang, said), language=lang), card_update(group_buy), *told]


def _leaving_unforms(group_buy: GroupBuy, excess: int) -> bool:
    target = group_buy.terms.target
    return target > 1 and group_buy.target_reached and group_buy.sold - excess < target


async def _price_after_close(ctx: Context, group_buy: GroupBuy, change: TermsChange) -> DomainError | None:
    """`修改 #5 价格 35` after the close (rep105 #10): the price stays, and how to charge less as the refund
    rules have it, with an order's own figures: a paid one's difference back (`退款 5-1 ¥8`), one by one; an
    unpaid one cancelled whole or its difference refunded once paid. None: options (the price is an
    option's), or no order paying more than the new price."""
    new = change.unit_price
    if new is None or group_buy.id is None or group_buy.terms.options or change.option is not None:
        return None
    currency = group_buy.terms.currency
    orders = sorted(await ctx.uow.orders.for_group_buy(group_buy.id), key=lambda order: order.seq or 0)
    over: list[tuple[Order, int]] = []
    for order in orders:
        if order.seq is None or order.status not in _CHARGED:
            continue
        difference = sum(
            line.quantity * (line.unit_price - new) for line in order.lines if line.unit_price > new
        )
        if difference > 0:
            over.append((order, difference))
    if not over:
        return None
    paid = [
        (order, difference) for order, difference in over if order.status is not OrderStatus.PENDING_PAYMENT
    ]
    order, difference = (paid or over)[0]
    gid, title, price = group_buy.id, group_buy.terms.title, format_money(new, currency)
    number, amount = order_label(gid, order.seq or 0), format_money(difference, currency)
    if not paid:
        return DomainError(
            "edit_closed_price_unpaid", id=gid, title=title, price=price, order=number, amount=amount
        )
    if len(paid) < len(over):  # some still to pay: cancelled whole, or refunded once paid
        return DomainError(
            "edit_closed_price_paid_and_unpaid", id=gid, title=title, price=price, order=number, amount=amount
        )
    return DomainError(
        "edit_closed_price_paid", id=gid, title=title, price=price, order=number, amount=amount
    )


_CHARGED = frozenset({OrderStatus.PENDING_PAYMENT, OrderStatus.PAID, OrderStatus.FULFILLED})


def _plain(minor: int, currency: str) -> str:
    """An amount as typed in a tier: `78`, `78.5`, no symbol, no thousands separator."""
    places = exponent(currency)
    whole, frac = divmod(minor, 10**places) if places else (minor, 0)
    return str(whole) if not frac else f"{whole}.{frac:0{places}d}".rstrip("0")


async def _payment_note_told(ctx: Context, group_buy: GroupBuy, edited: Edited) -> list[Reply] | None:
    """A new payment note set after the close, told privately to each buyer who still owes, as
    `/payment …` then tells them (`handlers.group_buys.payment_note_told`); None when no note was set
    after the close (before it, the orders made at the close say it)."""
    if group_buy.status is GroupBuyStatus.OPEN or "payment_note" not in edited.changed_terms():
        return None
    if not group_buy.terms.payment_note:  # emptied (the console's form): nothing to tell
        return None
    return await payment_note_told(ctx, group_buy)


# `修改 #16 价格 0.8 确认`: the confirmation a steep drop asks for (`_refuse_a_steep_drop`), last
_CONFIRMED = re.compile(r"\s+(?:确认|确定|confirm|confirmed)\s*[.!。！]?\s*$", re.IGNORECASE)


def _edit_words(ctx: Context, cleared: frozenset[str]) -> tuple[EditWords, bool]:
    """The typed words, and whether they end with `确认` / `confirm` after a price (a steep drop
    confirmed: `_refuse_a_steep_drop`) or a stock (its waiting list cleared: `_waiters_cleared`); only
    a number (`/edit #12`) when the console's form only emptied fields."""
    rest = ctx.command.rest
    if cleared:
        group_buy_id, bare = split_group_buy_id(rest)
        if not bare.strip():
            return EditWords(group_buy_id, "", {}), False
    confirmed = _CONFIRMED.search(rest)
    typed = ctx.request.text
    if confirmed is not None:
        said = _CONFIRMED.search(typed)
        try:
            before = typed[: said.start()] if said else typed
            words = parse_edit(rest[: confirmed.start()], typed=before, now=ctx.now, tz=ctx.tz)
        except DomainError:  # `修改 #1 确认`: no price to confirm, read as typed
            words = None
        if words is not None and ("price" in words.values or "stock" in words.values):
            return words, True  # a steep price drop, or a lower stock's waiting list cleared (rep102 #1)
    return parse_edit(rest, typed=typed, now=ctx.now, tz=ctx.tz), False


def _refuse_a_steep_drop(ctx: Context, group_buy: GroupBuy, change: TermsChange, lang: str) -> None:
    """A base price lowered to 1/`DROP_CONFIRM_FACTOR` of it or less once people joined (`修改 #16 价格 0.8`
    for ¥8, `价格 20` for ¥60: a typo as likely as a sale) cannot be put back up (a price only goes down
    then), so it is asked to be confirmed first, nothing changed: `价格从 ¥8 降到 ¥0.80（原来的 1/10），
    已经有人跟团，降了就不能再涨回去。确认就发 修改 #16 价格 0.8 确认`; the same command with `确认` /
    `confirm` applies it."""
    terms, new = group_buy.terms, change.unit_price
    if new is None or new <= 0 or group_buy.sold <= 0 or terms.options or not group_buy.is_open:
        return
    if not group_buy.may_manage(
        ctx.request.user_id, is_admin=ctx.request.is_admin, in_chat=ctx.request.chat_id
    ):
        return  # refused as anyone's edit: only the organiser or an admin
    if change.currency not in (None, terms.currency):  # another currency: refused as such
        return
    if change.unit is not None and change.unit != (terms.unit or ""):  # a new unit: refused as such
        return
    old = terms.unit_price
    if old < DROP_CONFIRM_FACTOR * new:
        return
    rest = split_group_buy_id(ctx.command.rest)[1]
    raise DomainError(
        "edit_price_drop_confirm",
        price=unit_texts.priced(lang, format_money(old, terms.currency), terms.unit),
        new=unit_texts.priced(lang, format_money(new, terms.currency), terms.unit),
        factor=how_many_times(old, new, lang),
        id=group_buy.id,
        terms=rest,
        # the console's form says it in its page's language (bot.console.wording)
        drop_from=old,
        drop_to=new,
        drop_currency=terms.currency,
        drop_unit=terms.unit or "",
    )


def how_many_times(old: int, new: int, lang: str) -> str:
    """`100 倍`, `原来的 1/10`, `约 6 倍`: how the new price stands to the old."""
    big, small = max(old, new), min(old, new)
    exact = big % small == 0
    times = big // small if exact else (2 * big + small) // (2 * small)  # rounded: `约 6 倍`
    kind = "price_factor_times" if new > old else "price_factor_part"
    return t(lang, kind if exact else f"{kind}_about", count=times)


def _only_a_title(ctx: Context, words: EditWords) -> bool:
    """`修改 智利车厘子` typed in a group: a bare word, no number, only a new title (her one open group
    buy's: README), which may as well be talk."""
    bare = not ctx.request.text.lstrip().startswith("/")
    return bare and not ctx.is_private and words.group_buy_id is None and not words.values


def _refuse_a_term_as_title(ctx: Context, words: EditWords, group_buy: GroupBuy) -> None:
    """`修改 5斤` (an option's name alone), `修改 30份`, `修改 明天20:00`: no new title but a term without
    its keyword; so is a keyword misspelt or said another way with its value (`prcie 60`, `售价 75`) or
    a title ending in a bare price (`芒果 75`); answered with the forms of 修改 (an option's too),
    nothing changed. A note for buyers (`备注 周三到货`) is told there is none to change."""
    word = words.title
    if not words.values and not words.titled and _CONFIRMED.fullmatch(f" {word}"):  # `修改 #1 确认` alone
        raise DomainError("edit_confirm_alone", word=word, id=group_buy.id)
    named = not words.values and not words.titled and bool(group_buy.option_named(word))
    why = not_a_title(words, now=ctx.now, tz=ctx.tz)
    if why == "note":
        raise DomainError("edit_not_a_note", word=word, id=group_buy.id)
    if not named and not why and not reads_as_a_term(words, now=ctx.now, tz=ctx.tz):
        return
    options = group_buy.terms.options
    if not options:
        raise DomainError("edit_not_a_title", word=word, id=group_buy.id)
    option = group_buy.option_named(word) or options[0]
    raise DomainError("edit_not_a_title_options", word=word, id=group_buy.id, option=option.name)


async def _runs_one_here(ctx: Context) -> bool:
    """Whether the sender organises a group buy of this chat (open or closed)."""
    chat_id, user = ctx.request.chat_id, ctx.request.user_id
    if any(g.organiser_id == user for g in await ctx.uow.group_buys.open_in_chat(chat_id)):
        return True
    return await group_buys.newest_closed_of(ctx.uow, chat_id, user) is not None


def clearing(change: TermsChange, cleared: frozenset[str]) -> TermsChange:
    assert cleared <= CLEARABLE, cleared
    return replace(
        change,
        tiers=() if "tiers" in cleared else change.tiers,
        pickup="" if "pickup" in cleared else change.pickup,
        payment_note="" if "payment_note" in cleared else change.payment_note,
        removed=cleared & {"stock", "per_person_limit"},
    )


def _pickup(
    words: EditWords, ctx: Context, group_buy: GroupBuy, *, whole: bool
) -> tuple[str, datetime | None] | None:
    """The new pickup's place and time (resolved now), None when it does not change. Read as `/pickup`
    reads it (handlers.pickup_points.merged): the part not named stays; `whole`: as named."""
    parts = pickup_parts(words, now=ctx.now, tz=ctx.tz, deadline=group_buy.terms.deadline)
    if parts is None:
        return None
    place, at = parts
    if place and not clean_text(place):  # only invisible characters
        raise DomainError("pickup_usage")
    if whole:
        if not place:
            raise DomainError("pickup_usage")
        return place, at
    current = pickup_points.pickup_now(group_buy)
    return pickup_points.merged(current, place=place, at=at, now=ctx.now, group_buy=group_buy)


def _changes(edited: Edited, lang: str, tz: ZoneInfo) -> list[str]:
    """Each changed term with its new value, an option's (多规格) as `5斤 价格 ¥80`; a new unit as the
    price it is said with (`价格 ¥12/斤`)."""
    names = edited.changed_terms()
    if "unit" in names:
        names = [name for name in names if name not in ("unit", "unit_price")]
        names.insert(1 if "title" in names else 0, "unit_price")
        if (
            edited.after.stock is not None and "stock" not in names
        ):  # `库存 30斤（原 30 份）`: said (rep95 #12)
            names.insert(names.index("unit_price") + 1, "stock_unit")
    if edited.currency_changed and not edited.after.options:  # the price said in the new currency
        for name in ("unit_price", *(("tiers",) if edited.after.tiers else ())):
            if name not in names:
                names.insert(names.index("currency"), name)
    described = [
        _stock_in_new_unit(edited, lang) if name == "stock_unit" else _described(name, edited.after, lang, tz)
        for name in names
    ]
    if edited.deadline_changed and edited.before.deadline is not None and "deadline" in names:
        assert edited.after.deadline is not None  # `截止 11月28日 周六 17:00（原 …）`, said once
        moved = {
            "value": format_deadline(edited.after.deadline, tz, lang),
            "was": format_deadline(edited.before.deadline, tz, lang),
        }
        described[names.index("deadline")] = t(lang, "term_deadline_moved", **moved)
    if "title" in names:  # the new title heads the sentence: say the old one, not the new again
        described[names.index("title")] = t(lang, "term_title_renamed", was=edited.before.title)
    currency = edited.after.currency
    for old, new in edited.changed_options():
        if old.unit_price != new.unit_price or edited.currency_changed:
            price = format_money(new.unit_price, currency)
            described.append(t(lang, "term_option_price", option=new.name, value=price))
        if old.stock != new.stock:
            described.append(t(lang, "term_option_stock", option=new.name, value=new.stock))
    return described


def _tiers_kept(edited: Edited, lang: str, group_buy_id: int | None) -> list[str]:
    """What became of the tiers under a new price. A raise (before anyone joined) keeping them names them,
    `阶梯还是 满10份 ¥7。`; kept far below the new price, up or down (commerce.domain.edits.FAR_BELOW:
    `价格 800` then `价格 80` for ¥8 with `10:7`), it says so with them raised to send, `…比新价低很多；
    要改就发 修改 #1 阶梯 10:70` (once someone joined: that they cannot go up; no power of ten fitting a
    lowering: only that they are far below). A lower price taking off a tier not below it any more says
    which (`满10份 ¥7 不比新价 ¥5 低，不再适用，已去掉。`). None said for any other edit."""
    terms = edited.after
    currency = terms.currency

    def said(tiers: tuple[PriceTier, ...]) -> str:
        return " · ".join(
            unit_texts.tier(lang, tier.min_quantity, format_money(tier.unit_price, currency), terms.unit)
            for tier in tiers
        )

    lines = []
    dropped = tiers_dropped(edited)
    if dropped:
        price = unit_texts.priced(lang, format_money(terms.unit_price, currency), terms.unit)
        line = t(lang, "edit_tiers_dropped", tiers=said(dropped), price=price)
        if not edited.joined and price_factor(edited) is None:  # the factor's line gives the undo
            undo = t(lang, "edit_tiers_dropped_undo", id=group_buy_id, undo=_undo(edited, lang))
            line = t(lang, "two_sentences", first=line, second=undo)
        lines.append(line)
    far = tiers_far_below(edited)
    if far:
        raised = tiers_raised_alike(edited)
        if raised:
            example = ",".join(f"{tier.min_quantity}:{_plain(tier.unit_price, currency)}" for tier in raised)
            lines.append(t(lang, "edit_tiers_kept_far", tiers=said(far), id=group_buy_id, example=example))
        else:
            key = "edit_tiers_far_joined" if edited.joined else "edit_tiers_far"
            lines.append(t(lang, key, tiers=said(far)))
        return lines
    kept = tiers_kept_on_raise(edited)
    if kept:
        lines.append(t(lang, "edit_tiers_kept", tiers=said(kept)))
    return lines


def _price_factor(edited: Edited, lang: str, group_buy_id: int | None) -> str | None:
    """A price changed `PRICE_FACTOR` times over or more, said plainly with the command that puts it back
    (`价格从 ¥8 改成了 ¥800（100 倍）。打错了就发 修改 #1 价格 8`); once someone joined (a lowering: it
    only goes down then), that it cannot go back up. None for any other edit."""
    factor = price_factor(edited)
    if factor is None:
        return None
    old, new = factor
    how = how_many_times(old, new, lang)
    terms = edited.after

    def money(minor: int) -> str:
        return unit_texts.priced(lang, format_money(minor, terms.currency), terms.unit)

    if edited.joined:
        return t(lang, "edit_price_factor_joined", price=money(old), new=money(new), factor=how)
    return t(
        lang,
        "edit_price_factor",
        price=money(old),
        new=money(new),
        factor=how,
        id=group_buy_id,
        undo=_undo(edited, lang),
    )


def _undo(edited: Edited, lang: str) -> str:
    """What follows `修改 #1 价格` to put a price edit back: the old price, and the old tiers when the edit
    changed them (`价格 5` on ¥8 with `10:7` took the tier off: `8 阶梯 10:7`; none before: `8 阶梯 无`),
    so the undo offered restores all the edit removed."""
    before, after = edited.before, edited.after
    price = _plain(before.unit_price, before.currency)
    if before.tiers == after.tiers:
        return price
    if not before.tiers:
        return t(lang, "edit_undo_no_tiers", price=price)
    tiers = ",".join(
        f"{tier.min_quantity}:{_plain(tier.unit_price, before.currency)}" for tier in sorted(before.tiers)
    )
    return t(lang, "edit_undo_tiers", price=price, tiers=tiers)


def _stock_in_new_unit(edited: Edited, lang: str) -> str:
    """The stock a new unit of the price counts it in (`库存 30斤（原 30 份）`): the number kept, said."""
    stock = edited.after.stock
    assert stock is not None
    before, after = edited.before.unit, edited.after.unit
    return t(
        lang,
        "term_stock_unit_moved",
        value=unit_texts.units(lang, stock, after),
        was=unit_texts.units(lang, edited.before.stock or stock, before),
    )


def _described(name: str, terms: Terms, lang: str, tz: ZoneInfo) -> str:
    """One changed term with its new value: `价格 ¥80`, `stock 30`."""
    value: object = getattr(terms, name)
    if name in CLEARABLE and name != "tiers" and value in (None, ""):  # emptied: `no stock limit`
        return t(lang, f"term_{name}_none")
    if name == "unit_price":  # sold per 斤: `价格 ¥12/斤`
        value = unit_texts.priced(lang, format_money(terms.unit_price, terms.currency), terms.unit)
    elif name == "tiers":
        if not terms.tiers:
            return t(lang, "term_tiers_none")
        value = " · ".join(
            unit_texts.tier(
                lang, tier.min_quantity, format_money(tier.unit_price, terms.currency), terms.unit
            )
            for tier in terms.tiers
        )
    elif name == "deadline":
        assert terms.deadline is not None
        value = format_deadline(terms.deadline, tz, lang)
    elif name == "pickup":  # the place and its time, in the reader's language
        value = pickup_text(terms, tz, lang)
    return t(lang, f"term_{name}", value=value)


def _news(
    edited: Edited,
    lang: str,
    tz: ZoneInfo,
    *,
    pickup: bool = True,
    title: bool = True,
    deadline: bool = True,
    price: bool = True,
    currency: bool = True,
) -> list[str]:
    """What the group is told: a line for a new title, a new price, a new currency, a new deadline, a new
    pickup (with `title` / `pickup` / `deadline` / `price` / `currency`: where the answer does not name it
    already)."""
    lines = []
    if title and edited.before.title != edited.after.title:  # 帮卖 groups and the home group hear a rename
        lines.append(t(lang, "edit_renamed", title=edited.after.title, was=edited.before.title))
    if currency and edited.currency_changed:  # nobody joined yet: the prices as they now read
        prices = _prices(edited.after, lang)
        lines.append(t(lang, "edit_currency_changed", currency=edited.after.currency, prices=prices))
    price_told = _price_news(edited, lang) if price else None
    if price_told is not None:
        lines.append(price_told)
    if edited.option_price is not None:  # 多规格: the option's price now, the tier reached taken off
        old, new = (format_money(minor, edited.after.currency) for minor in edited.option_price)
        # nobody joined: no "所有人按新价"
        told = "edit_option_price_lowered" if edited.joined else "edit_option_price_changed"
        lines.append(t(lang, told, option=edited.option, price=old, new=new))
    if deadline and edited.deadline_changed:
        assert edited.after.deadline is not None and edited.before.deadline is not None
        moved = format_deadline(edited.after.deadline, tz, lang)
        lines.append(
            t(
                lang,
                "edit_deadline_moved",
                deadline=moved,
                was=format_deadline(edited.before.deadline, tz, lang),
            )
        )
    if pickup:
        lines += pickup_points.news(edited.before, edited.after, lang, tz)
    return lines


def _prices(terms: Terms, lang: str) -> str:
    """The prices as the card says them: `S$68/kg`, with options each option's (`小 S$28 · 大 S$45`)."""
    if terms.options:
        return " · ".join(
            f"{option.name} {format_money(option.unit_price, terms.currency)}" for option in terms.options
        )
    return unit_texts.priced(lang, format_money(terms.unit_price, terms.currency), terms.unit)


def _price_news(edited: Edited, lang: str) -> str | None:
    """The new price as the group hears it, true for everyone: "for everyone" only when what everyone
    pays is the base price before and after; with a tier reached, the base price and what everyone pays
    now (the same as before: said so). None when neither changed (or with options: each option's own)."""
    if edited.price_change() is None:
        return None
    before, after, currency = edited.before.unit_price, edited.after.unit_price, edited.after.currency
    paid, now = edited.price_before, edited.price_after
    unit = edited.after.unit  # sold per 斤: `¥15/斤 → ¥12/斤`

    def money(minor: int) -> str:
        return unit_texts.priced(lang, format_money(minor, currency), unit)

    if before == after or (paid, now) == (before, after):  # the tiers only, or no tier applies either way
        was = unit_texts.priced(lang, format_money(paid, currency), edited.before.unit)  # `¥25/盒 → ¥20/斤`
        told = "edit_price_lowered" if edited.joined else "edit_price_changed"  # nobody joined: no "所有人"
        return t(lang, told, price=was, new=money(now))
    in_unit = "_in_unit" if unit else ""  # `仍按 ¥13/斤`, not `仍按每份 ¥13/斤`
    if paid == now:
        return t(
            lang,
            f"edit_base_price_lowered_same{in_unit}",
            price=money(before),
            new=money(after),
            paid=money(now),
        )
    return t(
        lang,
        f"edit_base_price_lowered_paid{in_unit}",
        price=money(before),
        new=money(after),
        paid=money(now),
        was=money(paid),
    )


async def _copy_alone(ctx: Context) -> list[Reply]:
    """`再开一团` typed alone. From one who organised no group buy here (in private: none at all), that
    only 团长 open a new round, and whom to ask: the organiser of the group buy that ended last here,
    else of the newest (`想要的话请 @团长 Amy 再开一团`); where none ever ran, talk. From an organiser:
    talk in a group (the slash form alone would act), the command's form in private."""
    request = ctx.request
    if ctx.is_private:
        if await own_example_number(ctx.uow, request.user_id) != NO_NUMBER:
            raise DomainError("copy_usage")  # her number filled in (handlers.app)
        raise DomainError("copy_not_organiser_none")
    latest = await ctx.uow.group_buys.latest_in_chat(request.chat_id)
    if latest is None or request.is_admin:
        return []
    here = [*await ctx.uow.group_buys.open_in_chat(request.chat_id)]
    here += await ctx.uow.group_buys.closed_in_chat(request.chat_id)
    if any(g.organiser_id == request.user_id for g in here):
        return []
    raise DomainError("copy_not_organiser", organiser=_whom_to_ask(here, latest, ctx).organiser_name)


def _whom_to_ask(here: list[GroupBuy], latest: GroupBuy, ctx: Context) -> GroupBuy:
    """A buyer's 再开一团 / `/reopen` naming no group buy: a new round of what ended last here (its
    organiser is whom to ask), not of the newest one, maybe still open; none ended: the newest."""
    ended = [g for g in here if g.closed_at is not None]
    return max(ended, key=lambda g: g.closed_at or ctx.now) if ended else latest


async def _reopen_asked_of(ctx: Context, named: str) -> str:
    """Whom a buyer's bare `/reopen` in a group is told to ask (`_whom_to_ask`); `named` (the newest
    group buy's organiser, as the refusal said) when none is found."""
    chat_id = ctx.request.chat_id
    latest = await ctx.uow.group_buys.latest_in_chat(chat_id)
    if latest is None:
        return named
    here = [*await ctx.uow.group_buys.open_in_chat(chat_id)]
    here += await ctx.uow.group_buys.closed_in_chat(chat_id)
    return _whom_to_ask(here, latest, ctx).organiser_name


async def copy(ctx: Context) -> list[Reply]:
    """再开一团 / `/copy #12 [to <chat>] [ends …]`: the same terms again, with a fresh card."""
    request = ctx.request
    if (
        ctx.command.alone
    ):  # `再开一团` alone: a buyer is told who can; an organiser's is talk (her form in private)
        return await _copy_alone(ctx)
    words = parse_copy(ctx.command.rest)
    deadline = _deadline(words.ends, ctx.now, ctx.tz)
    lang = await ctx.lang()
    reopened = await _reopened(ctx, words.group_buy_id) if deadline is None else None
    if reopened is not None:  # `/reopen #6` closed early: the new round ends when #6 would have
        deadline = reopened.deadline
    try:
        copied = await service.copy(
            ctx.uow,
            where=where(ctx),
            group_buy_id=words.group_buy_id,
            actor=request.user_id,
            actor_identity=identity(request.platform, request.user_id),
            actor_name=request.display_name,
            is_admin=request.is_admin,
            now=ctx.now,
            lang=lang,
            to_chat=words.to_chat,
            to_group_buy=words.to_group_buy,
            deadline=deadline,
            max_unit_price=ctx.config.max_unit_price,
            tz=ctx.tz,
            day_terms=_day_terms(words.values) if words.values else None,
        )
    except DomainError as refusal:  # a chat named by a name none or several of theirs have: which?
        if refusal.code == "not_organiser":  # a buyer's `再开一团 #2`: who to ask
            organiser = refusal.params.get("organiser", "")
            if words.group_buy_id is None and not ctx.is_private:  # `/reopen` alone: of what ended last
                organiser = await _reopen_asked_of(ctx, organiser)
            raise DomainError("copy_not_organiser", organiser=organiser) from None
        raise chat_names.copy_refusal(refusal, lang) from None
    new, original = copied.copy, copied.original
    if new.terms.pickup_at is not None and new.id is not None:  # kept: the evening-before reminder too
        await set_pickup_time(ctx.uow, group_buy_id=new.id, at=new.terms.pickup_at)
    there = lang if new.chat_id == request.chat_id else await card_language(ctx.uow, new, ctx.memo)
    # in another group, which never saw the original: a new group buy there, not one "open again"
    key = "copied" if new.chat_id == original.chat_id else "copied_new_here"
    announced = t(
        there,
        no_buttons.text_key(key, request.platform),
        id=new.id,
        from_id=original.id,
        title=new.terms.title,
        price=options.priced(new, there),  # 多规格: each option's, `大 ¥20/份 / 小 ¥12/份`
        deadline=format_deadline(new.deadline, ctx.tz, there),
    )
    if new.terms.options:  # 多规格: how to name one, as its opening said (`+1 egg yolk`)
        hint = t(there, "opened_options_hint", example=new.terms.options[0].name)  # as the card
        announced = t(there, "two_sentences", first=announced, second=hint)
        if new.terms.per_person_limit is not None:  # 限购 caps each option a member takes
            cap = t(there, "opened_options_limit", limit=new.terms.per_person_limit)
            announced = t(there, "two_sentences", first=announced, second=cap)
    alike = await group_buys.look_alikes(ctx.uow, new)
    if alike:
        others = t(there, "list_separator").join(f"#{g.id} {g.terms.title}" for g in alike)
        warning = t(there, "look_alike_open", count=len(alike), others=others, id=new.id)
        announced = t(there, "two_sentences", first=announced, second=warning)
    card = card_update(new, new=True)
    notes = []  # said after the announcement: what `/reopen` did, the pickup kept or moved on
    if reopened is not None:  # a new round; the closed one and its orders unchanged
        when = format_deadline(new.deadline, ctx.tz, lang)
        notes.append(t(lang, "reopen_said", id=new.id, from_id=original.id, deadline=when))
    gone = tuple(tier for tier in original.terms.tiers if tier not in new.terms.tiers)
    if gone:  # the day's price took off the tiers not below it
        terms, currency = new.terms, new.terms.currency
        tiers = " · ".join(
            unit_texts.tier(lang, tier.min_quantity, format_money(tier.unit_price, currency), terms.unit)
            for tier in gone
        )
        price = unit_texts.priced(lang, format_money(terms.unit_price, currency), terms.unit)
        notes.append(t(lang, "edit_tiers_dropped", tiers=tiers, price=price))
    if new.terms.pickup_at is not None and new.terms.pickup_at != original.terms.pickup_at:
        moved = format_deadline(new.terms.pickup_at, ctx.tz, lang)  # by whole days, past the new close
        notes.append(t(lang, "copy_pickup_moved", time=moved, id=new.id))
    elif new.terms.pickup:  # kept from the original as it was: said, with how to change it
        notes.append(t(lang, "copy_pickup_kept", pickup=pickup_text(new.terms, ctx.tz, lang), id=new.id))
    joined = await _joiners_told(ctx, original, new, there)
    if joined:  # who else heard of it: those who had joined the one that did not go ahead
        notes.append(t(lang, "copy_joiners_told_said", count=len(joined), from_id=original.id))
    dropped = ""
    for note in notes:
        dropped = t(lang, "two_sentences", first=dropped, second=note) if dropped else note
    told = await note_offers.offers(ctx, new)  # a friend's earlier note on it there: how to link it
    told += joined
    if new.chat_id == request.chat_id:
        if dropped:  # after a look-alike warning's `+1 #4` (no full stop after a command): a line of its own
            ended = announced.rstrip()[-1:] in _SENTENCE_ENDS
            announced = (
                t(lang, "two_sentences", first=announced, second=dropped)
                if ended
                else f"{announced}\n{dropped}"
            )
        return [Reply(text=announced, language=lang), card, *told]
    chat = await chat_label(ctx.uow, new.chat_id)  # its name where known
    done = t(lang, "copied_elsewhere", id=new.id, from_id=original.id, title=new.terms.title, chat=chat)
    if dropped:
        done = t(lang, "two_sentences", first=done, second=dropped)
    announcement = Reply(text=announced, chat_id=new.chat_id, language=there)
    return [Reply(text=done, language=lang), announcement, card, *told]


_DID_NOT_GO_AHEAD = (GroupBuyStatus.CANCELLED, GroupBuyStatus.FAILED)


async def _joiners_told(ctx: Context, original: GroupBuy, new: GroupBuy, there: str) -> list[Reply]:
    """A copy of a group buy that failed or was cancelled: each member who had joined it (not its
    organiser, not a 代报 guest) told once, privately, in their steady language (else the new card's),
    that a new round is open and how to join it; none for one that went ahead (its buyers got theirs)."""
    if original.status not in _DID_NOT_GO_AHEAD or original.id is None or new.id is None:
        return []
    joiners = [
        line.user_id
        for line in await ctx.uow.group_buys.participants(original.id)
        if line.user_id not in (original.organiser_id, ctx.request.user_id) and not is_guest(line.user_id)
    ]
    if not joiners:
        return []
    langs = await steady_languages(ctx.uow, ctx.request.platform, joiners, there)
    chat = await chat_label(ctx.uow, new.chat_id)
    return [
        Reply(
            text=t(
                langs[user_id],
                "copy_told_joiner",
                organiser=new.organiser_name,
                title=new.terms.title,
                id=new.id,
                from_id=original.id,
                chat=chat,
            ),
            private_to=user_id,
            language=langs[user_id],
        )
        for user_id in dict.fromkeys(joiners)
    ]


def _day_limit(values: dict[str, tuple[str, str]], terms: Terms) -> int | None:
    """The limit typed for the new round (`限购 2`), else the copied one."""
    return parse_count(values, "limit") if "limit" in values else terms.per_person_limit


def _day_terms(values: dict[str, tuple[str, str]]) -> Callable[[Terms], Terms]:
    """The copied terms with the day's price (in the group buy's currency; tiers not below it dropped),
    stock, target and limit as typed (`再开一团 #3 价格 55 库存 20`); 多规格: each option has its own price
    and stock, changed after with 修改 (`copy_term_not_taken`)."""

    def changed(terms: Terms) -> Terms:
        for key in ("price", "stock"):
            if terms.options and key in values:  # each option's: named after, `修改 大盒 价格 55`
                keyword, value = values[key]
                option = terms.options[0].name
                raise DomainError(
                    "copy_options_term", title=terms.title, keyword=keyword, value=value, option=option
                )
        refuse_another_currency(values, terms.currency)  # `再开一团 #3 价格 ¥55` of one in $: never $55
        price = parse_price(values["price"][1], terms.currency) if "price" in values else terms.unit_price
        return replace(
            terms,
            unit_price=price,
            tiers=tuple(tier for tier in terms.tiers if tier.unit_price < price),
            stock=parse_count(values, "stock") if "stock" in values else terms.stock,
            target=parse_count(values, "target") if "target" in values else terms.target,
            per_person_limit=None if limit_lifted(values) else _day_limit(values, terms),
        )

    return changed


# `/reopen #6` (typed so, not `/copy`): of a group buy closed before its deadline, a copy ending then
_REOPEN = re.compile(r"^\s*/reopen(?:@\w+)?(?:\s|$)", re.IGNORECASE)


async def _reopened(ctx: Context, group_buy_id: int | None) -> GroupBuy | None:
    """The group buy `/reopen #6` names when it closed before its deadline and that deadline is still
    ahead: its copy ends at that deadline (so its pickup, after it, is kept); None otherwise (a copy as
    `/copy` makes it)."""
    if group_buy_id is None or not _REOPEN.match(ctx.request.text or ""):
        return None
    found = await ctx.uow.group_buys.get(group_buy_id)
    if found is None or found.is_open or found.deadline < ctx.now + MIN_DURATION * 2:
        return None
    return found


def _deadline(ends: str, now: datetime, tz: ZoneInfo) -> datetime | None:
    return parse_when(ends, now=now, tz=tz) if ends else None
