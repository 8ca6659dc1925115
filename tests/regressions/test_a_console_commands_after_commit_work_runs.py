"""A command the console runs (`actions.run_command`) does its after-commit work, as the chat's own
commands do: `/lang`'s news to every worker's language memo used to be a coroutine never awaited, so a
process that had the chat's language in memory kept answering in the old one."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from bot.console.actions import Where, run_command
from commerce.domain.console import Principal, Role
from commerce.ports import UnitOfWork
from handlers.parsing.commands import parse_text
from handlers.registry import VOCABULARY
from handlers.types import Reply
from tests.unit.bot.console.console_client import console_world

CHAT = "g-lang"
LANG_SET = "OK, I'll speak English in this chat."


async def _no_audit(uow: UnitOfWork, replies: Sequence[Reply]) -> None:
    return None


async def test_a_console_lang_reaches_the_language_the_chat_is_answered_in(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        world.app.memo.remember_setting(CHAT, "zh")  # this process read the chat's language before
        admin = Principal(Role.ADMIN, "dan")
        command = parse_text("/lang en", vocabulary=VOCABULARY)
        assert command is not None
        replies = await run_command(world.app, admin, command, Where(CHAT), lang=None, audit=_no_audit)
        assert [reply.text for reply in replies] == [LANG_SET]
        assert await world.app.chat_language(CHAT) == "en"
