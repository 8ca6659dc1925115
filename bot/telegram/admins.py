"""Whether a member is an admin of a group (they may close or cancel its group buys), cached.

Asked of Telegram with `getChatMember` and kept for `ttl` seconds per (chat, member) in the shared state
(`commerce.state.KeyValues`: this process's memory, or Redis, where every bot process sees what one
asked), so a busy group costs one call per member per few minutes, not one per message. Tuan's own
admins (TUAN_ADMINS, user ids) count everywhere. If Telegram cannot answer, the member is not an admin
this time (not cached). Telegram answering that the group was upgraded to a supergroup (400
`migrate_to_chat_id`, its old id asked) moves the chat (`chat_migrated`, the adapter's: as the service
message does) and the member is asked of at the new id.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Iterable

from aiogram import Bot
from aiogram.exceptions import TelegramMigrateToChat

from commerce.state import KeyValues
from storage.state_memory import MemorySharedState

log = logging.getLogger(__name__)

ADMIN_STATUSES = frozenset({"creator", "administrator"})


class AdminCache:
    def __init__(
        self,
        bot: Bot,
        *,
        ttl: float = 300.0,
        admins: Iterable[str] = (),
        values: KeyValues | None = None,
    ) -> None:
        self.bot = bot
        self.ttl = ttl
        self.admins = frozenset(admins)
        self.values = values if values is not None else MemorySharedState().values
        # (old group chat id, its new one) -> None: the chat moved (the adapter's `met_upgrade`)
        self.chat_migrated: Callable[[str, str], Awaitable[None]] | None = None

    async def is_admin(self, chat_id: str, user_id: str, *, ask: bool) -> bool:
        """Tuan's own admins always; a group's admins only when `ask` (a group, and a command that
        needs it: a `+1` or chatter costs no call)."""
        if user_id in self.admins:
            return True
        if not ask:
            return False
        key = f"telegram:admin:{chat_id}:{user_id}"
        known = await self.values.get(key)
        if isinstance(known, bool):
            return known
        try:
            member = await self.bot.get_chat_member(chat_id=int(chat_id), user_id=int(user_id))
        except TelegramMigrateToChat as exc:  # a supergroup now: moved, and asked of there
            new = str(exc.migrate_to_chat_id)
            if self.chat_migrated is None or new == chat_id:
                log.warning("getChatMember %s/%s: the group is chat %s now", chat_id, user_id, new)
                return False
            await self.chat_migrated(chat_id, new)
            return await self.is_admin(new, user_id, ask=ask)
        except Exception as exc:
            log.warning("getChatMember %s/%s failed: %s", chat_id, user_id, exc)
            return False
        status = getattr(member.status, "value", member.status)  # an enum whose hash is its name
        admin = str(status) in ADMIN_STATUSES
        if self.ttl > 0:
            await self.values.set(key, admin, ttl=self.ttl)
        return admin

    async def admin_of(self, chat_id: str, user_id: str) -> bool:
        """From a private chat (`/flags` there, `commerce.ports.ChatAdmins`): what is kept for that group
        and member, else Telegram asked now; a chat id that is no Telegram group's is no admin's."""
        try:
            int(chat_id)
        except ValueError:
            return False
        return await self.is_admin(chat_id, user_id, ask=True)
