"""Chats by name in what people read: where an order or a group buy lives (`/orders`, `/mine`, the
organiser's `/list`), and the answers of `/copy #12 to <chat>` when the name finds no chat, or several.

Names are what the platforms said last (commerce.domain.chats, written with each sighting); a chat
whose name is not known is named by its id, or, where the id means nothing to a reader, not at all.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Sequence

from commerce.domain.chats import ChatName, clean_title
from commerce.domain.errors import DomainError
from commerce.ports import UnitOfWork
from commerce.services.chat_names import NoChatNamed, SeveralChatsNamed
from handlers.texts import t

MAX_LISTED = 10  # chats a refusal lists: the most recently seen


async def titles(uow: UnitOfWork, chat_ids: Collection[str]) -> dict[str, str]:
    """The known names of these chats, by chat id (one query however many)."""
    wanted = [chat for chat in dict.fromkeys(chat_ids) if chat]
    return await uow.chat_names.titles(wanted) if wanted else {}


async def title_of(uow: UnitOfWork, chat_id: str, *, said: str | None = None) -> str | None:
    """One chat's name for a message sent elsewhere (a private notice about what happened in it): the
    name the platform `said` with this update, else the one known; None when neither (its id would mean
    nothing to the reader)."""
    return clean_title(said) or (await titles(uow, [chat_id])).get(chat_id)


def listed(chats: Sequence[ChatName], lang: str) -> str:
    """Chats as a refusal lists them: by name, with the id where a name is missing or shared."""
    names = Counter(chat.title for chat in chats if chat.title)

    def shown(chat: ChatName) -> str:
        if chat.title is None:
            return chat.chat_id
        if names[chat.title] > 1:
            return t(lang, "chat_with_id", title=chat.title, id=chat.chat_id)
        return chat.title

    more = ["…"] if len(chats) > MAX_LISTED else []
    return t(lang, "list_separator").join([*(shown(chat) for chat in chats[:MAX_LISTED]), *more])


def copy_refusal(refusal: DomainError, lang: str) -> DomainError:
    """`/copy … to <chat>` refused by commerce.services.chat_names, said with the chats to choose from."""
    if isinstance(refusal, SeveralChatsNamed):
        chats = t(lang, "list_separator").join(
            t(lang, "chat_with_id", title=chat.shown, id=chat.chat_id) for chat in refusal.matches
        )
        example = refusal.matches[0].chat_id
        return DomainError("copy_target_ambiguous", target=refusal.target, chats=chats, example=example)
    if isinstance(refusal, NoChatNamed) and refusal.known:
        return DomainError("copy_target_none", target=refusal.target, chats=listed(refusal.known, lang))
    return refusal
