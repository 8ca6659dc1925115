"""Pickup (核销) by code: `核销 4827` / `/pickupcode 4827` hands a paid order over, and the organiser's
pickup helpers: `设置帮手 @Cat` / `/helper #12 @Cat`, `取消帮手 @Cat` / `/helper #12 -@Cat`.

The answer to a code names the buyer and lists their lines, so whoever stands at the pickup point
hands over the right goods; the buyer is told privately and the card ticks the line 📦. A code used
before is answered with when and by whom.
"""

from __future__ import annotations

from commerce.domain.errors import DomainError
from commerce.domain.group_buy import GroupBuy, Participant
from commerce.domain.guests import is_guest, payer_of
from commerce.domain.member import identity
from commerce.domain.reach import Where
from commerce.services import pickup as service
from commerce.services.pickup import AlreadyCollected, SeveralCoded
from handlers.cards import card_update
from handlers.context import Context, card_language
from handlers.guests import guest_note
from handlers.members import listed_in, mentioned, own_languages
from handlers.parsing.codes import read_code, read_helper
from handlers.texts import format_datetime, t
from handlers.types import Reply

MAX_NOT_COLLECTED = 50  # names /list shows of those yet to collect; the count says how many in all


async def verify_code(ctx: Context) -> list[Reply]:
    """`核销 4827`, `核销 #12 4827`, `/pickupcode 4827`: the order holding that code is collected."""
    group_buy_id, code = read_code(ctx.command.rest)
    request = ctx.request
    try:
        done = await service.verify(
            ctx.uow,
            code=code,
            actor=request.user_id,
            helper=identity(request.platform, request.user_id),
            is_admin=request.is_admin,
            where=Where(request.chat_id, private=ctx.is_private),
            now=ctx.now,
            group_buy_id=group_buy_id,
        )
    except AlreadyCollected as used:
        raise await _used(ctx, used, code) from used
    except SeveralCoded as several:
        raise _which(several, await ctx.lang(), code) from several
    order, group_buy = done.order, done.group_buy
    lang = await ctx.lang(group_buy)
    lines = "\n".join(
        t(lang, "pickup_code_line", description=line.description, quantity=line.quantity)
        for line in order.lines
    )
    text = t(
        lang,
        "pickup_code_ok",
        code=code,
        order=order.number,
        name=order.buyer_name,
        units=t(lang, "units_count", count=order.quantity),
        lines=lines,
    )
    to = payer_of(order.buyer_id)  # a guest's: the organiser who added them
    buyer_lang = await card_language(ctx.uow, group_buy, ctx.memo)
    buyer_lang = (await own_languages(ctx.uow, request.platform, [to], buyer_lang))[to]
    note = t(
        buyer_lang,
        "picked_up_buyer_note",
        organiser=request.display_name,
        order=order.number,
        title=group_buy.terms.title,
    )
    if is_guest(order.buyer_id):  # 代报: to the organiser who added them, about the guest
        note = guest_note(order, group_buy, "picked_up", by=request.display_name, lang=buyer_lang)
    if not ctx.is_private and order.chat_id != request.chat_id:  # 帮卖: another group's buyer
        said = Reply(text=text, private_to=request.user_id, language=lang)  # never named here
    else:
        said = Reply(text=text, language=lang, mention=() if ctx.is_private else (order.buyer_id,))
    return [said, Reply(text=note, private_to=to, language=buyer_lang), card_update(group_buy)]


async def _used(ctx: Context, used: AlreadyCollected, code: str) -> DomainError:
    """The answer to a code used before: when and by whom its order was handed over."""
    lang = await ctx.lang(used.group_buy)
    return DomainError(
        "pickup_code_used",
        digits=code,
        order=used.order.number,
        name=used.order.buyer_name,
        at=format_datetime(used.at, ctx.tz, lang),
        by=await _name_of(ctx, used.by, used.group_buy),
    )


async def _name_of(ctx: Context, user_id: str, group_buy: GroupBuy) -> str:
    """How the chat calls the member with this user id (who handed an order over)."""
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
    # in private, `设置帮手 #12 @Ivy` names a member of a chat #12 is in (its own or a 帮卖 group's)
    chats = await listed_in(ctx.uow, group_buy_id, request.user_id) if ctx.is_private else []
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
    text = t(
        lang,
        "helper_removed" if remove else "helper_added_private" if ctx.is_private else "helper_added",
        names=t(lang, "list_separator").join(names),
        id=group_buy.id,
        title=group_buy.terms.title,
    )
    return [Reply(text=text, language=lang, mention=tuple(members))]


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
    participants: list[Participant], lang: str, *, collected: frozenset[str], dropped: frozenset[str]
) -> str:
    """/list's last line once a group buy succeeded: who has yet to collect ("Not collected yet (2): Bob,
    Cat"), or that everyone has."""
    waiting: dict[str, str] = {}
    for line in participants:
        if line.user_id not in collected and line.user_id not in dropped:
            waiting.setdefault(line.user_id, line.display_name)
    if not waiting:
        return t(lang, "list_all_collected")
    names = list(waiting.values())
    shown = t(lang, "list_separator").join(names[:MAX_NOT_COLLECTED])
    if len(names) > MAX_NOT_COLLECTED:
        shown += " …"
    return t(lang, "list_not_collected", count=len(names), names=shown)
