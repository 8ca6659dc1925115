"""The outbox's `Transport` and the ChatApp's `StarRefunds` on an aiogram `Bot`.

Telegram's errors become the outbox's: 429 -> `RetryAfter`, 403 -> `Forbidden` (but "user is
deactivated" -> `Undeliverable`: /start cannot help; "bot was kicked from the group chat", "bot is not a
member of the supergroup chat", "the group chat was deleted" -> `GroupGone`), 400 "chat not found"
and "PEER_ID_INVALID" (a user the bot never talked to) -> `Forbidden`, no answer (connection
refused or reset, a timeout, DNS), a 5xx or an answer that is not the Bot API's -> `Unreachable`,
"message is not modified" -> `NotModified`, "message to edit not found" -> `MessageGone`, "there is
no text (caption) in the message to edit" -> `WrongKind`, a photo `sendPhoto` cannot send -> `PhotoRefused`,
400 "group chat was upgraded to a supergroup chat" (`migrate_to_chat_id`) -> `ChatMigrated` (its new id).
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from aiogram import Bot
from aiogram.exceptions import (
    ClientDecodeError,
    TelegramBadRequest,
    TelegramForbiddenError,
    TelegramMigrateToChat,
    TelegramNetworkError,
    TelegramRetryAfter,
    TelegramServerError,
)
from aiogram.methods import EditMessageCaption, EditMessageText, TelegramMethod
from aiogram.types import BufferedInputFile, LabeledPrice, MessageEntity, ReplyParameters, User

from bot import export_files
from bot.telegram.outbox import (
    ButtonRows,
    ChatMigrated,
    Forbidden,
    GroupGone,
    MessageGone,
    NotModified,
    PhotoRefused,
    RetryAfter,
    Undeliverable,
    Unreachable,
    WrongKind,
)
from bot.telegram.render import keyboard
from bot.telegram.session import HeldResponsesSession
from handlers.fit import clip
from handlers.types import Document, Invoice

STARS = "XTR"
CAPTION_LIMIT = 1024  # a document's or a photo's caption (sendDocument, sendPhoto)
# what Telegram's refusals of a photo say: "wrong file identifier/HTTP URL specified", "wrong remote file
# identifier specified", "PHOTO_INVALID_DIMENSIONS", "IMAGE_PROCESS_FAILED", "failed to get HTTP URL content"
PHOTO_ERRORS = ("file identifier", "photo", "image", "http url")
# what Telegram's 403 says of a group that no longer has the bot: "bot was kicked from the group chat"
# (or "supergroup chat"), "bot is not a member of the supergroup chat", "the group chat was deleted"
GROUP_GONE = ("kicked from the", "not a member of the", "chat was deleted")


@asynccontextmanager
async def _translated_errors() -> AsyncIterator[None]:
    try:
        yield
    except TelegramRetryAfter as exc:
        raise RetryAfter(exc.retry_after) from exc
    except TelegramMigrateToChat as exc:  # the group is a supergroup now, at another id
        raise ChatMigrated(str(exc.migrate_to_chat_id), exc.message) from exc
    except (TelegramNetworkError, TelegramServerError) as exc:  # refused, reset, timeout, DNS; a 5xx
        raise Unreachable(f"{type(exc).__name__}: {exc.message}") from exc
    except ClientDecodeError as exc:  # an answer that is no Bot API's (a proxy's 502 page)
        raise Unreachable(f"{type(exc).__name__}: {exc.message}") from exc
    except TelegramForbiddenError as exc:
        text = exc.message.lower()
        if "deactivated" in text:
            raise Undeliverable(exc.message) from exc
        if any(words in text for words in GROUP_GONE):
            raise GroupGone(exc.message) from exc
        raise Forbidden(exc.message) from exc
    except TelegramBadRequest as exc:
        text = exc.message.lower()
        if "message is not modified" in text:
            raise NotModified(exc.message) from exc
        if "message to edit not found" in text or "message can't be edited" in text:
            raise MessageGone(exc.message) from exc
        if "there is no text in the message" in text or "there is no caption in the message" in text:
            raise WrongKind(exc.message) from exc
        if "chat not found" in text or "peer_id_invalid" in text:
            raise Forbidden(exc.message) from exc
        raise


class BotTransport:
    """Sends plain text (no parse mode: members' names are shown as written), invoices and documents."""

    def __init__(self, bot: Bot, *, provider_token: str = "") -> None:
        self.bot = bot
        self.provider_token = provider_token

    async def send_text(
        self,
        chat_id: str,
        text: str,
        buttons: ButtonRows,
        *,
        reply_to: str | None = None,
        thread: int | None = None,
        mentions: tuple[tuple[int, int, str, str], ...] = (),
    ) -> int:
        """`mentions`: members named in the text, as text_mention entities (notified, whatever their
        username)."""
        entities = [
            MessageEntity(
                type="text_mention",
                offset=offset,
                length=length,
                user=User(id=int(user), is_bot=False, first_name=name),
            )
            for offset, length, user, name in mentions
        ]
        reply = None
        if reply_to is not None:
            reply = ReplyParameters(message_id=int(reply_to), allow_sending_without_reply=True)
        async with _translated_errors():
            message = await self.bot.send_message(
                chat_id=int(chat_id),
                text=text,
                parse_mode=None,
                reply_markup=keyboard(buttons),
                reply_parameters=reply,
                message_thread_id=thread,
                entities=entities or None,
            )
        return message.message_id

    async def edit_text(self, chat_id: str, message_id: int, text: str, buttons: ButtonRows) -> None:
        async with _translated_errors():
            await self._for_nothing(
                EditMessageText(
                    chat_id=int(chat_id),
                    message_id=message_id,
                    text=text,
                    parse_mode=None,
                    reply_markup=keyboard(buttons),
                )
            )

    async def _for_nothing(self, method: TelegramMethod[Any]) -> None:
        """A call whose result is not read (an edit): the session skips reading it when it can."""
        session = self.bot.session
        if isinstance(session, HeldResponsesSession):
            await session.call_for_nothing(self.bot, method)
        else:
            await self.bot(method)

    async def send_photo(
        self, chat_id: str, photo: str, caption: str, buttons: ButtonRows, *, thread: int | None = None
    ) -> int:
        """A photo card: the photo by its file_id, the card as its caption (within 1,024: it was rendered
        so), its buttons under it."""
        try:
            async with _translated_errors():
                message = await self.bot.send_photo(
                    chat_id=int(chat_id),
                    photo=photo,
                    caption=clip(caption, CAPTION_LIMIT),
                    parse_mode=None,
                    reply_markup=keyboard(buttons),
                    message_thread_id=thread,
                )
        except TelegramBadRequest as exc:
            if any(word in exc.message.lower() for word in PHOTO_ERRORS):
                raise PhotoRefused(exc.message) from exc
            raise
        return message.message_id

    async def edit_caption(self, chat_id: str, message_id: int, caption: str, buttons: ButtonRows) -> None:
        async with _translated_errors():
            await self._for_nothing(
                EditMessageCaption(
                    chat_id=int(chat_id),
                    message_id=message_id,
                    caption=clip(caption, CAPTION_LIMIT),
                    parse_mode=None,
                    reply_markup=keyboard(buttons),
                )
            )

    async def send_invoice(self, chat_id: str, invoice: Invoice) -> int:
        """One invoice in the buyer's private chat; Stars take an empty provider token and one price."""
        stars = invoice.currency.upper() == STARS
        async with _translated_errors():
            message = await self.bot.send_invoice(
                chat_id=int(chat_id),
                title=invoice.title,
                description=invoice.description,
                payload=invoice.payload,
                currency=invoice.currency.upper(),
                prices=[LabeledPrice(label=invoice.label, amount=invoice.amount)],
                provider_token="" if stars else self.provider_token,
            )
        return message.message_id

    async def send_document(
        self, chat_id: str, document: Document, caption: str, *, thread: int | None = None
    ) -> int:
        """The document's file (built now, off the event loop: an XLSX of thousands of lines takes a
        moment), uploaded with its caption (`sendDocument`, multipart)."""
        built = await asyncio.to_thread(export_files.build, document)
        async with _translated_errors():
            message = await self.bot.send_document(
                chat_id=int(chat_id),
                document=BufferedInputFile(built.content, filename=built.filename),
                caption=clip(caption, CAPTION_LIMIT) or None,
                parse_mode=None,
                message_thread_id=thread,
            )
        return message.message_id


class BotStarRefunds:
    """`commerce.ports.StarRefunds`: give a Stars payment back (`refundStarPayment`)."""

    def __init__(self, bot: Bot) -> None:
        self.bot = bot

    async def refund_stars(self, *, user_id: str, charge_id: str) -> None:
        await self.bot.refund_star_payment(user_id=int(user_id), telegram_payment_charge_id=charge_id)
