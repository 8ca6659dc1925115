"""The neutral language between platforms and handlers: a `Request` in, `Reply`s out.

Platform adapters (Telegram, WeChat, the playground) translate their updates into a `Request` and render
each `Reply` their own way (inline keyboard, numbered text choices, HTML). Handlers never see a platform.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from commerce.domain.errors import DomainError


class ChatKind(StrEnum):
    GROUP = "group"
    PRIVATE = "private"


@dataclass(frozen=True)
class Request:
    """One thing a member did: typed `text`, or tapped a button carrying `button` data."""

    platform: str
    chat_id: str
    user_id: str
    display_name: str
    chat_kind: ChatKind = ChatKind.GROUP
    text: str = ""
    button: str | None = None
    message_id: str | None = None
    update_id: str | None = None
    language: str | None = None
    is_admin: bool = False
    mentions: tuple[str, ...] = ()
    username: str | None = None  # the platform's handle (Telegram @username), as last seen
    alias: str | None = None  # the member's name in this chat (WeChat room alias), where there is one
    # a photo sent with the text (its caption): the platform's own reference to it (a Telegram file_id,
    # a WeChat image message id, a playground file token); an opening with one makes a photo card
    photo: str | None = None
    # the group chat's name as the platform shows it (a Telegram group's title, a WeChat room's topic,
    # the playground's chat name); None in a private chat or where the platform did not say
    chat_title: str | None = None
    # the text (or caption) of the bot's message this one replies to (a Telegram reply, a WeChat quote),
    # where the platform says: a reply to a note card is a comment on that note (handlers.notes)
    replied_to: str | None = None
    # the message mentions the bot where the platform takes that mention off `text` (WeChat's
    # `@团购助手`); Telegram's `@tuan_bot` stays in the text. In a group: a question to the bot (handlers.ask)
    to_bot: bool = False
    # the forum topic the message (or the tapped message) is in, where the platform has topics (a Telegram
    # supergroup's `message_thread_id`): its answers go to that topic
    thread_id: str | None = None


@dataclass(frozen=True)
class Button:
    """A tap target. `data` is what comes back in `Request.button`: at most 64 bytes (Telegram's limit)."""

    label: str
    data: str

    def __post_init__(self) -> None:
        if len(self.data.encode()) > 64:
            raise ValueError(f"button data over 64 bytes: {self.data!r}")


@dataclass(frozen=True)
class Invoice:
    """A request for payment of one order, sent to the buyer's private chat (Telegram `sendInvoice`).

    `amount` is in the currency's minor units (0 decimals for XTR, Telegram Stars); `payload` is the signed
    order reference that comes back at pre-checkout and in the successful payment.
    """

    order_id: int
    title: str
    description: str
    payload: str
    currency: str
    amount: int
    label: str
    number: str = ""  # the order as texts name it (`12-3`)


Cell = str | int | None  # a table cell: text, a number (money in minor units), or empty


@dataclass(frozen=True)
class Column:
    """One column of a `Sheet`: its heading and what its cells hold ("text", "number" or "money": minor
    units of the sheet's currency, written as amounts)."""

    title: str
    kind: str = "text"


@dataclass(frozen=True)
class Sheet:
    """A platform-neutral table: the heading row, the rows, a totals row, and lines said under it (money
    collected and outstanding)."""

    name: str
    columns: tuple[Column, ...]
    rows: tuple[tuple[Cell, ...], ...]
    totals: tuple[Cell, ...] = ()
    currency: str = ""
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Document:
    """A file to send, as the table it holds: the platform builds the file when it sends it
    (bot/export_files.py), so handlers stay free of file formats and an outbox row holds rows, not bytes.
    `name` has no extension; `kind` is "xlsx" or "csv" (UTF-8 with a BOM, the first sheet)."""

    name: str
    kind: str
    sheets: tuple[Sheet, ...]

    @property
    def filename(self) -> str:
        return f"{self.name}.{self.kind}"


@dataclass(frozen=True)
class Reaction:
    """An emoji the bot puts on a member's message (`message_id`, in the reply's chat) to acknowledge it
    without a message for the whole group (a typed like: 👍); `emoji` "" takes the bot's reaction off.
    Telegram sets it (`setMessageReaction`), the playground shows it on the message; a platform without
    reactions (WeChat) leaves it out."""

    message_id: str
    emoji: str


@dataclass(frozen=True)
class Reply:
    """Something the bot says.

    Where it goes: the request's chat by default; `chat_id` names another chat; `private_to` names a
    user whose private chat with the bot receives it. `card_of` marks the live card of a group buy: the
    platform edits the card it showed before in place (or posts it if none), and `new_card` asks it to post
    the card anew and make that the live one; `refresh` only edits one shown before, and where none was
    (a note taken in digest mode) posts nothing. A card reply from a handler carries only `card_of`; its
    text and buttons are rendered when it is sent (`ChatApp.render_card`), so edits can coalesce and always
    show the latest state. `toast` is the short answer to a button tap. `invoice` asks the platform to send a
    payment request (only where it has one: Telegram Payments). `document` is a file (the reply's text is
    its caption): a document in Telegram, a file message in WeChat, a download link in the playground.
    `photo` (a card's): the platform's reference to the photo of a photo card, shown with the card (a
    Telegram photo whose caption is the card, an image posted before the first card on WeChat, an image
    on the playground's card). `reaction`: acknowledge the member's message with an emoji (`Reaction`).
    `secret`: a private reply holding what only its reader may see (a pickup code): never posted in a
    group; where the platform cannot write to the member in private (WeChat: not the bot's friend), the
    group reads only that it could not. `says_sent_to`: a group's note that a reply went privately to
    this member (`答案已私信发给你`), left out where it could not go. `label` (a rendered card's): what
    the card shows, by its public number, for a platform that heads a card with it (the playground:
    `团购 #2`, `笔记 #1`), whatever key `card_of` files it under (a note's, a listing's, a private copy's).
    `reaction_instead`: the text says nothing the card's edit does not show (a typed `+1` or `-1` in a
    group: in, now N, the price), so a platform with reactions may put this reaction on the member's
    message instead of posting the text (Telegram: 👌, no group message); WeChat, without reactions,
    says the text but folds a busy room's such answers into one message a window (bot/wechat/outbox.py
    `ack_interval`); the playground says the text.
    """

    text: str = ""
    buttons: tuple[tuple[Button, ...], ...] = ()
    card_of: int | None = None
    new_card: bool = False
    refresh: bool = False
    chat_id: str | None = None
    private_to: str | None = None
    mention: tuple[str, ...] = ()
    toast: str | None = None
    invoice: Invoice | None = None
    document: Document | None = None
    language: str | None = None
    extra: dict[str, str] = field(default_factory=dict)
    photo: str | None = None
    reaction: Reaction | None = None
    secret: bool = False
    says_sent_to: str | None = None
    label: str | None = None
    reaction_instead: Reaction | None = None

    @property
    def is_card(self) -> bool:
        return self.card_of is not None


# `Reply.extra` of a join's or leave's plain answer in a group (`reaction_instead`, or one that also says
# only which group buy a bare `+1` joined just after another closed): its parts, so that WeChat's folded
# `📝 接龙更新` says the price as it stands when it goes and such a note once (bot/wechat/render.py `acks`).
ACK_SAID = "ack_said"  # who did what, without the price
ACK_PRICE = "ack_price"  # the price line when it was said ("" when it says none)
ACK_PRICE_OF = "ack_price_of"  # whose price line: `12`, or `12:大的` for an option's
ACK_NOTE = "ack_note"  # said once for all the folded lines (`阳光玫瑰（#2）刚截单；这次跟的是…`)
# `Reply.extra` of the organiser's private close summary, which says the group was told (`群里已通知`): that
# group buy and group (`12:<chat id>`). A platform that finds the group gone (WeChat: the room refuses
# the bot) says so instead (`told_group_gone`).
TELLS_GROUP = "tells_group"
# `Reply.extra` of a member's own share code sent privately (`分享` typed in a group): a platform that
# cannot message her (WeChat: not the bot's friend) tells the group she must add the bot first, and
# never posts the code there (`wx_share_needs_friend`).
SHARE_CODE = "share_code"
# `Reply.extra` of a note card's refresh whose only change is its like count (a like given or taken back):
# a platform that edits the card shows the count at once; one that can only post it anew (WeChat) does
# not post it for that (the liker's own answer says it), and the card shows the count when it next goes.
LIKES_ONLY = "likes_only"
# `Reply.extra` of a note card's refresh whose change the answer posted beside it says (an admin's `/hide 3`:
# `群管理员隐藏了笔记 #3。`): a platform that edits the card shows it in place; one that can only post it anew
# (WeChat) does not post it, or the room would read it twice (rep82 #8); the card shows it when it next goes.
EDIT_ONLY = "edit_only"


class AnsweredPrivately(DomainError):
    """A refusal about another group's order (帮卖), said only to its sender in private: the group it
    was typed in never reads about that group's buyers (`ChatApp` sends it so)."""

    @classmethod
    def of(cls, refusal: DomainError) -> AnsweredPrivately:
        return cls(refusal.code, **refusal.params)
