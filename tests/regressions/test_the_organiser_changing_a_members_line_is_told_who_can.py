"""The organiser's `Xiaoli 改成3份` and `帮 Xiaoli 改成3份` were silent (rep77 #7): she could not tell
whether Xiaoli's line changed. Only Xiaoli changes her own line: the organiser is told so, with the
代报 that adds for her, and nothing changes; anyone else is told only to ask her."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat

ZH = (
    "只有 Xiaoli 本人能改 TA 在 土鸡蛋（#1）的接龙，没有任何改动：请 TA 自己发 改成3份；"
    "或者你用代报给 TA 加上：代报 #1 Xiaoli 2。"
)


async def test_the_organiser_is_told_only_the_member_changes_her_line() -> None:
    chat = fake_chat()
    await chat.say("wang", "接龙 土鸡蛋 价格 45 截止 3d", name="王姐")
    await chat.say("xiaoli", "+1", name="Xiaoli")

    assert Chat.said(await chat.say("wang", "Xiaoli 改成3份", name="王姐")) == ZH
    assert Chat.said(await chat.say("wang", "帮 Xiaoli 改成3份", name="王姐")) == ZH
    other = Chat.said(await chat.say("zhang", "Xiaoli 改成3份", name="张叔"))

    assert other == "只有 Xiaoli 本人能改 TA 在 土鸡蛋（#1）的接龙，没有任何改动：请 TA 自己发 改成3份。"
    assert "1. Xiaoli ×1" in await chat.card()
