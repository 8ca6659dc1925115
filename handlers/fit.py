"""Every reply within what a platform accepts: a long text goes as several messages, a toast is cut.

Telegram refuses a message over 4,096 characters and a tap's answer over 200, and a refused message is
a message lost. Lengths here are UTF-16 code units (an emoji outside the Basic Multilingual Plane counts
two), never fewer than the characters Telegram counts, so what fits here fits there. A text is split
between lines where it can, a line longer than a message between words, a word longer than that
between characters (never inside an emoji sequence or before a combining mark): the parts, in order,
hold the whole text but for the line breaks (and spaces) at the cuts. Buttons, an invoice and a document
stay with the last part, so they come under everything they are about.

`fit()` runs on the replies the ChatApp returns and on those it writes to the outbox: one rule for
every platform. A card's text is bounded where it is rendered (`handlers.cards`).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import replace

from handlers.types import ACK_NOTE, ACK_PRICE, ACK_PRICE_OF, ACK_SAID, Reply

ACK_PARTS = (ACK_SAID, ACK_PRICE, ACK_PRICE_OF, ACK_NOTE)  # a join answer's parts: not of a text in parts

TEXT_LIMIT = 4096  # a message's text (Telegram's sendMessage / editMessageText)
CAPTION_LIMIT = 1024  # a photo's caption (Telegram's sendPhoto / editMessageCaption): a photo card's text
TOAST_LIMIT = 200  # the answer to a tap (Telegram's answerCallbackQuery)
ELLIPSIS = "…"
_MAX_BACK_OFF = 16  # characters a cut moves back to keep an emoji sequence whole
_JOINERS = frozenset({"\u200d", "\u20e3"})  # zero-width joiner, combining keycap


def units(text: str) -> int:
    """The length of `text` in UTF-16 code units (what Telegram's limits are safely measured in)."""
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def clip(text: str, limit: int) -> str:
    """`text` as it is when it fits in `limit` units, else cut to fit, ending in "…"."""
    if units(text) <= limit:
        return text
    return text[: _cut(text, limit - units(ELLIPSIS))].rstrip() + ELLIPSIS


def split_text(text: str, limit: int = TEXT_LIMIT) -> list[str]:
    """`text` in parts of at most `limit` units each (just `[text]` when it fits); blank parts are
    left out, so no part is a message Telegram would refuse as empty."""
    if units(text) <= limit:
        return [text]
    parts: list[str] = []
    lines: list[str] = []
    size = 0
    for line in text.split("\n"):
        for piece in _pieces(line, limit):
            cost = units(piece) + (1 if lines else 0)
            if lines and size + cost > limit:
                parts.append("\n".join(lines))
                lines, size, cost = [], 0, units(piece)
            lines.append(piece)
            size += cost
    parts.append("\n".join(lines))
    return [part for part in parts if part.strip()]


def fit(replies: Iterable[Reply], limit: int = TEXT_LIMIT) -> list[Reply]:
    """The replies as they may be sent: a text over `limit` as several replies to the same place (the
    mention, the toast and the reaction with the first, buttons and invoice with the last), a toast cut
    to 200 units, a rendered card's text cut to `limit` (cards are bounded when rendered: this never
    cuts)."""
    fitted: list[Reply] = []
    for reply in replies:
        if reply.toast is not None and units(reply.toast) > TOAST_LIMIT:
            reply = replace(reply, toast=clip(reply.toast, TOAST_LIMIT))
        if units(reply.text) <= limit:
            fitted.append(reply)
        elif reply.is_card:
            fitted.append(replace(reply, text=clip(reply.text, limit)))
        else:
            fitted.extend(_parts(reply, limit))
    return fitted


def _parts(reply: Reply, limit: int) -> list[Reply]:
    texts = split_text(reply.text, limit) or [""]
    last = len(texts) - 1
    return [
        replace(
            reply,
            text=text,
            buttons=reply.buttons if n == last else (),
            invoice=reply.invoice if n == last else None,
            document=reply.document if n == last else None,
            mention=reply.mention if n == 0 else (),
            toast=reply.toast if n == 0 else None,
            reaction=reply.reaction if n == 0 else None,
            reaction_instead=None,  # a text in parts is more than the card shows
            extra={key: value for key, value in reply.extra.items() if key not in ACK_PARTS},  # nor folded
        )
        for n, text in enumerate(texts)
    ]


def _pieces(line: str, limit: int) -> Iterator[str]:
    """A line in pieces of at most `limit` units: cut after the last space that leaves at least half
    of a piece, else between characters."""
    while units(line) > limit:
        cut = _cut(line, limit)
        space = line.rfind(" ", 0, cut)
        if space >= cut // 2:
            cut = space + 1
        yield line[:cut]
        line = line[cut:]
    yield line


def _cut(text: str, limit: int) -> int:
    """How many characters of `text` fit in `limit` units (at least one), moved back out of an emoji
    sequence or off a combining mark when that costs little."""
    used, cut = 0, len(text)
    for i, char in enumerate(text):
        used += 2 if ord(char) > 0xFFFF else 1
        if used > limit:
            cut = i
            break
    if cut == len(text):
        return cut
    if cut == 0:
        return 1
    back = cut
    while back > max(1, cut - _MAX_BACK_OFF) and _inside(text, back):
        back -= 1
    return cut if _inside(text, back) else back


def _inside(text: str, at: int) -> bool:
    """Whether a cut before `text[at]` would split what reads as one character."""
    return _continues(text[at]) or text[at - 1] == "\u200d"


def _continues(char: str) -> bool:
    """Whether `char` belongs to the character before it (a combining mark, a joiner, a variation
    selector, a skin tone, a tag of a flag)."""
    code = ord(char)
    return (
        char in _JOINERS
        or unicodedata.combining(char) != 0
        or 0xFE00 <= code <= 0xFE0F
        or 0x1F3FB <= code <= 0x1F3FF
        or 0xE0020 <= code <= 0xE007F
        or 0xE0100 <= code <= 0xE01EF
    )
