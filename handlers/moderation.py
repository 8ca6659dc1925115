"""Moderation of notes by a chat's admins: the queue of flagged notes (`/flags`, 待审笔记), hiding a note
(`/hide 3`, 隐藏 3) or showing it again (`/unhide 3`, 取消隐藏 3), and stopping a member from posting
notes (`/mute @Bob`, 禁言 @Bob; `/unmute`, 解除禁言).

Typed in the group by one of its admins (commerce.domain.moderation.may_moderate); the queue goes to
the admin privately (it names members the signals suspect; asked in private, a bot admin gets every
group's of theirs, a group's own admin each group's the platform says they administer), the rest is
said in the group, and the member concerned is told why, privately (the platform delivers it where it
can: handlers.types.Reply).
"""

from __future__ import annotations

import re
from dataclasses import replace

from commerce.domain.errors import DomainError
from commerce.domain.member import identity
from commerce.domain.moderation import MAX_WHY, NoteFlag, may_moderate
from commerce.domain.notes import Note
from commerce.domain.shill import Reason
from commerce.domain.text import clean_text
from commerce.ports import UnitOfWork
from commerce.services import moderation as service
from handlers import chat_names
from handlers.context import Context
from handlers.fit import clip
from handlers.members import MAX_NAME_WORDS, mentioned
from handlers.notes import MAX_CARDS_REFRESHED, card_update, flag_cards
from handlers.parsing import moderation as parsing
from handlers.parsing.typed import as_typed
from handlers.recipients import language_of
from handlers.texts import normalize_language, t
from handlers.types import AnsweredPrivately, ChatKind, Reply

MUTE_HINT_HIDDEN = 2  # notes of one member hidden in a chat before the admin is told how to mute them

EXCERPT = 40  # characters of a note's text in the queue
_SEPARATORS = ",，、;；"
_WORD = re.compile(r"[^\s,，、;；]+")  # a name's words, as handlers.members splits them
MAX_PREFIX = 33  # `王阿姨发广告`: the names tried at the start of one word, up to a name's length


async def _room(ctx: Context, lang: str, note_lang: str | None = None) -> str:
    """What the whole group reads of an admin's `/hide`, `/unhide`, `/mute`, `/unmute`: the group's
    language (its `/lang`, else as its latest card speaks), else the note's, else the admin's answer's
    (`lang`); never the admin's own words alone (rep79 #3: `/hide 2` in a Chinese group)."""
    return await ctx.group_language() or normalize_language(note_lang) or lang


def _check(ctx: Context) -> None:
    if ctx.is_private:
        raise DomainError("moderation_in_group")
    request = ctx.request
    may_moderate(is_admin=request.is_admin, user_id=request.user_id, bot_admins=ctx.config.payout_admins)


async def flags(ctx: Context) -> list[Reply]:
    """`/flags`: the chat's flagged notes with their reasons, to the admin privately. In a private chat:
    a bot admin (`TUAN_ADMINS`, who moderates every chat) gets the queues of all their groups, each
    named; a group's own admin those of the groups the platform says they administer (none: told so);
    where the platform cannot say from here, how the queue reaches them."""
    request = ctx.request
    if ctx.is_private:
        return await _flags_in_private(ctx)
    _check(ctx)
    lang = await ctx.lang()
    chat = await chat_names.title_of(ctx.uow, request.chat_id, said=request.chat_title)
    lines = await _queue_lines(ctx, lang, request.chat_id, chat)
    if not lines:
        return [Reply(text=t(lang, "flags_none"), language=lang)]
    said = Reply(text=t(lang, "flags_sent_privately"), language=lang)
    return [said, Reply(text="\n".join(lines), private_to=request.user_id, language=lang)]


async def _flags_in_private(ctx: Context) -> list[Reply]:
    """A bot admin gets the queue of every group they were seen in and of every group with a reported
    note (the report's notice sends them here, rep93 #2); a group's own admin, the queue of
    each group of theirs the platform says they administer (asked of it now: `Context.chat_admins`);
    where the platform cannot say (WeChat), how the queue comes from the group."""
    request = ctx.request
    lang = await ctx.lang()
    bot_admin = request.user_id in ctx.config.payout_admins
    if not bot_admin and ctx.chat_admins is None:
        return [Reply(text=t(lang, "flags_private_unknown"), language=lang)]
    own = await ctx.uow.follows.member_chats(identity(request.platform, request.user_id))
    chats = sorted(own)
    if bot_admin:  # who moderates every chat: each with a reported note too, as the report's notice
        reported = await ctx.uow.moderation.reported_chats()  # sends them here (rep93 #2)
        flagged = await ctx.uow.moderation.flagged_chats()  # and each with a note flagged only (s40)
        chats = sorted(set(own) | reported | flagged)
    else:
        chats = [chat_id for chat_id in chats if await _admin_of(ctx, chat_id)]
        if not chats:
            return [Reply(text=t(lang, "flags_admin_of_none"), language=lang)]
    names = await chat_names.titles(ctx.uow, chats)
    sections = []
    for chat_id in chats:
        lines = await _queue_lines(ctx, lang, chat_id, names.get(chat_id) or chat_id)
        if lines:
            sections.append("\n".join(lines))
    if not sections:
        if bot_admin and not own:  # in no group: never `in your 0 groups`
            return [Reply(text=t(lang, "flags_none"), language=lang)]
        none = "flags_none_in_groups" if bot_admin else "flags_none_in_groups_administered"
        return [Reply(text=t(lang, none, count=len(own) if bot_admin else len(chats)), language=lang)]
    return [Reply(text="\n\n".join(sections), language=lang)]


async def _admin_of(ctx: Context, chat_id: str) -> bool:
    admins = ctx.chat_admins
    return admins is not None and await admins.admin_of(chat_id, ctx.request.user_id)


async def _queue_lines(ctx: Context, lang: str, chat_id: str, chat: str | None) -> list[str]:
    """One chat's queue as the admin reads it (headed with the chat's name where known), or nothing."""
    queued = await service.queue(ctx.uow, chat_id)
    if not queued:
        return []
    lines = [t(lang, "flags_chat", chat=chat)] if chat else []  # the admin may review several groups
    lines.append(t(lang, "flags_head", count=len(queued)))
    for item in queued:
        note = item.note
        lines.append(
            t(
                lang,
                "flags_line",
                id=note.id,
                name=note.author_name,
                score=round(item.flag.score * 100),
                member=round(item.member_score * 100),
                text=clip(note.text.replace("\n", " "), EXCERPT),
                reasons=queue_reasons(lang, item),
            )
        )
    lines.append(t(lang, "flags_how", id=queued[0].note.id))  # the first listed note, as the example
    return lines


# reasons that speak of the author: told to her, in the second person (`your only note…`, `你的笔记…`)
_OF_THE_AUTHOR = frozenset({Reason.SELLER, Reason.SINGLE, Reason.HIDDEN})


def reasons(lang: str, found: tuple[Reason, ...], *, to_author: bool = False) -> str:
    """The reasons in words; the contact itself (`HANDLE`, a number or id) is said as the contact is
    (`留联系方式…（微信、手机号、“私聊我”）`), which it always comes with. `to_author`: said to the note's
    author, those about her in the second person; admins read the third (`their only note…`)."""
    said = [reason for reason in found if reason is not Reason.HANDLE]
    keys = [
        f"shill_{reason.value}_you" if to_author and reason in _OF_THE_AUTHOR else f"shill_{reason.value}"
        for reason in said
    ]
    return t(lang, "list_separator").join(t(lang, key) for key in keys)


async def hide(ctx: Context) -> list[Reply]:
    """`/hide 3 reason`: the card says it was hidden; the author is told why, privately. A bot admin
    (`TUAN_ADMINS`, who moderates every chat) may send it privately too (s41): done in the note's group as
    if typed there (its card edited, its author told), the answer to her privately."""
    if ctx.is_private and ctx.request.user_id in ctx.config.payout_admins:
        number = parsing.note_target("hide", ctx.command.rest).note_id  # bare `隐藏`: its usage
        found = await ctx.uow.notes.get(number)
        if found is None:
            raise DomainError("note_not_found_for_admin", id=number)
        ctx.request = replace(ctx.request, chat_id=found.chat_id, chat_kind=ChatKind.GROUP, chat_title=None)
    _check(ctx)
    target = parsing.note_target("hide", ctx.command.rest)
    request = ctx.request
    chat_id, by = request.chat_id, request.user_id
    why = as_typed(request.text, target.why) if target.why else ""  # `发广告，留微信`: its comma kept
    if len(clean_text(why)) > MAX_WHY:  # never cut unsaid: the author would read half of it
        raise DomainError(
            "hide_reason_too_long", limit=MAX_WHY, length=len(clean_text(why)), id=target.note_id
        )
    flag = await service.hide(ctx.uow, note_id=target.note_id, chat_id=chat_id, by=by, why=why, now=ctx.now)
    lang = await ctx.lang()
    note = await ctx.uow.notes.get(target.note_id)
    room = await _room(ctx, lang, note.lang if note is not None else None)  # posted to the whole group
    said = Reply(text=t(room, "note_hidden_done", id=target.note_id), language=room)
    # the card edited to say it where it can be, never posted anew beside the answer that says it (rep82 #8)
    card = card_update(target.note_id, request.chat_id, answered=True)
    replies = [said, card, *_relevelled(ctx, target.note_id)]
    replies += flag_cards(ctx, replies)  # the author's other notes the hide flagged: ⚠️ on their cards now
    if note is not None and note.author_id != request.user_id:
        own = await language_of(ctx, note.author_id)  # hers, as her mute notice (rep82 #5)
        text = await _told(ctx, own, "note_hidden_you", id=target.note_id, why=_why(own, flag))
        replies.append(Reply(text=text, private_to=note.author_id, language=own))
        replies.extend(await _mute_hint(ctx, note.author_id, note.author_name, lang))
    replies += await _reporters_told(ctx, target.note_id, "note_report_hidden_you", note)
    return replies


async def _reporters_told(ctx: Context, note_id: int, key: str, note: Note | None) -> list[Reply]:
    """The members who reported the note (`举报 3 广告`), each told once, privately, in her own language,
    what the admins decided (hidden, or kept up); never the admin deciding nor the author (told apart)."""
    reports = (await ctx.uow.moderation.reports(ctx.request.chat_id)).get(note_id, [])
    skip = {ctx.request.user_id, note.author_id if note is not None else ""}
    told: list[Reply] = []
    for member in dict.fromkeys(r.member_id for r in reports if r.member_id not in skip):
        own = await language_of(ctx, member, hint=note.lang if note is not None else None)
        told.append(Reply(text=t(own, key, id=note_id), private_to=member, language=own))
    return told


async def report(ctx: Context) -> list[Reply]:
    """`举报 7 广告` / `/report 7 spam` (any member, in the group or privately on a note of one of her
    groups): the note joins the admins' queue with the reporter and reason; the reporter is answered
    privately (the group never learns who reported), once per note however often she reports it."""
    from handlers.notes import readable_in  # as a private comment reads its note's chat

    target = parsing.note_target("report", ctx.command.rest)
    request = ctx.request
    chat_id = await readable_in(ctx, target.note_id) if ctx.is_private else request.chat_id
    # her reason as typed: `是广告！` keeps its `！`, `广告，加微信` its comma (the parser's copy drops them)
    why = as_typed(request.text, target.why) if target.why else ""
    try:
        added = await service.report(
            ctx.uow,
            note_id=target.note_id,
            chat_id=chat_id,
            member=request.user_id,
            name=request.display_name,
            why=why,
            now=ctx.now,
        )
    except DomainError as refusal:
        raise await _report_refused(ctx, refusal, target.note_id, chat_id) from refusal
    lang = await ctx.lang()
    kept = await ctx.uow.moderation.flag(target.note_id)
    if kept is not None and kept.cleared:  # the admins looked already and kept it: no review promised
        text = t(lang, "report_kept_before", id=target.note_id)
        return [Reply(text=text, private_to=request.user_id, language=lang)]
    if not added:
        text = t(lang, "report_again", id=target.note_id)
    elif why:
        text = t(lang, "report_taken_why", id=target.note_id, why=clip(why, EXCERPT))
    else:
        text = t(lang, "report_taken", id=target.note_id)
    told = await _admins_told(ctx, target.note_id, chat_id, why) if added else []
    return [Reply(text=text, private_to=request.user_id, language=lang), *told]


async def _report_refused(ctx: Context, refusal: DomainError, note_id: int, chat_id: str) -> DomainError:
    """A report refused: of a note hidden already (by the admins, or taken down by its author) said in
    words about reporting, to the reporter only (rep87 #4: the group read who had tried); a number that
    is no note here: this chat's notes named (handlers.notes.not_here)."""
    from handlers.notes import not_here

    if refusal.code == "note_hidden":
        return AnsweredPrivately("report_note_hidden", id=note_id)
    if refusal.code == "note_withdrawn_closed":
        return AnsweredPrivately("report_note_withdrawn", id=note_id)
    if refusal.code == "report_reason_too_long":  # said to the reporter only, as every answer to a report
        return AnsweredPrivately.of(refusal)
    if refusal.code == "note_not_found" and not ctx.is_private:  # `report 3 boxes missing`: said what
        listed = await not_here(ctx, note_id, chat_id)  # it did (nothing) and how a note is reported (s38)
        if listed is None:
            return DomainError("report_note_none_here", id=note_id)
        notes = str(listed.params["notes"])
        example = _NOTE_LISTED.findall(notes)[-1]  # the newest of this chat's notes
        return DomainError("report_note_not_in_chat", id=note_id, notes=notes, example=example)
    return refusal


_NOTE_LISTED = re.compile(r"#(\d+)")  # a note's number in `not_here`'s list of this chat's notes


async def _admins_told(ctx: Context, note_id: int, chat_id: str, why: str) -> list[Reply]:
    """A note's first report (its later ones join the queue silently): each of the bot's admins
    (`TUAN_ADMINS`) but the reporter is told privately, once, in their own language, which note of which
    group and why, with where to decide it (the console's moderation queue, or `待审笔记` in private);
    never who reported it (the queue names them)."""
    if len((await ctx.uow.moderation.reports(chat_id)).get(note_id, ())) != 1:
        return []
    admins = sorted(ctx.config.payout_admins - {ctx.request.user_id})
    note = await ctx.uow.notes.get(note_id)
    if not admins or note is None:
        return []
    chat = await chat_names.title_of(
        ctx.uow, chat_id, said=None if ctx.is_private else ctx.request.chat_title
    )
    url = f"{ctx.config.console_url.rstrip('/')}/moderation"
    told = []
    for admin in admins:
        lang = await language_of(ctx, admin, hint=note.lang)
        params = {
            "id": note_id,
            "author": note.author_name,
            "text": clip(note.text.replace("\n", " "), EXCERPT),
            "url": url,
            "chat": chat,
        }
        text = t(lang, "report_admins_first_in" if chat else "report_admins_first", **params)
        if why:
            text += "\n" + t(lang, "report_admins_why", why=clip(why, EXCERPT))
        told.append(Reply(text=text, private_to=admin, language=lang))
    return told


def queue_reasons(lang: str, item: service.Queued) -> str:
    """Why a note waits in the queue: the shill signals, and the members who reported it (with their
    reasons): `举报 2 人：Kim（广告）、Hu`."""
    said = reasons(lang, item.flag.reasons)
    if not item.reports:
        return said
    who = t(lang, "list_separator").join(
        t(lang, "flags_reporter_why", name=r.member_name, why=r.why) if r.why else r.member_name
        for r in item.reports
    )
    reported = t(lang, "flags_reported", count=len(item.reports), who=who)
    return t(lang, "list_separator").join(part for part in (said, reported) if part)


async def _mute_hint(ctx: Context, author: str, name: str, lang: str) -> list[Reply]:
    """A member whose notes the admins hid twice or more here, and who may still post: the admin is
    told privately how to stop them (a seller posing as a buyer posts a new note right after a hide)."""
    theirs = await hidden_to_mute(ctx.uow, ctx.request.chat_id, author)
    if not theirs:
        return []
    mine = await ctx.private_lang(lang)  # the admin's own language, else the group's
    text = await _told(ctx, mine, "mute_hint", count=theirs, name=name)  # in private: which group
    return [Reply(text=text, private_to=ctx.request.user_id, language=mine)]


async def hidden_to_mute(uow: UnitOfWork, chat_id: str, author: str) -> int:
    """How many of `author`'s notes the admins hid in the chat when it is `MUTE_HINT_HIDDEN` or more
    and they may still post (the admin who hid the last is told how to mute them), else 0; the console's
    hide says it too (bot.console.moderation)."""
    if await uow.moderation.muted(chat_id, author) is not None:
        return 0
    flags = (await uow.moderation.flags(chat_id)).values()  # not those they withdrew (`删除笔记`)
    hidden = [flag.note_id for flag in flags if flag.hidden and flag.hidden_by != author]
    if len(hidden) < MUTE_HINT_HIDDEN:
        return 0
    theirs = 0
    for note_id in hidden:
        note = await uow.notes.get(note_id)
        theirs += note is not None and note.author_id == author
    return theirs if theirs >= MUTE_HINT_HIDDEN else 0


def _why(lang: str, flag: NoteFlag) -> str:
    """What the member is told: the admin's words, else the signals that flagged the note, else that
    the admins decided."""
    if flag.why:
        return flag.why
    if flag.flagged and flag.reasons:
        return reasons(lang, flag.reasons, to_author=True)
    return t(lang, "moderation_admins_decided")


async def unhide(ctx: Context) -> list[Reply]:
    """`/unhide 3`: a hidden or flagged note shown again, as cleared (not flagged again). A note only
    flagged or reported, never hidden, is cleared from the queue: the admin is told privately it was not
    hidden (the group nothing, as the console's Leave up), its author nothing (it was never taken down)."""
    _check(ctx)
    target = parsing.note_target("unhide", ctx.command.rest)
    request = ctx.request
    before = await ctx.uow.moderation.flag(target.note_id)
    was_hidden = before is not None and before.hidden
    await service.unhide(ctx.uow, note_id=target.note_id, chat_id=request.chat_id, now=ctx.now)
    lang = await ctx.lang()
    note = await ctx.uow.notes.get(target.note_id)
    room = await _room(ctx, lang, note.lang if note is not None else None)  # the whole group's language
    if was_hidden:  # posted to the whole group
        said = Reply(text=t(room, "note_unhidden_done", id=target.note_id), language=room)
    else:  # only flagged or reported: kept, as the console's Leave up, with nothing said to the group (it
        # never learns a note was reported, rep87 #5); the admin is told privately, in her own language
        # (else the group's)
        mine = await ctx.private_lang(room)
        unverified = before is not None and before.unverified  # its ⚠️ goes: only then said
        done = "note_cleared_not_hidden" if unverified else "note_kept_not_hidden"
        said = Reply(text=t(mine, done, id=target.note_id), private_to=request.user_id, language=mine)
    replies = [said, card_update(target.note_id, request.chat_id), *_relevelled(ctx, target.note_id)]
    replies += flag_cards(ctx, replies)  # the author's other notes no longer caught by the hide
    if was_hidden and note is not None and note.author_id != request.user_id:
        own = await language_of(ctx, note.author_id)  # hers, as her mute notice: not the note's words
        text = await _told(ctx, own, "note_unhidden_you", id=target.note_id)
        replies.append(Reply(text=text, private_to=note.author_id, language=own))
    if not was_hidden:  # kept (保留): those who reported it hear it stays up
        replies += await _reporters_told(ctx, target.note_id, "note_report_kept_you", note)
    return replies


async def mute(ctx: Context) -> list[Reply]:
    """`/mute @Bob: reason`: Bob may post no more notes here (likes, comments, group buys stay his)."""
    _check(ctx)
    target = parsing.member_target("mute", ctx.command.rest)
    member, name, why = await _named(ctx, target)
    if member == ctx.request.user_id:
        raise DomainError("mute_self")
    why = as_typed(ctx.request.text, why) if why else ""  # the admin's words as typed: `发广告，拉私单`
    if len(clean_text(why)) > MAX_WHY:  # never cut unsaid: the member would read half of it
        raise DomainError("mute_reason_too_long", limit=MAX_WHY, length=len(clean_text(why)))
    name = await _shown_name(ctx, member, name)
    request = ctx.request
    lang = await ctx.lang()
    chat_id, by = request.chat_id, request.user_id
    if not await service.mute(ctx.uow, chat_id=chat_id, member_id=member, by=by, why=why, now=ctx.now):
        raise DomainError("member_already_muted", name=name)
    own = await language_of(ctx, member)
    told = why or t(own, "moderation_admins_decided")
    return [
        Reply(text=t(room := await _room(ctx, lang), "member_muted_done", name=name), language=room),
        Reply(text=await _told(ctx, own, "member_muted_you", why=told), private_to=member, language=own),
        *_relevelled(ctx),
    ]


async def unmute(ctx: Context) -> list[Reply]:
    """`/unmute @Bob`: Bob may post notes here again."""
    _check(ctx)
    target = parsing.member_target("unmute", ctx.command.rest)
    member, name, _ = await _named(ctx, target)
    name = await _shown_name(ctx, member, name)
    request = ctx.request
    lang = await ctx.lang()
    if not await service.unmute(ctx.uow, chat_id=request.chat_id, member_id=member):
        raise DomainError("member_not_muted", name=name)
    own = await language_of(ctx, member)
    return [
        Reply(text=t(room := await _room(ctx, lang), "member_unmuted_done", name=name), language=room),
        Reply(text=await _told(ctx, own, "member_unmuted_you"), private_to=member, language=own),
        *_relevelled(ctx),
    ]


def _relevelled(ctx: Context, but: int | None = None) -> list[Reply]:
    """The cards of the notes whose author's level this act changed (the name on them says 达人 / 推荐官,
    or no longer): a mute, a hide, and their undoing move levels."""
    moved = sorted(n for n in ctx.uow.trust.relevelled if n != but)
    return [card_update(n, ctx.request.chat_id) for n in moved[-MAX_CARDS_REFRESHED:]]


async def _told(ctx: Context, lang: str, key: str, **params: object) -> str:
    """What the member concerned is told privately, naming the group it happened in (`key` + `_in`)
    where its name is known: a member of several groups would not know which one."""
    chat = await chat_names.title_of(ctx.uow, ctx.request.chat_id, said=ctx.request.chat_title)
    if chat is None:
        return t(lang, key, **params)
    return t(lang, f"{key}_in", chat=chat, **params)


async def _member(ctx: Context, who: str) -> tuple[str, str]:
    """The member `@name` names in this chat (the adapter's mention first), and the name as written."""
    found = await mentioned(ctx.uow, ctx.request, who)
    if not found:
        raise DomainError("mute_usage")
    return found[0], who.lstrip("@")


async def _named(ctx: Context, target: parsing.Target) -> tuple[str, str, str]:
    """The member, their name as written and the reason. After a colon (`@Amy Wang: ads`) all before it
    is the name; without one (`@Cat spamming a lot`, `@张三 发广告`) the name is the longest run of
    words that names a member of this chat (the adapter's mention, if any: that one), the rest the
    reason. An unknown name is refused as before."""
    if target.why or target.colon:
        member, name = await _member(ctx, target.who)
        return member, name, target.why
    written = target.who.lstrip("@＠")
    words = list(_WORD.finditer(written))
    request = ctx.request
    chosen = set(request.mentions)
    for count in range(min(len(words), MAX_NAME_WORDS), 0, -1):
        name = " ".join(word.group() for word in words[:count])
        named = await _one_named(ctx, name, chosen)
        if named is not None:
            return named, name, _after(written, words[count - 1])
    if words:  # `王阿姨发广告`: the longest member's name the first word starts with, the rest the reason
        found = await _name_prefix(ctx, words[0].group(), chosen)
        if found is not None:
            member, name = found
            return member, name, written[words[0].start() + len(name) :].strip().lstrip(_SEPARATORS).strip()
    if request.mentions and words:  # the platform said whom (a `@username`): its first word names them
        return request.mentions[0], words[0].group(), _after(written, words[0])
    member, name = await _member(ctx, target.who)  # refused: nobody here by that name
    return member, name, ""


async def _name_prefix(ctx: Context, word: str, chosen: set[str]) -> tuple[str, str] | None:
    """The member whose name is the longest start of `word` (`王阿姨发广告`: 王阿姨), and that name; a cut
    between two Latin letters or digits is no name's end (`gusspam` is not Gus). Several: ambiguous."""
    for end in range(min(len(word), MAX_PREFIX) - 1, 0, -1):
        if _latin(word[end - 1]) and _latin(word[end]):
            continue
        name = word[:end]
        member = await _one_named(ctx, name, chosen)
        if member is not None:
            return member, name
    return None


async def _one_named(ctx: Context, name: str, chosen: set[str]) -> str | None:
    """The one member of this chat called `name` (among those the platform said were meant, if any);
    None: nobody; several: refused as ambiguous."""
    request = ctx.request
    here = {
        m.user_id
        for m in await ctx.uow.members.find_in_chat(request.chat_id, name)
        if m.platform == request.platform and (not chosen or m.user_id in chosen)
    }
    if len(here) > 1:
        raise DomainError("member_ambiguous", name=name)
    return here.pop() if here else None


async def _shown_name(ctx: Context, member: str, written: str) -> str:
    """The member's display name as the chat knows it (`gus` typed: Gus), else the name as written."""
    return await ctx.uow.members.name_of(identity(ctx.request.platform, member)) or written


def _latin(char: str) -> bool:
    return char.isascii() and char.isalnum()


def _after(written: str, word: re.Match[str]) -> str:
    return written[word.end() :].strip().lstrip(_SEPARATORS).strip()
