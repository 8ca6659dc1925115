"""`/unmute gus` answered "gus may post notes here again." and `禁言 dan 发广告` (Dan muted already)
"dan 已经不能在本群发笔记了": the name as typed, not the member's. Both now say the member's display name."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


async def test_mute_and_unmute_answers_use_the_display_name() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory())
    chat.admins = {"eve"}
    for user in ("eve", "gus", "dan"):
        await chat.say(user, "/help")

    assert chat.said(await chat.say("eve", "/mute gus")).startswith("Gus ")
    assert chat.said(await chat.say("eve", "/unmute gus")) == "Gus may post notes here again."
    assert chat.said(await chat.say("eve", "禁言 dan 发广告")).startswith("Dan 已被停止")
    assert chat.said(await chat.say("eve", "禁言 dan 发广告")) == "Dan 已经不能在本群发笔记了，没有任何改动。"
