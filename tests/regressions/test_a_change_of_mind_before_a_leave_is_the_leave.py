"""Round 28 (item 17): `算了 退出` ("never mind, I'm out") got no reply while `退出` left. A change of mind
said before the leave's word (`算了`, `还是算了，`) is that leave; `算了吧` alone stays talk."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def test_never_mind_then_leave_leaves() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 芒果 价格 20 截止 3d")
    await chat.say("fay", "+2")

    said = Chat.said(await chat.say("fay", "算了 退出"))

    assert said == "Fay 退出了 芒果（#1）。"
    assert "Fay" not in await chat.card(1)


async def test_never_mind_alone_stays_talk() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 芒果 价格 20 截止 3d")
    await chat.say("fay", "+2")

    assert [reply.text for reply in await chat.say("fay", "算了吧") if reply.text] == []
    assert "Fay ×2" in await chat.card(1)
