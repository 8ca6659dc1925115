"""`分享笔记 3` / `/share note 3` (`/sharenote 3`): a member's own signed link (Telegram) and code
(everywhere) for a note, which attribute a purchase of the note's group buy to them as a card's share
link would (commerce.services.note_shares); the note's card counts the members who took one. In a
private chat, a note of a group the member is in, as `/note 3` there. A note of a group that help-sells
its group buy (帮卖) gives that group's listing code and link, as `分享` there: they open its card. Typed in
a group, they go to her privately, the group reading one line, as `分享` there."""

from __future__ import annotations

from commerce.domain.errors import DomainError
from commerce.domain.member import identity
from commerce.services import note_shares as service
from handlers import notes, sharing
from handlers.chat_names import title_of
from handlers.context import Context
from handlers.parsing import notes as parsing
from handlers.referrals import TELEGRAM, earns_line, help_sells, sold_out_answer
from handlers.texts import share_code_shown, t
from handlers.types import SHARE_CODE, Reply


async def share_note(ctx: Context) -> list[Reply]:
    note_id = parsing.note_number(ctx.command.rest)
    if note_id is None:
        raise DomainError("note_share_usage")
    request = ctx.request
    secret = ctx.config.payment_secret
    # in a private chat, a note of one of her groups, as `/note 3` reads it there (handlers.notes)
    chat_id = await notes.readable_in(ctx, note_id) if ctx.is_private else request.chat_id
    try:
        note, group_buy, code, listing, counted = await service.share_note(
            ctx.uow,
            note_id=note_id,
            chat_id=chat_id,
            member_id=request.user_id,
            secret=secret,
            now=ctx.now,
        )
    except DomainError as refusal:  # sold out: as `分享` says it, privately; send 分享笔记 3 again (rep83 #7)
        if refusal.code != "share_sold_out":
            raise await _what_to_do(ctx, refusal, note_id, chat_id) from refusal
        sold = await ctx.uow.group_buys.get(refusal.params["id"])
        if sold is None:
            raise
        lang = await ctx.lang()
        return sold_out_answer(ctx, sold, lang, t(lang, "share_again_note", id=note_id))
    assert group_buy.id is not None
    lang = await ctx.lang()
    title = group_buy.terms.title
    shown = share_code_shown(lang, code.label)  # English: `12-K7QM` (no 团 on the keyboard)
    telegram = request.platform == TELEGRAM
    if telegram:
        listing_id = None if listing is None else listing.id
        payload = sharing.share_payload(group_buy.id, request.user_id, secret, listing_id=listing_id)
        link = f"https://t.me/{ctx.config.bot_username}?start={payload}"
        text = t(lang, "note_share_link", id=note_id, gid=group_buy.id, title=title, link=link, code=shown)
    else:
        text = t(lang, "note_share_code", id=note_id, gid=group_buy.id, title=title, code=shown)
    # its organiser earns nothing on her own; a help-seller (帮卖) earns on his group's lines, rate or none
    # her note's group help-sells it and she is its help-seller: her code there earns her its help-sell
    # rate, said as `分享` there says it (review 99 #5), her group by name (read privately)
    sells = listing is not None and listing.seller_id == request.user_id != group_buy.organiser_id
    said = request.chat_title if listing is not None and listing.chat_id == request.chat_id else None
    chat = (await title_of(ctx.uow, listing.chat_id, said=said) if sells and listing else None) or ""
    earns = earns_line(
        group_buy,
        request.user_id,
        lang,
        help_sells=await help_sells(ctx, group_buy),
        sells_here=sells,
        chat=chat,
    )
    if earns:
        text = t(lang, "share_then_earns", first=text, second=earns)  # on a line of its own
    replies = [Reply(text=text, language=lang)]
    if not ctx.is_private:  # her own link and code are hers: privately, as `分享` typed here (rep69 #8)
        me = request.user_id
        said = "share_sent_privately" if telegram else "share_code_sent_privately"
        replies = [
            Reply(text=t(lang, said, name=request.display_name), language=lang, says_sent_to=me),
            Reply(text=text, private_to=me, language=lang, extra={SHARE_CODE: str(group_buy.id)}),
        ]
    if counted:
        replies.append(notes.card_update(note.id or note_id, note.chat_id))
    return replies


async def _what_to_do(ctx: Context, refusal: DomainError, note_id: int, chat_id: str) -> DomainError:
    """A share refused, with the next step (rep87 #11): a number that is no note here names this chat's
    notes; a note about no group buy, with one open here, how its author links it (`笔记 1 #3`) and how
    that group buy is shared (`分享 #3`)."""
    if refusal.code == "note_not_found" and not ctx.is_private:
        elsewhere = await _in_her_other_group(ctx, note_id)
        return elsewhere or await notes.not_here(ctx, note_id, chat_id) or refusal
    if refusal.code == "note_share_no_group_buy" and chat_id:
        open_here = await ctx.uow.group_buys.open_in_chat(chat_id)
        newest = max((group_buy.id or 0 for group_buy in open_here), default=0)
        if newest:
            return DomainError("note_share_no_group_buy_open", id=note_id, gid=newest)
    return refusal


async def _in_her_other_group(ctx: Context, note_id: int) -> DomainError | None:
    """`分享笔记 1` in her second group, note #1 posted in her first (rep105 #9): where it is, and what works:
    privately `分享笔记 1`, or here `分享 #4` when its group buy is open here too (this group's code). None:
    no such note, or one of a group she is not in (answered as a note that does not exist)."""
    request = ctx.request
    note = await ctx.uow.notes.get(note_id)
    if note is None or note.chat_id == request.chat_id:
        return None
    if not await ctx.uow.edits.member_of(note.chat_id, identity(request.platform, request.user_id)):
        return None
    lang = await ctx.lang()
    chat = await title_of(ctx.uow, note.chat_id)
    where = t(lang, "note_share_where_named", chat=chat) if chat else t(lang, "note_share_where_other")
    sold_here = None if note.group_buy_id is None else await ctx.uow.group_buys.get(note.group_buy_id)
    if sold_here is not None and sold_here.id is not None and sold_here.is_open:
        listed = await ctx.uow.listings.in_chat(sold_here.id, request.chat_id)
        if sold_here.chat_id == request.chat_id or listed is not None:
            return DomainError(
                "note_share_in_other_group_sold_here",
                id=note_id,
                where=where,
                gid=sold_here.id,
                title=sold_here.terms.title,
            )
    return DomainError("note_share_in_other_group", id=note_id, where=where)
