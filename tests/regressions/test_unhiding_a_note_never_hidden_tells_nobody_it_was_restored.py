"""`取消隐藏 2` on a note that was only flagged, never hidden, told its author privately "你的笔记 #2 已恢复
显示": it was never taken down. The admin is told it was not hidden (it leaves the review queue, as the
queue's 放行 says), privately (rep87 #5: the group is told nothing, as by the console's Leave up), and
nobody else is told anything. A hidden note shown again still tells its author.
And `/unmute Kim` without @ only got "Write it like: /unmute @name": a known member's name is taken
without @ (as `/mute Kim`)."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat

SAID = "绝了！！！闭眼入 yyds 🔥 芒果收到了，个头很大，非常甜，汁水多，包装也很用心，下次还买"


async def _flagged() -> Chat:
    chat = fake_chat(FakeUnitOfWorkFactory())
    chat.admins = {"eve"}
    for user, text in [
        ("amy", "接龙 芒果 价格 30"),
        ("bob", "+1"),
        ("bob", f"种草 #1 {SAID}"),
        ("kim", f"种草 #1 {SAID}！"),  # flagged: an unbought gushing copy
    ]:
        await chat.say(user, text)
    return chat


async def test_unhiding_a_note_never_hidden_tells_nobody_it_was_restored() -> None:
    chat = await _flagged()
    assert "⚠️ 未验证" in (await chat.app.render_card(-2)).text

    cleared = await chat.say("eve", "取消隐藏 2")

    assert [reply for reply in cleared if reply.text and not reply.private_to] == []  # the group: nothing
    assert chat.private(cleared) == {
        "eve": "笔记 #2 没有被隐藏：已移出待审队列，不再标为未验证。群里没有公布。"
    }
    assert (await chat.app.render_card(-2)).text.startswith("笔记 #2 · Kim\n")
    assert chat.said(await chat.say("eve", "取消隐藏 2")) == (
        "笔记 #2 没有被隐藏，也不在待审队列里，没有任何改动。"
    )
    await chat.say("eve", "隐藏 1")
    shown = await chat.say("eve", "取消隐藏 1")
    assert chat.said(shown) == "笔记 #1 已恢复显示。"
    assert chat.private(shown) == {"bob": "你的笔记 #1 已恢复显示。"}


async def test_unmute_takes_a_known_members_name_without_at() -> None:
    chat = await _flagged()
    assert chat.said(await chat.say("eve", "/mute Kim")) == (  # posted to the group: its language (s36)
        "Kim 已被停止在本群发笔记（评论也发不了，点赞和跟团不受影响）。"
    )
    unmuted = await chat.say("eve", "/unmute Kim")
    assert chat.said(unmuted) == "Kim 又可以在本群发笔记了。"
    assert chat.private(unmuted) == {"kim": "群管理员允许你重新在群里发笔记了。"}
    assert (
        chat.said(await chat.say("eve", "/unmute Kim"))
        == "Kim was not stopped from posting notes. Nothing changed."
    )
    assert chat.said(await chat.say("eve", "/unmute Zed")) == (
        "I don't know anyone called Zed in this chat: nothing was changed. Mention someone in this chat, "
        "e.g. /unmute @name"
    )
