"""Replies as outbox rows and back: what the ChatApp writes in the change's transaction, and what a
platform's relay reads to send (commerce.domain.outbox).

A row holds one reply (as the saved answers hold it: handlers.answers) and where it goes, already
resolved: `chat` (a private chat is the member's id), and `group`, the group chat the reply concerns
(where a refused private message is explained). A toast answers a tap at once and is never a row,
except on a platform without toasts, which says it as text (`toasts=True`: WeChat). A reaction on the
member's message (`Reply.reaction`) is a row: the platform sets it, or, without reactions, skips it. A
reply that a reaction may say instead (`Reply.reaction_instead`: a typed `+1` in a group) is a row with its
text: a platform with reactions (Telegram) sets the reaction and posts nothing, the others post the text.

A row answering a request also says who asked where (`request`: chat, kind, member, language), so a
platform can rebuild what it needs of the request: WeChat merges a request's answers to one conversation
into one message that mentions the member who asked.

A group's note that an answer went privately (`Reply.says_sent_to`, `答案已私信发给你`) is true only once
the private message arrived. So the row of the member's last private message of the same answer carries
the note (`told`, `told_chat`) and the note's own row says so (`carried`): a platform that learns only by
sending whether the member can be written to (Telegram: a member who never started the bot is refused)
posts the note after that message was delivered, or asks the member in the group to start the bot, and
leaves the carried row alone; a platform that knows beforehand (WeChat) may send the note's row as before.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from commerce.domain.outbox import SEND, OutboxItem, send_topic
from handlers import answers
from handlers.fit import fit
from handlers.guests import deliverable
from handlers.types import ChatKind, Reply, Request

# `Reply.extra`'s mark of a group message that answers one member's typed message, asking her something
# or answering her 问 (which option? which group buy?): a platform that can replies to her message, so
# she is notified and the group sees whom it asks (Telegram's reply_parameters). `to_member` marks them.
REPLIES_TO_MEMBER = "reply_to_member"


def to_member(replies: Sequence[Reply], request: Request) -> list[Reply]:
    """The replies, those said in the request's group chat marked to reply to its message."""
    if request.chat_kind is not ChatKind.GROUP or request.message_id is None or request.button is not None:
        return list(replies)
    return [
        replace(reply, extra={**reply.extra, REPLIES_TO_MEMBER: "1"})
        if reply.text and reply.private_to is None and reply.chat_id in (None, request.chat_id)
        else reply
        for reply in replies
    ]


@dataclass(frozen=True)
class Delivery:
    """One reply read back from the outbox, with where it goes."""

    item_id: int
    reply: Reply
    chat: str
    group: str | None
    update: str | None = None  # the update it answers (the playground reports it in that response)
    # Who asked where (chat, kind, member, language; not what, nor their name); None: the scheduler's.
    request: Request | None = None
    told: Reply | None = None  # the group's note that this private message went, and where it goes
    told_chat: str | None = None
    carried: bool = False  # this row is such a note: the private message's row carries it


def is_message(reply: Reply) -> bool:
    return (
        bool(reply.text)
        or reply.invoice is not None
        or reply.document is not None
        or reply.card_of is not None
    )


def is_sent(reply: Reply) -> bool:
    """Whether the platform has something to do for it: a message, or a reaction on the member's."""
    return is_message(reply) or reply.reaction is not None


def rows(
    replies: Sequence[Reply],
    *,
    platform: str,
    request: Request | None,
    now: datetime,
    toasts: bool = False,
    due_at: datetime | None = None,
    held: str | None = None,
) -> list[OutboxItem]:
    """The outbox rows of `replies` (toasts left out unless `toasts`, a reaction kept); a reply with nowhere
    to go is left out too. A text over the platform's limit is several rows, one a message
    (`handlers.fit`). `due_at`: held back until then (None: due now); `held`: a mark written into each
    payload (the batch holding them back), so that no other row holds the same payload."""
    group = _group_of(replies, request)
    asked = _asked(request, message=any(REPLIES_TO_MEMBER in reply.extra for reply in replies))
    out: list[OutboxItem] = []
    sendable = [  # a guest's (代报) messages go to their organiser
        reply for reply in map(deliverable, fit(replies)) if is_sent(reply) or (toasts and reply.toast)
    ]
    notes = announced(sendable)
    carried = set(notes.values())
    for n, reply in enumerate(sendable):
        chat = _chat(reply, request)
        if chat is None:
            continue
        payload: dict[str, object] = {
            "reply": answers.to_dict(reply),
            "chat": chat,
            "group": group,
            "update": request.update_id if request is not None else None,
        }
        if asked is not None:
            payload["request"] = asked
        if n in notes:
            note = sendable[notes[n]]
            payload["told"] = answers.to_dict(note)
            payload["told_chat"] = _chat(note, request)
        if n in carried:
            payload["carried"] = True
        if held is not None:
            payload["held"] = held
        out.append(
            OutboxItem(
                topic=send_topic(platform),
                payload=answers.compact(payload),
                created_at=now,
                chat_id=chat,
                due_at=due_at,
            )
        )
    return out


def delivery(item: OutboxItem) -> Delivery:
    payload = json.loads(item.payload)
    reply = answers.from_dict(payload["reply"])
    assert item.id is not None
    asked = payload.get("request")
    request = _request(item.topic.removeprefix(SEND), asked) if asked is not None else None
    told = payload.get("told")
    return Delivery(
        item.id,
        reply,
        str(payload["chat"]),
        payload.get("group"),
        payload.get("update"),
        request,
        told=None if told is None else answers.from_dict(told),
        told_chat=payload.get("told_chat"),
        carried=bool(payload.get("carried")),
    )


def announced(replies: Sequence[Reply]) -> dict[int, int]:
    """The group notes that an answer went privately (`says_sent_to`), each by the position of the
    member's last private message among `replies` (the one whose delivery makes the note true): {its
    position: the note's}. A note with no private message to its member here is left out."""
    found: dict[int, int] = {}
    for n, note in enumerate(replies):
        if note.says_sent_to is None:
            continue
        last = max(
            (m for m, reply in enumerate(replies) if reply.private_to == note.says_sent_to),
            default=None,
        )
        if last is not None and last not in found:
            found[last] = n
    return found


def _chat(reply: Reply, request: Request | None) -> str | None:
    return reply.private_to or reply.chat_id or (request.chat_id if request is not None else None)


def _asked(request: Request | None, *, message: bool = False) -> dict[str, str] | None:
    """Who asked where; `message`: and the id of the message asking (a reply to it is made)."""
    if request is None:
        return None
    asked = {"chat": request.chat_id, "kind": request.chat_kind.value, "user": request.user_id}
    if message and request.message_id:
        asked["message"] = request.message_id
    if request.language:
        asked["language"] = request.language
    if request.display_name:  # WeChat: `@李四 你的订单…`, her name not said again after her mention
        asked["name"] = request.display_name
    if request.thread_id:
        asked["thread"] = request.thread_id
    return asked


def _request(platform: str, asked: dict[str, str]) -> Request:
    return Request(
        platform=platform,
        chat_id=asked["chat"],
        user_id=asked["user"],
        display_name=asked.get("name", ""),
        chat_kind=ChatKind(asked["kind"]),
        language=asked.get("language"),
        thread_id=asked.get("thread"),
        message_id=asked.get("message"),
    )


def _group_of(replies: Sequence[Reply], request: Request | None) -> str | None:
    """The group a set of replies concerns: the request's, else the chat of a card among them."""
    if request is not None and request.chat_kind is ChatKind.GROUP:
        return request.chat_id
    for reply in replies:
        if reply.card_of is not None and reply.chat_id is not None:
            return reply.chat_id
    return None
