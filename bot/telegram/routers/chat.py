"""Group buys in chat: what members type (`+1`, `/join@bot`, `/start <payload>`), the card's buttons, and
reactions (on a note card: a like).

Every text and tap goes to the ChatApp through the adapter (injected by `Dispatcher(adapter=...)`).
"""

from __future__ import annotations

from aiogram import F, Router
from aiogram.methods import AnswerCallbackQuery
from aiogram.types import CallbackQuery, ChatMemberUpdated, Message, MessageReactionUpdated, Update

from bot.telegram.adapter import TelegramAdapter


async def on_text(message: Message, event_update: Update, adapter: TelegramAdapter) -> None:
    await adapter.on_message(message, update_id=event_update.update_id)


async def on_edited(message: Message, adapter: TelegramAdapter) -> None:
    await adapter.on_edited(message)  # never read as a command: its author is told what to send instead


async def on_member_left(message: Message, adapter: TelegramAdapter) -> None:
    await adapter.on_member_left(message)  # no longer the group's member (handlers.app ChatApp.left)


async def on_migrated(message: Message, adapter: TelegramAdapter) -> None:
    await adapter.on_migrated(message)  # a basic group became a supergroup: its group buys move with it


async def on_member_changed(changed: ChatMemberUpdated, adapter: TelegramAdapter) -> None:
    await adapter.on_member_changed(changed)  # left or removed, where large groups send no service message


async def on_bot_changed(changed: ChatMemberUpdated, adapter: TelegramAdapter) -> None:
    await adapter.on_bot_changed(changed)  # the bot removed from a group, or added back


async def on_tap(query: CallbackQuery, adapter: TelegramAdapter) -> AnswerCallbackQuery | None:
    return await adapter.tap_answer(query)  # on a webhook, answered in the HTTP answer to Telegram


async def on_reaction(
    reaction: MessageReactionUpdated, event_update: Update, adapter: TelegramAdapter
) -> None:
    await adapter.on_reaction(reaction, update_id=event_update.update_id)


def make_router() -> Router:
    """A new router each call: an aiogram Router joins one Dispatcher only, and a process may build
    several (the update types it asks for, then the one it serves with; tests)."""
    router = Router(name=__name__)
    router.message.register(on_text, F.text | F.caption)
    router.edited_message.register(on_edited, F.text | F.caption)
    router.message.register(on_member_left, F.left_chat_member)
    router.message.register(on_migrated, F.migrate_to_chat_id | F.migrate_from_chat_id)
    router.chat_member.register(on_member_changed)
    router.my_chat_member.register(on_bot_changed)
    router.callback_query.register(on_tap)
    router.message_reaction.register(on_reaction)
    return router
