"""Pickup (核销) by code: `核销 4827` / `/pickupcode 4827` hands a paid order over (`核销 4827 5028`: each
code's), and the organiser's pickup helpers: `设置帮手 @Cat` / `/helper #12 @Cat`, `取消帮手 @Cat` /
`/helper #12 -@Cat`.

The answer to a code names the buyer and lists their lines, so whoever stands at the pickup point
hands over the right goods; the buyer is told privately and the card ticks the line 📦. A code used
before is answered with when and by whom.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace

from commerce.domain.console import ADMIN_PREFIX
from commerce.domain.errors import DomainError
from commerce.domain.group_buy import GroupBuy, Participant
from commerce.domain.guests import is_guest, payer_of
from commerce.domain.member import identity
from commerce.domain.order import Order, OrderLine, OrderStatus, kept_quantities
from commerce.domain.pickup import collection, is_code
from commerce.domain.reach import Where
from commerce.services import pickup as service
from commerce.services.pickup import AlreadyCollected, Collected, SeveralCoded
from handlers import line_names, settings
from handlers.cards import card_update
from handlers.context import Context
from handlers.guests import guest_note
from handlers.members import listed_in, mentioned
from handlers.organiser_notices import guest_told_with_hers, picked_up_notices, told_organisers
from handlers.parsing.codes import read_codes, read_helper
from handlers.recipients import buyer_language, done_by, known_as, language_of
from handlers.texts import format_datetime, has, refusal_text, t
from handlers.texts import units as unit_texts
from handlers.types import AnsweredPrivately, Reply

MAX_NOT_COLLECTED = 50  # names /list shows of those yet to collect; the count says how many in all


async def verify_code(ctx: Context) -> list[Reply]:
    """`核销 4827`, `核销 #12 4827`, `/pickupcode 4827`: the order holding that code is collected.
    `核销 4827 5028` (`/pickupcode 4827 5028`): every code is checked first, and one that cannot be
    taken refuses the whole command, naming it (nothing handed over), as `/pickedup 1-1 1-2` does; then
    each order is handed over as one `核销` would, in one answer where it was typed: another group's
    buyer's (帮卖) too, by order number, unnamed in a group; never split between the group and private."""
    group_buy_id, codes = read_codes(ctx.command.rest)
    several = len(codes) > 1
    request = ctx.request
    lang = await ctx.lang()
    found: list[tuple[str, Collected]] = []
    for code in codes:  # one code: handed over at once; several: each checked only, handed over below
        try:
            done = await service.verify(
                ctx.uow,
                code=code,
                actor=request.user_id,
                helper=identity(request.platform, request.user_id),
                is_admin=request.is_admin,
                where=Where(request.chat_id, private=ctx.is_private),
                now=None if several else ctx.now,
                group_buy_id=group_buy_id,
            )
        except DomainError as refusal:
            if ctx.command.in_words and refusal.code == "pickup_not_helper":
                # `code 6637` from a buyer (showing hers, say): talk, not a command of his; in private
                # answered as any text not understood there
                return await settings.help_hint(ctx) if ctx.is_private else []
            raise await _refused(ctx, refusal, code, lang, several=several) from refusal
        found.append((code, done))
    for code, done in found if several else ():
        try:
            await service.handed_over(ctx.uow, done, actor=request.user_id, now=ctx.now)
        except DomainError as refusal:  # taken by someone else meanwhile: nothing of this one counts
            raise await _refused(ctx, refusal, code, lang, several=True) from refusal
    if not several:  # one code's answer speaks its group buy's card language
        lang = await ctx.lang(found[0][1].group_buy)
    ctx.shown(lambda page: "\n\n".join(_handed(done, code, page) for code, done in found))  # the console's

    # every code in one answer, where she typed them (at a pickup point she reads one place): another
    # group's buyer (帮卖) too, by order number, never named in this group, nor mentioned here; nor one
    # of this group's orders whose buyer is not in it (a share code in private); an order's lines joined
    # in another group are not listed here: she reads the whole order privately
    seen = [await _seen_here(ctx, done) for _, done in found]
    # a note its buyer typed in private (a room, a phone number) is for the organiser: never read in a
    # group, nor by a pickup helper or an admin anywhere; typed in a group by her organiser, he reads the
    # whole answer, her note too, privately
    private_notes = [await _private_notes(ctx, done) for _, done in found]
    hidden = [
        frozenset() if await _reads_private_notes(ctx, done) else notes
        for (_, done), notes in zip(found, private_notes, strict=True)
    ]
    unsaid = hidden if ctx.is_private else private_notes
    text = "\n\n".join(
        _handed(done, code, lang, named=named, here=here, not_here=not_here, unsaid=notes)
        for (code, done), (named, not_here, here), notes in zip(found, seen, unsaid, strict=True)
    )
    whole = "\n\n".join(
        _handed(done, code, lang, unsaid=notes) for (code, done), notes in zip(found, hidden, strict=True)
    )
    if ctx.page_text is None and not all(named and here is None for named, _, here in seen):
        # the console's caller (its pickup page, the API) reads every buyer's name
        ctx.page_text = "\n\n".join(_handed(done, code, lang) for code, done in found)
    kept_off = not ctx.is_private and any(
        notes != withheld for notes, withheld in zip(private_notes, hidden, strict=True)
    )
    mentioned_here = [
        done.order.buyer_id for (_, done), (named, _, _) in zip(found, seen, strict=True) if named
    ]
    buyers = () if ctx.is_private else tuple(dict.fromkeys(mentioned_here))
    replies: list[Reply] = [Reply(text=text, language=lang, mention=buyers)]
    if kept_off or any(here is not None for _, _, here in seen):  # left out here: the whole, privately
        replies.append(Reply(text=whole, private_to=request.user_id, language=lang))
    for _, done in found:
        buyer = done.order.buyer_id  # 代报: her own guest's, and the answer above told her: no second note
        if not (is_guest(buyer) and payer_of(buyer) == request.user_id):
            replies.append(await _told(ctx, done))
    by_admin = [done for _, done in found if await _by_admin(ctx, done)]  # her organiser told, as of 已取货
    mine = [done for done in by_admin if not guest_told_with_hers(ctx, done.order, done.group_buy)]
    replies += await told_organisers(ctx, picked_up_notices(mine))
    cards = {done.group_buy.id: done.group_buy for _, done in found}
    replies.extend(card_update(group_buy) for group_buy in cards.values())
    return replies


async def _by_admin(ctx: Context, done: Collected) -> bool:
    """Handed over by an admin (in the chat, or the console's pickup page), neither the organiser nor
    one of her pickup helpers: she is told once, as of an admin's `已取货` (a helper's is her own helper's
    work, at her pickup point)."""
    request = ctx.request
    group_buy_id = done.group_buy.id
    if not request.is_admin or request.user_id == done.group_buy.organiser_id or group_buy_id is None:
        return False
    return not await ctx.uow.pickups.is_helper(group_buy_id, identity(request.platform, request.user_id))


_CODE_ALONE = re.compile(r"^\s*(\d{4,6})\s*$")


async def code_alone(ctx: Context) -> list[Reply] | None:
    """A bare `9441` in the organiser's (or her pickup helper's) private chat: the code of a paid order
    of hers not collected yet, read off a buyer's phone, handed over as `核销 9441` (one handed over
    already: when and by whom, as `核销 9441` says). Anything else (a price, a room number, a code of
    nobody she serves): None, nothing said of it, nothing changed."""
    typed = _CODE_ALONE.match(unicodedata.normalize("NFKC", ctx.request.text or ""))
    if not ctx.is_private or typed is None or not is_code(typed.group(1)):
        return None
    request = ctx.request
    try:
        await service.verify(  # checked only (`now` None): nothing changed
            ctx.uow,
            code=typed.group(1),
            actor=request.user_id,
            helper=identity(request.platform, request.user_id),
            is_admin=False,
            where=Where(request.chat_id, private=True),
            now=None,
        )
    except AlreadyCollected:
        pass  # a code of hers typed again: told when and by whom it was handed over, as `核销 9441` is
    except DomainError as refusal:  # the help's example code from one who runs group buys: as `核销 4827`
        if refusal.code == "pickup_code_example" and await ctx.uow.views.count_group_buys_of(request.user_id):
            raise  # rep94 #12
        return None
    ctx.command = replace(ctx.command, name="pickup_code", rest=typed.group(1))
    return await verify_code(ctx)


async def _refused(ctx: Context, refusal: DomainError, code: str, lang: str, *, several: bool) -> DomainError:
    """The refusal of a code: a code used before with when and by whom, one several group buys hold
    asking which. Of `several`, said with its code: none was handed over; one the sender may take none
    of (`pickup_not_helper`) is said alone: no code of theirs would do."""
    if isinstance(refusal, AlreadyCollected):
        refusal = await _used(ctx, refusal, code)
    elif isinstance(refusal, SeveralCoded):
        refusal = _which(refusal, lang, code)
    if not several or refusal.code == "pickup_not_helper" or not has(refusal.code):
        return refusal
    said = DomainError("pickup_codes_refused", reason=refusal_text(lang, refusal), digits=code)
    return AnsweredPrivately.of(said) if isinstance(refusal, AnsweredPrivately) else said


async def _seen_here(ctx: Context, done: Collected) -> tuple[bool, bool, frozenset[int] | None]:
    """Where a code was typed: whether its buyer may be named (and mentioned) there; whether the order
    is this group's but its buyer is not in it (joined by a share code in private); and which of the
    order's lines were made there (None: all of them, or none: another group's order, by number)."""
    order, group_buy, request = done.order, done.group_buy, ctx.request
    if ctx.is_private:
        return True, False, None
    elsewhere = order.chat_id != request.chat_id  # another group's buyer (帮卖): by order number
    member = not elsewhere and (
        is_guest(order.buyer_id)
        or await ctx.uow.members.name_in(request.chat_id, identity(request.platform, order.buyer_id))
        is not None
    )
    absent = not elsewhere and not member
    if not group_buy.listings or group_buy.id is None:
        return member, absent, None
    chats = {found.id: found.chat_id for found in await ctx.uow.listings.of_group_buy(group_buy.id)}
    mine = [p for p in await ctx.uow.group_buys.participants(group_buy.id) if p.user_id == order.buyer_id]
    mine = sorted((p for p in mine if p.quantity > 0), key=lambda line: line.friend != "")  # as its order
    if len(mine) != len(order.lines):
        return member, absent, None
    made = [group_buy.chat_id if p.listing_id is None else chats.get(p.listing_id) for p in mine]
    here = frozenset(i for i, chat in enumerate(made) if chat == request.chat_id)
    if elsewhere and not here:  # wholly another group's: every line, at one pickup point
        return False, False, None
    return member, absent, None if len(here) == len(mine) else here


async def _private_notes(ctx: Context, done: Collected) -> frozenset[str]:
    """The notes the order's buyer typed with her join in private (`participants.note_private`: a room, a
    phone number; or the organiser's private `代报` of a guest): her order's lines carry them (`大米 — 5号楼
    302`), and a group never reads them, as its card never shows them (rep99 #7)."""
    if done.group_buy.id is None:
        return frozenset()
    lines = await ctx.uow.group_buys.participants(done.group_buy.id)
    return frozenset(p.note for p in lines if p.user_id == done.order.buyer_id and p.note and p.note_private)


async def _reads_private_notes(ctx: Context, done: Collected) -> bool:
    """Whether the one who typed the code may read the notes its buyer typed in private: her organiser
    (the group buy's, or the help-seller of the group her order is of), never a pickup helper or an admin."""
    user, group_buy, order = ctx.request.user_id, done.group_buy, done.order
    if user == group_buy.organiser_id:
        return True
    if group_buy.id is None or order.chat_id == group_buy.chat_id:
        return False
    listing = await ctx.uow.listings.in_chat(group_buy.id, order.chat_id)
    return listing is not None and listing.seller_id == user


def _without(description: str, notes: frozenset[str]) -> str:
    """An order line's description without a note of `notes` after it (`大米 — 5号楼302` -> `大米`)."""
    for note in notes:
        if description.endswith(f" — {note}"):
            return description.removesuffix(f" — {note}")
    return description


def _handed(
    done: Collected,
    code: str,
    lang: str,
    *,
    named: bool = True,
    here: frozenset[int] | None = None,
    not_here: bool = False,
    unsaid: frozenset[str] = frozenset(),
) -> str:
    """`✅ Code 4827: order #12-3 of Bob, 2 units:` and the lines to hand over; not `named` (another
    group's buyer, 帮卖, answered in this group): `order #12-3 (a buyer of a help-selling group)`, or
    (`not_here`) `(a buyer who is not in this group)`; `here`: only those lines of the order, the rest
    said to be sent privately; `unsaid`: the buyer's notes typed in private, left off her lines (a group
    reads the answer)."""
    order, unit = done.order, done.group_buy.terms.unit  # sold per 斤: `× 2斤`, `共 5斤`
    title = done.group_buy.terms.title
    # units refunded by units (`退款 1-4 小盒 1`) are not handed over: named apart (rep91 #1)
    kept = kept_quantities(order, title, [option.name for option in done.group_buy.terms.options])
    shown = [(line, kept[i]) for i, line in enumerate(order.lines) if here is None or i in here]

    def said(line: OrderLine, quantity: int) -> str:
        return t(
            lang,
            "pickup_code_line_in_unit" if unit else "pickup_code_line",  # `• 3 kg of Lychees`, `• 芒果 × 3`
            description=line_names.described(
                title, _without(line.description, unsaid), lang
            ),  # `荔枝（帮 妈妈）`
            quantity=unit_texts.quantity(quantity, unit, lang),
        )

    lines = "\n".join(said(line, left) for line, left in shown if left)
    back = [
        said(line, line.quantity - left).removeprefix("• ") for line, left in shown if left < line.quantity
    ]
    if back:
        refunded = t(lang, "pickup_code_refunded", lines=t(lang, "list_separator").join(back))
        lines = f"{lines}\n{refunded}" if lines else refunded
    units = sum(left for _, left in shown)
    text = t(
        lang,
        "pickup_code_ok" if named else "pickup_code_ok_not_here" if not_here else "pickup_code_ok_elsewhere",
        code=code,
        order=order.number,
        name=order.buyer_name,
        units=unit_texts.units(lang, units, unit),
        lines=lines,
    )
    if here is None or len(shown) == len(order.lines):
        return text
    rest = sum(kept) - units
    if not rest:
        return text
    return text + "\n" + t(lang, "pickup_code_rest_private", units=unit_texts.units(lang, rest, unit))


async def _told(ctx: Context, done: Collected) -> Reply:
    """What the buyer is told privately (a 代报 guest's organiser, about the guest), in their language."""
    order, group_buy, request = done.order, done.group_buy, ctx.request
    to = payer_of(order.buyer_id)  # a guest's: the organiser who added them
    buyer_lang = await buyer_language(ctx.uow, request.platform, group_buy, order, ctx.memo, to)
    by = await known_as(ctx, order, group_buy)  # 王五 of the group, not the private chat's `Wang Wu`
    note = t(
        buyer_lang,
        "picked_up_buyer_note",
        organiser=await done_by(ctx, order, group_buy, buyer_lang),  # a console admin's: "An admin"
        order=order.number,
        title=group_buy.terms.title,
    )
    if is_guest(order.buyer_id):  # 代报: to the organiser who added them, about the guest
        note = guest_note(order, group_buy, "picked_up", by=by, lang=buyer_lang)
    return Reply(text=note, private_to=to, language=buyer_lang)


async def _used(ctx: Context, used: AlreadyCollected, code: str) -> DomainError:
    """The answer to a code used before: when and by whom its order was handed over."""
    lang = await ctx.lang(used.group_buy)
    refusal = DomainError(
        "pickup_code_used",
        digits=code,
        order=used.order.number,
        name=used.order.buyer_name,
        at=format_datetime(used.at, ctx.tz, ctx.page_lang or lang),  # the console page: its own
        by=await _name_of(ctx, used.by, used.group_buy, ctx.page_lang or lang),
    )
    elsewhere = not ctx.is_private and used.order.chat_id != ctx.request.chat_id  # 帮卖: said privately
    return AnsweredPrivately.of(refusal) if elsewhere else refusal


async def handed_over(ctx: Context, refusal: DomainError, lang: str) -> DomainError:
    """`member_already_picked_up` (已提货 @Bob once his order was, rep94 #7) said as a used code is: when
    and by whom it was handed over; `refusal` itself when that is not known."""
    order_id = refusal.params.get("order_id")
    order = await ctx.uow.orders.get(order_id) if isinstance(order_id, int) else None
    handed = None if order is None else collection(order)
    group_buy = None if order is None else await ctx.uow.group_buys.get(order.group_buy_id)
    if order is None or handed is None or group_buy is None:
        return refusal
    return DomainError(
        "member_already_picked_up_at",
        name=order.buyer_name,
        order=order.number,
        at=format_datetime(handed.at, ctx.tz, lang),
        by=await _name_of(ctx, handed.actor, group_buy, lang),
    )


async def _name_of(ctx: Context, user_id: str, group_buy: GroupBuy, lang: str) -> str:
    """How the chat calls the member with this user id (who handed an order over). A console admin's
    check is an admin's: named by the login on the console's own page (`管理员 dan`), never in a chat
    (`管理员`)."""
    if user_id.startswith(ADMIN_PREFIX):
        if ctx.page_lang is None:
            return t(lang, "organiser_notice_an_admin")
        return t(lang, "organiser_notice_admin_named", name=user_id.removeprefix(ADMIN_PREFIX))
    if user_id == ctx.request.user_id:
        return ctx.request.display_name
    known = await ctx.uow.members.name_of(identity(ctx.request.platform, user_id))
    if known:
        return known
    return group_buy.organiser_name if user_id == group_buy.organiser_id else user_id


def _which(several: SeveralCoded, lang: str, code: str) -> DomainError:
    """The answer to a code of orders of several group buys here: which one is not guessed."""
    choices = t(lang, "list_separator").join(
        t(
            lang,
            "pickup_code_choice",
            id=choice.group_buy.id,
            title=choice.group_buy.terms.title,
            name=choice.order.buyer_name,
        )
        for choice in several.choices
    )
    first = several.choices[0].group_buy.id
    return DomainError("pickup_code_which", digits=code, n=len(several.choices), orders=choices, id=first)


# -- helpers --------------------------------------------------------------------------------------------
async def add_helper(ctx: Context) -> list[Reply]:
    """`/helper #12 @Cat`, `设置帮手 @Cat` (`/helper #12 -@Cat` removes; `/helper #12` lists them)."""
    return await _helpers(ctx, remove=False)


async def remove_helper(ctx: Context) -> list[Reply]:
    """`取消帮手 @Cat`, `/removehelper #12 @Cat`."""
    return await _helpers(ctx, remove=True)


async def _helpers(ctx: Context, *, remove: bool) -> list[Reply]:
    request = ctx.request
    group_buy_id, minus, who = read_helper(ctx.command.rest, resolved=bool(request.mentions))
    remove = remove or minus
    # `设置帮手 #12 @Ivy` names a member of a chat #12 is in (its own or a 帮卖 group's: its help-seller);
    # in a group, its own members first
    chats = await listed_in(ctx.uow, await _named_or_hers(ctx, group_buy_id), request.user_id)
    try:
        members = await mentioned(ctx.uow, request, who, chats=chats)
    except DomainError as refusal:  # the helper form, not another command's (`the order number`)
        if refusal.code == "member_unknown":
            raise DomainError("helper_member_unknown", name=refusal.params["name"]) from refusal
        if refusal.code == "member_ambiguous":
            raise DomainError("helper_member_ambiguous", name=refusal.params["name"]) from refusal
        raise
    if not members:
        if remove:
            raise DomainError("helper_usage")
        return await _listed(ctx, group_buy_id)
    names: list[str] = []
    group_buy: GroupBuy | None = None
    for member in members:
        helper = identity(request.platform, member)
        name = await ctx.uow.members.name_of(helper) or member
        group_buy = await service.set_helper(
            ctx.uow,
            chat_id=request.chat_id,
            group_buy_id=group_buy_id,
            actor=request.user_id,
            helper=helper,
            name=name,
            add=not remove,
            now=ctx.now,
            private=ctx.is_private,
        )
        names.append(name)
    assert group_buy is not None
    lang = await ctx.lang(group_buy)
    if remove:
        key = "helper_removed"
    elif len(chats) > 1:  # 帮卖: a helper takes codes in a group help-selling it too (its orders)
        key = "helper_added_help_sold"
    else:
        key = "helper_added_private" if ctx.is_private else "helper_added"
    text = t(
        lang,
        key,
        names=t(lang, "list_separator").join(names),
        id=group_buy.id,
        title=group_buy.terms.title,
    )
    told: list[Reply] = []
    if not remove:  # each helper learns it privately: what they can do now, for which, and how
        for member in members:
            said = await language_of(ctx, member, hint=lang)
            told.append(
                Reply(
                    text=t(
                        said,
                        "helper_told",
                        organiser=group_buy.organiser_name,
                        id=group_buy.id,
                        title=group_buy.terms.title,
                    ),
                    private_to=member,
                    language=said,
                )
            )
        text += "\n" + t(lang, "helper_told_said")
    return [Reply(text=text, language=lang, mention=tuple(members)), *told]


async def seller_not_helper(ctx: Context) -> DomainError | None:
    """帮卖: a help-seller of a group buy listed here, not its pickup helper, refused `已取货` or `核销`:
    told to ask its organiser (named) for `设置帮手 #12 @her`, the one command that lets her (None: the
    sender sells none here, or already helps). Selling several here, the one the command is about: the
    group buy of an order number or `#12` typed, else the one whose order here holds the code or the
    buyer named, else one with an order here still to hand over (rep105 #5: never another one's number)."""
    request = ctx.request
    if ctx.is_private:
        return None
    member = identity(request.platform, request.user_id)
    sold: list[tuple[GroupBuy, str]] = []
    for listing in await ctx.uow.listings.listed_in(request.chat_id, limit=10):
        if listing.seller_id != request.user_id:
            continue
        group_buy = await ctx.uow.group_buys.get(listing.group_buy_id)
        if group_buy is None or group_buy.id is None or group_buy.organiser_id == request.user_id:
            continue
        if await ctx.uow.pickups.is_helper(group_buy.id, member):
            continue
        sold.append((group_buy, listing.seller_name))
    if not sold:
        return None
    group_buy, seller_name = await _meant(ctx, sold)
    return DomainError(
        "pickup_seller_not_helper",
        organiser=group_buy.organiser_name,
        id=group_buy.id,
        title=group_buy.terms.title,
        name=await ctx.uow.members.name_of(member) or seller_name,
    )


_NUMBERED = re.compile(r"#\s*(\d+)|(\d+)\s*-\s*\d+")
_WORD_EDGES = "@＠,，、;；:：.。!！?？()（）"


async def _meant(ctx: Context, sold: list[tuple[GroupBuy, str]]) -> tuple[GroupBuy, str]:
    """Of the group buys the sender help-sells here, the one `已取货 …` / `核销 …` is about (see
    `seller_not_helper`): the first when nothing tells."""
    if len(sold) == 1:
        return sold[0]
    rest = unicodedata.normalize("NFKC", ctx.command.rest)
    numbered = {int(a or b) for a, b in _NUMBERED.findall(rest)}
    for found in sold:
        if found[0].id in numbered:
            return found
    words = {word.strip(_WORD_EDGES) for word in rest.split()} - {""}
    ranked: list[tuple[int, int]] = []  # (rank, index): named and to hand over 0, named 1, to hand over 2
    for index, (group_buy, _) in enumerate(sold):
        assert group_buy.id is not None
        orders = await ctx.uow.orders.for_group_buy(group_buy.id)
        here = [order for order in orders if order.chat_id == ctx.request.chat_id]
        named = [order for order in here if order.pickup_code in words or order.buyer_name in words]
        if any(_to_hand_over(order) for order in named):
            ranked.append((0, index))
        elif named:
            ranked.append((1, index))
        elif any(_to_hand_over(order) for order in here):
            ranked.append((2, index))
    return sold[min(ranked)[1]] if ranked else sold[0]


def _to_hand_over(order: Order) -> bool:
    return order.status is OrderStatus.PAID and collection(order) is None


async def _named_or_hers(ctx: Context, group_buy_id: int | None) -> int | None:
    """The group buy a helper command is about: `#12`, else in a group the organiser's one here (None
    when there is none or several: the command's own refusal says so)."""
    if group_buy_id is not None or ctx.is_private:
        return group_buy_id
    try:
        found = await service.helped_group_buy(
            ctx.uow, chat_id=ctx.request.chat_id, group_buy_id=None, actor=ctx.request.user_id
        )
    except DomainError:
        return None
    return found.id


async def _listed(ctx: Context, group_buy_id: int | None) -> list[Reply]:
    """`/helper #12` alone: who helps with it (none yet: how to name one)."""
    request = ctx.request
    group_buy = await service.helped_group_buy(
        ctx.uow,
        chat_id=request.chat_id,
        group_buy_id=group_buy_id,
        actor=request.user_id,
        private=ctx.is_private,
    )
    assert group_buy.id is not None
    helpers = await ctx.uow.pickups.helpers(group_buy.id)
    if not helpers:  # none yet: said so, with how to name one
        raise DomainError("helper_none", id=group_buy.id, title=group_buy.terms.title)
    names = [await ctx.uow.members.name_of(helper) or helper.split(":", 1)[-1] for helper in helpers]
    lang = await ctx.lang(group_buy)
    text = t(
        lang,
        "helper_list",
        names=t(lang, "list_separator").join(names),
        id=group_buy.id,
        title=group_buy.terms.title,
    )
    return [Reply(text=text, language=lang)]


# -- /list ----------------------------------------------------------------------------------------------
def not_collected_line(
    participants: list[Participant],
    lang: str,
    *,
    paid: frozenset[str],
    collected: frozenset[str],
    dropped: frozenset[str],
) -> str | None:
    """/list's last line once a group buy succeeded: who paid and has yet to collect ("Not picked up yet
    (2): Bob, Cat"; an unpaid order has nothing to pick up yet: its line shows no ✅), that everyone has,
    or None: nobody of these lines paid, or those who did collected while others still owe."""
    waiting: dict[str, str] = {}
    owing = False
    for line in participants:
        if line.user_id in collected or line.user_id in dropped:
            continue
        if line.user_id in paid:
            waiting.setdefault(line.user_id, line.display_name)
        else:
            owing = True
    if not waiting:
        collectors = any(line.user_id in collected for line in participants)
        return t(lang, "list_all_collected") if collectors and not owing else None
    names = list(waiting.values())
    shown = t(lang, "list_separator").join(names[:MAX_NOT_COLLECTED])
    if len(names) > MAX_NOT_COLLECTED:
        shown += " …"
    return t(lang, "list_not_collected", count=len(names), names=shown)
