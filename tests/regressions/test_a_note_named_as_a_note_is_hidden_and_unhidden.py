"""`隐藏 笔记3` (an admin hiding note 3, written as the note is named: 笔记3) got the hide's form, nothing
hidden, as did `隐藏 笔记 3` and `/hide note 3`. A note named as a note (`笔记3`, `笔记 3`, `笔记 #3`,
`note 3`) is now that note, in 隐藏 / 取消隐藏 (`/hide`, `/unhide`) alike, with the reason after it."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


async def test_a_chinese_hide_of_a_note_written_as_a_note_hides_it() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory, payout_admins=frozenset({"dan"}))  # dan: a bot admin
    await chat.say("amy", "接龙 榴莲 价格 88")
    await chat.say("bob", "种草 #1 好吃")

    assert chat.said(await chat.say("dan", "隐藏 笔记1")) == "群管理员隐藏了笔记 #1。"
    assert factory.state.moderation.flags[1].hidden
    assert chat.said(await chat.say("dan", "取消隐藏 笔记1")) == "笔记 #1 已恢复显示。"
    assert not factory.state.moderation.flags[1].hidden
    said = await chat.say("dan", "隐藏 笔记 1 广告")
    assert chat.said(said) == "群管理员隐藏了笔记 #1。"
    assert factory.state.moderation.flags[1].why == "广告"
    assert chat.said(await chat.say("dan", "取消隐藏 笔记 #1")) == "笔记 #1 已恢复显示。"


async def test_an_english_hide_of_a_note_written_as_a_note_hides_it() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory, default_language="en", payout_admins=frozenset({"dan"}))
    await chat.say("amy", "/groupbuy Durian price 88")
    await chat.say("bob", "/note #1 Tasty")

    assert chat.said(await chat.say("dan", "/hide note 1 spam")) == "The admins hid note #1."
    assert factory.state.moderation.flags[1].why == "spam"
    assert chat.said(await chat.say("dan", "/unhide Note 1")) == "Note #1 is shown again."
    assert not factory.state.moderation.flags[1].hidden
