"""`问 龙井苦不苦` by Hal answered "群里的朋友说过：笔记 #16 Hal：「龙井还行吧」": his own note quoted back as
what friends said; and the weekly "本周为你精选" listed a member's own notes as the best of his groups.
Ask (in the group and in private) and the weekly message leave out the asker's / recipient's own."""

from __future__ import annotations

from datetime import time
from pathlib import Path
from typing import Any

from commerce.domain.foryou_weekly import Weekly
from handlers.foryou_weekly import WeeklyForYou
from tests.fakes import FakeClock
from tests.unit.bot.playground_api import playground_api
from tests.unit.handlers.conftest import Chat, fake_chat


def said(response: dict[str, Any], chat: str) -> list[str]:
    return [r["text"] for r in response["replies"] if r["text"] and not r["card_of"] and r["chat"] == chat]


async def test_ask_leaves_out_the_askers_own_notes(tmp_path: Path) -> None:
    async with playground_api(tmp_path) as api:
        await api.say("neighbours", "eve", "接龙 西湖龙井 250g 价格 68 截止 2小时")
        await api.say("neighbours", "hal", "种草 #1 龙井一点都不苦，还行")
        await api.say("neighbours", "amy", "种草 #1 龙井不苦，回甘很好")

        [answer] = said(await api.say("neighbours", "hal", "问 龙井苦不苦"), "neighbours")
        assert "笔记 #2 Amy：「龙井不苦，回甘很好」" in answer
        assert "Hal" not in answer
        [answer] = said(await api.say("hal", "hal", "龙井苦不苦？"), "hal")
        assert (
            answer == "群里的朋友说过：\n笔记 #2 Amy，关于 西湖龙井 250g（#1）：「龙井不苦，回甘很好」\n"
            "发“笔记 编号”看全文。"
        )
        [answer] = said(await api.say("neighbours", "amy", "问 龙井苦不苦"), "neighbours")  # Hal's, for Amy
        assert "笔记 #1 Hal：「龙井一点都不苦，还行」" in answer and "Amy：" not in answer


async def test_the_weekly_message_leaves_out_the_members_own_notes() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 芒果 价格 88")
    await chat.say("bob", "+1")
    await chat.say("cat", "+1")
    await chat.say("bob", "种草 #1 芒果很甜")
    await chat.say("cat", "赞 1")
    clock = chat.app.clock
    assert isinstance(clock, FakeClock)
    clock.advance(hours=8)  # Monday 20:00 in Shanghai
    weekly = WeeklyForYou(
        uow_factory=chat.app.uow_factory,
        clock=clock,
        config=chat.app.config,
        outbox=chat.app,
        platform="test",
        when=Weekly(0, time(20)),
    )

    sent = Chat.private(await weekly())

    assert "1. #1 Bob（群聊）：芒果很甜 👍 1" in sent["cat"]
    assert "芒果很甜" not in sent.get("bob", "")  # his own note is not the best of his groups for him
