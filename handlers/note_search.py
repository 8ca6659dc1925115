"""`/search 面膜` (`搜索 …`, `搜 …`): the chat's notes with those words, best first (commerce.services.
note_search), each with its number, author, a short excerpt and ✅ where its author bought it. A product
named in one language finds the notes in the other too (`搜索 荔枝` finds `the lychees are juicy`, and a
note on the Lychees group buy: `ask_words.json` "in_chinese"), so does a quality, in any of its English
forms (`搜索 甜`, `/search sweeter`: "so sweet", 很甜; "qualities"). In a private chat: the notes of the
groups the member is in, each named with its group, as a private question is answered from them."""

from __future__ import annotations

from commerce.domain.errors import DomainError
from commerce.domain.member import identity
from commerce.domain.note_search import DEFAULT_RESULTS
from commerce.ports import UnitOfWork
from commerce.services import asking
from commerce.services.note_search import Found, search_notes
from handlers.chat_names import titles as chat_titles
from handlers.context import Context
from handlers.fit import clip
from handlers.texts import t
from handlers.types import Reply

MAX_NAME = 16
MAX_GROUPS = 20  # a private search looks through the member's groups, at most these
OUTSIDE_SEARCHED = 20  # of a group she is not in, the best notes looked at for those she may read


async def search(ctx: Context) -> list[Reply]:
    """Up to `DEFAULT_RESULTS` notes of this chat (in a private chat: of the member's groups); none: said
    so, with how to search differently."""
    words = " ".join(ctx.command.rest.split())
    if not words:
        raise DomainError("search_usage")
    if ctx.is_private:
        return await _in_my_groups(ctx, words)
    found = await found_in(ctx.uow, ctx.request.chat_id, words)
    lang = await ctx.lang()
    if not found:
        return [Reply(text=t(lang, "search_nothing", words=words), language=lang)]
    lines = [t(lang, "search_head", count=len(found), words=words)]
    lines += [_line(hit, lang) for hit in found]
    lines.append(t(lang, "search_foot", id=found[0].note.id))
    return [Reply(text="\n".join(lines), language=lang)]


async def found_in(uow: UnitOfWork, chat_id: str, words: str, limit: int = DEFAULT_RESULTS) -> list[Found]:
    """The chat's notes with `words`, each in either language (storage.note_search: a product's name and a
    quality, in any of its English forms)."""
    return await search_notes(uow, chat_id, words, limit)


async def _in_my_groups(ctx: Context, words: str) -> list[Reply]:
    """A search in a private chat: the notes of the groups the member is in, each named with its group,
    and of a group she is not in those posted on a group buy she is on or bought, or one help-sold in a
    group of hers (`asking.outside_reach`, as a private question quotes them); in none: where notes are
    searched, with her own words as the example."""
    request = ctx.request
    chats = sorted(await ctx.uow.follows.member_chats(identity(request.platform, request.user_id)))
    outside = await asking.outside_reach(ctx.uow, request.platform, request.user_id, set(chats))
    lang = await ctx.lang()
    if not chats and not outside:
        raise DomainError("search_in_group", words=words)
    found: list[Found] = []
    for chat_id in chats[:MAX_GROUPS]:
        found += await found_in(ctx.uow, chat_id, words)
    for chat_id, readable in sorted(outside.items())[:MAX_GROUPS]:
        hits = await found_in(ctx.uow, chat_id, words, limit=OUTSIDE_SEARCHED)
        found += [hit for hit in hits if hit.note.group_buy_id in readable]
    found.sort(key=lambda hit: -hit.score)
    found = found[:DEFAULT_RESULTS]
    if not found:
        return [Reply(text=t(lang, "search_nothing_private", words=words), language=lang)]
    names = await chat_titles(ctx.uow, list({hit.note.chat_id for hit in found}))
    lines = [t(lang, "search_head", count=len(found), words=words)]
    lines += [_line(hit, lang, names.get(hit.note.chat_id, hit.note.chat_id)) for hit in found]
    lines.append(t(lang, "search_foot", id=found[0].note.id))
    return [Reply(text="\n".join(lines), language=lang)]


def _line(hit: Found, lang: str, chat: str = "") -> str:
    mark = t(lang, "search_verified") if hit.verified else ""
    name = clip(hit.note.author_name, MAX_NAME)
    if chat:
        return t(lang, "search_line_in", id=hit.note.id, name=name, mark=mark, chat=chat, text=hit.snippet)
    return t(lang, "search_line", id=hit.note.id, name=name, mark=mark, text=hit.snippet)
