"""The organiser's hand on the list: `/remove #12 @Bob` (踢出 @Bob, 踢出 @Bob 帮 小王, 踢出 王阿姨) and
`/add #12 王阿姨 2 3号楼` (代报 王阿姨 2).

A removal takes the whole line off, even one that undoes a reached target (only the organiser or an
admin may); the group is told who was removed, and the member, privately, by whom. A name without `@`
is first a guest's (代报), then a member's of the group buy's chat. An added guest is a line of their
own, shown "王阿姨 ×2（Amy 代报）"; their order goes to the organiser (commerce.domain.guests).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from commerce.domain.errors import DomainError
from commerce.domain.group_buy import GroupBuy, Participant
from commerce.domain.guests import guest_id, guest_name, is_guest
from commerce.domain.member import identity
from commerce.domain.note_counts import count_in_note, without_count
from commerce.domain.options import option_in_note, resembles_an_option
from commerce.domain.order import OrderStatus
from commerce.domain.units import OTHER_COUNT_WORDS, PORTION_WORDS, Measured, unit_key
from commerce.services import edits as service
from commerce.services import group_buys
from commerce.services.chat_names import chat_label
from commerce.services.waiting import promote_waiting
from handlers import chat_names, closed_steps, on_behalf, options, organiser_told, removed_lines, waiting
from handlers.cards import card_update, format_deadline, price_line
from handlers.context import Context, card_language, listing_language
from handlers.edits import where
from handlers.members import mentioned, steady_languages
from handlers.parsing.edits import AddWords, RemoveWords, parse_add, parse_remove
from handlers.parsing.joins import note_labelled
from handlers.parsing.option_words import looks_like_option
from handlers.parsing.pickup import split_group_buy_id
from handlers.texts import t
from handlers.texts import units as unit_texts
from handlers.types import ChatKind, Reply, Request

_LIVE = frozenset({OrderStatus.PENDING_PAYMENT, OrderStatus.PAID})  # an order still to cancel or refund


async def remove(ctx: Context) -> list[Reply]:
    """踢出 / `/remove`: the organiser takes someone's line off the list."""
    request = ctx.request
    words = parse_remove(ctx.command.rest)
    try:
        group_buy = await service.reach(ctx.uow, where(ctx), words.group_buy_id, request.user_id)
    except DomainError as refusal:  # several open: the one the member named is on, when only one
        unnamed = refusal.code == "which_group_buy" or words.group_buy_id is None
        on = await _the_one_she_is_on(ctx, words.who) if unnamed else None
        if on is None:
            raise
        group_buy = on
    if not group_buy.is_open and words.group_buy_id is None:  # her own ended one: not where he is
        on = await _the_one_she_is_on(ctx, words.who)  # another's open one he is on: its organiser's
        if on is None:  # none open he is on: the ended one he holds an order of, never one he was not on
            on = await _his_ordered_one(ctx, group_buy, words.who)
        if on is None and group_buy.may_manage(
            request.user_id, is_admin=request.is_admin, in_chat=request.chat_id
        ):
            await _on_none(ctx, group_buy, words.who)
        group_buy = on if on is not None else group_buy
    if not group_buy.may_manage(request.user_id, is_admin=request.is_admin, in_chat=request.chat_id):
        if await _names_the_sender(ctx, group_buy, words.who):  # `/remove @jon all` by Jon: his own
            raise DomainError("remove_own_not_organiser", organiser=group_buy.organiser_name)
        raise DomainError("not_organiser", organiser=group_buy.organiser_name)
    if not group_buy.is_open:  # closed: his order of it, or the open one named (rep86 #9)
        closed = DomainError(
            "group_buy_closed", id=group_buy.id, title=group_buy.terms.title, status=group_buy.status.value
        )
        try:
            whose: str | None = await _whose(ctx, group_buy, words.who)
        except DomainError:
            whose = None
        step = await closed_steps.remove(ctx, closed, whose, words.who.lstrip("@"))
        if step is not None:
            raise step
    user_id = await _whose(ctx, group_buy, words.who)
    if words.every:  # `踢出 @Troll 全部`: her own line and every friend's, in one command
        return await _remove_all(ctx, group_buy, user_id, words.who.lstrip("@"))
    if words.count is not None:  # `踢出 @小张 1`: a line comes off whole, never more than she typed
        await _count_is_the_line(ctx, group_buy, user_id, words)
    was = group_buy.sold
    try:
        removed = await service.remove(
            ctx.uow,
            group_buy=group_buy,
            user_id=user_id,
            friend=words.friend,
            name=words.who.lstrip("@"),
            actor=request.user_id,
            is_admin=request.is_admin,
            in_chat=request.chat_id,
            now=ctx.now,
        )
    except DomainError as refusal:
        if refusal.code == "remove_not_on_list":
            await _no_such_friend(ctx, group_buy, user_id, words)
            await _his_order_instead(ctx, group_buy, user_id, words)
        raise
    group_buy, line, each = removed.group_buy, removed.line, removed.options
    if not line.friend and not is_guest(line.user_id):  # an old copy of the list pasted: never back silently
        gone, values, now = group_buy, ctx.values, ctx.now
        ctx.after_commit.append(lambda: removed_lines.remember(values, gone, line.user_id, now))
    limits = ctx.config.join_limits
    promoted = await promote_waiting(ctx.uow, group_buy, now=ctx.now, max_per_line=limits.max_per_line)
    # units freed: 候补 move in
    moved = await waiting.moved_in(ctx.uow, group_buy, promoted, ctx.memo, ctx.request.platform)
    below = await _unformed(ctx, group_buy, was)
    lang = await card_language(
        ctx.uow, group_buy, ctx.memo
    )  # the group reads it: its `/lang`, else the card's
    first = _removed(ctx, group_buy, line, lang, below, each=each)
    left = await _lines_left(ctx, group_buy, line, lang)
    if left:  # `踢出 @Troll` took his own line; his friends' lines stay: how to take them all at once
        first = t(lang, "two_sentences", first=first, second=left)
    replies = [Reply(text=first, chat_id=group_buy.chat_id, language=lang)]
    listing = None if line.listing_id is None else await ctx.uow.listings.get(line.listing_id)
    there = None if listing is None else await listing_language(ctx.uow, group_buy, listing, ctx.memo)
    if listing is not None and there is not None:  # 帮卖: told in the group the buyer joined in (only)
        said = _removed(ctx, group_buy, line, there, below, each=each)
        replies = [Reply(text=said, chat_id=listing.chat_id, language=there)]
        group = await chat_label(ctx.uow, listing.chat_id)
        if listing.chat_id != request.chat_id:  # she typed it elsewhere: she reads it privately, as hers
            mine = await ctx.lang(group_buy)
            text = _removed(
                ctx, group_buy, line, mine, below, key="removed_line_yours", group=group, each=each
            )
            replies.append(Reply(text=text, private_to=request.user_id, language=mine))
        seller = listing.seller_id
        if seller not in (request.user_id, line.user_id):  # her group's buyer (rep79 #9), as `全部` tells her
            hers = (await steady_languages(ctx.uow, request.platform, [seller], there)).get(seller, there)
            text = _removed(
                ctx, group_buy, line, hers, key="removed_line_seller", group=group, each=each
            )  # rep82 #11
            replies.append(Reply(text=text, private_to=seller, language=hers))
    elif ctx.is_private:  # the organiser reads it too, in the language she typed it in: as hers
        mine = await ctx.lang(group_buy)
        group = await chat_label(ctx.uow, group_buy.chat_id)
        text = _removed(ctx, group_buy, line, mine, below, key="removed_line_yours", group=group, each=each)
        replies.append(Reply(text=text, language=mine))
    if not is_guest(line.user_id) and line.user_id != request.user_id:
        replies.append(await _told(ctx, group_buy, line, there, each))

    def to_her(lang: str, by: str) -> str:  # someone else's (a chat admin's): the organiser is told
        quantity = unit_texts.times(line.quantity, group_buy.terms.unit, lang)
        return t(
            lang, "console_organiser_removed", by=by, line=_shown(line, lang), quantity=quantity,
            title=group_buy.terms.title, id=group_buy.id,
        )  # fmt: skip

    replies += await organiser_told.told(ctx, group_buy, to_her)
    return [*replies, card_update(group_buy), *moved]


async def _count_is_the_line(ctx: Context, group_buy: GroupBuy, user_id: str, words: RemoveWords) -> None:
    """`踢出 @小张 1` of 小张's ×2 (rep94 #4): a removal takes the whole line, so a count short of (or
    beyond) what the line holds is refused, nothing changed, with how to take off only that many (the
    member's `-1 #2`; a guest's line: removed and added again) and the whole line's form; a count equal
    to it takes the line off as without it."""
    assert group_buy.id is not None and words.count is not None
    lines = [x for x in await ctx.uow.group_buys.lines_of(group_buy.id, user_id) if x.quantity > 0]
    theirs = [x for x in lines if x.friend == words.friend]
    if not theirs and not words.friend and len({x.friend for x in lines}) == 1:
        theirs = lines  # the one friend's line of a member with none of her own
    held = sum(x.quantity for x in theirs)
    if not theirs or held == words.count:
        return  # not on the list (said as without the count) or the whole line: taken off
    lang = await ctx.lang(group_buy)
    line = replace(theirs[0], quantity=held, option="")
    shown, name, friend = _shown(line, lang), line.display_name, line.friend
    has = unit_texts.times(held, group_buy.terms.unit, lang)
    wrote, whole, left, title, number = (
        words.count,
        words.typed,
        held - words.count,
        group_buy.terms.title,
        group_buy.id,
    )
    if wrote > held:
        raise DomainError(
            "remove_count_more", line=shown, held=has, wrote=wrote, title=title, id=number, whole=whole
        )
    if is_guest(user_id):
        raise DomainError(
            "remove_count_guest", line=shown, name=name, held=has, wrote=wrote, left=left, title=title,
            id=number, whole=whole,
        )  # fmt: skip
    if friend:
        raise DomainError(
            "remove_count_friend", line=shown, name=name, held=has, wrote=wrote, title=title, id=number,
            whole=whole, friend=friend,
        )  # fmt: skip
    raise DomainError(
        "remove_count", line=shown, name=name, held=has, wrote=wrote, title=title, id=number, whole=whole
    )


async def _lines_left(ctx: Context, group_buy: GroupBuy, line: Participant, lang: str) -> str:
    """After a member's own line was taken off: the friends' lines she still holds on it and the one
    command that takes them all (`踢出 @Troll 全部`); "" when none is left (a friend's line named, or a
    guest's: nothing to add)."""
    assert group_buy.id is not None
    if is_guest(line.user_id) or line.friend:
        return ""
    left = [x for x in await ctx.uow.group_buys.lines_of(group_buy.id, line.user_id) if x.quantity > 0]
    if not left:
        return ""
    return t(lang, "remove_lines_left", name=line.display_name, lines=_listed_lines(group_buy, left, lang))


def _listed_lines(group_buy: GroupBuy, lines: list[Participant], lang: str) -> str:
    """`Troll ×1 / Troll 帮 A ×3`: each line with what it holds."""
    unit = group_buy.terms.unit
    return t(lang, "list_separator").join(
        f"{_shown(x, lang)} {unit_texts.times(x.quantity, unit, lang)}" for x in lines
    )


async def _remove_all(ctx: Context, group_buy: GroupBuy, user_id: str, name: str) -> list[Reply]:
    """`/remove @Troll all`: every line of the member off the list; the group reads each line taken off
    (and the total), the member privately the same; the waiting list moves in as for one removal."""
    request = ctx.request
    was = group_buy.sold
    lines = await service.remove_all(
        ctx.uow,
        group_buy=group_buy,
        user_id=user_id,
        name=name,
        actor=request.user_id,
        is_admin=request.is_admin,
        in_chat=request.chat_id,
        now=ctx.now,
    )
    if not is_guest(user_id):  # an old copy of the list pasted: never back silently
        gone, values, now = group_buy, ctx.values, ctx.now
        ctx.after_commit.append(lambda: removed_lines.remember(values, gone, user_id, now))
    limits = ctx.config.join_limits
    promoted = await promote_waiting(ctx.uow, group_buy, now=ctx.now, max_per_line=limits.max_per_line)
    moved = await waiting.moved_in(ctx.uow, group_buy, promoted, ctx.memo, ctx.request.platform)
    unit = group_buy.terms.unit
    below = await _unformed(ctx, group_buy, was)

    def said(
        lang: str, key: str = "removed_all_lines", group: str = "", only: list[Participant] | None = None
    ) -> str:
        shown = lines if only is None else only  # a help-selling group: only the lines made in it (s40)
        text = t(
            lang,
            key,  # `removed_all_lines_yours`: her own copy, read privately ("You removed …")
            organiser=request.display_name,
            name=lines[0].display_name,
            lines=_listed_lines(group_buy, shown, lang),
            quantity=unit_texts.more(lang, sum(x.quantity for x in shown), unit),
            title=group_buy.terms.title,
            id=group_buy.id,
            group=group,
        )
        text = t(
            lang,
            "two_sentences",
            first=text,
            second=_price_line(group_buy, replace(lines[0], option=""), lang),
        )
        return text if below is None else "\n".join([text, below(lang)])

    def to_seller(lang: str, group: str, only: list[Participant]) -> str:  # hers: in her group (rep82 #11)
        return t(
            lang,
            "removed_all_lines_seller",
            organiser=request.display_name,
            name=lines[0].display_name,
            lines=_listed_lines(group_buy, only, lang),
            quantity=unit_texts.more(lang, sum(x.quantity for x in only), unit),
            title=group_buy.terms.title,
            id=group_buy.id,
            group=group,
        )

    lang = await card_language(
        ctx.uow, group_buy, ctx.memo
    )  # the group reads it: its `/lang`, else the card's
    sellers = await _sellers_told(ctx, group_buy, lines, said, to_seller)  # 帮卖: each group and its seller
    groups = [reply.chat_id or "" for reply in sellers if reply.chat_id and reply.chat_id != request.chat_id]
    first = said(lang)
    if groups:  # who else heard it, by group, as an edit says it (`也告诉了 楼下群`)
        names = await chat_names.titles(ctx.uow, groups)
        named = t(lang, "list_separator").join(
            dict.fromkeys(names.get(chat) or t(lang, "share_code_another_chat") for chat in groups)
        )
        first = t(lang, "two_sentences", first=first, second=t(lang, "edit_told_in_groups", groups=named))
    replies = [Reply(text=first, chat_id=group_buy.chat_id, language=lang)]
    if ctx.is_private:  # the organiser reads it too, in the language she typed it in: as hers
        mine = await ctx.lang(group_buy)
        told = list(dict.fromkeys([group_buy.chat_id, *(r.chat_id for r in sellers if r.chat_id)]))
        if len(told) > 1:  # 帮卖: each group told, never only her own (s38)
            labels = [t(mine, "removed_told_chat", chat=await chat_label(ctx.uow, chat)) for chat in told]
            group = t(mine, "list_separator").join(labels)
            replies.append(Reply(text=said(mine, "removed_all_lines_yours_groups", group), language=mine))
        else:
            group = await chat_label(ctx.uow, group_buy.chat_id)
            replies.append(Reply(text=said(mine, "removed_all_lines_yours", group), language=mine))
    replies += [reply for reply in sellers if reply.chat_id != request.chat_id]
    if not is_guest(user_id) and user_id != request.user_id:  # the member, privately, in her language
        chat = await card_language(ctx.uow, group_buy, ctx.memo)
        hers = (await steady_languages(ctx.uow, request.platform, [user_id], chat)).get(user_id, chat)
        text = t(
            hers,
            "removed_you_all",
            by=request.display_name,
            organiser=group_buy.organiser_name,
            lines=_listed_lines(group_buy, lines, hers),
            title=group_buy.terms.title,
            id=group_buy.id,
        )
        replies.append(Reply(text=text, private_to=user_id, language=hers))
    return [*replies, card_update(group_buy), *moved]


async def _sellers_told(
    ctx: Context,
    group_buy: GroupBuy,
    lines: list[Participant],
    said: Callable[..., str],
    to_seller: Callable[[str, str, list[Participant]], str],
) -> list[Reply]:
    """帮卖: for each help-selling group the removed lines were joined in, the group told (as the
    organiser's group is) and its help-seller privately, each in its language (hers: her steady one,
    `steady_languages`, her private `/lang`, else her app's, else that group's; never the words she last
    typed); none for her own. Each group and its seller hear only the lines made in that group (s40)."""
    replies: list[Reply] = []
    for listing_id in dict.fromkeys(x.listing_id for x in lines if x.listing_id is not None):
        listing = await ctx.uow.listings.get(listing_id)
        if listing is None:
            continue
        there = await listing_language(ctx.uow, group_buy, listing, ctx.memo)
        made_there = [x for x in lines if x.listing_id == listing_id]
        replies.append(Reply(text=said(there, only=made_there), chat_id=listing.chat_id, language=there))
        if listing.seller_id != ctx.request.user_id:
            seller = listing.seller_id
            hers = (await steady_languages(ctx.uow, ctx.request.platform, [seller], there)).get(seller, there)
            group = await chat_label(ctx.uow, listing.chat_id)
            replies.append(Reply(text=to_seller(hers, group, made_there), private_to=seller, language=hers))
    return replies


async def _the_one_she_is_on(ctx: Context, who: str) -> GroupBuy | None:
    """`踢出 @Lin` in a group with several open: of those open here (hers to manage), the one Lin has a
    line on, when exactly one; None: on none or several (asked which, as before)."""
    request = ctx.request
    if ctx.is_private or not who:
        return None
    mine = await ctx.uow.group_buys.open_in_chat(request.chat_id, organiser=request.user_id)
    open_here = mine or await ctx.uow.group_buys.open_in_chat(request.chat_id)
    on: list[GroupBuy] = []
    for group_buy in open_here:
        try:
            user_id = await _whose(ctx, group_buy, who)
        except DomainError:
            continue
        if group_buy.id is not None and await ctx.uow.group_buys.lines_of(group_buy.id, user_id):
            on.append(group_buy)
    return on[0] if len(on) == 1 else None


async def _his_ordered_one(ctx: Context, group_buy: GroupBuy, who: str) -> GroupBuy | None:
    """`踢出 @老陈` with nothing open here he is on (rep94 #3): the newest group buy of this chat she may
    manage that he holds an unpaid or paid order of (its order to cancel or refund is her next step);
    None: he holds none."""
    request = ctx.request
    if ctx.is_private:
        return None
    try:
        user_id = await _whose(ctx, group_buy, who)
    except DomainError:
        return None
    for order in await ctx.uow.orders.for_buyer(user_id):  # newest first
        if order.status not in _LIVE:
            continue
        ordered = await ctx.uow.group_buys.get(order.group_buy_id)
        if (
            ordered is not None
            and ordered.chat_id == request.chat_id
            and ordered.may_manage(request.user_id, is_admin=request.is_admin, in_chat=request.chat_id)
        ):
            return ordered
    return None


async def _on_none(ctx: Context, group_buy: GroupBuy, who: str) -> None:
    """`踢出 @老陈` where everything here has ended and he holds neither a line of the newest nor an order
    of any (rep94 #3): said so, never that the newest, which he was never on, has closed."""
    assert group_buy.id is not None
    try:
        user_id = await _whose(ctx, group_buy, who)
    except DomainError:
        return
    if any(x.quantity > 0 for x in await ctx.uow.group_buys.lines_of(group_buy.id, user_id)):
        return
    raise DomainError("remove_on_none", name=who.lstrip("@"))


async def _his_order_instead(ctx: Context, group_buy: GroupBuy, user_id: str, words: RemoveWords) -> None:
    """`/remove @Dan` (no number) of the open one here he is not on, while he holds an order of one that
    ended (rep94 #3): that order's step (`/cancelorder 1-3`), as naming it would say; else nothing."""
    if words.group_buy_id is not None or words.friend:
        return
    ordered = await _his_ordered_one(ctx, group_buy, words.who)
    if ordered is None or ordered.is_open:
        return
    closed = DomainError(
        "group_buy_closed", id=ordered.id, title=ordered.terms.title, status=ordered.status.value
    )
    step = await closed_steps.remove(ctx, closed, user_id, words.who.lstrip("@"))
    if step is not None and step.code != "group_buy_closed_remove_open":
        raise step


async def _names_the_sender(ctx: Context, group_buy: GroupBuy, who: str) -> bool:
    """Whether `who` of a non-organiser's `/remove @jon all` is the sender himself (his own lines: he
    takes them off with `-1` / `退出`, as the refusal says)."""
    try:
        return await _whose(ctx, group_buy, who) == ctx.request.user_id
    except DomainError:
        return False


async def _whose(ctx: Context, group_buy: GroupBuy, who: str) -> str:
    """The member id `who` names: the adapter's mention, else an `@name` among the chat's members; a
    bare name is a guest's line first (代报), then a member's name."""
    # from a private chat: the group's members, looked up as in the group
    request = replace(ctx.request, chat_id=group_buy.chat_id, chat_kind=ChatKind.GROUP)
    if not who.startswith("@") and not request.mentions:
        assert group_buy.id is not None
        guest = guest_id(group_buy.organiser_id, guest_name(who))
        if await ctx.uow.group_buys.lines_of(group_buy.id, guest):  # any option's line (多规格)
            return guest
        who = "@" + who
    try:
        found = await mentioned(ctx.uow, request, who)
    except DomainError as refusal:  # the remove form, not another command's (`the order number`)
        if refusal.code == "member_unknown":
            return await _on_the_lists(ctx, group_buy, who.lstrip("@"), refusal)
        if refusal.code == "member_ambiguous":
            raise DomainError("remove_member_ambiguous", name=refusal.params["name"]) from refusal
        raise
    if not found:
        raise DomainError("remove_usage")
    return found[0]


async def _on_the_lists(ctx: Context, group_buy: GroupBuy, name: str, refusal: DomainError) -> str:
    """A name no member of the group buy's chat bears: the buyer on its lists who bears it (帮卖: one
    who joined in a group help-selling it, whom only those lists name)."""
    assert group_buy.id is not None
    wanted = name.casefold()
    lines = await ctx.uow.group_buys.participants(group_buy.id)
    found = list(dict.fromkeys(line.user_id for line in lines if line.display_name.casefold() == wanted))
    if len(found) > 1:
        raise DomainError("remove_member_ambiguous", name=name) from refusal
    if (not found or is_guest(found[0])) and name.isdigit():  # `踢出 5`: the card's line number (rep88 #11)
        raise DomainError("remove_line_number", name=name) from refusal
    if not found or is_guest(found[0]):
        raise DomainError(
            "remove_member_unknown", name=name, title=group_buy.terms.title, id=group_buy.id
        ) from refusal
    return found[0]


async def _no_such_friend(ctx: Context, group_buy: GroupBuy, user_id: str, words: RemoveWords) -> None:
    """`/remove @Bob for Wang` where Bob is on the list but has no line for Wang: say that, with the
    lines Bob has (not that Bob is not on the list)."""
    assert group_buy.id is not None
    lines = await ctx.uow.group_buys.lines_of(group_buy.id, user_id)
    if not words.friend or not lines:
        return
    lang = await ctx.lang(group_buy)
    shown: dict[str, int] = {}
    for line in lines:
        shown[_shown(line, lang)] = shown.get(_shown(line, lang), 0) + line.quantity
    raise DomainError(
        "remove_no_friend_line",
        name=lines[0].display_name,
        friend=words.friend,
        title=group_buy.terms.title,
        lines=t(lang, "list_separator").join(f"{name} ×{quantity}" for name, quantity in shown.items()),
    )


async def _unformed(ctx: Context, group_buy: GroupBuy, was: int) -> Callable[[str], str] | None:
    """A removal that took a group buy which had reached its target (a real one, above 1; `was` sold
    before it) below it, the waiting list not making it up: the sentence saying so in a language (what
    it has against its target, and that below it at the deadline it ends without going ahead), as a
    member's own `-1` would be refused for it; None when it still holds."""
    target, unit = group_buy.terms.target, group_buy.terms.unit
    fresh = await ctx.uow.group_buys.get(group_buy.id) if group_buy.id is not None else None
    sold = (fresh or group_buy).sold  # the waiting list moved in since
    if target <= 1 or was < target or sold >= target:
        return None

    deadline = group_buy.terms.deadline

    def said(lang: str) -> str:
        counts = {
            "target": unit_texts.amount(lang, target, unit),
            "sold": unit_texts.amount(lang, sold, unit),
        }
        if deadline is None:  # none set: it cannot close until it is made up
            return t(lang, "removed_below_target_no_deadline", **counts)
        return t(lang, "removed_below_target", deadline=format_deadline(deadline, ctx.tz, lang), **counts)

    return said


def _removed(
    ctx: Context,
    group_buy: GroupBuy,
    line: Participant,
    lang: str,
    below: Callable[[str], str] | None = None,
    *,
    key: str = "removed_line",
    group: str = "",
    each: tuple[Participant, ...] = (),
) -> str:
    """The group's "Amy took Bob (×1) off …" with the price after it, in `lang`; `below`: that it is no
    longer on (`_unformed`). `key`: `removed_line_yours`, her own copy read privately ("You removed …;
    “楼下群” was told"), `removed_line_seller`, the help-seller's, naming his `group` (no price:
    rep82 #11)."""
    text = t(
        lang,
        key,
        group=group,
        organiser=ctx.request.display_name,
        line=_shown(line, lang),
        quantity=_held(group_buy, line, lang, each),  # `×2`, sold per 斤 `2斤`, `小盒 ×1、大盒 ×1`
        title=group_buy.terms.title,
        id=group_buy.id,
    )
    if key == "removed_line_seller":
        return text
    text = t(lang, "two_sentences", first=text, second=_price_line(group_buy, line, lang))
    return text if below is None else "\n".join([text, below(lang)])


def _held(group_buy: GroupBuy, line: Participant, lang: str, each: tuple[Participant, ...]) -> str:
    """What a removed line held: `×2` (sold per 斤 `2斤`); of several options' lines, each option's
    (`小盒 ×1、大盒 ×1`, rep88 #12), never their sum alone."""
    unit = group_buy.terms.unit
    if len(each) < 2:
        return unit_texts.times(line.quantity, unit, lang)
    return t(lang, "list_separator").join(
        f"{x.option} {unit_texts.times(x.quantity, unit, lang)}" for x in each
    )


def _shown(line: Participant, lang: str) -> str:
    if line.friend:
        return t(lang, "line_of_friend", name=line.display_name, friend=line.friend)
    return line.display_name


async def _told(
    ctx: Context,
    group_buy: GroupBuy,
    line: Participant,
    listed: str | None,
    each: tuple[Participant, ...] = (),
) -> Reply:
    """The removed member's private note, in their steady language (`steady_languages`), else the
    language of the group the line was made in (`listed`: a 帮卖 group's, never the organiser's group's)."""
    chat = listed or await card_language(ctx.uow, group_buy, ctx.memo)
    langs = await steady_languages(ctx.uow, ctx.request.platform, [line.user_id], chat)
    lang = langs.get(line.user_id, chat)
    params = {
        "organiser": ctx.request.display_name,
        "quantity": _held(group_buy, line, lang, each),  # `×2`, sold per 斤 `2斤`, `小盒 ×1、大盒 ×1`
        "title": group_buy.terms.title,
        "id": group_buy.id,
    }
    key = "removed_your_friend" if line.friend else "removed_you"
    if ctx.request.user_id != group_buy.organiser_id:  # a chat admin: named as who did it, never 团长
        key, params = (
            f"{key}_by_admin",
            {**params, "by": params["organiser"], "organiser": group_buy.organiser_name},
        )
    text = t(lang, key, friend=line.friend, **params)
    return Reply(text=text, private_to=line.user_id, language=lang)


async def add(ctx: Context) -> list[Reply]:
    """代报 / `/add`: the organiser signs up a buyer who is not in the chat; a name that is a member of
    the chat (`Bob`, `@Bob`) adds to that member's own line instead of making a second "Bob"."""
    request = ctx.request
    try:
        words = parse_add(ctx.command.rest)
    except DomainError:  # `/add #2 3` of a #2 that does not exist: that, before "3 is not a name"
        group_buy_id, _ = split_group_buy_id(ctx.command.rest)
        if group_buy_id is not None:
            await service.reach(ctx.uow, where(ctx), group_buy_id, request.user_id)
        raise
    group_buy = await service.reach(ctx.uow, where(ctx), words.group_buy_id, request.user_id)
    if not group_buy.may_manage(request.user_id, is_admin=request.is_admin, in_chat=request.chat_id):
        raise DomainError("not_organiser", organiser=group_buy.organiser_name)
    if not group_buy.is_open:  # closed: where to add them instead (rep86 #9)
        refusal = DomainError(
            "group_buy_closed", id=group_buy.id, title=group_buy.terms.title, status=group_buy.status.value
        )
        if words.set_to:  # `代报 王阿姨 改成1份` after the close: nothing to change any more
            raise refusal
        raise await closed_steps.add(ctx, refusal, guest_name(words.name), words.quantity) or refusal
    words = _option_after_name(group_buy, words)
    words, converted = _counted(group_buy, words, await ctx.lang(group_buy))
    words = _count_in_note(group_buy, words, await ctx.lang(group_buy))
    member = await _member_named(ctx, group_buy, words.name)
    if member is not None and words.set_to:  # `代报 Bob 改成1份`: Bob's own line, his to change
        title, number = group_buy.terms.title, group_buy.id
        raise DomainError("set_to_not_yours", name=member[1], n=words.quantity, title=title, id=number)
    if member is not None:
        return await _add_to_member(ctx, group_buy, member, words, converted)
    if words.set_to:
        changed = await _guest_set_to(ctx, group_buy, words)
        if changed is not None:
            return changed
        held = await _guest_line(ctx, group_buy, words.name, words.note)
        assert held is not None
        words = replace(words, quantity=words.quantity - held.quantity, note=held.option, set_to=False)
    try:
        added = await service.add_guest(
            ctx.uow,
            group_buy=group_buy,
            name=words.name,
            quantity=words.quantity,
            note=words.note,
            actor=request.user_id,
            is_admin=request.is_admin,
            in_chat=request.chat_id,
            now=ctx.now,
            limits=ctx.config.join_limits,
            private=ctx.is_private,
        )
    except DomainError as refusal:  # about the guest's line, not the organiser's
        _keep_note(group_buy, refusal, words.note, request.text)
        name = guest_name(words.name)
        raise on_behalf.for_added(
            refusal,
            name=name,
            quantity=words.quantity,
            group_buy_id=group_buy.id,
            stock=group_buy.terms.stock,
        ) from refusal
    group_buy, line = added.group_buy, added.line
    noted = bool(option_in_note(group_buy, words.note)[1] if line.option else words.note)  # not the option
    lang = await card_language(
        ctx.uow, group_buy, ctx.memo
    )  # the group reads it: its `/lang`, else the card's
    by = request.display_name  # a chat admin's 代报 is his, her order still the organiser's to collect
    replies = [
        Reply(  # a note typed in private is the organiser's: the group never reads it (rep99 #7)
            text=_added(group_buy, line, words.quantity, noted and not ctx.is_private, lang, converted, by),
            chat_id=group_buy.chat_id,
            language=lang,
        )
    ]
    if ctx.is_private:  # the organiser reads it too, in the language she typed it in
        mine = await ctx.lang(group_buy)
        replies.append(
            Reply(text=_added(group_buy, line, words.quantity, noted, mine, converted, by), language=mine)
        )
    her = await organiser_told.told(ctx, group_buy, organiser_told.guest_added(group_buy, line))
    return [*replies, card_update(group_buy), *her]


async def _guest_line(ctx: Context, group_buy: GroupBuy, name: str, note: str) -> Participant | None:
    """The guest `name`'s line on `group_buy` that `代报 王阿姨 改成1份` changes (with options, of the
    option named in `note`, else her one line): None when she has none; several, asked which."""
    assert group_buy.id is not None
    name = guest_name(name)
    option = option_in_note(group_buy, note)[0] if group_buy.terms.options else ""
    lines = await ctx.uow.group_buys.lines_of(group_buy.id, guest_id(group_buy.organiser_id, name))
    lines = [line for line in lines if line.quantity > 0 and (not option or line.option == option)]
    if len(lines) > 1:  # 多规格: which option's line
        held = " / ".join(f"{line.option} ×{line.quantity}" for line in lines)
        raise DomainError(
            "add_set_which_option", name=name, title=group_buy.terms.title, id=group_buy.id, held=held,
            option=lines[0].option,
        )  # fmt: skip
    return lines[0] if lines else None


async def _guest_set_to(ctx: Context, group_buy: GroupBuy, words: AddWords) -> list[Reply] | None:
    """`代报 王阿姨 改成1份` (`/add Wang make it 1`): the guest's line set to that many. Fewer: lowered (to
    0: taken off, as `踢出 王阿姨`), the group told; as many: what she holds, nothing changed; none held:
    refused with the add that puts her down; more: None, the caller adds the difference as `代报` does."""
    assert group_buy.id is not None
    name, wanted = guest_name(words.name), words.quantity
    option, note = option_in_note(group_buy, words.note) if group_buy.terms.options else ("", words.note)
    if note:  # `代报 王阿姨 改成1份 3号楼`: a set-to changes her count only
        typed = " ".join((ctx.request.text or "").split())
        raise DomainError("add_unreadable", typed=typed, name=name, example_id=group_buy.id)
    line = await _guest_line(ctx, group_buy, name, option)
    title = group_buy.terms.title
    if line is None:
        raise DomainError("add_set_none", name=name, title=title, id=group_buy.id, n=max(wanted, 1))
    if wanted > line.quantity:
        return None
    lang = await ctx.lang(group_buy)
    if wanted == line.quantity:
        items = unit_texts.items(
            lang, line.quantity, options.line_title(group_buy, line), group_buy.terms.unit
        )
        return [Reply(text=t(lang, "set_to_already", name=name, items=items, id=group_buy.id), language=lang)]
    if wanted == 0:  # `改成0份`: off the list, as 踢出 takes it
        ctx.command = replace(ctx.command, rest=f"#{group_buy.id} {name}")
        return await remove(ctx)
    request, was = ctx.request, group_buy.sold
    lowered = await service.lower_guest(
        ctx.uow,
        group_buy=group_buy,
        line=line,
        keep=wanted,
        actor=request.user_id,
        is_admin=request.is_admin,
        in_chat=request.chat_id,
        now=ctx.now,
    )
    limits = ctx.config.join_limits
    promoted = await promote_waiting(ctx.uow, group_buy, now=ctx.now, max_per_line=limits.max_per_line)
    moved = await waiting.moved_in(ctx.uow, group_buy, promoted, ctx.memo, request.platform)
    below = await _unformed(ctx, group_buy, was)
    lang = await card_language(ctx.uow, group_buy, ctx.memo)
    replies = [
        Reply(text=_lowered(ctx, group_buy, lowered, lang, below), chat_id=group_buy.chat_id, language=lang)
    ]
    if ctx.is_private:  # the organiser reads it too, in the language she typed it in
        mine = await ctx.lang(group_buy)
        replies.append(Reply(text=_lowered(ctx, group_buy, lowered, mine, below), language=mine))
    return [*replies, card_update(group_buy), *moved]


def _lowered(
    ctx: Context, group_buy: GroupBuy, line: Participant, lang: str, below: Callable[[str], str] | None
) -> str:
    """The group's "Amy changed 王阿姨's line to 1 × Mangoes (#1)", the price after it, and that it no
    longer reaches its target when so."""
    title, unit = options.line_title(group_buy, line), group_buy.terms.unit
    text = t(
        lang,
        "guest_lowered",
        by=ctx.request.display_name,
        name=line.display_name,
        items=unit_texts.items(lang, line.quantity, title, unit),
        id=group_buy.id,
    )
    text = t(lang, "two_sentences", first=text, second=_price_line(group_buy, line, lang))
    return text if below is None else "\n".join([text, below(lang)])


def _option_after_name(group_buy: GroupBuy, words: AddWords) -> AddWords:
    """`代报 王阿姨 巧克力 1`: an option of the group buy ending the name, no option after the quantity, is
    the option (as `代报 王阿姨 1 巧克力`), not part of the name; so is a weight or size reading as one
    misnamed (`代报 Bob 7斤` beside 5斤, 3斤: asked which option for Bob, as `代报 Bob 1 7斤`)."""
    name, _, last = words.name.rpartition(" ")
    if not name.strip() or option_in_note(group_buy, words.note)[0]:
        return words
    measured = any(char.isdigit() for char in last) and looks_like_option(last, last)
    if group_buy.option_named(last) is None and not (measured and resembles_an_option(group_buy, last)):
        return words
    return replace(words, name=name.strip(), note=f"{last} {words.note}".strip())


def _counted(group_buy: GroupBuy, words: AddWords, lang: str) -> tuple[AddWords, str]:
    """How many `代报 王阿姨 2斤` adds, as a join's `+2斤` is read: sold in a unit, the amount in it (`1kg`
    on a per-斤 one: 2斤), refused in another unit or as no whole number of it (`半斤`), the example in
    the add form; sold by the 份, a count word's number (`2只`, `2斤` as `+2斤`; `半只` refused; a count word
    that is no 份, `2打`, `半打`, `2 dozen`, refused as `+2打` is), any other
    amount (`1kg`, `2.5斤`) a note, as after `+1`; with options a word the option may be (`代报 Bob 5斤`).
    A note that only names the goods (`代报 王阿姨 1 eggs` on 鸡蛋) is none, as after `+1`.
    With them, the amount as typed when another weight converted (`1 kg`: the reply's `1 kg = 2斤`),
    else ""."""
    measured = words.measured
    counted = words.counted and (group_buy.terms.unit or words.counted not in PORTION_WORDS)
    if measured is None and counted:  # `6个`, `6枚` of eggs by the 打: pieces; `6枚` by the 份: no 份
        measured = Measured(words.quantity, words.counted, note=words.note)
    if measured is None:
        if words.note and not words.counted and not group_buys.without_title(group_buy, words.note):
            sign = t(lang, "add_form", id=group_buy.id, name=guest_name(words.name)) + " "
            group_buys.goods_in_dozens(group_buy, words.note, words.quantity, sign=sign)  # `6 eggs`
            group_buys.goods_by_weight(group_buy, words.note, words.quantity, sign=sign)  # `2 lychees`
        return replace(words, note=group_buys.without_title(group_buy, words.note)), ""  # `1 eggs`: no note
    said = measured.part or unit_texts.quantity(measured.quantity, measured.unit)  # as typed: `2斤`, `2 kg`
    if group_buy.terms.unit:
        form = "/add" if lang == "en" else "代报"
        sign = f"{form} #{group_buy.id} {guest_name(words.name)} "
        quantity, note, converted = group_buys.in_its_unit(group_buy, measured, sign=sign)
        note = group_buys.without_title(group_buy, note)  # `代报 王阿姨 1打 鸡蛋`: no note, as `+1打 鸡蛋`
        return replace(words, quantity=quantity, note=note, measured=None), converted
    if measured.part and unit_key(measured.unit) in PORTION_WORDS:  # `代报 王阿姨 半只`: no half a 份
        raise DomainError("add_fraction", name=guest_name(words.name), typed=said, id=group_buy.id)
    if unit_key(measured.unit) in OTHER_COUNT_WORDS and not group_buy.terms.options:  # `代报 王阿姨 半打`
        raise DomainError(  # as `+半打`, `+2打` are: no 份 of it, the example in the add form
            "join_other_unit_portion",
            id=group_buy.id,
            title=group_buy.terms.title,
            typed=said,
            n=max(measured.quantity, 1),
            sign=t(lang, "add_form", id=group_buy.id, name=guest_name(words.name)) + " ",
        )
    if measured.part or group_buy.terms.options or unit_key(measured.unit) not in PORTION_WORDS | {"斤"}:
        return replace(words, quantity=1, note=f"{said} {words.note}".strip(), measured=None), ""
    return replace(words, measured=None), ""


def _count_in_note(group_buy: GroupBuy, words: AddWords, lang: str) -> AddWords:
    """`代报 Bob 1 要三份`: a note asking another count than the one added is refused as `+1 要三份` is,
    nothing added, the add to send instead (`代报 #1 Bob 3`; the rest of the note kept in it, `代报 Bob 1
    3号楼 要三份`: `代报 #1 Bob 3 3号楼`); the same count (`代报 Bob 3 要三份`) is added without those words;
    a labelled or bracketed note (`备注 要三份`) is kept whole (`commerce.domain.note_counts`)."""
    if not words.note or note_labelled(words.note):
        return words
    asked = count_in_note(words.note, group_buy.terms.unit)
    if asked is None:
        return words
    count, said = asked
    if count == words.quantity:
        return replace(words, note=without_count(words.note, said))
    name, kept = guest_name(words.name), without_count(words.note, said)
    raise DomainError(  # the rest of the note kept in the add to send (`代报 #1 Bob 3 3号楼`), as a join's
        "add_note_count",
        count=count,
        before=words.quantity,
        said=said,
        name=name,
        note=f" {kept}" if kept else "",
        form=t(lang, "add_form", id=group_buy.id, name=name),
        unit=group_buy.terms.unit,
    )


def _keep_note(group_buy: GroupBuy, refusal: DomainError, note: str, typed: str) -> None:
    """A guest's line asked which option (`代报 王阿姨 1 3号楼`): the example keeps the note, as a member's
    does (`… 1 3斤 3号楼`), not a word that reads as an option misnamed (`代报 王阿姨 1 7斤`)."""
    noted = group_buys.without_title(group_buy, note)
    if refusal.code != "option_which" or not noted:
        return
    if looks_like_option(noted, typed) and resembles_an_option(group_buy, noted):
        return
    refusal.params["example"] = f"{refusal.params['example']} {noted}"


def _added(
    group_buy: GroupBuy,
    line: Participant,
    added: int,
    noted: bool,
    lang: str,
    converted: str = "",
    by: str = "",
) -> str:
    """The group's "Amy signed up 王阿姨 ×2 …" (and the note, when given) with the price after it; `added`
    units to a line she already had: "added 2 for 王阿姨: now 3 × …"; typed in another weight (`converted`,
    `1 kg`), what it came to, as a join says it: `1 kg = 2斤`."""
    title, unit = options.line_title(group_buy, line), group_buy.terms.unit
    key = "guest_added_in_unit" if unit else "guest_added"  # "2 × Mangoes", "2 boxes of Strawberries"
    text = t(
        lang,
        key if line.quantity == added else "guest_added_more",  # to a line she had: how many
        by=by or group_buy.organiser_name,  # who typed it (a chat admin, or her)
        organiser=group_buy.organiser_name,  # whose order it is to collect
        name=line.display_name,
        added=unit_texts.more(lang, added, unit),  # `2 份`, sold per 斤 `2斤`
        quantity=unit_texts.quantity(line.quantity, unit, lang),  # `2`, sold per 斤 `2斤`
        title=title,
        items=unit_texts.items(lang, line.quantity, title, unit),  # `3 × 荔枝`, `3斤 荔枝`
        id=group_buy.id,
    )
    text = _with_conversion(text, converted, added, unit, lang)
    if noted:
        text = t(lang, "two_sentences", first=text, second=t(lang, "joined_note", note=line.note))
    text = t(lang, "two_sentences", first=text, second=_price_line(group_buy, line, lang))
    return _with_target_reached(text, group_buy, added, lang)


def _with_target_reached(text: str, group_buy: GroupBuy, added: int, lang: str) -> str:
    """`text` and, when the `added` units took it to its target, `🎉 已成团！`, as a `+N` that reaches it
    says (handlers.group_buys.join)."""
    terms = group_buy.terms
    if not group_buy.has_target or not group_buy.target_reached or group_buy.sold - added >= terms.target:
        return text
    return t(lang, "two_sentences", first=text, second=t(lang, "target_reached"))


def _with_conversion(text: str, converted: str, added: int, unit: str, lang: str) -> str:
    """`text` and, when the amount was typed in another weight (`converted`: `1 kg`), `1 kg = 2斤。`."""
    if not converted:
        return text
    said = t(lang, "join_converted", typed=converted, quantity=unit_texts.quantity(added, unit, lang))
    return t(lang, "two_sentences", first=text, second=said)


async def _member_named(ctx: Context, group_buy: GroupBuy, written: str) -> tuple[str, str] | None:
    """(user id, name) of the member of the group buy's chat that `written` names (`@Bob`, the adapter's
    mention, or `Bob` as the chat knows him), None when it names nobody here (a guest)."""
    # from a private chat: the group's members, looked up as in the group
    request = replace(ctx.request, chat_id=group_buy.chat_id, chat_kind=ChatKind.GROUP)
    if request.mentions or written.startswith("@"):
        user_id = (await _members(ctx, request, written if written.startswith("@") else "@" + written))[0]
    else:
        named = await ctx.uow.members.find_in_chat(group_buy.chat_id, guest_name(written))
        here = [member for member in named if member.platform == request.platform]
        if len(here) > 1:
            raise DomainError("add_member_ambiguous", name=guest_name(written))
        if not here:
            return None
        user_id = here[0].user_id
    name = await ctx.uow.members.name_of(identity(request.platform, user_id))
    return user_id, name or written.lstrip("@")


async def _members(ctx: Context, request: Request, written: str) -> tuple[str, ...]:
    """The members `written` mentions; an unknown or ambiguous name answered with the add form."""
    try:
        return await mentioned(ctx.uow, request, written)
    except DomainError as refusal:
        if refusal.code == "member_unknown":  # the command as typed, the @ taken off: `/add #2 ed 1 small`
            typed = " ".join((ctx.request.text or "").split())
            example = typed.replace(written, written.lstrip("@"), 1)
            raise DomainError("add_member_unknown", name=refusal.params["name"], example=example) from refusal
        if refusal.code == "member_ambiguous":
            raise DomainError("add_member_ambiguous", name=refusal.params["name"]) from refusal
        raise


async def _add_to_member(
    ctx: Context, group_buy: GroupBuy, member: tuple[str, str], words: AddWords, converted: str = ""
) -> list[Reply]:
    """代报 Bob 1 for a member of the chat: added to Bob's own line, as his own +1 would."""
    user_id, name = member
    assert group_buy.id is not None
    try:
        joined = await group_buys.join(
            ctx.uow,
            chat_id=group_buy.chat_id,
            group_buy_id=group_buy.id,
            user_id=user_id,
            display_name=name,
            quantity=words.quantity,
            now=ctx.now,
            note=words.note,
            limits=ctx.config.join_limits,
            option_attempt=looks_like_option(words.note, ctx.request.text),  # `7斤`: no note to keep
            count_in_note=False,  # `代报 Bob 1 要三份`: the note as written (its `+3` would be Bob's own)
            whole_member=False,  # the organiser's 代报: Bob's line alone, not what he signed up for friends
            private=ctx.is_private,
            added_by=ctx.request.display_name,  # a line Bob never made is marked so (rep100 #3)
        )
    except DomainError as refusal:  # about Bob's line, not the organiser's
        raise on_behalf.for_added(
            refusal,
            name=name,
            quantity=words.quantity,
            group_buy_id=group_buy.id,
            stock=group_buy.terms.stock,
        ) from refusal
    group_buy, line = joined.group_buy, joined.line
    lang = await card_language(
        ctx.uow, group_buy, ctx.memo
    )  # the group reads it: its `/lang`, else the card's
    text = _member_added(ctx, group_buy, line, words, lang, converted)
    replies = [Reply(text=text, chat_id=group_buy.chat_id, language=lang)]
    if ctx.is_private:  # the organiser reads it too, in the language she typed it in
        mine = await ctx.lang(group_buy)
        replies.append(Reply(text=_member_added(ctx, group_buy, line, words, mine, converted), language=mine))
    if line.quantity == words.quantity and user_id != ctx.request.user_id:  # a line she never made
        replies.append(await _member_told_added(ctx, group_buy, line, lang))  # rep100 #3
    return [*replies, card_update(group_buy)]


async def _member_told_added(ctx: Context, group_buy: GroupBuy, line: Participant, chat: str) -> Reply:
    """The member the organiser put down (`/add #2 @Fay 1`, Fay had no line) told privately, in her steady
    language, else the group's: who put her down for what, in which group, and how to take it off."""
    langs = await steady_languages(ctx.uow, ctx.request.platform, [line.user_id], chat)
    lang = langs.get(line.user_id, chat)
    title, unit = options.line_title(group_buy, line), group_buy.terms.unit
    off = f"-{line.quantity} #{group_buy.id}" + (f" {line.option}" if line.option else "")
    text = t(
        lang,
        "member_added_you",
        by=ctx.request.display_name,
        items=unit_texts.items(lang, line.quantity, title, unit),
        id=group_buy.id,
        chat=await chat_label(ctx.uow, group_buy.chat_id),
        off=off,
    )
    return Reply(text=text, private_to=line.user_id, language=lang)


def _member_added(
    ctx: Context, group_buy: GroupBuy, line: Participant, words: AddWords, lang: str, converted: str = ""
) -> str:
    """The group's "Amy added 1 to Bob's line: Bob ×2 …" with the price after it."""
    title, unit = options.line_title(group_buy, line), group_buy.terms.unit
    text = t(
        lang,
        "member_added" if line.quantity != words.quantity else "member_added_new",  # no line before
        by=ctx.request.display_name,
        name=line.display_name,
        added=unit_texts.more(lang, words.quantity, unit),  # `1 份`, sold per 斤 `1斤`
        items=unit_texts.items(lang, line.quantity, title, unit),  # `2 × 荔枝`, `2斤 荔枝`
        id=group_buy.id,
    )
    text = _with_conversion(text, converted, words.quantity, unit, lang)
    text = t(lang, "two_sentences", first=text, second=_price_line(group_buy, line, lang))
    return _with_target_reached(text, group_buy, words.quantity, lang)


def _price_line(group_buy: GroupBuy, line: Participant, lang: str) -> str:
    """The price after the change: with options (多规格) the line's option's, or every option's."""
    return options.price_line_of(group_buy, line, lang) or price_line(group_buy, lang)
