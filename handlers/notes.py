"""Notes (种草) in the chat: post one (`/note #12 …`, `种草 …`, a photo captioned `#种草 …`), like it (the
card's 👍 button, `赞 3`, `/like 3`), take the like back (`取消赞 3`, `/unlike 3`, the button again),
comment (a reply to the card, `评论 3 …`), and see it with its comments (`笔记 3`, `/note 3`).

A note's card is a live card like a group buy's: the handlers say only that it changed, and the
platform renders it when it sends (`ChatApp.render_card`), so likes arriving together make one edit.
Its key in the cards' space (`Reply.card_of`) is the note's number negated (`card_key`): group buys
keep the positive numbers, so every platform's card map, coalescing and edits serve notes unchanged.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import timedelta

from commerce.domain.asking import asks_itself
from commerce.domain.errors import DomainError
from commerce.domain.group_buy import GroupBuy, GroupBuyStatus
from commerce.domain.listings import LISTING_KEYS
from commerce.domain.member import identity
from commerce.domain.notes import Mark, Note
from commerce.domain.reputation import Level
from commerce.domain.sharing import ShareVisit
from commerce.domain.titles import names
from commerce.ports import UnitOfWork, UnitOfWorkFactory
from commerce.services import asking, attribution, listings
from commerce.services import moderation as moderation_service
from commerce.services import notes as service
from commerce.services.group_buys import sold_out as group_sold_out
from commerce.services.notes import NoteView
from handlers import chat_names, digest, group_buys, last_opened, no_buttons, note_copies, options
from handlers.buttons import NoteAction, NoteButton
from handlers.cards import LISTED, money
from handlers.chat_names import titles as chat_titles
from handlers.context import Context, chat_setting, language_in
from handlers.fit import clip
from handlers.memo import LanguageMemo
from handlers.note_cards import REPRICED, note_chats
from handlers.parsing import notes as parsing
from handlers.parsing.commands import Command
from handlers.recipients import language_of
from handlers.texts import normalize_language, share_code_shown, t
from handlers.texts.units import per_unit
from handlers.types import EDIT_ONLY, LIKES_ONLY, Button, Reaction, Reply, Request

MAX_NAME = 32
MAX_CHATS_SEEN = 200  # the groups a private `/like 3` looks through for the one the note is in
MAX_CARDS_REFRESHED = 20  # other notes' cards one like refreshes (flags or a level it changed)
LIKED = "👍"  # the reaction a typed like gets on its own message, where the platform has reactions


def card_key(note_id: int) -> int:
    """The note's card in `Reply.card_of` (group buys' cards are their positive ids)."""
    return -note_id


def note_of(card_of: int) -> int | None:
    """The note whose card `card_of` is, or None for a group buy's or a listing's card."""
    return -card_of if -LISTING_KEYS < card_of < 0 else None


def card_update(
    note_id: int, chat_id: str, *, refresh: bool = True, likes: bool = False, answered: bool = False
) -> Reply:
    """The note's card shown again in `chat_id`: by default a refresh, which edits the card shown
    before and posts none where there was none (a note taken in digest mode: `Reply.refresh`); only
    the note's posting (`refresh=False`) posts it. `likes`: only its like count changed (`LIKES_ONLY`:
    never posted anew for that where the card cannot be edited); `answered`: the answer beside it says
    what changed (`EDIT_ONLY`: edited where it can be, never posted anew for that)."""
    extra = {LIKES_ONLY: "1"} if likes else {}
    if answered:
        extra[EDIT_ONLY] = "1"
    return Reply(card_of=card_key(note_id), chat_id=chat_id, refresh=refresh, extra=extra)


def reply_comment(request: Request) -> Command | None:
    """A message replying to a note card is a comment on that note."""
    note_id = parsing.replied_note(request.replied_to)
    if note_id is None or not request.text.strip():
        return None
    return Command("comment", rest=str(note_id), word="reply")


# -- commands ------------------------------------------------------------------------------------------
async def post_note(ctx: Context) -> list[Reply]:
    """`/note #12 …`, `种草 …`, `#种草 …` with a photo: the note's card; `笔记 3`: note 3, its comments."""
    request = ctx.request
    posting = parsing.posting(request.text)
    if posting.show is not None:
        await _empty_on(ctx, posting.show)
        return await show_note(ctx, posting.show)
    if posting.link is not None:  # `笔记 3 #2`: note 3 is about group buy 2
        return await link_note(ctx, *posting.link)
    mistyped = None if request.photo else parsing.mistyped_number(request.text)
    if mistyped is not None:  # `笔记 abc`: a note's number mistyped, no note to post
        raise DomainError("note_no_such_number", word=mistyped)
    if ctx.command.unslashed and not request.photo:  # `note #2 is sold out`: maybe talk, never posted
        said = " ".join(request.text.split())
        raise DomainError("note_unslashed", text=clip(said, 40), example=f"/{clip(said, 200)}")
    if posting.text and not request.photo and asks_itself(posting.text):  # `种草 #4 草莓甜吗？`: it asks
        return await _asked_instead(ctx, posting)
    if ctx.is_private:
        raise DomainError("note_in_group")
    meant = None if request.photo else parsing.only_numbers(posting.text)
    if meant is not None:  # `笔记 3 #2`: a number meant to read a note or to link one, no note to post
        raise DomainError("note_only_numbers", text=clip(posting.text, 20), id=meant)
    if not request.photo:  # `笔记 1 开团 价格 30`: note 1 of this chat, then words: a command meant
        await _number_then_words(ctx, posting)
    if not request.photo and await _about_nothing_named(ctx, posting):  # `种草 这个好用 👆`, no photo
        raise DomainError("note_picture_missing")
    try:
        note = await service.post(
            ctx.uow,
            chat_id=request.chat_id,
            author_id=request.user_id,
            author_name=request.display_name,
            text=posting.text,
            photo=request.photo,
            group_buy_id=posting.group_buy_id,
            now=ctx.now,
            per_day=ctx.config.notes_per_day,
            lang=ctx.command.typed or await ctx.lang(),  # the note's words: `/note 烟台苹果很甜` is zh
        )
    except DomainError as refusal:  # `种草 #2 <her note 3 again>`: she meant note 3 to be about #2
        if refusal.code == "group_buy_not_found":  # `/note #99 great stuff`: her note, not `/status`'s
            raise await _no_such_group_buy(ctx, posting) from None
        if refusal.code == "note_empty":  # `种草 #99`: the form on one of hers here, never a fixed #12
            raise await _empty(ctx) from None
        same = await _posted_before(ctx, refusal, posting.group_buy_id)
        if same is None:
            raise
        return await link_note(ctx, same, posting.group_buy_id or 0, again=True)
    about = None if note.group_buy_id is None else await ctx.uow.group_buys.get(note.group_buy_id)
    if about is not None and about.status is GroupBuyStatus.OPEN:  # a friend joining through the note:
        await _author_code(ctx, about, request.chat_id, request.user_id)
    quiet = await digest.quiet(ctx)  # digest mode: told privately, in her own language
    lang = await ctx.private_lang(await ctx.lang()) if quiet else await ctx.lang()
    unsure = [] if note.group_buy_id is not None else await _not_guessed(ctx, note.id or 0, note.text, lang)
    held = await _held(ctx, note)
    if quiet:  # digest mode: no card now; the author is told, the evening digest lists it
        told = await digest.told_privately(ctx, unsure)  # the chat hears nothing, the group named
        # a flagged one: only that it waits for the admins (and the digest leaves it out), never also
        # "the digest lists the best notes", which it would not
        return [*(held or await digest.posted(ctx, note)), *told]
    return await _cards(ctx, [card_update(note.id or 0, request.chat_id, refresh=False), *unsure, *held])


async def _empty_on(ctx: Context, number: int) -> None:
    """`/note #2` in a group with no note #2 and group buy #2 open: `#2` names the group buy, as in
    `/note #2 …`, and the note's words are missing (rep87 #8), said so with the form; `/note #99` with
    neither a note nor a group buy #99 here: both said, with what to send (s40); else `/note 2`."""
    if ctx.is_private or ctx.request.photo or not parsing.hashed(ctx.request.text):
        return
    chat_id = ctx.request.chat_id
    note = await ctx.uow.notes.get(number)
    if note is not None and (note.chat_id == chat_id or await _help_sold_home(ctx, number)):
        return
    open_here = await ctx.uow.group_buys.open_in_chat(chat_id)
    if any(group_buy.id == number for group_buy in open_here):
        raise DomainError("note_empty_on", id=number)
    if note is not None:  # a note of another chat: shown, or said where it is (show_note)
        return
    named = await ctx.uow.group_buys.get(number)
    if named is not None and named.chat_id == chat_id:  # one of this chat's, ended: `/note 2` as before
        return
    # `/note #99`: neither a note nor a group buy here (s40): both said, with what to send
    example = max((group_buy.id or 0 for group_buy in open_here), default=0)
    if example:
        raise DomainError("note_hashed_neither", id=number, gid=example)
    raise DomainError("note_hashed_neither_none_open", id=number)


async def _no_such_group_buy(ctx: Context, posting: parsing.Posting) -> DomainError:
    """`/note #99 great stuff` where no group buy #99 is here (s38): said so, nothing posted, with the
    note typed again on the newest open one's number (and where the open ones are seen), else with none."""
    words = clip(posting.text, NOTE_WORDS_SHOWN) or "…"
    open_here = await ctx.uow.group_buys.open_in_chat(ctx.request.chat_id)
    example = max((group_buy.id or 0 for group_buy in open_here), default=0)
    if not example:
        return DomainError("note_group_buy_not_found_none", id=posting.group_buy_id, words=words)
    return DomainError("note_group_buy_not_found", id=posting.group_buy_id, gid=example, words=words)


async def _empty(ctx: Context) -> DomainError:
    """A note with no words (`种草 #99`, `/note`): how to write one, on the newest open group buy here she
    is on (or organises), else the newest open here, else on none (s41: the example was a fixed `#12`)."""
    open_here = [g for g in await ctx.uow.group_buys.open_in_chat(ctx.request.chat_id) if g.id is not None]
    me = ctx.request.user_id
    joined = (
        await ctx.uow.group_buys.joined_among([g.id for g in open_here if g.id], me) if open_here else set()
    )
    hers = [g.id or 0 for g in open_here if g.id in joined or g.organiser_id == me]
    example = max(hers, default=0) or max((g.id or 0 for g in open_here), default=0)
    if not example:
        return DomainError("note_empty_none_open")
    return DomainError("note_empty_here", gid=example)


NOTE_WORDS_SHOWN = 30  # of a note refused, the words its example types again


async def _number_then_words(ctx: Context, posting: parsing.Posting) -> None:
    """`笔记 1 开团 价格 30` (`/note 1 …`; never `种草 1 …`): a note of this chat's number, then words, is
    far more likely a command about note 1 than a recommendation opening with "1" (rep87 #2): refused,
    nothing posted, with how to read, link or comment on it, or post a note."""
    number = None if posting.group_buy_id is not None else parsing.number_then_words(ctx.request.text)
    if number is None:
        return
    chat_id = ctx.request.chat_id
    note = await ctx.uow.notes.get(number)
    if note is None or note.chat_id != chat_id:
        return
    open_here = await ctx.uow.group_buys.open_in_chat(chat_id)
    example = max((group_buy.id or 0 for group_buy in open_here), default=0) or note.group_buy_id or 2
    raise DomainError("note_number_then_words", id=number, gid=example)


async def _about_nothing_named(ctx: Context, posting: parsing.Posting) -> bool:
    """`种草 这个好用 👆` sent without its picture: words pointing at one, naming the product only as
    `这个` (`parsing.points_at_a_picture`), no group buy numbered (`种草 #3 …`) nor one open here named by
    its title: nothing says what the note is about."""
    if posting.group_buy_id is not None or not parsing.points_at_a_picture(posting.text):
        return False
    open_here = await ctx.uow.group_buys.open_in_chat(ctx.request.chat_id)
    return not any(names(posting.text, g.terms.title) for g in open_here)


async def _held(ctx: Context, note: Note) -> list[Reply]:
    """A note its posting flagged (⚠️ 未验证: a phone number, say) waits for the admins' look: its
    author is told so privately, and why (the signals), naming the group where its name is known, and
    that until then digests, search and answers leave it out."""
    from handlers.moderation import reasons  # handlers.moderation refreshes note cards: imported here

    flag = await ctx.uow.moderation.flag(note.id or 0)
    if flag is None or not flag.unverified:
        return []
    own = await language_of(ctx, note.author_id)  # hers, as her mute notice (rep82 #5): not the note's words
    why = reasons(own, flag.reasons, to_author=True) or t(own, "moderation_admins_decided")
    chat = await chat_names.title_of(ctx.uow, note.chat_id, said=ctx.request.chat_title)
    if chat is None:
        text = t(own, "note_held_you", id=note.id, why=why)
    else:
        text = t(own, "note_held_you_in", id=note.id, why=why, chat=chat)
    return [Reply(text=text, private_to=note.author_id, language=own)]


async def _author_code(ctx: Context, about: GroupBuy, chat_id: str, author_id: str) -> None:
    """The note's author's share code for its group buy (as `分享` gives it): a friend joining through
    the note was brought by them (a 帮卖 group: its listing's code)."""
    listing = await listings.reaches(ctx.uow, about, chat_id)
    listing_id = None if listing is None else listing.id
    secret = ctx.config.payment_secret
    await attribution.share_code(ctx.uow, about, author_id, secret=secret, now=ctx.now, listing_id=listing_id)


async def _posted_before(ctx: Context, refusal: DomainError, group_buy_id: int | None) -> int | None:
    """The note of hers in this chat that `种草 #2 …` repeats word for word (`note_duplicate`): with a
    group buy named, she meant that note to be about it. None: the refusal stands."""
    if refusal.code != "note_duplicate" or group_buy_id is None:
        return None
    same = await ctx.uow.notes.get(int(refusal.params.get("id") or 0))
    return None if same is None or same.chat_id != ctx.request.chat_id else same.id


async def link_note(ctx: Context, note_id: int, group_buy_id: int, *, again: bool = False) -> list[Reply]:
    """`笔记 3 #2` / `种草 3 关联 #2` / `/note 3 #2`: note 3, written before group buy 2 opened, is about
    it from now on: its card (edited, not posted again) carries the group buy's price and Join, with
    its author's share code, as a `种草 #2 …` note's does. Its author or that group buy's organiser may,
    in the group or privately (a note of one of her groups). `again`: she posted note 3's words again
    as `种草 #2 …`, and is told that note 3 was linked instead."""
    request = ctx.request
    chat_id = await readable_in(ctx, note_id) if ctx.is_private else request.chat_id
    note, about, changed = await service.link(
        ctx.uow,
        note_id=note_id,
        chat_id=chat_id,
        group_buy_id=group_buy_id,
        member_id=request.user_id,
        now=ctx.now,
    )
    lang = await ctx.lang()
    said = {"id": note_id, "title": about.terms.title, "group_buy": group_buy_id}
    if not changed:
        key = "note_duplicate_linked_before" if again else "note_link_already"
        return await _answered(ctx, Reply(text=t(lang, key, **said), language=lang))
    await _author_code(ctx, about, chat_id, note.author_id)
    held = await _held_by_link(ctx, note, about)
    if held is not None:  # the link flagged it (she sells it, say): no Join on its card, said so
        if ctx.is_private and note.author_id == request.user_id:  # her own chat: the one message
            replies = [replace(held, private_to=None), card_update(note_id, chat_id)]
            return [*replies, *flag_cards(ctx, replies, chat_id)]
        if note.author_id == request.user_id:
            text = t(lang, no_buttons.text_key("note_linked_held", request.platform), **said)
        else:
            held_key = no_buttons.text_key("note_linked_held_author", request.platform)
            text = t(lang, held_key, name=_name(note.author_name), **said)
        answer = await _answered(ctx, Reply(text=text, language=lang))
        replies = [*answer, card_update(note_id, chat_id), held]
        return [*replies, *flag_cards(ctx, replies, chat_id)]
    linked = "note_duplicate_linked" if again else no_buttons.text_key("note_linked", request.platform)
    text = t(lang, linked, **said)
    replies = [*await _answered(ctx, Reply(text=text, language=lang)), card_update(note_id, chat_id)]
    if note.author_id != request.user_id:  # the organiser linked it: its author learns it, privately
        own = await language_of(ctx, note.author_id)  # hers, as her other notices: not the note's words
        told = t(own, "note_linked_by_organiser", name=_name(request.display_name), **said)
        replies.append(Reply(text=told, private_to=note.author_id, language=own))
    return [*replies, *flag_cards(ctx, replies, chat_id)]


async def _held_by_link(ctx: Context, note: Note, about: GroupBuy) -> Reply | None:
    """Linking a note can flag it (its author organises or sells the group buy: a signal, with its
    gushing unbought or her only note here): its card then offers no Join and waits for the admins'
    look. Its author is told so privately, and why, as when a posting flags a note (review 99 #1)."""
    from handlers.moderation import reasons  # handlers.moderation refreshes note cards: imported here

    flag = await ctx.uow.moderation.flag(note.id or 0)
    if flag is None or not flag.doubted:
        return None
    own = await language_of(ctx, note.author_id)
    why = reasons(own, flag.reasons, to_author=True) or t(own, "moderation_admins_decided")
    chat = await chat_names.title_of(ctx.uow, note.chat_id, said=ctx.request.chat_title)
    said = {"id": note.id, "title": about.terms.title, "group_buy": about.id, "why": why}
    platform = ctx.request.platform  # WeChat: no Join button to name (handlers/no_buttons.py)
    if chat is None:
        text = t(own, no_buttons.text_key("note_held_linked_you", platform), **said)
    else:
        text = t(own, no_buttons.text_key("note_held_linked_you_in", platform), chat=chat, **said)
    return Reply(text=text, private_to=note.author_id, language=own)


LINKED_BACK = timedelta(days=30)  # the notes of hers `link my note to …` looks through


async def link_asked(ctx: Context) -> list[Reply]:
    """`/linknote 3 #2`, or in a sentence, `link my note to the avocado group buy`, `把笔记1挂到牛油果团`:
    as `笔记 3 #2` when it is clear which note (its number, else her one note here not linked to an
    open group buy) and which group buy (its number, else the one open here its words name); else one
    line with the exact form, nothing changed."""
    command, request = ctx.command, ctx.request
    if command.in_words:
        note_id, target = (int(command.word) if command.word else None), command.rest
    else:
        note_id, target = parsing.link_args(command.rest)
    group_buy_id, words = parsing.group_buy_named(target)
    if ctx.is_private and note_id is not None and group_buy_id is not None:
        return await link_note(ctx, note_id, group_buy_id)  # it finds the note's group, or says none
    chat_id = request.chat_id if not ctx.is_private else ""
    if ctx.is_private and note_id is not None:
        chat_id = await readable_in(ctx, note_id)
    if note_id is None and chat_id:
        note_id = await _her_note_to_link(ctx, chat_id)
    open_here = [] if not chat_id else await ctx.uow.group_buys.open_in_chat(chat_id)
    if group_buy_id is None and words and chat_id:
        named = await service.named_group_buys(ctx.uow, chat_id, words)
        group_buy_id = named[0].id if len(named) == 1 else None
    if note_id is not None and group_buy_id is not None:
        return await link_note(ctx, note_id, group_buy_id)
    example_note = note_id or await _her_newest_note(ctx, chat_id) or 3
    example = group_buy_id or max((gb.id or 0 for gb in open_here), default=0) or 2
    raise DomainError("note_link_usage", id=example_note, group_buy=example)


async def _her_notes(ctx: Context, chat_id: str) -> list[Note]:
    recent = await ctx.uow.notes.recent_of(ctx.request.user_id, since=ctx.now - LINKED_BACK)
    return [note for note in recent if not chat_id or note.chat_id == chat_id]


async def _her_note_to_link(ctx: Context, chat_id: str) -> int | None:
    """`link my note to …`: her one note here of the last 30 days; of several, her one not linked to a
    group buy still open; None when that does not say which."""
    mine = await _her_notes(ctx, chat_id)
    if len(mine) == 1:
        return mine[0].id
    free = []
    for note in mine:
        about = None if note.group_buy_id is None else await ctx.uow.group_buys.get(note.group_buy_id)
        if about is None or about.status is not GroupBuyStatus.OPEN:
            free.append(note)
    return free[0].id if len(free) == 1 else None


async def _her_newest_note(ctx: Context, chat_id: str) -> int | None:
    mine = await _her_notes(ctx, chat_id)
    return max((note.id or 0 for note in mine), default=0) or None


async def _answered(ctx: Context, answer: Reply) -> list[Reply]:
    """A note command's answer: in digest mode told to its author privately, as a note taken or
    refused there is (handlers.digest), the chat hearing nothing."""
    return await digest.told_privately(ctx, [answer]) if await digest.quiet(ctx) else [answer]


async def _asked_instead(ctx: Context, posting: parsing.Posting) -> list[Reply]:
    """A note that is itself a question (`种草 #4 草莓甜吗？有人买过吗`, `/note #6 Are they sweet?`: it
    opens by asking, `asking.asks_itself`) recommends nothing, and Ask and the digests would leave it
    out: it is answered as `问 #4 …` / `/ask #6 …` is, nothing posted, its first line saying so."""
    from handlers.ask import ask  # handlers.ask reads notes: imported when a note asks

    numbered = "" if posting.group_buy_id is None else f"#{posting.group_buy_id} "
    ctx.command = replace(ctx.command, name="ask", rest=numbered + posting.text)
    replies = await ask(ctx)
    for place, reply in enumerate(replies):  # the answer said where it was asked: its first line
        if reply.text and reply.private_to is None:
            lang = reply.language or await ctx.lang()
            key = "note_asked_instead" if posting.group_buy_id is None else "note_asked_instead_on"
            said = t(lang, key, id=posting.group_buy_id or 0)
            replies[place] = replace(reply, text=f"{said}\n{reply.text}")
            break
    return replies


async def _not_guessed(ctx: Context, note_id: int, text: str, lang: str) -> list[Reply]:
    """A note without `#12` naming several open group buys alike is linked to none: its author is told
    which they are and that `#12` links a note (commerce.domain.note_links), in `lang`."""
    named = await service.named_group_buys(ctx.uow, ctx.request.chat_id, text)
    if len(named) < 2:
        return []
    choices = " / ".join(f"#{gb.id} {gb.terms.title}" for gb in sorted(named, key=lambda gb: gb.id or 0))
    example = min(gb.id or 0 for gb in named)
    said = t(lang, "note_link_which", id=note_id, choices=choices, example=example)
    return [Reply(text=said, language=lang)]


async def show_note(ctx: Context, note_id: int) -> list[Reply]:
    """`笔记 3` / `/note 3`: the note with its comments. In a private chat, a note of a group the member
    is in (`chat_members`), read there without its buttons (likes and comments are given in the group,
    which it names); any other note is answered as one that does not exist. The quoted copy is kept
    fresh as the card is (handlers.note_copies: its 👍 count moves with a like); where a sent message
    cannot be edited (WeChat) it says how to see the current count."""
    home = "" if ctx.is_private else await _help_sold_home(ctx, note_id)
    chat_id = await readable_in(ctx, note_id, to_read=True) if ctx.is_private else home or ctx.request.chat_id
    # in a group the copy is everyone's, kept fresh and pointed to by the older ones: the group's language
    # (rep81 #9: one `note 1` in a Chinese group turned every copy English), else the words typed
    lang = (await ctx.group_language()) or await ctx.lang()
    viewer = ctx.request.user_id if ctx.is_private else ""  # her own copy: her lines may hold all of it
    quoted = note_copies.QuotedNote(note_id, chat_id, lang, ctx.is_private, home, viewer=viewer)
    shown = await quote(ctx.uow, quoted, platform=ctx.request.platform)
    if shown.card_of is None:  # hidden: says so, nothing more to keep fresh
        return [shown]
    key = await note_copies.remember(
        ctx.values,
        platform=ctx.request.platform,
        quoted=replace(quoted, shown_in=ctx.request.chat_id),
        now=ctx.now,
    )
    if key is None:  # a plain message: its count is the card's, as it was then
        counted = t(lang, "note_count_then", id=note_id)
        return [replace(shown, card_of=None, chat_id=None, text=f"{shown.text}\n{counted}")]
    return [replace(shown, card_of=key, new_card=True, chat_id=None)]


async def quote(uow: UnitOfWork, quoted: note_copies.QuotedNote, *, platform: str | None) -> Reply:
    """The note quoted with its comments as `笔记 3` shows it in `quoted`'s chat, now (`card_of` set
    to the note's card: None for a hidden note, which is shown only as hidden)."""
    note_id, lang, home = quoted.note_id, quoted.language, quoted.home
    chat_id = home or quoted.chat
    shown = await service.show(uow, note_id=note_id, chat_id=chat_id, with_comments=True)
    # the home group's note joins here as `+1 #1` (this group's 帮卖), never with its author's code
    held = await _held_all(uow, shown, quoted.viewer)
    card = render(replace(shown, share="") if home else shown, lang, platform=platform, held=held)
    if shown.flag is not None and shown.flag.hidden:  # hidden by the chat's admins: says so, nothing more
        return Reply(text=card.text, language=lang)
    lines = [card.text, "", t(lang, "note_comments_head")] if shown.comments else [card.text]
    lines += [t(lang, "note_comment_line", name=_name(c.author_name), text=c.text) for c in shown.comments]
    key = card_key(note_id)
    if home:  # a note of the home group of a group buy help-sold here, as Ask quotes it: read only
        where = (await chat_titles(uow, [home])).get(home, home)
        lines += ["", t(lang, "note_read_from_home", id=note_id, chat=where)]
        return Reply(text="\n".join(lines), language=lang, photo=card.photo, card_of=key)
    if quoted.private:  # its 👍 and comments belong to its group: said, no buttons that cannot act here
        where = (await chat_titles(uow, [chat_id])).get(chat_id, chat_id)
        lines += ["", t(lang, "note_read_in_private", id=note_id, chat=where)]
        return Reply(text="\n".join(lines), language=lang, photo=card.photo, card_of=key)
    if not shown.comments:
        lines += ["", t(lang, "note_no_comments", id=note_id)]
    return Reply(text="\n".join(lines), buttons=card.buttons, language=lang, photo=card.photo, card_of=key)


async def _help_sold_home(ctx: Context, note_id: int) -> str:
    """The chat of a note of another group posted on a group buy help-sold (帮卖) in this group, or on an
    earlier round of it (Ask quotes such notes here: `commerce.services.asking.friends_said_here`), else
    "" (a note of this chat, or one none of its business: answered as one that does not exist)."""
    note = await ctx.uow.notes.get(note_id)
    if note is None:
        return ""
    return note.chat_id if await listings.speaks_for(ctx.uow, note, ctx.request.chat_id) is not None else ""


async def readable_in(ctx: Context, note_id: int, *, to_read: bool = False) -> str:
    """The chat of a note read in a private chat, when the member is a member of it (else "": the note
    is none of theirs to see, and is answered as one that does not exist). `to_read` (`笔记 9`): also a
    note posted on a group buy she is on or bought, help-sold in a group of hers, or just opened by its
    share code, as private asks quote them (commerce.services.asking.may_read): what she was quoted she
    may read whole; she likes and comments only in groups she is in."""
    note = await ctx.uow.notes.get(note_id)
    if note is None:
        return ""
    request = ctx.request
    who = identity(request.platform, request.user_id)
    if await ctx.uow.edits.member_of(note.chat_id, who):
        return note.chat_id
    if not to_read or note.group_buy_id is None:
        return ""
    opened = await last_opened.recall(ctx)
    if opened is not None and opened.group_buy_id == note.group_buy_id:
        return note.chat_id
    return note.chat_id if await asking.may_read(ctx.uow, request.platform, request.user_id, note) else ""


async def like(ctx: Context) -> list[Reply]:
    """`赞 3` / `/like 3`: once per member; again: told so, nothing changes. In a group it is as quiet as
    the card's 👍 (`_quiet`): a like is not news for the whole group; the member's message gets a 👍
    reaction (`_acknowledged`), liked now or before, so Telegram, which has no toast for it, answers too.
    One's own note is refused with a message (`note_like_own`), as any mistake: a toast would reach
    nobody on Telegram, and no reaction says "your like is there" for a like that is not."""
    note_id = parsing.note_number(ctx.command.rest)
    if note_id is None:
        word = parsing.not_a_number(ctx.command.rest)
        if word:  # `赞 abc` (rep76 #11): what was wrong, then the form
            raise DomainError("like_not_a_number", word=word)
        raise DomainError("like_usage")
    request = ctx.request
    chat_id = await _liked_in(ctx, note_id)  # 帮卖: a home group's note quoted here is liked here too
    try:
        liked = await service.like(
            ctx.uow, note_id=note_id, chat_id=chat_id, member_id=request.user_id, now=ctx.now
        )
    except DomainError as refusal:
        if refusal.code == "note_not_found" and ctx.is_private:
            raise await _liked_where(ctx, note_id) or refusal from refusal
        if refusal.code == "note_not_found":
            raise await not_here(ctx, note_id, chat_id) or refusal from refusal
        raise
    lang = await ctx.lang()
    if not liked:
        return [_acknowledged(ctx, _quiet(ctx, t(lang, "note_already_liked", id=note_id), lang))]
    if not ctx.is_private:  # in a group, as the card's 👍: the liker is answered, the group is not
        answer = _acknowledged(ctx, _quiet(ctx, t(lang, "toast_note_liked", id=note_id), lang))
        return await _cards(ctx, [answer, card_update(note_id, chat_id, likes=True)])
    likes = await _likes(ctx.uow, note_id)
    text = t(lang, "note_liked", name=_name(request.display_name), id=note_id, likes=likes)
    return await _cards(
        ctx, [Reply(text=text, language=lang), card_update(note_id, request.chat_id, likes=True)]
    )


async def unlike(ctx: Context) -> list[Reply]:
    """`取消赞 3` / `/unlike 3`: the like taken back; none to take back: told so."""
    note_id = parsing.note_number(ctx.command.rest)
    if note_id is None:
        word = parsing.not_a_number(ctx.command.rest)
        if word:  # `取消赞 abc`: what was wrong, then the form
            raise DomainError("unlike_not_a_number", word=word)
        raise DomainError("unlike_usage")
    request = ctx.request
    chat_id = await _liked_in(ctx, note_id)
    try:
        taken = await service.unlike(
            ctx.uow, note_id=note_id, chat_id=chat_id, member_id=request.user_id, now=ctx.now
        )
    except DomainError as refusal:
        if refusal.code == "note_not_found" and ctx.is_private:
            raise await _liked_where(ctx, note_id, taking_back=True) or refusal from refusal
        if refusal.code == "note_not_found":
            raise await not_here(ctx, note_id, chat_id) or refusal from refusal
        raise
    lang = await ctx.lang()
    if not taken:
        return [_quiet(ctx, t(lang, "note_not_liked", id=note_id), lang)]
    if not ctx.is_private:
        answer = _quiet(ctx, t(lang, "toast_note_unliked", id=note_id), lang)
        return await _cards(ctx, [answer, card_update(note_id, chat_id, likes=True)])
    text = t(lang, "note_unliked", name=_name(request.display_name), id=note_id)
    return await _cards(
        ctx, [Reply(text=text, language=lang), card_update(note_id, request.chat_id, likes=True)]
    )


async def _liked_in(ctx: Context, note_id: int) -> str:
    """The chat a like, an unlike or a comment typed here counts in: this one; in a help-selling group
    (帮卖), the home group of a note quoted here (`_help_sold_home`: on the buy help-sold here or an
    earlier round of it), numbered as shown here, so `赞 1` there likes it."""
    request = ctx.request
    if ctx.is_private:
        return request.chat_id
    return await _help_sold_home(ctx, note_id) or request.chat_id


async def _liked_where(ctx: Context, note_id: int, *, taking_back: bool = False) -> DomainError | None:
    """`/like 3` (`/unlike 3`: `taking_back`) in a private chat: likes are given and taken back where the
    note was posted, in front of the others; a member of that group is told which group it is (her own
    note: that she cannot like it at all; None: the note is none of theirs to see)."""
    note = await ctx.uow.notes.get(note_id)
    if note is None:
        return None
    who = identity(ctx.request.platform, ctx.request.user_id)
    for chat in await ctx.uow.chat_names.of_member(who, limit=MAX_CHATS_SEEN):
        if chat.chat_id == note.chat_id:
            where = chat.title or chat.chat_id
            if taking_back:
                return DomainError("note_unlike_in_group", id=note_id, chat=where)
            if note.author_id == ctx.request.user_id:  # not sent to the group to be refused there
                return DomainError("note_like_own", id=note_id)
            return DomainError("note_like_in_group", id=note_id, chat=where)
    return None


NOTES_NAMED = 5  # the most recent notes of a chat named when a number typed there is none of its own


async def not_here(ctx: Context, note_id: int, chat_id: str) -> DomainError | None:
    """`like 1` in a group whose notes are #2 and #5 (note numbers run across chats, rep76 #11): said that
    #1 is not here, with this chat's notes (`This chat's notes: #2 Kaya jam, #5 …`), only those anyone
    may read: never one hidden by the chat's admins or taken down by its author; None: none here."""
    notes, _ = await ctx.uow.trust.activity(chat_id)
    if not notes:
        return None
    flags = await ctx.uow.moderation.flags(chat_id)
    shown = [note for note in notes if not (note.note_id in flags and flags[note.note_id].hidden)]
    if not shown:
        return None
    recent = sorted(shown, key=lambda note: note.note_id)[-NOTES_NAMED:]
    # each by its own words, never its group buy's title (a list of titles reads as one of group buys),
    # listed as the chat's language lists (`、` in Chinese: rep87 #9)
    named = [f"#{note.note_id} {_gist(note.text or note.title)}".rstrip() for note in recent]
    separator = t(await ctx.lang(), "list_separator")
    return DomainError("note_not_in_chat", id=note_id, notes=separator.join(named))


def _gist(text: str, width: int = 16) -> str:
    """A note's first words, cut to a few."""
    first = " ".join(text.split())
    return first if len(first) <= width else first[: width - 1].rstrip() + "…"


def _quiet(ctx: Context, text: str, lang: str) -> Reply:
    """A typed like's answer in a group: a toast, as the 👍 button's (the playground shows it to the liker
    only, Telegram has no toast for a typed message: the card's count, and for a like the 👍 reaction
    of `_acknowledged`, answer, WeChat says it as a short line, as it does the button's); in a private
    chat, a message."""
    return Reply(text=text, language=lang) if ctx.is_private else Reply(toast=text, language=lang)


def _acknowledged(ctx: Context, answer: Reply) -> Reply:
    """A typed like's answer in a group, with a 👍 on the member's own message (Telegram has no toast for
    a typed message; the playground shows it too; WeChat has no reactions). A private chat has the
    message."""
    message_id = ctx.request.message_id
    if ctx.is_private or message_id is None:
        return answer
    return replace(answer, reaction=Reaction(message_id, LIKED))


async def tap_like(ctx: Context) -> list[Reply]:
    """The card's 👍: likes, or takes the like back; a toast and the card's new count, in the card's
    language (its refusals too: `Context.tapped_lang`)."""
    note_id = int(ctx.command.rest)
    request = ctx.request
    note = await ctx.uow.notes.get(note_id)
    if note is not None and note.chat_id == request.chat_id:
        about = None if note.group_buy_id is None else await ctx.uow.group_buys.get(note.group_buy_id)
        ctx.tapped_lang = await card_language(ctx.uow, note, about, ctx.memo)
    liked = await service.toggle_like(
        ctx.uow, note_id=note_id, chat_id=request.chat_id, member_id=request.user_id, now=ctx.now
    )
    lang = await ctx.lang()
    toast = t(lang, "toast_note_liked" if liked else "toast_note_unliked", id=note_id)
    return await _cards(
        ctx, [Reply(toast=toast, language=lang), card_update(note_id, request.chat_id, likes=True)]
    )


async def tap_join(ctx: Context) -> list[Reply]:
    """A note card's Join: the linked group buy's Join, and the note's author counts as having brought
    the tapper (a visit through the author's link: `commerce.domain.attribution`)."""
    request = ctx.request
    shown = await service.show(ctx.uow, note_id=int(ctx.command.rest), chat_id=request.chat_id)
    group_buy = shown.group_buy
    if group_buy is None or group_buy.id is None:
        raise DomainError("button_stale")
    if shown.note.author_id != request.user_id and not _doubted(shown):  # an ad brings nobody
        await ctx.uow.visits.add(ShareVisit(group_buy.id, shown.note.author_id, request.user_id, ctx.now))
    joining = Command(
        "join",
        quantity=1,
        group_buy_id=group_buy.id,
        tap=True,
        first_only=True,
        option_index=ctx.command.option_index,  # 多规格: the option's Join on the note's card
    )
    return await group_buys.join(replace(ctx, command=joining))


async def comment(ctx: Context) -> list[Reply]:
    """`评论 3 …` / `/comment 3 …`, or a reply to the note's card."""
    request, command = ctx.request, ctx.command
    if command.word == "reply":
        note_id, text = int(command.rest), request.text
    else:
        note_id, text = parsing.comment(request.text)
    # in a private chat, a note of one of her groups, as `/note 3` reads it there (`readable_in`)
    chat_id = await readable_in(ctx, note_id) if ctx.is_private else await _liked_in(ctx, note_id)
    try:
        added = await service.comment(
            ctx.uow,
            note_id=note_id,
            chat_id=chat_id,
            author_id=request.user_id,
            author_name=request.display_name,
            text=text,
            now=ctx.now,
        )
    except DomainError as refusal:
        if refusal.code == "note_not_found" and not ctx.is_private:
            raise await not_here(ctx, note_id, chat_id) or refusal from refusal
        raise
    lang = await ctx.lang()
    author = await _comment_told(ctx, note_id, chat_id, added.text)
    if ctx.is_private:  # said to her here; the card in its group shows the new count
        where = (await chat_titles(ctx.uow, [chat_id])).get(chat_id, chat_id)
        said = t(lang, "note_commented_in", id=note_id, chat=where)
        replies = [Reply(text=said, language=lang), card_update(note_id, chat_id), *author]
        return [*replies, *flag_cards(ctx, replies, chat_id)]
    lang = await ctx.heard_by_group(lang)  # the group reads it: in its own language (rep73 #8)
    said = t(lang, "note_commented", name=_name(request.display_name), id=note_id)
    return [*await _cards(ctx, [Reply(text=said, language=lang), card_update(note_id, chat_id)]), *author]


COMMENT_WORDS_TOLD = 60  # of a comment, the words its note's author is told


async def _comment_told(ctx: Context, note_id: int, chat_id: str, text: str) -> list[Reply]:
    """The note's author told privately of a comment on it, its words and how to answer: a question
    asked under a note otherwise reaches nobody (the group reads only that there was one; review 99
    #10). Her own comment on her note: nothing."""
    note = await ctx.uow.notes.get(note_id)
    if note is None or note.author_id == ctx.request.user_id:
        return []
    own = await language_of(ctx, note.author_id)
    chat = await chat_names.title_of(
        ctx.uow, chat_id, said=None if ctx.is_private else ctx.request.chat_title
    )
    said = {"name": _name(ctx.request.display_name), "id": note_id, "text": clip(text, COMMENT_WORDS_TOLD)}
    if chat is None:
        told = t(own, "note_comment_to_author", **said)
    else:
        told = t(own, "note_comment_to_author_in", chat=chat, **said)
    return [Reply(text=told, private_to=note.author_id, language=own)]


async def delete_note(ctx: Context) -> list[Reply]:
    """`删除笔记 3` / `撤回笔记 3` / `/deletenote 3`: its author takes it down (hidden as an admin's hide
    hides it, the card saying its author withdrew it), in the group or privately (a note of one of her
    groups); a chat's admin typing it hides it as `隐藏 3` does. Anyone else: refused, nothing changed."""
    from handlers import moderation  # handlers.moderation refreshes note cards: imported here

    note_id = parsing.deleted_note(ctx.command.rest)
    if note_id is None:
        raise DomainError("delete_note_usage")
    request = ctx.request
    chat_id = await readable_in(ctx, note_id) if ctx.is_private else request.chat_id
    note = await service.note_in_chat(ctx.uow, note_id, chat_id)
    if note.author_id != request.user_id and not ctx.is_private and request.is_admin:
        ctx.command = replace(ctx.command, name="hide", rest=str(note_id))
        return await moderation.hide(ctx)
    await moderation_service.withdraw(
        ctx.uow, note_id=note_id, chat_id=chat_id, author=request.user_id, now=ctx.now
    )
    lang = await ctx.lang()
    if ctx.is_private:
        where = (await chat_titles(ctx.uow, [chat_id])).get(chat_id)
        said = (
            t(lang, "note_withdrawn_in", id=note_id, chat=where)
            if where
            else t(lang, "note_withdrawn", id=note_id)
        )
        return [Reply(text=said, language=lang), card_update(note_id, chat_id)]
    replies = [
        Reply(text=t(lang, "note_withdrawn", id=note_id), language=lang),
        card_update(note_id, chat_id),
    ]
    return [*replies, *flag_cards(ctx, replies)]


async def edit_note(ctx: Context) -> list[Reply]:
    """`修改笔记 3 …` / `/editnote 3 …`: a note is not edited once posted (its likes and comments were
    given to what it said); its author is told how to withdraw it and post again, in one line."""
    note_id = parsing.edited_note(ctx.command.rest)
    if note_id is None:
        raise DomainError("edit_note_usage")
    request = ctx.request
    chat_id = await readable_in(ctx, note_id) if ctx.is_private else request.chat_id
    note = await service.note_in_chat(ctx.uow, note_id, chat_id)
    if note.author_id != request.user_id:
        raise DomainError("note_edit_not_yours", id=note_id)
    lang = await ctx.lang()
    return [Reply(text=t(lang, "note_edit_instead", id=note_id), language=lang)]


async def notes_help(ctx: Context) -> list[Reply]:
    """`/help notes` (笔记帮助, `帮助 笔记`): how notes work and how reputation grows, in plain words."""
    lang = await ctx.lang()
    said = no_buttons.text_key("help_notes", ctx.request.platform)  # WeChat: the +1 its card says, no button
    return [Reply(text=t(lang, said), language=lang)]


async def _cards(ctx: Context, replies: list[Reply]) -> list[Reply]:
    """The replies with the cards of other notes a like or a comment changed (`flag_cards`). In digest
    mode (handlers.digest) too: a refresh edits a card shown before the mode was switched on and posts
    none that never was (`Reply.refresh`); only a note card's posting is left out there."""
    replies = [*_likes_alone(ctx, replies), *flag_cards(ctx, replies)]
    if not await digest.quiet(ctx):
        return replies
    return [r for r in replies if r.refresh or r.card_of is None or note_of(r.card_of) is None]


async def repriced_cards(uow: UnitOfWork, replies: Sequence[Reply]) -> list[Reply]:
    """`replies` with, after each group buy card whose price or Join changed (`REPRICED`:
    handlers.note_cards), the cards of the newest `MAX_CARDS_REFRESHED` notes about it in its chat and,
    帮卖, in each chat that lists it (`LISTED`), each card in its own chat's language (`render_card`),
    so a note never shows a price the group buy no longer has; the mark is taken off."""
    out: list[Reply] = []
    shown = {(reply.card_of, reply.chat_id) for reply in replies if reply.is_card}
    for reply in replies:
        if reply.card_of is None or not reply.extra.get(REPRICED):
            out.append(reply)
            continue
        extra = {key: value for key, value in reply.extra.items() if key != REPRICED}
        out.append(replace(reply, extra=extra))
        if reply.chat_id is None or note_of(reply.card_of) is not None:
            continue
        # 帮卖: the notes written in the groups that list it show its price too
        listed = bool(reply.extra.get(LISTED))
        for chat_id in await note_chats(uow, reply.card_of, reply.chat_id, listed=listed):
            # in digest mode too: a refresh edits only a card shown before (`Reply.refresh`)
            about = await uow.notes.about(reply.card_of, chat_id, limit=MAX_CARDS_REFRESHED)
            fresh = [card_update(n, chat_id) for n in sorted(about)]
            out += [card for card in fresh if (card.card_of, card.chat_id) not in shown]
            shown.update((card.card_of, card.chat_id) for card in fresh)
    return out


def flag_cards(ctx: Context, replies: list[Reply], chat_id: str | None = None) -> list[Reply]:
    """The cards of the other notes whose shill flag this unit of work changed (a like can complete a
    clique and flag its other notes: commerce.services.moderation.rescore), or whose author's level
    it changed (the name on the card says 达人 / 推荐官: commerce.services.reputation.recompute), the
    newest `MAX_CARDS_REFRESHED` of those."""
    shown = {reply.card_of for reply in replies if reply.card_of is not None}
    changed = ctx.uow.moderation.written | ctx.uow.trust.relevelled
    newest = sorted((n for n in changed if card_key(n) not in shown), reverse=True)[:MAX_CARDS_REFRESHED]
    return [card_update(n, chat_id or ctx.request.chat_id) for n in sorted(newest)]


def _likes_alone(ctx: Context, replies: list[Reply]) -> list[Reply]:
    """`replies` without the `LIKES_ONLY` mark on the card of a note whose flag or author's level this
    unit of work changed too (`flag_cards`): that card says more than a new count."""
    changed = {card_key(n) for n in ctx.uow.moderation.written | ctx.uow.trust.relevelled}
    return [
        replace(reply, extra={k: v for k, v in reply.extra.items() if k != LIKES_ONLY})
        if reply.card_of in changed and LIKES_ONLY in reply.extra
        else reply
        for reply in replies
    ]


async def _likes(uow: UnitOfWork, note_id: int) -> int:
    note = await uow.notes.get(note_id)
    return 0 if note is None else note.likes


# -- the card --------------------------------------------------------------------------------------------
async def render_card(
    uow_factory: UnitOfWorkFactory,
    note_id: int,
    *,
    memo: LanguageMemo,
    default_language: str,
    caption_limit: int | None = None,
    platform: str | None = None,
) -> Reply:
    """The note's card as it stands now, in the chat's language (its `/lang`, else the language its
    group buy's card speaks there, else the note's), for `ChatApp.render_card`.
    `caption_limit`: where a photo's caption is the card (Telegram), its text is cut to fit.
    `platform`: the one it is sent on (WeChat: its join hint names no button, handlers.no_buttons)."""
    async with uow_factory() as uow:
        note = await uow.notes.get(note_id)
        if note is None:
            return Reply(text=t(default_language, "note_not_found", id=note_id), card_of=card_key(note_id))
        shown = await service.view(uow, note)
        lang = await card_language(uow, note, shown.group_buy, memo) or default_language
    card = render(shown, lang, platform=platform)
    if card.photo and caption_limit is not None:
        card = Reply(
            text=clip(card.text, caption_limit),
            buttons=card.buttons,
            card_of=card.card_of,
            chat_id=card.chat_id,
            language=lang,
            photo=card.photo,
            label=card.label,
        )
    return card


async def card_language(
    uow: UnitOfWork, note: Note, group_buy: GroupBuy | None, memo: LanguageMemo
) -> str | None:
    """The language of the note's card: its chat's `/lang`, else the language its group buy's card speaks
    there, else the note's (None: none known)."""
    lang = await chat_setting(uow, note.chat_id, memo)
    if lang is None and group_buy is not None:  # the chat's: as its group buy's card speaks there
        lang = await language_in(uow, group_buy, note.chat_id, memo)
    return lang or normalize_language(note.lang)


async def _held_all(uow: UnitOfWork, shown: NoteView, viewer: str) -> int:
    """How many units the reader of a private copy holds on her own lines of the note's sold-out group buy
    when they are all there is, its options' too (rep84 #10: Bob, holding both 荔枝, read `想候补就发 候补 #6
    1`, then refused; s38: of a group buy with options alike); 0 otherwise (one read of her lines, for a
    sold-out group buy's private copy only)."""
    group_buy = shown.group_buy
    if not viewer or group_buy is None or group_buy.id is None or group_buy.status is not GroupBuyStatus.OPEN:
        return 0
    if group_buy.terms.unit or group_buy.sold <= 0 or not group_sold_out(group_buy):
        return 0
    own = sum(
        line.quantity for line in await uow.group_buys.lines_of(group_buy.id, viewer) if not line.friend
    )
    return own if own >= group_buy.sold else 0  # every unit taken is on her own lines


def render(shown: NoteView, lang: str, *, platform: str | None = None, held: int = 0) -> Reply:
    """`笔记 #3 · Amy · 达人 ✅ 已购买` (a newcomer, a flagged note or an ad shows no level), the text,
    the group buy it is about with its price (and how to join while it is open), `👍 3 · 💬 2`; a 👍
    button, and the group buy's Join button while it is open. On a platform without buttons
    (`platform`: WeChat) the join hint says only what to send. `held`: a private copy's reader holds all
    of its sold-out group buy, that many: said, never how to wait."""
    note, group_buy = shown.note, shown.group_buy
    note_id = note.id or 0
    if shown.flag is not None and shown.flag.hidden:  # hidden by the chat's admins (handlers.moderation)
        withdrawn = shown.flag.hidden_by == note.author_id  # or by its author (`删除笔记 3`)
        text = t(lang, "note_withdrawn_card" if withdrawn else "note_hidden_card", id=note_id)
        label = t(lang, "note_card_label", id=note_id)
        return Reply(text=text, card_of=card_key(note_id), chat_id=note.chat_id, language=lang, label=label)
    name = _name(note.author_name)
    doubted = _doubted(shown)  # ⚠️, or a kept ad (hidden: said above)
    if shown.level is not Level.NEWCOMER and not doubted:  # 达人 / 推荐官 by the name; a newcomer's,
        # a flagged note's or an ad's name stands alone: the card never vouches for what is doubted
        name = t(lang, "note_author_level", name=name, level=t(lang, f"note_level_{shown.level.value}"))
    head = t(lang, "note_card_head", id=note_id, name=name)
    mark_words = [t(lang, f"note_mark_{mark.value}") for mark in shown.marks]
    if shown.flag is not None and shown.flag.unverified:  # shill signals (commerce.domain.shill): no ✅
        mark_words = [t(lang, f"note_mark_{m.value}") for m in shown.marks if m is not Mark.VERIFIED]
        mark_words.append(t(lang, "note_mark_unverified"))
    lines = [" ".join([head, *mark_words]), note.text]
    like = t(lang, "btn_note_like", likes=note.likes)
    if not note.likes and not no_buttons.has_buttons(platform):  # WeChat: `回复 5 点赞`, not `赞 0`
        like = t(lang, "btn_note_like_none")
    like_row = (Button(like, NoteButton(NoteAction.LIKE, note_id).pack()),)
    rows: list[tuple[Button, ...]] = [like_row]
    if group_buy is not None and group_buy.id is not None:
        title = group_buy.terms.title
        if group_buy.terms.options:  # 多规格: each option's price now, as the group buy's card
            choices = group_buy.option_choices()
            lines.append(t(lang, "note_about_options", title=title, id=group_buy.id, choices=choices))
        else:
            price = per_unit(lang, money(group_buy.current_unit_price, group_buy), group_buy.terms.unit)
            lines.append(t(lang, "note_about", title=title, id=group_buy.id, price=price))
        if group_buy.status is GroupBuyStatus.OPEN and held:  # all of it hers: nothing to wait for
            lines.append(t(lang, "note_sold_out_all_hers", count=held))
        elif group_buy.status is GroupBuyStatus.OPEN and group_sold_out(group_buy):  # how to wait (rep81 #9)
            lines.append(_wait_hint(group_buy, lang))
        elif group_buy.status is GroupBuyStatus.OPEN and not _doubted(shown):  # with the author's code
            lines.append(_join_hint(group_buy, shown.share, lang, platform))
            rows += _join_rows(group_buy, note_id, lang)
        elif group_buy.status is not GroupBuyStatus.OPEN:
            lines.append(t(lang, f"note_status_{group_buy.status.value}"))  # a sentence's start: Succeeded
    counts = t(lang, "note_counts", likes=note.likes, comments=note.comments)
    if shown.shares:  # members who took their own share code for it (`分享笔记 3`)
        counts = t(lang, "note_counts_shared", counts=counts, shares=shown.shares)
    lines.append(counts)
    return Reply(
        text="\n".join(lines),
        buttons=tuple(rows),
        card_of=card_key(note_id),
        chat_id=note.chat_id,
        language=lang,
        photo=note.photo or None,
        label=t(lang, "note_card_label", id=note_id),
    )


def _doubted(shown: NoteView) -> bool:
    """A note flagged for the admins or judged an ad (kept or not): its card offers no Join and no share
    code of its author's, and a Join tapped on an older copy of it credits him nothing (an advertiser
    earns no commission through his ad)."""
    return shown.flag is not None and shown.flag.doubted


def _join_hint(group_buy: GroupBuy, share: str, lang: str, platform: str | None) -> str:
    """How to join through the note: the Join button (where the platform has buttons) or `+1` with the
    author's code (`share`, in English without 团), with an option named (`+1 5斤 团2-K7QM`) where the
    group buy has options (多规格)."""
    share = share_code_shown(lang, share)
    if group_buy.terms.options:  # an option still to be had (one sold out on its own is no example)
        left = [o for o in group_buy.terms.options if not group_buy.option_sold_out(o)]
        example = (left or group_buy.terms.options)[-1].name
        if share:
            key = no_buttons.text_key("note_join_hint_code_option", platform)
            return t(lang, key, example=example, code=share)
        return t(lang, "note_join_hint_option", example=example, id=group_buy.id)
    if share:
        return t(lang, no_buttons.text_key("note_join_hint_code", platform), code=share)
    return t(lang, "note_join_hint", id=group_buy.id)


def _wait_hint(group_buy: GroupBuy, lang: str) -> str:
    """A sold-out group buy's note: `🈵 已售罄，想候补就发 候补 #4 小盒 1` (an option named where it has
    options), never an invitation to join what cannot be joined."""
    if group_buy.terms.options:
        example = group_buy.terms.options[-1].name
        return t(lang, "note_sold_out_wait_option", id=group_buy.id, example=example)
    return t(lang, "note_sold_out_wait", id=group_buy.id)


def _join_rows(group_buy: GroupBuy, note_id: int, lang: str) -> list[tuple[Button, ...]]:
    """The note card's Join (`nt:join:3`), or with options (多规格) one per option that can still be
    had (`nt:join:3:2`), two a row as on the group buy's card: a join through any is the author's."""
    if not group_buy.terms.options:
        return [(Button(t(lang, "btn_join"), NoteButton(NoteAction.JOIN, note_id).pack()),)]
    all_gone = group_buy.stock_left is not None and group_buy.stock_left <= 0
    joins = []
    for n, option in enumerate(group_buy.terms.options, 1):
        left = group_buy.option_left(option)
        if all_gone or (left is not None and left <= 0):  # sold out: its 候补 is on the group buy's card
            continue
        data = NoteButton(NoteAction.JOIN, note_id, n).pack()
        joins.append(Button(t(lang, "btn_join_option", option=option.name), data))
    per_row = options.BUTTONS_PER_ROW
    return [tuple(joins[i : i + per_row]) for i in range(0, len(joins), per_row)]


def _name(name: str) -> str:
    return name if len(name) <= MAX_NAME else name[: MAX_NAME - 1] + "…"
