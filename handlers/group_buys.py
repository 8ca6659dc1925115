"""Group buy commands: open (开团), join (+1), leave (-1/退出), status (进度), close (截单), cancel (取消).

Each handler makes one service call in the update's unit of work and answers in words; the live card is
only named (`card_update`), never rendered here, so `+1` on a busy group buy loads no participant list.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable, Iterable, Sequence
from dataclasses import replace
from datetime import datetime, timedelta
from fractions import Fraction

from commerce.domain import units
from commerce.domain.errors import DomainError
from commerce.domain.group_buy import (
    MAX_QUANTITY,
    GroupBuy,
    GroupBuyStatus,
    Participant,
    Terms,
    cleaned_payment_note,
)
from commerce.domain.guests import guest_id, guest_name, is_guest
from commerce.domain.listings import Listing, seen_in
from commerce.domain.money import format_money
from commerce.domain.options import option_at, option_in_note, resembles_an_option
from commerce.domain.order import OrderStatus
from commerce.domain.payments import payable_online, within_limits
from commerce.domain.reach import Where
from commerce.domain.text import clean_text
from commerce.domain.titles import title_typo
from commerce.domain.units import Measured, same_unit
from commerce.services import collecting
from commerce.services import group_buys as service
from commerce.services import listings as listings_service
from commerce.services import waiting as waiting_service
from commerce.services.chat_names import chat_label
from commerce.services.edits import reach
from commerce.services.group_buys import Closing, Participation
from handlers import (
    called_off,
    closed_rounds,
    closed_steps,
    echoes,
    friend_lines,
    helpselling,
    just_closed,
    no_buttons,
    note_offers,
    on_behalf,
    only_organiser,
    options,
    organiser_told,
    pasted_lines,
    pickup_points,
    recalled,
    refund_asks,
    removed_lines,
    settings,
    sharing,
    taps,
    waiting,
    whose_line,
)
from handlers.buttons import CardAction
from handlers.cards import (
    card_update,
    closing_replies,
    closing_text,
    format_deadline,
    last_payment_note,
    money,
    organiser_summary,
    pickup_passed_notice,
    price_line,
    with_groups,
    with_notice,
)
from handlers.context import Context, card_language, listing_language
from handlers.option_language import option_in_another_language
from handlers.organiser_notices import acted_by
from handlers.parsing.commands import Command
from handlers.parsing.joins import note_labelled
from handlers.parsing.option_words import looks_like_option
from handlers.parsing.pickup import (
    after_number,
    parse_pickup,
    place_and_time,
    split_group_buy_id,
    without_number,
)
from handlers.parsing.terms import keyword_values, parse_terms
from handlers.parsing.typed import as_typed
from handlers.recipients import order_languages, organiser_language
from handlers.texts import format_datetime, refusal_text, t
from handlers.texts import units as unit_texts
from handlers.texts.pickup import pickup_text
from handlers.types import ACK_NOTE, ACK_PRICE, ACK_PRICE_OF, ACK_SAID, TELLS_GROUP, Reaction, Reply

SAID_BY_THE_CARD = "👌"  # a typed join's or leave's only answer where the platform has reactions


def _dollar_opening(ctx: Context, refusal: DomainError) -> DomainError:
    """`/new Mangoes $20 each` in a ¥ chat: nothing was opened, and the opening that works shown, its `$`
    left out (`/new Mangoes 20 each`) or the chat's sign put in (`¥20`); any other refusal as it is."""
    if refusal.code != "price_currency_sign":
        return refusal
    value, symbol = str(refusal.params["value"]), str(refusal.params["symbol"])
    typed = " ".join(ctx.request.text.split())
    at = typed.find(value) if value in typed else typed.find("$")
    head, tail = typed[:at], typed[at:]
    return DomainError(
        "price_currency_sign_opening",
        value=value,
        symbol=symbol,
        currency=refusal.params["currency"],
        plain=head + tail.replace("$", "", 1).replace("  ", " "),
        signed=head + tail.replace("$", symbol, 1),
    )


async def open_group_buy(ctx: Context) -> list[Reply]:
    """开团 / `/groupbuy`: in a group only; opened in a private chat with the bot, nobody could join it."""
    if ctx.is_private:
        raise DomainError("open_in_group")
    lang = await ctx.lang()
    try:
        terms = parse_terms(
            ctx.command.rest, currency=ctx.config.currency, now=ctx.now, tz=ctx.tz, typed=ctx.request.text
        )
    except DomainError as refusal:
        raise _dollar_opening(ctx, refusal) from refusal
    twin = await service.just_opened_twin(  # the same opening sent twice: one group buy, not two
        ctx.uow, chat_id=ctx.request.chat_id, organiser_id=ctx.request.user_id, terms=terms, now=ctx.now
    )
    if twin is not None:
        raise DomainError("open_twice", title=twin.terms.title, id=twin.id)
    carried = "" if terms.payment_note else await _her_last_payment_note(ctx)
    if carried:  # rep64 #13: the way to pay she set last time, until she changes it with /payment
        terms = replace(terms, payment_note=carried)
    group_buy = await service.open_group_buy(
        ctx.uow,
        chat_id=ctx.request.chat_id,
        organiser_id=ctx.request.user_id,
        organiser_name=ctx.request.display_name,
        terms=terms,
        now=ctx.now,
        lang=lang,
        max_unit_price=ctx.config.max_unit_price,
        photo=ctx.request.photo or "",  # a photo whose caption opens it: a photo card
    )
    if group_buy.terms.pickup_at is not None:  # `自提 北门 后天上午10点`: the evening-before reminder
        await pickup_points.refuse_before_close(
            ctx, group_buy, opening=True, default_deadline=terms.deadline is None
        )
        assert group_buy.id is not None
        await collecting.set_pickup_time(ctx.uow, group_buy_id=group_buy.id, at=group_buy.terms.pickup_at)
    lang = await card_language(ctx.uow, group_buy, ctx.memo)  # the announcement reads as its card does
    text = t(
        lang,
        no_buttons.text_key("opened", ctx.request.platform),  # WeChat: `发 +1 参加`, no Join button
        id=group_buy.id,
        title=group_buy.terms.title,
        price=options.priced(group_buy, lang),  # `¥15/斤`; `大 ¥20/份 / 小 ¥12/份`
        deadline=format_deadline(group_buy.deadline, ctx.tz, lang),
    )
    if group_buy.terms.pickup_at is not None:  # `自提 北门 周日下午` a week on, past the close: said
        typed_pickup = keyword_values(ctx.command.rest, typed=ctx.request.text)[1].get("pickup", ("", ""))[1]
        moved = pickup_points.time_note(ctx, group_buy, typed_pickup, lang)
        if moved is not None:
            text = t(lang, "two_sentences", first=text, second=moved)
    typed_terms = keyword_values(ctx.command.rest)[1]
    if "target" in typed_terms and group_buy.terms.target == 1:  # `target 1` (rep80 #12a): as none, said
        word = typed_terms["target"][0]
        text = t(lang, "two_sentences", first=text, second=t(lang, "opened_target_one", word=word))
    if group_buy.terms.options:  # 多规格: how to name one
        hint = t(lang, "opened_options_hint", example=group_buy.terms.options[0].name)  # as the card
        text = t(lang, "two_sentences", first=text, second=hint)
        if group_buy.terms.per_person_limit is not None:  # 限购 caps each option a member takes
            cap = t(lang, "opened_options_limit", limit=group_buy.terms.per_person_limit)
            text = t(lang, "two_sentences", first=text, second=cap)
    if carried:
        how = t(lang, "opened_payment_carried", note=carried, id=group_buy.id)
        text = t(lang, "two_sentences", first=text, second=how)
    alike = await service.look_alikes(ctx.uow, group_buy)
    if alike:
        others = t(lang, "list_separator").join(f"#{g.id} {g.terms.title}" for g in alike)
        warning = t(lang, "look_alike_open", count=len(alike), others=others, id=group_buy.id)
        text = t(lang, "two_sentences", first=text, second=warning)
    told = await note_offers.offers(ctx, group_buy)  # a friend's earlier note on it: how to link it
    values, here, now = ctx.values, ctx.request.chat_id, ctx.now
    ctx.after_commit.append(lambda: just_closed.opened(values, here, now))  # a `+1` now is for what is open
    return [Reply(text=text, language=lang), card_update(group_buy, new=True), *told]


async def _her_last_payment_note(ctx: Context) -> str:
    """The payment note (`/payment #1 PayNow 9123 4567`) of the sender's newest group buy in this group
    that had one, "" when none did: a new one starts with it (the close says it, not "No way to pay")."""
    chat, me = ctx.request.chat_id, ctx.request.user_id
    hers = [
        *await ctx.uow.group_buys.open_in_chat(chat, organiser=me),
        *(g for g in await ctx.uow.group_buys.closed_in_chat(chat) if g.organiser_id == me),
    ]
    for group_buy in sorted(hers, key=lambda g: (g.created_at, g.id or 0), reverse=True):
        if group_buy.terms.payment_note:
            return group_buy.terms.payment_note
    return ""


# A pasted list's line asking more than is left, from one holding her line (rep88 #13): refused saying what
# she holds and the most she can have (held + left), the example as before
_STOCK_SHORT = frozenset({"not_enough_stock", "option_not_enough"})


async def join(ctx: Context) -> list[Reply]:
    command = ctx.command
    if command.first_only:  # people tap Join three times: only the first tap joins
        already = await _already_in(ctx)
        if already is not None:
            return already
    return await _counted_once(ctx, _join)  # +1 more tapped again within seconds: counted once


async def _join(ctx: Context) -> list[Reply]:
    command = ctx.command
    if command.not_hers and await pasted_lines.last_line_not_hers(ctx):  # `4. Kim small 2`: never hers
        return []  # the card copied back unchanged: talk
    quantity = 1 if command.quantity is None else command.quantity
    if not 1 <= quantity <= MAX_QUANTITY and not command.pasted and command.measured is None:
        # `+0`, `+99999`: refused before any question which group buy or option (an answer to it would
        # join some other count); the answer says what a `+1` gets (handlers.app)
        raise DomainError("quantity_invalid", value=quantity, most=MAX_QUANTITY)
    organiser_named = ""  # `@Wang +1` naming the organiser Wang: her own line, said in the answer
    if command.mentioned:  # `+1 @Cat`: Cat's line; `+1 @Amy` to the organiser Amy: her own
        organiser_named = (
            await friend_lines.names_the_organiser(ctx, command.friend) if command.friend else ""
        )
        command = replace(command, friend=await friend_lines.mentioned_friend(ctx, command.friend))
    elif friend_lines.names_herself(ctx, command.friend):  # Kay's `+2 豆沙 帮 Kay`: her own line
        command = ctx.command = replace(command, friend="")
    try:
        joined = await service.join(
            ctx.uow,
            chat_id=await _chat_of(ctx),
            group_buy_id=command.group_buy_id,
            user_id=ctx.request.user_id,
            display_name=command.line_name or ctx.request.display_name,  # `王阿姨 +2`: her 接龙 name
            quantity=quantity,
            now=ctx.now,
            friend=command.friend,
            note=command.note,
            limits=ctx.config.join_limits,
            option_index=command.option_index,
            option_attempt=_option_attempt(ctx),
            list_title=command.list_title,
            pasted=command.pasted,
            list_name=command.list_name,
            measured=command.measured,
            option_count=not note_labelled(ctx.request.text),  # `+1 小 备注 2`: the note 2
            private=ctx.is_private,  # a room typed privately never reaches a group's card (rep99 #7)
        )
    except DomainError as refusal:  # sold out: say how to wait for it (候补)
        if refusal.code == "which_group_buy" and not command.friend:  # `要两份` (rep78 #7): set or add
            stated = echoes.stated_count(ctx.request.text or "")
            if stated is not None and stated == quantity:
                refusal.params["stated"] = stated
        if refusal.code == "pasted_line_not_hers" and command.pasted:  # no line of hers: hers as it is
            kept = await pasted_lines.own_line_kept(ctx, refusal.params.get("id"))
            if kept is not None:
                raise kept from refusal
        if refusal.code == "already_listed" and (
            command.extra_lines or command.listed or command.own_twice or command.note_friend
        ):
            raise await _listed_with_lines(ctx, refusal) from refusal
        if refusal.code == "sold_out_all":  # every one open here 🈵: each named, how to wait for one
            said, most = refusal.params, int(refusal.params.get("quantity") or 0)
            waited = min(quantity, most) if most > 0 else quantity  # never more than any of them holds
            if command.friend:  # `+1 for my mum`: the wait is on her own line
                raise DomainError(
                    "sold_out_all_for",
                    count=said["count"],
                    choices=said["choices"],
                    id=said["id"],
                    quantity=waited,
                    friend=command.friend,
                ) from refusal
            every = DomainError(
                "sold_out_all", count=said["count"], choices=said["choices"], id=said["id"], quantity=waited
            )
            await waiting.waiting_among_sold_out(ctx, refusal, every)  # `+1 large` from one waiting for it
            raise every from refusal
        others = await _options_left(ctx, refusal, quantity)  # `+1 大盒` sold out: the options left
        refusal.params.update(others)
        offer = waiting.offer_waiting(
            refusal, quantity=quantity, friend=command.friend, group_buy_id=command.group_buy_id
        )
        if offer is not None:
            offer.params.update(others)
            await waiting.already_waiting(ctx, refusal, offer)  # `+1 #2` from one in its queue: said so
            await waiting.remember_offer(ctx, refusal)  # a bare `候补 2` then waits for this one
            raise offer from refusal
        if refusal.code in service.SOLD_OUT and refusal.params.get("room") == 0 and not command.friend:
            option = str(refusal.params.get("option") or "")  # she holds all there is (rep78 #5)
            title = str(refusal.params.get("title", ""))
            sold = f"{title} {option}" if option else title
            held_for = str(refusal.params.get("held_for") or "")
            if held_for:  # all of it on a friend's line of hers: whose, and how to take some herself
                raise DomainError("sold_out_held_by_friend", title=sold, friend=held_for) from refusal
            raise DomainError("sold_out_held_all", title=sold) from refusal
        if refusal.code == "option_which" and command.group_buy_id is None and not ctx.is_private:
            asked_of = await ctx.uow.group_buys.get(int(refusal.params["id"]))  # `me too` just after
            if asked_of is not None:  # another closed here: that close said first (rep92 #14)
                example = str(refusal.params.get("example") or "")
                asked = await just_closed.ask_first(ctx, asked_of, quantity, example)
                if asked is not None:
                    raise asked from refusal
        if refusal.code == "option_which" and command.group_buy_id is not None and not ctx.is_private:
            said = refusal.params  # `+1 #9` asked which option: the example keeps the `#9` (`+1 #9 large`)
            named = DomainError(
                "option_which",
                id=said["id"],
                title=said["title"],
                choices=said["choices"],
                typed_quantity=said.get("typed_quantity", 1),
                example=f"#{said['id']} {said['example']}",
                limit=said.get("limit"),  # the example cut to 限购 (`+4 #9 咸蛋黄`), the limit said
            )
            if command.friend:
                raise on_behalf.for_friend(named, friend=command.friend, quantity=quantity) from refusal
            raise named from refusal
        held = refusal.params.get("held")
        short = command.pasted and not command.friend and refusal.code in _STOCK_SHORT
        if short and isinstance(held, int) and held > 0:  # `3. Kim 3` holding 1, 1 left (rep88 #13)
            said = refusal.params
            left = int(said.get("left") or 0)
            title, at = said.get("title", ""), said.get("at", "")
            if refusal.code == "option_not_enough":
                option = said.get("option", "")
                raise DomainError(
                    "pasted_option_not_enough_held",
                    title=title,
                    option=option,
                    left=left,
                    held=held,
                    most=held + left,
                    at=at,
                ) from refusal
            unit = said.get("unit", "")
            raise DomainError(
                "pasted_not_enough_held",
                title=title,
                left=left,
                held=held,
                most=held + left,
                unit=unit,
                at=at,
            ) from refusal
        if command.friend and refusal.code in service.UNIT_EXAMPLES:  # `+半打 帮 王阿姨`: `+1 帮 王阿姨`
            refusal.params["at"] = f"{refusal.params.get('at', '')} {friend_form(command)}"  # her line's
        if command.friend:  # the limit and the option are the friend's line's
            raise on_behalf.for_friend(refusal, friend=command.friend, quantity=quantity) from refusal
        if refusal.code == "option_which" and ctx.is_private:  # no Join buttons to tap in private
            said = refusal.params
            raise DomainError(
                "option_which_private",
                id=said["id"],
                title=said["title"],
                choices=said["choices"],
                typed_quantity=said.get("typed_quantity", 1),
                example=said["example"],
                limit=said.get("limit"),
            ) from refusal
        following = await closed_rounds.next_step(ctx, refusal, quantity)
        if following is not None:
            raise following from refusal
        raise
    group_buy, line = joined.group_buy, joined.line
    if command.pasted and not line.friend and joined.delta == line.quantity:  # a line anew from a paste
        await removed_lines.refuse_pasted(ctx, group_buy)  # after the organiser took her off: refused
    asked = await just_closed.ask_first(ctx, group_buy, quantity)
    if asked is not None:  # a bare `+1` right after another closed here: which one she meant
        raise asked
    lang = await ctx.lang(group_buy)
    title = options.line_title(group_buy, line)  # `Mangoes 5kg` with options (多规格)
    # 帮卖: added to a line made in another group (from a private chat: no "this group" to speak of)
    elsewhere = await helpselling.made_elsewhere(ctx.uow, joined, lang, private=ctx.is_private)
    items = unit_texts.items(lang, line.quantity, title, group_buy.terms.unit)  # `2 × 荔枝`, `2斤 荔枝`
    if command.tap:
        toast = t(lang, "toast_joined", items=items)
        if elsewhere:
            toast = t(lang, "two_sentences", first=toast, second=elsewhere)
        return [card_update(group_buy), Reply(toast=toast, language=lang)]
    name = ctx.request.display_name
    if command.line_name and not line.friend and line.display_name != name:  # `小李 +2`: her line so named
        name = t(lang, "joined_line_named", name=name, line=line.display_name)
    # to a line she had: what was added, then her new total (`又加 2斤，现在共 4斤`), never the total alone
    more = 0 < joined.delta < line.quantity and not command.pasted
    added = unit_texts.more(lang, joined.delta, group_buy.terms.unit)  # `2斤`, `1 份`
    you = "_you" if ctx.is_private else ""  # one to one: "You're in", never her own name
    if line.friend:
        text = t(
            lang,
            ("joined_for_more" if more else "joined_for") + you,
            name=name,
            friend=line.friend,
            added=added,
            items=items,
            id=group_buy.id,
        )
    elif command.pasted and joined.delta < line.quantity:  # a re-pasted `Ivy 3斤` holding 2斤: 现在共 3斤
        text = t(lang, "joined_now" + you, name=name, items=items, id=group_buy.id)
    elif more:
        text = t(lang, "joined_more" + you, name=name, added=added, items=items, id=group_buy.id)
    else:
        text = t(lang, "joined" + you, name=name, items=items, id=group_buy.id)
    if name != ctx.request.display_name:  # `Cat（名单上写作 小李）跟团`: no space after a full-width bracket
        text = text.replace(f"{name} ", name, 1) if name.endswith("）") else text
    if organiser_named and not line.friend:  # `@Wang +1`: the organiser named, her own line
        text = t(
            lang, "two_sentences", first=text, second=t(lang, "join_mention_organiser", name=organiser_named)
        )
    if joined.converted_from and not group_buy.terms.unit:  # `+4斤` on `阳光玫瑰 2斤装`: `4斤 = 2 份`
        converted = t(lang, "join_converted_portions", typed=joined.converted_from, count=joined.converted_to)
        text = t(lang, "two_sentences", first=text, second=converted)
    elif joined.converted_from:  # `+1kg` on a per-斤 one: `1 kg = 2斤`
        delta = unit_texts.quantity(joined.converted_to, group_buy.terms.unit, lang)
        converted = t(lang, "join_converted", typed=joined.converted_from, quantity=delta)
        text = t(lang, "two_sentences", first=text, second=converted)
    typed_note = command.note
    if command.measured is not None and group_buy.terms.unit:  # `2斤 3号楼` on a per-斤 one: `3号楼`
        typed_note = command.measured.note
    noted = option_in_note(group_buy, typed_note)[1] if line.option else typed_note  # not the option
    echoed = bool(line.note and service.without_title(group_buy, noted)) and not joined.counted
    if echoed:  # `+1 砂糖橘`: the title's word chose it, it is no note
        text = t(lang, "two_sentences", first=text, second=t(lang, "joined_note", note=line.note))
    plain, price = text, _price_line(group_buy, line, lang)
    text = t(lang, "two_sentences", first=text, second=price)
    reached = _just_reached_target(joined)
    if reached:
        text = t(lang, "two_sentences", first=text, second=t(lang, "target_reached"))
    skipped = ""
    if joined.passed_over:  # a bare `+1` beside a 🈵 one: which it joined, and that the other is sold out
        full = " · ".join(f"#{number} {name}" for number, name in joined.passed_over)
        skipped = t(lang, "join_sold_out_other", full=full, id=group_buy.id, title=group_buy.terms.title)
        text = t(lang, "two_sentences", first=text, second=skipped)  # said before its own 🈵 (rep96 #10)
    sold_out = await _sold_out_by(ctx, joined, lang)
    if sold_out and skipped and group_buy.stock_left == 0:  # `🈵 草莓 已售罄！`: never read as the other's
        sold_out = t(lang, "joined_options_all_sold_out", title=group_buy.terms.title)
    if sold_out:  # the join took the last unit: `🈵 已售罄！`
        text = t(lang, "two_sentences", first=text, second=sold_out)
    if elsewhere:
        text = t(lang, "two_sentences", first=text, second=elsewhere)
    mine, told = "", []
    if line.friend:  # Jo's line for Kim: Kim is told privately, and her own join then says so
        told = await friend_lines.told_privately(ctx, group_buy, line, joined.delta)
        await friend_lines.remember(ctx, group_buy, line)
    elif joined.delta == line.quantity and not command.tap:  # her own line, new: already put down for her?
        mine = await friend_lines.put_down_for_her(ctx, group_buy, lang)
        if mine:
            text = t(lang, "two_sentences", first=text, second=mine)
    mistaken = await pasted_lines.mistakes(ctx, group_buy, command, lang)
    if mistaken:  # `2. 张叔 3盒` where 张叔 has 2: the record stands, said once (rep77 #9)
        text = t(lang, "two_sentences", first=text, second=mistaken)
    extra = await pasted_lines.not_added(ctx, group_buy, command.extra_lines, lang)
    if not extra and not line.friend:  # `小美 1 帮妈妈 1`: 妈妈's too (never her note, rep92 #3)
        extra = await pasted_lines.friend_in_note(ctx, group_buy, command, line.option, lang)
    if extra:  # `7. 文文妈妈 1` pasted under her own line: not added, and how to add it
        text = t(lang, "two_sentences", first=text, second=extra)
    undo = _big_join_undo(command, joined, lang)
    if undo:  # `+1０` read as +10 on top of 10: now 20, and how to go back
        text = t(lang, "two_sentences", first=text, second=undo)
    other = closed = await just_closed.other_joined(ctx, group_buy, lang)
    if other:  # a bare `+1` just after another closed here: which one it joined
        text = t(lang, "two_sentences", first=text, second=other)
    if skipped:  # said above, before its own 🈵
        other = other or skipped
    answer = Reply(text=text, language=lang)
    news = (
        line.friend
        or command.pasted
        or joined.converted_from
        or echoed
        or reached
        or elsewhere
        or undo
        or mine
    )
    says_more = bool(news or sold_out or joined.passed_over)
    if not says_more and not _tier_crossed(group_buy, joined.delta):  # a just-closed note: said, yet foldable
        answer = _said_by_the_card(ctx, answer, plain, price, _price_of(group_buy, line), note=closed)
    return [answer, card_update(group_buy, notes=bool(sold_out)), *told]


async def _options_left(ctx: Context, refusal: DomainError, quantity: int) -> dict[str, str]:
    """`+1 大盒` with 大盒 sold out on its own (多规格): the group buy's options still to be had, named
    (`others_left`), with a join of the first of them in her form (`others_example`: `+1 小盒`, `+1 #1
    小盒 帮 妈妈`); none when the refusal is another or nothing else is left. Under a per-person limit,
    those she may still take, the example's count within what is left of it to her."""
    others = refusal.params.get("others") if refusal.code == "option_sold_out" else None
    if not others or not isinstance(others, list):
        return {}
    command, lang = ctx.command, await ctx.lang()
    numbered = (
        f"#{refusal.params['id']} " if command.group_buy_id is not None and refusal.params.get("id") else ""
    )
    limit = refusal.params.get("limit")  # `+4 豆沙` sold out, limit 3: `例如 +3 咸蛋黄`
    number = refusal.params.get("id")
    read = isinstance(limit, int) or quantity > 1  # a `+1` without a limit: nothing read
    group_buy = await ctx.uow.group_buys.get(number) if read and isinstance(number, int) else None
    held: dict[str, int] = {}  # under a limit, what she holds of each option (friends' lines too)
    if isinstance(limit, int) and group_buy is not None and ctx.request.user_id != group_buy.organiser_id:
        assert group_buy.id is not None
        for line in await ctx.uow.group_buys.lines_of(group_buy.id, ctx.request.user_id):
            held[line.option] = held.get(line.option, 0) + max(line.quantity, 0)
    fits = [name for name in others if not isinstance(limit, int) or held.get(str(name), 0) < limit]
    if not fits:  # at her limit of every other option: none offered
        return {}
    most = min(quantity, limit - held.get(str(fits[0]), 0)) if isinstance(limit, int) else quantity
    if most > 1 and group_buy is not None:  # `+9 veg` sold out, 3 pork left: `e.g. +3 pork`, one it takes
        other = next((o for o in group_buy.terms.options if o.name == fits[0]), None)
        left = group_buy.option_left(other) if other is not None else None
        most = max(1, min(most, left)) if left is not None else most
    example = f"+{most} {numbered}{fits[0]}"
    if command.friend:  # her friend's line, as she typed it
        example = f"{example} {friend_form(command)}"
    return {
        "others_left": t(lang, "list_separator").join(str(name) for name in fits),
        "others_example": example,
    }


def friend_form(command: Command) -> str:
    """Her friend's line in a join's example, in the language she typed the join in (`帮 王阿姨`,
    `for mum`)."""
    typed_in = "zh" if command.lang == "zh" else "en"
    return t(typed_in, "join_for_friend_form", friend=command.friend)


async def _listed_with_lines(ctx: Context, refusal: DomainError) -> DomainError:
    """A re-pasted list with her line as she holds it and someone else's added below (`7. 文文妈妈 1`):
    `already_listed`, then the lines not added and how to add them."""
    group_buy = await ctx.uow.group_buys.get(refusal.params["id"])
    lang = await ctx.lang(guess=True)
    lines = await pasted_lines.not_added(ctx, group_buy, ctx.command.extra_lines, lang) if group_buy else ""
    mistaken = await pasted_lines.mistakes(ctx, group_buy, ctx.command, lang) if group_buy else ""
    if mistaken:  # `2. 张叔 3盒` where 张叔 has 2 (rep77 #9)
        lines = t(lang, "two_sentences", first=mistaken, second=lines) if lines else mistaken
    if group_buy and not lines:  # `阿强 小盒1 帮老婆 小盒2` holding 小盒 ×1: 老婆's not added (rep92 #2)
        option = str(refusal.params.get("option") or "")
        lines = await pasted_lines.friend_in_note(ctx, group_buy, ctx.command, option, lang)
    if not lines:
        return refusal
    return DomainError("already_listed_lines", listed=refusal_text(lang, refusal), lines=lines)


async def _sold_out_by(ctx: Context, joined: Participation, lang: str) -> str:
    """`🈵 已售罄！` when the join took the last unit there was; with options (多规格) the product named,
    `🈵 粽子 已售罄！` (its shared stock, or the last of the last option not sold out); of an option while
    another is left `🈵 5斤 已售罄！`; "" otherwise. The other options' counts of a group buy listed among
    a chat's open ones are not read with it (storage): read once, only when an option just sold out."""
    group_buy, line = joined.group_buy, joined.line
    if joined.delta <= 0:
        return ""
    if group_buy.stock_left == 0:
        if group_buy.terms.options:  # rep81 #12d: the whole group buy, named
            return t(lang, "joined_options_all_sold_out", title=group_buy.terms.title)
        return t(lang, "joined_sold_out")
    option = group_buy.option_named(line.option) if line.option else None
    if option is None or group_buy.option_left(option) != 0:
        return ""
    others = [other for other in group_buy.terms.options if other.name != option.name]
    counted = {other.name for other in others if other.stock is not None} <= set(group_buy.option_sold)
    if not counted and group_buy.id is not None:  # rep82 #9: what the other options sold, as stored
        fresh = await ctx.uow.group_buys.get(group_buy.id)
        if fresh is not None:
            group_buy = fresh
    if all(group_buy.option_sold_out(other) for other in others):  # the last one
        return t(lang, "joined_options_all_sold_out", title=group_buy.terms.title)
    return t(lang, "joined_option_sold_out", option=option.name)


BIG_JOIN = 10  # a typed join adding this many portions at once is told how to undo it


def _big_join_undo(command: Command, joined: Participation, lang: str) -> str:
    """How to undo a typed join of 10 or more portions that at least doubles the line she had (a slip:
    `+10` meant `+1`, on her 10): back to what she held, `打错了就发 改成10份`; "" for any other."""
    line, group_buy = joined.line, joined.group_buy
    if joined.delta < BIG_JOIN or line.friend or command.pasted or group_buy.terms.unit or line.option:
        return ""
    before = line.quantity - joined.delta
    return t(lang, "joined_big_undo", before=before) if 0 < before <= joined.delta else ""


def _option_attempt(ctx: Context) -> bool:
    """A typed join whose note reads as an option tried (`+1 咸粽`): naming no group buy, with several
    open, one naming none of their options is asked which option, never a note on another; the question
    which option does not offer it back as a note (`+1 #3 7kg`: `e.g. +1 #3 5kg`)."""
    command = ctx.command
    if command.tap or command.option_index:
        return False
    return looks_like_option(command.note, ctx.request.text)


async def _already_in(ctx: Context) -> list[Reply] | None:
    """The toast for a member who taps Join while already on the list (None when they are not)."""
    group_buy = await service.find(
        ctx.uow, chat_id=await _chat_of(ctx), group_buy_id=ctx.command.group_buy_id
    )
    assert group_buy.id is not None
    if group_buy.terms.options and not ctx.command.option_index:
        return None  # a Join without its option (a card of before): the join asks which
    option = option_at(group_buy, ctx.command.option_index) if ctx.command.option_index else ""
    line = await ctx.uow.group_buys.participant(group_buy.id, ctx.request.user_id, "", option)
    if line is None or not group_buy.is_open:
        return None
    lang = await ctx.lang(group_buy)
    title = options.line_title(group_buy, line)
    if option:  # 多规格: a bare +1 asks which, so the hint names this one
        toast = t(lang, "toast_already_in_option", quantity=line.quantity, title=title, option=option)
    else:
        items = unit_texts.items(lang, line.quantity, title, group_buy.terms.unit)
        toast = t(lang, "toast_already_in", items=items)
    elsewhere = await helpselling.line_elsewhere(ctx.uow, group_buy, line, await _chat_of(ctx), lang)
    if elsewhere:  # 帮卖: her line was made in another group
        toast = t(lang, "two_sentences", first=toast, second=elsewhere)
    return [Reply(toast=toast, language=lang)]


async def _chat_of(ctx: Context) -> str:
    """The chat whose group buy a join or leave is about: this one; in a private chat a group buy named
    by its number only through the signed buttons of a card a share link opened there (its group's chat);
    typed there (`/join #12`) it is refused (`handlers.sharing.chat_of`)."""
    return await sharing.chat_of(ctx)


def _price_line(group_buy: GroupBuy, line: Participant, lang: str) -> str:
    """What the join or leave did to the price: the option's (多规格), else the group buy's."""
    return options.price_line_of(group_buy, line, lang) or price_line(group_buy, lang)


def _tier_crossed(group_buy: GroupBuy, delta: int) -> bool:
    """Whether the join (`delta` > 0) or leave (< 0) moved the price to another tier."""
    return group_buy.unit_price_for(group_buy.sold - delta) != group_buy.unit_price_for(group_buy.sold)


def _price_back(group_buy: GroupBuy, line: Participant, delta: int, lang: str) -> str:
    """A leave (`delta` < 0) that dropped the total below a tier raised everyone's price:
    `总数降到 19 份，价格回到 ¥58/份，再 1 份就回到 ¥50。` (with options, the option's price line); "" when
    the price stayed."""
    if delta >= 0 or not _tier_crossed(group_buy, delta):
        return ""
    upcoming = group_buy.next_tier()
    if group_buy.terms.options or upcoming is None:
        return _price_line(group_buy, line, lang)
    unit = group_buy.terms.unit
    left, tier = upcoming
    return t(
        lang,
        "price_back",
        sold=unit_texts.units(lang, group_buy.sold, unit),
        price=unit_texts.per_unit(lang, money(group_buy.current_unit_price, group_buy), unit),
        left=unit_texts.more(lang, left, unit),
        next_price=unit_texts.priced(lang, money(tier.unit_price, group_buy), unit),
    )


def _price_of(group_buy: GroupBuy, line: Participant) -> str:
    """Whose price line a join's answer says (`Reply.extra`'s `ACK_PRICE_OF`): `12`, `12:大的`."""
    return f"{group_buy.id}:{line.option}" if line.option else str(group_buy.id)


def price_now(group_buy: GroupBuy, price_of: str, lang: str) -> str:
    """The price line `_price_of` names, as the group buy stands now (WeChat's folded 接龙更新)."""
    option = price_of.partition(":")[2] or None
    return options.price_line_for(group_buy, option, lang) or price_line(group_buy, lang)


def _said_by_the_card(
    ctx: Context, answer: Reply, said: str, price: str, price_of: str, *, note: str = ""
) -> Reply:
    """A typed join's or leave's answer that says only what the card's edit shows (in or out, now N, the
    price): in a group, a platform with reactions may say it with 👌 on the member's own message instead
    (`Reply.reaction_instead`; Telegram does, so a flash sale's `+1`s post no message each). Its text
    stays when it says more: a friend's line, a pasted list's, a weight converted, a note echoed, the
    target or another tier reached, a line made in another group, more asked than held, a waiting-list
    entry withdrawn. A private chat has no card edited before the member's eyes: the text.

    Its parts go in `extra` (`ACK_SAID`, `ACK_PRICE`, `ACK_PRICE_OF`): WeChat folds a busy room's such
    answers into one message, the price as it stands then. With a `note` (which group buy a bare `+1`
    joined just after another closed: `ACK_NOTE`) the text stays, but WeChat still folds it, saying the
    note once."""
    message_id = ctx.request.message_id
    if ctx.is_private or ctx.command.tap or message_id is None:
        return answer
    extra = {ACK_SAID: said, ACK_PRICE: price, ACK_PRICE_OF: price_of if price else ""}
    if note:
        return replace(answer, extra={**extra, ACK_NOTE: note})
    return replace(answer, reaction_instead=Reaction(message_id, SAID_BY_THE_CARD), extra=extra)


def _just_reached_target(joined: Participation) -> bool:
    group_buy = joined.group_buy
    if not group_buy.has_target:  # opened without a target: nothing to reach
        return False
    return group_buy.target_reached and group_buy.sold - joined.delta < group_buy.terms.target


async def leave(ctx: Context) -> list[Reply]:
    if ctx.command.named_first and not ctx.command.option:  # `Vanilla -1`: an option's name, or a friend's
        named = await _option_named_first(ctx)
        if named is None:  # `温度 -1`: no option here, no person's name: talk (in private: not understood)
            return await settings.help_hint(ctx) if ctx.is_private else []
        ctx = replace(ctx, command=named)
    if ctx.command.mentioned:  # `-1 @Bob`: her friend Bob's line, her own (`-1 @Troll`), else refused
        ctx = replace(ctx, command=await _leave_whose(ctx))
    ctx = replace(ctx, command=await _product_after_the_name(ctx))  # `-1 for Zhao Mango`: Zhao's mango
    command = ctx.command
    if command.in_words and command.word == "recall":  # `撤回`: what to send, to one on a list here only
        return await recalled.hint(ctx)
    if command.in_words and command.word == "cancel" and await _runs_one_here(ctx):
        return []  # an organiser's `cancel` in her group: never her own line left, talk as before
    if command.said_back and command.rest:  # `鸡蛋破了两个 要退`: the refund request's form, never a leave
        asked = await _refund_form(ctx)
        if asked is None:
            return []  # no order here to ask about: talk
        raise asked
    try:
        if command.set_to:
            return await _set_to(ctx)
        return await _counted_once(ctx, _leave)  # Leave tapped again within seconds: one unit off, not three
    except DomainError as refusal:
        closed = await _order_of_a_close(ctx, refusal)
        if closed is not None:  # a bare `-1` soon after the one she is on closed: her order (rep96 #3)
            raise closed from None
        if command.said_back and not ctx.is_private and await _holds_nothing(ctx, refusal):
            asked = await _refund_form(ctx)  # `我要退` with no line left to leave: her orders' refund
            if asked is not None:
                raise asked from None
        if command.in_words and not ctx.is_private and await _holds_nothing(ctx, refusal):
            return []  # `我不要了`, `cancel mine pls` from someone on no group buy here: talk
        refusal = await _not_joined_numbered(ctx, refusal)
        refusal = await _joined_none(ctx, refusal)
        refusal = await _guests_line_left(ctx, refusal)
        raise await _closed_told_to_organiser(ctx, refusal) from None


_NO_FRIEND_LINE = frozenset({"leave_friend_none", "leave_friend_none_own", "leave_friend_none_at_all"})


async def _guests_line_left(ctx: Context, refusal: DomainError) -> DomainError:
    """`王阿姨 -1`, `-1 帮 王阿姨` naming no friend's line of hers but a guest's (代报 王阿姨 3): never "you
    put no line down for 王阿姨", but the command that changes that line (`_guest_line_refusal`); any
    other refusal as it is."""
    friend = str(refusal.params.get("friend") or "")
    if refusal.code not in _NO_FRIEND_LINE or not friend or refusal.params.get("id") is None:
        return refusal
    group_buy = await ctx.uow.group_buys.get(int(refusal.params["id"]))
    if group_buy is None or group_buy.id is None:
        return refusal
    try:
        guest = guest_id(group_buy.organiser_id, guest_name(friend))
    except DomainError:
        return refusal
    lines = [line for line in await ctx.uow.group_buys.lines_of(group_buy.id, guest) if line.quantity > 0]
    if len(lines) != 1:
        return refusal
    line, taken = lines[0], ctx.command.quantity
    return await _guest_line_refusal(ctx, group_buy, line, 0 if taken is None else line.quantity - taken)


async def _guest_line_refusal(
    ctx: Context, group_buy: GroupBuy, line: Participant, wanted: int
) -> DomainError:
    """A member's words changing a guest's line (`王阿姨 -1`, `王阿姨不要了`, `王阿姨改成1份`): nothing
    changed; to whoever may manage the group buy, the 代报 that sets it (`代报 #1 王阿姨 改成2份`) or the
    踢出 that takes it off; to anyone else, that only its organiser changes it."""
    request, title = ctx.request, group_buy.terms.title
    if not group_buy.may_manage(request.user_id, is_admin=request.is_admin, in_chat=request.chat_id):
        organiser, name = group_buy.organiser_name, line.display_name
        return DomainError("guest_line_others", name=name, organiser=organiser, title=title, id=group_buy.id)
    lang = await ctx.lang(group_buy)
    held = unit_texts.units(lang, line.quantity, group_buy.terms.unit)
    name, number = line.display_name, group_buy.id
    if wanted <= 0:
        return DomainError("guest_line_off", name=name, title=title, id=number, held=held)
    return DomainError("guest_line_lower", name=name, title=title, id=number, held=held, n=wanted)


async def _runs_one_here(ctx: Context) -> bool:
    """Whether the member organises a group buy open in this group (a `cancel` typed there is hers to
    say of it, never a leave of her line: rep96 #9)."""
    if ctx.is_private:
        return False
    open_here = await ctx.uow.group_buys.open_in_chat(ctx.request.chat_id)
    return any(group_buy.organiser_id == ctx.request.user_id for group_buy in open_here)


async def _order_of_a_close(ctx: Context, refusal: DomainError) -> DomainError | None:
    """A bare leave (`-1`, `退出`, `不要了`: no number, option or friend) in a group from one on no open
    group buy here, holding an order of one here that closed within `just_closed.JUST_CLOSED_FOR`: that
    it closed and only its organiser can cancel her order now (`cancel_after_close_buyer`, as her private
    `取消` is told), never "you are not on" the other one open; None otherwise."""
    command = ctx.command
    if ctx.is_private or command.group_buy_id is not None or command.option or command.friend:
        return None
    if command.said_back:  # `我要退`, `鸡蛋破了 要退`: money back, the refund form below (its words)
        return None
    if refusal.code not in ("not_joined", "leave_joined_none", "which_group_buy"):
        return None
    if not await _holds_nothing(ctx, refusal):
        return None
    kept = (OrderStatus.PENDING_PAYMENT, OrderStatus.PAID)
    here = ctx.request.chat_id
    held = sorted(
        (
            order
            for order in await ctx.uow.orders.for_buyer(ctx.request.user_id)
            if order.status in kept and order.chat_id == here
        ),
        key=lambda order: order.id or 0,
    )
    for order in reversed(held):
        group_buy = await ctx.uow.group_buys.get(order.group_buy_id)
        if group_buy is None or group_buy.is_open or not just_closed.lately(group_buy, ctx.now):
            continue
        return DomainError(
            "cancel_after_close_buyer",
            title=group_buy.terms.title,
            id=group_buy.id,
            organiser=group_buy.organiser_name,
            order=order.number,
        )
    return None


async def _product_after_the_name(ctx: Context) -> Command:
    """`-1 for Zhao Mango` with several open here, one of them mangoes: Zhao's line on it, as `-1 for Zhao
    mango` (the product's word no part of the name, as `+1 for Zhao Mango` joins); else as it was."""
    command = ctx.command
    head, _, last = command.friend.rpartition(" ")
    if ctx.is_private or command.group_buy_id is not None or command.option or command.set_to:
        return command
    if not head or " " in head or not command.friend.isascii():
        return command
    open_here = await ctx.uow.group_buys.open_in_chat(ctx.request.chat_id)
    if len(open_here) > 1 and any(service.names_product(last, g.terms.title) for g in open_here):
        return replace(command, friend=head, option=last.lower())
    return command


async def _leave_whose(ctx: Context) -> Command:
    """`-1 @Bob`, `退出 #6 @Bob`: the leave of the line the mention names, as `-1 帮 Bob` (her friend Bob's
    line on it) or `-1` (she named herself); another member's line is never hers to take off: refused,
    nothing changed, saying only Bob or the organiser may (the organiser: with the command that does)."""
    command, request = ctx.command, ctx.request
    who = command.friend
    mine = {_folded_name(n) for n in (request.display_name, request.alias or "") if n}
    if _folded_name(who) in mine:
        return replace(command, friend="", mentioned=False)
    if command.group_buy_id is not None:
        found = await ctx.uow.group_buys.get(command.group_buy_id)
        chat = await _chat_of(ctx)
        open_here = [found] if found is not None and found.chat_id == chat else []
    else:
        open_here = await ctx.uow.group_buys.open_in_chat(await _chat_of(ctx))
    for group_buy in open_here:
        assert group_buy.id is not None
        for line in await ctx.uow.group_buys.lines_of(group_buy.id, request.user_id):
            if line.friend and _folded_name(line.friend) == _folded_name(who):
                return replace(command, friend=line.friend, mentioned=False)
    if not open_here:  # nothing open here (or #6 not here): the leave's own answer says so
        return replace(command, mentioned=False)
    at = f" #{command.group_buy_id}" if command.group_buy_id is not None else ""
    if any(g.organiser_id == request.user_id for g in open_here) or request.is_admin:
        raise DomainError("leave_someone_use_remove", name=who, at=at)
    if any(_folded_name(g.organiser_name) == _folded_name(who) for g in open_here):  # `-1 @Amy`, hers
        raise DomainError("leave_organisers_line", name=who.lstrip("@"))
    organisers = " / ".join(dict.fromkeys(g.organiser_name for g in open_here))
    raise DomainError("leave_someone_else", name=who, organiser=organisers)


async def _option_named_first(ctx: Context) -> Command | None:
    """`Vanilla -1`, `香草 -1`: the leave of the option so called of the group buy named (`#2`), else of the
    one open here that has it, as `-1 vanilla` (an option wins over a friend's name; asked which when she
    put a friend so called down on it too: `whose_line.option_or_friend`); with no such option, the friend's
    line (`小王 -1`, `Tom -1`), and a word that is no person's name None (talk)."""
    command = ctx.command
    word = command.named_first
    if command.group_buy_id is not None:
        found = await ctx.uow.group_buys.get(command.group_buy_id)
        open_here = [found] if found is not None else []
    else:
        open_here = await ctx.uow.group_buys.open_in_chat(await _chat_of(ctx))
    having = [(g, named) for g in open_here if (named := g.option_named(word)) is not None]
    if not having and option_in_another_language(word, open_here):  # `vanilla -1` beside 香草, 巧克力
        await _option_not_here(ctx, word, open_here)
    if not having and word.isascii() and " " not in word:  # `vanila -1`: which option she meant
        await _option_misspelt(ctx, word, open_here)
    if not having and await _option_misnamed(ctx, word, open_here):  # `中盒 -1`: as `-1 中盒`
        return replace(command, friend="", option=word, named_first="", lang="zh")
    if not having:
        return replace(command, named_first="") if command.friend else None
    numbered = command.group_buy_id is not None or len(open_here) > 1
    for group_buy, option in having:
        await whose_line.option_or_friend(ctx, group_buy, option.name, word, numbered=numbered)
    lang = None if word.isascii() else "zh"  # `Vanilla -1` as `-1 vanilla`: the chat's language
    return replace(command, friend="", option=word, named_first="", lang=lang)


async def _option_misnamed(ctx: Context, word: str, open_here: list[GroupBuy]) -> bool:
    """Whether a Chinese word before a leave's count (`中盒 -1` beside 大盒 / 小盒, `大和 -1`) names an
    option misnamed, as after the count (`-1 中盒`) it does, so the leave is answered as that one is (the
    options and the leave naming one, nothing changed), as `中盒 +1` is as `+1 中盒`; never talk (`哈哈 -1`),
    a name (`小王 -1`) or a note's form, nor a friend so called she put down there (her line, as before)."""
    if word.isascii() or len(word) < 2 or not looks_like_option(word, ctx.request.text or ""):
        return False
    for group_buy in open_here:
        if group_buy.terms.options and group_buy.id is not None and resembles_an_option(group_buy, word):
            return await _her_lines_unless_friend(ctx, word, group_buy) is not None
    return False


async def _option_misspelt(ctx: Context, word: str, open_here: list[GroupBuy]) -> None:
    """`vanila -1`, `Vanila -1` beside vanilla / chocolate (`title_typo`: five letters or more, the same
    first letter, an edit or two away): the options there are and the leave naming the one it misspells,
    nothing changed, as `vanila +1` is asked which option. Returns when no option is so misspelt, or she
    put a friend so called down on it (`Vanila -1`: that friend's line, as before)."""
    for group_buy in open_here:
        meant = next((o for o in group_buy.terms.options if title_typo(word, o.name)), None)
        if meant is None or group_buy.id is None:
            continue
        if await _her_lines_unless_friend(ctx, word, group_buy) is not None:
            raise _leave_option_not_here(word, group_buy, meant.name)
        return


async def _option_not_here(ctx: Context, word: str, open_here: list[GroupBuy]) -> None:
    """`vanilla -1`, `Vanilla -1` where the one open group buy with options names them in Chinese only:
    the options there are and the leave that names one (the option she holds there, else the first),
    nothing changed, as `vanilla +1` is answered. Returns when she put a friend so called down on it
    (`Vanilla -1`: that friend's line, as before)."""
    group_buy = next(g for g in open_here if g.terms.options)
    lines = await _her_lines_unless_friend(ctx, word, group_buy)
    if lines is None:
        return
    held = [line.option for line in lines if line.option and not line.friend]
    raise _leave_option_not_here(word, group_buy, held[0] if held else group_buy.terms.options[0].name)


async def _her_lines_unless_friend(ctx: Context, word: str, group_buy: GroupBuy) -> list[Participant] | None:
    """Her lines on `group_buy`; None when one of them is a friend's called `word` (`Vanilla -1`: that
    friend's line is meant)."""
    assert group_buy.id is not None
    lines = await ctx.uow.group_buys.lines_of(group_buy.id, ctx.request.user_id)
    if any(line.friend and _folded_name(line.friend) == _folded_name(word) for line in lines):
        return None
    return lines


def _leave_option_not_here(word: str, group_buy: GroupBuy, example: str) -> DomainError:
    """A leave naming no option of `group_buy`: its options and the leave naming `example`."""
    return DomainError(
        "leave_option_not_here",
        name=word,
        id=group_buy.id,
        title=group_buy.terms.title,
        choices=group_buy.option_choices(),
        example=example,
    )


def _folded_name(name: str) -> str:
    return " ".join(name.lstrip("@").split()).casefold()


async def _joined_none(ctx: Context, refusal: DomainError) -> DomainError:
    """`-1` (`退出`, `/leave`) with several open here from one on none of them: nothing to take off, said
    so (`你还没跟团…`), never asked which to leave; any other refusal as it is."""
    if refusal.code != "which_group_buy" or ctx.is_private or refusal.params.get("yours"):
        return refusal
    if not await _holds_nothing(ctx, refusal):
        return refusal
    for group_buy in await ctx.uow.group_buys.open_in_chat(await _chat_of(ctx)):  # waiting for one of them:
        waits = await waiting.leaving_while_waiting(ctx, group_buy, several=True)  # that, and how to stop
        if waits is not None:
            return waits
    return DomainError("leave_joined_none", count=refusal.params.get("n", 2))


async def _not_joined_numbered(ctx: Context, refusal: DomainError) -> DomainError:
    """`退出` from one on no line of a group buy with options: the join's example names an option (`+1
    小盒`: a bare `+1` would be asked which option; `+1 小盒 #2` with another open here), the options
    listed; any other refusal as it is (without options: nothing to leave, no join offered, its number
    named: `你还没有跟 阳光玫瑰（#2），没有可以退出的`)."""
    group_buy_id = refusal.params.get("id")
    if refusal.code != "not_joined" or not isinstance(group_buy_id, int) or ctx.is_private:
        return refusal
    group_buy = await ctx.uow.group_buys.get(group_buy_id)
    title = refusal.params.get("title", "")
    several = len(await ctx.uow.group_buys.open_in_chat(await _chat_of(ctx))) >= 2
    if group_buy is not None:  # on its waiting list (for the option named): that, and how to stop waiting
        waits = await waiting.leaving_while_waiting(ctx, group_buy, several=several)
        if waits is not None:
            return waits
    held = await _option_not_held(ctx, group_buy, str(title))
    if held is not None:  # `巧克力 -1` holding 香草 only: what she holds, never "not on it"
        return held
    if group_buy is not None and len(group_buy.terms.options) > 1:
        typed = group_buy.option_named(ctx.command.option) if ctx.command.option else None
        named = typed or group_buy.terms.options[-1]  # `-1 香草`: the join's example names 香草
        example = f"+1 {named.name}" + (f" #{group_buy_id}" if several else "")
        return DomainError(
            "not_joined_options", title=title, example=example, choices=group_buy.option_choices()
        )
    return refusal


async def _option_not_held(ctx: Context, group_buy: GroupBuy | None, title: str) -> DomainError | None:
    """`巧克力 -1` from one holding lines of `group_buy` but none of the option named: her lines said
    (`香草 ×1`, a friend's `帮 小王 香草 ×1`) with the leave that takes one, nothing changed; else None."""
    if group_buy is None or group_buy.id is None or not ctx.command.option or not group_buy.terms.options:
        return None
    lines = [
        line for line in await ctx.uow.group_buys.lines_of(group_buy.id, ctx.request.user_id) if line.quantity
    ]
    if not lines:
        return None
    option = group_buy.option_named(ctx.command.option)
    named = option.name if option is not None else ctx.command.option
    zh = await ctx.lang(group_buy) == "zh"
    several = len(await ctx.uow.group_buys.open_in_chat(await _chat_of(ctx))) >= 2
    at = f" #{group_buy.id}" if several else ""

    def said(line: Participant) -> str:
        if not line.friend:
            return line.option
        return f"帮 {line.friend} {line.option}" if zh else f"{line.option} for {line.friend}"

    held = ("、" if zh else ", ").join(f"{said(line)} ×{line.quantity}" for line in lines)
    first = lines[0]
    whose = "" if not first.friend else (f" 帮 {first.friend}" if zh else f" for {first.friend}")
    example = f"-1{at}{whose} {first.option}"
    return DomainError(
        "leave_option_not_held", title=title, option=named, id=group_buy.id, held=held, example=example
    )


# what a leave is told by one who holds no line it could take: a leave said in words (`我不要了`) is talk then
_HOLDS_NOTHING = frozenset({"not_joined", "no_open_group_buy", "no_group_buy_here", "leave_none_held"})


async def _refund_form(ctx: Context) -> DomainError | None:
    """`鸡蛋破了两个 要退`, `我要退` from one holding no line to leave: her orders here she may ask a refund
    of and the request's form, her words as its reason (`我要退款 2-2 鸡蛋破了两个`), nothing changed; None
    where she has no order here (talk) or runs a group buy here with money in it (the organiser)."""
    lang = await ctx.lang(guess=True)
    asked = await refund_asks.to_a_buyer(ctx, lang)
    if asked is None or asked.code != "refund_ask_orders":
        return asked
    reason = ctx.command.rest or t(lang, "refund_ask_reason")
    return DomainError(
        "refund_ask_said", orders=asked.params["orders"], order=asked.params["order"], reason=reason
    )


async def _holds_nothing(ctx: Context, refusal: DomainError) -> bool:
    """Whether a leave's refusal is to one on no open group buy here (asked which of several, too)."""
    if refusal.code in _HOLDS_NOTHING:
        return True
    closed = refusal.params.get("id")
    if refusal.code == "group_buy_closed" and isinstance(closed, int):  # `我不要了` after the close
        return not await ctx.uow.group_buys.lines_of(closed, ctx.request.user_id)
    if refusal.code != "which_group_buy":
        return False
    open_here = await ctx.uow.group_buys.open_in_chat(await _chat_of(ctx))
    ids = [group_buy.id for group_buy in open_here if group_buy.id is not None]
    return not await ctx.uow.group_buys.joined_among(ids, ctx.request.user_id)


_WENT_AHEAD = frozenset({GroupBuyStatus.SUCCEEDED.value, GroupBuyStatus.FULFILLED.value})


async def _closed_told_to_organiser(ctx: Context, refusal: DomainError) -> DomainError:
    """A leave (`退出 #3`, `-1`) once the group buy closed and went ahead: that it closed, and to tell its
    organiser, named (orders are made: only she can take a line off); any other refusal as it is."""
    group_buy_id = refusal.params.get("id")
    if refusal.code != "group_buy_closed" or refusal.params.get("status") not in _WENT_AHEAD:
        return refusal
    if ctx.command.tap:  # the card's Leave: a toast, the card shown closed (handlers.app)
        return refusal
    group_buy = await ctx.uow.group_buys.get(group_buy_id) if isinstance(group_buy_id, int) else None
    if group_buy is None or group_buy.organiser_id == ctx.request.user_id:
        return refusal
    title = group_buy.terms.title
    return DomainError("leave_closed", id=group_buy_id, title=title, organiser=group_buy.organiser_name)


async def _counted_once(ctx: Context, act: Callable[[Context], Awaitable[list[Reply]]]) -> list[Reply]:
    """`act` (a join or a leave), unless it is a `+1 more` or Leave tap repeating one counted within seconds
    (handlers.taps): then `_tapped_again`. A refused tap gives its claim back: the next is answered alike."""
    if await taps.repeated(ctx):
        return await _tapped_again(ctx)
    try:
        return await act(ctx)
    except DomainError:
        await taps.release(ctx)
        raise


async def _tapped_again(ctx: Context) -> list[Reply]:
    """A repeat of a `+1 more` or Leave tap (handlers.taps): nothing changed; what she holds now, and
    how to add (take off) another: tap again after a moment, or send `+1` (`-1`)."""
    group_buy = await service.find(
        ctx.uow, chat_id=await _chat_of(ctx), group_buy_id=ctx.command.group_buy_id
    )
    assert group_buy.id is not None
    lang = await ctx.lang(group_buy)
    held = [
        line for line in await ctx.uow.group_buys.lines_of(group_buy.id, ctx.request.user_id) if line.quantity
    ]
    line = held[0] if len(held) == 1 else None
    adding = ctx.command.once == CardAction.MORE.value
    if line is None:  # the counted tap not written yet, she left, or holds several lines: none to name
        key = "toast_tap_once_more_none" if adding else "toast_tap_once_less_none"
        key = key if adding or held else "toast_tap_once_leave_none"  # her line is gone: she left
        toast = t(lang, key, title=group_buy.terms.title)
    else:
        items = unit_texts.items(
            lang, line.quantity, options.line_title(group_buy, line), group_buy.terms.unit
        )
        if line.friend and not adding:  # a friend's line (`+1 帮 小王`): said as theirs
            toast = t(lang, "toast_tap_once_leave_friend", items=items, friend=line.friend)
        else:
            toast = t(lang, "toast_tap_once_more" if adding else "toast_tap_once_leave", items=items)
    return [Reply(toast=toast, language=lang)]


async def _leave(ctx: Context) -> list[Reply]:
    command = ctx.command
    try:
        departure = await waiting_service.leave(  # and the waiting members it lets in, in this unit of work
            ctx.uow,
            chat_id=await _chat_of(ctx),
            group_buy_id=command.group_buy_id,
            user_id=ctx.request.user_id,
            quantity=command.quantity,
            now=ctx.now,
            friend=command.friend,
            max_per_line=ctx.config.join_limits.max_per_line,
            option=command.option,
            measured=command.measured,
        )
    except DomainError as refusal:  # `/leave lots` where no option is sold: how to write a leave
        if refusal.code == "options_none":
            raise DomainError("leave_usage") from refusal
        raise
    group_buy, line = departure.left.group_buy, departure.left.line
    moved_in = await waiting.moved_in(ctx.uow, group_buy, departure.promoted, ctx.memo, ctx.request.platform)
    lang = await ctx.lang(group_buy)
    title = options.line_title(group_buy, line)
    items = unit_texts.items(lang, line.quantity, title, group_buy.terms.unit)
    if command.tap:  # Leave takes one unit a tap: what is left, and how to leave altogether
        one = unit_texts.more(lang, -departure.left.delta, group_buy.terms.unit)
        if line.friend:  # her only line there a friend's (`+1 帮 小王`): whose it took one from
            lowered = t(lang, "toast_lowered_friend", items=items, one=one, friend=line.friend)
            left = t(lang, "toast_left_friend", title=title, friend=line.friend)
        else:
            lowered = t(lang, "toast_lowered", items=items, one=one)
            left = t(lang, "toast_left", title=title)
        toast = lowered if line.quantity else left
        return [card_update(group_buy), Reply(toast=toast, language=lang), *moved_in]
    name = ctx.request.display_name
    more, said, price = "", "", ""  # `said`, `price`: a plain lowered line's parts (`_said_by_the_card`)
    dropped = 0 if departure.promoted else departure.left.delta  # waiting members moved in: no price said
    if line.friend:  # a friend's line: say it was theirs, and what the member still has
        text = await _friends_line_left(ctx, group_buy, line, title, lang)
        held = -departure.left.delta
        more = (
            "" if line.quantity else _asked_more_than_held(command, group_buy, held, lang, friend=line.friend)
        )
        text = t(lang, "two_sentences", first=text, second=more) if more else text  # `-3 帮 小王` holding 1
    elif line.quantity:
        you = "_you" if ctx.is_private else ""  # one to one: "You now have", never her own name
        text = said = t(lang, "lowered" + you, name=name, items=items, id=group_buy.id)
        price = _price_back(group_buy, line, dropped, lang) or _price_line(group_buy, line, lang)
        text = t(lang, "two_sentences", first=text, second=price)
    else:
        you = "_you" if ctx.is_private else ""
        text = await _own_line_left(ctx, group_buy, title, lang, you)
        more = _asked_more_than_held(command, group_buy, -departure.left.delta, lang)
        text = t(lang, "two_sentences", first=text, second=more) if more else text
    if not line.quantity or line.friend:  # everyone's price went up: `总数降到 19 份，价格回到 ¥58/份…`
        back = _price_back(group_buy, line, dropped, lang)
        text = t(lang, "two_sentences", first=text, second=back) if back else text
    if departure.unwaited is not None:
        text = t(lang, "two_sentences", first=text, second=t(lang, "waitlist_left_too"))
    answer = Reply(text=text, language=lang)
    news = line.friend or more or departure.unwaited is not None
    if not news and not _tier_crossed(group_buy, departure.left.delta):
        said = said or text  # a line left altogether names no price: the text is what it says
        answer = _said_by_the_card(ctx, answer, said, price, _price_of(group_buy, line))
    told = await _private_leave_told(ctx, group_buy, line, dropped)
    return [answer, *told, card_update(group_buy), *moved_in]


async def _private_leave_told(
    ctx: Context, group_buy: GroupBuy, line: Participant, dropped: int
) -> list[Reply]:
    """`-1 #2` typed in a private chat, her own line taken off there (`sharing._own_line_left`): the group
    reads the line her `-1 #2` typed there would post (`Bob 现在是 1 × 奶茶 小杯（#2）。…`, `Bob 退出了…`), in
    the group's language; she is answered privately as before. Nothing for a leave typed in the group."""
    if not ctx.is_private or ctx.command.tap or ctx.command.signature or line.friend or group_buy.id is None:
        return []  # (a signed card's Leave, or a share code's, left as it was)
    lang = await card_language(ctx.uow, group_buy, ctx.memo)
    title = options.line_title(group_buy, line)
    if line.quantity:
        items = unit_texts.items(lang, line.quantity, title, group_buy.terms.unit)
        text = t(lang, "lowered", name=ctx.request.display_name, items=items, id=group_buy.id)
        price = _price_back(group_buy, line, dropped, lang) or _price_line(group_buy, line, lang)
    else:
        text = await _own_line_left(ctx, group_buy, title, lang, "")
        price = _price_back(group_buy, line, dropped, lang)
    text = t(lang, "two_sentences", first=text, second=price) if price else text
    return [Reply(text=text, chat_id=group_buy.chat_id, language=lang)]


async def _set_to(ctx: Context) -> list[Reply]:
    """`改成2份`, `我只要2份`: her own line set to that many, as she would with `-N` or `+N` (the answers
    theirs: `Hui 现在是 2 × 芒果（#1）`); as many as she holds already: what she holds, nothing changed;
    `改成0份`: off the list. One no longer open is told it closed; with options, the option of her one
    line (holding several, asked which, as `-1` is)."""
    command = ctx.command
    wanted = command.quantity or 0
    named_option = ""  # `小盒改成3份`: her line of that option
    if command.friend:  # `豆豆不要了`, `帮豆豆改成2份`: no person's name, only a friend's line so called
        chat_id = await _chat_of(ctx)
        open_here = await ctx.uow.group_buys.open_in_chat(chat_id)
        if command.group_buy_id is not None:
            open_here = [g for g in open_here if g.id == command.group_buy_id]
        ctx.command = replace(command, note=command.friend, titled=True, friend="")
        persons = await _persons_line_set_to(ctx, open_here, friends_only=True)
        if persons is not None:
            return persons
        await _named_line_closed(ctx, ctx.command.note)
        if command.in_words and any(service.names_product(command.friend, g.terms.title) for g in open_here):
            ctx.command = replace(ctx.command, group_buy_id=command.group_buy_id)  # `芒果不要了`: her own
            return await _set_to(ctx)  # line on the group buy the word names (from one on none: talk)
        return []  # no friend's line so called: talk (`今天不要了`)
    if command.titled:  # `芒果改成1份`, `make it 3 veg #2`: the group buy the word names
        chat_id = await _chat_of(ctx)
        open_here = await ctx.uow.group_buys.open_in_chat(chat_id)
        if command.group_buy_id is not None:
            open_here = [g for g in open_here if g.id == command.group_buy_id]
        named = [g for g in open_here if service.names_product(command.note, g.terms.title)]
        said = None if named else service.option_said(open_here, command.note)  # `小盒改成3份`
        if said is not None:
            named_option = said[1]
            named = [said[0]]
        sold_so = [] if named else [g for g in open_here if _sold_by(command.note, g)]
        if sold_so and command.measured is None:  # `make it 2 cans` on one sold by the can: as `make it 2kg`
            command = replace(command, note="", titled=False, measured=Measured(wanted, command.note))
            ctx.command = command
        elif not named:
            persons = await _persons_line_set_to(ctx, open_here)  # `赵奶奶改成1份`: her friend's line
            if persons is not None:
                return persons
            await _named_line_closed(ctx, command.note)  # `赵奶奶改成1份` after the close: told so
            await _set_to_no_such_option(ctx, open_here)  # `make it 3 medium`: the options there are
            return []  # `明天改成2个`, `make it 3 days`: talk
        else:
            meant = service.titled(open_here, command.note) or (said[0] if said is not None else None)
            meant = meant or await service.one_named(ctx.uow, chat_id, named, ctx.request.user_id)
            command = replace(command, group_buy_id=meant.id, note="", titled=False)
            ctx.command = command
    if command.measured is not None and command.measured.unit and command.group_buy_id is None:  # `只要1捆`
        command = replace(command, group_buy_id=await _sold_in(ctx, command.measured.unit))
        ctx.command = command
    try:
        group_buy = await service.find(
            ctx.uow,
            chat_id=await _chat_of(ctx),
            group_buy_id=command.group_buy_id,
            member=ctx.request.user_id,
        )
    except DomainError as refusal:  # `改成2` where no group buy ever ran: talk about something else
        if refusal.code == "no_open_group_buy" and command.group_buy_id is None:
            return []
        raise
    assert group_buy.id is not None
    if command.measured is not None:  # `只要1捆`, `make it 3kg`: in the unit it is sold in
        wanted = await _set_in_unit(ctx, command.measured, group_buy, named_option)
        command = replace(command, measured=None, quantity=wanted)
        ctx.command = command
    if not group_buy.is_open or group_buy.is_past_deadline(ctx.now):  # as `-1` / `+1` are told
        status = group_buy.status.value
        raise DomainError("group_buy_closed", id=group_buy.id, title=group_buy.terms.title, status=status)
    lines = await ctx.uow.group_buys.lines_of(group_buy.id, ctx.request.user_id)
    own = [line for line in lines if not line.friend and line.quantity > 0]
    if named_option:
        own = [line for line in own if line.option == named_option]
    if not own and not named_option and any(line.friend and line.quantity > 0 for line in lines):
        return await _friends_lines_only(ctx, group_buy, lines, wanted)  # `我就改成1份` (s36 #1)
    if len({line.option for line in own}) > 1:  # the set-to naming the option is the example (rep88 #6)
        holding = " / ".join(f"{line.option} ×{line.quantity}" for line in own)
        at = group_buy.id if command.group_buy_id is not None else None
        lang = await ctx.lang(group_buy)
        example = unit_texts.set_to_example(lang, wanted, "", own[0].option, at)
        raise DomainError("option_which_set_to", title=group_buy.terms.title, held=holding, example=example)
    line = own[0] if own else None
    held = line.quantity if line is not None else 0
    option = line.option if line is not None else named_option
    if wanted < held:  # `-N` says it
        fewer = None if wanted == 0 else held - wanted
        ctx.command = replace(command, set_to=False, quantity=fewer, group_buy_id=group_buy.id, option=option)
        return await leave(ctx)
    if wanted > held:
        more = wanted - held
        number = group_buy.id if line is not None else command.group_buy_id  # none held: as `+N` would
        ctx.command = replace(command, name="join", set_to=False, quantity=more, group_buy_id=number)
        ctx.command = replace(ctx.command, note=option)  # 多规格: her one option's line
        try:
            return await join(ctx)
        except DomainError as refusal:  # `make it 5` over the limit: the most she can make it (rep92 #10)
            if refusal.code != "limit_exceeded" or not refusal.params.get("room") or line is None:
                raise
            most = held + int(refusal.params["room"])
            at = group_buy.id if command.group_buy_id is not None else None
            lang = await ctx.lang(group_buy)
            example = unit_texts.set_to_example(lang, most, group_buy.terms.unit, option, at)
            raise DomainError(
                "limit_exceeded_set_to",
                title=refusal.params["title"],
                limit=refusal.params["limit"],
                have=held,
                most=most,
                example=example,
                unit=group_buy.terms.unit,
            ) from refusal
    lang = await ctx.lang(group_buy)
    if line is None:  # `改成0份` holding none
        raise DomainError("not_joined", title=group_buy.terms.title, id=group_buy.id)
    title = options.line_title(group_buy, line)
    items = unit_texts.items(lang, line.quantity, title, group_buy.terms.unit)
    text = t(lang, "set_to_already", name=ctx.request.display_name, items=items, id=group_buy.id)
    return [Reply(text=text, language=lang)]


async def _friends_lines_only(
    ctx: Context, group_buy: GroupBuy, lines: Sequence[Participant], wanted: int
) -> list[Reply]:
    """`改成1份`, `我就改成1份` from a member holding no line of her own there, only lines she put down for
    friends (`帮赵奶奶报2份`): nothing changed (a set-to is her own line's; a new line of 1 beside 赵奶奶's
    2 was never meant), the friends' lines said and how to change one (`赵奶奶改成1份`)."""
    lang = await ctx.lang(group_buy)
    unit = group_buy.terms.unit
    friends = [line for line in lines if line.friend and line.quantity > 0]
    said = [
        t(
            lang,
            "set_to_friends_only_line",
            friend=line.friend,
            held=unit_texts.units(lang, line.quantity, unit),
        )
        for line in friends
    ]
    first = friends[0]
    if lang.startswith("zh"):
        example = f"{first.friend}不要了" if wanted == 0 else f"{first.friend}改成{wanted}{unit or '份'}"
    else:
        friend = first.friend  # `make it 1 for mum`: mum's line set to 1, never `+1 for mum` (one more)
        example = f"make it {wanted} for {friend}" if wanted else f"-{first.quantity} for {friend}"
    text = t(
        lang,
        "set_to_friends_only",
        lines="、".join(said) if lang.startswith("zh") else ", ".join(said),
        example=example,
    )
    return [Reply(text=text, language=lang)]


def _folded(name: str) -> str:
    return " ".join(name.split()).casefold()


async def _named_line_closed(ctx: Context, word: str) -> None:
    """`赵奶奶改成1份`, `赵奶奶不要了` naming a line of hers (a friend's, or her 接龙 name) on the group buy
    here that is no longer open: told it closed, as her `改成1份` is (`group_buy_closed`); on one still
    open, `赵奶奶不要了` again once that friend's line is off (she put 赵奶奶 down): nothing to take off, as
    `-1 帮 赵奶奶` is told (`leave_friend_none_at_all`), and `赵奶奶改成1份` (`Zhao 1 now`): no line to
    change, and how to put her down again (`set_to_friend_none`); else returns (talk, or another reading)."""
    if not word or " " in word:
        return
    try:
        group_buy = await service.find(
            ctx.uow,
            chat_id=await _chat_of(ctx),
            group_buy_id=ctx.command.group_buy_id,
            member=ctx.request.user_id,
        )
    except DomainError:
        return
    if group_buy.id is None:
        return
    if group_buy.is_open and not group_buy.is_past_deadline(ctx.now):
        wanted = ctx.command.quantity or 0  # `不要了`: 改成0份
        if not await friend_lines.put_down_by(ctx, group_buy.id, word):
            return
        title = group_buy.terms.title
        if not wanted:
            raise DomainError("leave_friend_none_at_all", title=title, id=group_buy.id, friend=word)
        raise DomainError("set_to_friend_none", title=title, id=group_buy.id, friend=word, n=wanted)
    key = _folded(word)
    status = group_buy.status.value
    for line in await ctx.uow.group_buys.lines_of(group_buy.id, ctx.request.user_id):
        if line.quantity > 0 and _folded(line.friend or line.display_name) == key:
            raise DomainError("group_buy_closed", id=group_buy.id, title=group_buy.terms.title, status=status)
    if await friend_lines.put_down_by(ctx, group_buy.id, word):  # a friend's line she took off before it
        raise DomainError("group_buy_closed", id=group_buy.id, title=group_buy.terms.title, status=status)


async def _persons_line_set_to(
    ctx: Context, open_here: list[GroupBuy], *, friends_only: bool = False
) -> list[Reply] | None:
    """`赵奶奶改成1份`, `赵奶奶不要了` (改成0份) from the member who put 赵奶奶 down (`+2 帮 赵奶奶`): that
    friend's line set to that many, as `-1 赵奶奶` / `+1 帮 赵奶奶` would; `张叔改成3份` from 张叔: her own
    line. A name that is another member's line (`Xiaoli 改成3份` from the organiser) is refused: only
    she changes it (`set_to_not_yours`; the organiser told her 代报 too), nothing changed. None: no
    such line here (talk, or an option's word: the caller goes on). `friends_only`: a word that is no
    person's name (`豆豆不要了`): only a friend's line of hers so called, exactly."""
    command, word = ctx.command, ctx.command.note
    if not word or " " in word:
        return None
    if not friends_only and whose_line.line_name(ctx.request, word) == "":  # her own name: her own line
        ctx.command = replace(command, note="", titled=False)
        return await _set_to(ctx)
    me, key, wanted = ctx.request.user_id, _folded(word), command.quantity or 0
    for group_buy in open_here:
        assert group_buy.id is not None
        for line in await ctx.uow.group_buys.lines_of(group_buy.id, me):
            named = not line.friend and line.quantity > 0 and _folded(line.display_name) == key
            if named and not friends_only:  # her 接龙 name
                ctx.command = replace(command, note="", titled=False, group_buy_id=group_buy.id)
                return await _set_to(ctx)
            if not line.friend or _folded(line.friend) != key or line.quantity <= 0:
                continue
            held = line.quantity
            base = replace(command, note="", titled=False, set_to=False, friend=line.friend, measured=None)
            base = replace(base, group_buy_id=group_buy.id, option=line.option)
            if wanted < held:
                ctx.command = replace(base, quantity=None if wanted == 0 else held - wanted)
                return await leave(ctx)
            if wanted > held:
                ctx.command = replace(base, name="join", quantity=wanted - held, note=line.option, option="")
                return await join(ctx)
            lang = await ctx.lang(group_buy)
            title = options.line_title(group_buy, line)
            items = unit_texts.items(lang, held, title, group_buy.terms.unit)
            name = f"{ctx.request.display_name} {t(lang, 'join_for_friend_form', friend=line.friend)}"
            text = t(lang, "set_to_already", name=name, items=items, id=group_buy.id)
            return [Reply(text=text, language=lang)]
    for group_buy in [] if friends_only else open_here:
        assert group_buy.id is not None
        for line in await ctx.uow.group_buys.participants(group_buy.id):
            if line.user_id == me or line.quantity <= 0 or line.friend or _folded(line.display_name) != key:
                continue
            title, number, name = group_buy.terms.title, group_buy.id, line.display_name
            if is_guest(line.user_id):  # `王阿姨不要了` of a guest (代报): the command that changes her line
                raise await _guest_line_refusal(ctx, group_buy, line, wanted)
            if me == group_buy.organiser_id and wanted > line.quantity:
                raise DomainError(
                    "set_to_not_yours_add",
                    name=name,
                    n=wanted,
                    title=title,
                    id=number,
                    more=wanted - line.quantity,
                )
            raise DomainError("set_to_not_yours", name=name, n=wanted, title=title, id=number)
    return None


# `make it 3 pm`, `make it 2 days`: a time or a count of something else, never an option tried
_NOT_OPTIONS = frozenset(
    {"am", "pm", "day", "days", "hour", "hours", "min", "mins", "minute", "minutes", "week", "weeks",
     "people", "persons", "times", "oclock", "o'clock", "o’clock", "each", "all", "total", "in", "more"}
)  # fmt: skip


async def _set_to_no_such_option(ctx: Context, open_here: list[GroupBuy]) -> None:
    """`make it 3 medium`, `中盒改成3份` from one holding her own line on the one group buy open here with
    options, none of them so called: raise `set_to_option_not_here` (its options, the set-to that works
    on her line), nothing changed. Else return (talk: `make it 3 days`, `明天改成2个`)."""
    command, word = ctx.command, ctx.command.note
    with_options = [g for g in open_here if g.terms.options and g.id is not None]
    if ctx.is_private or len(with_options) != 1 or " " in word or word.casefold() in _NOT_OPTIONS:
        return
    group_buy = with_options[0]
    assert group_buy.id is not None
    if not looks_like_option(word.lower(), ctx.request.text or "") or not resembles_an_option(
        group_buy, word
    ):
        return
    lines = await ctx.uow.group_buys.lines_of(group_buy.id, ctx.request.user_id)
    held = [line.option for line in lines if not line.friend and line.quantity > 0 and line.option]
    if not held:
        return
    n, at = command.quantity or 0, group_buy.id if command.group_buy_id is not None else None
    example = unit_texts.set_to_example(await ctx.lang(group_buy), n, "", held[0], at)
    raise DomainError(
        "set_to_option_not_here",
        title=group_buy.terms.title,
        id=group_buy.id,
        name=word,
        choices=group_buy.option_choices(),
        option=held[0],
        n=n,
        example=example,
    )


async def _sold_in(ctx: Context, unit: str) -> int | None:
    """Of several group buys open here, the one a set-to in a unit word means (`打错了，只要1捆`: 大葱 1捆,
    sold in 捆): the only one of those she is on sold in that unit (or whose title names it), else the only
    one open sold so; None otherwise (asked which, as ever)."""
    open_here = await ctx.uow.group_buys.open_in_chat(await _chat_of(ctx))
    if len(open_here) < 2:
        return None
    fits = [
        g.id
        for g in open_here
        if g.id is not None
        and (same_unit(unit, g.terms.unit) or (not units.unit_key(g.terms.unit) and _titled_in(unit, g)))
    ]
    hers = await ctx.uow.group_buys.joined_among(fits, ctx.request.user_id) if fits else set()
    if len(hers) == 1:
        return next(iter(hers))
    return fits[0] if len(fits) == 1 and not hers else None


def _sold_by(word: str, group_buy: GroupBuy) -> bool:
    """Whether the word after a set-to's count is the unit a group buy open here is sold in (`make it 2
    cans` on one priced per can, `cans` or `can`), never an option's or product's word."""
    return bool(units.unit_key(group_buy.terms.unit)) and same_unit(word, group_buy.terms.unit)


def _titled_in(unit: str, group_buy: GroupBuy) -> bool:
    """Whether a group buy's title names the unit it is sold in (`大葱 1捆`: 捆; `Kaya 2 jars`: jars)."""
    title = group_buy.terms.title
    return unit in title if not unit.isascii() else unit.casefold() in title.casefold().split()


async def _set_in_unit(ctx: Context, typed: Measured, group_buy: GroupBuy, option: str = "") -> int:
    """How many units of `group_buy` a set-to said in a unit word means: `make it 3kg` on one sold by the
    kg, 3; `make it 1kg` on one by the 斤, 2; `只要1捆` on 大葱 1捆 (its title says the unit), 1. Any other
    unit is refused, nothing changed, with the form in its own unit (`大盒改成2斤` of an option: the
    example names it, `大盒改成2份`)."""
    sold_in = group_buy.terms.unit
    if typed.part:  # `改成1.5kg`: counted where it comes to whole units (1.5 kg by the 斤: 3), else refused
        return await _set_part(ctx, typed, group_buy, option)
    if same_unit(typed.unit, sold_in) or (
        not units.unit_key(sold_in) and typed.unit in group_buy.terms.title
    ):
        return typed.quantity
    weighed = (
        units.in_unit(Fraction(typed.quantity), typed.unit, sold_in) if units.unit_key(sold_in) else None
    )
    if weighed is not None and weighed.denominator == 1:
        return int(weighed)
    lang = await ctx.lang(group_buy)
    raise DomainError(
        "set_to_unit",
        title=group_buy.terms.title,
        id=group_buy.id,
        typed=unit_texts.quantity(typed.quantity, typed.unit, lang),
        per=unit_texts.word(lang, sold_in) if units.unit_key(sold_in) else t(lang, "set_to_unit_portion"),
        example=unit_texts.set_to_example(lang, 2, sold_in, option),
    )


async def _set_part(ctx: Context, typed: Measured, group_buy: GroupBuy, option: str) -> int:
    """`改成1.5kg` (`Measured.part`): the whole units of `group_buy` it comes to (on one sold by the 斤, 3);
    an amount coming to no whole number of them (`改成1.5kg` by the kg, `改成1.5` by the 份) is answered
    with what amounts work, nothing changed (rep102 #4: no reply at all)."""
    sold_in = group_buy.terms.unit
    exact = units.amount(typed)
    weighed = None
    if exact is not None and units.unit_key(sold_in):
        same = not typed.unit or same_unit(typed.unit, sold_in)
        weighed = exact if same else units.in_unit(exact, typed.unit, sold_in)
    if weighed is not None and weighed.denominator == 1 and weighed > 0:
        return int(weighed)
    lang = await ctx.lang(group_buy)
    per = unit_texts.word(lang, sold_in) if units.unit_key(sold_in) else t(lang, "set_to_unit_portion")
    raise DomainError(
        "set_to_part",
        title=group_buy.terms.title,
        id=group_buy.id,
        typed=typed.part,
        per=per,
        example=unit_texts.set_to_example(lang, _nearest_whole(weighed or exact), sold_in, option),
    )


def _nearest_whole(amount: Fraction | None) -> int:
    """The whole number nearest an amount (a half up), at least 1: `改成1.5kg`'s example `改成2公斤`."""
    return max(int(amount + Fraction(1, 2)) if amount is not None else 1, 1)


def _asked_more_than_held(
    command: Command, group_buy: GroupBuy, held: int, lang: str, *, friend: str = ""
) -> str:
    """`-5` (or `-2kg`, 4斤) with 2 held: the whole line went, said with what she asked and had ("The line
    had only", a friend's "Mum's line had only"); "" when she asked no more than she had (or for the whole
    line: `退出`)."""
    unit, measured = group_buy.terms.unit, command.measured
    if command.quantity is None or held <= 0:
        return ""
    if measured is not None and unit and not group_buy.terms.options:
        asked, _, _ = service.in_its_unit(group_buy, measured, sign="-")
        said = measured.part or unit_texts.quantity(measured.quantity, measured.unit, lang)
        if not same_unit(measured.unit, unit):  # `2 kg（4斤）`: what it came to
            said = t(lang, "left_asked_converted", typed=said, quantity=unit_texts.units(lang, asked, unit))
    else:
        asked = command.quantity
        said = unit_texts.units(lang, asked, unit)
    if asked <= held:
        return ""
    key = "left_more_than_held_for" if friend else "left_more_than_held"
    return t(lang, key, asked=said, held=unit_texts.units(lang, held, unit), friend=friend)


async def _own_line_left(ctx: Context, group_buy: GroupBuy, title: str, lang: str, you: str) -> str:
    """Her own line gone: that she left (`Sun 退出了 大米（#6）。`), unless a friend's line of hers stays
    (`-1` holding her own and 妈妈's): then that her own line was taken off and whose stays, never "left"."""
    name = ctx.request.display_name
    assert group_buy.id is not None
    staying = [
        line
        for line in await ctx.uow.group_buys.lines_of(group_buy.id, ctx.request.user_id)
        if line.friend and line.quantity
    ]
    if not staying:
        return t(lang, "left" + you, name=name, title=title, id=group_buy.id)
    friends = t(lang, "list_separator").join(dict.fromkeys(line.friend for line in staying if line.friend))
    have = unit_texts.amount(lang, sum(line.quantity for line in staying), group_buy.terms.unit)
    return t(
        lang,
        "left_own_friends_stay" + you,
        name=name,
        title=title,
        id=group_buy.id,
        friends=friends,
        have=have,
    )


async def _friends_line_left(
    ctx: Context, group_buy: GroupBuy, line: Participant, title: str, lang: str
) -> str:
    """`-1 for Wang`: Wang's line now (or that it is gone), and the units the member still has on the
    list (their own and their other friends' lines): the member did not leave."""
    name, params = ctx.request.display_name, {"friend": line.friend, "title": title, "id": group_buy.id}
    you = "_you" if ctx.is_private else ""  # one to one: "You took…", never her own name
    if line.quantity:
        items = unit_texts.items(lang, line.quantity, title, group_buy.terms.unit)
        text = t(lang, "lowered_for" + you, name=name, friend=line.friend, items=items, id=group_buy.id)
        return t(lang, "two_sentences", first=text, second=_price_line(group_buy, line, lang))
    assert group_buy.id is not None
    lines = await ctx.uow.group_buys.lines_of(group_buy.id, ctx.request.user_id)
    staying = [left for left in lines if left.quantity]
    rest = sum(left.quantity for left in staying)
    if rest:
        have = unit_texts.amount(lang, rest, group_buy.terms.unit)  # `2斤`, "2 kg"; `2 份`, "2"
        same = [left for left in staying if left.friend.casefold() == line.friend.casefold()]
        if same:  # `-1 for Mum 咸蛋黄`, her 豆沙 line staying: said as Mum's, never as the member's
            unit = group_buy.terms.unit
            kept = " / ".join(
                " ".join(x for x in (left.option, unit_texts.times(left.quantity, unit, lang)) if x)
                for left in same
            )
            return t(lang, "left_for_friend_stays" + you, name=name, kept=kept, **params)
        if all(left.friend and left.friend != line.friend for left in staying):  # only mum's line stays:
            # said as mum's, never as hers (Zhao's line of another option staying: as before)
            others = t(lang, "list_separator").join(dict.fromkeys(left.friend for left in staying))
            return t(lang, "left_for_others_stay" + you, name=name, have=have, friends=others, **params)
        return t(lang, "left_for_still_in" + you, name=name, have=have, **params)
    return t(lang, "left_for" + you, name=name, **params)


async def status(ctx: Context) -> list[Reply]:
    group_buy = await service.find(
        ctx.uow,
        chat_id=ctx.request.chat_id,
        group_buy_id=ctx.command.group_buy_id,
        member=ctx.request.user_id,
    )
    if ctx.command.group_buy_id is None and not group_buy.is_open:  # nothing open: the newest she was on
        theirs = await service.newest_of_member(ctx.uow, ctx.request.chat_id, ctx.request.user_id)
        group_buy = theirs or group_buy
    if ctx.command.tap:
        lang = await ctx.lang(group_buy)
        return [card_update(group_buy), Reply(toast=t(lang, "toast_status"), language=lang)]
    return [card_update(group_buy, new=True)]


async def close(ctx: Context) -> list[Reply]:
    """截单 / `/close`; from the organiser's private chat with the bot `/close #12` (her own group buy).
    Past its deadline below its target (none set: nobody joined) it ends now as the deadline ends it."""
    chat_id, group_buy_id = await _reached(ctx)
    closing = await service.close(
        ctx.uow,
        chat_id=chat_id,
        group_buy_id=group_buy_id,
        actor=ctx.request.user_id,
        is_admin=ctx.request.is_admin,
        now=ctx.now,
        attribution_window=ctx.config.attribution_window,
    )
    lang = await _group_language(ctx, closing.group_buy)
    closed, values, now = closing.group_buy, ctx.values, ctx.now
    ctx.after_commit.append(lambda: just_closed.remember(values, closed, now))  # a bare `+1` soon after
    if closing.pending and closing.group_buy.id is not None:  # a big one: the rest after the commit
        ctx.pending_orders.append(closing.group_buy.id)
    buyer_langs = await _buyer_languages(ctx, closing)  # not the language the organiser closed in
    listed = await listings_service.own_pickups(ctx.uow, closing.group_buy)  # 帮卖: a group's own pickup
    replies = closing_replies(
        closing, lang=lang, tz=ctx.tz, config=ctx.config, buyer_langs=buyer_langs, listed=listed
    )
    replies[2:2] = await _summary_to_organiser(ctx, closing)  # after the group's message, before orders
    replies = await helpselling.announce_close(ctx.uow, closing, replies, memo=ctx.memo, config=ctx.config)
    replies += await helpselling.closed_to_sellers(  # succeeded: each help-seller, her groups' figures
        ctx.uow, closing, platform=ctx.request.platform, memo=ctx.memo
    )
    if closing.group_buy.status is GroupBuyStatus.FAILED:  # past its deadline below it: as the deadline
        replies += called_off.one_each(  # a help-seller who bought: one message
            await helpselling.called_off_to_sellers(  # each help-seller hears it privately
                ctx.uow, closing.group_buy, platform=ctx.request.platform, memo=ctx.memo
            ),
            await called_off.to_buyers_outside(  # each buyer hears it privately too: nothing to pay
                ctx.uow, closing.group_buy, platform=ctx.request.platform, memo=ctx.memo, everyone=True
            ),
        )
        replies += await _to_sharers(ctx, closing.group_buy)  # what it means for each sharer
    replies = await waiting.closed_without(
        ctx.uow, closing.group_buy, replies, lang, platform=ctx.request.platform, memo=ctx.memo
    )
    return replies + await _told_privately(ctx, closing)


async def _to_sharers(ctx: Context, group_buy: GroupBuy) -> list[Reply]:
    """A group buy that failed or was called off: each sharer whose share brought buyers to it told what
    it means for her (`called_off.to_sharers`)."""
    return await called_off.to_sharers(
        ctx.uow,
        group_buy,
        platform=ctx.request.platform,
        memo=ctx.memo,
        now=ctx.now,
        window=ctx.config.attribution_window,
    )


async def _reached(ctx: Context) -> tuple[str, int | None]:
    """The chat and number a close or a call-off looks in: here; from a private chat with the bot, the
    group of the sender's own group buy named by its number (as `/edit #12` reaches it)."""
    if not ctx.is_private:
        return ctx.request.chat_id, ctx.command.group_buy_id
    where = Where(ctx.request.chat_id, private=True)
    group_buy = await reach(ctx.uow, where, ctx.command.group_buy_id, ctx.request.user_id)
    return group_buy.chat_id, group_buy.id


async def _group_language(ctx: Context, group_buy: GroupBuy) -> str:
    """The group's announcement: in the words typed there; sent from a private chat or by a slash command
    alone (`/close`), the group's own (`Context.group_lang`)."""
    return await ctx.group_lang(group_buy)


async def _told_privately(ctx: Context, closing: Closing) -> list[Reply]:
    """Closed from a private chat: the organiser reads there, in her words, how it ended, that the group
    was told and what she does next (not the buyers' announcement: "pay the organiser Amy")."""
    if not ctx.is_private:
        return []
    lang = await ctx.lang(closing.group_buy)
    last_note = await last_payment_note(ctx.uow, closing.group_buy)  # her way to pay as the example
    own = await helpselling.own_pickups_said(ctx.uow, closing.group_buy, lang, ctx.tz)
    text = closing_text(
        closing, lang=lang, config=ctx.config, to_organiser=True, last_note=last_note, own_pickups=own
    )
    groups = await helpselling.close_groups(ctx.uow, closing, lang)  # 帮卖: each group's figures too
    text = with_notice(with_groups(text, groups), pickup_passed_notice(closing.group_buy, lang, ctx.tz))
    group_buy = closing.group_buy
    closed = group_buy.status is not GroupBuyStatus.CANCELLED  # `群里已通知` of a close, found gone: said so
    told = {TELLS_GROUP: f"{group_buy.id}:{group_buy.chat_id}"} if closed else {}
    return [Reply(text=text, language=lang, extra=told)]


async def _summary_to_organiser(ctx: Context, closing: Closing) -> list[Reply]:
    """Closed in the group and succeeded: the organiser's summary in her private chat too, what she
    collects (`应收 ¥408`) and what next, as a close from her private chat or at the deadline tells her;
    in her language: her private `/lang`, else the group's, whoever closed it and in whatever words
    (`recipients.organiser_language`)."""
    if ctx.is_private:
        return []  # `_told_privately`: her summary is the answer there
    organiser = closing.group_buy.organiser_id
    lang = await organiser_language(
        ctx.uow, closing.group_buy, ctx.memo, ctx.request.platform
    )  # hers, else the group's
    groups = await helpselling.close_groups(ctx.uow, closing, lang)  # 帮卖: each group's figures too
    last_note = await last_payment_note(ctx.uow, closing.group_buy)  # her way to pay as the example
    own = await helpselling.own_pickups_said(ctx.uow, closing.group_buy, lang, ctx.tz)
    summary = organiser_summary(
        closing, lang=lang, config=ctx.config, groups=groups, tz=ctx.tz, last_note=last_note, own_pickups=own
    )
    if ctx.request.user_id == organiser or not summary:
        return summary
    # someone else closed it (an admin: `截单 #17` in the group, the console's 立即截单): who, first
    group_buy = closing.group_buy
    by = acted_by(ctx, group_buy, lang)
    text = t(
        lang, "closed_by_other", by=by, title=group_buy.terms.title, id=group_buy.id, summary=summary[0].text
    )
    return [replace(summary[0], text=text), *summary[1:]]


async def _buyer_languages(ctx: Context, closing: Closing) -> dict[str, str]:
    """Each buyer's order speaks the buyer's own language when known, else the language of the group
    they joined in (as its card does; 帮卖: the listing's): never the language the organiser happened to
    close in."""
    return await order_languages(ctx.uow, ctx.request.platform, closing.group_buy, closing.orders, ctx.memo)


# `取消接龙`: from one running a group buy open here, its call-off (asked first, as `取消`); from anyone
# else, her own line left, as `退出` (talk from someone on none here)
_OWN_LIST_WORDS = frozenset({"接龙", "我的接龙"})


async def cancel(ctx: Context) -> list[Reply]:
    """取消 / `/cancel`: the organiser calls it off; one somebody joined only once she confirms (`取消 #9
    确认`: asked first, nothing changed). A buyer who types it is told how to leave instead; `取消 货源断了`
    (a reason, no number, no slash) from one who runs none open here is talk."""
    command = ctx.command
    unnumbered = command.group_buy_id is None and bool(command.note) and not ctx.is_private
    if unnumbered:
        mine = await ctx.uow.group_buys.open_in_chat(ctx.request.chat_id, organiser=ctx.request.user_id)
        if not mine and not ctx.request.text.lstrip().startswith(("/", "／")):
            if command.note in _OWN_LIST_WORDS:  # `取消接龙` from one running none here: her line left
                return await leave(replace(ctx, command=Command("leave", lang="zh", in_words=True)))
            return []
        if await _names_a_buyer(ctx, command.note, mine):  # `取消 小明`: her order meant, never a call-off
            raise DomainError("cancel_order_usage")
    try:
        chat_id, group_buy_id = await _reached(ctx)
        closing = await service.cancel(
            ctx.uow,
            chat_id=chat_id,
            group_buy_id=group_buy_id,
            actor=ctx.request.user_id,
            is_admin=ctx.request.is_admin,
            now=ctx.now,
            confirmed=ctx.command.confirmed,
        )
    except DomainError as refusal:
        if refusal.code == "cancel_confirm":  # the yes to send keeps her reason: `取消 #9 确认 缺货`
            reason = f" {ctx.command.note}" if ctx.command.note else ""
            said = refusal.params
            raise DomainError(
                "cancel_confirm",
                title=said["title"],
                id=said["id"],
                count=said["count"],
                units=said["units"],
                unit=said["unit"],
                reason=reason,
            ) from None
        instead = None if ctx.is_private else await _leave_instead(ctx, refusal)
        if instead is not None:
            raise instead from refusal
        step = await closed_steps.cancel(ctx, refusal)  # went ahead: its orders instead (rep86 #9)
        if step is not None:
            raise step from refusal
        raise
    cancelled, values, now = closing.group_buy, ctx.values, ctx.now
    ctx.after_commit.append(lambda: just_closed.remember(values, cancelled, now))  # no "刚截单" after it
    lang, buyer_langs = await _group_language(ctx, closing.group_buy), await _buyer_languages(ctx, closing)
    replies = closing_replies(closing, lang=lang, tz=ctx.tz, buyer_langs=buyer_langs)
    replies = await helpselling.announce_close(ctx.uow, closing, replies, memo=ctx.memo, config=ctx.config)
    reason = ctx.command.note  # `/cancel #3 supplier out of stock`: each group and buyer reads why
    if reason:
        replies = [
            replace(reply, text=called_off.with_reason(reply.text, reason, reply.language or lang))
            if reply.text and reply.private_to is None and reply.chat_id is not None
            else reply
            for reply in replies
        ]
    replies += called_off.one_each(  # a help-seller who bought: one message, with the reason
        await helpselling.called_off_to_sellers(  # 帮卖: each help-seller hears it privately
            ctx.uow, closing.group_buy, platform=ctx.request.platform, memo=ctx.memo
        ),
        await called_off.to_buyers_outside(  # each buyer hears it privately: his order won't come
            ctx.uow,
            closing.group_buy,
            platform=ctx.request.platform,
            memo=ctx.memo,
            everyone=True,
            reason=reason,
        ),
        reason,
    )
    replies += await _to_sharers(ctx, closing.group_buy)  # what it means for each sharer
    replies = await waiting.closed_without(  # each waiter reads the reason too (rep96 #12)
        ctx.uow, closing.group_buy, replies, lang, platform=ctx.request.platform, memo=ctx.memo, reason=reason
    )
    # someone else's cancel (a chat admin's, a console admin's): the organiser told privately, and why
    her = await organiser_told.told(
        ctx, closing.group_buy, organiser_told.cancelled(closing.group_buy, reason)
    )
    return replies + await _told_privately(ctx, closing) + her


async def _names_a_buyer(ctx: Context, words: str, open_ones: list[GroupBuy]) -> bool:
    """Whether `words` (a call-off's reason) is the name of a line, hers or a friend's, on the sender's
    group buys here: open, or her newest closed one (`取消 小明`: 小明's order)."""
    closed = await service.newest_closed_of(ctx.uow, ctx.request.chat_id, ctx.request.user_id)
    folded = _folded_name(words)
    for group_buy in [*open_ones, *([closed] if closed is not None else [])]:
        assert group_buy.id is not None
        for line in await ctx.uow.group_buys.participants(group_buy.id):
            if folded in (_folded_name(line.display_name), _folded_name(line.friend or "")):
                return True
    return False


async def _leave_instead(ctx: Context, refusal: DomainError) -> DomainError | None:
    """A member who may not call it off (a buyer, or anyone else but its organiser and the chat's admins)
    is told how to leave instead: `取消 #5` as `退出 #5` / `-1 #5`; a bare `取消` among several open
    group buys she runs none of, with the number of the one she is on (else of one of them), never an
    invitation to cancel one she does not run. None: the refusal as it is (a closed one, an admin)."""
    if refusal.code == "not_organiser":
        group_buy_id = ctx.command.group_buy_id
        group_buy = await service.find(ctx.uow, chat_id=ctx.request.chat_id, group_buy_id=group_buy_id)
        if not group_buy.is_open:  # closed with her order in it: no leaving now, her organiser decides
            return await _closed_with_her_order(ctx, group_buy)
        assert group_buy.id is not None
        on_it = any(
            line.quantity for line in await ctx.uow.group_buys.lines_of(group_buy.id, ctx.request.user_id)
        )
        if group_buy_id is None and not on_it:  # nothing of hers to leave either
            return DomainError("cancel_not_organiser", organiser=refusal.params["organiser"])
        if group_buy_id is None:  # the one open here: a bare `退出` / `-1` leaves it
            return DomainError("cancel_leave_instead", organiser=refusal.params["organiser"])
        if not on_it:  # nothing of hers to leave: never a leave the bot then refuses (rep104 #9)
            return DomainError("cancel_not_organiser_id", organiser=group_buy.organiser_name, id=group_buy_id)
        return DomainError("cancel_leave_instead_id", organiser=group_buy.organiser_name, id=group_buy_id)
    if refusal.code != "which_group_buy" or ctx.request.is_admin:
        return None
    member = ctx.request.user_id
    open_here = await ctx.uow.group_buys.open_in_chat(ctx.request.chat_id)
    if refusal.params.get("yours") or any(g.organiser_id == member for g in open_here):
        return None  # her own among them (listed or older than the newest listed): which of hers
    joined = await ctx.uow.group_buys.joined_among([g.id for g in open_here if g.id is not None], member)
    on = sorted((g for g in open_here if g.id in joined), key=lambda g: g.id or 0)
    if len(on) == 1:
        return DomainError("cancel_leave_instead_id", organiser=on[0].organiser_name, id=on[0].id)
    if not on:  # on none of them: nothing to leave either
        return DomainError("cancel_not_organiser_which")
    return DomainError("cancel_leave_which", id=on[0].id)


async def _closed_with_her_order(ctx: Context, group_buy: GroupBuy) -> DomainError | None:
    """`取消` from a buyer of a group buy that succeeded: it can no longer be left; she is told to ask its
    organiser about her order. None (the refusal as it is) when she has no line on it, or it ended."""
    assert group_buy.id is not None
    if group_buy.status not in (GroupBuyStatus.SUCCEEDED, GroupBuyStatus.FULFILLED):
        return None
    if not await ctx.uow.group_buys.lines_of(group_buy.id, ctx.request.user_id):
        return None
    return DomainError(
        "cancel_closed_ask_organiser",
        organiser=group_buy.organiser_name,
        title=group_buy.terms.title,
        id=group_buy.id,
    )


# `/pickup all Gate 3 Tuesday 5pm`, `/payment all Cash at pickup`, `/commission all 5%` (`自提 全部 …`,
# `收款方式 全部 …`, `佣金 全部 5%`): every open group buy of hers in this group
_ALL_OPEN = re.compile(r"^(?:all|全部|所有)\s+(?P<rest>\S.*)$", re.IGNORECASE | re.DOTALL)


_NONE_OPEN_OF_HERS: dict[str, Callable[[], DomainError]] = {
    "pickup": lambda: DomainError("pickup_all_none"),
    "payment_note": lambda: DomainError("payment_note_all_none"),
    "commission": lambda: DomainError("commission_all_none"),
}


_ALL_ALONE_OF: dict[str, Callable[[str], DomainError]] = {
    "pickup": lambda word: DomainError("pickup_all_alone", word=word),
    "payment_note": lambda word: DomainError("payment_note_all_alone", word=word),
    "commission": lambda word: DomainError("commission_all_alone", word=word),
}
# `/pickup all` / `自提 全部` and nothing after it: the place and time (the note, the rate) missing
_ALL_ALONE = re.compile(r"^(?:all|全部|所有)[\s.!。！~～]*$", re.IGNORECASE)
# `/pickup al Gate 3 …`, `alll`, `/commission alll 5%`: `all` mistyped (a letter dropped or doubled)
_ALL_TYPO = re.compile(r"^(?P<typed>a{1,3}l{1,4})(?:\s+(?P<rest>\S.*))?$", re.IGNORECASE | re.DOTALL)


async def all_open(ctx: Context) -> str | None:
    """What follows `all` / `全部` in the command (`Cash at pickup`), None when it names no `all`. In a
    private chat it is refused: it means every open group buy of hers in one group, said there. `all`
    with nothing after it is refused saying what is missing, and `all` mistyped (`al`, `alll`) is asked
    ("did you mean /pickup all Gate 3 …?"): never saved as the place or the note, nothing changed."""
    typed = ctx.command.rest.strip()
    kind = ctx.command.name
    if _ALL_ALONE.match(typed):
        raise _ALL_ALONE_OF[kind](typed.rstrip(" .!。！~～"))
    typo = _ALL_TYPO.match(typed)
    if typo is not None and typo.group("typed").lower() != "all":
        if not typo.group("rest"):  # `/pickup alll`: nothing after it either
            raise _ALL_ALONE_OF[kind]("all")
        lang = await ctx.lang(guess=True)
        example = t(lang, f"all_open_example_{kind}", change=typo.group("rest").strip())
        raise DomainError("all_open_typo", typed=typo.group("typed"), example=example)
    every = _ALL_OPEN.match(typed)
    if every is None:
        return None
    if ctx.is_private:
        lang = await ctx.lang(guess=True)
        example = t(lang, f"all_open_example_{ctx.command.name}", change=every.group("rest").strip())
        raise DomainError("all_open_in_group", example=example)
    return every.group("rest")


async def each_open(
    ctx: Context, rest: str, setter: Callable[[Context], Awaitable[list[Reply]]]
) -> list[Reply]:
    """`自提 全部 会所 周五晚上6点`, `收款方式 全部 现金`, `佣金 全部 5%`: the same for each open group buy
    she runs in this group, each as `自提 #N …` sets it (`setter`: its group, buyers and card told), answered
    once with each one set (`自提 全部` also her closed ones with a buyer still to collect, `收款方式 全部`
    those with a buyer still to pay; one time is one instant for all: `_one_time_for_all`). One refused
    refuses them all (the unit of work rolls back: nothing changed), its refusal naming which and why."""
    kind = ctx.command.name
    lang = await ctx.lang(guess=True)
    mine = await ctx.uow.group_buys.open_in_chat(ctx.request.chat_id, organiser=ctx.request.user_id)
    left_out: list[GroupBuy] = []
    closed: list[GroupBuy] = []
    if kind == "pickup":  # 自提 全部: also her closed ones with buyers still to hand over to
        closed, left_out = await _closed_to_hand_over(ctx)
    elif kind == "payment_note":  # 收款方式 全部: also her closed ones with buyers still to pay
        closed, _ = await _closed_to_hand_over(ctx, to_pay=True)
    mine = [*mine, *closed]
    if not mine:  # how to name one, in the command's own form
        await _not_hers_all(ctx, rest, lang)
        raise _NONE_OPEN_OF_HERS[kind]()
    if kind == "pickup":  # one time, one instant for each: never a week on for one still open
        _one_time_for_all(ctx, rest, mine, lang)
    answers: list[str] = []
    replies: list[Reply] = []
    for group_buy in sorted(mine, key=lambda found: found.id or 0):
        command = replace(ctx.command, rest=f"#{group_buy.id} {rest}", group_buy_id=group_buy.id)
        for reply in await setter(replace(ctx, command=command)):
            if reply.text and reply.chat_id is None and not reply.private_to:  # her answer for this one
                answers.append(reply.text)
            else:
                replies.append(reply)
    head = t(lang, f"{kind}_all_set", count=len(answers))
    if kind == "payment_note" and closed:  # not only open ones: said so
        head = t(lang, "payment_note_all_set_closed", count=len(answers))
    tail = []
    if left_out:  # closed, every order picked up (or refunded, cancelled): nobody left to collect
        named = t(lang, "list_separator").join(
            t(lang, "pickup_all_left_out_item", title=found.terms.title, id=found.id) for found in left_out
        )
        tail.append(t(lang, "pickup_all_left_out", count=len(left_out), titles=named))
    return [Reply(text="\n".join([head, *answers, *tail]), language=lang), *replies]


async def _not_hers_all(ctx: Context, rest: str, lang: str) -> None:
    """`/pickup all …` from one running none here: a help-seller told what she may do in her group (this
    group's own pickup of each she sells here, by its number), anyone else that only the organiser
    (named) may, rather than "name one by its number", which hints that they could."""
    sold = await only_organiser.sold_here(ctx)
    if sold and ctx.command.name == "pickup":
        buys = t(lang, "list_separator").join(
            t(lang, "pickup_all_left_out_item", title=found.terms.title, id=found.id) for _, found in sold
        )
        example = t(lang, "which_example_pickup_typed", id=sold[0][1].id, change=rest.strip())
        raise DomainError("pickup_all_help_seller", buys=buys, example=example)
    found = await only_organiser.not_hers(ctx)
    if found is not None:
        raise DomainError("not_organiser", organiser=found.organiser_name)


def _one_time_for_all(ctx: Context, rest: str, mine: list[GroupBuy], lang: str) -> None:
    """`自提 全部 北门 周六下午5点`: one time is one instant for every group buy it sets. When it falls
    before an open one's close (where `自提 #N` would take the Saturday after it, a week on), all are
    refused, nothing changed: each such group buy named with its close, and what to send instead (a
    time after the close, `all` kept; or the others by number, her words kept)."""
    pickup = parse_pickup(rest, now=ctx.now, tz=ctx.tz)
    at = pickup.at
    if at is None:
        return
    early = sorted(
        (found for found in mine if found.is_open and found.deadline > at), key=lambda found: found.id or 0
    )
    if not early:
        return
    tz = ctx.tz
    last_close = max(found.deadline for found in early).astimezone(tz)
    later_at = datetime.combine(last_close.date() + timedelta(days=1), at.astimezone(tz).time(), tzinfo=tz)
    later = pickup_text(Terms(title="", unit_price=1, pickup=pickup.place, pickup_at=later_at), tz, lang)
    buys = t(lang, "list_separator").join(
        t(
            lang,
            "pickup_all_before_close_item",
            title=found.terms.title,
            id=found.id,
            deadline=format_datetime(found.deadline, tz, lang),
        )
        for found in early
    )
    shown = pickup_text(Terms(title="", unit_price=1, pickup=pickup.place, pickup_at=at), tz, lang)
    others = sorted((found for found in mine if found not in early), key=lambda found: found.id or 0)
    if not others:
        raise DomainError("pickup_all_before_close_only", pickup=shown, buys=buys, later=later)
    example = t(lang, "which_example_pickup_typed", id=others[0].id, change=rest.strip())
    raise DomainError("pickup_all_before_close", pickup=shown, buys=buys, later=later, example=example)


async def _closed_to_hand_over(
    ctx: Context, *, to_pay: bool = False
) -> tuple[list[GroupBuy], list[GroupBuy]]:
    """Her group buys in this group that went ahead and closed: those with an order still to hand over
    (paid or unpaid, not picked up), and those with none left (everything picked up, refunded or
    cancelled), which `自提 全部` leaves out, saying so. `to_pay` (收款方式): those with an order still
    unpaid, and the others."""
    handed: list[GroupBuy] = []
    left_out: list[GroupBuy] = []
    for group_buy in await ctx.uow.group_buys.closed_in_chat(ctx.request.chat_id):
        if group_buy.organiser_id != ctx.request.user_id or group_buy.id is None:
            continue
        if group_buy.status not in (GroupBuyStatus.SUCCEEDED, GroupBuyStatus.FULFILLED):
            continue  # failed or called off: nothing to collect
        counts = await ctx.uow.orders.status_counts(group_buy.id)
        due = counts.get(OrderStatus.PENDING_PAYMENT, 0) + (0 if to_pay else counts.get(OrderStatus.PAID, 0))
        (handed if due else left_out).append(group_buy)
    return handed, sorted(left_out, key=lambda found: found.id or 0)


_WHICH_CLOSED: dict[str, Callable[[int, str, int | None], DomainError]] = {
    "pickup": lambda n, choices, first: DomainError(
        "which_closed_to_collect", n=n, choices=choices, example=first
    ),
    "payment_note": lambda n, choices, first: DomainError(
        "which_closed_to_pay", n=n, choices=choices, example=first
    ),
}


async def _which_closed(ctx: Context) -> None:
    """A bare `/pickup Gate 3 …` (`/payment PayNow …`) in a group from an organiser with no group buy
    open here but several closed with buyers still to collect (to pay): asked which, as with several
    open (never only the newest), her words kept in the example and `all` offered (handlers.which)."""
    if ctx.is_private:
        return
    opened = await ctx.uow.group_buys.open_in_chat(ctx.request.chat_id, organiser=ctx.request.user_id)
    due, _ = await _closed_to_hand_over(ctx, to_pay=ctx.command.name == "payment_note")
    due = sorted(due, key=lambda found: found.id or 0)
    if not due or len(opened) + len(due) < 2:
        return
    if opened:  # one open and closed ones still to collect (to pay): a pickup is for those, so ask
        await _which_open_or_closed(ctx, opened, due)
    choices = " · ".join(f"#{found.id} {found.terms.title}" for found in due)
    raise _WHICH_CLOSED[ctx.command.name](len(due), choices, due[0].id)


async def _which_open_or_closed(ctx: Context, opened: Sequence[GroupBuy], due: Sequence[GroupBuy]) -> None:
    """A bare `/pickup 门口 周六10点` (`/payment …`) from an organiser with a group buy open here and one
    or more closed with buyers still to collect (to pay): never the open one guessed, each named with
    its number and whether it is open or closed, the example the first closed one, her words kept."""
    lang = await ctx.lang(guess=True)
    listed = sorted([*opened, *due], key=lambda found: found.id or 0)
    choices = " · ".join(
        t(
            lang,
            "which_item_open" if found.is_open else "which_item_closed",
            id=found.id,
            title=found.terms.title,
        )
        for found in listed
    )
    if ctx.command.name == "payment_note":
        raise DomainError("which_open_or_closed_to_pay", n=len(listed), choices=choices, example=due[0].id)
    raise DomainError("which_open_or_closed_to_collect", n=len(listed), choices=choices, example=due[0].id)


async def _alone_from_another(ctx: Context) -> bool:
    """A bare `自提` / `收款方式` alone in a group (`Command.alone`) from one running no group buy open
    here: talk (`送货还是自提？` `自提`), left unanswered; from her, its form (as `/pickup` alone)."""
    if not ctx.command.alone:
        return False
    return not await ctx.uow.group_buys.open_in_chat(ctx.request.chat_id, organiser=ctx.request.user_id)


async def set_pickup(ctx: Context) -> list[Reply]:
    """自提 小区南门 明天下午5点: the organiser names where and when to collect; card and orders show it."""
    if await _alone_from_another(ctx):
        return []
    if ctx.command.alone:  # `自提` alone from her: the form, as `/pickup` alone
        raise DomainError("pickup_usage")
    every = await all_open(ctx)
    if every is not None:
        return await each_open(ctx, every, _set_pickup)
    return await _set_pickup(ctx)


async def _set_pickup(ctx: Context) -> list[Reply]:
    pickup = parse_pickup(ctx.command.rest, now=ctx.now, tz=ctx.tz)
    lang = await ctx.lang(guess=True)
    place = ""
    if pickup.place:  # "": only the time was named
        typed = without_number(ctx.request.text)  # `自提 北门 #1`: the place lined up without the number
        cleaned = after_number(ctx.command.rest)  # the place first, or last after its time (`周三5点 南门`)
        start = 0 if cleaned.startswith(pickup.place) else max(cleaned.rfind(pickup.place), 0)
        place = as_typed(typed, cleaned, start, start + len(pickup.place))
        if not clean_text(place):  # only invisible characters
            raise DomainError("pickup_usage")
    if pickup.group_buy_id is None:  # several closed with buyers to collect, none open: which?
        await _which_closed(ctx)
    request = ctx.request
    sold = None
    listing: Listing | None
    if ctx.is_private and pickup.group_buy_id is not None:  # 帮卖: a help-seller's, her group's own
        typed = split_group_buy_id(ctx.command.rest)[1].strip()
        sold = await help_sellers_listing(ctx, pickup.group_buy_id, typed)
    if sold is not None:
        found, listing = sold
    else:  # in private, `#12` reaches the sender's own group buys, as 修改 does; the group hears the change
        found = await reach(
            ctx.uow, Where(request.chat_id, private=ctx.is_private), pickup.group_buy_id, request.user_id
        )
        listing = None if ctx.is_private else await listings_service.reaches(ctx.uow, found, request.chat_id)
    if listing is not None:  # 帮卖 (or her own listing): this group's own pickup
        after_deadline = found.terms.deadline if found.is_open else None  # a weekday: the first after it
        at = parse_pickup(ctx.command.rest, now=ctx.now, tz=ctx.tz, after=after_deadline).at
        return await listing_pickup(ctx, found, listing, place, at, lang)
    is_admin = request.is_admin and not ctx.is_private
    if not found.may_manage(request.user_id, is_admin=is_admin, in_chat=request.chat_id):
        raise DomainError("not_organiser", organiser=found.organiser_name)
    if pickup.at is not None and found.is_open:  # a weekday: the first after its deadline
        pickup = parse_pickup(ctx.command.rest, now=ctx.now, tz=ctx.tz, after=found.terms.deadline)
    current = pickup_points.pickup_now(found)  # the part not named stays
    place, at = pickup_points.merged(current, place=place, at=pickup.at, now=ctx.now, group_buy=found)
    before = found.terms
    if pickup_points.same_as_set(before, place, at):  # the same again: said once, never posted anew
        shown = pickup_text(before, ctx.tz, lang)
        said = t(lang, "pickup_unchanged", title=before.title, id=found.id, pickup=shown)
        return [Reply(text=said, language=lang)]
    group_buy = await service.set_details(
        ctx.uow,
        chat_id=found.chat_id,
        group_buy_id=found.id,
        actor=request.user_id,
        is_admin=is_admin,
        pickup=place,
        pickup_at=at,
    )
    await pickup_points.refuse_before_close(ctx, group_buy)  # nobody could collect before the close
    assert group_buy.id is not None  # the time, for the evening reminder before it (handlers.collecting)
    reminded = await collecting.set_pickup_time(
        ctx.uow, group_buy_id=group_buy.id, at=at, was=before.pickup_at, now=ctx.now, tz=ctx.tz
    )
    terms = group_buy.terms
    shown = pickup_text(terms, ctx.tz, lang)
    answer = t(lang, "pickup_set", title=terms.title, id=group_buy.id, pickup=shown)
    if reminded:  # moved within its day after the evening reminder: said once here (the new pickup
        # named once, with what it was), never reminded again
        was = pickup_text(before, ctx.tz, lang)
        answer = t(
            lang, "pickup_moved_after_reminder", title=terms.title, id=group_buy.id, pickup=shown, was=was
        )
    moved = pickup_points.time_note(ctx, group_buy, ctx.command.rest, lang)  # `周日下午`: a week on
    if moved is not None:
        answer += "\n" + moved
    own = await listings_service.own_pickups(
        ctx.uow, group_buy
    )  # groups with their own pickup: not told of this one
    told = [reply for reply in await _pickup_told(ctx, group_buy, before) if reply.chat_id not in own]
    # buyers still to collect: where, when, their code (paid) or how to pay
    codes = await pickup_points.codes_told(ctx, group_buy, before, not_chats=own)
    following = await following_told(ctx, found, group_buy, own.values())
    told += [reply for reply in following if not reply.private_to]
    codes += [reply for reply in following if reply.private_to]
    was = pickup_text(before, ctx.tz, lang)
    if shown and was and pickup_points.changed(before, terms) and not reminded:  # rep68 #8: replaced
        # `/pickup #4 Gate 5 …` over Gate 3: said as a change, with whom it was told (never as a first one)
        told_to = "pickup_replaced_told" if told and not codes else "pickup_replaced"
        answer = t(lang, told_to, title=terms.title, id=group_buy.id, pickup=shown, was=was)
        answer += "" if moved is None else "\n" + moved
    if codes:  # the buyers told privately, named: her line says it changed, this one whom it was told
        answer += "\n" + pickup_points.told_said(lang, codes)
    elif not group_buy.is_open and pickup_points.changed(before, terms):  # after the close: none told
        counts = await ctx.uow.orders.status_counts(group_buy.id)
        if counts.get(OrderStatus.PENDING_PAYMENT) and not counts.get(OrderStatus.PAID):
            answer += "\n" + t(lang, "pickup_nobody_paid_told")
    if own:  # 帮卖: the groups that set their own pickup keep it, each named with it
        kept = await helpselling.own_pickups_text(ctx.uow, group_buy, own.values(), lang, ctx.tz)
        answer += "\n" + t(lang, "pickup_groups_keep_own", count=len(own), groups=kept)
    told += await organiser_told.told(
        ctx, group_buy, organiser_told.edited(before, terms, group_buy.id, ctx.tz)
    )
    return [Reply(text=answer, language=lang), *told, *codes, card_update(group_buy)]


async def help_sellers_listing(
    ctx: Context, group_buy_id: int, typed: str
) -> tuple[GroupBuy, Listing] | None:
    """`自提 #12 …` (or `修改 #12 自提 …`) in private from one who help-sells #12 and does not run it: the
    group buy and her listing, whose pickup it sets (as `自提 #12 …` sent in that group). Selling it in
    several groups, she is told to send `自提 #12 <typed>` in the group meant, naming them, nothing
    changed. None: not hers to set that way (its organiser, or anyone else: as before, her own group
    buys only)."""
    member = ctx.request.user_id
    found = await ctx.uow.group_buys.get(group_buy_id)
    if found is None or found.organiser_id == member:
        return None
    hers = [
        listing
        for listing in await ctx.uow.listings.of_group_buy(group_buy_id)
        if listing.seller_id == member
    ]
    if not hers:
        return None
    if len(hers) == 1:
        return found, hers[0]
    titles = await ctx.uow.chat_names.titles([listing.chat_id for listing in hers])
    raise DomainError(
        "pickup_which_group",
        id=group_buy_id,
        title=found.terms.title,
        groups=" / ".join(titles.get(listing.chat_id, listing.chat_id) for listing in hers),
        count=len(hers),
        example=typed,
    )


async def listing_pickup(
    ctx: Context,
    found: GroupBuy,
    listing: Listing,
    place: str,
    at: datetime | None,
    lang: str,
    *,
    typed: bool = True,
) -> list[Reply]:
    """`自提 #12 …` (or `修改 #12 自提 …`) in a group listing another chat's group buy: that group's own
    pickup (`place`, `at` as typed, "" / None: not named), set by the organiser or that group's
    help-seller. The group buy's own chat and the other groups keep theirs and are told nothing; this
    group's orders, reminder and 未取货 read it (`listings.seen_in`). `typed`: the command's rest is
    the pickup alone (`自提`), so its time is remarked on as `/pickup`'s is."""
    request = ctx.request
    if request.user_id not in (found.organiser_id, listing.seller_id):
        raise DomainError("not_organiser", organiser=found.organiser_name)
    seen = seen_in(found, listing)
    # the part not named stays: the place its own, else the group buy's; the time its own only, so a
    # place alone (`自提 #12 北门`) keeps reading the group buy's time, and follows it when it moves
    current = pickup_points.PickupNow(seen.terms.pickup, listing.pickup_at)
    place, at = pickup_points.merged(current, place=place, at=at, now=ctx.now, group_buy=seen)
    before = seen.terms
    group_buy = seen_in(found, replace(listing, pickup=place, pickup_at=at))
    await pickup_points.refuse_before_close(ctx, group_buy)  # nobody could collect before the close
    assert listing.id is not None
    await ctx.uow.listings.set_pickup(listing.id, pickup=place, pickup_at=at)
    terms = group_buy.terms
    answer = t(
        lang, "pickup_set", title=terms.title, id=group_buy.id, pickup=pickup_text(terms, ctx.tz, lang)
    )
    told: list[Reply] = []
    if ctx.is_private:  # her help-selling group's, from her private chat: that group hears it
        answer += "\n" + t(lang, "pickup_set_that_group", group=await chat_label(ctx.uow, listing.chat_id))
        said = await listing_language(ctx.uow, found, listing, ctx.memo)
        news = pickup_points.news(before, terms, said, ctx.tz)
        if news:
            head = t(said, "card_title", title=terms.title, id=group_buy.id)
            told.append(Reply(text="\n".join([head, *news]), chat_id=listing.chat_id, language=said))
    else:
        answer += "\n" + t(lang, "pickup_set_this_group")
    moved = pickup_points.time_note(ctx, group_buy, ctx.command.rest, lang) if typed else None
    if moved is not None:
        answer += "\n" + moved
    by = listing.seller_name if request.user_id == listing.seller_id else ""  # Gia's: "Gia set…"
    codes = await pickup_points.codes_told(ctx, group_buy, before, chat_id=listing.chat_id, by=by)
    if codes:
        answer += "\n" + pickup_points.told_said(lang, codes)
    if (
        by and by != found.organiser_name and pickup_points.changed(before, terms)
    ):  # the organiser learns her help-seller's own pickup
        told.append(await _seller_pickup_told(ctx, found, listing, group_buy))
    return [Reply(text=answer, language=lang), *told, *codes, card_update(found)]


async def _seller_pickup_told(ctx: Context, found: GroupBuy, listing: Listing, group_buy: GroupBuy) -> Reply:
    """帮卖: a help-seller set her group's own pickup: the organiser is told privately, once, which group,
    the place and the time (her other groups keep hers)."""
    lang = await organiser_language(ctx.uow, found, ctx.memo, ctx.request.platform)
    text = t(
        lang,
        "listing_pickup_set_told",
        seller=listing.seller_name,
        title=found.terms.title,
        id=found.id,
        group=await chat_label(ctx.uow, listing.chat_id),
        pickup=pickup_text(group_buy.terms, ctx.tz, lang),
    )
    return Reply(text=text, private_to=found.organiser_id, language=lang)


async def form_listing_pickup(ctx: Context, group_buy_id: int, listing_id: int, typed: str) -> list[Reply]:
    """The console's edit form: a group's own pickup (帮卖) as its field holds it, whole (`北门 · 11月24日
    周二 17:00`; a place alone: its own time kept, as `自提 #12 北门` there keeps it (none: the group
    buy's, followed when it moves); "": cleared, the group buy's pickup again), set for the organiser or
    an admin (the console checked who) with `自提 #12 …`'s checks: that group is told, its paid buyers
    privately with their code, the organiser and the help-seller privately (not whoever made it), and
    its card follows."""
    found = await ctx.uow.group_buys.get(group_buy_id)
    listing = await ctx.uow.listings.get(listing_id)
    assert found is not None and listing is not None and listing.group_buy_id == group_buy_id
    place, at = "", None
    if typed:  # a weekday: the first after the deadline (the new one when the form moved it)
        after_deadline = found.terms.deadline if found.is_open else None
        place, at = place_and_time(typed, now=ctx.now, tz=ctx.tz, after=after_deadline)
        if not clean_text(place):  # no place (only a time), or only invisible characters
            raise DomainError("pickup_usage")
        if at is None and listing.pickup_at is not None and listing.pickup_at > ctx.now:
            at = listing.pickup_at  # `四号楼` alone: the group's own time (Gia's 10:00) stays
    before = seen_in(found, listing).terms
    group_buy = seen_in(found, replace(listing, pickup=place, pickup_at=at))
    await pickup_points.refuse_before_close(ctx, group_buy)  # nobody could collect before the close
    await ctx.uow.listings.set_pickup(listing_id, pickup=place, pickup_at=at)
    told: list[Reply] = []
    lang = await listing_language(ctx.uow, found, listing, ctx.memo)
    news = pickup_points.news(before, group_buy.terms, lang, ctx.tz)
    if news:
        head = t(lang, "card_title", title=found.terms.title, id=found.id)
        told.append(Reply(text="\n".join([head, *news]), chat_id=listing.chat_id, language=lang))
    told += await pickup_points.codes_told(ctx, group_buy, before, chat_id=listing.chat_id)
    if pickup_points.changed(before, group_buy.terms):
        told += await _listing_pickup_told(ctx, found, listing, before, group_buy)
    return [*told, card_update(found)]


async def _listing_pickup_told(
    ctx: Context, found: GroupBuy, listing: Listing, before: Terms, group_buy: GroupBuy
) -> list[Reply]:
    """The console's change of a group's own pickup (帮卖), told privately to the organiser and the
    help-seller (never to whoever made it): which group, the new pickup and what it was; an admin's
    named to the organiser by the console login (`管理员 dan`), as her other notices name it, and to
    the help-seller as `管理员`."""
    actor = ctx.request.user_id
    group = await chat_label(ctx.uow, listing.chat_id)
    told = []
    for who in dict.fromkeys((found.organiser_id, listing.seller_id)):
        if who == actor:
            continue
        if who == found.organiser_id:
            lang = await organiser_language(ctx.uow, found, ctx.memo, ctx.request.platform)
        else:
            lang = await listing_language(ctx.uow, found, listing, ctx.memo)
        if actor == found.organiser_id:
            by = found.organiser_name
        elif who == found.organiser_id and ctx.acting_admin:  # to her alone: the console login
            by = t(lang, "organiser_notice_admin_named", name=ctx.acting_admin)
        else:  # the help-seller, as buyers are: an admin, never the login
            by = t(lang, "paid_by_an_admin")
        text = t(
            lang,
            "listing_pickup_changed_told",
            by=by,
            title=found.terms.title,
            id=found.id,
            group=group,
            pickup=pickup_text(group_buy.terms, ctx.tz, lang),
            was=pickup_text(before, ctx.tz, lang),
        )
        told.append(Reply(text=text, private_to=who, language=lang))
    return told


async def following_told(
    ctx: Context, was: GroupBuy, group_buy: GroupBuy, own: Iterable[Listing]
) -> list[Reply]:
    """帮卖: the group buy's pickup time moved (`was` → `group_buy`): each group with a place of its own
    and no time of its own (`自提 #12 北门` alone there) reads the new time; it is told so in the group,
    in its language, with its own place, and its paid buyers privately with their code. Its own chat
    and the groups without a pickup of their own are told by the caller."""
    if was.terms.pickup_at == group_buy.terms.pickup_at:
        return []
    told: list[Reply] = []
    for listing in own:
        if listing.pickup_at is not None:  # a time of its own: the move is none of its business
            continue
        before, after = seen_in(was, listing).terms, seen_in(group_buy, listing)
        if group_buy.is_open or await ctx.uow.listings.lines(group_buy.id or 0, listing.id, limit=1):
            lang = await listing_language(ctx.uow, group_buy, listing, ctx.memo)
            head = t(lang, "card_title", title=group_buy.terms.title, id=group_buy.id)
            said = pickup_points.news(before, after.terms, lang, ctx.tz)
            told.append(Reply(text="\n".join([head, *said]), chat_id=listing.chat_id, language=lang))
        told += await pickup_points.codes_told(ctx, after, before, chat_id=listing.chat_id)
    return told


async def _pickup_told(ctx: Context, group_buy: GroupBuy, before: Terms) -> list[Reply]:
    """A changed pickup told in each group, once, in its language: its own group (unless set there: the
    answer told it) and each group that lists it (帮卖; after the close, those with lines)."""
    if not pickup_points.changed(before, group_buy.terms):
        return []
    here, tz = ctx.request.chat_id, ctx.tz
    told = []
    if group_buy.chat_id != here:
        lang = await card_language(ctx.uow, group_buy, ctx.memo)
        line = pickup_points.news(before, group_buy.terms, lang, tz)
        head = t(lang, "card_title", title=group_buy.terms.title, id=group_buy.id)
        told.append(Reply(text="\n".join([head, *line]), chat_id=group_buy.chat_id, language=lang))
    elsewhere = await helpselling.tell_listings(
        ctx.uow, group_buy, ctx.memo, lambda lang: pickup_points.news(before, group_buy.terms, lang, tz)
    )
    return told + [reply for reply in elsewhere if reply.chat_id != here]  # set there: the answer told it


_LEADING_COLON = re.compile(r"^[\s:：]+")


async def _payment_word_fits(ctx: Context) -> bool:
    """Whether `收款 …` (no 方式) is the payment note: a space or colon after the word, from the organiser
    of a group buy here (`收款码发一下`, a buyer's `收款 是谁`: talk); the other words always are."""
    typed = ctx.request.text.lstrip()
    if not typed.startswith("收款") or typed.startswith("收款方式"):
        return True
    if typed[2:3] not in (" ", "\u3000", ":", "："):
        return False
    try:
        found = await service.find(
            ctx.uow, chat_id=ctx.request.chat_id, group_buy_id=None, organiser=ctx.request.user_id
        )
    except DomainError:  # several open (`收款 全部 现金` among them): hers when one of them is
        return bool(await ctx.uow.group_buys.open_in_chat(ctx.request.chat_id, organiser=ctx.request.user_id))
    return found.organiser_id == ctx.request.user_id


async def set_payment_note(ctx: Context) -> list[Reply]:
    """收款方式 转账给 Amy 微信: how buyers pay offline; every order message shows it. `收款 微信转账给Amy`
    (the word without 方式, then a space) only from one running a group buy here; else talk."""
    if await _alone_from_another(ctx):
        return []
    if ctx.command.alone:  # `收款方式` alone from her: the form, as `/payment` alone
        raise DomainError("payment_note_usage")
    if not await _payment_word_fits(ctx):
        return []
    every = await all_open(ctx)  # `收款方式 全部 现金`: each open group buy of hers here
    if every is not None:
        return await each_open(ctx, every, _set_payment_note)
    return await _set_payment_note(ctx)


async def _set_payment_note(ctx: Context) -> list[Reply]:
    """The payment note of the group buy named (in private, `收款方式 #1 …`, one of hers in any of her
    groups, as `自提 #1` reaches it); the same note again changes nothing and tells nobody again."""
    group_buy_id, note = split_group_buy_id(ctx.command.rest)
    lang = await ctx.lang(guess=True)
    # as typed: `转账，备注：芒果` keeps its full-width punctuation (`… #2`: without the number); a colon
    # after the word (`收款方式：微信`) is none of it
    note = _LEADING_COLON.sub("", as_typed(without_number(ctx.request.text), note))
    if not clean_text(note):
        raise DomainError("payment_note_usage")
    if group_buy_id is None:  # several closed with buyers to pay, none open: which?
        await _which_closed(ctx)
    request = ctx.request
    was = await reach(  # the note before, for the organiser's notice of someone else's change
        ctx.uow, Where(request.chat_id, private=ctx.is_private), group_buy_id, request.user_id
    )
    if group_buy_id is None and was.organiser_id == request.user_id:  # as the note is set: a bare one on
        was = await service.owed_for_payment(ctx.uow, request.chat_id, was, request.user_id)  # one owed
    before = was.terms
    admin = request.is_admin and not ctx.is_private
    manages = was.may_manage(request.user_id, is_admin=admin, in_chat=request.chat_id)
    if manages and before.payment_note == cleaned_payment_note(note):  # sent twice: said once, nobody
        said = {"title": before.title, "id": was.id, "note": before.payment_note}  # told again
        return [Reply(text=t(lang, "payment_note_unchanged", **said), language=lang)]
    group_buy = await service.set_details(
        ctx.uow,
        chat_id=was.chat_id if ctx.is_private else request.chat_id,  # in private: hers, wherever it runs
        group_buy_id=was.id if ctx.is_private else group_buy_id,
        actor=request.user_id,
        is_admin=admin,
        payment_note=note,
    )
    terms = group_buy.terms
    params = {"title": terms.title, "id": group_buy.id, "note": terms.payment_note}
    # someone else's (a chat admin's): the organiser told privately, old → new
    changed = organiser_told.edited(before, terms, group_buy.id, ctx.tz)
    her = await organiser_told.told(ctx, group_buy, changed) if was.id == group_buy.id else []
    if group_buy.status is GroupBuyStatus.OPEN:  # the orders made at the close will say it
        return [Reply(text=t(lang, "payment_note_set", **params), language=lang), *her]
    told = await payment_note_told(ctx, group_buy)  # closed: the orders went out; who owes is told
    if not told:
        return [Reply(text=t(lang, "payment_note_set_nobody_owes", **params), language=lang), *her]
    answer = t(lang, "payment_note_set_told", count=len(told), **params)
    return [Reply(text=answer, language=lang), *told, *her]


async def payment_note_told(ctx: Context, group_buy: GroupBuy) -> list[Reply]:
    """A payment note set after the close, told privately to each buyer whose order still waits for
    payment (in their own language), since the orders already sent do not say it. Not to one who
    reported paying the whole (the organiser is confirming it) nor for a 代报 guest (the organiser
    collects); one who reported short, or of whom the organiser received part, is told with her gap."""
    assert group_buy.id is not None
    owing = [o for o in await ctx.uow.collecting.owing(group_buy.id) if not is_guest(o.buyer_id)]
    if not owing:
        return []
    ids = {o.order_id for o in owing}
    made = await ctx.uow.orders.for_group_buy(group_buy.id)
    orders = {order.id: order for order in made if order.id in ids}
    owing = [
        o for o in owing if not o.reported or (o.order_id in orders and orders[o.order_id].reported_short)
    ]
    # each buyer's language as their order at the close spoke: their own, else the group's they ordered
    # in (帮卖: a help-selling group's, never the organiser's group's)
    langs = await order_languages(ctx.uow, ctx.request.platform, group_buy, list(orders.values()), ctx.memo)
    terms = group_buy.terms
    online = payable_online(terms.currency, provider=ctx.config.online_payment)
    told = []
    for owed in owing:
        lang = langs[owed.buyer_id]
        params = {
            "organiser": group_buy.organiser_name,
            "order": owed.number,
            "title": terms.title,
            "total": format_money(owed.total, owed.currency),
            "note": terms.payment_note,
        }
        order = orders.get(owed.order_id)
        gap = 0 if order is None else order.reported_short or order.total - order.received_part
        if order is not None and gap != order.total:  # reported short, or part received: what is left
            text = t(lang, "payment_note_told_gap", gap=format_money(gap, owed.currency), **params)
        elif online and order is not None and within_limits(order.total, order.currency):
            # its order has a Pay button and a pay-by time: either way, and what a report changes
            pay_by = format_deadline(order.due_at(ctx.config.pay_within), ctx.tz, lang)
            text = t(lang, "payment_note_told_online", deadline=pay_by, **params)
        else:  # its order already said to pay the organiser and send /ipaid
            text = t(lang, "payment_note_told", **params)
        told.append(Reply(text=text, private_to=owed.buyer_id, language=lang))
    return told
