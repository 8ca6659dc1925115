"""Review 26, finding 16: `隐藏 abc` from an admin in the group was silent, while `/hide` alone gets its
form. One short word set apart where the note's number goes is the command now, answered with its form
(`取消隐藏 abc`, `恢复笔记 abc` too), nothing hidden; `禁言` with a name nobody has says so with its form.
Talk stays talk (`隐藏一下`, `隐藏 一下`)."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def test_hide_and_unhide_with_junk_get_their_form_in_chinese() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)
    chat.admins = {"eve"}
    await chat.say("amy", "接龙 榴莲 价格 88")
    await chat.say("bob", "种草 #1 好吃")

    hide = "这样写：隐藏 3（3 是笔记编号），后面可以写原因：隐藏 3 广告"
    assert Chat.said(await chat.say("eve", "隐藏 abc")) == hide
    assert Chat.said(await chat.say("eve", "隐藏 #abc")) == hide
    assert Chat.said(await chat.say("eve", "取消隐藏 abc")) == "这样写：取消隐藏 3（3 是笔记编号）"
    assert Chat.said(await chat.say("eve", "恢复笔记 abc")) == "这样写：取消隐藏 3（3 是笔记编号）"
    assert Chat.said(await chat.say("eve", "禁言 abc")) == (
        "本群里没有叫 abc 的成员，没有任何改动。请 @ 群里的人，例如：禁言 @名字：发广告"
    )
    for talk in ("隐藏一下", "隐藏 一下", "隐藏了吗"):
        assert await chat.say("eve", talk) == []
    assert dict(factory.state.moderation.flags) == {}
    assert "笔记 #1 · Bob\n" in (await chat.app.render_card(-1)).text + "\n"


async def test_hide_and_unhide_with_junk_get_their_form_in_english() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), default_language="en")
    chat.admins = {"eve"}
    await chat.say("amy", "/groupbuy Durian price 88")
    await chat.say("bob", "/note #1 Tasty")

    assert Chat.said(await chat.say("eve", "/hide abc")) == (
        "Write it like: /hide 3 (3 is the note's number), optionally with a reason: /hide 3 advertising"
    )
    unhide = "Write it like: /unhide 3 (3 is the note's number)"
    assert Chat.said(await chat.say("eve", "/unhide abc")) == unhide
