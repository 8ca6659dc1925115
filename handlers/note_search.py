"""`/search 面膜` (`搜索 …`, `搜 …`): the chat's notes with those words, best first (commerce.services.
note_search), each with its number, author, a short excerpt and ✅ where its author bought it."""

from __future__ import annotations

from commerce.domain.errors import DomainError
from commerce.domain.note_search import DEFAULT_RESULTS
from commerce.services.note_search import Found, search_notes
from handlers.context import Context
from handlers.fit import clip
from handlers.texts import t
from handlers.types import Reply

MAX_NAME = 16


async def search(ctx: Context) -> list[Reply]:
    """Up to `DEFAULT_RESULTS` notes of this chat; none: said so, with how to search differently."""
    words = " ".join(ctx.command.rest.split())
    if not words:
        raise DomainError("search_usage")
    if ctx.is_private:
        raise DomainError("search_in_group")
    found = await search_notes(ctx.uow, ctx.request.chat_id, words, DEFAULT_RESULTS)
    lang = await ctx.lang()
    if not found:
        return [Reply(text=t(lang, "search_nothing", words=words), language=lang)]
    lines = [t(lang, "search_head", count=len(found), words=words)]
    lines += [_line(hit, lang) for hit in found]
    lines.append(t(lang, "search_foot", id=found[0].note.id))
    return [Reply(text="\n".join(lines), language=lang)]


def _line(hit: Found, lang: str) -> str:
    mark = t(lang, "search_verified") if hit.verified else ""
    name = clip(hit.note.author_name, MAX_NAME)
    return t(lang, "search_line", id=hit.note.id, name=name, mark=mark, text=hit.snippet)
