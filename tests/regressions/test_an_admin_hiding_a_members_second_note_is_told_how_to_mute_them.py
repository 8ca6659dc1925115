"""A seller posing as a buyer posted a new note right after the admins hid two of his (replay s22, I):
nothing told the admin that `禁言` stops him. Once a member's second note here is hidden, the admin
who hid it is told privately how to mute them, naming the group (the admin may run several); not after
the first, not once they are muted."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat

ZH = ("芒果很甜，个头大，汁多", "朋友都说好吃，果肉细腻没有丝", "今天又到了一箱，香味很浓")
EN = (
    "sweet mangoes, big and juicy",
    "my friends loved them, smooth flesh",
    "another box came today, smells great",
)


async def _sam_posts(chat: Chat, texts: tuple[str, ...], command: str) -> None:
    for text in texts:
        await chat.say("sam", f"{command} {text}")


async def test_the_second_hidden_note_tells_the_admin_how_to_mute_the_author() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory())
    chat.admins = {"eve"}
    chat.title = "幸福小区团购群"
    await chat.say("eve", "/lang zh")
    await chat.say("amy", "接龙 海南贵妃芒 价格 88")
    await _sam_posts(chat, ZH, "种草 #1")

    first = await chat.say("eve", "隐藏 1 商家冒充买家")
    second = await chat.say("eve", "隐藏 2 商家冒充买家")

    assert "eve" not in chat.private(first)
    assert chat.said(second) == "群管理员隐藏了笔记 #2。"
    assert chat.private(second)["eve"] == (
        "Sam 在「幸福小区团购群」已有 2 条笔记被隐藏。要让 TA 不能再在那里发笔记，"
        "在「幸福小区团购群」里发“禁言 @Sam 原因”。"
    )
    await chat.say("eve", "禁言 @Sam 商家冒充买家")
    third = await chat.say("eve", "隐藏 3 商家冒充买家")
    assert "eve" not in chat.private(third)  # muted already


async def test_in_english_the_hint_is_the_mute_command() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), default_language="en")
    chat.admins = {"eve"}
    await chat.say("amy", "/groupbuy Mangoes price 88")
    await _sam_posts(chat, EN[:2], "/note #1")
    await chat.say("eve", "/hide 1 seller posing as a buyer")

    second = await chat.say("eve", "/hide 2 seller posing as a buyer")

    assert chat.private(second)["eve"] == (
        "Sam has had 2 notes hidden in the group where you hid this one. To stop them posting notes there, "
        "send in that group: /mute @Sam: reason"
    )
