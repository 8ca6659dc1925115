"""Finding a chat a member named (`/copy #12 to 家庭群`) among the chats they were seen in.

Only chats the member is in are looked at (`chat_members`): someone else's chat is answered as one
that does not exist. A chat's id still names it; otherwise its name does, exactly (after
commerce.domain.chats.chat_name_key) before in part. A name several of their chats have is refused
with those chats (`SeveralChatsNamed`), one none has with the chats they are in (`NoChatNamed`):
nothing is guessed.
"""

from __future__ import annotations

from collections.abc import Sequence

from commerce.domain.chats import ChatName, chats_named
from commerce.domain.errors import DomainError, NotFound
from commerce.ports import UnitOfWork

MAX_CHATS = 200  # a member's chats looked at by name: the most recently seen


class NoChatNamed(NotFound):
    """No chat the member is in has that id or name; `known` are the chats they are in (latest first)."""

    def __init__(self, *, target: str, known: Sequence[ChatName]) -> None:
        super().__init__("copy_target_unknown", target=target)
        self.target = target
        self.known = tuple(known)


class SeveralChatsNamed(DomainError):
    """Several chats the member is in answer to that name: `matches`, to be named by id instead."""

    def __init__(self, *, target: str, matches: Sequence[ChatName]) -> None:
        listed = " / ".join(f"{chat.shown} ({chat.chat_id})" for chat in matches)
        super().__init__("copy_target_ambiguous", target=target, chats=listed, example=matches[0].chat_id)
        self.target = target
        self.matches = tuple(matches)


async def chat_named(uow: UnitOfWork, *, identity: str, written: str) -> str:
    """The id of the chat `written` names among those the member (`telegram:123`) was seen in."""
    if await uow.edits.member_of(written, identity):
        return written
    chats = await uow.chat_names.of_member(identity, limit=MAX_CHATS)
    found = chats_named(chats, written)
    if len(found) > 1:
        raise SeveralChatsNamed(target=written, matches=found)
    if not found:
        raise NoChatNamed(target=written, known=chats)
    return found[0].chat_id


async def chat_label(uow: UnitOfWork, chat_id: str) -> str:
    """How a text names one chat: its name, else its id."""
    return (await uow.chat_names.titles([chat_id])).get(chat_id, chat_id)
