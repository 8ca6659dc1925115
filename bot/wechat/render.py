"""Neutral `Reply`s out as WeChat text: WeChat has plain text, mentions, and nothing else.

- Buttons become one line of numbered choices ("回复 1 跟团，2 查看进度"); `choices.py` turns a bare
  number back into the button.
- A card is its text (rendered when it is sent, by the outbox) plus its choices; it cannot be edited,
  so the outbox re-posts it, throttled (one a member asked for says the copies above are out of date).
- A reply that concerns one member mentions them: its own `mention`, or else, for an answer in a room,
  the member who asked. Merged, the message mentions each of them in the order of its parts (张三's
  edit and the 候补 move-in it caused: `@张三 @赵六`). Mentions only exist in rooms.
- A button tap's short answer (`toast`) is said as text when the reply has no text of its own.
- The replies one member message produces for one conversation are merged into one message: at most
  one answer per member message. A document's file (/export) follows that message as a file message of
  its own (built from its table when it is sent: bot/export_files.py), one per file. A reply that is no
  card but carries a photo (a photo card's copy opened in a private chat) has it sent just before the
  message, as an image message: WeChat has no captions.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from bot.wechat import texts
from handlers.card_moved import older_copies_line
from handlers.texts import t
from handlers.types import ACK_NOTE, ACK_PRICE, ACK_PRICE_OF, ACK_SAID, Button, Document, Reply, Request

ROOM_SUFFIX = "@chatroom"
MENTION_SEPARATOR = "\u2005"
CLOSED_STATUSES = frozenset({"succeeded", "failed", "cancelled", "fulfilled", "closed"})


@dataclass(frozen=True)
class Ack:
    """A join's or leave's plain answer in its parts (`handlers.types.ACK_SAID`…): folded with others
    (`acks`), it says the price as it stands then (`price_of`; else `price`, as it was said) and its
    `note` once for all."""

    said: str
    price: str
    price_of: str
    note: str
    language: str


@dataclass(frozen=True)
class Outgoing:
    """One WeChat text message to send. `choices` are the button data its numbers stand for."""

    conversation_id: str
    text: str
    mention_ids: tuple[str, ...] = ()
    choices: tuple[str, ...] = ()
    asked: str | None = None  # the member the choices are asked of (None: everyone in the chat)
    files: tuple[Document, ...] = ()  # sent after the text, a file message each
    photos: tuple[str, ...] = ()  # sent before the text, an image message each (a private card copy's)
    first: int = 1  # the number of the first choice (after the member's other open questions' numbers)
    acks: tuple[Ack, ...] = ()  # a join acknowledgement's parts, when it is one (`acks`)
    labels: tuple[str, ...] = ()  # each choice's label as shown: `1 跟团` answers as `1` does
    side: bool = False  # a note card's choices: beside the room's group-buy card's (bot/wechat/choices.py)


def is_room(conversation_id: str) -> bool:
    """WeChat room ids end in `@chatroom`; anything else is a contact (a one-to-one chat)."""
    return conversation_id.endswith(ROOM_SUFFIX)


def destination(reply: Reply, request: Request | None) -> str | None:
    """Where a reply goes: a member's private chat, a named chat, or the chat it answers."""
    if reply.private_to:
        return reply.private_to
    if reply.chat_id:
        return reply.chat_id
    return request.chat_id if request is not None else None


def choice_line(buttons: Sequence[Button], language: str, first: int = 1) -> str:
    return texts.choices([button.label for button in buttons], language, first)


def labels(reply: Reply) -> tuple[str, ...]:
    """The labels of a reply's choices, as its choice line shows them."""
    return tuple(button.label for row in reply.buttons for button in row)


def body(reply: Reply, language: str, first: int = 1) -> tuple[str, tuple[str, ...]]:
    """The text a reply shows (its choices appended, numbered from `first`) and their button data."""
    buttons = [button for row in reply.buttons for button in row]
    text = reply.text or reply.toast or ""
    if not buttons:
        return text, ()
    line = choice_line(buttons, reply.language or language, first)
    return (f"{text}\n{line}" if text else line), tuple(b.data for b in buttons)


def is_final_card(card: Reply) -> bool:
    """A card of a closed group buy: nothing left to tap, or a closed status in `extra`."""
    return not card.buttons or card.extra.get("status", "").lower() in CLOSED_STATUSES


def answer(
    conversation_id: str, replies: Sequence[Reply], *, request: Request | None, language: str, first: int = 1
) -> Outgoing | None:
    """The replies for one conversation merged into one message (None if they say nothing); a tap's
    short answer (`toast`) only when no reply has text of its own (else it would say it twice)."""
    parts: list[str] = []
    choices: tuple[str, ...] = ()
    choice_labels: tuple[str, ...] = ()  # their labels
    mentions: list[str] = []
    files: list[Document] = []
    photos: list[str] = []  # a photo card's copy sent as a message (handlers.sharing): its photo first
    parts_of: list[Ack] = []
    asker = request.user_id if request is not None and request.chat_id == conversation_id else None
    told = any(reply.text for reply in replies)
    for reply in replies:
        shown = replace(reply, toast=None) if told else reply
        if (
            asker is not None
            and request is not None
            and reply.says_sent_to == asker
            and is_room(conversation_id)
        ):
            shown = replace(shown, text=_unnamed(shown.text, request.display_name))  # `@李四` names her
        text, reply_choices = body(shown, reply.language or language, first)
        if text:
            parts.append(text)
            if not reply.mention and asker is not None:  # an answer to the sender: it mentions them
                mentions.append(asker)
        if reply_choices:
            choices, choice_labels = reply_choices, labels(reply)
        mentions.extend(reply.mention)
        if reply.document is not None:
            files.append(reply.document)
        if reply.photo and reply.card_of is None:
            photos.append(reply.photo)
        if ACK_SAID in reply.extra:
            extra = reply.extra
            said = Ack(
                extra[ACK_SAID],
                extra.get(ACK_PRICE, ""),
                extra.get(ACK_PRICE_OF, ""),
                extra.get(ACK_NOTE, ""),
                reply.language or language,
            )
            parts_of.append(said)
    if not parts and not files:
        return None
    if not is_room(conversation_id):
        mentions.clear()
    elif (
        asker is not None
        and set(mentions) == {asker}
        and request
        and _names_first(parts, request.display_name)
    ):
        mentions = []  # `阿美 跟团：…` names her: no `@阿美` before it (another mentioned: hers kept first)
    elif not mentions and asker is not None:  # a file alone
        mentions.append(asker)
    return Outgoing(
        conversation_id=conversation_id,
        text="\n\n".join(parts),
        mention_ids=tuple(dict.fromkeys(mentions)),
        choices=choices,
        asked=asker if asker is not None else (None if is_room(conversation_id) else conversation_id),
        files=tuple(files),
        photos=tuple(dict.fromkeys(photos)),
        first=first,
        acks=tuple(parts_of) if len(parts_of) == len(parts) else (),
        labels=choice_labels,
    )


def _names_first(parts: Sequence[str], name: str) -> bool:
    """Whether the answer starts with the sender's name as its subject (`阿美 跟团：…`, `Amy is in: …`):
    a mention before it would say her name twice (`@阿美 阿美 跟团：…`)."""
    return bool(name) and bool(parts) and parts[0].startswith(f"{name} ")


def _unnamed(text: str, name: str) -> str:
    """A "sent to you privately" note without the name it starts with (`李四，你的订单…`): the room's
    mention of her says it already (`@李四 李四，…` read twice)."""
    for comma in ("，", ", "):
        if name and text.startswith(f"{name}{comma}") and len(text) > len(name) + len(comma):
            rest = text[len(name) + len(comma) :]
            return rest[0].upper() + rest[1:]
    return text


def acks(
    conversation_id: str,
    messages: Sequence[Outgoing],
    *,
    language: str,
    prices: Mapping[str, str] | None = None,
) -> Outgoing:
    """Join acknowledgements held for a room's window (bot/wechat/outbox.py `ack_interval`) as one
    message: one alone as it was said (its price as it stands now); several under one heading, a line
    each, mentioning nobody (each line names its member: 20 mentions would ring 20 phones for a
    roll-up). `prices`: each price line as it stands when they go (by `Ack.price_of`), so no line says a
    price the group buy has gone past since; a note several carry (the group buy just closed) is said
    once, last."""
    prices = prices or {}
    lines: list[str] = []
    notes: list[str] = []
    for message in messages:
        if not message.acks:
            lines.append(message.text)
            continue
        for ack in message.acks:
            price = (prices.get(ack.price_of) or ack.price) if ack.price_of else ack.price
            two = "two_sentences"
            lines.append(t(ack.language, two, first=ack.said, second=price) if price else ack.said)
            if ack.note and ack.note not in notes:
                notes.append(ack.note)
    if len(messages) == 1:
        if not messages[0].acks:
            return messages[0]
        two = "two_sentences"
        text = "\n".join(lines)
        for note in notes:
            text = t(messages[0].acks[0].language, two, first=text, second=note)
        return replace(messages[0], text=text)
    body = [texts.acks_heading(language), *lines, *notes]
    return Outgoing(conversation_id=conversation_id, text="\n".join(body), asked=messages[0].asked)


def is_ack(reply: Reply) -> bool:
    """A join's or leave's plain acknowledgement: it says only what the card shows
    (`Reply.reaction_instead`), or that and which group buy a bare `+1` joined just after another closed
    (`ACK_NOTE`), so in a busy room several go as one message."""
    plain = reply.reaction_instead is not None or ACK_NOTE in reply.extra
    return plain and reply.card_of is None and not reply.buttons


def card(
    conversation_id: str, reply: Reply, *, language: str, first: int = 1, side: bool = False
) -> Outgoing:
    """A rendered card as a message: asks everyone in the chat its choices, numbered from `first` (a
    note card's, `side`, after the room's group-buy card's)."""
    text, choices = body(reply, reply.language or language, first)
    return Outgoing(
        conversation_id=conversation_id,
        text=text,
        choices=choices,
        first=first,
        labels=labels(reply),
        side=side,
    )


def newer_copy(card: Outgoing, language: str) -> Outgoing:
    """A card posted below older copies of itself, which WeChat cannot edit: it says they are out of date."""
    return replace(card, text=f"{older_copies_line(language)}\n{card.text}")


def with_mentions(text: str, names: Sequence[str]) -> str:
    """WeChat shows a mention only when the text starts with `@name` and U+2005 for each one."""
    prefix = "".join(f"@{name}{MENTION_SEPARATOR}" for name in names)
    return prefix + text
