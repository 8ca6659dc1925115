"""Share to earn in the chat: `/share` (分享) gives a member their own link or code to a group buy, a code
typed by a friend (`团12-K7QM`, `+1 团12-K7QM 3号楼`) opens or joins it and records the visit, and the
organiser's `/commission 5%` (佣金 5%) sets what a sharer earns.

Where a code reaches (chat isolation, `commerce.domain.reach`): typed in the group buy's own chat it is
a visit and, with `+1`, a join there; typed in a private chat with the bot it is what a Telegram link
is, the card in that private chat (its buttons signed for the friend) and, with `+1`, a join from
there; typed in any other group it records nothing and says where the group buy runs, and that the
code works in a private chat with the bot. A code the bot did not give is answered as one that does
not exist. Attribution itself is decided at the close (`commerce.domain.attribution`).
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime

from commerce.domain import share_codes
from commerce.domain.commission import MAX_RATE_BP, CommissionRates, percent
from commerce.domain.errors import DomainError, NotFound
from commerce.domain.group_buy import GroupBuy, GroupBuyStatus, Participant
from commerce.domain.listings import Listing
from commerce.domain.member import identity
from commerce.domain.money import format_money
from commerce.domain.share_codes import ShareCode
from commerce.domain.sharing import card_signature
from commerce.ports import UnitOfWorkFactory
from commerce.services import attribution as service
from commerce.services import group_buys as group_buy_service
from commerce.services import listings
from commerce.services.payouts import PayoutRules
from handlers import (
    earnings,
    group_buys,
    last_opened,
    options,
    organiser_told,
    private_set_to,
    settings,
    sharing,
    waiting,
)
from handlers.cards import card_update
from handlers.chat_names import title_of, titles
from handlers.context import Context
from handlers.fit import clip
from handlers.texts import refusal_text, share_code_shown, t
from handlers.texts import units as unit_texts
from handlers.their_groups import their_chat
from handlers.types import SHARE_CODE, Reply

TELEGRAM = "telegram"
SHARES_LISTED = 5  # open group buys a bare `分享` in a private chat gives codes for, newest first
SHARE_TOPICS = frozenset({"share", "分享", "sharing", "佣金", "commission"})
# `5%`, `5`, `2.5%`, `0`, `#12 5%`, `5% #12`
_RATE = re.compile(
    r"^(?:#\s*(?P<id>\d{1,12})\s+)?(?P<rate>\d{1,3}(?:\.\d{1,2})?)\s*%?(?:\s*#\s*(?P<id2>\d{1,12}))?$"
)

# A group buy named (`#6 …`, `… #6`) before or after a rate that is not one (`-5%`, `abc`)
_NAMED_WITH_WRONG_RATE = re.compile(r"^#\s*(?P<id>\d{1,12})(?:\s|$)|\s#\s*(?P<id2>\d{1,12})$")
_ONLY_NAMED = re.compile(r"#\s*\d{1,12}")
_SIGNED_RATE = re.compile(r"(?:^|\s)[-−]\s*\d{1,3}(?:\.\d{1,2})?\s*%?(?=\s|$)")


async def share(ctx: Context) -> list[Reply]:
    """分享 / `/share #12`: the member's own link (Telegram) or code (everywhere) to a group buy of this
    chat; in a private chat, to one of her groups' (`handlers.their_groups`: its group, one that
    help-sells it, or one she is on); there with no number, those of the open group buys of her groups
    (`_in_her_groups`)."""
    if ctx.is_private and ctx.command.group_buy_id is None:
        return await _in_her_groups(ctx)
    sold_beside: list[GroupBuy] = []  # a bare `分享` in a group: the sold-out ones open beside it
    group_buy: GroupBuy | None = None
    if not ctx.is_private and ctx.command.group_buy_id is None:
        every, group_buy, sold_beside = await _sold_out_here(ctx)
        if every is not None:
            return every
    if group_buy is None:
        group_buy = await _own_chats(ctx, passed_over=sold_beside)
    lang = await ctx.lang(group_buy)
    if not group_buy.is_open:  # nothing to share: not "nothing was changed", a share changes nothing
        raise DomainError("share_group_buy_ended", id=group_buy.id, title=group_buy.terms.title)
    assert group_buy.id is not None
    if await group_buy_service.sold_out_now(ctx.uow, group_buy):  # rep79 #5: a code would earn nothing
        numbered = ctx.is_private or ctx.command.group_buy_id is not None
        again = t(lang, "share_again_numbered", id=group_buy.id) if numbered else t(lang, "share_again")
        return sold_out_answer(ctx, group_buy, lang, again)
    here = await their_chat(ctx, group_buy) if ctx.is_private else ctx.request.chat_id
    link, code = await _shared(ctx, group_buy, here)
    title = group_buy.terms.title
    shown = share_code_shown(lang, code.label)  # English: `12-K7QM` (no 团 on the keyboard)
    if link:
        text = t(lang, "share_link", id=group_buy.id, title=title, link=link, code=shown, plain=code.plain)
    else:
        text = t(lang, "share_code", id=group_buy.id, title=title, code=shown, plain=code.plain)
    sells = await sells_here(ctx, group_buy, here)
    # read privately: her 帮卖 group by name, never "this group"
    said = ctx.request.chat_title if here == ctx.request.chat_id else None
    chat = (await title_of(ctx.uow, here, said=said) if sells and here else None) or ""
    earns = earns_line(
        group_buy,
        ctx.request.user_id,
        lang,
        help_sells=await help_sells(ctx, group_buy),
        sells_here=sells,
        chat=chat,
    )
    if earns:
        text = t(lang, "share_then_earns", first=text, second=earns)  # on a line of its own
    if sold_beside:  # the sold-out ones beside it: named, no code for them
        text = t(lang, "share_then_earns", first=text, second=_sold_beside(lang, sold_beside))
    if ctx.is_private and not sells:  # her code from the group she help-sells it in is another, at its rate
        for elsewhere in await _her_listings(ctx, group_buy):
            text = t(
                lang,
                "share_then_earns",
                first=text,
                second=await _listing_code(ctx, group_buy, elsewhere, lang),
            )
    if not ctx.is_private:  # her own link or code is hers: privately, as the card's Share button sends it
        me = ctx.request.user_id
        said = "share_sent_privately" if link else "share_code_sent_privately"  # elsewhere: a code alone
        note = t(lang, said, name=ctx.request.display_name)
        return [
            Reply(text=note, language=lang, says_sent_to=me),
            Reply(text=text, private_to=me, language=lang, extra={SHARE_CODE: str(group_buy.id)}),
        ]
    return [Reply(text=text, language=lang)]


def sold_out_answer(ctx: Context, group_buy: GroupBuy, lang: str, again: str) -> list[Reply]:
    """A share (`分享`, `分享笔记 3`) of a sold-out group buy: no code, and `again` what to send once some
    comes free; commission named only where it pays sharers (or help-sellers) a rate (rep83 #7). Typed in
    a group it goes privately, as a share's code does, the group reading one line."""
    pays = group_buy.sharer_rate_bp > 0 or (group_buy.help_sell_rate_bp > 0 and bool(group_buy.listings))
    key = "share_sold_out_paid" if pays else "share_sold_out_unpaid"
    text = t(lang, key, id=group_buy.id, title=group_buy.terms.title, again=again)
    return _privately(ctx, text, lang)


def _privately(ctx: Context, text: str, lang: str) -> list[Reply]:
    """`text` to the member: in a group, privately, the group reading `share_answered_privately`."""
    if ctx.is_private:
        return [Reply(text=text, language=lang)]
    me = ctx.request.user_id
    note = t(lang, "share_answered_privately", name=ctx.request.display_name)
    return [Reply(text=note, language=lang, says_sent_to=me), Reply(text=text, private_to=me, language=lang)]


async def _sold_out_here(ctx: Context) -> tuple[list[Reply] | None, GroupBuy | None, list[GroupBuy]]:
    """A bare `分享` in a group with two or more open group buys (its own and those it help-sells, 帮卖)
    some of them sold out. All sold out: each named (newest first), privately, no code (rep83 #7: only
    the one she was on was named). Only one not sold out: that one to share (never the sold-out one she
    is on), with the sold-out ones to name beside its code. Several not: None to share (the group buy
    `find` picks among them), with the sold-out ones; none sold out: (None, None, [])."""
    open_here = await ctx.uow.group_buys.open_in_chat(ctx.request.chat_id)
    if len(open_here) < 2:
        return None, None, []
    sold = [found for found in open_here if await group_buy_service.sold_out_now(ctx.uow, found)]
    takers = [found for found in open_here if found not in sold]
    newest = sorted(sold, key=lambda found: found.id or 0, reverse=True)
    if takers:
        return None, takers[0] if len(takers) == 1 else None, newest
    lang = await ctx.lang(newest[0])
    items = t(lang, "list_separator").join(
        t(lang, "share_sold_out_item", id=found.id, title=found.terms.title) for found in newest
    )
    chat = await title_of(ctx.uow, ctx.request.chat_id, said=ctx.request.chat_title)
    where = chat or t(lang, "share_open_your_group")
    text = t(lang, "share_sold_out_all_here", count=len(newest), chat=where, items=items)
    return _privately(ctx, text, lang), None, []


def _sold_beside(lang: str, sold: list[GroupBuy]) -> str:
    """The line after a bare `分享`'s code naming the sold-out group buys open beside it (no code)."""
    items = t(lang, "list_separator").join(
        t(lang, "share_sold_out_item", id=found.id, title=found.terms.title) for found in sold
    )
    return t(lang, "share_sold_out_beside" if len(sold) == 1 else "share_sold_out_beside_many", items=items)


async def share_message(
    uow_factory: UnitOfWorkFactory,
    *,
    secret: str,
    group_buy_id: int,
    chat_id: str,
    sharer_id: str,
    link: str,
    lang: str,
    now: datetime,
) -> str | None:
    """What the card's Share button sends her privately (Telegram): what typed `分享` says, her link to
    the product by name, her code and how friends use it, and what sharing it earns (its rate, or that it
    earns nothing), her code stored as `分享` stores it (shared from a group that help-sells it, 帮卖: that
    listing's). None when the group buy is not of that chat."""
    async with uow_factory() as uow:
        group_buy = await uow.group_buys.get(group_buy_id)
        listing = None if group_buy is None else await listings.reaches(uow, group_buy, chat_id)
        if group_buy is None or (group_buy.chat_id != chat_id and listing is None):
            return None
        listing_id = None if listing is None else listing.id
        code = await service.share_code(
            uow, group_buy, sharer_id, secret=secret, now=now, listing_id=listing_id
        )
        sells = listing is not None and listing.seller_id == sharer_id != group_buy.organiser_id
        sells_other = group_buy.sharer_rate_bp <= 0 and await uow.notes.help_sells(group_buy_id, sharer_id)
        await uow.commit()
    shown = share_code_shown(lang, code.label)
    title = group_buy.terms.title
    text = t(lang, "share_link", id=group_buy_id, title=title, link=link, code=shown, plain=code.plain)
    chat = (await titles(uow, [chat_id])).get(chat_id, "") if sells else ""
    earns = earns_line(group_buy, sharer_id, lang, help_sells=sells_other, sells_here=sells, chat=chat)
    return t(lang, "share_then_earns", first=text, second=earns) if earns else text


async def sells_here(ctx: Context, group_buy: GroupBuy, here: str | None) -> bool:
    """Whether the member is the help-seller (帮卖) of the listing in chat `here`: her code there joins
    her listing, whose orders earn her the help-sell rate, not the sharer's."""
    listing = None if here is None else await listings.reaches(ctx.uow, group_buy, here)
    return listing is not None and listing.seller_id == ctx.request.user_id != group_buy.organiser_id


async def _shared(ctx: Context, group_buy: GroupBuy, here: str | None) -> tuple[str, ShareCode]:
    """The member's link (Telegram; "" elsewhere) and code to the group buy, shared from chat `here`
    (one that lists it, 帮卖: that listing's link and code)."""
    assert group_buy.id is not None
    secret = ctx.config.payment_secret
    listing = None if here is None else await listings.reaches(ctx.uow, group_buy, here)
    listing_id = None if listing is None else listing.id  # shared from a 帮卖 group: that group's code
    code = await service.share_code(
        ctx.uow, group_buy, ctx.request.user_id, secret=secret, now=ctx.now, listing_id=listing_id
    )
    if ctx.request.platform != TELEGRAM:
        return "", code
    payload = sharing.share_payload(group_buy.id, ctx.request.user_id, secret, listing_id=listing_id)
    return f"https://t.me/{ctx.config.bot_username}?start={payload}", code


async def _in_her_groups(ctx: Context) -> list[Reply]:
    """`分享` alone in a private chat: the open group buys of the groups the member is in (their own and
    those they help-sell), newest first, at most `SHARES_LISTED`, each with its group, number, product
    and her link or code as `分享 #12` gives it, and how to get the rest; none open: said, and how to
    share. A sold-out one gets no code (a friend could buy none, as `分享 #12` says): named apart after
    the list, without one; all of them sold out: said so, no code at all."""
    lang = await ctx.lang()
    member = ctx.request.user_id
    found = await _open_in_her_groups(ctx, joined=True)  # and those she is on (joined by a link)
    if not found:
        return [Reply(text=t(lang, "share_open_none"), language=lang)]
    shown: list[tuple[GroupBuy, str]] = []
    sold: list[tuple[GroupBuy, str]] = []
    for group_buy, here in found:
        (sold if await group_buy_service.sold_out_now(ctx.uow, group_buy) else shown).append(
            (group_buy, here)
        )
    unnamed = max(len(sold) - SHARES_LISTED, 0)  # past the 5 named: counted, never left out in silence
    sold = sold[:SHARES_LISTED]
    names = await titles(ctx.uow, [here for _, here in shown[:SHARES_LISTED] + sold])
    items = ""
    if sold:
        items = t(lang, "list_separator").join(
            t(
                lang,
                "share_open_sold_out_item",
                chat=names.get(here) or t(lang, "share_open_your_group"),
                id=group_buy.id,
                title=group_buy.terms.title,
            )
            for group_buy, here in sold
        )
        if unnamed:
            items += t(lang, "share_open_sold_out_more", count=unnamed)
    if not shown:  # every one sold out: no code at all
        return [Reply(text=t(lang, "share_open_all_sold_out", items=items), language=lang)]
    lines = [t(lang, "share_open_head")]
    for group_buy, here in shown[:SHARES_LISTED]:
        link, code = await _shared(ctx, group_buy, here)
        chat = names.get(here) or t(lang, "share_open_your_group")
        said = {
            "chat": chat,
            "id": group_buy.id,
            "title": group_buy.terms.title,
            "code": share_code_shown(lang, code.label),
        }
        line = t(lang, "share_open_link", link=link, **said) if link else t(lang, "share_open_code", **said)
        if group_buy.organiser_id != member:  # what sharing it earns her: its rate, or nothing
            rate = group_buy.sharer_rate_bp
            if await sells_here(ctx, group_buy, here):  # 帮卖: her group's orders earn her its rate
                if group_buy.help_sell_rate_bp > 0:
                    line += t(lang, "share_open_earns_helpsell", rate=percent(group_buy.help_sell_rate_bp))
            elif rate > 0:
                line += t(lang, "share_open_earns", rate=percent(rate))
            elif not await help_sells(ctx, group_buy):
                line += t(lang, "share_open_earns_none")
        lines.append(line)
        if not await sells_here(ctx, group_buy, here):  # her 帮卖 group's own code, at its rate, beside it
            for listing in await _her_listings(ctx, group_buy):
                code = await _code_in(ctx, group_buy, listing)
                chat = await title_of(ctx.uow, listing.chat_id) or t(lang, "share_open_your_group")
                shown_code = share_code_shown(lang, code.label)
                helpsell = percent(group_buy.help_sell_rate_bp)
                listed = t(
                    lang,
                    "share_open_code",
                    chat=chat,
                    id=group_buy.id,
                    title=group_buy.terms.title,
                    code=shown_code,
                )
                lines.append(listed + t(lang, "share_open_earns_helpsell", rate=helpsell))
    if sold:  # named, without a code
        lines.append(t(lang, "share_open_sold_out", items=items))
    lines.append(t(lang, "share_open_tail"))
    if len(shown) > SHARES_LISTED:
        lines.append(t(lang, "share_open_more", count=len(shown) - SHARES_LISTED))
    return [Reply(text="\n".join(lines), language=lang)]


async def _her_listings(ctx: Context, group_buy: GroupBuy) -> list[Listing]:
    """The listings (帮卖) of this group buy the member sells in her groups, at a help-sell rate."""
    if group_buy.id is None or not group_buy.listings or group_buy.help_sell_rate_bp <= 0:
        return []
    if group_buy.organiser_id == ctx.request.user_id:
        return []
    found = await ctx.uow.listings.of_group_buy(group_buy.id)
    return [
        listing for listing in found if listing.seller_id == ctx.request.user_id and listing.id is not None
    ]


async def _listing_code(ctx: Context, group_buy: GroupBuy, listing: Listing, lang: str) -> str:
    """`/share #3` in private from a help-seller: her code in the group she help-sells it in, `团3-3CUS`,
    which earns her the help-sell rate there (the code above earns the sharer's)."""
    code = await _code_in(ctx, group_buy, listing)
    chat = await title_of(ctx.uow, listing.chat_id) or t(lang, "share_open_your_group")
    rate = percent(group_buy.help_sell_rate_bp)
    return t(
        lang, "share_code_helpselling_group", chat=chat, code=share_code_shown(lang, code.label), rate=rate
    )


async def _code_in(ctx: Context, group_buy: GroupBuy, listing: Listing) -> ShareCode:
    """The member's code in the group that lists the group buy (帮卖): its orders earn her its rate."""
    secret = ctx.config.payment_secret
    return await service.share_code(
        ctx.uow, group_buy, ctx.request.user_id, secret=secret, now=ctx.now, listing_id=listing.id
    )


def earns_line(
    group_buy: GroupBuy,
    member_id: str,
    lang: str,
    *,
    help_sells: bool = False,
    sells_here: bool = False,
    chat: str = "",
) -> str:
    """What a member's share earns them: the rate, except for its organiser, who earns no commission on
    her own group buy (`commerce.domain.commission`): she is told so, and what the members who share it
    earn. A group buy paying sharers nothing: said to a member (never "share and earn"), "" to her and
    to one who help-sells it (`help_sells`, 帮卖: his group's lines earn him its help-sell rate).
    `sells_here`: she help-sells it in the chat she shares it from: its help-sell rate, what she earns
    (her code there joins her listing), never the sharer's; `chat`: that group's name."""
    if sells_here and member_id != group_buy.organiser_id:
        if group_buy.help_sell_rate_bp <= 0:
            return ""
        where = chat or t(lang, "share_open_your_group")  # read privately: by name, not "this group"
        return t(lang, "share_earns_helpseller", chat=where, rate=percent(group_buy.help_sell_rate_bp))
    if group_buy.sharer_rate_bp <= 0:
        if member_id == group_buy.organiser_id or help_sells:
            return ""
        return t(lang, "share_earns_none", id=group_buy.id, title=group_buy.terms.title)
    rate = percent(group_buy.sharer_rate_bp)
    if member_id == group_buy.organiser_id:
        return t(lang, "share_earns_not_organiser", rate=rate)
    return t(lang, "share_earns", rate=rate)


async def help_sells(ctx: Context, group_buy: GroupBuy) -> bool:
    """Whether the member help-sells (帮卖) this group buy with no sharer rate: not told sharing it earns
    nothing (his group's lines earn him the help-sell rate). Not asked when it has a sharer rate."""
    if group_buy.sharer_rate_bp > 0 or group_buy.id is None:
        return False
    return await ctx.uow.notes.help_sells(group_buy.id, ctx.request.user_id)


async def _own_chats(ctx: Context, *, passed_over: Sequence[GroupBuy] = ()) -> GroupBuy:
    if not ctx.is_private:
        here = await group_buy_service.find(
            ctx.uow,
            chat_id=ctx.request.chat_id,
            group_buy_id=ctx.command.group_buy_id,
            member=ctx.request.user_id,
        )
        if any(here.id == sold.id for sold in passed_over):  # hers is sold out, others are not: asked
            return await group_buy_service.find(ctx.uow, chat_id=ctx.request.chat_id, group_buy_id=None)
        return here
    group_buy_id = ctx.command.group_buy_id
    if group_buy_id is None:
        raise DomainError("share_usage")
    found = await ctx.uow.group_buys.get(group_buy_id)
    if found is None or await their_chat(ctx, found) is None:  # none of her groups': as if not there
        raise NotFound("share_private_not_found", id=group_buy_id)
    return found


async def open_code(ctx: Context) -> list[Reply]:
    """`团12-K7QM` typed alone: the group buy's card (here, or a copy in a private chat: the card of the
    group it was shared in, 帮卖), the visit recorded for its sharer."""
    code = _code(ctx)
    if not ctx.is_private and not await _given_here(ctx, code):  # `6-pack` alone: talk
        return []
    group_buy, listing = await _reached(ctx, code)
    if not ctx.is_private:  # its own chat, or one that lists it (帮卖)
        ctx.command = replace(ctx.command, name="status", group_buy_id=group_buy.id)
        return await group_buys.status(ctx)
    assert group_buy.id is not None
    listing_id = None if listing is None else listing.id
    await last_opened.remember(ctx, group_buy.id, listing_id)  # the card there says `+1`: it joins this one
    return [await sharing.private_card(ctx, group_buy, await ctx.lang(group_buy), listing)]


async def join_with_code(ctx: Context) -> list[Reply]:
    """`+1 团12-K7QM`, `+2 团12-K7QM 3号楼`: the visit recorded, then the join, as `+1` in the group buy's
    chat or as the Join button of the card the code opens in a private chat."""
    code = _code(ctx)
    credited_before, hers = await _credited_before(ctx, code)
    group_buy, listing = await _reached(ctx, code)
    signature = ""
    if ctx.is_private:  # signed as the button of the card the code opens there (its group's, 帮卖)
        listing_id = None if listing is None else listing.id
        secret = ctx.config.payment_secret
        signature = card_signature(code.group_buy_id, ctx.request.user_id, secret, listing_id=listing_id)
        await last_opened.remember(ctx, code.group_buy_id, listing_id)
    ctx.command = replace(ctx.command, name="join", group_buy_id=group_buy.id, rest="", signature=signature)
    try:
        replies = await group_buys.join(ctx)
    except DomainError as refusal:
        held = await _sold_out_holding(ctx, refusal, group_buy, hers)
        if held is not None:
            raise held from refusal
        raise await _example_keeps_code(ctx, refusal, code) from refusal
    return replies + await _whose_credit(ctx, group_buy, listing, code, credited_before)


async def _credited_before(
    ctx: Context, code: ShareCode
) -> tuple[tuple[bool, str | None], list[Participant]]:
    """Whether the member is on the code's group buy's list already, and whom her order there is
    credited to (her first line decided it: `commerce.domain.attribution`), read before this code's
    visit is recorded; (False, None): not on it yet; (True, None): on it, nobody's. With it, her lines
    there as read (a sold-out answer says what she holds: `_sold_out_holding`)."""
    group_buy = await ctx.uow.group_buys.get(code.group_buy_id)
    buyer = ctx.request.user_id
    lines = [] if group_buy is None else await ctx.uow.group_buys.lines_of(code.group_buy_id, buyer)
    if group_buy is None or not lines:
        return (False, None), lines
    window = ctx.config.attribution_window
    return (True, await service.credited(ctx.uow, group_buy, buyer, now=ctx.now, window=window)), lines


# the answers of a sold-out join offering a wait (`handlers.waiting.offer_waiting`), her own line's
_WAIT_OFFERS = frozenset(
    {
        "sold_out_waitlist",
        "sold_out_waitlist_at",
        "sold_out_waitlist_option",
        "sold_out_waitlist_option_at",
        "sold_out_whole_waitlist_option",
        "sold_out_whole_waitlist_option_at",
        "sold_out_shared_waitlist_option",
        "sold_out_shared_waitlist_option_at",
        "sold_out_options_waitlist",
        "sold_out_options_waitlist_at",
    }
)


async def _sold_out_holding(
    ctx: Context, refusal: DomainError, group_buy: GroupBuy, hers: list[Participant]
) -> DomainError | None:
    """`+1 团5-46CB` on a sold-out group buy from one holding a line of it already (rep79 #4): what she
    holds said before how to wait (`你已经跟了 1 × 芒果（#5）。抱歉，芒果 已经卖完了…`), so she knows the
    code added nothing and that her line stands; None: any other refusal, or no line of her own (her
    lines were read already for the code's credit: no read added)."""
    own = [line for line in hers if not line.friend and line.quantity > 0]
    if refusal.code not in _WAIT_OFFERS or not own:
        return None
    lang = await ctx.lang(group_buy)
    held = t(lang, "list_separator").join(
        unit_texts.items(lang, line.quantity, options.line_title(group_buy, line), group_buy.terms.unit)
        for line in own
    )
    answer = refusal_text(lang, refusal)
    return DomainError("sold_out_holding", held=held, id=group_buy.id, answer=answer)


async def _whose_credit(
    ctx: Context,
    group_buy: GroupBuy,
    listing: Listing | None,
    code: ShareCode,
    credited: tuple[bool, str | None],
) -> list[Reply]:
    """After a join with a code that earns its sharer nothing, one line saying why (review 76): her own
    code (`share_code_own`), a second friend's on a group buy whose order is already another sharer's
    (`share_code_credited_before`, naming that sharer), or any friend's from one on the list before she
    opened any (`share_code_joined_before`: commission goes on first joins only); nothing else changes.
    The organiser's own order is nobody's: her use of a code is not told."""
    if listing is not None or not group_buy.sharer_rate_bp:  # 帮卖 codes earn by the group: not these
        return []
    held = await ctx.uow.attribution.member_of_code(code.group_buy_id, code.code)
    sharer = None if held is None else share_codes.held_by(held)[0]
    lang = await ctx.lang(group_buy)
    buyer = ctx.request.user_id
    on_list, before = credited
    if sharer == buyer:
        return [Reply(text=t(lang, "share_code_own"), language=lang)]
    if sharer is None or buyer == group_buy.organiser_id:
        return []
    if on_list and before is None:  # on the list before any code: her order is nobody's
        name = await ctx.uow.members.name_of(identity(ctx.request.platform, sharer)) or sharer
        said = t(lang, "share_code_joined_before", name=name, id=group_buy.id)
        return [Reply(text=said, language=lang)]
    if before is None or before == sharer:
        return []
    name = await ctx.uow.members.name_of(identity(ctx.request.platform, before)) or before
    return [Reply(text=t(lang, "share_code_credited_before", name=name), language=lang)]


async def _example_keeps_code(ctx: Context, refusal: DomainError, code: ShareCode) -> DomainError:
    """A refused join made with a code whose example is a join naming its group buy (`+1 团1-9WFB 要2份`:
    `+2 #1`) names the code instead (`+2 团1-9WFB`): in private `+2 #1` is refused, and anywhere it would
    drop the sharer's credit. A note's other count gets the one form to send (`join_note_count_form`)."""
    at = refusal.params.get("at")
    named = f" #{code.group_buy_id}"
    if refusal.code in ("option_which", "option_which_private"):  # `+2 #1 大盒`: `+2 团1-9WFB 大盒`
        lang = await ctx.lang(guess=ctx.command.about_group_buy)
        example = str(refusal.params["example"]).removeprefix(f"#{code.group_buy_id} ")
        refusal.params["example"] = f"{share_code_shown(lang, code.label)} {example}"
        return refusal
    if not isinstance(at, str) or not (at == named or at.startswith(f"{named} ")):
        return refusal
    lang = await ctx.lang(guess=ctx.command.about_group_buy)
    refusal.params["at"] = f" {share_code_shown(lang, code.label)}{at.removeprefix(named)}"
    if refusal.code != "join_note_count":
        return refusal
    said = refusal.params
    return DomainError(
        "join_note_count_form",
        count=said["count"],
        before=said["before"],
        said=said["said"],
        unit=said["unit"],
        option=said["option"],
        note="",
        at=said["at"],
    )


async def _given_here(ctx: Context, code: ShareCode) -> bool:
    """Whether a code typed in a group is one: as shown (`4-TPC8`, `团4-tpc8`: answered, unknown or not),
    or in lower case without 团 (`4-tpc8`) a code given for a group buy of this chat (or listed here,
    帮卖); else that was a word (`6-pack`)."""
    if share_codes.find(ctx.request.text) is not None:
        return True
    if await ctx.uow.attribution.member_of_code(code.group_buy_id, code.code) is None:
        return False
    group_buy = await ctx.uow.group_buys.get(code.group_buy_id)
    here = ctx.request.chat_id
    if group_buy is None:
        return False
    return group_buy.chat_id == here or await listings.reaches(ctx.uow, group_buy, here) is not None


async def code_in_note(ctx: Context) -> list[Reply] | None:
    """`+1 4-tpc8` in a group: a word of the note that is, in any case, a share code given for a group buy
    of this chat (or listed here, 帮卖) is that code, as `+1 4-TPC8` (the visit recorded: the sharer's
    credit), the rest of the note kept; None when it is none (`+1 6-pack` stays a note), the join naming
    another group buy (`+1 #3 4-tpc8`) or in a private chat (read there in any case already)."""
    command = ctx.command
    if ctx.is_private or command.tap or not command.note:
        return None
    found = share_codes.find(command.note, any_case=True)
    if found is None:
        return None
    code, rest = found
    if command.group_buy_id not in (None, code.group_buy_id) or not await _given_here(ctx, code):
        return None  # `+1 #3 4-tpc8`; no such code given here: a word of the note (`+1 6-pack`)
    ctx.command = replace(
        command, name="share_join", group_buy_id=code.group_buy_id, rest=code.code, note=rest
    )
    return await join_with_code(ctx)


async def join(ctx: Context) -> list[Reply]:
    """`+1`, `我要两份`: in a group, its group buy; typed bare in a private chat, the group buy whose card a
    share code (or link) opened there lately, as its Join button (`handlers.last_opened`)."""
    try:
        await _through_opened(ctx)
    except DomainError as refusal:
        if refusal.code == "private_join_needs_code":  # her groups' open ones named: where to send +1
            named = await _joinable_in_her_groups(ctx)
            if named is not None:
                return named
        return await _to_a_stranger(ctx, refusal)
    return await group_buys.join(ctx)


async def _open_in_her_groups(ctx: Context, *, joined: bool = False) -> list[tuple[GroupBuy, str]]:
    """The open group buys of the groups the member is in (their own and those they help-sell), newest
    first, each with the chat she would join it in; `joined`: and those she is on wherever they run (she
    joined one with a friend's code in private, never a member of its group: hers to share on)."""
    found: dict[int, GroupBuy] = {}
    member = identity(ctx.request.platform, ctx.request.user_id)
    for chat in sorted(await ctx.uow.follows.member_chats(member)):
        for group_buy in await ctx.uow.group_buys.open_in_chat(chat):
            if group_buy.id is not None and group_buy.is_open:
                found.setdefault(group_buy.id, group_buy)
    for group_buy_id in (
        await ctx.uow.views.open_joins_of(ctx.request.user_id, limit=SHARES_LISTED * 4) if joined else ()
    ):
        on = found.get(group_buy_id) or await ctx.uow.group_buys.get(group_buy_id)
        if on is not None and on.is_open:
            found.setdefault(group_buy_id, on)
    shown: list[tuple[GroupBuy, str]] = []
    for group_buy_id in sorted(found, reverse=True):
        here = await their_chat(ctx, found[group_buy_id])  # as `分享 #12` finds it: its group first
        if here is not None:
            shown.append((found[group_buy_id], here))
    return shown


async def _joinable_in_her_groups(ctx: Context) -> list[Reply] | None:
    """A bare `+1` in private, no card opened there, from a member of groups with group buys open: those
    (at most `SHARES_LISTED`, newest first), each with its group, and that +1 is sent there (one sold
    out: said so, and the wait to send there instead, never a +1 that cannot join). None: her groups
    have none open (or she is in none)."""
    shown = await _open_in_her_groups(ctx)
    if not shown:
        return None
    lang = await ctx.lang()
    names = await titles(ctx.uow, [here for _, here in shown[:SHARES_LISTED]])
    command = ctx.command
    count = command.quantity if command.quantity and command.measured is None else 1
    several = await _asked_which(ctx, {here for _, here in shown[:SHARES_LISTED]})
    lines = [t(lang, "private_join_open_head")]
    for group_buy, here in shown[:SHARES_LISTED]:
        chat = names.get(here) or t(lang, "share_open_your_group")
        title = group_buy.terms.title
        if await group_buy_service.sold_out_now(ctx.uow, group_buy):  # 🈵: no +1 offered, the wait instead
            option = f" {group_buy.terms.options[-1].name}" if group_buy.terms.options else ""
            wait = t(lang, "private_join_open_wait", id=group_buy.id, option=option)
            lines.append(
                t(lang, "private_join_open_line_sold_out", chat=chat, id=group_buy.id, title=title, wait=wait)
            )
            continue
        join = f"+{count} #{group_buy.id}" if here in several else f"+{count}"  # as that group asks it
        lines.append(t(lang, "private_join_open_line", chat=chat, id=group_buy.id, title=title, command=join))
    if len(shown) > SHARES_LISTED:
        lines.append(t(lang, "share_open_more", count=len(shown) - SHARES_LISTED))
    lines.append(t(lang, "private_join_open_tail"))
    return [Reply(text="\n".join(lines), language=lang)]


async def _asked_which(ctx: Context, chats: set[str]) -> set[str]:
    """Those of `chats` where a bare `+1` is asked which group buy (two or more open there that are not
    sold out; with one left to join, `+1` joins it): a private `+1` names the number there, as they do."""
    asked = set()
    for chat in chats:
        open_there = await ctx.uow.group_buys.open_in_chat(chat)
        joinable = [g for g in open_there if not await group_buy_service.sold_out_now(ctx.uow, g)]
        if len(joinable) > 1:
            asked.add(chat)
    return asked


async def leave(ctx: Context) -> list[Reply]:
    """`-1`, `退出`: as `join`, in a private chat the group buy opened there lately."""
    try:
        await _through_opened(ctx)
    except DomainError as refusal:
        if ctx.command.named_first and not ctx.command.friend:  # `温度 -1` in private: not understood
            return await settings.help_hint(ctx)
        if refusal.code == "private_leave_needs_code" and not ctx.command.set_to:  # where her lines are
            return await _her_lines_to_leave(ctx)
        return await _to_a_stranger(ctx, refusal)
    return await group_buys.leave(ctx)


async def _her_lines_to_leave(ctx: Context) -> list[Reply]:
    """A bare `-1` in private, no card opened there (rep102 #8: told only how to leave): each line she
    holds on an open group buy (her groups', or one she joined by a code), with its group and the leave
    to send there (`「fam」的 #1 月饼 豆沙 ×1：在群里发 -1 #1 豆沙`), then each of their waiting lists she is
    on, with her place and how to stop waiting (`取消候补 #1`); holding none and waiting for none, that
    she holds none, nothing to leave. A member whose language nothing tells reads both languages."""
    open_ones = await _open_in_her_groups(ctx, joined=True)
    held: list[tuple[GroupBuy, str, Participant]] = []
    for group_buy, here in open_ones:
        assert group_buy.id is not None
        for line in await ctx.uow.group_buys.lines_of(group_buy.id, ctx.request.user_id):
            if line.quantity > 0:
                held.append((group_buy, here, line))
    chat_of = {group_buy.id: here for group_buy, here in open_ones}
    waits = await waiting.places_among(ctx, [group_buy for group_buy, _ in open_ones])
    chats = [here for _, here, _ in held] + [chat_of[group_buy.id] for group_buy, _, _ in waits]
    names = await titles(ctx.uow, list(dict.fromkeys(chats)))

    def said(lang: str) -> str:
        if not held and not waits:
            return t(lang, "private_leave_nothing_held")
        lines = [t(lang, "private_leave_held_head" if held else "private_leave_only_waiting_head")]
        for group_buy, here, line in held[:SHARES_LISTED]:
            friend = t(lang, "private_leave_held_friend", friend=line.friend) if line.friend else ""
            command = " ".join(part for part in (f"-1 #{group_buy.id}", line.option, friend) if part)
            what = " ".join(part for part in (group_buy.terms.title, line.option, friend) if part)
            quantity = unit_texts.times(line.quantity, group_buy.terms.unit, lang)
            chat = names.get(here) or t(lang, "share_open_your_group")
            lines.append(
                t(lang, "private_leave_held_line", chat=chat, id=group_buy.id, what=what, held=quantity,
                  command=command)
            )  # fmt: skip
        if len(held) > SHARES_LISTED:
            lines.append(t(lang, "share_open_more", count=len(held) - SHARES_LISTED))
        if held and waits:
            lines.append(t(lang, "private_leave_waiting_head"))
        for group_buy, entry, position in waits[:SHARES_LISTED]:
            chat = names.get(chat_of[group_buy.id]) or t(lang, "share_open_your_group")
            option = f" {entry.option}" if entry.option else ""
            quantity = unit_texts.more(lang, entry.quantity, group_buy.terms.unit)
            what = group_buy.terms.title + option
            lines.append(
                t(
                    lang,
                    "private_leave_waiting_line",
                    chat=chat,
                    id=group_buy.id,
                    what=what,
                    quantity=quantity,
                    position=position,
                    option=option,
                )
            )
        if len(waits) > SHARES_LISTED:
            lines.append(t(lang, "share_open_more", count=len(waits) - SHARES_LISTED))
        lines.append(t(lang, "private_leave_held_tail" if held else "private_leave_waiting_tail"))
        return "\n".join(lines)

    if ctx.command.lang is None and await ctx.known_language() is None:  # as `_to_a_stranger`
        return [Reply(text="\n\n".join(said(lang) for lang in ("zh", "en")))]
    lang = await ctx.lang()
    return [Reply(text=said(lang), language=lang)]


async def _to_a_stranger(ctx: Context, refusal: DomainError) -> list[Reply]:
    """A bare `+1` / `-1` typed in private by someone whose language nothing tells (no words in it, no
    `/lang`, no app language, no group seen): told in both languages rather than guessed in one."""
    if ctx.command.lang is not None or await ctx.known_language() is not None:
        raise refusal
    both = "\n\n".join(t(lang, refusal.code, **refusal.params) for lang in ("zh", "en"))
    return [Reply(text=both)]


async def _through_opened(ctx: Context) -> None:
    """A join or leave typed in a private chat names the group buy opened there (signed as the card's
    button); with none opened lately, it is told to add the code: a private chat has no group buy."""
    command = ctx.command
    if not ctx.is_private or command.tap or command.signature:
        return
    mine = await private_set_to.the_one(ctx) if command.set_to else None
    if mine is not None:  # `make it 4 jin`, `改成4斤`, `make it 4 #3`: her one open line, wherever it is
        secret = ctx.config.payment_secret
        signature = card_signature(mine.group_buy_id, ctx.request.user_id, secret, listing_id=mine.listing_id)
        ctx.command = replace(command, group_buy_id=mine.group_buy_id, signature=signature)
        return
    if command.group_buy_id is not None:  # `+1 #12` typed: refused as before (`private_join_needs_link`)
        return
    opened = await last_opened.recall(ctx)
    if opened is None and command.name == "leave":  # `-1` alone: none to leave here
        raise DomainError("private_leave_needs_code")
    if opened is None:  # `+1` alone: not "this group", there is none here
        raise DomainError("private_join_needs_code")
    secret = ctx.config.payment_secret  # the card's listing (帮卖): the line is made in its group
    signature = card_signature(opened.group_buy_id, ctx.request.user_id, secret, listing_id=opened.listing_id)
    ctx.command = replace(command, group_buy_id=opened.group_buy_id, signature=signature)


def _code(ctx: Context) -> ShareCode:
    assert ctx.command.group_buy_id is not None
    return ShareCode(ctx.command.group_buy_id, ctx.command.rest)


async def _reached(ctx: Context, code: ShareCode) -> tuple[GroupBuy, Listing | None]:
    """The group buy of a code typed here: its own chat, a chat that lists it (帮卖) or a private chat
    (the visit recorded), and the listing whose chat the code was shared in (None: the group buy's own);
    in another group, `share_code_elsewhere` (nothing recorded)."""
    visitor = ctx.request.user_id
    group_buy, _, listing = await service.open_code(ctx.uow, code, visitor_id=visitor, now=ctx.now)
    here = ctx.request.chat_id
    if ctx.is_private and listing is not None:  # its card speaks that group's language (`Context.lang`)
        ctx.listing_chat = listing.chat_id
    if group_buy.chat_id == here or ctx.is_private or await listings.reaches(ctx.uow, group_buy, here):
        return group_buy, listing
    shared_in = group_buy.chat_id if listing is None else listing.chat_id  # where the code was shared
    names = await ctx.uow.chat_names.titles([shared_in])
    lang = await ctx.lang(guess=True)  # this group's, as the refusal is answered (handlers.app)
    where = names.get(shared_in) or t(lang, "share_code_another_chat")
    if group_buy.status is not GroupBuyStatus.OPEN:  # closed (rep76 #9): said so, as its own chat says it
        raise DomainError(
            "share_code_elsewhere_closed",
            share=code.label,
            title=group_buy.terms.title,
            chat=where,
            organiser=group_buy.organiser_name,
        )
    raise DomainError("share_code_elsewhere", share=code.label, title=group_buy.terms.title, chat=where)


async def commission(ctx: Context) -> list[Reply]:
    """佣金 5% / `/commission #12 5%` (0: none): the sharer rate of a group buy, organiser or admin. A bare
    `佣金` (no slash) from someone running no group buy open here (in private: anyone) asks for her own
    commission: answered as `我的收益`."""
    rest = ctx.command.rest.strip()
    if not rest and ctx.command.group_buy_id is None and await _asks_own_commission(ctx):
        return await earnings.show_earnings(ctx)
    every = await group_buys.all_open(ctx)  # `佣金 全部 5%`: each open group buy of hers here
    if every is not None:
        return await group_buys.each_open(ctx, every, _commission)
    return await _commission(ctx)


async def _commission(ctx: Context) -> list[Reply]:
    rest = ctx.command.rest.strip()
    match = _RATE.match(rest)
    group_buy_id = ctx.command.group_buy_id
    named = None if match is None else match.group("id") or match.group("id2")
    if match is None:  # `#6 -5%`, `#6 abc`: the group buy named still, the rate refused below
        wrong = _NAMED_WITH_WRONG_RATE.match(rest)
        named = None if wrong is None else wrong.group("id") or wrong.group("id2")
    group_buy_id = int(named) if named else group_buy_id
    if match is None and _ONLY_NAMED.fullmatch(rest):  # `佣金 #2`: its rate shown, as `佣金` alone
        rest = ""
    if match is None and rest and group_buy_id is None:  # `佣金 -5%`: the rate is wrong, whichever is meant
        raise _wrong_rate(rest)
    rate_bp = None if match is None else basis_points(match.group("rate"))
    if rate_bp is not None:  # `佣金 60%`: refused with its range before asking which group buy
        try:
            CommissionRates(sharer_bp=rate_bp)
        except DomainError:
            if group_buy_id is not None:  # `佣金 #5 80%` of no #5: that it does not exist, first
                await managed(ctx, group_buy_id)
            raise
    rate = None if rate_bp is None else percent(rate_bp)  # none open here: how to name one, at her rate
    none_open = None if rate is None else DomainError("commission_none_open_here", rate=rate)
    group_buy = await managed(ctx, group_buy_id, none_open=none_open)
    lang = await ctx.lang(group_buy)
    if not rest:  # what it is now: how to change it to one who may, what sharing earns to one who may not
        return [Reply(text=await _rate_now(ctx, group_buy, lang), language=lang)]
    if rate_bp is None:
        raise _wrong_rate(rest)
    was_bp = group_buy.sharer_rate_bp
    group_buy = await service.set_sharer_rate(
        ctx.uow,
        group_buy,
        actor=ctx.request.user_id,
        is_admin=ctx.request.is_admin,
        in_chat=ctx.request.chat_id,
        rate_bp=rate_bp,
        now=ctx.now,
        window=ctx.config.attribution_window,
    )
    key = "commission_set" if rate_bp else "commission_off"
    text = t(lang, key, id=group_buy.id, title=group_buy.terms.title, rate=percent(rate_bp))
    # someone else's (a chat admin's): the organiser, who pays it, is told
    her = await organiser_told.told(ctx, group_buy, organiser_told.rate_changed(group_buy, "sharer", was_bp))
    return [Reply(text=text, language=lang), card_update(group_buy), *her]


async def _rate_now(ctx: Context, group_buy: GroupBuy, lang: str) -> str:
    """`佣金` / `佣金 #12` without a rate: to the organiser (or an admin of its own group) the rate and how
    to change it; to anyone else (a buyer, or anyone in a group that lists it, 帮卖) the rate only, with
    how sharing earns it when it does (not to the help-seller of this group: her code earns her rate)."""
    shown = percent(group_buy.sharer_rate_bp)
    request = ctx.request
    if group_buy.may_manage(request.user_id, is_admin=request.is_admin, in_chat=request.chat_id):
        return t(lang, "commission_now", id=group_buy.id, rate=shown)
    if group_buy.sharer_rate_bp and not await sells_here(ctx, group_buy, request.chat_id):
        return t(lang, "commission_now_member", id=group_buy.id, rate=shown)
    return t(lang, "commission_now_rate", id=group_buy.id, rate=shown)


async def managed(
    ctx: Context,
    group_buy_id: int | None,
    *,
    usage: DomainError | None = None,
    none_open: DomainError | None = None,
) -> GroupBuy:
    """The group buy an organiser's rate command means: in a group, this chat's (theirs when several are
    open); in private, one of their own named by number (none named: `usage`). A rate to set with none
    named in a group where none is open is refused with `none_open` (how to name one), never set on (or
    refused for) a closed one."""
    if not ctx.is_private:
        none_here = group_buy_id is None and none_open is not None
        if none_here and not await ctx.uow.group_buys.open_in_chat(ctx.request.chat_id):
            closed = await ctx.uow.group_buys.closed_in_chat(ctx.request.chat_id)
            if not any(g.organiser_id == ctx.request.user_id for g in closed):  # a buyer's: never `#12`
                raise DomainError("commission_none_open_not_organiser")  # of hers to name
            raise none_open or DomainError("commission_usage")
        return await group_buy_service.find(
            ctx.uow, chat_id=ctx.request.chat_id, group_buy_id=group_buy_id, organiser=ctx.request.user_id
        )
    if group_buy_id is None:
        raise usage or DomainError("commission_usage")
    found = await ctx.uow.group_buys.get(group_buy_id)
    if found is None or found.organiser_id != ctx.request.user_id:  # another's: as if it did not exist
        raise NotFound("group_buy_not_found", id=group_buy_id)
    return found


async def _asks_own_commission(ctx: Context) -> bool:
    """`佣金` typed alone without a slash by a member, not an organiser asking her group buy's rate."""
    if ctx.request.text.strip().startswith(("/", "／")):
        return False
    if ctx.is_private:
        return True
    return not await ctx.uow.group_buys.open_in_chat(ctx.request.chat_id, organiser=ctx.request.user_id)


def _wrong_rate(rest: str) -> DomainError:
    """A rate that cannot be set: a signed number (`-5%`) is said to be out of the range; anything else
    gets the command's form (0 to 50%, an example)."""
    signed = _SIGNED_RATE.search(rest)
    if signed is not None:
        rate = signed.group(0).replace(" ", "")
        return DomainError(
            "commission_rate_invalid",
            rate=rate if rate.endswith("%") else rate + "%",
            max=percent(MAX_RATE_BP),
        )
    word = _ONLY_NAMED.sub("", rest).strip()
    if word:  # `佣金 abc`: what was not a rate named, nothing changed (review 99 #12)
        return DomainError("commission_rate_unreadable", word=clip(word, 20))
    return DomainError("commission_usage")


def basis_points(rate: str) -> int:
    """`5` -> 500, `2.5` -> 250, `7.25` -> 725: a percentage as typed, in basis points."""
    whole, _, fraction = rate.partition(".")
    return int(whole) * 100 + int((fraction + "00")[:2])


async def share_how(ctx: Context) -> list[Reply]:
    """`how do I share this and earn?`, `怎么分享赚佣金` (handlers.ask): how to share (`/share`), the sharer's
    rate of the group buys open here (none paying: said; none open, or in private: no line; her own: what
    her sharers earn, an organiser earning none on it), and where to
    see and withdraw what it earns, in two or three lines. Nothing changes."""
    lang = await ctx.lang()
    lines = [t(lang, "share_how")]
    open_here = [] if ctx.is_private else await ctx.uow.group_buys.open_in_chat(ctx.request.chat_id)
    paying = sorted((g for g in open_here if g.sharer_rate_bp > 0), key=lambda g: g.id or 0)
    # her own group buy pays her nothing: its organiser is told what her sharers earn instead
    hers = [g for g in paying if g.organiser_id == ctx.request.user_id]
    others = [g for g in paying if g.organiser_id != ctx.request.user_id]
    if len(others) == 1:
        (one,) = others
        lines.append(
            t(lang, "share_how_rate", title=one.terms.title, id=one.id, rate=percent(one.sharer_rate_bp))
        )
    elif others:
        lines.append(t(lang, "share_how_rates", rates=_rate_items(lang, others)))
    if len(hers) == 1:
        (own,) = hers
        lines.append(
            t(lang, "share_how_rate_own", title=own.terms.title, id=own.id, rate=percent(own.sharer_rate_bp))
        )
    elif hers:
        lines.append(t(lang, "share_how_rates_own", rates=_rate_items(lang, hers)))
    if open_here and not paying:
        lines.append(t(lang, "share_how_no_rate"))
    lines.append(t(lang, "share_how_earnings"))
    return [Reply(text="\n".join(lines), language=lang)]


def _rate_items(lang: str, group_buys: list[GroupBuy]) -> str:
    """`Mangoes (#1) 5% · Figs (#2) 2.5%`: each group buy's sharer rate, for `share_how`."""
    return " · ".join(
        t(lang, "share_how_rate_item", title=g.terms.title, id=g.id, rate=percent(g.sharer_rate_bp))
        for g in group_buys
    )


async def share_help(ctx: Context) -> list[Reply]:
    """`/help share` (分享帮助): the attribution rule, as the README states it."""
    lang = await ctx.lang()
    days = ctx.config.attribution_window.days
    currency = ctx.config.currency
    rules = PayoutRules(ctx.config.payout_minimum, hold_days=ctx.config.commission_hold_days)
    minimum = format_money(rules.minimum(currency), currency)
    hold = max(math.ceil(rules.hold_days), 0)  # as `提现` with only pending money says it
    others = t(lang, "payout_other_methods_sgd" if currency == "SGD" else "payout_other_methods")
    text = t(lang, "help_share", days=days, hold=hold, minimum=minimum, others=others)
    return [Reply(text=text, language=lang)]
