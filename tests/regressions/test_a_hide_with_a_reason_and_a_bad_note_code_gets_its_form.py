"""`隐藏 abc 广告` (hide a note, with a reason, its code mistyped) from an admin was silent, while `隐藏 abc`
got the hide's form. A code-like word where the note's number goes (Latin letters or digits in it, or a
`#`) with a reason after it is the command too, answered with the same one message, nothing hidden;
`/hide abc spam` was answered so already. Talk stays talk (`隐藏 菜单 在哪`, `隐藏 abc 广告吗？`)."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat

HIDE_ZH = "这样写：隐藏 3（3 是笔记编号），后面可以写原因：隐藏 3 广告"
HIDE_EN = "Write it like: /hide 3 (3 is the note's number), optionally with a reason: /hide 3 advertising"


async def test_a_chinese_hide_with_a_reason_and_a_bad_code_gets_the_hides_form() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)
    chat.admins = {"eve"}
    await chat.say("amy", "接龙 榴莲 价格 88")
    await chat.say("bob", "种草 #1 好吃")

    assert chat.said(await chat.say("eve", "隐藏 abc")) == HIDE_ZH
    assert chat.said(await chat.say("eve", "隐藏 abc 广告")) == HIDE_ZH
    assert chat.said(await chat.say("eve", "隐藏 #abc 发广告 刷屏")) == HIDE_ZH
    assert chat.said(await chat.say("eve", "隐藏笔记 1a 广告")) == HIDE_ZH
    assert chat.said(await chat.say("eve", "取消隐藏 abc 误会")) == "这样写：取消隐藏 3（3 是笔记编号）"
    for talk in ("隐藏 菜单 在哪", "隐藏 abc 广告吗？", "隐藏 一下 这个", "隐藏 这个 广告"):
        assert await chat.say("eve", talk) == [], talk
    assert dict(factory.state.moderation.flags) == {}
    assert "笔记 #1 · Bob\n" in (await chat.app.render_card(-1)).text + "\n"  # nothing hidden


async def test_an_english_hide_with_a_reason_and_a_bad_code_gets_the_hides_form() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory, default_language="en")
    chat.admins = {"eve"}
    await chat.say("amy", "/groupbuy Durian price 88")
    await chat.say("bob", "/note #1 Tasty")

    assert chat.said(await chat.say("eve", "/hide abc")) == HIDE_EN
    assert chat.said(await chat.say("eve", "/hide abc spam")) == HIDE_EN
    assert await chat.say("eve", "hide abc spam") == []  # English words without the slash: talk
    assert dict(factory.state.moderation.flags) == {}
