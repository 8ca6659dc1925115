"""Session 10: `设置帮手 @Hal` answered "本群里没有叫 Hal 的成员…帮手需要先在群里说过话" though Hal had
said `大家好` there: only commands recorded members. A plain message in a group records its sender
too, once per member and chat in a process's lifetime (never a write per message)."""

from __future__ import annotations

import pytest

from tests import fakes
from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


async def test_a_member_who_only_chatted_is_known_by_name(monkeypatch: pytest.MonkeyPatch) -> None:
    writes: list[str] = []
    original = fakes._Members.seen

    async def counting(self: fakes._Members, **fields: object) -> None:
        writes.append(str(fields["user_id"]))
        await original(self, **fields)  # type: ignore[arg-type]

    monkeypatch.setattr(fakes._Members, "seen", counting)
    clock = FakeClock()
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=clock)
    await chat.say("amy", "接龙 面包 价格 10")
    for text in ("大家好", "今天天气不错", "哈哈"):
        assert await chat.say("hal", text) == []  # chatter gets no answer
        clock.advance(hours=2)

    helper = chat.said(await chat.say("amy", "设置帮手 @Hal"))

    assert helper == "Hal 现在可以核销 #1 面包 的取货码了：在本群或私聊我发“核销 取货码”。\n已私信告诉对方。"
    assert writes.count("hal") == 1  # the first message only, however long the chatter
